"""Writing an export's files safely: where, how, and what is left if a run dies.

Everything an export does on disk goes through here; ``markdown_export`` decides
what to write, this module how (docs/export-format.md describes the result).

- A new (or empty) target folder is built in a hidden staging folder inside it,
  ``.attune-export-partial-<8 hex>`` (``STAGING_RE``, 0700), whose contents are
  moved up into the target at the end (``move_up``), so an interrupted or
  cancelled export leaves nothing half-written among the person's files. Inside
  that private folder files are written directly (``write_new``): a
  temp-file-and-rename per file would buy nothing there and cost a second system
  call per file. (Staging inside the target, not beside it, keeps it on the same
  disk as the target and inside the folder the person chose, never in a folder
  they did not.)
- Over an existing folder, every changed file is written to a temp file in its
  own folder (``.<name>.attune-export-<8 hex>.tmp``, ``TEMP_FILE_RE``) and moved
  over the old one with ``os.replace`` (``write_atomic``): each file is always
  either the old or the new version.
- A run that is killed cannot clean up after itself. The next export run does
  (``remove_export_leftovers``, ``remove_leftovers_in``): it removes the staging
  folders and temp files left in its target (and the staging folders that earlier
  versions left beside it) and, when it knows the data folder, those of every
  killed run recorded in the data folder's private ``tmp/`` (``record_export``).
  A running export holds a lock on its target (``lock_folder``), so another run
  never removes its work and two exports never write into one folder at once.
- Nothing is written or read through a link inside the target: a linked folder
  where the export writes is refused (``check_folders``), a linked file is
  replaced, never followed (``O_NOFOLLOW``, ``O_EXCL``).
- The journal's own files (the store, its ``-wal``/``-shm``, settings, backups)
  are never written over, whatever ``force`` says (``refuse_journal_files``).
- No ``fsync`` per file by default (``durable=True`` asks for one): thousands
  of fsyncs would make a full export many times slower, and an export is a copy
  that can always be made again. The folder holding the result is fsynced once.
- Files are created readable only by the person (0600, every folder 0700), like
  the store itself: an export is the whole journal in plain text.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from attune_journal.core.i18n import translate
from attune_journal.paths import FILE_MODE
from attune_journal.paths import FOLDER_MODE as DIR_MODE
from attune_journal.storage.locks import EXCLUSIVE, lock_now


class ExportError(Exception):
    """The export could not be done; the message says why and what to do."""


# ---- writing ----------------------------------------------------------------------------

# Open a file or folder without following a link in its last component, where the
# platform can (not on Windows, which has no such flag).
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


def write_new(path: Path | str, data: bytes, durable: bool) -> None:
    # O_EXCL: the path is always fresh (a staging folder or a random temp name),
    # so finding a file there would mean something else is writing: stop. With
    # O_EXCL a link in the last component is never followed; O_NOFOLLOW says so.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        _write_all(fd, data, durable)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes, durable: bool) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    if durable:
        os.fsync(fd)


def write_atomic(path: Path, data: bytes, durable: bool = False) -> None:
    """Write ``data`` to a temp file beside ``path``, then move it over ``path``.

    The move replaces whatever has the name ``path``, a link included, and never
    writes through a link. The temp file is named ``.<name>.attune-export-<8 hex>.tmp``
    (``TEMP_FILE_RE``), so one left by a killed export can be found and removed.
    """
    tmp = path.with_name(_temp_name(path.name))
    try:
        write_new(tmp, data, durable)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _temp_name(name: str) -> str:
    return f".{name}{TEMP_FILE_MARK}{secrets.token_hex(4)}.tmp"


def write_single_file(path: Path, data: bytes, durable: bool) -> None:
    """``write_atomic`` holding a lock on the temp file while it exists, so that
    ``remove_export_leftovers`` in another process can tell it from a leftover."""
    tmp = path.with_name(_temp_name(path.name))
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        try_lock(fd)  # held until closed: tells a running write from a leftover
        _write_all(fd, data, durable)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


def same_content(path: Path, data: bytes) -> bool | None:
    """True/False when ``path`` is a file with/without exactly ``data``; None if absent.

    A link is never followed: it counts as different content (an export with
    ``force`` replaces the link itself with a file, and never writes through it).
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return False
    if info.st_size != len(data):
        return False
    return path.read_bytes() == data


def is_empty_dir(folder: Path) -> bool:
    return folder.is_dir() and not any(folder.iterdir())


def make_private_folder(folder: Path) -> bool:
    """Create ``folder`` and any missing parents, each 0700; True if ``folder`` was new.

    (``Path.mkdir(parents=True)`` would give the parents the default mode, 0755.)
    """
    if folder.is_dir():
        return False
    if os.path.lexists(folder):
        raise not_a_folder(folder)
    missing: list[Path] = []
    at = folder
    while not os.path.lexists(at) and at.parent != at:
        missing.append(at)
        at = at.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by someone else
            os.mkdir(path, DIR_MODE)
    if not folder.is_dir():
        raise ExportError(
            translate(
                "Export", "{folder} could not be made a folder; choose another place."
            ).format(folder=folder)
        )
    return True


def not_a_folder(path: Path) -> ExportError:
    if path.is_symlink() and not path.exists():
        return ExportError(
            translate(
                "Export", "{path} is a link that leads nowhere; choose a folder for the export."
            ).format(path=path)
        )
    return ExportError(
        translate(
            "Export", "{path} is a file, not a folder; choose a folder for the export."
        ).format(path=path)
    )


def check_folders(target: Path, names: Iterable[str], create: bool) -> None:
    """Make sure every folder under ``target`` that ``names`` go into is a real folder.

    A link (to a folder elsewhere, or anything else) is refused: an export never
    writes or reads through a link inside its target. With ``create`` the missing
    folders are made, 0700 each; without, they are left missing.
    """
    for sub in folders_of(names):
        path = target / sub
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            if not create:
                continue
            with contextlib.suppress(FileExistsError):
                os.mkdir(path, DIR_MODE)
            info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            raise ExportError(
                translate(
                    "Export",
                    "{path} is a link to another place and an export never writes through a link: "
                    "remove the link or choose another folder.",
                ).format(path=path)
            )
        if not stat.S_ISDIR(info.st_mode):
            raise ExportError(
                translate(
                    "Export", "{path} is a file; the export needs that name for a folder."
                ).format(path=path)
            )


def make_dirs(root: str, names: Iterable[str]) -> None:
    """Make the folders ``names`` go into under the new folder ``root``, 0700 each."""
    for sub in folders_of(names):
        os.mkdir(f"{root}/{sub}", DIR_MODE)


def folders_of(names: Iterable[str]) -> list[str]:
    """Every folder (and parent folder) the relative ``names`` go into, each before the
    folders inside it."""
    folders: set[str] = set()
    for name in names:
        folder = name.rpartition("/")[0]
        while folder and folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    return sorted(folders)


def move_up(staging: Path, target: Path) -> None:
    """Move everything in ``staging`` into ``target`` (its parent), then remove it."""
    for name in sorted(os.listdir(staging)):
        final = target / name
        if os.path.lexists(final):
            raise ExportError(
                translate(
                    "Export",
                    "{final} appeared in the folder while exporting into it; run the export again.",
                ).format(final=final)
            )
        os.rename(staging / name, final)
    os.rmdir(staging)


def lstat_mode(path: Path) -> int:
    try:
        return os.lstat(path).st_mode
    except FileNotFoundError:
        return 0


# ---- the journal's own files ------------------------------------------------------------


def refuse_journal_files(path: Path, data_dir: Path) -> None:
    """Raise ``ExportError`` if ``path`` is one of the journal's own files: the store,
    its ``-wal``/``-shm`` (or ``-journal``), any other file directly in the data folder
    (settings, locks), or the backups folder (or the folders of damaged copies and of
    export records) or anything in it. Links and other names for the same file
    (``..``, a hard link) are seen through."""
    from attune_journal.paths import DataPaths

    paths = DataPaths(data_dir)
    store = os.path.realpath(paths.store)
    own = [store + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    real = os.path.realpath(path)
    key = os.path.normcase(real)
    if key in {os.path.normcase(name) for name in own} or _same_file(path, own):
        raise ExportError(
            translate(
                "Export",
                "{path} is the journal's own store, which an export never writes over; choose "
                "another place.",
            ).format(path=path)
        )
    root = os.path.realpath(paths.root)
    named = {os.path.normcase(os.path.realpath(p)) for p in (paths.settings, paths.instance_lock)}
    in_root = _same_folder(os.path.dirname(real), root)
    if key in named or (in_root and os.path.isfile(real)):
        raise ExportError(
            translate(
                "Export",
                "{path} is one of the journal's own files, which an export never writes over; "
                "choose another place.",
            ).format(path=path)
        )
    for folder in (paths.backups, paths.damaged, paths.root / RECORDS_FOLDER):
        if _inside(real, os.path.realpath(folder)):
            raise ExportError(
                translate(
                    "Export",
                    "{path} is in the journal's {name} folder, where an export never writes; "
                    "choose another place.",
                ).format(path=path, name=folder.name)
            )


def _same_folder(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _same_file(path: Path, others: Sequence[str]) -> bool:
    try:
        mine = os.stat(path)
    except OSError:
        return False
    for other in others:
        with contextlib.suppress(OSError):
            if os.path.samestat(mine, os.stat(other)):
                return True
    return False


def _inside(real: str, folder: str) -> bool:
    """Whether the resolved path ``real`` is ``folder`` or in it (by name, or by the
    identity of an existing folder on its way up)."""
    key, top = os.path.normcase(real), os.path.normcase(folder)
    if key == top or key.startswith(top.rstrip(os.sep) + os.sep):
        return True
    try:
        folder_info = os.stat(folder)
    except OSError:
        return False
    at = real
    while True:
        with contextlib.suppress(OSError):
            if os.path.samestat(os.stat(at), folder_info):
                return True
        up = os.path.dirname(at)
        if up == at:
            return False
        at = up


# ---- what an interrupted export leaves behind -------------------------------------------
#
# A run killed before the end (SIGKILL, a power cut) cannot clean up after itself.
# It may leave, all private (0700/0600) but plain text:
#
# - a staging folder ``.attune-export-partial-<8 hex>`` inside its target folder;
# - temp files ``.<name>.attune-export-<8 hex>.tmp`` in the target's own folders (an
#   export over an existing folder) or beside a single-file target;
# - its record in the data folder, ``tmp/export-<8 hex>.json``, naming the target.
#
# Each export run removes these first: the ones in its own target always, and,
# through the records, those of every killed run of the same journal. An export
# still running is never disturbed: it holds a lock on its target folder (or its
# single file's temp file) until it ends, and the lock goes with its process.

STAGING_PREFIX = ".attune-export-partial-"
STAGING_RE = re.compile(r"\.attune-export-partial-[0-9a-f]{8}\Z")
TEMP_FILE_MARK = ".attune-export-"
TEMP_FILE_RE = re.compile(r"\..+\.attune-export-[0-9a-f]{8}\.tmp\Z", re.DOTALL)
# What versions before this one left: a staging folder beside the target named
# ``.<target name>.partial-<8 hex>``, and temp files ``.<name>.<8 hex>.tmp``.
_OLD_STAGING_RE = re.compile(r"\.(.+)\.partial-[0-9a-f]{8}\Z", re.DOTALL)
_OLD_TEMP_FILE_RE = re.compile(r"\.(.+)\.[0-9a-f]{8}\.tmp\Z", re.DOTALL)
RECORDS_FOLDER = "tmp"  # in the data folder
_RECORD_RE = re.compile(r"export-[0-9a-f]{8}\.json\Z")
# The folders under a target that an export writes files into (plan_names).
_EXPORT_FOLDER_RE = re.compile(r"[0-9]+\Z")
_WEEK_FOLDERS = ("weeks", "relationship")


def remove_export_leftovers(
    data_dir: str | os.PathLike[str] | None = None,
    targets: Iterable[str | os.PathLike[str]] = (),
) -> list[Path]:
    """Remove what interrupted exports left behind; return the paths removed.

    With ``data_dir`` (the journal's data folder): every export recorded in its
    ``tmp/`` folder whose process has ended, whatever its target. For each of
    ``targets`` (export folders or single-file exports): what killed runs left in
    or beside it, recorded or not (runs of earlier versions were not). Exports
    still running, in this process or another, are left alone. Best effort: a
    path that cannot be removed is skipped; this never raises ``OSError``.
    Safe to call at start-up, before or after opening the journal.
    """
    removed: list[Path] = []
    if data_dir is not None:
        records = Path(data_dir) / RECORDS_FOLDER
        try:
            names = sorted(os.listdir(records))
        except OSError:
            names = []
        for name in names:
            if not _RECORD_RE.match(name):
                continue
            record = records / name
            try:
                info = json.loads(record.read_bytes().decode("utf-8"))
                recorded = Path(info["target"])
                kind = info["kind"]
            except (OSError, ValueError, KeyError, TypeError):
                with contextlib.suppress(OSError):
                    record.unlink()  # unreadable: half-written when its run was killed
                continue
            idle = (
                remove_file_leftovers(recorded, removed)
                if kind == "file"
                else _clean_folder_if_idle(recorded, removed)
            )
            if not idle:
                continue  # still being exported: its record stays
            with contextlib.suppress(OSError):
                record.unlink()
    for target in map(Path, targets):
        if target.is_dir():
            _clean_folder_if_idle(target, removed)
        else:
            remove_file_leftovers(target, removed)
    return removed


def _clean_folder_if_idle(target: Path, removed: list[Path]) -> bool:
    """Remove the leftovers in and beside ``target`` unless an export is running
    into it; False if one is."""
    try:
        fd = os.open(target, os.O_RDONLY | _DIRECTORY)
    except OSError:  # gone, or not a folder: nothing is in it
        return True
    try:
        if not try_lock(fd):
            return False
        removed += remove_leftovers_in(target)
        return True
    finally:
        os.close(fd)


def remove_leftovers_in(target: Path) -> list[Path]:
    """Remove the staging folders and temp files killed exports left in ``target``
    (and old-style staging folders beside it). The caller holds the target's lock."""
    removed: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(target) as found:
        for entry in found:
            if STAGING_RE.match(entry.name) and remove_path(Path(entry.path)):
                removed.append(Path(entry.path))
    parent = target.absolute().parent
    with contextlib.suppress(OSError), os.scandir(parent) as found:
        for entry in found:
            old = _OLD_STAGING_RE.match(entry.name)
            if old and old.group(1) == target.absolute().name and remove_path(Path(entry.path)):
                removed.append(Path(entry.path))
    for folder in _export_folders(target):
        with contextlib.suppress(OSError), os.scandir(folder) as found:
            for entry in found:
                name = entry.name
                if name.startswith(".") and _is_temp_file(name, None):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
    return removed


def _export_folders(target: Path) -> list[Path]:
    """The folders under ``target`` an export writes files into, never through a link:
    ``weeks``, ``relationship``, and ``<year>/<month>``."""
    found: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(target) as top:
        for entry in top:
            if not entry.is_dir(follow_symlinks=False):
                continue
            if entry.name in _WEEK_FOLDERS:
                found.append(Path(entry.path))
            elif _EXPORT_FOLDER_RE.match(entry.name):
                with contextlib.suppress(OSError), os.scandir(entry.path) as months:
                    found += [
                        Path(month.path)
                        for month in months
                        if _EXPORT_FOLDER_RE.match(month.name)
                        and month.is_dir(follow_symlinks=False)
                    ]
    return found


def _is_temp_file(name: str, for_name: str | None) -> bool:
    """Whether ``name`` is an export's temp file (for the file ``for_name``, if given)."""
    new = TEMP_FILE_RE.match(name)
    if new:
        return for_name is None or name[1:].startswith(for_name + TEMP_FILE_MARK)
    old = _OLD_TEMP_FILE_RE.match(name)
    if not old:
        return False
    # Old temp names carry no mark of their own: only those of a known file name,
    # or of a Markdown file in an export's folders.
    return old.group(1) == for_name if for_name is not None else old.group(1).endswith(".md")


def remove_file_leftovers(target: Path, removed: list[Path]) -> bool:
    """Remove the temp files killed single-file exports left beside ``target``;
    False if one is still being written."""
    idle = True
    name = target.name
    with contextlib.suppress(OSError), os.scandir(target.parent) as found:
        for entry in found:
            if not (entry.name.startswith(".") and _is_temp_file(entry.name, name)):
                continue
            try:
                fd = os.open(entry.path, os.O_RDONLY | _NOFOLLOW)
            except OSError:  # a link, or gone meanwhile
                with contextlib.suppress(OSError):
                    if entry.is_symlink():
                        os.unlink(entry.path)
                continue
            try:
                if try_lock(fd):  # not being written right now
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
                else:
                    idle = False
            except OSError:
                pass
            finally:
                os.close(fd)
    return idle


def remove_path(path: Path) -> bool:
    """Remove a leftover folder with everything in it (a link: the link only)."""
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            shutil.rmtree(path)
        else:
            os.unlink(path)
    except OSError:
        return False
    return True


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` without waiting; False if another holds one.

    Where there is no such lock (Windows, some network file systems) this says True:
    leftovers are then removed without asking.
    """
    return lock_now(fd, EXCLUSIVE) is not False


def lock_folder(target: Path) -> int | None:
    """Lock ``target`` for this export (until the returned descriptor is closed).

    Raises ``ExportError`` when another export is writing into it. None where a
    folder cannot be opened or locked (Windows).
    """
    try:
        fd = os.open(target, os.O_RDONLY | _DIRECTORY)
    except OSError:
        return None
    if not try_lock(fd):
        os.close(fd)
        raise ExportError(
            translate(
                "Export",
                "Another export is writing into {target} right now; run this one again when it "
                "has finished.",
            ).format(target=target)
        )
    return fd


def record_export(data_dir: Path, target: Path, kind: str) -> Path | None:
    """Note in the data folder's private ``tmp/`` that an export into ``target`` runs.

    The record is removed when the export ends; one left by a killed run tells
    ``remove_export_leftovers`` where to look. None if it cannot be written (the
    export goes on: its own target is still cleaned by the next run into it).
    """
    try:
        folder = data_dir / RECORDS_FOLDER
        make_private_folder(folder)
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return None
        record = folder / f"export-{secrets.token_hex(4)}.json"
        text = json.dumps({"kind": kind, "target": os.path.abspath(target), "pid": os.getpid()})
        write_new(record, text.encode("utf-8"), False)
    except (OSError, ExportError):
        return None
    return record

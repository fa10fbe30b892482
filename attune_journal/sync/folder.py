"""The sync folder on disk: folder.json, each device's sealed files, and what to pass over.

``SyncFolder(root)`` is the folder the person chose; the app's files live in
``root / "attune-journal"`` (docs/sync-format.md, "Layout"). This module knows files,
names and seals, never entries: a body is a JSON object whose ``device`` and ``seq``
must match its path.

Safety: every path is built from checked parts (a device id is 32 lower-case hex
digits, a file number 12 digits, a kind ``log`` or ``snap``) and checked to stay inside
the app's folder; no link is followed (a ``devices/<id>`` or a file that is a link is
refused or passed over); a file is written under a temporary name in its own folder,
flushed to disk and then given its name, never over a file that has that name already.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
import secrets
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from attune_journal.core.i18n import translate
from attune_journal.paths import fsync_dir
from attune_journal.sync.crypto import (
    DEFAULT_MEM,
    DEFAULT_OPS,
    SALT_SIZE,
    SyncError,
    SyncFileError,
    WrongPassphraseError,
    derive_key,
    open_sealed,
    seal,
)

APP_DIR = "attune-journal"
DESCRIPTION = "folder.json"
DEVICES = "devices"
FORMAT = "attune-journal-sync"
VERSION = 1
KINDS = ("log", "snap")
MAX_SEQ = 999_999_999_999

DEVICE_ID = re.compile(r"[0-9a-f]{32}\Z")
_FILE_NAME = re.compile(r"(\d{12})\.(log|snap)\Z")
# Our own temporary name, ".<seq>.<random>.tmp": a file some device was still writing
# (or a writer that stopped half-way). Anything else that is not exactly a file name
# above is passed over: sync tools' temporary files and conflict copies among them.
_OWN_TEMP = re.compile(r"\.(\d{12})\.[0-9a-f]{16}\.tmp\Z")
_MAX_DESCRIPTION_BYTES = 64 * 1024

_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


class SyncFolderError(SyncError):
    """The sync folder as a whole cannot be used as asked; the message says why."""


class FolderExistsError(SyncFolderError):
    def __init__(self, root: Path) -> None:
        super().__init__(
            translate(
                "Sync",
                "There is already an Attune Journal sync folder in {root}; join it with its "
                "passphrase instead of setting up a new one.",
            ).format(root=root)
        )


class NoFolderError(SyncFolderError):
    def __init__(self, root: Path) -> None:
        super().__init__(
            translate(
                "Sync",
                "There is no Attune Journal sync folder in {root} (or the drive it is on is "
                "not connected).",
            ).format(root=root)
        )


class ForeignFolderError(SyncFolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Sync",
                "{path} is not an Attune Journal sync folder description, or it is damaged, "
                "so this folder cannot be used for sync.",
            ).format(path=path)
        )


class NewerFolderError(SyncFolderError):
    def __init__(self, path: Path, found: int) -> None:
        super().__init__(
            translate(
                "Sync",
                "The sync folder described by {path} was set up by a newer version of Attune "
                "Journal (format {found}; this version knows {known}); please update the app "
                "to use it.",
            ).format(path=path, found=found, known=VERSION)
        )


class UnsafeFolderError(SyncFolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Sync",
                "{path} is a link, not a folder of its own; for safety, sync does not follow "
                "links. Please replace it with a real folder.",
            ).format(path=path)
        )


class SyncFileExistsError(SyncFileError):
    """``write`` found a file of that name already: it was left as it was."""

    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            "exists",
            f"The sync file {path} exists already; it was left as it was and nothing was "
            "written over it.",
        )


@dataclass(frozen=True)
class Scan:
    """What the folder holds right now.

    ``devices``: for every device folder, its files as ``(seq, kind)`` in ``seq`` order.
    ``passed_over_paths``: everything else found (sync tools' temporary files, conflict
    copies, other names, links), never read. ``half_written_paths``: our own temporary
    files (a device was writing, or stopped half-way). Paths are below ``attune-journal/``.
    """

    devices: Mapping[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    passed_over_paths: tuple[str, ...] = ()
    half_written_paths: tuple[str, ...] = ()

    @property
    def passed_over(self) -> int:
        return len(self.passed_over_paths)

    @property
    def half_written(self) -> int:
        return len(self.half_written_paths)


def relative_path(device: str, seq: int, kind: str) -> str:
    """A file's path below ``attune-journal/``, the seal's associated data."""
    _check_device(device)
    if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq <= MAX_SEQ:
        raise ValueError(f"A sync file number is 1 to {MAX_SEQ}, not {seq!r}.")
    if kind not in KINDS:
        raise ValueError(f"A sync file is a 'log' or a 'snap', not {kind!r}.")
    return f"{DEVICES}/{device}/{seq:012d}.{kind}"


def _check_device(device: str) -> None:
    if not isinstance(device, str) or not DEVICE_ID.match(device):
        raise ValueError(f"A device id is 32 lower-case hex digits, not {device!r}.")


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def _write_new(folder: Path, temp_name: str, final_name: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/final_name`` through ``folder/temp_name``; never overwrite.

    Raises ``FileExistsError`` (and removes the temporary file) when the name is taken.
    A hard link gives the name atomically and fails if it exists; where the file system
    has no hard links (FAT on a USB stick, some network drives) a rename after a check
    does, which Windows also refuses over an existing file.
    """
    temp, final = folder / temp_name, folder / final_name
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_BINARY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, final)
        except FileExistsError:
            raise
        except OSError:
            if os.path.lexists(final):
                raise FileExistsError(final) from None
            os.rename(temp, final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
    fsync_dir(folder)
    return final


class SyncFolder:
    """The folder the person chose for sync; the app's files are in ``root/attune-journal``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.app = self.root / APP_DIR
        self.description = self.app / DESCRIPTION
        self.devices = self.app / DEVICES

    # -- paths -------------------------------------------------------------------------

    def _inside(self, relative: str) -> Path:
        """``app / relative``, checked to stay inside the app's folder."""
        parts = relative.split("/")
        if any(part in ("", ".", "..") or "\\" in part for part in parts):
            raise ValueError(f"{relative!r} is not a path inside the sync folder.")
        path = self.app.joinpath(*parts)
        app = os.path.normpath(self.app)
        if os.path.commonpath([app, os.path.normpath(path)]) != app:
            raise ValueError(f"{relative!r} is not a path inside the sync folder.")
        return path

    def _device_dir(self, device: str, *, create: bool = False) -> Path:
        """``devices/<device>``, refusing links on the way; made (0700) when ``create``."""
        _check_device(device)
        for part in (self.app, self.devices):
            if _is_link(part):
                raise UnsafeFolderError(part)
        path = self._inside(f"{DEVICES}/{device}")
        if create:
            self._require_set_up()
            for folder in (self.devices, path):
                try:
                    os.mkdir(folder, 0o700)
                except FileExistsError:
                    pass
                except OSError as error:
                    raise self._unavailable(error) from None
        if _is_link(path):
            raise UnsafeFolderError(path)
        return path

    def _require_set_up(self) -> None:
        if _is_link(self.app):
            raise UnsafeFolderError(self.app)
        if not self.exists():
            raise NoFolderError(self.root)

    def _unavailable(self, error: OSError) -> SyncFolderError:
        reason = error.strerror or type(error).__name__
        return SyncFolderError(
            translate("Sync", "The sync folder {root} cannot be used right now: {reason}.").format(
                root=self.root, reason=reason
            )
        )

    # -- folder.json -------------------------------------------------------------------

    def exists(self) -> bool:
        """Whether the folder has been set up (its ``folder.json`` is there)."""
        try:
            os.lstat(self.description)
        except OSError:
            return False
        return True

    def create(self, passphrase: str, *, ops: int = DEFAULT_OPS, mem: int = DEFAULT_MEM) -> bytes:
        """Set the folder up with ``passphrase``: write ``folder.json`` once; the key.

        Refuses (``FolderExistsError``) when the folder is set up already, also when
        another computer set it up at the same moment on the same disk.
        """
        if not passphrase:
            raise SyncError(translate("Sync", "Please choose a passphrase for the sync folder."))
        if self.exists():
            raise FolderExistsError(self.root)
        if not self.root.is_dir():
            raise NoFolderError(self.root)
        try:
            os.mkdir(self.app, 0o700)
        except FileExistsError:
            pass
        except OSError as error:
            raise self._unavailable(error) from None
        if _is_link(self.app):
            raise UnsafeFolderError(self.app)
        salt = secrets.token_bytes(SALT_SIZE)
        key = derive_key(passphrase, salt, ops, mem)
        text = json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "kdf": {
                    "name": "argon2id",
                    "salt": base64.b64encode(salt).decode("ascii"),
                    "ops": ops,
                    "mem": mem,
                },
                "check": base64.b64encode(seal(key, DESCRIPTION, {})).decode("ascii"),
            },
            indent=1,
        )
        temp = f".{DESCRIPTION}.{secrets.token_hex(8)}.tmp"
        try:
            _write_new(self.app, temp, DESCRIPTION, (text + "\n").encode("utf-8"))
        except FileExistsError:
            raise FolderExistsError(self.root) from None
        except OSError as error:
            raise self._unavailable(error) from None
        try:
            os.mkdir(self.devices, 0o700)
        except FileExistsError:
            pass
        except OSError as error:
            raise self._unavailable(error) from None
        return key

    def join(self, passphrase: str) -> bytes:
        """The key of a folder set up already, from its passphrase; nothing is written.

        ``WrongPassphraseError`` when the passphrase does not open ``check``;
        ``NewerFolderError`` / ``ForeignFolderError`` for a description this version
        cannot use; ``NoFolderError`` when there is none.
        """
        for part in (self.app, self.description):
            if _is_link(part):
                raise UnsafeFolderError(part)
        try:
            fd = os.open(self.description, os.O_RDONLY | _O_NOFOLLOW | _O_BINARY)
        except FileNotFoundError:
            raise NoFolderError(self.root) from None
        except OSError as error:
            raise self._unavailable(error) from None
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(_MAX_DESCRIPTION_BYTES + 1)
        salt, ops, mem, check = self._parse_description(raw)
        key = derive_key(passphrase, salt, ops, mem)
        try:
            open_sealed(key, DESCRIPTION, check)
        except SyncFileError as error:
            if error.reason == "sealed-elsewhere":
                raise WrongPassphraseError() from None
            raise ForeignFolderError(self.description) from None
        return key

    def _parse_description(self, raw: bytes) -> tuple[bytes, int, int, bytes]:
        foreign = ForeignFolderError(self.description)
        if len(raw) > _MAX_DESCRIPTION_BYTES:
            raise foreign
        try:
            described = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise foreign from None
        if not isinstance(described, dict) or described.get("format") != FORMAT:
            raise foreign
        version = described.get("version")
        if not _is_int(version) or version < 1:
            raise foreign
        if version > VERSION:
            raise NewerFolderError(self.description, version)
        kdf = described.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
            raise foreign
        ops, mem = kdf.get("ops"), kdf.get("mem")
        if not _is_int(ops) or not _is_int(mem):
            raise foreign
        try:
            salt = base64.b64decode(str(kdf.get("salt")), validate=True)
            check = base64.b64decode(str(described.get("check")), validate=True)
        except (binascii.Error, ValueError):
            raise foreign from None
        if len(salt) != SALT_SIZE:
            raise foreign
        return salt, ops, mem, check

    # -- the devices' files ------------------------------------------------------------

    def scan(self) -> Scan:
        """Every device's files present now, and what was passed over or half-written."""
        if not self.exists():
            raise NoFolderError(self.root)
        if _is_link(self.app):
            raise UnsafeFolderError(self.app)
        if _is_link(self.devices):
            raise UnsafeFolderError(self.devices)
        devices: dict[str, tuple[tuple[int, str], ...]] = {}
        passed: list[str] = []
        half: list[str] = []
        try:
            tops = sorted(os.scandir(self.devices), key=lambda entry: entry.name)
        except FileNotFoundError:
            return Scan()
        except OSError as error:
            raise self._unavailable(error) from None
        for top in tops:
            where = f"{DEVICES}/{top.name}"
            try:
                real_dir = top.is_dir(follow_symlinks=False)
            except OSError:
                real_dir = False
            if not (real_dir and DEVICE_ID.match(top.name)):
                passed.append(where)
                continue
            files: list[tuple[int, str]] = []
            try:
                entries = sorted(os.scandir(top.path), key=lambda entry: entry.name)
            except FileNotFoundError:
                continue
            except OSError as error:
                raise self._unavailable(error) from None
            for entry in entries:
                name = f"{where}/{entry.name}"
                try:
                    regular = entry.is_file(follow_symlinks=False)
                except OSError:
                    regular = False
                matched = _FILE_NAME.match(entry.name)
                if regular and matched and int(matched.group(1)) >= 1:
                    files.append((int(matched.group(1)), matched.group(2)))
                elif regular and _OWN_TEMP.match(entry.name):
                    half.append(name)
                else:
                    passed.append(name)
            devices[top.name] = tuple(sorted(files))
        return Scan(devices, tuple(passed), tuple(half))

    def read(self, key: bytes, device: str, seq: int, kind: str) -> dict[str, Any]:
        """The body of one device's file, checked; ``SyncFileError`` naming it otherwise."""
        relative = relative_path(device, seq, kind)
        path = self._inside(relative)
        self._device_dir(device)
        try:
            fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_BINARY)
        except FileNotFoundError:
            raise SyncFileError(
                relative, "missing", f"The sync file {relative} is no longer in the folder."
            ) from None
        except OSError as error:
            if _is_link(path):
                raise SyncFileError(
                    relative,
                    "link",
                    f"The sync file {relative} is a link; sync does not follow links, so it "
                    "was passed over.",
                ) from None
            raise self._unavailable(error) from None
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise SyncFileError(
                    relative,
                    "not-sealed",
                    f"The sync file {relative} is not a file, so it was passed over.",
                )
            data = handle.read()
        body = open_sealed(key, relative, data)
        if body.get("device") != device or body.get("seq") != seq:
            raise SyncFileError(
                relative,
                "misplaced",
                f"The sync file {relative} says it belongs elsewhere in the folder, so it "
                "was passed over.",
            )
        return body

    def write(self, key: bytes, device: str, seq: int, kind: str, body: dict[str, Any]) -> Path:
        """Seal ``body`` as this device's file ``seq``; the path written.

        Only ever in ``devices/<device>/`` (the caller's own device), under a temporary
        name first, flushed, then given its name. ``SyncFileExistsError`` if the name is
        taken (a device restored from a backup: move past ``next_seq`` and write again).
        """
        relative = relative_path(device, seq, kind)
        if body.get("device") != device or body.get("seq") != seq:
            raise ValueError(f"The body written as {relative} must name that device and seq.")
        folder = self._device_dir(device, create=True)
        path = self._inside(relative)
        data = seal(key, relative, body)
        try:
            return _write_new(folder, f".{seq:012d}.{secrets.token_hex(8)}.tmp", path.name, data)
        except FileExistsError:
            raise SyncFileExistsError(relative) from None
        except OSError as error:
            raise self._unavailable(error) from None

    def next_seq(self, device: str) -> int:
        """One past the highest file of ``device`` in the folder (1 when it has none).

        A device restored from a backup takes the larger of this and its own count, so it
        never reuses a number its files in the folder have.
        """
        folder = self._device_dir(device)
        highest = 0
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return 1
        except OSError as error:
            raise self._unavailable(error) from None
        for entry in entries:
            matched = _FILE_NAME.match(entry.name)
            if matched and entry.is_file(follow_symlinks=False):
                highest = max(highest, int(matched.group(1)))
        return highest + 1

    def remove_own(self, device: str, seqs: Iterable[int]) -> int:
        """Remove this device's files with these numbers (log or snapshot); how many went."""
        folder = self._device_dir(device)
        removed = 0
        for seq in seqs:
            for kind in KINDS:
                path = self._inside(relative_path(device, seq, kind))
                if path.parent != folder:
                    raise ValueError(f"{path} is not in {folder}.")
                try:
                    if not stat.S_ISREG(os.lstat(path).st_mode):
                        continue
                    os.unlink(path)
                except FileNotFoundError:
                    continue
                except OSError as error:
                    raise self._unavailable(error) from None
                removed += 1
        if removed:
            fsync_dir(folder)
        return removed

    def remove_own_leftovers(self, device: str, older_than_s: float = 3600.0) -> int:
        """Remove this device's own half-written temporary files older than ``older_than_s``.

        A writer that stopped half-way (the computer went off) leaves one; the age keeps
        a file being written right now.
        """
        import time

        folder = self._device_dir(device)
        removed = 0
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return 0
        except OSError as error:
            raise self._unavailable(error) from None
        now = time.time()
        for entry in entries:
            if not _OWN_TEMP.match(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime < older_than_s:
                    continue
                os.unlink(entry.path)
            except FileNotFoundError:
                continue
            except OSError as error:
                raise self._unavailable(error) from None
            removed += 1
        return removed


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)

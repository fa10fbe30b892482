"""Markdown export: the export commands, entries -> a folder of files or one file.

``export_markdown_folder`` and ``export_markdown_file`` are what the command line
(``exchange.commands``) and File > Export run. Each renders with
``markdown_render`` and writes with ``export_files``, which holds the safety
rules (staging, 0700/0600, no links, leftovers of killed runs, the journal's own
files); here is the order of the steps, what is written over what (never
different content unless ``force``), progress, cancellation and the report.

Files are written one after another in the calling thread, each as soon as it
is rendered. Writer threads that created one chunk of files while the next was
rendered were measured against this plain loop (docs/benchmarks.md) and gained
less than a fifth anywhere, on a memory file system or a disk, so they went.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from attune_journal.core.i18n import format_number, translate
from attune_journal.core.models import Entry
from attune_journal.exchange.export_files import (
    DIR_MODE,
    STAGING_PREFIX,
    ExportError,
    check_folders,
    is_empty_dir,
    lock_folder,
    lstat_mode,
    make_dirs,
    make_private_folder,
    move_up,
    not_a_folder,
    record_export,
    refuse_journal_files,
    remove_export_leftovers,
    remove_file_leftovers,
    remove_leftovers_in,
    remove_path,
    same_content,
    write_atomic,
    write_new,
    write_single_file,
)
from attune_journal.exchange.markdown_render import plan_names, render_entry, render_single
from attune_journal.paths import fsync_dir

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# Files between two progress reports and cancellation checks.
CHUNK = 200


class ExportConflict(ExportError):
    """The target holds files with other content; ``paths`` lists them (relative)."""

    def __init__(self, target: Path, paths: Sequence[str]) -> None:
        self.target = target
        self.paths = list(paths)
        shown = ", ".join(self.paths[:3]) + (" …" if len(self.paths) > 3 else "")
        files = len(self.paths)
        super().__init__(
            translate(
                "Export",
                "{target} already holds %n files with different content ({shown}); nothing "
                "was written. Choose another place, or replace them (--force on the command "
                "line).",
                None,
                files,
            ).format(target=target, shown=shown)
        )


class ExportCancelled(ExportError):
    """The person cancelled; nothing new is left in a new folder."""


@dataclass
class ExportReport:
    """What an export did: where, how many entries, files written and left unchanged."""

    target: Path
    entries: int = 0
    written: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)

    def summary(self) -> str:
        entries, written = self.entries, self.written
        return (
            translate("Export", "Exported %n entries to {target}:", None, entries)
            + " "
            + translate(
                "Export",
                "%n files written, {unchanged} already up to date ({seconds} s).",
                None,
                written,
            )
        ).format(
            target=self.target,
            unchanged=self.unchanged,
            seconds=format_number(self.seconds, 2),
        )


def export_markdown_folder(
    entries: Iterable[Entry],
    folder: str | os.PathLike[str],
    force: bool = False,
    *,
    prompt_texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    durable: bool = False,
    data_dir: str | os.PathLike[str] | None = None,
    extra_files: Sequence[tuple[str, bytes]] = (),
) -> ExportReport:
    """Export ``entries`` as one Markdown file each under ``folder``.

    ``extra_files`` are other files of the export, ``(relative path, bytes)``, written
    beside the entries by the same rules: the weeks partners shared
    (``partner/<name>/<week>.md``, from ``exchange.partner.partner_export_files``).

    Raises ``ExportConflict`` (writing nothing) when a file to be written exists
    with different content and ``force`` is false; ``ExportCancelled`` when
    ``cancelled()`` turns true (a new folder is then removed again).
    Files in the folder that this export does not write are never touched, and
    nothing is written or read through a link inside the folder (``ExportError``).

    ``data_dir``, the journal's data folder, lets the export refuse a target
    inside the journal's backups, and record the export while it runs so that
    what a killed run leaves behind is found and removed by the next export run
    (or ``remove_export_leftovers``) whatever its target. Leftovers in this
    target (``STAGING_RE``, ``TEMP_FILE_RE``, and the staging folders beside it
    that earlier versions made) are removed first in any case.
    """
    started = time.perf_counter()
    target = Path(folder)
    if data_dir is not None:
        refuse_journal_files(target, Path(data_dir))
    if os.path.lexists(target) and not target.is_dir():
        raise not_a_folder(target)
    names = plan_names(entries)
    report = ExportReport(target=target, entries=len(names))
    total = len(names)
    if data_dir is not None:
        remove_export_leftovers(data_dir)
    created = make_private_folder(target)
    lock: int | None = None
    record: Path | None = None
    try:
        lock = lock_folder(target)
        if data_dir is not None:
            record = record_export(Path(data_dir), target, "folder")
        remove_leftovers_in(target)
        if is_empty_dir(target):
            _export_into_new_folder(
                target, names, prompt_texts, report, progress, cancelled, durable, extra_files
            )
        else:
            check_folders(target, (name for name, _ in names), create=False)
            planned = [(name, render_entry(e, prompt_texts).encode("utf-8")) for name, e in names]
            planned.extend(extra_files)
            _export_over_existing(target, planned, report, force, progress, cancelled, durable)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                target.rmdir()  # only if nothing is in it
        raise
    finally:
        if record is not None:
            with contextlib.suppress(OSError):
                record.unlink()
        if lock is not None:
            os.close(lock)
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(total, total)
    return report


def _export_into_new_folder(
    target: Path,
    names: list[tuple[str, Entry]],
    prompt_texts: Mapping[str, str] | None,
    report: ExportReport,
    progress: Progress | None,
    cancelled: Cancelled | None,
    durable: bool,
    extra_files: Sequence[tuple[str, bytes]] = (),
) -> None:
    """Render and write file by file into a hidden staging folder inside the (empty)
    target, then move what it holds up into the target.

    The staging folder, ``.attune-export-partial-<8 hex>`` (``STAGING_RE``), is
    made 0700 inside the target, never beside it: a run killed before the end
    leaves it there, inside the folder the person chose, until the next export
    run (or ``remove_export_leftovers``) removes it.
    """
    staging = target / f"{STAGING_PREFIX}{secrets.token_hex(4)}"
    os.mkdir(staging, DIR_MODE)
    total = len(names)
    root = str(staging)
    try:
        make_dirs(root, (name for name, _ in names))
        for done, (name, entry) in enumerate(names):
            if done % CHUNK == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled(
                        translate("Export", "The export was cancelled; nothing was written.")
                    )
                if progress is not None:
                    progress(done, total)
            write_new(f"{root}/{name}", render_entry(entry, prompt_texts).encode("utf-8"), durable)
        if extra_files:
            make_dirs(root, (name for name, _ in extra_files))
            for name, data in extra_files:
                write_new(f"{root}/{name}", data, durable)
        move_up(staging, target)
        fsync_dir(target)
    except BaseException:
        remove_path(staging)
        raise
    report.files.extend(name for name, _ in names)
    report.files.extend(name for name, _ in extra_files)
    report.written = total + len(extra_files)


def _export_over_existing(
    target: Path,
    planned: list[tuple[str, bytes]],
    report: ExportReport,
    force: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
    durable: bool,
) -> None:
    """Write the files of ``planned`` whose content differs, each atomically; leave
    identical files alone (their modification time too)."""
    changed: list[tuple[str, bytes]] = []
    conflicts: list[str] = []
    for name, data in planned:
        same = same_content(target / name, data)
        if same is True:
            report.unchanged += 1
            continue
        changed.append((name, data))
        if same is False:
            conflicts.append(name)
    if conflicts and not force:
        raise ExportConflict(target, conflicts)
    for name, _ in changed:
        if stat.S_ISDIR(lstat_mode(target / name)):
            raise ExportError(
                translate(
                    "Export", "{path} is a folder; the export needs that name for a file."
                ).format(path=target / name)
            )
    check_folders(target, (name for name, _ in changed), create=True)
    total = len(changed)
    for done, (name, data) in enumerate(changed):
        if done % CHUNK == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled(
                    translate(
                        "Export",
                        "The export was cancelled after {done} of %Ln changed files; every file "
                        "in the folder is whole (old or new).",
                        None,
                        total,
                    ).format(done=format_number(done))
                )
            if progress is not None:
                progress(done, total)
        write_atomic(target / name, data, durable)
        report.files.append(name)
        report.written += 1
    for sub in sorted({name.rpartition("/")[0] for name, _ in changed}):
        fsync_dir(target / sub if sub else target)


def export_markdown_file(
    entries: Iterable[Entry],
    path: str | os.PathLike[str],
    force: bool = False,
    *,
    prompt_texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    durable: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
) -> ExportReport:
    """Export every entry into one combined Markdown file, written atomically.

    ``data_dir``, the journal's data folder, makes the export refuse (whatever
    ``force`` says) to write over the journal's store, its ``-wal``/``-shm``
    files or anything in its backups, and records the export while it runs (see
    ``export_markdown_folder``). A temp file that a killed run left beside
    ``path`` (``TEMP_FILE_RE``) is removed first.
    """
    started = time.perf_counter()
    target = Path(path)
    if data_dir is not None:
        refuse_journal_files(target, Path(data_dir))
    items = list(entries)
    if progress is not None:
        progress(0, len(items))
    data = render_single(items, prompt_texts).encode("utf-8")
    if cancelled is not None and cancelled():
        raise ExportCancelled(translate("Export", "The export was cancelled; nothing was written."))
    report = ExportReport(target=target, entries=len(items), files=[target.name])
    if target.is_dir():
        raise ExportError(
            translate(
                "Export", "{target} is a folder; give a file name for a single-file export."
            ).format(target=target)
        )
    if data_dir is not None:
        remove_export_leftovers(data_dir)
    remove_file_leftovers(target, [])
    same = same_content(target, data)
    if same is True:
        report.unchanged = 1
    else:
        if same is False and not force:
            raise ExportConflict(target.parent, [target.name])
        make_private_folder(target.parent)
        record = None if data_dir is None else record_export(Path(data_dir), target, "file")
        try:
            write_single_file(target, data, durable)
            if durable:
                fsync_dir(target.parent)
        finally:
            if record is not None:
                with contextlib.suppress(OSError):
                    record.unlink()
        report.written = 1
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(len(items), len(items))
    return report

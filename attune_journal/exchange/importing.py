"""The import runner: read a file with a format from the table, then save all or nothing.

Order of work, and why:

1. Read and check the whole file first (no store access), so a malformed file
   is reported with its line or field and nothing at all is written. Only a
   regular file is read, never a pipe or a device, and none larger than
   ``parsed.MAX_IMPORT_BYTES``; jrnl's text and Daylio's CSV are read line by
   line, so memory holds the entries found, not copies of the file.
2. Leave out what the journal already has: our own entries by uid, other
   journals' entries by the stable uid their reader gives them (a hash), weekly
   reviews and relationship check-ins for a week that already has one, and
   repeats inside the same file. Each is reported with where it came from.
3. Check every remaining entry with the same validation the store uses, naming
   where a bad one came from.
4. Take a backup (``workspace.backup("import")``), then save everything in one
   transaction (``journal.save_many``): either all of it is in, or none.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from attune_journal.core.models import (
    Entry,
    RelationshipCheckIn,
    ValidationError,
    WeeklyReview,
)
from attune_journal.core.wording import count
from attune_journal.exchange.formats import IMPORT_FORMATS, ImportOptions
from attune_journal.exchange.parsed import (
    ImportFormatError,
    Parsed,
    ParsedEntry,
    Skip,
    check_source_file,
)
from attune_journal.workspace import Workspace

Progress = Callable[[int, int], None]


class ImportCancelled(Exception):
    """The person cancelled before anything was saved."""


@dataclass
class ImportReport:
    format_id: str
    source: Path
    imported: list[ParsedEntry] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    backup: Path | None = None

    def summary(self) -> str:
        return (
            f"Imported {count(len(self.imported), 'entry', 'entries')} from "
            f"{self.source.name}; skipped {len(self.skipped)}."
        )

    def lines(self, limit: int = 200) -> list[str]:
        """The summary, then each skip with its reason, then notes (capped for screens)."""
        out = [self.summary()]
        if self.backup is not None:
            out.append(f"A backup was taken first: {self.backup}")
        for skip in self.skipped[:limit]:
            out.append(f"  skipped {skip.where}: {skip.reason}")
        if len(self.skipped) > limit:
            out.append(f"  … and {len(self.skipped) - limit} more skipped")
        for note in self.notes[:limit]:
            out.append(f"  note: {note}")
        if len(self.notes) > limit:
            out.append(f"  … and {len(self.notes) - limit} more notes")
        return out


def read_source(
    format_id: str,
    path: str | os.PathLike[str],
    time_format: str | None = None,
    cancelled: Callable[[], bool] | None = None,
    reading: Progress | None = None,
) -> Parsed:
    """Parse ``path`` with the named format; raises ``ImportFormatError`` with line/field.

    ``reading(bytes_read, bytes_in_all)`` is called as the file is read.
    """
    fmt = IMPORT_FORMATS.get(format_id)
    if fmt is None:
        raise ImportFormatError(
            f"Unknown import format {format_id!r}; choose one of {', '.join(IMPORT_FORMATS)}."
        )
    source = Path(path)
    # A stat only, before anything is opened: a pipe or a device would block or never end.
    if not (fmt.folder and source.is_dir()):
        check_source_file(source)
    options = ImportOptions(time_format=time_format, cancelled=cancelled, progress=reading)
    try:
        return fmt.read(source, options)
    except ImportFormatError as error:
        raise ImportFormatError(_with_path(str(error), source)) from None
    except RecursionError:
        raise ImportFormatError(f"{source.name}: the file is nested too deeply to read") from None
    except MemoryError:
        raise ImportFormatError(
            f"{source}: there is not enough memory to read this file; is it the right one?"
        ) from None


def _with_path(message: str, source: Path) -> str:
    """Readers name a file by its name (as entries' "where" do); a message that stops the
    import names the whole path as given, so the person knows which file it was."""
    name = source.name
    cut = len(name)
    if (
        name
        and str(source) != name
        and message.startswith(name)
        and message[cut : cut + 1] in ",:/"
    ):
        return f"{source}{message[cut:]}"
    return message


def plan_import(workspace: Workspace, parsed: Parsed) -> tuple[list[ParsedEntry], list[Skip]]:
    """Split parsed entries into those to save and those the journal already has."""
    journal = workspace.journal
    known = journal.known_uids()
    weeks_taken: dict[tuple[str, str], str] = {}
    to_save: list[ParsedEntry] = []
    skipped = list(parsed.skipped)
    seen: dict[str, str] = {}
    for item in parsed.entries:
        entry = item.entry
        if entry.uid in known:
            skipped.append(Skip(item.where, "already in the journal"))
            continue
        if entry.uid in seen:
            skipped.append(Skip(item.where, f"the same entry as {seen[entry.uid]}"))
            continue
        if isinstance(entry, WeeklyReview | RelationshipCheckIn):
            key = (entry.kind, entry.week)
            existing = (
                journal.weekly_review(entry.week)
                if isinstance(entry, WeeklyReview)
                else journal.relationship_checkin(entry.week)
            )
            label = "weekly review" if isinstance(entry, WeeklyReview) else "relationship check-in"
            if existing is not None:
                skipped.append(
                    Skip(item.where, f"the journal already has a {label} for {entry.week}")
                )
                continue
            if key in weeks_taken:
                skipped.append(
                    Skip(
                        item.where, f"a second {label} for {entry.week} (first: {weeks_taken[key]})"
                    )
                )
                continue
            weeks_taken[key] = item.where
        seen[entry.uid] = item.where
        to_save.append(item)
    return to_save, skipped


def _check(items: list[ParsedEntry]) -> None:
    for item in items:
        try:
            item.entry.validate()
        except ValidationError as error:
            raise ImportFormatError(f"{item.where}: {error}") from None


def run_import(
    workspace: Workspace,
    format_id: str,
    path: str | os.PathLike[str],
    time_format: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    reading: Progress | None = None,
) -> ImportReport:
    """Read, check, back up, and save in one transaction; returns what happened.

    Raises ``ImportFormatError`` (nothing saved) for a file that cannot be read,
    ``ImportCancelled`` when ``cancelled()`` turns true before saving, and the
    store's own errors (``StoreError``) if the disk refuses the write. ``progress``
    hears (0, 0) at the start, (0, entries to save) before saving and (n, n) after;
    ``reading`` hears (bytes read, bytes in all) while the file is read.
    """
    if progress is not None:
        progress(0, 0)
    # A large file becomes millions of small objects with no cycles among them, and
    # Python's cycle collector would walk them all again and again as more are made
    # (half the reading time of a million-row file). It is paused while reading, and
    # what was read is then left out of its walks (``gc.freeze``) until the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        parsed = read_source(format_id, path, time_format, cancelled, reading)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    try:
        return _save(workspace, format_id, path, parsed, progress, cancelled)
    finally:
        gc.unfreeze()


def _save(
    workspace: Workspace,
    format_id: str,
    path: str | os.PathLike[str],
    parsed: Parsed,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> ImportReport:
    if cancelled is not None and cancelled():
        raise ImportCancelled("The import was cancelled; nothing was saved.")
    to_save, skipped = plan_import(workspace, parsed)
    _check(to_save)
    report = ImportReport(format_id, Path(path), skipped=skipped, notes=list(parsed.notes))
    total = len(to_save)
    if progress is not None:
        progress(0, total)
    if cancelled is not None and cancelled():
        raise ImportCancelled("The import was cancelled; nothing was saved.")
    if to_save:
        report.backup = workspace.backup("import")
        entries: list[Entry] = [item.entry for item in to_save]
        workspace.journal.save_many(entries)
        report.imported = to_save
    if progress is not None:
        progress(total, total)
    return report

"""The import runner: read a file with a format from the table, then save all or nothing.

Order of work, and why:

1. Read and check the whole file first (no store access), so a malformed file
   is reported with its line or field and nothing at all is written. Only a
   regular file is read, never a pipe or a device, and none larger than
   ``parsed.MAX_IMPORT_BYTES``; jrnl's text and Daylio's CSV are read line by
   line, so memory holds the entries found, not copies of the file.
2. Match what the journal already has. Entries from jrnl and Daylio carry the
   source's identity (``parsed.source_uid``: the clock time as written and the
   ordinal at that minute, never this computer's zone) and a record of what the
   import wrote (``source`` in the entry's stored data, with a digest of its
   content). A match the person has not edited here since is updated in place
   when the source changed, else left as it is (unchanged); one they edited is
   kept, and a changed source version is added beside it (kept both, each said in
   the report by its date). Day One's entries do the same with its ``uuid`` as the
   key (their uid was that digest already). Entries imported before identities were
   the source's own are found by their old uid and given the new one. Our own
   entries and Day One's without a uuid are left out by uid, as are weekly reviews
   and relationship check-ins for a week that already has one, and repeats inside
   the same file. Each is reported with where it came from.
3. Check every remaining entry with the same validation the store uses, naming
   where a bad one came from.
4. Check that every text can be stored (UTF-8: a lone surrogate cannot), take a
   backup (``workspace.backup("import")``), then save everything in one transaction
   (``journal.save_many``): either all of it is in, or none. When the save fails, the
   import's own backup is removed again (the journal is as it was) and the error is
   one line.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from attune_journal.core.i18n import translate
from attune_journal.core.models import (
    Entry,
    RelationshipCheckIn,
    ValidationError,
    WeeklyReview,
)
from attune_journal.exchange.formats import IMPORT_FORMATS, ImportOptions
from attune_journal.exchange.parsed import (
    ImportFormatError,
    Parsed,
    ParsedEntry,
    Skip,
    check_source_file,
    content_digest,
    source_uid,
)
from attune_journal.storage.errors import StoreError, database_errors
from attune_journal.workspace import Workspace

Progress = Callable[[int, int], None]


class ImportCancelled(Exception):
    """The person cancelled before anything was saved."""


ALREADY_THERE = "already in the journal"
# Skips for other reasons (a repeat inside the file, a second review for a week, a record
# the reader could not use) say something about the file, so the first few are listed.
LISTED = 10


@dataclass
class ImportReport:
    format_id: str
    source: Path
    imported: list[ParsedEntry] = field(default_factory=list)  # written: new or updated
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    backup: Path | None = None
    added: int = 0
    updated: int = 0
    kept_both: list[ParsedEntry] = field(default_factory=list)

    @property
    def unchanged(self) -> int:
        """Entries the journal had already, as the file has them (or as edited here)."""
        return sum(1 for skip in self.skipped if skip.reason == ALREADY_THERE)

    def summary(self) -> str:
        """One or two sentences: what was written, what the journal already had, and
        how many other records were skipped."""
        imported, kept, unchanged = len(self.imported), len(self.kept_both), self.unchanged
        source = self.source.name
        if kept:
            head = translate(
                "Import",
                "Imported %n entries from {source} ({added} new, {updated} updated, {kept} "
                "kept beside your edits).",
                None,
                imported,
            )
        elif self.updated:
            head = translate(
                "Import",
                "Imported %n entries from {source} ({added} new, {updated} updated).",
                None,
                imported,
            )
        else:
            head = translate("Import", "Imported %n entries from {source}.", None, imported)
        sentences = [head.format(source=source, added=self.added, updated=self.updated, kept=kept)]
        if unchanged:
            sentences.append(
                translate(
                    "Import", "%n entries were already in your journal, unchanged.", None, unchanged
                )
            )
        others = len(self.skipped) - unchanged
        if others:
            sentences.append(translate("Import", "Skipped {others}.").format(others=others))
        return " ".join(sentences)

    def kept_both_lines(self) -> list[str]:
        """One line for each entry kept twice: the person's edit and the source's change."""
        return [
            f"  kept both {item.entry.at:%Y-%m-%d %H:%M} ({item.where}): your edited entry "
            "stays, and the changed one from the file is beside it"
            for item in self.kept_both
        ]

    def lines(self, verbose: bool = False, listed: int = LISTED, more: str = "") -> list[str]:
        """What the import window and ``attune-journal import`` show: the summary, the
        backup, each entry kept twice, then other skips and notes, ``listed`` of each and
        then ``more`` (where to see the rest).

        Entries the journal already had are counted in the summary, never listed one by
        one (a re-import of years would be thousands of lines); ``verbose`` lists every
        skip and note.
        """
        out = [self.summary()]
        if self.backup is not None:
            out.append(
                translate("Import", "A backup was taken first: {backup}").format(backup=self.backup)
            )
        # Each entry kept twice is named by its date: the person will want to look at both.
        out.extend(self.kept_both_lines())
        skips = self.skipped if verbose else [s for s in self.skipped if s.reason != ALREADY_THERE]
        limit = len(skips) + len(self.notes) if verbose else listed
        out.extend(f"  skipped {skip.where}: {skip.reason}" for skip in skips[:limit])
        if len(skips) > limit:
            out.append(
                translate("Import", "  … and {more} more skipped").format(more=len(skips) - limit)
            )
        out.extend(f"  note: {note}" for note in self.notes[:limit])
        if len(self.notes) > limit:
            out.append(
                translate("Import", "  … and {more} more notes").format(
                    more=len(self.notes) - limit
                )
            )
        if more and (len(skips) > limit or len(self.notes) > limit):
            out.append(more)
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
            translate(
                "Import", "Unknown import format {format_id!r}; choose one of {formats}."
            ).format(format_id=format_id, formats=", ".join(IMPORT_FORMATS))
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
        raise ImportFormatError(
            translate("Import", "{name}: the file is nested too deeply to read").format(
                name=source.name
            )
        ) from None
    except MemoryError:
        raise ImportFormatError(
            translate(
                "Import",
                "{source}: there is not enough memory to read this file; is it the right one?",
            ).format(source=source)
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


@dataclass
class ImportPlan:
    """What an import will do: entries to write (new, updated, kept beside an edit),
    stored entries only to give their new identity, what is left out, and the source
    records to keep with the written entries."""

    to_save: list[ParsedEntry] = field(default_factory=list)
    rewrite: list[Entry] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    kept_both: list[ParsedEntry] = field(default_factory=list)
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)


def plan_import(workspace: Workspace, parsed: Parsed) -> ImportPlan:
    """Split parsed entries into those to add or update and those the journal already has."""
    journal = workspace.journal
    plan = ImportPlan(skipped=list(parsed.skipped))
    sourced = [item for item in parsed.entries if item.family]
    records = (
        journal.import_records(
            [item.entry.uid for item in sourced]
            + [item.legacy_uid for item in sourced if item.legacy_uid]
        )
        if sourced
        else {}
    )
    claimed: set[int] = set()
    known = journal.known_uids() if len(sourced) < len(parsed.entries) else set()
    weeks_taken: dict[tuple[str, str], str] = {}
    seen: dict[str, str] = {}
    for item in parsed.entries:
        entry = item.entry
        if entry.uid in seen:
            plan.skipped.append(Skip(item.where, f"the same entry as {seen[entry.uid]}"))
            continue
        seen[entry.uid] = item.where
        if item.family:
            _plan_sourced(workspace, item, records, claimed, plan)
            continue
        if entry.uid in known:
            plan.skipped.append(Skip(item.where, ALREADY_THERE))
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
                plan.skipped.append(
                    Skip(item.where, f"the journal already has a {label} for {entry.week}")
                )
                continue
            if key in weeks_taken:
                plan.skipped.append(
                    Skip(
                        item.where, f"a second {label} for {entry.week} (first: {weeks_taken[key]})"
                    )
                )
                continue
            weeks_taken[key] = item.where
        plan.to_save.append(item)
        plan.added += 1
    return plan


def _plan_sourced(
    workspace: Workspace,
    item: ParsedEntry,
    records: dict[str, tuple[Entry, dict[str, Any] | None]],
    claimed: set[int],
    plan: ImportPlan,
) -> None:
    """One entry with the source's identity: add, update, leave, or keep beside an edit."""
    entry = item.entry
    digest = content_digest(entry)
    record: dict[str, Any] = {"format": item.family, "key": item.key, "digest": digest}
    found = records.get(entry.uid)
    if found is None and item.legacy_uid in records:
        older = records[item.legacy_uid]
        if older[0].id not in claimed:
            found = older
    if found is None or found[0].id in claimed:
        plan.to_save.append(item)
        plan.sources[entry.uid] = record
        plan.added += 1
        return
    stored, source = found
    assert stored.id is not None
    claimed.add(stored.id)
    if stored.is_trashed:  # the person put it in the trash here: it stays there
        plan.skipped.append(Skip(item.where, ALREADY_THERE))
        return
    stored_digest = content_digest(stored)
    if source is not None:
        edited = stored_digest != source.get("digest")
    else:  # imported before records were kept: an edit here set its updated time
        edited = stored.updated_at is not None
    needs_identity = stored.uid != entry.uid or source is None
    if not edited and stored_digest != digest:
        entry.id = stored.id
        entry.updated_at = stored.updated_at
        if stored.at.replace(tzinfo=None) == entry.at.replace(tzinfo=None):
            entry.at = stored.at  # the offset the first import took stays
        plan.to_save.append(item)
        plan.sources[entry.uid] = record
        plan.updated += 1
        return
    if edited and source is not None and source.get("digest") != digest:
        beside = source_uid(item.family, f"{item.key}\x1fbeside an edit\x1f{digest}")
        if not workspace.journal.import_records([beside]):
            entry.uid = beside
            plan.to_save.append(item)
            plan.sources[beside] = {**record, "beside": stored.uid}
            plan.kept_both.append(item)
            return
    elif needs_identity:
        # Found by its old uid (or without a record): it takes the source's identity,
        # and what the import wrote is recorded as the file has it now.
        stored.uid = entry.uid
        plan.rewrite.append(stored)
        plan.sources[entry.uid] = record if not edited else {**record, "edited_before": True}
    plan.skipped.append(Skip(item.where, ALREADY_THERE))


NOT_SAVED = "The import could not be saved; nothing was imported and your journal is unchanged"


# What each kind of value holds: a dataclass's field names, () for a number, a time or
# another value without text; looked up once per kind.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_CONTAINERS = (list, tuple, set, frozenset)


def _unstorable(value: object) -> str | None:
    """The first text inside ``value`` (an entry, what is kept with it, however nested)
    that UTF-8 cannot encode, else None."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str:
            if not item.isascii():  # type: ignore[attr-defined]
                try:
                    item.encode("utf-8")  # type: ignore[attr-defined]
                except UnicodeEncodeError:
                    return item  # type: ignore[return-value]
            continue
        names = _FIELD_NAMES.get(kind)
        if names is None:
            if isinstance(item, str | dict | list | tuple | set | frozenset):
                names = ()
            elif is_dataclass(item) and not isinstance(item, type):
                names = tuple(part.name for part in fields(item))
            else:
                names = ()
            _FIELD_NAMES[kind] = names
        if names:
            stack.extend(getattr(item, name) for name in names)
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, _CONTAINERS):
            stack.extend(item)
        elif isinstance(item, str):  # a subclass of str
            stack.append(str(item))
    return None


def _check_storable(items: list[ParsedEntry], sources: dict[str, dict[str, Any]]) -> None:
    """Refuse, before the backup is taken, text the store cannot hold: SQLite keeps
    UTF-8, and half of a character (a lone surrogate a reader did not mend) has none."""
    for item in items:
        if _unstorable(item.entry) is not None:
            raise ImportFormatError(
                translate(
                    "Import",
                    "{where}: the entry holds a character that cannot be stored (half of one, "
                    "such as a cut emoji); nothing was imported and your journal is unchanged.",
                ).format(where=item.where)
            )
    text = _unstorable(sources)
    if text is not None:
        shown = text.encode("utf-8", "backslashreplace").decode("utf-8")[:60]
        raise ImportFormatError(
            translate(
                "Import",
                "An entry's source identity holds a character that cannot be stored ({shown}); "
                "nothing was imported and your journal is unchanged.",
            ).format(shown=shown)
        )


def _remove_backup(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


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
    plan = plan_import(workspace, parsed)
    to_save = plan.to_save
    _check(to_save)
    report = ImportReport(
        format_id,
        Path(path),
        skipped=plan.skipped,
        notes=list(parsed.notes),
        added=plan.added,
        updated=plan.updated,
        kept_both=plan.kept_both,
    )
    total = len(to_save)
    if progress is not None:
        progress(0, total)
    if cancelled is not None and cancelled():
        raise ImportCancelled("The import was cancelled; nothing was saved.")
    if to_save or plan.rewrite or parsed.partner_weeks:
        _check_storable(to_save, plan.sources)
        report.backup = workspace.backup("import")
        entries: list[Entry] = [item.entry for item in to_save] + plan.rewrite
        try:
            kept = _save_all(workspace, entries, plan.sources, parsed)
        except BaseException as error:
            # Nothing was saved (one transaction), so the backup taken for this import
            # is a copy of the journal as it still is: it goes, and one line says why.
            _remove_backup(report.backup)
            report.backup = None
            if isinstance(error, UnicodeError):
                raise ImportFormatError(
                    translate(
                        "Import",
                        "{NOT_SAVED}: it holds a character that cannot be stored ({error}).",
                    ).format(NOT_SAVED=NOT_SAVED, error=error)
                ) from None
            if isinstance(error, database_errors()):
                raise StoreError(f"{NOT_SAVED}: {error}.") from None
            raise
        report.imported = to_save
        if to_save and parsed.zone_guess:
            report.notes.insert(0, parsed.zone_guess)
        if parsed.partner_weeks:
            found = len(parsed.partner_weeks)
            report.notes.append(
                translate(
                    "Import",
                    "Kept %n weeks your partners shared ({already} of {found} were in your "
                    "journal already).",
                    None,
                    kept,
                ).format(already=found - kept, found=found)
                if kept < found
                else translate("Import", "Kept %n weeks your partners shared.", None, kept)
            )
    if progress is not None:
        progress(total, total)
    return report


def _save_all(
    workspace: Workspace,
    entries: list[Entry],
    sources: dict[str, dict[str, Any]],
    parsed: Parsed,
) -> int:
    """Save the entries and keep the partner weeks in one transaction; returns how many
    partner weeks were kept."""
    if not parsed.partner_weeks:
        workspace.journal.save_many(entries, sources)
        return 0
    from attune_journal.exchange.partner import restore_partner_weeks

    journal = workspace.journal
    with journal.locked(), journal.db.atomic():
        if entries:
            journal.save_many(entries, sources)
        return restore_partner_weeks(journal, parsed.partner_weeks)

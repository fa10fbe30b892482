"""The table of formats the journal can import from and export to (like jrnl's plugins).

The CLI's ``--from`` choices, the Import dialog's list and the importer all read
this one table, so a new format is one reader function and one row here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the readers load it; the CLI's parser only needs this table
    from attune_journal.exchange.parsed import Parsed


@dataclass(frozen=True)
class ImportOptions:
    """What a reader may need beyond the file: jrnl's time format, a cancel check, and
    where to report reading progress (bytes read so far, bytes in all)."""

    time_format: str | None = None
    cancelled: Callable[[], bool] | None = None
    progress: Callable[[int, int], None] | None = None


@dataclass(frozen=True)
class ImportFormat:
    id: str
    label: str
    hint: str
    file_filter: str  # for the file dialog, e.g. "jrnl journal (*.txt)"
    read: Callable[[Path, ImportOptions], Parsed]
    folder: bool = False  # may the source be a folder?
    uses_time_format: bool = False


# Every reader opens the file itself (``parsed.open_source``): only a regular file under
# ``parsed.MAX_IMPORT_BYTES`` is read; jrnl's text and Daylio's CSV are read line by line.


def _read_markdown(path: Path, options: ImportOptions) -> Parsed:
    from attune_journal.exchange.markdown_import import read_markdown

    return read_markdown(path, options.cancelled, options.progress)


def _read_jrnl(path: Path, options: ImportOptions) -> Parsed:
    from attune_journal.exchange.jrnl import read_jrnl_file

    return read_jrnl_file(path, options.time_format, options.progress, options.cancelled)


def _read_jrnl_json(path: Path, options: ImportOptions) -> Parsed:
    from attune_journal.exchange.jrnl import parse_jrnl_json
    from attune_journal.exchange.parsed import read_text

    return parse_jrnl_json(read_text(path, path.name, options.progress), path.name)


def _read_dayone(path: Path, options: ImportOptions) -> Parsed:
    from attune_journal.exchange.dayone import read_dayone_file

    return read_dayone_file(path, options.progress)


def _read_daylio(path: Path, options: ImportOptions) -> Parsed:
    from attune_journal.exchange.daylio import read_daylio_file

    return read_daylio_file(path, options.progress, options.cancelled)


IMPORT_FORMATS: dict[str, ImportFormat] = {
    f.id: f
    for f in (
        ImportFormat(
            "markdown",
            "Attune Journal Markdown export",
            "A folder exported from Attune Journal, one of its files, or a single-file export.",
            "Markdown (*.md)",
            _read_markdown,
            folder=True,
        ),
        ImportFormat(
            "jrnl",
            "jrnl journal (plain text)",
            "The journal file jrnl writes, entries starting with [2026-11-23 08:30].",
            "jrnl journal (*.txt *.jrnl *)",
            _read_jrnl,
            uses_time_format=True,
        ),
        ImportFormat(
            "jrnl-json",
            "jrnl JSON export",
            "What 'jrnl --format json' writes.",
            "JSON (*.json)",
            _read_jrnl_json,
        ),
        ImportFormat(
            "dayone",
            "Day One export",
            "Day One's JSON export: the .zip, or the Journal.json inside it.",
            "Day One export (*.zip *.json)",
            _read_dayone,
        ),
        ImportFormat(
            "daylio",
            "Daylio CSV export",
            "The CSV file Daylio exports (daylio_export.csv).",
            "CSV (*.csv)",
            _read_daylio,
        ),
    )
}

EXPORT_FORMATS = ("markdown",)

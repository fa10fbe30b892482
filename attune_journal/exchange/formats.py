"""The table of formats the journal can import from and export to (like jrnl's plugins).

The CLI's ``--from`` choices, the Import dialog's list and the importer all read
this one table, so a new format is one reader function and one row here.
``detect_format`` tells a file's format from its first few KB (a .zip from its
member names, a folder from its file names) when none is named.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from attune_journal.core.i18n import QT_TRANSLATE_NOOP, translate

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
    file_filter: str  # for the file dialog, e.g. "jrnl journal (*.txt)"; translated where shown
    read: Callable[[Path, ImportOptions], Parsed]
    folder: bool = False  # may the source be a folder?
    uses_time_format: bool = False
    name: str = ""  # short, for "Reading journal.txt as jrnl text"


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
            QT_TRANSLATE_NOOP("ImportFormats", "Attune Journal Markdown export"),
            QT_TRANSLATE_NOOP(
                "ImportFormats",
                "A folder exported from Attune Journal, one of its files, or a single-file export.",
            ),
            QT_TRANSLATE_NOOP("ImportFormats", "Markdown (*.md)"),
            _read_markdown,
            folder=True,
            name=QT_TRANSLATE_NOOP("ImportFormats", "Markdown"),
        ),
        ImportFormat(
            "jrnl",
            QT_TRANSLATE_NOOP("ImportFormats", "jrnl journal (plain text)"),
            QT_TRANSLATE_NOOP(
                "ImportFormats",
                "The journal file jrnl writes, entries starting with [2026-11-23 08:30].",
            ),
            QT_TRANSLATE_NOOP("ImportFormats", "jrnl journal (*.txt *.jrnl *)"),
            _read_jrnl,
            uses_time_format=True,
            name=QT_TRANSLATE_NOOP("ImportFormats", "jrnl text"),
        ),
        ImportFormat(
            "jrnl-json",
            QT_TRANSLATE_NOOP("ImportFormats", "jrnl JSON export"),
            QT_TRANSLATE_NOOP("ImportFormats", "What 'jrnl --format json' writes."),
            QT_TRANSLATE_NOOP("ImportFormats", "JSON (*.json)"),
            _read_jrnl_json,
            name=QT_TRANSLATE_NOOP("ImportFormats", "jrnl JSON"),
        ),
        ImportFormat(
            "dayone",
            QT_TRANSLATE_NOOP("ImportFormats", "Day One export"),
            QT_TRANSLATE_NOOP(
                "ImportFormats", "Day One's JSON export: the .zip, or the Journal.json inside it."
            ),
            QT_TRANSLATE_NOOP("ImportFormats", "Day One export (*.zip *.json)"),
            _read_dayone,
            name=QT_TRANSLATE_NOOP("ImportFormats", "a Day One export"),
        ),
        ImportFormat(
            "daylio",
            QT_TRANSLATE_NOOP("ImportFormats", "Daylio CSV export"),
            QT_TRANSLATE_NOOP("ImportFormats", "The CSV file Daylio exports (daylio_export.csv)."),
            QT_TRANSLATE_NOOP("ImportFormats", "CSV (*.csv)"),
            _read_daylio,
            name=QT_TRANSLATE_NOOP("ImportFormats", "a Daylio CSV export"),
        ),
    )
}

EXPORT_FORMATS = ("markdown",)


# ---- telling the format from the file --------------------------------------------------

SNIFF_BYTES = 8 * 1024
"""How much of a file detection reads: its head only, never the whole file."""
FOLDER_LOOK = 2000
"""How many names in a folder detection looks at before it gives up looking for .md."""

_JRNL_FIRST_LINE = re.compile(
    r"(?:\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}\] ?|\d{4}-\d{2}-\d{2} \d{2}:\d{2} )"
)
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"\s*(:?)')


@dataclass(frozen=True)
class Detected:
    """What ``detect_format`` found: a format id, or None, and why, in a few words."""

    format_id: str | None
    because: str

    @property
    def format(self) -> ImportFormat | None:
        return IMPORT_FORMATS.get(self.format_id or "")


def detect_format(path: str | os.PathLike[str]) -> Detected:
    """Tell an import's format from the file's head (or a folder's names).

    Only the first ``SNIFF_BYTES`` of a file are read, and of a .zip only its list of
    member names. A missing path, a pipe, a device or a file over the import cap is
    refused by ``parsed.open_source`` (which stats before it opens and never blocks),
    with the same ``ImportFormatError`` an import would give.
    """
    from attune_journal.exchange.parsed import open_source

    source = Path(path)
    try:
        folder = stat.S_ISDIR(os.stat(source).st_mode)
    except (OSError, ValueError):
        folder = False  # open_source says what is wrong with it
    if folder:
        return _detect_folder(source)
    stream, size = open_source(source)
    with stream:
        head = bytearray()
        while len(head) < SNIFF_BYTES:
            chunk = stream.read(SNIFF_BYTES - len(head))
            if not chunk:
                break
            head += chunk
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            return _detect_zip(stream)
    return _detect_text(bytes(head), source.suffix.lower(), cut=size > len(head))


def _detect_folder(root: Path) -> Detected:
    looked = 0
    for _where, folders, files in os.walk(root):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            if name.endswith(".md") and not name.startswith("."):
                return Detected(
                    "markdown", translate("ImportFormats", "a folder of Markdown (.md) files")
                )
            looked += 1
            if looked >= FOLDER_LOOK:
                break
        if looked >= FOLDER_LOOK:
            break
    return Detected(None, translate("ImportFormats", "a folder without Markdown (.md) files"))


def _detect_zip(stream: BinaryIO) -> Detected:
    import zipfile

    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()  # the central directory only, no member is read
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return Detected(
            None, translate("ImportFormats", "a .zip file that is damaged or incomplete")
        )
    journals = [
        name
        for name in names
        if name.lower().endswith(".json")
        and not name.split("/")[-1].startswith(".")
        and not name.startswith("__MACOSX/")
    ]
    if journals:
        return Detected(
            "dayone",
            translate("ImportFormats", "a .zip holding {journal}").format(
                journal=journals[0].split("/")[-1]
            ),
        )
    return Detected(None, translate("ImportFormats", "a .zip without a journal (.json) inside"))


def _detect_text(head: bytes, suffix: str, cut: bool) -> Detected:
    import codecs

    if not head.strip():
        return Detected(None, translate("ImportFormats", "the file is empty"))
    if b"\x00" in head:
        return Detected(None, translate("ImportFormats", "the file holds binary data, not text"))
    try:
        # Not final when the head was cut: a character split at the cut is no error.
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=not cut)
    except UnicodeDecodeError:
        return Detected(None, translate("ImportFormats", "the file is not UTF-8 text"))
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    if cut and len(lines) > 1:
        lines.pop()  # the last line may be cut short
    first = lines[0] if lines else ""
    if first.rstrip() == "---":
        return Detected(
            "markdown", translate("ImportFormats", "it starts with front matter (a '---' line)")
        )
    if first.rstrip() == "# Attune Journal":
        return Detected(
            "markdown", translate("ImportFormats", "it starts with the title of a one-file export")
        )
    found = _detect_daylio(first)
    if found is not None:
        return found
    opening = next((line for line in lines if line.strip()), "")
    if _JRNL_FIRST_LINE.match(opening):
        return Detected(
            "jrnl",
            translate("ImportFormats", "its first line starts with a jrnl time, {opening}").format(
                opening=opening[:18].strip()
            ),
        )
    if opening.lstrip().startswith("{"):
        return _detect_json(text)
    if suffix == ".md":
        return Detected("markdown", translate("ImportFormats", "a Markdown (.md) file"))
    return Detected(
        None,
        translate(
            "ImportFormats",
            "its first line is not a jrnl entry time, a Daylio header, JSON or front matter",
        ),
    )


CLOCK = r"\d{1,2}:\d{2}( ?[ap]m)?"


def _detect_daylio(first: str) -> Detected | None:
    import csv

    from attune_journal.exchange.daylio import HEADERS, REQUIRED

    try:
        columns = [column.strip().lower() for column in next(csv.reader([first]))]
    except (csv.Error, StopIteration):
        return None
    known = {column for header in HEADERS for column in header}
    if set(REQUIRED) <= set(columns) or (columns and columns[0] == HEADERS[0][0]):
        return Detected(
            "daylio",
            translate("ImportFormats", "its first line is the header row of a Daylio export"),
        )
    if len(columns) >= 4 and sum(column in known for column in columns) >= 4:
        return Detected(
            "daylio",
            translate("ImportFormats", "its first line is much like a Daylio export's header row"),
        )
    # Some real exports have no header line: a row of 7 or 8 cells that starts with a
    # date (or a year) and has a clock time in the fourth cell is a Daylio entry.
    starts_dated = bool(re.fullmatch(r"\d{4}(-\d{1,2}-\d{1,2})?", columns[0] if columns else ""))
    if len(columns) in (7, 8) and starts_dated and re.fullmatch(CLOCK, columns[3]):
        return Detected(
            "daylio",
            translate(
                "ImportFormats", "its first line is a Daylio entry (a file without a header)"
            ),
        )
    return None


def _json_keys(text: str) -> tuple[list[str], set[str]]:
    """The keys at the top of a JSON object, and those of the objects in its "entries"
    list, as far as ``text`` (the file's head, maybe cut) reaches."""
    top: list[str] = []
    inner: set[str] = set()
    stack: list[str] = []
    current = ""
    i = 0
    while i < len(text):
        char = text[i]
        if char == '"':
            match = _JSON_STRING.match(text, i)
            if match is None:
                break  # cut inside a string
            if match.group(2):
                key = match.group(1)
                if stack == ["{"]:
                    top.append(key)
                    current = key
                elif stack == ["{", "[", "{"] and current == "entries":
                    inner.add(key)
            i = match.end()
            continue
        if char in "{[":
            stack.append(char)
        elif char in "}]" and stack:
            stack.pop()
        i += 1
    return top, inner


def _detect_json(text: str) -> Detected:
    top, inner = _json_keys(text)
    if "metadata" in top:
        return Detected(
            "dayone",
            translate("ImportFormats", 'its top level has Day One\'s "metadata" and "entries"'),
        )
    if "tags" in top:
        return Detected(
            "jrnl-json",
            translate("ImportFormats", 'its top level has jrnl\'s "tags" and "entries"'),
        )
    if "entries" in top:
        if inner & {"creationDate", "uuid", "timeZone"}:
            return Detected(
                "dayone", translate("ImportFormats", 'its entries have Day One\'s "creationDate"')
            )
        if inner & {"title", "body"}:
            return Detected(
                "jrnl-json",
                translate("ImportFormats", 'its entries have jrnl\'s "title" and "body"'),
            )
    return Detected(
        None, translate("ImportFormats", "it is JSON, but without Day One's or jrnl's \"entries\"")
    )

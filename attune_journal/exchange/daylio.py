"""Import from Daylio's CSV export.

Header variants in use (extra columns after these are ignored, with a note):
``full_date,date,weekday,time,mood,activities,note_title,note`` and the older
``full_date,date,weekday,time,mood,activities,note``. Times come as 24-hour
(``20:30``) or 12-hour (``8:30 PM``) clocks with no zone, so each gets this
machine's UTC offset for that date. Activities, separated by `` | ``, become
tags; the note title and note become the text.

Daylio's mood is one pleasantness scale with no energy axis, so the mapping to
a feeling with coordinates is a guess, made openly (docs/export-format.md):
``MOOD_FEELINGS`` below. A mood the person renamed or added in Daylio is kept as
their own word, without coordinates. Every entry also gets the tag
``daylio:<mood>`` so the original mood is never lost. Mood says nothing about
activation, so no activation is invented.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from attune_journal.core.models import Feeling, Note, clean_word
from attune_journal.exchange.parsed import (
    ByteProgress,
    ImportFormatError,
    Parsed,
    ParsedEntry,
    check_count,
    clean_tags,
    content_uid,
    decode_text,
    text_lines,
    with_local_offset,
)

HEADERS = (
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note"),
)
REQUIRED = ("full_date", "time", "mood", "activities", "note")

# Daylio's five default moods -> (feeling word, pleasantness, energy, intensity).
MOOD_FEELINGS: dict[str, tuple[str, float | None, float | None, int]] = {
    "rad": ("joyful", 0.8, 0.4, 3),
    "good": ("content", 0.5, -0.4, 2),
    "meh": ("meh", 0.0, -0.2, 1),
    "bad": ("disappointed", -0.6, -0.2, 2),
    "awful": ("sad", -0.7, -0.4, 3),
}


def mood_feeling(mood: str) -> Feeling:
    """The feeling recorded for a Daylio mood (see ``MOOD_FEELINGS``)."""
    found = MOOD_FEELINGS.get(mood.casefold())
    if found is None:
        return Feeling(word=clean_word(mood)[:80], intensity=2)
    word, p, e, intensity = found
    return Feeling(word=word, pleasantness=p, energy=e, intensity=intensity)


def _parse_clock(text: str) -> tuple[int, int] | None:
    cleaned = re.sub(r"\s*([ap])\.?\s*m\.?\s*$", r" \1M", text.strip(), flags=re.IGNORECASE)
    for fmt in ("%H:%M", "%I:%M %p", "%H:%M:%S", "%I:%M:%S %p"):
        try:
            moment = datetime.strptime(cleaned.upper(), fmt)
        except ValueError:
            continue
        return moment.hour, moment.minute
    return None


def parse_daylio(text: str, name: str) -> Parsed:
    return parse_daylio_lines(io.StringIO(text, newline=""), name)


def parse_daylio_lines(
    lines: Iterable[str], name: str, cancelled: Callable[[], bool] | None = None
) -> Parsed:
    """Daylio's CSV, row by row (``lines`` keep their line ends, as ``newline=""`` reads).

    The csv module reads in strict mode, so a file that ends inside a quoted field
    (cut off while copying) is refused instead of importing the cut row.
    """
    parsed = Parsed()
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFormatError(f"{name}: the file is empty") from None
    except csv.Error as error:
        raise ImportFormatError(f"{name}, line 1: not a CSV file ({error})") from None
    columns = [column.strip().lower() for column in header]
    missing = [column for column in REQUIRED if column not in columns]
    if missing:
        raise ImportFormatError(
            f"{name}, line 1: this is not a Daylio export; expected the columns "
            f"{','.join(HEADERS[0])} (or without note_title), missing: {', '.join(missing)}"
        )
    known = set(HEADERS[0])
    extra = [column for column in columns if column not in known]
    if extra:
        parsed.notes.append(f"{name}: columns not imported: {', '.join(extra)}")
    index = {column: i for i, column in enumerate(columns)}
    at = _Moments()
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if str(error) == "unexpected end of data":
                raise ImportFormatError(
                    f"{name}, line {start}: the file ends inside a quoted field; is it cut "
                    "off? Nothing was imported."
                ) from None
            raise ImportFormatError(
                f"{name}, line {start}: the CSV cannot be read ({error})"
            ) from None
        line = reader.line_num
        if not "".join(row).strip():
            continue
        where = f"line {start}"
        if len(row) < len(columns):
            raise ImportFormatError(
                f"{name}, {where}: expected {len(columns)} columns, found {len(row)}"
            )
        if cancelled is not None and len(parsed.entries) % 5000 == 0 and cancelled():
            return parsed

        def cell(column: str, row: list[str] = row) -> str:
            return row[index[column]] if column in index else ""

        day_text, clock_text = cell("full_date").strip(), cell("time").strip()
        moment = at(day_text, clock_text)
        if moment is None:
            raise ImportFormatError(
                f"{name}, {where}: field 'full_date'/'time' is not a date and time like "
                f"2026-11-23 and 20:30 or 8:30 PM (found {day_text!r} {clock_text!r})"
            )
        mood = clean_word(cell("mood"))
        if not mood:
            raise ImportFormatError(f"{name}, {where}: field 'mood' is empty")
        title, note_text = cell("note_title").strip(), cell("note")
        text = f"{title}\n\n{note_text}" if title and note_text.strip() else title or note_text
        activities = [a for a in cell("activities").split(" | ") if a.strip()]
        tags = clean_tags([f"daylio:{mood}", *activities], where, parsed)
        note = Note(
            at=moment,
            text=text,
            feelings=[mood_feeling(mood)],
            tags=tags,
            uid=content_uid("daylio", moment, f"{mood}\x1f{cell('activities')}\x1f{text}"),
        )
        parsed.entries.append(ParsedEntry(note, where))
        check_count(parsed, name)
    if not parsed.entries and not parsed.skipped:
        parsed.notes.append(f"{name}: the export has a header but no entries")
    return parsed


class _Moments:
    """Date and clock texts -> an aware time, remembering the last few (a Daylio export
    repeats days and clock times, and the local offset for a date is slow to find)."""

    def __init__(self) -> None:
        self.days: dict[str, datetime | None] = {}
        self.clocks: dict[str, tuple[int, int] | None] = {}

    def __call__(self, day_text: str, clock_text: str) -> datetime | None:
        if day_text not in self.days:
            if len(self.days) > 4096:
                self.days.clear()
            try:
                self.days[day_text] = datetime.strptime(day_text, "%Y-%m-%d")
            except ValueError:
                self.days[day_text] = None
        if clock_text not in self.clocks:
            if len(self.clocks) > 4096:
                self.clocks.clear()
            self.clocks[clock_text] = _parse_clock(clock_text)
        day, clock = self.days[day_text], self.clocks[clock_text]
        if day is None or clock is None:
            return None
        return with_local_offset(day.replace(hour=clock[0], minute=clock[1]))


def read_daylio(data: bytes, name: str) -> Parsed:
    return parse_daylio(decode_text(data, name), name)


def read_daylio_file(
    path: Path, progress: ByteProgress | None = None, cancelled: Callable[[], bool] | None = None
) -> Parsed:
    """A Daylio CSV file, read row by row (``parsed.text_lines``)."""
    lines = text_lines(path, path.name, progress, lone_cr=True)
    return parse_daylio_lines(lines, path.name, cancelled)

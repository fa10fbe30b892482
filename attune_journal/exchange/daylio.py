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
from datetime import datetime

from attune_journal.core.models import Feeling, Note, clean_word
from attune_journal.exchange.parsed import (
    ImportFormatError,
    Parsed,
    ParsedEntry,
    clean_tags,
    content_uid,
    decode_text,
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
    parsed = Parsed()
    reader = csv.reader(io.StringIO(text, newline=""))
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
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ImportFormatError(
                f"{name}, line {start}: the CSV cannot be read ({error})"
            ) from None
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {start}"
        if len(row) < len(columns):
            raise ImportFormatError(
                f"{name}, {where}: expected {len(columns)} columns, found {len(row)}"
            )

        def cell(column: str, row: list[str] = row) -> str:
            return row[index[column]] if column in index else ""

        day_text, clock_text = cell("full_date").strip(), cell("time").strip()
        clock = _parse_clock(clock_text)
        try:
            day = datetime.strptime(day_text, "%Y-%m-%d")
        except ValueError:
            day = None
        if day is None or clock is None:
            raise ImportFormatError(
                f"{name}, {where}: field 'full_date'/'time' is not a date and time like "
                f"2026-11-23 and 20:30 or 8:30 PM (found {day_text!r} {clock_text!r})"
            )
        moment = with_local_offset(day.replace(hour=clock[0], minute=clock[1]))
        mood = clean_word(cell("mood"))
        if not mood:
            raise ImportFormatError(f"{name}, {where}: field 'mood' is empty")
        title, note_text = cell("note_title").strip(), cell("note")
        text = f"{title}\n\n{note_text}" if title and note_text.strip() else title or note_text
        activities = [a for a in cell("activities").split(" | ") if a.strip()]
        tags = clean_tags([f"daylio:{mood}", *activities], where, parsed)
        feeling = mood_feeling(mood)
        note = Note(
            at=moment,
            text=text,
            feelings=[feeling],
            tags=tags,
            uid=content_uid("daylio", moment, f"{mood}\x1f{cell('activities')}\x1f{text}"),
        )
        parsed.entries.append(ParsedEntry(note, where))
    if not parsed.entries and not parsed.skipped:
        parsed.notes.append(f"{name}: the export has a header but no entries")
    return parsed


def read_daylio(data: bytes, name: str) -> Parsed:
    return parse_daylio(decode_text(data, name), name)

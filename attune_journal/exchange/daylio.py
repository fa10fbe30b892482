"""Import from Daylio's CSV export.

Header variants in use (extra columns after these are ignored, with a note):
``full_date,date,weekday,time,mood,activities,note_title,note`` (today's),
``full_date,date,weekday,time,mood,activities,note``, and, in exports from
2017-18, ``year,date,weekday,time,mood,activities,note`` with the day written
``June 22`` or in the phone's language (``7 września``). A file without a
header line is read by its first row (an ISO date or a year first), and the
report says which columns were taken. A row with more cells than the header (a
comma outside quotes) cannot be read whole, so the import is refused naming its
line; fewer cells likewise. Times come as 24-hour (``20:30``) or 12-hour
(``8:30 PM``) clocks with no zone, so each gets this machine's UTC offset for
that date (said in the report; a time the clocks skip keeps its clock time).
Activities, separated by `` | ``, become tags as named (``@home`` stays
``@home``); the note title and note become the text.

Daylio's mood is one pleasantness scale with no energy axis, so the mapping to
a feeling with coordinates is a guess, made openly (docs/export-format.md):
``MOOD_FEELINGS`` below. A mood the person renamed or added in Daylio that is a
vocabulary word (``Anxious``, ``sad``; case does not matter) is that word with
its place on the grid; any other is kept as their own word, without
coordinates. Every entry also gets the tag ``daylio:<mood>`` so the original
mood is never lost. Mood says nothing about activation, so none is invented.

An entry's identity is the source's own: its date and clock time as written and
its ordinal among the rows at that minute (``parsed.source_uid``), so renaming an
activity in Daylio, which rewrites every past row, updates the entries instead of
adding them again. A cut character (half of an emoji, in text handed over already
read) is replaced with U+FFFD, and the report says in one line how many rows held one.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from attune_journal.core.i18n import translate
from attune_journal.core.models import Feeling, Note, clean_word, normalise_tags
from attune_journal.exchange.parsed import (
    MAX_TAG_CHARS,
    ByteProgress,
    ImportFormatError,
    MinuteKeys,
    Parsed,
    ParsedEntry,
    check_count,
    content_uid,
    has_cut_character,
    mend,
    mended_line,
    source_uid,
    text_lines,
    vocabulary_feeling,
    wall_clock_moment,
    with_local_offset,
    zone_guess,
)

HEADERS = (
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note"),
    ("year", "date", "weekday", "time", "mood", "activities", "note"),
)
REQUIRED = ("full_date", "time", "mood", "activities", "note")
FAMILY = "daylio"

# Month names as Daylio wrote the day (``June 22``, ``7 września``) in the languages it
# is most used in; genitive forms too, as a date is written in Polish, Czech, Russian.
_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik "
    "listopad grudzień",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
)
MONTHS: dict[str, int] = {}
for _names in _MONTH_NAMES:
    for _number, _name in enumerate(_names.split(), 1):
        MONTHS.setdefault(_name.casefold(), _number)


def month_number(word: str) -> int | None:
    """A month's name or its abbreviation (three letters at least) -> 1 to 12; None
    when unknown or when an abbreviation could be two months."""
    word = word.casefold().rstrip(".")
    if word in MONTHS:
        return MONTHS[word]
    if len(word) < 3:
        return None
    found = {number for name, number in MONTHS.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def day_of_year(year_text: str, date_text: str) -> datetime | None:
    """``2017`` and ``June 22`` (or ``22 June``, ``7 września``) -> that day."""
    if not re.fullmatch(r"\d{4}", year_text.strip()):
        return None
    days = re.findall(r"\d+", date_text)
    words = re.findall(r"[^\W\d_]+", date_text)
    months = [number for number in map(month_number, words) if number is not None]
    if len(days) != 1 or len(months) != 1:
        return None
    try:
        return datetime(int(year_text), months[0], int(days[0]))
    except ValueError:
        return None


# Daylio's five default moods -> (feeling word, pleasantness, energy, intensity).
MOOD_FEELINGS: dict[str, tuple[str, float | None, float | None, int]] = {
    "rad": ("joyful", 0.8, 0.4, 3),
    "good": ("content", 0.5, -0.4, 2),
    "meh": ("meh", 0.0, -0.2, 1),
    "bad": ("disappointed", -0.6, -0.2, 2),
    "awful": ("sad", -0.7, -0.4, 3),
}


_MOOD_PLACES: dict[str, tuple[str, float | None, float | None, int]] = {}


def mood_feeling(mood: str) -> Feeling:
    """The feeling recorded for a Daylio mood (see ``MOOD_FEELINGS``); a mood of the
    person's own that is a vocabulary word, in any case, takes that word's place."""
    key = mood.casefold()
    found = MOOD_FEELINGS.get(key) or _MOOD_PLACES.get(key)
    if found is None:
        known = vocabulary_feeling(mood)
        found = (known.word, known.pleasantness, known.energy, known.intensity)
        if len(_MOOD_PLACES) < 4096:
            _MOOD_PLACES[key] = found
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


def _layout(first: list[str], name: str, parsed: Parsed) -> tuple[list[str], bool]:
    """The columns, and whether the first row is data (a file without a header line)."""
    columns = [column.strip().lower() for column in first]
    dated = "full_date" in columns or {"year", "date"} <= set(columns)
    needed = [column for column in REQUIRED if column != "full_date"]
    if dated and all(column in columns for column in needed):
        return columns, False
    cells = [cell.strip() for cell in first]
    if cells and len(cells) in (7, 8):
        header: tuple[str, ...] | None = None
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", cells[0]):
            header = HEADERS[0] if len(cells) == 8 else HEADERS[1]
        elif re.fullmatch(r"\d{4}", cells[0]) and len(cells) == 7:
            header = HEADERS[2]
        if header is not None:
            parsed.notes.append(
                translate(
                    "Import",
                    "{name}: the file has no header line; its columns were taken to be {columns} "
                    "(from line 1, which is read as an entry)",
                ).format(name=name, columns=",".join(header))
            )
            return list(header), True
    missing = [column for column in REQUIRED if column not in columns]
    if "full_date" in missing and {"year", "date"} <= set(columns):
        missing.remove("full_date")
    raise ImportFormatError(
        translate(
            "Import",
            "{name}, line 1: this is not a Daylio export; expected the columns {columns} (or "
            "without note_title), missing: {missing}",
        ).format(name=name, columns=",".join(HEADERS[0]), missing=", ".join(missing))
    )


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
        first = next(reader)
    except StopIteration:
        raise ImportFormatError(
            translate("Import", "{name}: the file is empty").format(name=name)
        ) from None
    except csv.Error as error:
        raise ImportFormatError(
            translate("Import", "{name}, line 1: not a CSV file ({error})").format(
                name=name, error=error
            )
        ) from None
    columns, first_is_data = _layout(first, name, parsed)
    known = {column for header in HEADERS for column in header}
    extra = [column for column in columns if column not in known]
    if extra:
        parsed.notes.append(
            translate("Import", "{name}: columns not imported: {columns}").format(
                name=name, columns=", ".join(extra)
            )
        )
    index = {column: i for i, column in enumerate(columns)}
    at = _Moments(parsed)
    keys = MinuteKeys()
    tags_for = _Activities(parsed)
    line = 0 if first_is_data else reader.line_num
    pending = [first] if first_is_data else []
    while True:
        start = line + 1
        try:
            row = pending.pop() if pending else next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if str(error) == "unexpected end of data":
                raise ImportFormatError(
                    translate(
                        "Import",
                        "{name}, line {start}: the file ends inside a quoted field; is it cut "
                        "off? Nothing was imported.",
                    ).format(name=name, start=start)
                ) from None
            raise ImportFormatError(
                translate(
                    "Import", "{name}, line {start}: the CSV cannot be read ({error})"
                ).format(name=name, start=start, error=error)
            ) from None
        line = reader.line_num
        if not "".join(row).strip():
            continue
        where = f"line {start}"
        expected, cells = len(columns), len(row)  # plain names: lupdate reads the count
        if cells < expected:
            raise ImportFormatError(
                translate(
                    "Import", "{name}, {where}: expected %n columns, found {found}", None, expected
                ).format(name=name, where=where, found=cells)
            )
        if cells > expected and "".join(row[expected:]).strip():
            raise ImportFormatError(
                translate(
                    "Import",
                    "{name}, {where}: %n cells where the header has {columns}; a comma outside "
                    "quotes (in a note or an activity) splits the row, so it cannot be read "
                    "whole. Put that cell in quotes or remove the comma; nothing was imported.",
                    None,
                    cells,
                ).format(name=name, where=where, columns=expected)
            )
        if cancelled is not None and len(parsed.entries) % 5000 == 0 and cancelled():
            return parsed
        if has_cut_character(*row):  # half of an emoji: replaced, and said once at the end
            row = [mend(value) for value in row]
            parsed.mended += 1

        def cell(column: str, row: list[str] = row) -> str:
            return row[index[column]] if column in index else ""

        clock_text = cell("time").strip()
        if "full_date" in index:
            day_text = cell("full_date").strip()
            naive = at.naive(day_text, clock_text)
            shape = "2026-11-23 and 20:30 or 8:30 PM"
        else:
            day_text = f"{cell('year').strip()} {cell('date').strip()}"
            naive = at.naive(day_text, clock_text, cell("year").strip(), cell("date"))
            shape = "2017, June 22 and 20:30 or 8:30 PM"
        if naive is None:
            found = "full_date" if "full_date" in index else "year'/'date"
            raise ImportFormatError(
                translate(
                    "Import",
                    "{name}, {where}: field '{found}'/'time' is not a date and time like {shape} "
                    "(found {day_text!r} {clock_text!r})",
                ).format(
                    name=name,
                    where=where,
                    found=found,
                    shape=shape,
                    day_text=day_text,
                    clock_text=clock_text,
                )
            )
        mood = clean_word(cell("mood"))
        if not mood:
            raise ImportFormatError(
                translate("Import", "{name}, {where}: field 'mood' is empty").format(
                    name=name, where=where
                )
            )
        title, note_text = cell("note_title").strip(), cell("note")
        text = f"{title}\n\n{note_text}" if title and note_text.strip() else title or note_text
        moment = at.aware(naive, where)
        key = keys(naive)
        note = Note(
            at=moment,
            text=text,
            feelings=[mood_feeling(mood)],
            tags=tags_for(mood, cell("activities"), where),
            uid=source_uid(FAMILY, key),
        )
        legacy = content_uid(
            "daylio", with_local_offset(naive), f"{mood}\x1f{cell('activities')}\x1f{text}"
        )
        parsed.entries.append(ParsedEntry(note, where, FAMILY, key, legacy))
        check_count(parsed, name)
    if parsed.mended:
        parsed.notes.append(mended_line(name, parsed.mended))
    if not parsed.entries and not parsed.skipped:
        parsed.notes.append(
            translate("Import", "{name}: the export has a header but no entries").format(name=name)
        )
    if parsed.entries:
        parsed.zone_guess = zone_guess(name, "Daylio's")
    return parsed


class _Activities:
    """A row's mood and activities -> its tags, remembered (exports repeat a few).

    An activity keeps its name as Daylio shows it (``@home`` stays ``@home``); only a
    leading '#', which no tag here starts with, is dropped, and the report says so once
    for each such activity. Too long an activity is left out with a note.
    """

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.seen: dict[tuple[str, str], tuple[str, ...]] = {}
        self.hashed: set[str] = set()

    def __call__(self, mood: str, activities: str, where: str) -> list[str]:
        found = self.seen.get((mood, activities))
        if found is not None:
            return list(found)
        tags = [f"daylio:{mood}"]
        noted = False
        for raw in activities.split(" | "):
            activity = clean_word(raw)
            if not activity:
                continue
            if activity.startswith("#"):
                if activity not in self.hashed:
                    self.hashed.add(activity)
                    self.parsed.notes.append(
                        translate(
                            "Import",
                            "{where}: the activity '{activity}' is the tag '{tag}' here (a tag "
                            "does not start with '#')",
                        ).format(where=where, activity=activity, tag=activity.lstrip("#").strip())
                    )
                activity = activity.lstrip("#").strip()
                if not activity:
                    continue
            if len(activity) > MAX_TAG_CHARS:
                self.parsed.notes.append(
                    translate(
                        "Import",
                        "{where}: the activity '{activity}…' is longer than %n characters, the "
                        "most a tag holds, and was left out.",
                        None,
                        MAX_TAG_CHARS,
                    ).format(where=where, activity=activity[:20])
                )
                noted = True
                continue
            tags.append(activity)
        cleaned = normalise_tags(tags)
        if not noted:
            if len(self.seen) > 4096:
                self.seen.clear()
            self.seen[(mood, activities)] = tuple(cleaned)
        return cleaned


class _Moments:
    """Date and clock texts -> a time, remembering the last few (a Daylio export
    repeats days and clock times, and the local offset for a date is slow to find)."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.days: dict[str, datetime | None] = {}
        self.clocks: dict[str, tuple[int, int] | None] = {}
        self.offsets: dict[datetime, datetime] = {}

    def naive(
        self, day_text: str, clock_text: str, year: str | None = None, date_text: str = ""
    ) -> datetime | None:
        if day_text not in self.days:
            if len(self.days) > 4096:
                self.days.clear()
            if year is not None:
                self.days[day_text] = day_of_year(year, date_text)
            else:
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
        return day.replace(hour=clock[0], minute=clock[1])

    def aware(self, naive: datetime, where: str) -> datetime:
        """The clock time as written, with this computer's offset on that date."""
        found = self.offsets.get(naive)
        if found is not None:
            return found
        before = len(self.parsed.notes)
        moment = wall_clock_moment(naive, where, self.parsed)
        if len(self.parsed.notes) == before:  # a time the clocks skip is said each time
            if len(self.offsets) > 4096:
                self.offsets.clear()
            self.offsets[naive] = moment
        return moment


def read_daylio_file(
    path: Path, progress: ByteProgress | None = None, cancelled: Callable[[], bool] | None = None
) -> Parsed:
    """A Daylio CSV file, read row by row (``parsed.text_lines``)."""
    lines = text_lines(path, path.name, progress, lone_cr=True)
    return parse_daylio_lines(lines, path.name, cancelled)

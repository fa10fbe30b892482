"""Import from jrnl (jrnl.sh): its plain-text journal file and its JSON export.

Plain text: every entry starts at the beginning of a line with its time, in
brackets (``[2026-11-23 08:30] Title``, jrnl 2 and later) or bare
(``2026-11-23 08:30 Title``, jrnl 1). The time format is jrnl's default
``%Y-%m-%d %H:%M`` unless the person gives theirs (jrnl's ``timeformat``).
Which form a file uses is decided by its first dated line, so in a bracketed
file a body line that merely starts with a date, and in any file a line that
starts with ``[`` but holds no valid time, stays part of the entry above.
Tags are words starting with ``@`` or ``#`` (jrnl's default tag
symbols); they stay in the text too, as in jrnl.

A first line that ends in ``*`` marks a starred entry, and stars and spaces at
both of its ends are removed, as jrnl reads it (``[…] * Title *`` is "Title").
Tags follow jrnl's pattern, so ``@C++`` and ``@C#`` are two tags. A line that starts
like an entry's time in brackets but does not read with the time format (jrnl
itself may take ``[2019-07 14:23]`` as a new entry) stays in the entry above,
and the report says so with its line. An encrypted journal is refused by name.

jrnl stores clock times without a zone, so each gets this machine's UTC offset
for that date (said in the report; a time the clocks skip keeps its clock time).
An entry's identity is the source's own: the clock time as written and its
ordinal among the entries at that minute (``parsed.source_uid``), the same for
the text journal and ``jrnl --format json``, so importing either again, on any
computer in any zone, matches the entries instead of adding them.

Text cut in the middle of an emoji (a lone surrogate, which the JSON export can spell
as ``"\\ud83d"`` but the journal cannot store) has the cut character replaced with
U+FFFD, and the report says in one line how many entries held one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from attune_journal.core.i18n import translate
from attune_journal.core.models import MAX_TEXT_CHARS, Note
from attune_journal.exchange.parsed import (
    ByteProgress,
    ImportFormatError,
    MinuteKeys,
    Parsed,
    ParsedEntry,
    Skip,
    check_count,
    clean_tags,
    content_uid,
    has_cut_character,
    mend,
    mended_line,
    source_uid,
    text_lines,
    wall_clock_moment,
    with_local_offset,
    zone_guess,
)

DEFAULT_TIME_FORMAT = "%Y-%m-%d %H:%M"
_BRACKET_RE = re.compile(r"\[([^\]\n]+)\] ?")
# jrnl's own tag pattern: a tag symbol at the start of a word, then word characters.
# The symbol is matched first and what comes before it checked after (the same rule as
# a look-behind before it), so the search can skip ahead to each '@' and '#'.
# Inside and at the end of a tag '+' and '#' count, as jrnl reads "@C++" and "@C#".
_TAG_RE = re.compile(r"[@#](?<![\w@#][@#])(\w(?:[\w\-+/.#]*[\w+#])?)", re.UNICODE)
# What jrnl may take for an entry's time although the time format does not read it:
# a bracket at a line's start holding a year and month or a clock time.
_LOOKS_LIKE_TIME = re.compile(r"\[[^\]\n]*(?:\d{4}-\d{1,2}|\d{1,2}:\d{2})[^\]\n]*\] ")
# jrnl 2 and later encrypt a journal as one Fernet token (URL-safe base64, "gAAAAA…").
_FERNET = re.compile(r"gAAAAA[A-Za-z0-9_\-=]{20,}\s*")
ENCRYPTED = (
    "this jrnl journal is encrypted: run jrnl --decrypt, or export it with "
    "jrnl --format json, and import that"
)
FAMILY = "jrnl"


def find_tags(text: str) -> list[str]:
    # A Markdown heading ("# Title") has a space after '#', so it is no tag.
    if "@" not in text and "#" not in text:
        return []
    return [match.group(1) for match in _TAG_RE.finditer(text)]


def _parse_time(text: str, time_format: str) -> datetime | None:
    try:
        return datetime.strptime(text, time_format)
    except ValueError:
        return None


def _bracket_start(line: str, time_format: str) -> tuple[datetime, str] | None:
    match = _BRACKET_RE.match(line)
    if match is None:
        return None
    moment = _parse_time(match.group(1).strip(), time_format)
    return (moment, line[match.end() :]) if moment is not None else None


def _bare_start(line: str, time_format: str) -> tuple[datetime, str] | None:
    # The time is the shortest prefix, ending before a space or the line's end,
    # that parses with the format (a format may itself contain spaces).
    if not line or line[0].isspace():
        return None
    cuts = [i for i, char in enumerate(line) if char == " "] + [len(line)]
    for cut in cuts[:6]:
        moment = _parse_time(line[:cut], time_format)
        if moment is not None:
            return moment, line[cut + 1 :]
    return None


def parse_jrnl_text(text: str, name: str, time_format: str = DEFAULT_TIME_FORMAT) -> Parsed:
    """A jrnl plain-text journal -> notes (see the module docstring for the rules)."""
    return parse_jrnl_lines(text.split("\n"), name, time_format)


def parse_jrnl_lines(
    lines: Iterable[str],
    name: str,
    time_format: str = DEFAULT_TIME_FORMAT,
    cancelled: Callable[[], bool] | None = None,
) -> Parsed:
    """jrnl's text, one line at a time (line ends are dropped), in one pass.

    Only the entry being read is held, so a large journal costs its notes, not copies
    of the file. Until the first dated line decides bracketed or bare times, a line is
    checked for both; a non-blank line before it is skipped (by number only).
    """
    parsed = Parsed()
    keys = MinuteKeys()
    starter: Callable[[str, str], tuple[datetime, str] | None] | None = None
    current: tuple[int, datetime, list[str]] | None = None
    size = 0
    before: list[int] = []
    number = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if starter is None:
            if _bracket_start(line, time_format):
                starter = _bracket_start
            elif _bare_start(line, time_format):
                starter = _bare_start
            else:
                if line.strip():
                    if not before and _FERNET.fullmatch(line):
                        raise ImportFormatError(f"{name}: {ENCRYPTED}")
                    before.append(number)
                continue
        start = starter(line, time_format)
        if start is not None:
            if current is not None:
                _finish(current, name, parsed, keys)
                check_count(parsed, name)
                if cancelled is not None and len(parsed.entries) % 1000 == 0 and cancelled():
                    return parsed
            current = (number, start[0], [start[1]])
            size = len(start[1])
        elif current is not None:
            if line.startswith("[") and _LOOKS_LIKE_TIME.match(line):
                _note_folded(parsed, number, line, current[0], time_format)
            current[2].append(line)
            size += len(line) + 1
            if size > MAX_TEXT_CHARS:
                raise ImportFormatError(
                    translate(
                        "Import",
                        "{name}, line {line}: the entry that starts here is longer than %Ln "
                        "characters, the most one entry can hold; please split it into several "
                        "entries.",
                        None,
                        MAX_TEXT_CHARS,
                    ).format(name=name, line=current[0])
                )
    if starter is None:
        if not before:
            raise ImportFormatError(
                translate("Import", "{name}: the file is empty").format(name=name)
            )
        example = datetime(2026, 11, 23, 8, 30).strftime(time_format)
        raise ImportFormatError(
            translate(
                "Import",
                "{name}, line {line}: no jrnl entry found; entries start with a time like "
                "[{example}] (time format {time_format!r}; another one can be given)",
            ).format(name=name, line=before[0], example=example, time_format=time_format)
        )
    parsed.skipped[:0] = [
        Skip(f"line {n}", "text before the first dated entry (not an entry)") for n in before
    ]
    if current is not None:
        _finish(current, name, parsed, keys)
        check_count(parsed, name)
    if parsed.mended:
        parsed.notes.append(mended_line(name, parsed.mended))
    if parsed.entries:
        parsed.zone_guess = zone_guess(name, "jrnl's")
    return parsed


def _note_folded(parsed: Parsed, number: int, line: str, entry_line: int, fmt: str) -> None:
    blob = line[: line.index("]") + 1]
    parsed.notes.append(
        translate(
            "Import",
            "line {number}: {blob} looks like an entry's time but does not read with the time "
            "format {fmt!r}, so it was kept as a line of the entry at line {entry_line} (jrnl "
            "itself may read it as a new entry; correct the time there to make it one)",
        ).format(number=number, blob=blob, fmt=fmt, entry_line=entry_line)
    )


def _finish(
    current: tuple[int, datetime, list[str]], name: str, parsed: Parsed, keys: MinuteKeys
) -> None:
    number, naive, body_lines = current
    # Before identities were the source's own, the uid hashed the text as read then
    # (only a trailing " *" was a star); it is kept to find entries imported that way.
    first = body_lines[0].rstrip()
    old_starred = first.endswith("*") and (first == "*" or first.endswith(" *"))
    old_first = first[:-1].rstrip() if old_starred else body_lines[0]
    old_text = "\n".join([old_first, *body_lines[1:]]).rstrip()
    # jrnl: a first line that ends in '*' is starred; stars and spaces at both its ends go.
    starred = first.strip().endswith("*")
    title = body_lines[0].strip("\n *") if starred else body_lines[0]
    # jrnl separates entries by a blank line and keeps no trailing whitespace.
    text = "\n".join([title, *body_lines[1:]]).rstrip()
    add_note(
        parsed,
        f"line {number}",
        naive,
        text,
        find_tags(text),
        starred,
        key=keys(naive),
        legacy_uid=content_uid("jrnl", with_local_offset(naive), old_text),
    )


def add_note(
    parsed: Parsed,
    where: str,
    naive: datetime,
    text: str,
    tags: list[str],
    starred: bool,
    key: str,
    legacy_uid: str,
) -> None:
    """Append a note built from a jrnl entry (or a skip if it is empty)."""
    if not text.strip():
        parsed.skipped.append(Skip(where, "the entry is empty"))
        return
    if has_cut_character(text, *tags):
        text = mend(text)
        tags = [mend(tag) for tag in tags]
        parsed.mended += 1
    note = Note(
        at=wall_clock_moment(naive, where, parsed),
        text=text,
        tags=clean_tags(tags, where, parsed),
        starred=starred,
        uid=source_uid(FAMILY, key),
    )
    parsed.entries.append(ParsedEntry(note, where, FAMILY, key, legacy_uid))


def parse_jrnl_json(text: str, name: str) -> Parsed:
    """jrnl's JSON export (``jrnl --format json``) -> notes, the same as its text gives.

    Tags are found in the text as for the text journal (jrnl's ``tags`` list holds
    them lowercased); any of the list's that the text does not show are added.
    """
    data = load_json(text, name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportFormatError(
            translate(
                "Import", "{name}: this is not a jrnl JSON export (no 'entries' list)"
            ).format(name=name)
        )
    parsed = Parsed()
    keys = MinuteKeys()
    for index, item in enumerate(data["entries"], 1):
        where = f"entry {index}"
        if not isinstance(item, dict):
            raise ImportFormatError(
                translate(
                    "Import", "{name}, {where}: expected an object with date and time"
                ).format(name=name, where=where)
            )
        day, clock = item.get("date"), item.get("time")
        if not isinstance(day, str) or not isinstance(clock, str):
            raise ImportFormatError(
                translate("Import", "{name}, {where}: field 'date' or 'time' is missing").format(
                    name=name, where=where
                )
            )
        try:
            naive = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
        except ValueError:
            raise ImportFormatError(
                translate(
                    "Import",
                    "{name}, {where}: field 'date'/'time' is not a time like 2026-11-23 08:30 "
                    "(found {day!r} {clock!r})",
                ).format(name=name, where=where, day=day, clock=clock)
            ) from None
        title, body = item.get("title", ""), item.get("body", "")
        if not isinstance(title, str) or not isinstance(body, str):
            raise ImportFormatError(
                translate(
                    "Import", "{name}, {where}: fields 'title' and 'body' must be text"
                ).format(name=name, where=where)
            )
        body = body.rstrip()
        text = title.rstrip() + ("\n" + body if body.strip() else "")
        listed = item.get("tags") or []
        if not isinstance(listed, list) or not all(isinstance(t, str) for t in listed):
            raise ImportFormatError(
                translate("Import", "{name}, {where}: field 'tags' must be a list of text").format(
                    name=name, where=where
                )
            )
        tags = find_tags(text)
        shown = {tag.casefold() for tag in tags}
        tags += [t for t in listed if t.strip().lstrip("@#").casefold() not in shown]
        add_note(
            parsed,
            where,
            naive,
            text,
            tags,
            bool(item.get("starred", False)),
            key=keys(naive),
            legacy_uid=content_uid("jrnl", with_local_offset(naive), text),
        )
        check_count(parsed, name)
    if parsed.mended:
        parsed.notes.append(mended_line(name, parsed.mended))
    if parsed.entries:
        parsed.zone_guess = zone_guess(name, "jrnl's")
    return parsed


def load_json(text: str, name: str) -> object:
    """``json.loads`` with an error that names the line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        stripped = text.rstrip()
        cut_off = error.pos >= len(stripped) or (
            error.msg.startswith("Unterminated string") and not stripped.endswith(("}", "]"))
        )
        problem = "the file ends too early; is it cut off?" if cut_off else error.msg
        raise ImportFormatError(
            translate(
                "Import", "{name}, line {lineno}, column {colno}: not valid JSON ({problem})"
            ).format(name=name, lineno=error.lineno, colno=error.colno, problem=problem)
        ) from None


def read_jrnl_file(
    path: Path,
    time_format: str | None = None,
    progress: ByteProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Parsed:
    """A jrnl journal file, read line by line (``parsed.text_lines``)."""
    lines = text_lines(path, path.name, progress)
    return parse_jrnl_lines(lines, path.name, time_format or DEFAULT_TIME_FORMAT, cancelled)

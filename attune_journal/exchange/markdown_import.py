"""Import of our own Markdown export (a folder of entry files, one entry file, or the
combined single file) back into entries, field for field.

The reverse of ``markdown_export``: the front matter gives every structured field
(read with our own ``frontmatter`` reader), the Markdown after it is the main text
with exactly the blank line before and the newline after removed that the export
added. Fields written only for people to read (``prompt``) are ignored.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from attune_journal.core.models import (
    ENTRY_TYPES,
    BodySensation,
    CheckIn,
    Entry,
    Feeling,
    NeedState,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
)
from attune_journal.core.timeutil import from_text
from attune_journal.exchange import frontmatter
from attune_journal.exchange import parsed as parsed_module
from attune_journal.exchange.markdown_export import SINGLE_FILE_TITLE
from attune_journal.exchange.parsed import (
    ByteProgress,
    ImportFormatError,
    Parsed,
    ParsedEntry,
    check_count,
    read_text,
)

_CLOSING_RE = re.compile(r"^---\r?$", re.MULTILINE)
_FENCE_RE = re.compile(r"^(`{3,})yaml\r?$")
_READ_ONLY_FIELDS = {"prompt", "text_chars"}
_KNOWN_FIELDS: dict[str, set[str]] = {
    "common": {"uid", "kind", "at", "updated_at", "starred", "tags"},
    "checkin": {
        "prompt_id",
        "activation",
        "strategy",
        "feelings",
        "needs",
        "body",
        "regulation_note",
    },
    "note": {"activation", "strategy", "feelings", "needs"},
    "weekly_review": {"week", "was_hard", "intention"},
    "relationship": {"week", "answers", "more_of", "attune"},
    "repair": {"feelings", "needs", "my_part", "repair", "how_it_went", "resolved"},
}


# ---- typed field access with clear messages ---------------------------------------------


class _Fields:
    def __init__(self, data: dict[str, Any], where: str) -> None:
        self.data = data
        self.where = where

    def fail(self, name: str, expected: str) -> ImportFormatError:
        return ImportFormatError(
            f"{self.where}: field '{name}' should be {expected}, found {self.data.get(name)!r:.60}"
        )

    def text(self, name: str, default: str = "") -> str:
        value = self.data.get(name, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(name, "text")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is not None and not isinstance(value, str):
            raise self.fail(name, "text or null")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.data.get(name, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(name, "true or false")
        return value

    def whole(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise self.fail(name, "a whole number or null")
        return value

    def moment(self, name: str, required: bool = True) -> Any:
        value = self.data.get(name)
        if value is None:
            if required:
                raise ImportFormatError(f"{self.where}: field '{name}' is missing")
            return None
        try:
            return from_text(str(value))
        except ValueError:
            raise self.fail(name, "a time like 2026-11-23T08:30:00+01:00") from None

    def items(self, name: str) -> list[Any]:
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, "a list")
        return value

    def mapping(self, name: str) -> dict[str, Any]:
        value = self.data.get(name)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(name, "a list of 'key: value' lines")
        return value

    def sub(self, name: str, index: int, value: Any) -> _Fields:
        if not isinstance(value, dict):
            raise ImportFormatError(
                f"{self.where}: item {index + 1} of '{name}' should be 'key: value' lines"
            )
        return _Fields(value, f"{self.where}: {name} item {index + 1}")


def _number(fields: _Fields, name: str) -> float | None:
    value = fields.data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fields.fail(name, "a number from -1 to 1 or null")
    return float(value)


def _feelings(fields: _Fields) -> list[Feeling]:
    result = []
    for i, item in enumerate(fields.items("feelings")):
        sub = fields.sub("feelings", i, item)
        result.append(
            Feeling(
                word=sub.text("word"),
                pleasantness=_number(sub, "pleasantness"),
                energy=_number(sub, "energy"),
                intensity=sub.whole("intensity") or 2,
            )
        )
    return result


def _needs(fields: _Fields) -> list[NeedState]:
    result = []
    for i, item in enumerate(fields.items("needs")):
        sub = fields.sub("needs", i, item)
        result.append(NeedState(need=sub.text("need"), met=sub.flag("met")))
    return result


def _body(fields: _Fields) -> list[BodySensation]:
    result = []
    for i, item in enumerate(fields.items("body")):
        sub = fields.sub("body", i, item)
        result.append(
            BodySensation(
                region=sub.text("region"),
                sensation=sub.text("sensation"),
                intensity=sub.whole("intensity") or 2,
            )
        )
    return result


def _strategy(fields: _Fields) -> StrategyTry | None:
    value = fields.data.get("strategy")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise fields.fail("strategy", "name/before/after lines or null")
    sub = _Fields(value, f"{fields.where}: strategy")
    return StrategyTry(name=sub.text("name"), before=sub.whole("before"), after=sub.whole("after"))


def _str_map(fields: _Fields, name: str) -> dict[str, str]:
    result = {}
    for key, value in fields.mapping(name).items():
        if not isinstance(value, str):
            raise ImportFormatError(f"{fields.where}: '{name}.{key}' should be text")
        result[str(key)] = value
    return result


def _int_map(fields: _Fields, name: str) -> dict[str, int]:
    result = {}
    for key, value in fields.mapping(name).items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise ImportFormatError(f"{fields.where}: '{name}.{key}' should be a whole number")
        result[str(key)] = value
    return result


def entry_from_fields(data: dict[str, Any], text: str, where: str) -> Entry:
    """Build the entry the front matter ``data`` and main ``text`` describe."""
    fields = _Fields(data, where)
    kind = data.get("kind")
    if kind not in ENTRY_TYPES:
        raise ImportFormatError(
            f"{where}: field 'kind' should be one of {', '.join(ENTRY_TYPES)}, found {kind!r:.40}"
        )
    uid = fields.text("uid")
    if not uid or len(uid) > 200:
        raise fields.fail("uid", "the entry's identifier (1 to 200 characters)")
    tags = fields.items("tags")
    if not all(isinstance(tag, str) for tag in tags):
        raise fields.fail("tags", "a list of words")
    common: dict[str, Any] = {
        "uid": uid,
        "at": fields.moment("at"),
        "updated_at": fields.moment("updated_at", required=False),
        "starred": fields.flag("starred"),
        "tags": list(tags),
    }
    if kind == "checkin":
        return CheckIn(
            **common,
            prompt_id=fields.optional_text("prompt_id"),
            activation=fields.whole("activation"),
            strategy=_strategy(fields),
            feelings=_feelings(fields),
            needs=_needs(fields),
            body=_body(fields),
            regulation_note=fields.text("regulation_note"),
            reflection=text,
        )
    if kind == "note":
        return Note(
            **common,
            activation=fields.whole("activation"),
            strategy=_strategy(fields),
            feelings=_feelings(fields),
            needs=_needs(fields),
            text=text,
        )
    if kind == "weekly_review":
        return WeeklyReview(
            **common,
            week=fields.text("week"),
            went_well=text,
            was_hard=fields.text("was_hard"),
            intention=fields.text("intention"),
        )
    if kind == "relationship":
        return RelationshipCheckIn(
            **common,
            week=fields.text("week"),
            answers=_int_map(fields, "answers"),
            more_of=fields.text("more_of"),
            appreciated=text,
            attune=_str_map(fields, "attune"),
        )
    return RepairEntry(
        **common,
        feelings=_feelings(fields),
        needs=_needs(fields),
        my_part=fields.text("my_part"),
        repair=fields.text("repair"),
        how_it_went=fields.text("how_it_went"),
        resolved=fields.flag("resolved"),
        what_happened=text,
    )


def unknown_fields(data: dict[str, Any]) -> list[str]:
    kind = str(data.get("kind"))
    known = _KNOWN_FIELDS["common"] | _KNOWN_FIELDS.get(kind, set()) | _READ_ONLY_FIELDS
    return [key for key in data if key not in known]


# ---- files ------------------------------------------------------------------------------


def strip_body(body: str) -> str:
    """Undo ``markdown_export.body_block``: one leading blank line, one final newline."""
    for newline in ("\r\n", "\n"):
        if body.startswith(newline):
            body = body[len(newline) :]
            if body.endswith(newline):
                body = body[: -len(newline)]
            return body
    return body


def _load_front_matter(text: str, where: str, first_line: int) -> dict[str, Any]:
    try:
        return frontmatter.load(text.replace("\r\n", "\n"), first_line=first_line)
    except frontmatter.FrontMatterError as error:
        raise ImportFormatError(f"{where}, {error}") from None


def parse_entry_file(text: str, where: str) -> tuple[Entry, list[str]]:
    """One exported entry file -> the entry, and the names of fields it did not know."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        raise ImportFormatError(
            f"{where}, line 1: an exported entry starts with a '---' line (its front matter)"
        )
    start = text.index("\n") + 1
    closing = _CLOSING_RE.search(text, start)
    if closing is None:
        raise ImportFormatError(
            f"{where}: the front matter that starts on line 1 has no closing '---' line"
        )
    data = _load_front_matter(text[start : closing.start()], where, first_line=2)
    end = closing.end()
    if text[end : end + 1] == "\n":
        end += 1
    line = text[:end].count("\n")
    entry = entry_from_fields(
        data, strip_body(text[end:]), f"{where} (front matter before line {line + 1})"
    )
    return entry, unknown_fields(data)


def parse_single_file(text: str, name: str) -> list[tuple[Entry, str, list[str]]]:
    """The combined export -> (entry, where, unknown fields) for each entry in it."""
    if not text.startswith(SINGLE_FILE_TITLE):
        raise ImportFormatError(f"{name}, line 1: expected the title '{SINGLE_FILE_TITLE.strip()}'")
    found: list[tuple[Entry, str, list[str]]] = []
    pos = len(SINGLE_FILE_TITLE)
    line_no = 2

    def take_line() -> str:
        nonlocal pos, line_no
        end = text.find("\n", pos)
        if end < 0:
            raise ImportFormatError(
                f"{name}, line {line_no}: the file ends in the middle of an entry"
            )
        line = text[pos:end]
        pos = end + 1
        line_no += 1
        return line

    while pos < len(text):
        line = take_line()
        if not line.strip():
            continue
        heading_line = line_no - 1
        where = f"{name}, entry at line {heading_line}"
        if not line.startswith("## "):
            raise ImportFormatError(
                f"{name}, line {heading_line}: expected an entry heading '## …'"
            )
        if take_line().strip():
            raise ImportFormatError(
                f"{name}, line {line_no - 1}: expected a blank line after the heading"
            )
        fence_match = _FENCE_RE.match(take_line())
        if fence_match is None:
            raise ImportFormatError(f"{name}, line {line_no - 1}: expected a ```yaml block")
        fence = fence_match.group(1)
        first = line_no
        fm_lines = []
        while True:
            line = take_line()
            if line.rstrip("\r") == fence:
                break
            fm_lines.append(line)
        data = _load_front_matter("\n".join(fm_lines), name, first)
        chars = data.get("text_chars", 0)
        if isinstance(chars, bool) or not isinstance(chars, int) or chars < 0:
            raise ImportFormatError(f"{where}: field 'text_chars' should be a whole number")
        text_value = ""
        if chars:
            if text[pos : pos + 1] != "\n":
                raise ImportFormatError(
                    f"{name}, line {line_no}: expected a blank line before the text"
                )
            text_value = text[pos + 1 : pos + 1 + chars]
            after = pos + 1 + chars
            if len(text_value) != chars or text[after : after + 1] != "\n":
                raise ImportFormatError(
                    f"{where}: the text is not {chars} characters long as 'text_chars' says; "
                    "was the file edited? Import the folder export instead, or fix text_chars."
                )
            line_no += text[pos : after + 1].count("\n")
            pos = after + 1
        found.append((entry_from_fields(data, text_value, where), where, unknown_fields(data)))
    return found


def read_markdown(
    path: str | os.PathLike[str],
    cancelled: Callable[[], bool] | None = None,
    progress: ByteProgress | None = None,
) -> Parsed:
    """Read a folder export (every ``*.md`` under it), one entry file, or a combined file.

    Each file is read as ``parsed.read_text`` reads it (a regular file, under the cap),
    and a folder's files together are held to the same cap.
    """
    root = Path(path)
    parsed = Parsed()
    if root.is_dir():
        files = sorted(p for p in root.rglob("*.md") if p.is_file() and not p.name.startswith("."))
        if not files:
            raise ImportFormatError(f"{root}: no Markdown (.md) files in this folder")
        sizes = [file.stat().st_size for file in files]
        total = sum(sizes)
        if total > parsed_module.MAX_IMPORT_BYTES:
            raise parsed_module.too_large(root, "What this folder's Markdown files hold")
        done = 0
        for index, (file, size) in enumerate(zip(files, sizes, strict=True)):
            if cancelled is not None and index % 200 == 0 and cancelled():
                return parsed
            rel = file.relative_to(root).as_posix()
            _add_file(read_text(file, rel), rel, parsed)
            check_count(parsed, root, "this folder")
            done += size
            if progress is not None:
                progress(done, total)
        return parsed
    _add_file(read_text(root, root.name, progress), root.name, parsed)
    return parsed


def _add_file(text: str, where: str, parsed: Parsed) -> None:
    if text.startswith(SINGLE_FILE_TITLE):
        for entry, entry_where, unknown in parse_single_file(text, where):
            parsed.entries.append(ParsedEntry(entry, entry_where))
            check_count(parsed, where)
            _note_unknown(unknown, entry_where, parsed)
        return
    entry, unknown = parse_entry_file(text, where)
    parsed.entries.append(ParsedEntry(entry, where))
    _note_unknown(unknown, where, parsed)


def _note_unknown(unknown: list[str], where: str, parsed: Parsed) -> None:
    if unknown:
        parsed.notes.append(
            f"{where}: fields this version does not know were left out: " + ", ".join(unknown)
        )

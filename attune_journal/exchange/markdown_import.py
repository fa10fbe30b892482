"""Import of Markdown: our own export (a folder of entry files, one entry file, or the
combined single file) field for field, and notes from other apps (Obsidian and the
like) as notes.

Our own files are the reverse of ``markdown_render``: the front matter gives every
structured field (read with PyYAML's safe loader, ``frontmatter.load``), the Markdown
after it is the main text with exactly the blank line before and the newline after
removed that the export added. Fields written only for people to read (``prompt``)
are ignored.

Any other Markdown file, with or without YAML front matter, is a note from
elsewhere (``_foreign_note``): its text as written, its date from the front matter
(``date``, ``created``, ``day``), else from a file name that starts with
``YYYY-MM-DD``, else from the file's time; its tags from ``tags`` and from inline
``#tags``. In a folder, hidden folders and files (``.obsidian``, ``.trash``) are
left out, and files that are not Markdown (images, PDFs, canvases) are listed in
the report without stopping the import.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from attune_journal.core.i18n import translate
from attune_journal.core.models import (
    ENTRY_TYPES,
    MAX_WORD_CHARS,
    BodySensation,
    Entry,
    EntryBase,
    Feeling,
    NeedState,
    Note,
    StrategyTry,
    ValidationError,
    check_meta_item,
)
from attune_journal.core.timeutil import from_text
from attune_journal.exchange import frontmatter
from attune_journal.exchange import parsed as parsed_module
from attune_journal.exchange.markdown_render import (
    PARTNER_WEEK_KIND,
    SINGLE_FILE_TITLE,
    PartnerWeekRecord,
    read_partner_week,
)
from attune_journal.exchange.parsed import (
    ByteProgress,
    ImportFormatError,
    Parsed,
    ParsedEntry,
    Skip,
    check_count,
    clean_tags,
    read_text,
    source_uid,
    wall_clock_moment,
    zone_guess,
)

_CLOSING_RE = re.compile(r"^---\r?$", re.MULTILINE)
_FENCE_RE = re.compile(r"^(`{3,})yaml\r?$")
_READ_ONLY_FIELDS = {"prompt", "text_chars"}
# Fields every kind has in its front matter; the rest come from the kind's model.
_COMMON_FIELDS = frozenset({"uid", "kind", "at", "updated_at", "starred", "tags", "meta"})
# Fields of the models the front matter never carries: the store's own.
_STORE_FIELDS = frozenset({"id", "deleted_at"})


# ---- typed field access with clear messages ---------------------------------------------


class _Fields:
    def __init__(self, data: dict[str, Any], where: str) -> None:
        self.data = data
        self.where = where

    def fail(self, name: str, expected: str) -> ImportFormatError:
        return ImportFormatError(
            translate(
                "Import", "{where}: field '{name}' should be {expected}, found {found!r:.60}"
            ).format(where=self.where, name=name, expected=expected, found=self.data.get(name))
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
                raise ImportFormatError(
                    translate("Import", "{where}: field '{name}' is missing").format(
                        where=self.where, name=name
                    )
                )
            return None
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value
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
                translate(
                    "Import", "{where}: item {number} of '{name}' should be 'key: value' lines"
                ).format(where=self.where, number=index + 1, name=name)
            )
        return _Fields(value, f"{self.where}: {name} item {index + 1}")


def _number(fields: _Fields, name: str) -> float | None:
    value = fields.data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fields.fail(name, "a number from -1 to 1 or null")
    return float(value)


def _term(fields: _Fields, name: str) -> str | None:
    """A vocabulary id written beside a word (docs/export-format.md), or None. An export
    from before ids has none: the store matches the word then (``vocab_terms.fill_ids``)."""
    value = fields.optional_text(name)
    if value is None or not value.strip():
        return None
    if len(value) > MAX_WORD_CHARS:
        raise fields.fail(name, f"a vocabulary id of at most {MAX_WORD_CHARS} characters")
    return value.strip()


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
                word_id=_term(sub, "id"),
            )
        )
    return result


def _needs(fields: _Fields) -> list[NeedState]:
    result = []
    for i, item in enumerate(fields.items("needs")):
        sub = fields.sub("needs", i, item)
        result.append(
            NeedState(need=sub.text("need"), met=sub.flag("met"), need_id=_term(sub, "id"))
        )
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
                region_id=_term(sub, "region_id"),
                sensation_id=_term(sub, "sensation_id"),
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
    return StrategyTry(
        name=sub.text("name"),
        before=sub.whole("before"),
        after=sub.whole("after"),
        strategy_id=_term(sub, "id"),
    )


def _str_map(fields: _Fields, name: str) -> dict[str, str]:
    result = {}
    for key, value in fields.mapping(name).items():
        if not isinstance(value, str):
            raise ImportFormatError(
                translate("Import", "{where}: '{name}.{key}' should be text").format(
                    where=fields.where, name=name, key=key
                )
            )
        result[str(key)] = value
    return result


def _int_map(fields: _Fields, name: str) -> dict[str, int]:
    result = {}
    for key, value in fields.mapping(name).items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise ImportFormatError(
                translate("Import", "{where}: '{name}.{key}' should be a whole number").format(
                    where=fields.where, name=name, key=key
                )
            )
        result[str(key)] = value
    return result


def _meta(fields: _Fields) -> dict[str, Any]:
    """The entry's details (``meta``), each value as the front matter gives it."""
    result: dict[str, Any] = {}
    for key, value in fields.mapping("meta").items():
        name = str(key)
        try:
            check_meta_item(name, value)
        except ValidationError as error:
            raise ImportFormatError(
                translate("Import", "{where}: 'meta.{name}': {error}").format(
                    where=fields.where, name=name[:40], error=error
                )
            ) from None
        result[name] = value
    return result


def entry_from_fields(data: dict[str, Any], text: str, where: str) -> Entry:
    """Build the entry the front matter ``data`` and main ``text`` describe."""
    fields = _Fields(data, where)
    kind = data.get("kind")
    if kind not in ENTRY_TYPES:
        raise ImportFormatError(
            translate(
                "Import", "{where}: field 'kind' should be one of {kinds}, found {kind!r:.40}"
            ).format(where=where, kinds=", ".join(ENTRY_TYPES), kind=kind)
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
        "meta": _meta(fields),
    }
    model = ENTRY_TYPES[kind]
    values = {name: _READERS.get(name, _text)(fields, name) for name in _own_fields(model)}
    values[model.main_text] = text
    return cast(Entry, model(**common, **values))


def _own_fields(model: type[EntryBase]) -> list[str]:
    """The front matter fields of a kind beyond the common ones (its main text is the
    file's body, not a field)."""
    skip = _COMMON_FIELDS | _STORE_FIELDS | {model.main_text}
    return [f.name for f in dataclass_fields(model) if f.name not in skip]


def _text(fields: _Fields, name: str) -> str:
    return fields.text(name)


# How a field that is not plain text is read, by name (the same name in every kind).
_READERS: dict[str, Callable[[_Fields, str], Any]] = {
    "prompt_id": _Fields.optional_text,
    "activation": _Fields.whole,
    "resolved": _Fields.flag,
    "strategy": lambda fields, _name: _strategy(fields),
    "feelings": lambda fields, _name: _feelings(fields),
    "needs": lambda fields, _name: _needs(fields),
    "body": lambda fields, _name: _body(fields),
    "answers": lambda fields, name: _int_map(fields, name),
    "attune": lambda fields, name: _str_map(fields, name),
}


def unknown_fields(data: dict[str, Any]) -> list[str]:
    model = ENTRY_TYPES.get(str(data.get("kind")))
    own = set(_own_fields(model)) if model is not None else set()
    known = _COMMON_FIELDS | own | _READ_ONLY_FIELDS
    return [key for key in data if key not in known]


# ---- files ------------------------------------------------------------------------------


def strip_body(body: str) -> str:
    """Undo ``markdown_render.body_block``: one leading blank line, one final newline."""
    for newline in ("\r\n", "\n"):
        if body.startswith(newline):
            body = body[len(newline) :]
            if body.endswith(newline):
                body = body[: -len(newline)]
            return body
    return body


# Fields given back as written where YAML 1.1 would read a plain word as a boolean, a
# number or a time (``frontmatter.load``): our texts and times (the export quotes every
# such text, so this only matters for hand edits), and the dates and tags of notes
# from other apps (``created: 2024-01-31T08:12`` is read here, not by YAML).
_AS_WRITTEN = frozenset(
    {
        "uid",
        "at",
        "updated_at",
        "prompt_id",
        "prompt",
        "regulation_note",
        "week",
        "was_hard",
        "intention",
        "more_of",
        "my_part",
        "repair",
        "how_it_went",
        "name",
        "word",
        "need",
        "region",
        "sensation",
        "tags",
        "Tags",
        "TAGS",
        "date",
        "created",
        "day",
    }
)
# Fields whose mapping is read as YAML gives it (``frontmatter.load``): an entry's details
# and a relationship check-in's answers keep their numbers and true/false whatever they
# are called (a detail or an answer may be called "date").
_AS_IS = frozenset({"meta", "answers"})
# A front matter that is ours has these lines (used when it cannot be read at all).
_OURS_UID_RE = re.compile(r"^ *uid *:", re.MULTILINE)
_OURS_KIND_RE = re.compile(r"^ *kind *:", re.MULTILINE)


def _load_front_matter(text: str, where: str, first_line: int) -> dict[str, Any]:
    try:
        return frontmatter.load(
            text.replace("\r\n", "\n"),
            first_line=first_line,
            as_written=_AS_WRITTEN,
            as_is=_AS_IS,
        )
    except frontmatter.FrontMatterError as error:
        raise ImportFormatError(f"{where}, {error}") from None


def is_our_entry(data: dict[str, Any]) -> bool:
    """Whether front matter is one of our entries: a ``uid`` and a ``kind`` of ours, or a
    ``uid``, a ``kind`` and an ``at`` (an export file with a damaged kind, refused with a
    message rather than taken for a note). Anything else is a note from elsewhere."""
    if "uid" not in data or "kind" not in data:
        return False
    kind = data["kind"]
    return (isinstance(kind, str) and kind in ENTRY_TYPES) or "at" in data


def _looks_ours(front: str) -> bool:
    return bool(_OURS_UID_RE.search(front) and _OURS_KIND_RE.search(front))


@dataclass
class _Split:
    """A file cut into its front matter (None when it has none) and what follows."""

    front: str | None
    body: str
    body_line: int  # the 1-based line the body starts on


def _split(text: str) -> _Split:
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return _Split(None, text, 1)
    start = text.index("\n") + 1
    closing = _CLOSING_RE.search(text, start)
    if closing is None:
        return _Split(None, text, 1)
    end = closing.end()
    if text[end : end + 1] == "\n":
        end += 1
    return _Split(text[start : closing.start()], text[end:], text[:end].count("\n") + 1)


def _our_entry(data: dict[str, Any], split: _Split, where: str) -> tuple[Entry, list[str]]:
    entry = entry_from_fields(
        data, strip_body(split.body), f"{where} (front matter before line {split.body_line})"
    )
    return entry, unknown_fields(data)


def parse_single_file(text: str, name: str) -> list[tuple[Entry, str, list[str]]]:
    """The combined export -> (entry, where, unknown fields) for each entry in it."""
    if not text.startswith(SINGLE_FILE_TITLE):
        raise ImportFormatError(
            translate("Import", "{name}, line 1: expected the title '{SINGLE_FILE_TITLE}'").format(
                name=name, SINGLE_FILE_TITLE=SINGLE_FILE_TITLE.strip()
            )
        )
    found: list[tuple[Entry, str, list[str]]] = []
    pos = len(SINGLE_FILE_TITLE)
    line_no = 2

    def take_line() -> str:
        nonlocal pos, line_no
        end = text.find("\n", pos)
        if end < 0:
            raise ImportFormatError(
                translate(
                    "Import", "{name}, line {line_no}: the file ends in the middle of an entry"
                ).format(name=name, line_no=line_no)
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
                translate(
                    "Import", "{name}, line {heading_line}: expected an entry heading '## …'"
                ).format(name=name, heading_line=heading_line)
            )
        if take_line().strip():
            raise ImportFormatError(
                translate(
                    "Import", "{name}, line {line}: expected a blank line after the heading"
                ).format(name=name, line=line_no - 1)
            )
        fence_match = _FENCE_RE.match(take_line())
        if fence_match is None:
            raise ImportFormatError(
                translate("Import", "{name}, line {line}: expected a ```yaml block").format(
                    name=name, line=line_no - 1
                )
            )
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
            raise ImportFormatError(
                translate("Import", "{where}: field 'text_chars' should be a whole number").format(
                    where=where
                )
            )
        text_value = ""
        if chars:
            if text[pos : pos + 1] != "\n":
                raise ImportFormatError(
                    translate(
                        "Import", "{name}, line {line_no}: expected a blank line before the text"
                    ).format(name=name, line_no=line_no)
                )
            text_value = text[pos + 1 : pos + 1 + chars]
            after = pos + 1 + chars
            if len(text_value) != chars or text[after : after + 1] != "\n":
                raise ImportFormatError(
                    translate(
                        "Import",
                        "{where}: the text is not %n characters long as 'text_chars' says; was "
                        "the file edited? Import the folder export instead, or fix text_chars.",
                        None,
                        chars,
                    ).format(where=where)
                )
            line_no += text[pos : after + 1].count("\n")
            pos = after + 1
        found.append((entry_from_fields(data, text_value, where), where, unknown_fields(data)))
    return found


# ---- notes from other apps ------------------------------------------------------------

FOREIGN_FAMILY = "markdown"
"""The family of a note from elsewhere's identity: ``source_uid(FOREIGN_FAMILY, path)``,
the file's path inside the folder imported (its name, for one file)."""

_DATE_FIELDS = ("date", "created", "day")
_NAME_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")
# An inline tag as Obsidian has them: after a space or at the start of a line, letters,
# digits, '_', '-' and '/', with at least one that is not a digit (#2024 is no tag).
_INLINE_TAG_RE = re.compile(r"(?<!\S)#([\w/-]*[^\W\d][\w/-]*)")
_FENCE_OPEN_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
_CODE_SPAN_RE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_NOT_NOTES = {
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".webp": "an image",
    ".svg": "an image",
    ".heic": "an image",
    ".bmp": "an image",
    ".tif": "an image",
    ".tiff": "an image",
    ".pdf": "a PDF",
    ".canvas": "an Obsidian canvas",
    ".excalidraw": "a drawing",
    ".mp3": "a sound recording",
    ".m4a": "a sound recording",
    ".wav": "a sound recording",
    ".ogg": "a sound recording",
    ".webm": "a recording",
    ".mp4": "a video",
    ".mov": "a video",
}
_MARKDOWN_SUFFIXES = (".md", ".markdown")


@dataclass
class _Sources:
    """Where the notes from elsewhere took their dates from, for the report."""

    front_matter: int = 0
    file_names: int = 0
    file_times: list[str] = field(default_factory=list)
    unread_dates: list[str] = field(default_factory=list)
    unread_front: list[str] = field(default_factory=list)
    guessed_zone: bool = False
    left_out: Counter[str] = field(default_factory=Counter)
    hidden: list[str] = field(default_factory=list)

    def report(self, name: str, parsed: Parsed) -> None:
        total = self.front_matter + self.file_names + len(self.file_times)
        if total:
            parts = [
                source.format(count=count)
                for count, source in (
                    (
                        self.front_matter,
                        translate("Import", "{count} from front matter (date, created or day)"),
                    ),
                    (self.file_names, translate("Import", "{count} from file names")),
                    (
                        len(self.file_times),
                        translate(
                            "Import", "{count} from file times (when the file was last changed)"
                        ),
                    ),
                )
                if count
            ]
            parsed.notes.append(
                translate(
                    "Import", "%n notes from another app, dated: {sources}.", None, total
                ).format(sources=", ".join(parts))
            )
            if self.file_times:
                parsed.notes.append(
                    translate(
                        "Import",
                        "Dated by the file's time, as neither front matter nor file name gave "
                        "a date: {names}",
                    ).format(names=_some(self.file_times))
                )
        for line in self.unread_dates:
            parsed.notes.append(line)
        for line in self.unread_front:
            parsed.notes.append(line)
        if self.left_out:
            fields = ", ".join(
                f"{key} ({count})" for key, count in sorted(self.left_out.items())[:20]
            )
            parsed.notes.append(
                translate(
                    "Import",
                    "Front-matter fields of notes from other apps that the journal cannot keep "
                    "(not a text, a number, true or false, or a list of texts) were left out (the "
                    "text is unchanged): {fields}",
                ).format(fields=fields)
            )
        if self.hidden:
            parsed.notes.append(
                translate(
                    "Import", "Hidden folders (names starting with '.') were left out: {names}"
                ).format(names=_some(self.hidden))
            )
        if self.guessed_zone:
            parsed.zone_guess = zone_guess(name, "some notes'")


def _some(names: list[str], limit: int = 10) -> str:
    shown = ", ".join(names[:limit])
    more = len(names) - limit  # a plain name: lupdate reads it as the count
    if more <= 0:
        return shown
    return translate("Import", "{names} and %n more", None, more).format(names=shown)


def _date_text(value: Any) -> Any:
    """A date field's value, unwrapped from an Obsidian link (``[[2024-01-31]]``)."""
    while isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("[[") and text.endswith("]]"):
            text = text[2:-2].split("|", 1)[0].strip()
        return text
    return value


def _read_date(value: Any) -> datetime | None:
    """A date or time from front matter; naive when it carries no zone."""
    value = _date_text(value)
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or not value[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _name_date(name: str) -> datetime | None:
    match = _NAME_DATE_RE.match(name)
    if match is None:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _front_tags(value: Any) -> list[str]:
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, list):
        return [word for item in value for word in _front_tags(item)]
    if isinstance(value, dict):
        return []
    return [word for word in re.split(r"[,\s]+", str(value)) if word]


def inline_tags(text: str) -> list[str]:
    """``#tags`` written in the text, not inside code (fenced blocks, `spans`), links or
    headings (``# Title`` has a space after '#'; ``#2024`` is a number, not a tag)."""
    found: list[str] = []
    fence: str | None = None
    for line in text.splitlines():
        opening = _FENCE_OPEN_RE.match(line)
        if fence is not None:
            if (
                opening is not None
                and opening.group(1)[0] == fence[0]
                and len(opening.group(1)) >= len(fence)
                and not line[opening.end() :].strip()
            ):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        if "#" not in line:
            continue
        line = _CODE_SPAN_RE.sub(" ", line) if "`" in line else line
        found.extend(match.group(1).rstrip("/") for match in _INLINE_TAG_RE.finditer(line))
    return found


def _foreign_note(
    data: dict[str, Any],
    body: str,
    where: str,
    file: Path | None,
    parsed: Parsed,
    sources: _Sources,
) -> None:
    """A note from another app: text as written, a date, tags; see the module docstring."""
    text = body.lstrip("\r\n")
    if not text.strip():
        parsed.skipped.append(Skip(where, "an empty note (nothing written in it)"))
        return
    moment: datetime | None = None
    used: set[str] = set()
    for name in _DATE_FIELDS:
        if name not in data or data[name] is None:
            continue
        moment = _read_date(data[name])
        if moment is not None:
            used.add(name)
            sources.front_matter += 1
            break
        sources.unread_dates.append(
            translate(
                "Import", "{where}: the {name} {found!r} is not a date this import can read"
            ).format(where=where, name=name, found=str(data[name])[:40])
        )
    file_name = where.rsplit("/", 1)[-1]
    if moment is None:
        moment = _name_date(file_name)
        if moment is not None:
            sources.file_names += 1
    if moment is None:
        sources.file_times.append(where)
        changed = file.stat().st_mtime if file is not None else datetime.now().timestamp()
        moment = datetime.fromtimestamp(int(changed), tz=UTC).astimezone()
    elif moment.tzinfo is None or moment.utcoffset() is None:
        moment = wall_clock_moment(moment.replace(tzinfo=None), where, parsed)
        sources.guessed_zone = True
    else:
        moment = moment.replace(microsecond=0)
    raw_tags: list[str] = []
    for key, value in data.items():
        if key.casefold() == "tags":
            used.add(key)
            raw_tags.extend(_front_tags(value))
    raw_tags.extend(inline_tags(text))
    meta: dict[str, Any] = {}
    for key, value in data.items():
        if key in used or value is None:
            continue
        try:
            check_meta_item(key, value)
        except ValidationError:
            sources.left_out[key] += 1
        else:
            meta[key] = value
    entry = Note(
        uid=source_uid(FOREIGN_FAMILY, where),
        at=moment,
        text=text,
        tags=clean_tags(raw_tags, where, parsed),
        meta=meta,
    )
    parsed.entries.append(ParsedEntry(entry, where, family=FOREIGN_FAMILY, key=where))


# ---- reading files and folders ----------------------------------------------------------


def _walk(root: Path, parsed: Parsed, sources: _Sources) -> list[Path]:
    """The Markdown files under ``root`` in name order; hidden folders (named in the
    report) and hidden files are left out, other files are listed as skipped."""
    found: list[Path] = []
    others: list[tuple[str, str]] = []
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        for name in sorted(dirs):
            if name.startswith("."):
                sources.hidden.append((here / name).relative_to(root).as_posix() + "/")
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in names:
            path = here / name
            rel = path.relative_to(root).as_posix()
            if name.startswith("."):  # .DS_Store, an export's temporary files: not said
                continue
            suffix = path.suffix.lower()
            if suffix in _MARKDOWN_SUFFIXES:
                found.append(path)
            else:
                what = _NOT_NOTES.get(suffix) or (
                    f"a {suffix} file" if suffix else "a file without a .md ending"
                )
                others.append((rel, f"not a Markdown note ({what}); it was left as it is"))
    parsed.skipped.extend(Skip(rel, reason) for rel, reason in sorted(others))
    sources.hidden.sort()
    return sorted(found, key=lambda path: path.relative_to(root).as_posix())


def read_markdown(
    path: str | os.PathLike[str],
    cancelled: Callable[[], bool] | None = None,
    progress: ByteProgress | None = None,
) -> Parsed:
    """Read a folder (every Markdown file under it), one file, or a combined export.

    Each file is read as ``parsed.read_text`` reads it (a regular file, under the cap),
    and a folder's files together are held to the same cap.
    """
    root = Path(path)
    parsed = Parsed()
    sources = _Sources()
    if root.is_dir():
        files = _walk(root, parsed, sources)
        if not files:
            raise ImportFormatError(
                translate("Import", "{root}: no Markdown (.md) files in this folder").format(
                    root=root
                )
            )
        sizes = [file.stat().st_size for file in files]
        total = sum(sizes)
        if total > parsed_module.MAX_IMPORT_BYTES:
            raise parsed_module.too_large(root, "What this folder's Markdown files hold")
        done = 0
        for index, (file, size) in enumerate(zip(files, sizes, strict=True)):
            if cancelled is not None and index % 200 == 0 and cancelled():
                return parsed
            rel = file.relative_to(root).as_posix()
            _add_file(read_text(file, rel), rel, parsed, sources, file)
            check_count(parsed, root, folder=True)
            done += size
            if progress is not None:
                progress(done, total)
        sources.report(root.name, parsed)
        return parsed
    _add_file(read_text(root, root.name, progress), root.name, parsed, sources, root)
    sources.report(root.name, parsed)
    return parsed


def _add_file(
    text: str, where: str, parsed: Parsed, sources: _Sources, file: Path | None = None
) -> None:
    if text.startswith(SINGLE_FILE_TITLE):
        for entry, entry_where, unknown in parse_single_file(text, where):
            parsed.entries.append(ParsedEntry(entry, entry_where))
            check_count(parsed, where)
            _note_unknown(unknown, entry_where, parsed)
        return
    split = _split(text)
    if split.front is None:
        if text.startswith(("---\n", "---\r\n")) and _looks_ours(text):
            raise ImportFormatError(
                translate(
                    "Import",
                    "{where}: the front matter that starts on line 1 has no closing '---' line",
                ).format(where=where)
            )
        _foreign_note({}, text, where, file, parsed, sources)
        return
    try:
        data = _load_front_matter(split.front, where, first_line=2)
    except ImportFormatError as error:
        if _looks_ours(split.front):
            raise
        sources.unread_front.append(
            translate(
                "Import", "{error}; the note was imported with its front matter kept in its text"
            ).format(error=error)
        )
        _foreign_note({}, text, where, file, parsed, sources)
        return
    if data.get("kind") == PARTNER_WEEK_KIND:
        parsed.partner_weeks.append(_partner_week(split.body, where))
        return
    if is_our_entry(data):
        entry, unknown = _our_entry(data, split, where)
        parsed.entries.append(ParsedEntry(entry, where))
        _note_unknown(unknown, where, parsed)
        return
    _foreign_note(data, split.body, where, file, parsed, sources)


def _partner_week(body: str, where: str) -> PartnerWeekRecord:
    """A week a partner shared, as the folder export wrote it (``partner/<name>/<week>.md``)."""
    from attune_journal.exchange.partner import record_from_json

    data = read_partner_week(body)
    if data is None:
        raise ImportFormatError(
            translate(
                "Import",
                "{where}: this partner week has lost its record (the json block at its end)",
            ).format(where=where)
        )
    try:
        return record_from_json(data)
    except ValidationError as error:
        raise ImportFormatError(f"{where}: {error}") from None


def _note_unknown(unknown: list[str], where: str, parsed: Parsed) -> None:
    if unknown:
        parsed.notes.append(
            f"{where}: fields this version does not know were left out: " + ", ".join(unknown)
        )

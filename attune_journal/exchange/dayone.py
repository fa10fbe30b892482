"""Import from Day One: its JSON export, alone or inside the export's .zip.

A Day One export holds ``{"metadata": …, "entries": [...]}``, one file per journal
(``Journal.json`` or the journal's name); the .zip adds ``photos/``, ``videos/`` and
so on. For each entry we keep ``text`` (Markdown, as Day One wrote it; when it is
empty, the entry's ``richText`` turned into Markdown), ``creationDate`` (UTC) shown in
the entry's ``timeZone`` (an IANA name), ``tags`` and ``starred``. Entries become notes.

An entry without ``timeZone`` takes the zone of the nearest entry of the same journal
that has one, else this computer's offset for that date; an unknown zone name takes
this computer's too. The report says so, once per journal.

What Day One knew about an entry beyond that, its journal (the JSON file's name),
place, weather, time of its last edit in Day One and the pinned flag, is kept as the
entry's details (``meta``): stored with the entry, shown in the entry view, and written
to and read back from the Markdown export. The report names every other Day One field
the journal does not keep.

Photos, videos, audio and PDFs are not copied into the journal: the text keeps
Day One's ``dayone-moment://`` links and the report counts the media per entry,
so nothing is lost silently and the files stay in the export.

Text cut in the middle of an emoji (a lone UTF-16 surrogate, which JSON can spell as
``"\\ud83d"`` but the journal cannot store) has the cut character replaced with U+FFFD,
and the report says how many entries held one. A .zip packed with a password or with
Deflate64 (as Windows Explorer packs large folders) stops the import with one line
saying how to get at the .json inside.

The uid is a hash of Day One's own ``uuid`` (or, without one, of time and text),
so importing the same export again adds nothing. An entry with a uuid carries the
source record jrnl's and Daylio's do (``importing``): when Day One changed it since, a
re-import updates it if it was not edited here, and keeps both if it was.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attune_journal.core.i18n import translate
from attune_journal.core.models import Note
from attune_journal.exchange import parsed as parsed_module
from attune_journal.exchange.jrnl import load_json
from attune_journal.exchange.parsed import (
    CHUNK_BYTES,
    ByteProgress,
    ImportFormatError,
    Parsed,
    ParsedEntry,
    Skip,
    check_count,
    clean_tags,
    content_uid,
    decode_text,
    has_cut_character,
    local_zone_name,
    mend,
    mended_line,
    open_source,
    read_all,
    source_uid,
    with_local_offset,
)

MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")
# Day One fields an entry is made of, or that the report speaks of on their own.
USED_KEYS = frozenset(
    {"uuid", "creationDate", "timeZone", "text", "richText", "tags", "starred", *MEDIA_KEYS}
)
# The fields kept as the entry's source details (``DayOneEntry.meta``).
META_KEYS = frozenset({"location", "weather", "modifiedDate", "isPinned"})
# Whether the journal's entries have a place for source details yet (see the module doc).
NOTE_KEEPS_META = "meta" in {f.name for f in fields(Note)}
DEFLATE64 = 9
FAMILY = "dayone"


@dataclass(slots=True)
class DayOneEntry(ParsedEntry):
    """A Day One entry with its source details: ``from`` ("Day One"), ``journal``, and
    when Day One had them ``place``, ``latitude``/``longitude``, ``weather``,
    ``temperature_c``, ``edited`` (ISO 8601 with the entry's UTC offset) and ``pinned``."""

    meta: dict[str, Any] = field(default_factory=dict)


# ---- small pieces ---------------------------------------------------------------------------

_ZONES: dict[str, ZoneInfo | None] = {}


def _zone_info(name: str) -> ZoneInfo | None:
    """The zone of an IANA name, or None when it is unknown here."""
    if name not in _ZONES:
        try:
            _ZONES[name] = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            _ZONES[name] = None
    return _ZONES[name]


def _journal_name(name: str) -> str:
    """``export.zip/Travel.json`` -> ``Travel``: a Day One journal is named by its file."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base[:-5] if base.lower().endswith(".json") else base


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


# ---- time -----------------------------------------------------------------------------------


def _parse_time(value: object, where: str, field_name: str = "creationDate") -> datetime:
    if not isinstance(value, str):
        raise ImportFormatError(
            translate("Import", "{where}: field '{field_name}' is missing").format(
                where=where, field_name=field_name
            )
        )
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ImportFormatError(
            translate(
                "Import",
                "{where}: field '{field_name}' is not a time like 2026-11-23T07:30:00Z (found "
                "{value!r:.40})",
            ).format(where=where, field_name=field_name, value=value)
        ) from None


def _in_zone(moment: datetime, zone: ZoneInfo | None) -> datetime:
    """``moment`` shown in ``zone`` (this computer's offset on that date when None).

    Raises ``OverflowError`` (or ``OSError``/``ValueError`` from the system's clock
    functions) when the zone carries it past year 1 or year 9999."""
    if moment.tzinfo is None:
        return with_local_offset(moment)
    if zone is not None:
        return moment.astimezone(zone).replace(microsecond=0)
    return moment.astimezone(UTC).astimezone().replace(microsecond=0)


def _moment(value: object, zone: ZoneInfo | None, where: str) -> datetime:
    moment = _parse_time(value, where)
    try:
        return _in_zone(moment, zone)
    except (OverflowError, OSError, ValueError):
        place = f"the time zone {zone.key}" if zone is not None else "this computer's time zone"
        raise ImportFormatError(
            translate(
                "Import",
                "{where}: its time {value} falls outside the years 1 to 9999 once moved into "
                "{place}, so the journal cannot place it; correct its date in Day One and export "
                "again, or leave this entry out of the export.",
            ).format(where=where, value=value, place=place)
        ) from None


def _borrowed_zones(zones: list[ZoneInfo | None], missing: list[int]) -> dict[int, ZoneInfo]:
    """For each entry without a zone, the zone of the nearest entry with one (the one
    before it when two are as near); an entry with no such neighbour is left out."""
    found: dict[int, ZoneInfo] = {}
    if not missing:
        return found
    before: list[int | None] = []
    last: int | None = None
    for index, zone in enumerate(zones):
        if zone is not None:
            last = index
        before.append(last)
    after: list[int | None] = [None] * len(zones)
    last = None
    for index in range(len(zones) - 1, -1, -1):
        if zones[index] is not None:
            last = index
        after[index] = last
    for index in missing:
        choices = [j for j in (before[index], after[index]) if j is not None]
        if choices:
            nearest = min(choices, key=lambda j: (abs(j - index), j > index))
            zone = zones[nearest]
            assert zone is not None
            found[index] = zone
    return found


# ---- richText -> Markdown -------------------------------------------------------------------

_MARKDOWN_MARKS = re.compile(r"([\\`*_])")
_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+*]\s|\d+[.)]\s)")


def _escape(text: str) -> str:
    return _MARKDOWN_MARKS.sub(r"\\\1", text)


def _inline(text: str, attributes: dict[str, Any]) -> str:
    """One run of rich text as Markdown: bold, italic, struck, code and links."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    if attributes.get("inlineCode"):
        fence = "``" if "`" in core else "`"
        marked = f"{fence}{core}{fence}"
    else:
        marked = _escape(core)
        if attributes.get("bold") and attributes.get("italic"):
            marked = f"***{marked}***"
        elif attributes.get("bold"):
            marked = f"**{marked}**"
        elif attributes.get("italic"):
            marked = f"*{marked}*"
        if attributes.get("strikethrough"):
            marked = f"~~{marked}~~"
    link = attributes.get("linkURL")
    if isinstance(link, str) and link.strip() and not link.lower().startswith("javascript:"):
        url = link.strip()
        if any(c in url for c in " ()<>"):
            url = f"<{url.replace('<', '%3C').replace('>', '%3E')}>"
        marked = f"[{marked}]({url})"
    return lead + marked + trail


def _embedded(item: object) -> str:
    """A photo (or other media) inside rich text, as Day One's own text links it."""
    if not isinstance(item, dict):
        return ""
    kind = item.get("type")
    if kind == "horizontalRuleLine":
        return "\n---\n"
    identifier = item.get("identifier")
    if not isinstance(identifier, str) or not identifier:
        return ""
    if kind in (None, "photo"):
        return f"![](dayone-moment://{identifier})"
    return f"![](dayone-moment:/{kind}/{identifier})"


class _Lines:
    """Rich-text lines as Markdown blocks: headings, quotes, lists (numbered counted)."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []  # (kind: "list", "quote" or "", markdown)
        self.numbers: dict[int, int] = {}

    def add(self, runs: list[str], line: dict[str, Any]) -> None:
        text = "".join(runs).rstrip()
        if not text.strip():
            self.numbers.clear()
            return
        level = line.get("indentLevel")
        indent = "    " * (level - 1) if isinstance(level, int) and 1 < level <= 8 else ""
        style = line.get("listStyle")
        header = line.get("header")
        prefix = ""
        kind = ""
        if isinstance(header, int) and 1 <= header <= 6:
            prefix = "#" * header + " "
        elif style in ("bulleted", "numbered", "checkbox"):
            kind = "list"
            if style == "numbered":
                number = self.numbers.get(len(indent), 0) + 1
                self.numbers = {k: v for k, v in self.numbers.items() if k < len(indent)}
                self.numbers[len(indent)] = number
                prefix = f"{indent}{number}. "
            elif style == "checkbox":
                prefix = f"{indent}- [{'x' if line.get('checked') else ' '}] "
            else:
                prefix = f"{indent}- "
        elif line.get("quote"):
            kind = "quote"
            prefix = "> "
        if style != "numbered":
            self.numbers.clear()
        if not prefix and _BLOCK_START.match(text):
            text = "\\" + text.lstrip()  # a line that only looks like a heading or list
        self.blocks.append((kind, prefix + text.lstrip() if prefix else text))

    def markdown(self) -> str:
        out: list[str] = []
        previous = None
        for kind, text in self.blocks:
            if out:
                out.append("\n" if kind and kind == previous else "\n\n")
            out.append(text)
            previous = kind
        return "".join(out)


def rich_markdown(raw: object) -> str:
    """Day One's ``richText`` (a JSON string of ``{"contents": [...]}``) as Markdown;
    "" when it cannot be read or holds no text."""
    data: object = raw
    if isinstance(raw, str):
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return ""
    contents = data.get("contents") if isinstance(data, dict) else None
    if not isinstance(contents, list):
        return ""
    lines = _Lines()
    runs: list[str] = []
    line: dict[str, Any] = {}
    for piece in contents:
        if not isinstance(piece, dict):
            continue
        attributes = piece.get("attributes")
        attributes = attributes if isinstance(attributes, dict) else {}
        line_here = attributes.get("line")
        line_here = line_here if isinstance(line_here, dict) else {}
        media = piece.get("embeddedObjects")
        if isinstance(media, list):
            runs.extend(_embedded(item) for item in media)
        text = piece.get("text")
        if not isinstance(text, str):
            continue
        parts = text.split("\n")
        for number, part in enumerate(parts):
            if part:
                runs.append(_inline(part, attributes))
            ends_line = number < len(parts) - 1
            if line_here and (part or ends_line):  # not the empty rest after a last "\n"
                line = line_here
            if ends_line:
                lines.add(runs, line)
                runs, line = [], {}
    if runs:
        lines.add(runs, line)
    return lines.markdown().strip("\n")


# ---- source details ---------------------------------------------------------------------------


def _meta(
    item: dict[str, Any], journal: str, zone: ZoneInfo | None, where: str, parsed: Parsed
) -> dict[str, Any]:
    """The entry's source details; a field Day One wrote that cannot be read is left out
    with a line of the report."""
    meta: dict[str, Any] = {"from": "Day One", "journal": journal}
    location = item.get("location")
    if isinstance(location, dict):
        names: list[str] = []
        for key in ("placeName", "localityName", "administrativeArea", "country"):
            value = location.get(key)
            if isinstance(value, str) and mend(value).strip() not in ("", *names):
                names.append(mend(value).strip())
        if names:
            meta["place"] = ", ".join(names)
        latitude, longitude = location.get("latitude"), location.get("longitude")
        if (
            _is_number(latitude)
            and _is_number(longitude)
            and -90 <= latitude <= 90  # type: ignore[operator]
            and -180 <= longitude <= 180  # type: ignore[operator]
        ):
            meta["latitude"] = round(float(latitude), 6)  # type: ignore[arg-type]
            meta["longitude"] = round(float(longitude), 6)  # type: ignore[arg-type]
        elif latitude is not None or longitude is not None:
            parsed.notes.append(
                translate(
                    "Import",
                    "{where}: the location's latitude and longitude ({latitude!r:.20}, "
                    "{longitude!r:.20}) are not a place on Earth and were left out.",
                ).format(where=where, latitude=latitude, longitude=longitude)
            )
    weather = item.get("weather")
    if isinstance(weather, dict):
        conditions = weather.get("conditionsDescription")
        if isinstance(conditions, str) and conditions.strip():
            meta["weather"] = mend(conditions).strip()
        temperature = weather.get("temperatureCelsius")
        if _is_number(temperature) and -100 <= temperature <= 100:  # type: ignore[operator]
            meta["temperature_c"] = round(float(temperature), 1)  # type: ignore[arg-type]
        elif temperature is not None:
            parsed.notes.append(
                translate(
                    "Import",
                    "{where}: the temperature {temperature!r:.20} is not one in °C and was left "
                    "out.",
                ).format(where=where, temperature=temperature)
            )
    modified = item.get("modifiedDate")
    if modified is not None:
        try:
            meta["edited"] = _in_zone(_parse_time(modified, where, "modifiedDate"), zone).isoformat(
                timespec="seconds"
            )
        except (ImportFormatError, OverflowError, OSError, ValueError):
            parsed.notes.append(
                translate(
                    "Import",
                    "{where}: the time of its last edit in Day One ({modified!r:.40}) cannot be "
                    "read and was left out.",
                ).format(where=where, modified=modified)
            )
    if item.get("isPinned") is True:
        meta["pinned"] = True
    return meta


def _not_kept_line(name: str, left: Counter[str]) -> str:
    def entries(n: int) -> str:
        return translate("Import", "%n entries", None, n)

    fields_text = ", ".join(f"{key} ({entries(n)})" for key, n in sorted(left.items()))
    fields = len(left)
    return translate(
        "Import",
        "{name}: %n Day One fields not kept in the journal: {fields}; they stay in the Day "
        "One export.",
        None,
        fields,
    ).format(name=name, fields=fields_text)


# ---- reading ----------------------------------------------------------------------------------


def parse_dayone(text: str, name: str, parsed: Parsed | None = None) -> Parsed:
    """One Day One JSON file (one journal, named by the file) -> notes (appended to
    ``parsed`` when given)."""
    parsed = parsed if parsed is not None else Parsed()
    data = load_json(text, name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportFormatError(
            translate(
                "Import", "{name}: this is not a Day One JSON export (no 'entries' list)"
            ).format(name=name)
        )
    items: list[object] = data["entries"]
    journal = mend(_journal_name(name))
    zones: list[ZoneInfo | None] = []
    missing: list[int] = []
    for index, item in enumerate(items):
        zone_name = item.get("timeZone") if isinstance(item, dict) else None
        if isinstance(zone_name, str) and zone_name.strip():
            zones.append(_zone_info(zone_name.strip()))
        else:
            zones.append(None)
            missing.append(index)
    borrowed = _borrowed_zones(zones, missing)
    missing_set = set(missing)
    mended = 0
    from_rich = 0
    made = 0
    guessed: list[int] = []  # entries made without a zone of their own
    left: Counter[str] = Counter()
    for index, item in enumerate(items, 1):
        where = f"{name}, entry {index}"
        if not isinstance(item, dict):
            raise ImportFormatError(
                translate("Import", "{where}: expected an object").format(where=where)
            )
        zone = zones[index - 1] or borrowed.get(index - 1)
        zone_name = item.get("timeZone")
        if isinstance(zone_name, str) and zone_name.strip() and zones[index - 1] is None:
            parsed.notes.append(
                translate(
                    "Import",
                    "{where}: the time zone {zone_name!r} is unknown here; this computer's UTC "
                    "offset for that date was used.",
                ).format(where=where, zone_name=zone_name)
            )
        moment = _moment(item.get("creationDate"), zone, where)
        body = item.get("text", "")
        if body is None:
            body = ""
        if not isinstance(body, str):
            raise ImportFormatError(
                translate("Import", "{where}: field 'text' must be text").format(where=where)
            )
        if not body.strip() and item.get("richText"):
            body = rich_markdown(item["richText"])
            if body.strip():
                from_rich += 1
        tags = item.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ImportFormatError(
                translate("Import", "{where}: field 'tags' must be a list of text").format(
                    where=where
                )
            )
        if has_cut_character(body, *tags):
            body = mend(body)
            tags = [mend(t) for t in tags]
            mended += 1
        photos, videos, audios, pdfs = (len(item.get(key) or []) for key in MEDIA_KEYS)
        media_count = photos + videos + audios + pdfs
        if media_count:
            kinds = ", ".join(
                text
                for count, text in (
                    (photos, translate("Import", "%n photos", None, photos)),
                    (videos, translate("Import", "%n videos", None, videos)),
                    (audios, translate("Import", "%n audio recordings", None, audios)),
                    (pdfs, translate("Import", "%n PDF files", None, pdfs)),
                )
                if count
            )
            parsed.notes.append(
                translate(
                    "Import",
                    "{where} ({moment:%Y-%m-%d %H:%M}): {kinds} not copied into the journal; the "
                    "files stay in the Day One export and the text keeps its links to them.",
                ).format(where=where, moment=moment, kinds=kinds)
            )
        if not body.strip():
            reason = "the entry has no text"
            if media_count:
                reason += " (only media, which stay in the Day One export)"
            parsed.skipped.append(Skip(where, reason))
            continue
        for key, value in item.items():
            if key in USED_KEYS or value in (None, "", [], {}, False):
                continue
            if key not in META_KEYS or not NOTE_KEEPS_META:
                left[key] += 1
        # Day One's own uuid is the entry's identity (``parsed.source_uid``, the same
        # digest the uid was before re-imports compared content, so those are found):
        # a re-import updates an entry not edited here and keeps both beside an edit.
        source_id = item.get("uuid")
        key = mend(source_id) if isinstance(source_id, str) and source_id else ""
        uid = source_uid(FAMILY, key) if key else content_uid(FAMILY, moment, body)
        meta = _meta(item, journal, zone, where, parsed)
        kept: dict[str, Any] = {"meta": meta} if NOTE_KEEPS_META else {}
        note = Note(
            at=moment,
            text=body,
            tags=clean_tags(tags, where, parsed),
            starred=bool(item.get("starred", False)),
            uid=uid,
            **kept,
        )
        family = FAMILY if key else ""  # without a uuid: matched by uid, never updated
        parsed.entries.append(DayOneEntry(note, where, family, key, meta=meta))
        check_count(parsed, name)
        made += 1
        if index - 1 in missing_set:
            guessed.append(index - 1)
    _zone_line(name, guessed, borrowed, parsed)
    if from_rich:
        parsed.notes.append(
            translate(
                "Import",
                "{name}: %n entries had no plain text, only Day One's rich text; it was turned "
                "into Markdown (headings, lists, quotes, bold, italic and links kept, colours "
                "and fonts not).",
                None,
                from_rich,
            ).format(name=name)
        )
    if mended:
        parsed.notes.append(mended_line(name, mended))
    if made and not NOTE_KEEPS_META:
        left[f"the journal's name ({journal})"] = made
    if left:
        parsed.notes.append(_not_kept_line(name, left))
    return parsed


def _zone_line(
    name: str, guessed: list[int], borrowed: dict[int, ZoneInfo], parsed: Parsed
) -> None:
    """One line for the entries made without a time zone: where their zone came from."""
    if not guessed:
        return
    taken = Counter(borrowed[i].key for i in guessed if i in borrowed)
    local = sum(1 for i in guessed if i not in borrowed)
    parts = []
    if taken:
        zones = ", ".join(
            translate("Import", "{zone} for {n}").format(zone=zone, n=n)
            for zone, n in taken.most_common()
        )
        parts.append(
            translate("Import", "the zone of the entries next to them was taken ({zones})").format(
                zones=zones
            )
        )
    if local:
        parts.append(
            translate("Import", "this computer's ({zone}) was taken for {n}").format(
                zone=local_zone_name(), n=local
            )
        )
    without = len(guessed)
    parsed.notes.append(
        translate("Import", "{name}: %n entries carry no time zone; {how}.", None, without).format(
            name=name, how=translate("Import", " and ").join(parts)
        )
    )


def read_dayone_file(path: Path, progress: ByteProgress | None = None) -> Parsed:
    """A Day One export file on disk: the .zip is read member by member, never whole."""
    stream, total = open_source(path)
    with stream:
        if stream.read(2) != b"PK":
            stream.seek(0)
            return parse_dayone(read_all(stream, path.name, total, progress), path.name)
        stream.seek(0)
        return _read_zip(stream, path.name, progress)


def _cannot_unpack(name: str, info: zipfile.ZipInfo, error: BaseException) -> ImportFormatError:
    """One line for a member Python's zipfile cannot open: a password, or a packing."""
    member = info.filename
    then = "unpack the .zip with your computer's own tools and import the .json inside."
    encrypted = isinstance(error, RuntimeError) and not isinstance(error, NotImplementedError)
    if info.flag_bits & 0x1 or encrypted:
        return ImportFormatError(
            translate(
                "Import",
                "{name}: {member} is protected by a password, which this app cannot open; unpack "
                "the .zip with your computer's own tools (they ask for the password) and import "
                "the .json inside.",
            ).format(name=name, member=member)
        )
    if info.compress_type == DEFLATE64:
        return ImportFormatError(
            translate(
                "Import",
                "{name}: {member} is packed with Deflate64 (as Windows Explorer packs large "
                "folders), which this app cannot unpack; {then}",
            ).format(name=name, member=member, then=then)
        )
    return ImportFormatError(
        translate(
            "Import",
            "{name}: {member} is packed in a way this app cannot unpack (method {compress_type}); "
            "{then}",
        ).format(name=name, member=member, compress_type=info.compress_type, then=then)
    )


def _read_zip(stream: BinaryIO, name: str, progress: ByteProgress | None) -> Parsed:
    """Every journal JSON in a Day One .zip, each member and all of them together held
    to ``MAX_IMPORT_BYTES`` as the headers say *and* as the bytes read count."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFormatError(
            translate("Import", "{name}: the .zip file is damaged or incomplete").format(name=name)
        ) from None
    parsed = Parsed()
    with archive:
        members = [
            info
            for info in archive.infolist()
            if info.filename.lower().endswith(".json")
            and not info.is_dir()
            and not info.filename.split("/")[-1].startswith(("._", "."))
        ]
        if not members:
            raise ImportFormatError(
                translate("Import", "{name}: no Day One journal (.json) inside the .zip").format(
                    name=name
                )
            )
        other = [i for i in archive.infolist() if not i.is_dir() and i not in members]
        limit = parsed_module.MAX_IMPORT_BYTES
        for info in members:
            if info.file_size > limit:
                raise parsed_module.too_large(f"{name}: {info.filename}", "This member")
        total = sum(info.file_size for info in members)
        if total > limit:
            raise parsed_module.too_large(name, "What its journals hold together")
        done = 0
        for info in sorted(members, key=lambda i: i.filename):
            member = f"{name}/{info.filename}"
            data = bytearray()
            try:
                with archive.open(info) as source:
                    while chunk := source.read(CHUNK_BYTES):
                        data += chunk
                        done += len(chunk)
                        if len(data) > info.file_size or len(data) > limit:
                            raise parsed_module.too_large(member, "This member")
                        if done > limit:
                            raise parsed_module.too_large(name, "What its journals hold together")
                        if progress is not None:
                            progress(done, max(total, done))
            except (RuntimeError, NotImplementedError) as error:
                raise _cannot_unpack(name, info, error) from None
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                raise ImportFormatError(
                    translate("Import", "{name}: {filename} cannot be read ({error})").format(
                        name=name, filename=info.filename, error=error
                    )
                ) from None
            text = decode_text(data, member)
            del data
            parse_dayone(text, member, parsed)
        if other:
            media = len(other)
            parsed.notes.append(
                translate(
                    "Import",
                    "{name}: %n media files in the .zip were not copied into the journal; keep "
                    "the .zip if you want them.",
                    None,
                    media,
                ).format(name=name)
            )
    return parsed

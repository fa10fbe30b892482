"""Import from Day One: its JSON export, alone or inside the export's .zip.

A Day One export holds ``{"metadata": …, "entries": [...]}``, one file per journal
(``Journal.json`` or the journal's name); the .zip adds ``photos/``, ``videos/`` and
so on. For each entry we keep ``text`` (Markdown, as Day One wrote it),
``creationDate`` (UTC) shown in the entry's ``timeZone`` (an IANA name; when it is
missing or unknown here, this machine's offset for that date is used and the
report says so), ``tags`` and ``starred``. Entries become notes.

Photos, videos, audio and PDFs are not copied into the journal: the text keeps
Day One's ``dayone-moment://`` links and the report counts the media per entry,
so nothing is lost silently and the files stay in the export.

The uid is a hash of Day One's own ``uuid`` (or, without one, of time and text),
so importing the same export again adds nothing.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attune_journal.core.models import Note
from attune_journal.core.wording import count, plural
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
    open_source,
    read_all,
    with_local_offset,
)

MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")


def _moment(value: object, zone_name: object, where: str, parsed: Parsed) -> datetime:
    if not isinstance(value, str):
        raise ImportFormatError(f"{where}: field 'creationDate' is missing")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ImportFormatError(
            f"{where}: field 'creationDate' is not a time like 2026-11-23T07:30:00Z "
            f"(found {value!r:.40})"
        ) from None
    if moment.tzinfo is None:
        return with_local_offset(moment)
    if isinstance(zone_name, str) and zone_name:
        try:
            return moment.astimezone(ZoneInfo(zone_name)).replace(microsecond=0)
        except (ZoneInfoNotFoundError, ValueError):
            parsed.notes.append(
                f"{where}: the time zone {zone_name!r} is unknown here; "
                "this computer's UTC offset for that date was used."
            )
    return moment.astimezone(UTC).astimezone().replace(microsecond=0)


def parse_dayone(text: str, name: str, parsed: Parsed | None = None) -> Parsed:
    """One Day One JSON file -> notes (appended to ``parsed`` when given)."""
    parsed = parsed if parsed is not None else Parsed()
    data = load_json(text, name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportFormatError(f"{name}: this is not a Day One JSON export (no 'entries' list)")
    for index, item in enumerate(data["entries"], 1):
        where = f"{name}, entry {index}"
        if not isinstance(item, dict):
            raise ImportFormatError(f"{where}: expected an object")
        moment = _moment(item.get("creationDate"), item.get("timeZone"), where, parsed)
        body = item.get("text", "")
        if body is None:
            body = ""
        if not isinstance(body, str):
            raise ImportFormatError(f"{where}: field 'text' must be text")
        tags = item.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ImportFormatError(f"{where}: field 'tags' must be a list of text")
        media = {key: len(item.get(key) or []) for key in MEDIA_KEYS}
        media_count = sum(media.values())
        if media_count:
            kinds = ", ".join(f"{n} {key}" for key, n in media.items() if n)
            parsed.notes.append(
                f"{where} ({moment:%Y-%m-%d %H:%M}): {kinds} not copied into the journal; "
                "the files stay in the Day One export and the text keeps its links to them."
            )
        if not body.strip():
            reason = "the entry has no text"
            if media_count:
                reason += " (only media, which stay in the Day One export)"
            parsed.skipped.append(Skip(where, reason))
            continue
        source_id = item.get("uuid")
        if isinstance(source_id, str) and source_id:
            uid = hashlib.sha256(f"dayone\x1f{source_id}".encode()).hexdigest()[:32]
        else:
            uid = content_uid("dayone", moment, body)
        note = Note(
            at=moment,
            text=body,
            tags=clean_tags(tags, where, parsed),
            starred=bool(item.get("starred", False)),
            uid=uid,
        )
        parsed.entries.append(ParsedEntry(note, where))
        check_count(parsed, name)
    return parsed


def read_dayone(data: bytes, name: str) -> Parsed:
    """A Day One ``.json`` or the export ``.zip`` (every journal JSON inside it)."""
    if not data.startswith(b"PK"):
        return parse_dayone(decode_text(data, name), name)
    return _read_zip(io.BytesIO(data), name, None)


def read_dayone_file(path: Path, progress: ByteProgress | None = None) -> Parsed:
    """A Day One export file on disk: the .zip is read member by member, never whole."""
    stream, total = open_source(path)
    with stream:
        if stream.read(2) != b"PK":
            stream.seek(0)
            return parse_dayone(read_all(stream, path.name, total, progress), path.name)
        stream.seek(0)
        return _read_zip(stream, path.name, progress)


def _read_zip(stream: BinaryIO, name: str, progress: ByteProgress | None) -> Parsed:
    """Every journal JSON in a Day One .zip, each member and all of them together held
    to ``MAX_IMPORT_BYTES`` as the headers say *and* as the bytes read count."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFormatError(f"{name}: the .zip file is damaged or incomplete") from None
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
            raise ImportFormatError(f"{name}: no Day One journal (.json) inside the .zip")
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
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
                raise ImportFormatError(
                    f"{name}: {info.filename} cannot be read ({error})"
                ) from None
            text = decode_text(data, member)
            del data
            parse_dayone(text, member, parsed)
        if other:
            parsed.notes.append(
                f"{name}: {count(len(other), 'media file', 'media files')} in the .zip "
                f"{plural(len(other), 'was', 'were')} not copied into the "
                "journal; keep the .zip if you want them."
            )
    return parsed

"""What every importer returns, and the small helpers they share.

An importer reads a file into a ``Parsed``: the entries it found (each with
where it came from, e.g. ``line 12``), what it deliberately left out and why,
and notes worth telling the person (photos that stay behind, a guessed time
zone). A file it cannot read raises ``ImportFormatError`` naming the line or
field, before anything is saved.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from attune_journal.core.models import Entry, normalise_tags


class ImportFormatError(ValueError):
    """The file is not what the chosen format expects; the message names line or field."""


@dataclass
class ParsedEntry:
    entry: Entry
    where: str  # "line 12", "entry 3", "2026/11/2026-11-23-0830-checkin.md"


@dataclass
class Skip:
    where: str
    reason: str


@dataclass
class Parsed:
    entries: list[ParsedEntry] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped); binary junk gets an error naming line and byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFormatError(
            f"{name}, line {line}: this is not UTF-8 text (byte {error.start + 1} cannot be "
            "read); is it the right file?"
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFormatError(
            f"{name}, line {line}: the file holds binary data (a NUL byte); is it the right file?"
        )
    return text


def with_local_offset(naive: datetime) -> datetime:
    """A clock time with no zone, given this machine's UTC offset *on that date*.

    ``astimezone()`` on a naive time uses the local zone's rules for that moment,
    so a summer entry gets the summer offset even when imported in winter.
    """
    return naive.astimezone().replace(microsecond=0)


def content_uid(format_id: str, at: datetime, text: str) -> str:
    """A stable uid for an entry from another journal, so a re-import finds it again."""
    digest = hashlib.sha256(f"{format_id}\x1f{at.isoformat()}\x1f{text}".encode()).hexdigest()
    return digest[:32]


MAX_TAG_CHARS = 64


def clean_tags(raw: list[str], where: str, parsed: Parsed) -> list[str]:
    """Tags without ``@``/``#``; tags too long for the journal are left out with a note."""
    kept = []
    for tag in raw:
        tag = tag.strip().lstrip("@#").strip()
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS:
            parsed.notes.append(
                f"{where}: the tag '{tag[:20]}…' is longer than {MAX_TAG_CHARS} characters "
                "and was left out (the text is unchanged)."
            )
            continue
        kept.append(tag)
    return normalise_tags(kept)

"""What every importer returns, and the small helpers they share.

An importer reads a file into a ``Parsed``: the entries it found (each with
where it came from, e.g. ``line 12``), what it deliberately left out and why,
and notes worth telling the person (photos that stay behind, a guessed time
zone). A file it cannot read raises ``ImportFormatError`` naming the line or
field, before anything is saved.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from attune_journal.core.digest import sha256_hex
from attune_journal.core.i18n import translate
from attune_journal.core.models import (
    Entry,
    Feeling,
    clean_text,
    clean_word,
    normalise_tags,
)

if TYPE_CHECKING:
    from attune_journal.exchange.markdown_render import PartnerWeekRecord


class ImportFormatError(ValueError):
    """The file is not what the chosen format expects; the message names line or field."""


@dataclass(slots=True)  # a large import holds a million of these: no __dict__ each
class ParsedEntry:
    entry: Entry
    where: str  # "line 12", "entry 3", "2026/11/2026-11-23-0830-checkin.md"
    # For a format whose entries carry no id of their own (jrnl, Daylio): the family
    # ("jrnl" for its text and its JSON alike) and the source key the uid is a digest
    # of (``source_uid``), and the uid the reader gave before identities were the
    # source's own (``legacy_uid``), so a journal imported then is matched, not doubled.
    family: str = ""
    key: str = ""
    legacy_uid: str = ""


@dataclass(slots=True)
class Skip:
    where: str
    reason: str


@dataclass
class Parsed:
    entries: list[ParsedEntry] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Said in the report only when entries were written with it: "the times carry no
    # zone, this computer's was taken" (a re-import that changes nothing guesses nothing).
    zone_guess: str = ""
    # Entries whose text held a cut character (``mend``): said in one line at the end.
    mended: int = 0
    # Weeks partners shared, from a folder export (``markdown_import``); kept in the same
    # transaction as the entries (``exchange.partner.restore_partner_weeks``).
    partner_weeks: list[PartnerWeekRecord] = field(default_factory=list)


# The most an import reads from one file, from one member of a .zip, and from all of
# a .zip's (or a folder's) files together. A journal written daily for fifty years is
# tens of megabytes; 1 GiB of text is far beyond any real export, and reading it stays
# within a few GB of memory (docs/benchmarks.md, "Large imports"). Anything larger,
# or anything that is not a regular file (a pipe, a device such as /dev/zero), is
# refused before it is read. Tests lower it with monkeypatch.
MAX_IMPORT_BYTES = 1024**3
# Memory grows with the entries held until the one save, not only with the bytes: a
# Daylio row of 90 bytes costs about 900 in memory. A million entries (a few a day for
# a thousand years) is about 1 GB here; more is refused, whatever the file's size.
MAX_IMPORT_ENTRIES = 1_000_000
CHUNK_BYTES = 1024 * 1024

ByteProgress = Callable[[int, int], None]  # (bytes read so far, bytes in all)


def size_text(size: int) -> str:
    """1073741824 -> '1 GiB', 5242880 -> '5 MiB', 2000 -> '2,000 bytes'."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size:,} bytes"


def too_large(where: object, what: str = "This file") -> ImportFormatError:
    return ImportFormatError(
        translate(
            "Import",
            "{where}: {what} is larger than {size_text}, the most an import reads; no journal "
            "export is that large, so is it the right file?",
        ).format(where=where, what=what, size_text=size_text(MAX_IMPORT_BYTES))
    )


def check_count(parsed: Parsed, name: object, folder: bool = False) -> None:
    """Stop a file (or a ``folder`` of notes) with more than ``MAX_IMPORT_ENTRIES``
    entries, as soon as it has."""
    if len(parsed.entries) <= MAX_IMPORT_ENTRIES:
        return
    if folder:
        text = translate(
            "Import",
            "{name}: this folder holds more than %Ln entries, the most one import takes; split "
            "it and import the parts one after another.",
            None,
            MAX_IMPORT_ENTRIES,
        )
    else:
        text = translate(
            "Import",
            "{name}: this file holds more than %Ln entries, the most one import takes; split it "
            "and import the parts one after another.",
            None,
            MAX_IMPORT_ENTRIES,
        )
    raise ImportFormatError(text.format(name=name))


def _not_a_file(mode: int) -> str | None:
    """What a path is when it is not a regular file, in words; None for a file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_source_file(path: Path) -> os.stat_result:
    """Refuse a missing path, a pipe, a device, a socket or a file over the cap.

    Only ``os.stat`` is used: nothing is opened, so a FIFO cannot block the import.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFormatError(
            translate("Import", "{path}: no such file or folder").format(path=path)
        ) from None
    except OSError as error:
        raise ImportFormatError(
            translate("Import", "{path}: cannot be read ({reason})").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    _refuse_odd(path, info)
    return info


def _refuse_odd(path: Path, info: os.stat_result) -> None:
    kind = _not_a_file(info.st_mode)
    if kind is not None:
        raise ImportFormatError(
            translate(
                "Import", "{path} is {kind}, not a file; choose the exported file itself"
            ).format(path=path, kind=kind)
        )
    if info.st_size > MAX_IMPORT_BYTES:
        raise too_large(path)


def open_source(path: Path) -> tuple[BinaryIO, int]:
    """Open a regular file for reading without ever blocking; (file, its size).

    ``O_NONBLOCK`` makes the open of a FIFO that replaced the file since
    ``check_source_file`` return at once, and ``fstat`` on what was opened refuses it.
    """
    check_source_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise ImportFormatError(
            translate("Import", "{path}: cannot be read ({reason})").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    try:
        info = os.fstat(fd)
        _refuse_odd(path, info)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=0), info.st_size
    except BaseException:
        os.close(fd)
        raise


def read_chunks(
    stream: BinaryIO, where: object, total: int, progress: ByteProgress | None = None
) -> Iterator[bytes]:
    """The stream in chunks, counting: past ``MAX_IMPORT_BYTES`` it stops with an error
    (a file may grow while it is read, and a .zip header may lie about a size)."""
    done = 0
    while True:
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            return
        done += len(chunk)
        if done > MAX_IMPORT_BYTES:
            raise too_large(where)
        if progress is not None:
            progress(done, max(total, done))
        yield chunk


def read_all(stream: BinaryIO, where: object, total: int, progress: ByteProgress | None) -> str:
    """The whole stream as text (for JSON and our Markdown): one copy of the bytes,
    decoded in place, and only the text is kept."""
    data = bytearray()
    for chunk in read_chunks(stream, where, total, progress):
        data += chunk
    return decode_text(data, str(where))


def read_text(path: Path, name: str, progress: ByteProgress | None = None) -> str:
    """A whole import file as text, after the checks of ``open_source``."""
    stream, total = open_source(path)
    with stream:
        return read_all(stream, name, total, progress)


# A lone carriage return ends a line too (old Mac files); "\r\n" is one line end.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


def text_lines(
    path: Path, name: str, progress: ByteProgress | None = None, lone_cr: bool = False
) -> Iterator[str]:
    """The file's lines, decoded one at a time, each with its line end.

    Lines end at "\n" (and, with ``lone_cr``, at a lone "\r" as ``newline=""`` reads
    them, for the csv module). Memory holds one chunk and one line, not the file.
    A byte that is not UTF-8, or a NUL, is reported with its line, as ``decode_text``.
    """
    stream, total = open_source(path)
    with stream:
        pending: list[bytes] = []
        number = 0
        offset = 0
        for chunk in read_chunks(stream, name, total, progress):
            if number == 0 and not pending and chunk.startswith(b"\xef\xbb\xbf"):
                chunk = chunk[3:]
                offset = 3
            pieces = chunk.split(b"\n")
            last = pieces.pop()
            for piece in pieces:
                if pending:
                    pending.append(piece)
                    piece = b"".join(pending)
                    pending = []
                number += 1
                line = _decode_line(piece, name, number, offset)
                offset += len(piece) + 1
                line += "\n"
                if lone_cr and "\r" in line[:-2]:
                    yield from (part for part in _LONE_CR.split(line) if part)
                else:
                    yield line
            if last:
                pending.append(last)
        if pending:
            line = _decode_line(b"".join(pending), name, number + 1, offset)
            if lone_cr and "\r" in line:
                yield from (part for part in _LONE_CR.split(line) if part)
            else:
                yield line


def _decode_line(raw: bytes, name: str, number: int, offset: int) -> str:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            translate(
                "Import",
                "{name}, line {number}: this is not UTF-8 text (byte {byte} cannot be read); is "
                "it the right file?",
            ).format(name=name, number=number, byte=offset + error.start + 1)
        ) from None
    if "\x00" in line:
        raise ImportFormatError(
            translate(
                "Import",
                "{name}, line {number}: the file holds binary data (a NUL byte); is it the right "
                "file?",
            ).format(name=name, number=number)
        )
    return line


def decode_text(data: bytes | bytearray, name: str) -> str:
    """UTF-8 text (a BOM is dropped); binary junk gets an error naming line and byte."""
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = str(memoryview(data)[skip:], "utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, skip + error.start) + 1
        raise ImportFormatError(
            translate(
                "Import",
                "{name}, line {line}: this is not UTF-8 text (byte {byte} cannot be read); is it "
                "the right file?",
            ).format(name=name, line=line, byte=error.start + 1)
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ImportFormatError(
            translate(
                "Import",
                "{name}, line {line}: the file holds binary data (a NUL byte); is it the right "
                "file?",
            ).format(name=name, line=line)
        )
    return text


# Half of a character: JSON may spell one as "\\ud83d" (an emoji cut at a length limit),
# and neither UTF-8 nor the journal's store can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def has_cut_character(*texts: str) -> bool:
    """Whether any of ``texts`` holds a lone surrogate (half of a cut emoji)."""
    return any(_LONE_SURROGATE.search(text) for text in texts)


def mend(text: str) -> str:
    """``text`` with each lone surrogate (half of a cut emoji) replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def mended_line(name: str, mended: int) -> str:
    """The report's one line for the entries whose cut characters were replaced."""
    return translate(
        "Import",
        "{name}: %n entries held a cut character (half of an emoji, as text cut at a length "
        "limit leaves); each was replaced with \ufffd.",
        None,
        mended,
    ).format(name=name)


_ZONES: dict[tuple[object, object], tzinfo] = {}


def with_local_offset(naive: datetime) -> datetime:
    """A clock time with no zone, given this machine's UTC offset *on that date*.

    ``astimezone()`` on a naive time uses the local zone's rules for that moment,
    so a summer entry gets the summer offset even when imported in winter. Each
    offset's zone object is made once and shared (a million entries, two zones).
    """
    aware = naive.astimezone().replace(microsecond=0)
    zone = aware.tzinfo
    if zone is None:
        return aware
    key = (aware.utcoffset(), aware.tzname())
    shared = _ZONES.setdefault(key, zone)
    return aware if shared is zone else aware.replace(tzinfo=shared)


def wall_clock_moment(naive: datetime, where: str, parsed: Parsed) -> datetime:
    """A clock time with no zone, given this computer's UTC offset on that date, keeping
    the clock time as written.

    A time in the hour the clocks skip (02:30 on a spring-forward night) does not exist
    here; ``astimezone`` would move it an hour. It keeps 02:30 with the offset in effect
    before the change, and the report says so.
    """
    naive = naive.replace(microsecond=0)
    aware = with_local_offset(naive)
    if aware.replace(tzinfo=None) == naive:
        return aware
    offset = (naive - timedelta(hours=3)).astimezone().utcoffset() or timedelta(0)
    zone = _ZONES.setdefault((offset, "fixed"), timezone(offset))
    kept = naive.replace(tzinfo=zone)
    parsed.notes.append(
        translate(
            "Import",
            "{where}: {naive:%Y-%m-%d %H:%M} is not a time on this computer's clock (the clocks "
            "went forward that night); it was kept as written, at UTC{offset_text}",
        ).format(where=where, naive=naive, offset_text=_offset_text(offset))
    )
    return kept


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_zone_name() -> str:
    """This computer's time zone, as a person would recognise it."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            name = os.path.realpath("/etc/localtime").split("zoneinfo/", 1)[1]
        except (IndexError, OSError):
            name = ""
    now = datetime.now().astimezone()
    offset = _offset_text(now.utcoffset() or timedelta(0))
    return f"{name}, now UTC{offset}" if name else f"UTC{offset} now"


def zone_guess(name: str, what: str) -> str:
    """The report line for times that carry no zone (jrnl, Daylio)."""
    return (
        f"{name}: {what} times carry no time zone; this computer's ({local_zone_name()}) "
        "was taken for each date. The entries' identity does not depend on it."
    )


def _bytes(text: str) -> bytes:
    """UTF-8 for a digest. Half of a character (which the store refuses later, naming
    the entry) is digested as it is instead of stopping the import with a traceback;
    any other text gives the same bytes as ``str.encode``."""
    return text.encode("utf-8", "surrogatepass")


def source_uid(family: str, key: str) -> str:
    """The uid of an entry from a format with no ids of its own: a digest of the source's
    family and the entry's key there (wall-clock time as written and its ordinal at that
    minute). No offset and no zone of this computer is part of it, so an import in
    Berlin and one in New York give the same uids."""
    return sha256_hex(_bytes(f"{family}\x1f{key}"))[:32]


class MinuteKeys:
    """Source keys ``"2019-07-14 14:23 #1"``: the wall clock as written, to the minute,
    and the entry's ordinal among the file's entries at that minute (in file order)."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, wall: datetime) -> str:
        minute = wall.strftime("%Y-%m-%d %H:%M") if wall.year >= 1000 else wall.isoformat()
        number = self.seen.get(minute, 0) + 1
        self.seen[minute] = number
        return f"{minute} #{number}"


def content_digest(entry: Entry) -> str:
    """A digest of what an import writes into an entry, as the store keeps it.

    The clock time counts as written (without its offset: an import on a computer in
    another zone is no change), text without regard to whitespace (jrnl's text and its
    JSON export differ in the blank line after the title), tags without regard to
    case or order. An edit here of any of these changes it.
    """
    text = " ".join(clean_text(getattr(entry, "text", "")).split())
    tags = sorted(tag.casefold() for tag in normalise_tags(entry.tags))
    feelings = [
        (clean_word(f.word).casefold(), f.pleasantness, f.energy, f.intensity)
        for f in getattr(entry, "feelings", [])
    ]
    wall = entry.at.replace(tzinfo=None).isoformat(timespec="minutes")
    parts = [entry.kind, wall, text, "\x1e".join(tags), str(bool(entry.starred)), repr(feelings)]
    return sha256_hex(_bytes("\x1f".join(parts)))[:32]


def vocabulary_feeling(word: str, intensity: int = 2) -> Feeling:
    """A feeling word from another journal: a vocabulary word (matched without regard to
    case, 'Anxious' is 'anxious') gets its grid place and the vocabulary's spelling; any
    other word is kept as the person's own, without a place."""
    from attune_journal.core.vocab import feeling_for_word

    return feeling_for_word(clean_word(word)[:80], intensity=intensity)


def content_uid(format_id: str, at: datetime, text: str) -> str:
    """A stable uid for an entry from another journal, so a re-import finds it again.

    jrnl and Daylio used it before their entries took the source's identity
    (``source_uid``); it is still computed for them to find entries imported then.
    """
    digest = hashlib.sha256(_bytes(f"{format_id}\x1f{at.isoformat()}\x1f{text}")).hexdigest()
    return digest[:32]


MAX_TAG_CHARS = 64


# The tags an entry's raw tags clean to, remembered: exports repeat the same few
# (Daylio's activities), so a million entries share their tag texts.
_TAGS_SEEN: dict[tuple[str, ...], tuple[str, ...]] = {}


def clean_tags(raw: list[str], where: str, parsed: Parsed) -> list[str]:
    """Tags without ``@``/``#``; tags too long for the journal are left out with a note."""
    key = tuple(raw)
    seen = _TAGS_SEEN.get(key)
    if seen is not None:
        return list(seen)
    kept = []
    noted = False
    for tag in raw:
        tag = tag.strip().lstrip("@#").strip()
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS:
            parsed.notes.append(
                translate(
                    "Import",
                    "{where}: the tag '{tag}…' is longer than %n characters and was left out "
                    "(the text is unchanged).",
                    None,
                    MAX_TAG_CHARS,
                ).format(where=where, tag=tag[:20])
            )
            noted = True
            continue
        kept.append(tag)
    cleaned = normalise_tags(kept)
    if not noted:
        if len(_TAGS_SEEN) >= 4096:
            _TAGS_SEEN.clear()
        _TAGS_SEEN[key] = tuple(cleaned)
    return cleaned

"""Local time with its UTC offset, and the text forms the store and exports use.

Entries carry the offset of the moment they were written (not a zone name): a
person who travels keeps the clock time they lived, and ordering uses UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now_local() -> datetime:
    """Now, in the machine's local time, with that moment's UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def to_text(moment: datetime) -> str:
    """ISO 8601 with offset, e.g. ``2026-11-23T08:30:00+01:00``."""
    if moment.tzinfo is None:
        raise ValueError("a journal timestamp must carry its UTC offset")
    return moment.isoformat(timespec="seconds")


def from_text(text: str) -> datetime:
    """Parse what ``to_text`` wrote (or any ISO 8601 time with an offset)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without UTC offset: {text!r}")
    return moment


def utc_key(moment: datetime) -> str:
    """A text key that sorts in true time order whatever the offsets."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

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


class TimeOutOfRangeError(ValueError):
    """A time that, turned into UTC, falls before year 1 or after year 9999."""


def utc_key(moment: datetime) -> str:
    """A text key that sorts in true time order whatever the offsets.

    The year is always four digits (``0999-…``, ``0050-…``): ``strftime("%Y")`` writes
    ``999`` on Linux, and that key sorted after every year from 1000 on. Text order
    is time order for every year from 1 to 9999.

    Raises ``TimeOutOfRangeError`` (a ``ValueError``) when the offset carries the
    moment past either end, e.g. 1 January of year 1 at 00:30+01:00.
    """
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        raise TimeOutOfRangeError(
            f"The time {describe(moment)} falls outside the years 1 to 9999 once its UTC "
            "offset is taken into account, so the journal cannot place it in time. "
            "Please choose a time within that range."
        ) from None
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
        f"T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}Z"
    )


def describe(moment: datetime) -> str:
    """A time as a person reads it in a message (ISO 8601, offset when there is one)."""
    return moment.isoformat(sep=" ", timespec="minutes")

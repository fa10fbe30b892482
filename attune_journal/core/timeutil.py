"""Local time with its UTC offset, and the text forms the store and exports use.

Entries carry the offset of the moment they were written (not a zone name): a
person who travels keeps the clock time they lived, and ordering uses UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from attune_journal.core.i18n import translate

# The app's one clock: every "now" and "today" below reads it, so a test pins the day
# by replacing it (tests/clock.py). Wall-clock time on this computer, without a zone.
wall_clock: Callable[[], datetime] = datetime.now


def now_local() -> datetime:
    """Now, in the machine's local time, with that moment's UTC offset, to the second."""
    return wall_clock().astimezone().replace(microsecond=0)


def today_local() -> date:
    """Today's date on this computer (what "today" and "this week" mean on every screen)."""
    return wall_clock().date()


def to_text(moment: datetime) -> str:
    """ISO 8601 with offset, e.g. ``2026-11-23T08:30:00+01:00``."""
    if moment.tzinfo is None:
        raise ValueError(translate("Time", "a journal timestamp must carry its UTC offset"))
    return moment.isoformat(timespec="seconds")


def from_text(text: str) -> datetime:
    """Parse what ``to_text`` wrote (or any ISO 8601 time with an offset)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(
            translate("Time", "timestamp without UTC offset: {text!r}").format(text=text)
        )
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
            translate(
                "Time",
                "The time {describe} falls outside the years 1 to 9999 once its UTC offset is "
                "taken into account, so the journal cannot place it in time. Please choose a time "
                "within that range.",
            ).format(describe=describe(moment))
        ) from None
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
        f"T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}Z"
    )


def describe(moment: datetime) -> str:
    """A time as a person reads it in a message (ISO 8601, offset when there is one)."""
    return moment.isoformat(sep=" ", timespec="minutes")


# ---- a time a person names (``note --at``, the app's "When" field) ----------------------

# A named time may be at most this far after now: a journal records what has happened,
# and a date a day or more ahead is far more likely a typo than a plan.
FUTURE_LIMIT = timedelta(days=1)


class NotATimeError(ValueError):
    """Text that does not read as a date and time."""


class SkippedTimeError(ValueError):
    """A clock time that did not happen here: the clocks jumped over it (spring forward)."""


class TooFarAheadError(ValueError):
    """A time more than ``FUTURE_LIMIT`` after now."""


def local_moment(wall: datetime) -> datetime:
    """A clock time (its offset, if any, ignored) in this computer's zone, with the UTC
    offset that zone had on that day, summer time included.

    A time that happened twice (the clocks went back) is the first of the two. Raises
    ``SkippedTimeError`` for a time the clocks skipped, ``TimeOutOfRangeError`` for
    one the system cannot place.
    """
    naive = wall.replace(tzinfo=None, fold=0)
    try:
        local = naive.astimezone()
    except (OverflowError, OSError, ValueError):
        raise TimeOutOfRangeError(
            translate("Time", "{describe} is out of range").format(describe=describe(naive))
        ) from None
    if local.replace(tzinfo=None) != naive:
        raise SkippedTimeError(
            translate(
                "Time",
                "{describe} did not happen here: the clocks skipped that time when they went "
                "forward",
            ).format(describe=describe(naive))
        )
    return local


def check_not_ahead(moment: datetime, now: datetime | None = None) -> datetime:
    """``moment`` itself, or ``TooFarAheadError`` when it is more than a day after now."""
    now = now or now_local()
    try:
        too_late = moment - now > FUTURE_LIMIT
    except OverflowError:
        too_late = moment.year > now.year
    if too_late:
        raise TooFarAheadError(
            translate("Time", "{describe} is more than a day from now").format(
                describe=describe(moment)
            )
        )
    return moment


def parse_moment(text: str, now: datetime | None = None) -> datetime:
    """The moment ``text`` names, with its UTC offset.

    "YYYY-MM-DD HH:MM" (or with "T", or with seconds) is local time in this computer's
    zone, read by ``local_moment``. With an offset ("+01:00", "Z") the time is kept as
    written. Raises ``NotATimeError``, ``SkippedTimeError``, ``TimeOutOfRangeError`` or
    ``TooFarAheadError`` (all ``ValueError``).
    """
    raw = text.strip()
    if len(raw) < 16 or raw[4:5] != "-" or raw[10:11] not in {" ", "T", "t"}:
        raise NotATimeError(translate("Time", "{text!r} is not a date and time").format(text=text))
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise NotATimeError(
            translate("Time", "{text!r} is not a date and time").format(text=text)
        ) from None
    moment = moment.replace(microsecond=0)
    if moment.tzinfo is None:
        moment = local_moment(moment)
    return check_not_ahead(moment, now)

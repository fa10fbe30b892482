"""ISO weeks and configurable week starts.

A week is labelled like ``2026-W47`` (ISO 8601). When the person's week starts on
a day other than Monday, the label is that of the ISO week holding the week's
Monday, so labels stay unique and sortable whatever the setting.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from attune_journal.core.errors import ValidationError
from attune_journal.core.i18n import translate

_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_iso_week(label: str) -> tuple[int, int]:
    """``"2026-W47"`` -> ``(2026, 47)``; a clear error for anything else."""
    match = _WEEK_RE.match(label or "")
    if not match:
        raise ValidationError(
            translate("Weeks", "'{label}' is not a week like 2026-W47.").format(label=label)
        )
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError(
            translate("Weeks", "{year} has no week {week}.").format(year=year, week=week)
        ) from None
    if not FIRST_MONDAY <= monday <= LAST_MONDAY:
        raise ValidationError(
            translate(
                "Weeks",
                "'{label}' is at the very edge of the calendar; weeks from {first} to {last} can "
                "be shown.",
            ).format(label=label, first=week_label(FIRST_MONDAY), last=week_label(LAST_MONDAY))
        )
    return year, week


# A week's review looks a week back and reads times a day either side (time zones):
# keep that margin inside the calendar Python can count.
FIRST_MONDAY = date.fromisocalendar(1, 3, 1)
LAST_MONDAY = date.fromisocalendar(9999, 50, 1)


def week_label(day: date) -> str:
    """The ISO week label of a day."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding ``day``; ``first_weekday`` 0 = Monday … 6 = Sunday."""
    offset = (day.weekday() - first_weekday) % 7
    return day - timedelta(days=offset)


def week_range(label: str, first_weekday: int = 0) -> tuple[date, date]:
    """First and last day (inclusive) of the labelled week under the person's week start."""
    year, week = parse_iso_week(label)
    monday = date.fromisocalendar(year, week, 1)
    start = week_start(monday, first_weekday)
    return start, start + timedelta(days=6)


def label_for_day(day: date, first_weekday: int = 0) -> str:
    """The label of the person's week holding ``day`` (the ISO week of that week's Monday)."""
    start = week_start(day, first_weekday)
    monday = start + timedelta(days=-start.weekday() % 7)
    return week_label(monday)

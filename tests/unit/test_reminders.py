"""Reminder timing with a fake clock: once a day, after the time, never after a check-in."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from attune_journal.core.models import ValidationError
from attune_journal.core.reminders import (
    INVITATIONS,
    invitation_for,
    is_due,
    next_check,
    parse_reminder_time,
)

TZ = timezone(timedelta(hours=1))
EIGHT_PM = time(20, 0)


def at(hour: int, minute: int = 0, day: int = 23) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("now", "enabled", "last", "checked_in", "expected"),
    [
        (at(19, 59), True, None, False, False),  # not yet
        (at(20, 0), True, None, False, True),  # on time
        (at(23, 30), True, None, False, True),  # opened later that evening
        (at(21), False, None, False, False),  # switched off
        (at(21), True, date(2026, 11, 23), False, False),  # already shown today
        (at(21), True, date(2026, 11, 22), False, True),  # shown yesterday
        (at(21), True, None, True, False),  # already checked in: no reminder
    ],
)
def test_is_due(
    now: datetime, enabled: bool, last: date | None, checked_in: bool, expected: bool
) -> None:
    assert is_due(now, EIGHT_PM, enabled, last, checked_in) is expected


def test_next_check_is_today_or_tomorrow() -> None:
    assert next_check(at(9), EIGHT_PM) == at(20)
    assert next_check(at(20, 30), EIGHT_PM) == at(20, day=24)
    assert next_check(at(20), EIGHT_PM) == at(20, day=24)


@pytest.mark.parametrize("text", ["20:00", "7:05", "00:00", "23:59"])
def test_parse_valid_times(text: str) -> None:
    hour, minute = (int(x) for x in text.split(":"))
    assert parse_reminder_time(text) == time(hour, minute)


@pytest.mark.parametrize("text", ["24:00", "8pm", "", "12:60", "12"])
def test_parse_invalid_times(text: str) -> None:
    with pytest.raises(ValidationError, match="time like"):
        parse_reminder_time(text)


def test_invitation_is_stable_for_a_day_and_gentle() -> None:
    day = date(2026, 11, 23)
    assert invitation_for(day) == invitation_for(day)
    assert {invitation_for(day + timedelta(days=i)) for i in range(8)} == set(INVITATIONS)
    for text in INVITATIONS:
        lowered = text.lower()
        assert not any(word in lowered for word in ("streak", "missed", "should", "must"))

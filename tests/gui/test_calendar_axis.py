"""The Trends time axis: ticks at local midnights of round dates, labels that fit."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from itertools import pairwise

import pytest
from PySide6.QtGui import QFontMetrics

from attune_journal.ui import calendar_axis
from attune_journal.ui.calendar_axis import CalendarAxis, calendar_ticks, tick_labels


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time with daylight saving (the last Sunday of March and of October)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _midnight(day: date) -> float:
    return datetime(day.year, day.month, day.day).timestamp()


def _days(ticks: list[float]) -> list[date]:
    moments = [datetime.fromtimestamp(t) for t in ticks]
    assert all((m.hour, m.minute, m.second) == (0, 0, 0) for m in moments)
    return [m.date() for m in moments]


def test_years_months_and_weeks_fall_on_round_dates(berlin: None) -> None:
    lo, hi = _midnight(date(2016, 11, 24)) + 43200, _midnight(date(2026, 11, 23)) + 43200
    assert _days(calendar_ticks("year", 1, lo, hi)) == [date(y, 1, 1) for y in range(2017, 2027)]
    assert _days(calendar_ticks("year", 5, lo, hi)) == [date(2020, 1, 1), date(2025, 1, 1)]
    quarters = _days(calendar_ticks("month", 3, lo, _midnight(date(2018, 1, 1))))
    # Both ends count: the range ends exactly at a quarter's first midnight.
    assert quarters == [date(2017, m, 1) for m in (1, 4, 7, 10)] + [date(2018, 1, 1)]
    weeks = _days(
        calendar_ticks("day", 7, _midnight(date(2026, 3, 1)), _midnight(date(2026, 4, 30)))
    )
    assert weeks and all(d.weekday() == 0 for d in weeks) and len(weeks) == 9


def test_days_across_a_daylight_saving_change(berlin: None) -> None:
    # 29 March 2026 has 23 hours in Berlin, 25 October 25: ticks stay at midnight.
    for first, last in (
        (date(2026, 3, 27), date(2026, 4, 1)),
        (date(2026, 10, 23), date(2026, 10, 28)),
    ):
        ticks = calendar_ticks("day", 1, _midnight(first), _midnight(last))
        days = _days(ticks)
        assert days == [date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1)]
        gaps = {round(b - a) for a, b in pairwise(ticks)}
        assert gaps == {86400, 86400 - 3600} or gaps == {86400, 86400 + 3600}


def test_the_axis_picks_labels_that_fit(qapp) -> None:
    axis = CalendarAxis("bottom")
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    cases = [
        (date(2016, 11, 24), date(2026, 11, 23), 1000, "year"),
        (date(2025, 11, 24), date(2026, 11, 23), 1000, "month"),
        (date(2026, 10, 27), date(2026, 11, 23), 1000, "day"),
        (date(2026, 10, 27), date(2026, 11, 23), 300, "day"),
    ]
    for first, last, width, unit in cases:
        levels = axis.tickValues(_midnight(first), _midnight(last) + 86400, width)
        (spacing, major), *minor = levels
        assert major and len(minor) <= 1
        labels = axis.tickStrings(major, 1.0, spacing)
        assert labels == tick_labels(unit, major)
        room = max(metrics.horizontalAdvance(label) for label in labels) + calendar_axis.LABEL_GAP
        assert len(major) * room <= width + room  # every label has its room
        if minor:
            assert set(major) <= set(minor[0][1])  # the levels agree
            assert axis.tickStrings(minor[0][1], 1.0, minor[0][0]) == [""] * len(minor[0][1])


def test_nothing_to_draw_is_no_ticks(qapp) -> None:
    axis = CalendarAxis("bottom")
    assert axis.tickValues(100.0, 100.0, 500) == []
    assert axis.tickValues(200.0, 100.0, 500) == []
    assert axis.tickValues(0.0, 1e6, 0) == []
    assert axis.tickValues(float("-inf"), float("nan"), 500) == []
    assert axis.tickValues(1e15, 2e15, 500) == []  # dragged far past any date
    assert axis.tickValues(-1e15, 1e15, 500)  # the dates in view are still named


def test_labels_read_like_a_calendar() -> None:
    days = [date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1)]
    values = [_midnight(d) for d in days]
    assert tick_labels("year", values) == ["2025", "2026", "2026"]
    assert tick_labels("month", values) == ["Oct 2025", "Jan 2026", "Apr"]
    assert tick_labels("day", values) == ["1 Oct", "1 Jan", "1 Apr"]

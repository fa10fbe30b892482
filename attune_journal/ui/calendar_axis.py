"""The Trends charts' time axis: ticks at round calendar dates (days, months or years).

pyqtgraph's own ``DateAxisItem`` turns every candidate tick into local time through
``QDateTime``, several times over, whenever a chart's range changes: over ten years
that was 7-8 ms of each repaint, a third of drawing "All" once the numbers were in.
Here a range's ticks are a few dozen dates made with ``datetime``.

x values are POSIX timestamps (a day's value sits at its local noon, see
``charts.noon``); ticks sit at local midnight at the start of a day, month or year,
so daylight-saving changes and time-zone offsets fall where the calendar puts them.
Imported only when Trends first draws, like pyqtgraph itself.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from attune_journal.core.i18n import format_date

DAY = 86_400.0
# Every spacing the axis may use, finest first: (unit, step, rough seconds apart). The
# rough seconds choose the step and tell the levels apart in ``tickStrings``.
STEPS: tuple[tuple[str, int, float], ...] = (
    ("day", 1, DAY),
    ("day", 2, 2 * DAY),
    ("day", 7, 7 * DAY),
    ("month", 1, 30.44 * DAY),
    ("month", 3, 91.3 * DAY),
    ("month", 6, 182.6 * DAY),
    ("year", 1, 365.25 * DAY),
    ("year", 2, 730.5 * DAY),
    ("year", 5, 1826.2 * DAY),
    ("year", 10, 3652.5 * DAY),
    ("year", 20, 7305.0 * DAY),
    ("year", 50, 18262.5 * DAY),
)
WIDEST_LABEL = {"day": "28 Sep", "month": "Sep 2026", "year": "2026"}
LABEL_GAP = 16  # pixels between two labels at the least
MINOR_GAP = 8  # pixels between two unlabelled minor ticks at the least
# Dates the axis will name: a view dragged far beyond them shows no ticks, not an error.
FIRST = datetime(1900, 1, 1).timestamp()
LAST = datetime(2200, 1, 1).timestamp()


class CalendarAxis(pg.AxisItem):
    """A bottom axis labelled with dates: years, months or days, whichever fits."""

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._labelled: set[float] = set()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        lo, hi = max(minVal, FIRST), min(maxVal, LAST)
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or size <= 0:
            return []
        seconds_per_pixel = (hi - lo) / size
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        major = len(STEPS) - 1
        for index, (unit, _step, seconds) in enumerate(STEPS):
            room = metrics.horizontalAdvance(WIDEST_LABEL[unit]) + LABEL_GAP
            if seconds / seconds_per_pixel >= room:
                major = index
                break
        levels = [(STEPS[major][2], calendar_ticks(*STEPS[major][:2], lo, hi))]
        self._labelled = {STEPS[major][2]}
        for index in range(major - 1, -1, -1):
            if STEPS[index][2] / seconds_per_pixel < MINOR_GAP:
                break
            if _divides(STEPS[major], STEPS[index]):
                levels.append((STEPS[index][2], calendar_ticks(*STEPS[index][:2], lo, hi)))
                break
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing not in self._labelled:
            return [""] * len(values)  # minor ticks go unlabelled
        unit = next(unit for unit, _step, seconds in STEPS if seconds == spacing)
        return tick_labels(unit, values)


def calendar_ticks(unit: str, step: int, lo: float, hi: float) -> list[float]:
    """Local midnights in ``[lo, hi]`` that start every ``step``-th day, month or year.

    Days count from 1 January of year 1 (weeks start on Mondays), months and years
    from year 0, so the ticks stay put as the view moves.
    """
    first, last = date.fromtimestamp(lo), date.fromtimestamp(hi)
    days: list[date] = []
    if unit == "year":
        year = first.year - first.year % step
        while year <= last.year:
            days.append(date(year, 1, 1))
            year += step
    elif unit == "month":
        month = first.year * 12 + first.month - 1
        month -= month % step
        while month <= last.year * 12 + last.month - 1:
            days.append(date(month // 12, month % 12 + 1, 1))
            month += step
    else:
        ordinal = first.toordinal()
        ordinal -= (ordinal - 1) % step  # ordinal 1 (1 January of year 1) is a Monday
        while ordinal <= last.toordinal():
            days.append(date.fromordinal(ordinal))
            ordinal += step
    ticks = (datetime(d.year, d.month, d.day).timestamp() for d in days)
    return [t for t in ticks if lo <= t <= hi]


def tick_labels(unit: str, values: list[float]) -> list[str]:
    """ "2026"; "Jan 2026", "Apr"… (the year on January and on the first label); "5 Mar"."""
    days = [date.fromtimestamp(value) for value in values]
    if unit == "year":
        return [str(day.year) for day in days]
    if unit == "month":
        return [
            format_date(day, "month_year_short" if index == 0 or day.month == 1 else "month_short")
            for index, day in enumerate(days)
        ]
    return [format_date(day, "day_month_short") for day in days]


def _divides(major: tuple[str, int, float], minor: tuple[str, int, float]) -> bool:
    """Whether every major tick is also a minor one (so the two levels agree)."""
    (major_unit, major_step, _), (minor_unit, minor_step, _) = major, minor
    if major_unit == minor_unit:
        return major_step % minor_step == 0
    if major_unit == "year":
        return minor_unit == "month"  # 1, 3 and 6 months all divide a year
    return major_unit == "month" and minor_step == 1  # every day, not weeks

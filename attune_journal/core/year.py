"""A year in feelings: every day of one year, for the year calendar on the Trends screen.

For each day: its feelings per quadrant, weighted by intensity (the weights Trends'
weekly quadrant bars add up), its activation readings and how many fell inside the
person's window (the readings Trends counts, from ``trend_columns._slots``: an
entry's activation or its strategy's before, and the strategy's after four minutes
later), and how many check-ins were written. And how often the person checked in
lately, worded as "19 of the last 28 days": a count of days, never a run of them.

The numbers come from the same numpy columns Trends computes from
(``core.trend_columns.TrendColumns``): ``read_span`` says which days to read
(``Journal.trend_text``), or the whole journal's columns Trends keeps are used as
they are. No Qt and no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from attune_journal.core.i18n import translate
from attune_journal.core.models import Quadrant
from attune_journal.core.stats import QUADRANTS, Window, bulk_allocation
from attune_journal.core.trend_columns import TrendColumns, _slots

RECENT_DAYS = 28  # "19 of the last 28 days": four weeks, whatever the week's first day


@dataclass(frozen=True, slots=True)
class YearDay:
    """One day of the year and what was written on it."""

    day: date
    weights: tuple[int, int, int, int]  # per quadrant in ``QUADRANTS`` order, by intensity
    readings: int  # activation readings that day
    inside: int  # of them, inside the person's window
    checkins: int

    @property
    def dominant(self) -> Quadrant | None:
        """The quadrant with the most weight; on a tie the first in ``QUADRANTS`` order.

        None when no feeling with a place on the grid was noted that day.
        """
        best = max(self.weights)
        return QUADRANTS[self.weights.index(best)] if best else None

    def share(self, quadrant: Quadrant) -> float:
        """The quadrant's share of the day's weight, 0 to 1 (0 on a day without any)."""
        total = sum(self.weights)
        return self.weights[QUADRANTS.index(quadrant)] / total if total else 0.0

    @property
    def in_window(self) -> float | None:
        """The share of the day's readings inside the window, None without readings."""
        return self.inside / self.readings if self.readings else None

    @property
    def empty(self) -> bool:
        return not (self.readings or self.checkins or any(self.weights))


@dataclass(frozen=True)
class YearInFeelings:
    """Every day of ``year``, 1 January first, and the recent days with a check-in."""

    year: int
    window: Window
    days: tuple[YearDay, ...]
    recent_end: date | None  # the last of the recent days (None: the year has not begun)
    recent_with_checkin: int  # of the ``RECENT_DAYS`` days up to ``recent_end``
    year_over: bool  # the recent days are the year's last ones, not the days up to today

    def on(self, day: date) -> YearDay:
        return self.days[day.toordinal() - date(self.year, 1, 1).toordinal()]

    @property
    def days_with_checkin(self) -> int:
        return sum(1 for d in self.days if d.checkins)

    def recent_text(self) -> str:
        """How often the person checked in lately, as a count of days ("19 of the last
        28 days"), without judging the days between."""
        if self.recent_end is None:
            return ""
        days = self.recent_with_checkin  # a plain name: lupdate reads it as the count
        if self.year_over:
            return translate(
                "YearInFeelings",
                "A check-in on %n of the last {recent} days of {year}.",
                None,
                days,
            ).format(recent=RECENT_DAYS, year=self.year)
        return translate(
            "YearInFeelings", "A check-in on %n of the last {recent} days.", None, days
        ).format(recent=RECENT_DAYS)


def read_span(year: int, today: date) -> tuple[date, date]:
    """The days ``year_in_feelings`` needs read for ``year``: the year itself, the day
    before it (a strategy's "after" reading four minutes past midnight lands on
    1 January), and the recent days before ``today`` when they reach back before it."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    recent_end = min(today, last)
    return min(first - timedelta(days=1), recent_end - timedelta(days=RECENT_DAYS - 1)), last


def year_in_feelings(c: TrendColumns, window: Window, year: int, today: date) -> YearInFeelings:
    """The days of ``year`` from columns that hold at least ``read_span(year, today)``."""
    with bulk_allocation():
        return _year(c, window, year, today)


def _year(c: TrendColumns, window: Window, year: int, today: date) -> YearInFeelings:
    first = date(year, 1, 1).toordinal()
    count = date(year, 12, 31).toordinal() - first + 1

    def per_day(days: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        """Sums per day of the year of values on ``days`` (ordinals; others dropped)."""
        offset = days - first
        keep = (offset >= 0) & (offset < count)
        kept_weights = None if weights is None else weights[keep]
        return np.bincount(offset[keep], weights=kept_weights, minlength=count).astype(np.int64)

    # Feelings with a place on the grid, per day and quadrant (QUADRANTS order), as
    # Trends' weekly bars count them.
    placed = np.flatnonzero(~np.isnan(c.feeling_p) & ~np.isnan(c.feeling_e))
    p, e = c.feeling_p[placed], c.feeling_e[placed]
    quadrant = np.where(p > 0, np.where(e > 0, 0, 1), np.where(e > 0, 2, 3))
    feeling_day = c.day[c.feeling_entry[placed]]
    intensity = c.feeling_intensity[placed]
    weights = np.stack(
        [per_day(feeling_day[quadrant == q], intensity[quadrant == q]) for q in range(4)],
        axis=1,
    )

    # Activation readings: the entries of the year and the day before (an "after"
    # reading can cross midnight into 1 January).
    chosen = np.flatnonzero((c.day >= first - 1) & (c.day < first + count))
    slots = _slots(c, chosen)
    reading_days, values = slots.day, slots.value
    readings = per_day(reading_days)
    inside = per_day(reading_days[(values >= window.low) & (values <= window.high)])

    checkins = per_day(c.day[c.checkin])
    days = tuple(
        YearDay(date.fromordinal(first + i), (w[0], w[1], w[2], w[3]), r, n, k)
        for i, (w, r, n, k) in enumerate(
            zip(
                weights.tolist(),
                readings.tolist(),
                inside.tolist(),
                checkins.tolist(),
                strict=True,
            )
        )
    )

    recent_end: date | None = min(today, date(year, 12, 31))
    recent = 0
    if today.year < year:
        recent_end = None  # a year still to come
    else:
        hi = min(today, date(year, 12, 31)).toordinal()
        checkin_days = np.unique(c.day[c.checkin])
        recent = int(((checkin_days > hi - RECENT_DAYS) & (checkin_days <= hi)).sum())
    return YearInFeelings(year, window, days, recent_end, recent, today.year > year)

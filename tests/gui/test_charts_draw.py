"""The Trends charts put the numbers where they belong: bar shares, pillar lines, density."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from attune_journal.core.models import Quadrant
from attune_journal.core.stats import Reading, WeekPillars, WeekQuadrants
from attune_journal.ui import charts


@pytest.fixture
def plot(qtbot):
    widget = charts.make_plot("A test chart")
    qtbot.addWidget(widget)
    return widget


def _weeks(count: int) -> list[date]:
    return [date(2026, 3, 2) + timedelta(weeks=i) for i in range(count)]


def test_quadrant_bars_stack_each_weeks_shares_and_leave_empty_weeks_empty(plot) -> None:
    starts = _weeks(3)
    weights: list[dict[Quadrant, int]] = [
        {"yellow": 2, "green": 2, "red": 0, "blue": 0},
        {"yellow": 0, "green": 0, "red": 0, "blue": 0},  # no feelings placed that week
        {"yellow": 1, "green": 0, "red": 0, "blue": 3},
    ]
    pairs = enumerate(zip(starts, weights, strict=True))
    weeks = [WeekQuadrants(f"W{i}", s, w) for i, (s, w) in pairs]
    chart = charts.QuadrantChart(plot.getPlotItem())
    chart.update(weeks)
    assert chart.xs == [charts.week_middle(s) for s in starts]
    opts = {q: chart.bars[q].opts for q in ("yellow", "green", "red", "blue")}
    assert list(opts["yellow"]["height"]) == [50, 0, 25]
    assert list(opts["green"]["height"]) == [50, 0, 0]
    assert list(opts["blue"]["height"]) == [0, 0, 75]
    # Each quadrant sits on the ones before it: green on yellow, blue on all three.
    assert list(opts["green"]["y0"]) == [50, 0, 25]
    assert list(opts["blue"]["y0"]) == [100, 0, 25]
    chart.update([])  # an empty range draws nothing and does not fail
    assert chart.xs == [] and len(chart.bars["blue"].opts["height"]) == 0


def test_quadrant_bars_over_a_long_range_share_the_weeks_around_each(plot) -> None:
    starts = _weeks(5)
    weights: list[dict[Quadrant, int]] = [
        {"yellow": 3, "green": 1, "red": 0, "blue": 0},
        {"yellow": 0, "green": 0, "red": 0, "blue": 0},
        {"yellow": 0, "green": 0, "red": 2, "blue": 2},
        {"yellow": 0, "green": 0, "red": 0, "blue": 0},
        {"yellow": 0, "green": 0, "red": 0, "blue": 0},
    ]
    pairs = enumerate(zip(starts, weights, strict=True))
    weeks = [WeekQuadrants(f"W{i}", s, w) for i, (s, w) in pairs]
    chart = charts.QuadrantChart(plot.getPlotItem())
    chart.update(weeks, half_width=1)
    height = {q: list(chart.bars[q].opts["height"]) for q in ("yellow", "green", "red", "blue")}
    # Week 0 sees weeks 0-1: 3 yellow, 1 green. Week 1 sees 0-2: 3, 1, 2, 2 of 8.
    # Week 3 sees 2-4: 2 red, 2 blue. Week 4 sees 3-4: nothing, so no bar.
    assert height["yellow"] == [75, 37.5, 0, 0, 0]
    assert height["green"] == [25, 12.5, 0, 0, 0]
    assert height["red"] == [0, 25, 50, 50, 0]
    assert height["blue"] == [0, 25, 50, 50, 0]
    assert list(chart.bars["blue"].opts["y0"]) == [100, 75, 50, 50, 0]


def test_pillar_lines_join_only_the_answered_weeks(plot) -> None:
    starts = _weeks(4)
    scores: list[dict[str, float | None]] = [
        {"safety": 3.0, "fun": None},
        {"safety": None, "fun": None},  # no check-in, or every item skipped
        {"safety": 4.5, "fun": 2.0},
        {"safety": None, "fun": 5.0},
    ]
    pairs = enumerate(zip(starts, scores, strict=True))
    weeks = [WeekPillars(f"W{i}", s, sc) for i, (s, sc) in pairs]
    chart = charts.PillarChart(plot.getPlotItem(), {"safety": "Safety", "fun": "Fun"})
    chart.update(weeks)
    xs = [charts.week_middle(s) for s in starts]
    safety_x, safety_y = chart.lines["safety"].getData()
    fun_x, fun_y = chart.lines["fun"].getData()
    assert list(safety_x) == [xs[0], xs[2]] and list(safety_y) == [3.0, 4.5]
    assert list(fun_x) == [xs[2], xs[3]] and list(fun_y) == [2.0, 5.0]
    # Over a long range each point is the mean of the scored weeks around it.
    chart.update(weeks, half_width=1)
    safety_x, safety_y = chart.lines["safety"].getData()
    assert list(safety_x) == [xs[0], xs[2]] and list(safety_y) == [3.0, 4.5]


def test_the_reading_density_counts_readings_per_slot_and_level(qtbot) -> None:
    day = date(2026, 3, 2)
    x0 = charts.noon(day) - 43200
    x1 = x0 + 4 * 86400  # four days, four slots
    readings = [
        Reading(x0 + 3600, day, 5, "checkin"),
        Reading(x0 + 7200, day, 5, "note"),  # the same slot and level: counted twice
        Reading(x0 + 2 * 86400 + 60, day + timedelta(days=2), 9, "after"),
    ]
    image = charts._reading_density(readings, x0, x1, 4)
    assert image.shape == (4, 11, 4)
    alpha = image[..., 3]
    assert alpha[0, 5] > alpha[2, 9] > 0  # more readings, stronger
    assert alpha[0, 5] <= 125  # under half opacity: the rolling mean reads on top
    shown = {(int(s), int(v)) for s, v in zip(*alpha.nonzero(), strict=True)}
    assert shown == {(0, 5), (2, 9)}


def test_noon_is_the_local_noon_and_stays_so_when_asked_again() -> None:
    for day in (date(2026, 3, 29), date(2026, 10, 25), date(1999, 12, 31)):
        expected = datetime(day.year, day.month, day.day, 12).timestamp()
        assert charts.noon(day) == expected
        assert charts.noon(day) == expected  # from the cache

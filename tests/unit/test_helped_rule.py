"""One rule and one wording for "what helped", shared by Trends and the weekly review."""

from __future__ import annotations

from attune_journal.core import review, stats
from attune_journal.core.models import Note, StrategyTry
from tests.unit.test_stats import WINDOW, at, hand_journal


def _tries(name: str, pairs: list[tuple[int, int]], day: int = 17) -> list[Note]:
    return [
        Note(at=at(day, 8 + i), strategy=StrategyTry(name, before, after))
        for i, (before, after) in enumerate(pairs)
    ]


def _lines(entries: list[Note]) -> list[str]:
    return stats.helped_lines(
        stats.strategy_effectiveness(stats.facts_from_entries(entries), WINDOW)
    )


def test_one_try_is_not_enough_to_tell() -> None:
    assert _lines(_tries("Box breathing", [(8, 5)])) == [
        "Not enough tries yet to tell: Box breathing (1)"
    ]


def test_three_tries_that_help_and_three_that_do_not() -> None:
    entries = _tries("Cyclic sigh", [(8, 5), (8, 5), (7, 5)])  # 3, 3, 2 steps toward 4.5
    entries += _tries("Orienting", [(7, 7), (7, 7), (7, 7)], day=18)  # no movement
    entries += _tries("Box breathing", [(6, 5), (8, 4)], day=19)
    assert _lines(entries) == [
        "Cyclic sigh: on average 2.7 steps toward your window (3 tries)",
        "Orienting: hasn't clearly helped so far, on average 0.0 steps toward your window "
        "(3 tries)",
        "Not enough tries yet to tell: Box breathing (2)",
    ]


def test_moving_away_is_said_gently() -> None:
    lines = _lines(_tries("Tapping", [(5, 8), (5, 8), (5, 8)]))
    assert lines == [
        "Tapping: hasn't clearly helped so far, on average 3.0 steps away from your window "
        "(3 tries)"
    ]


def test_the_weekly_review_and_trends_say_the_same_for_the_same_week(journal) -> None:
    from attune_journal.core import trend_columns

    entries = [*hand_journal(), *_tries("Box breathing", [(8, 5)], day=19)]
    data = review.build_week_review("2026-W47", entries, WINDOW)
    text = review.render_markdown(data)
    for entry in entries:
        entry.id = None
    journal.save_many(entries)
    start, end = data.start, data.end
    columns = trend_columns.columns_from_text(journal.trend_text(start, end))
    trends = trend_columns.compute_trends(columns, WINDOW, start, end)
    lines = stats.helped_lines(trends.strategies)
    assert lines == [
        "Cyclic sigh: on average 1.3 steps toward your window (3 tries)",
        "Not enough tries yet to tell: Box breathing (1), Movement (1)",
    ]
    for line in lines:
        assert f"- {line}\n" in text
    # The week's data follows the same rule: one good try is not "helped" yet.
    assert [s.name for s in data.strategies_helped] == ["Cyclic sigh"]
    assert [s.name for s in data.strategies_too_few] == ["Box breathing", "Movement"]


def test_names_are_escaped_for_markdown_only() -> None:
    entries = _tries("Sigh_*twice*", [(8, 5)])
    report = stats.strategy_effectiveness(stats.facts_from_entries(entries), WINDOW)
    assert stats.helped_lines(report) == ["Not enough tries yet to tell: Sigh_*twice* (1)"]
    assert stats.helped_lines(report, review.md_escape) == [
        r"Not enough tries yet to tell: Sigh\_\*twice\* (1)"
    ]


def test_body_heat_is_spread_over_the_ranges_own_counts() -> None:
    regions = [
        stats.RegionCount("chest", {"tension": 67}),
        stats.RegionCount("belly", {"tension": 45}),
        stats.RegionCount("jaw", {"tension": 56}),
    ]
    heat, fewest, most = stats.body_heat_spread(regions)
    assert (fewest, most) == (45, 67)
    assert heat["chest"] == 1.0 and heat["belly"] == stats.BODY_HEAT_FLOOR
    assert stats.BODY_HEAT_FLOOR < heat["jaw"] < 1.0
    # Relative to the most noticed only, all three sat between 0.67 and 1: one colour.
    assert min(stats.body_heat(regions).values()) > 0.66
    even = [stats.RegionCount("chest", {"tension": 4}), stats.RegionCount("jaw", {"heat": 4})]
    assert stats.body_heat_spread(even) == ({"chest": 1.0, "jaw": 1.0}, 4, 4)
    assert stats.body_heat_spread([]) == ({}, 0, 0)

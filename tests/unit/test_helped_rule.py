"""One rule and one wording for "what helped", shared by Trends and the weekly review."""

from __future__ import annotations

from collections.abc import Sequence

from attune_journal.core import review, stats
from attune_journal.core.models import CheckIn, EntryBase, Note, StrategyTry
from tests.unit.test_stats import WINDOW, at, hand_journal


def _tries(name: str, pairs: list[tuple[int, int]], day: int = 17) -> list[Note]:
    return [
        Note(at=at(day, 8 + i), strategy=StrategyTry(name, before, after))
        for i, (before, after) in enumerate(pairs)
    ]


def _waits(pairs: list[tuple[int, int]], day: int = 20) -> list[EntryBase]:
    """A check-in and a note 5 minutes later, no strategy: how activation moves by itself."""
    entries: list[EntryBase] = []
    for i, (first, then) in enumerate(pairs):
        entries.append(CheckIn(at=at(day, 8 + 2 * i), activation=first))
        entries.append(Note(at=at(day, 8 + 2 * i, 5), activation=then))
    return entries


NOTHING_TO_COMPARE = (
    "Nothing to compare with yet: strategies are set against waiting, two check-ins or "
    "notes up to 15 minutes apart with no strategy noted (0 of 3 so far)"
)


def _lines(entries: Sequence[EntryBase]) -> list[str]:
    return stats.helped_lines(
        stats.strategy_effectiveness(stats.facts_from_entries(entries), WINDOW)
    )


def test_one_try_is_not_enough_to_tell() -> None:
    assert _lines(_tries("Box breathing", [(8, 5)])) == [
        "Not enough tries yet to tell: Box breathing (1)"
    ]


def test_three_tries_that_help_and_three_that_do_not() -> None:
    entries: list[EntryBase] = [*_tries("Cyclic sigh", [(8, 5), (8, 5), (7, 5)])]  # 3, 3, 2 steps
    entries += _tries("Orienting", [(7, 7), (7, 7), (7, 7)], day=18)  # no movement
    entries += _tries("Box breathing", [(6, 5), (8, 4)], day=19)
    # Left alone, activation stayed where it was: 0 steps each time.
    entries += _waits([(8, 8), (7, 7), (8, 8), (9, 9)])
    # Sigh minus waiting: 2.67, se sqrt((1/3)/3) = 0.33 on 2 degrees of freedom, so
    # 2.67 - 4.30 * 0.33 = 1.23 > 0. Orienting equals waiting exactly: the interval is 0.
    assert _lines(entries) == [
        "Cyclic sigh: seems to help more than waiting, on average 2.7 steps toward the middle "
        "of your window, about 2.7 more than waiting (3 tries)",
        "Orienting: about the same as waiting so far, on average 0.0 steps toward the middle "
        "of your window (3 tries)",
        "Waiting, with no strategy noted: on average 0.0 steps toward the middle of your "
        "window between readings up to 15 minutes apart (4 times)",
        "Not enough tries yet to tell: Box breathing (2)",
    ]


def test_moving_away_is_said_gently() -> None:
    lines = _lines(_tries("Tapping", [(5, 8), (5, 8), (5, 8)]))
    assert lines == [
        "Tapping: too soon to say, on average 3.0 steps further from the middle of your "
        "window (3 tries)",
        NOTHING_TO_COMPARE,
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
        "Cyclic sigh: too soon to say, on average 1.3 steps toward the middle of your window "
        "(3 tries)",
        NOTHING_TO_COMPARE,
        "Not enough tries yet to tell: Box breathing (1), Movement (1)",
    ]
    for line in lines:
        assert f"- {line}\n" in text
    # The week's data follows the same rule: with no waits this week to set them
    # against, even three good tries are not "helped" yet.
    assert data.strategies_helped == []
    assert [s.name for s in data.strategies_other] == ["Cyclic sigh"]
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

"""The weekly review's statistics (``core.stats``) on a small hand-built journal; every
number is worked out by hand below. Trends' own numbers on the same journal, from a
store, are in test_trend_columns."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from attune_journal.core import stats
from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Entry,
    Feeling,
    NeedState,
    Note,
    RelationshipCheckIn,
    StrategyTry,
    WeeklyReview,
)

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-5))
WINDOW = stats.Window(3, 6)  # centre 4.5


def at(day: int, hour: int, minute: int = 0, tz: timezone = CET, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


def hand_journal() -> list:
    """Week 2026-W47 (Mon 16 - Sun 22 Nov 2026), window 3..6."""
    return [
        CheckIn(
            id=1,
            at=at(16, 8),
            activation=7,
            strategy=StrategyTry("Cyclic sigh", 7, 5),
            feelings=[Feeling("anxious", -0.4, 0.7, 3), Feeling("calm", 0.5, -0.8, 1)],
            needs=[NeedState("rest", False), NeedState("being heard", True)],
            body=[BodySensation("chest", "tight", 3), BodySensation("belly", "fluttery", 2)],
        ),
        Note(id=2, at=at(16, 14), activation=2, strategy=StrategyTry("Movement", 2, 5)),
        CheckIn(
            id=3,
            at=at(17, 20),
            activation=4,
            feelings=[Feeling("calm", 0.5, -0.8, 2), Feeling("sad", -0.7, -0.4, 2)],
            needs=[NeedState("rest", True)],
            body=[BodySensation("chest", "heavy", 1)],
            starred=True,
        ),
        Note(id=4, at=at(18, 9), activation=8, strategy=StrategyTry("cyclic sigh", 8, 7)),
        # No separate activation: the strategy's before (6) stands in for it.
        Note(id=5, at=at(19, 9), strategy=StrategyTry("Cyclic sigh", 6, 4)),
        # Not check-ins or notes: ignored by the statistics.
        WeeklyReview(id=6, at=at(22, 19), week="2026-W47", went_well="Walks."),
    ]


@pytest.fixture
def facts() -> list[stats.Fact]:
    return stats.facts_from_entries(hand_journal())


def test_readings_include_strategy_before_and_after(facts: list[stats.Fact]) -> None:
    readings = stats.activation_readings(facts)
    # 1: 7 then after 5; 2: 2 then 5; 3: 4; 4: 8 then 7; 5: before 6 then 4.
    assert [r.value for r in readings] == [7, 5, 2, 5, 4, 8, 7, 6, 4]
    assert [r.source for r in readings][:4] == ["checkin", "after", "note", "after"]
    assert readings[1].t - readings[0].t == 240  # the after reading is 4 minutes later
    # 7+5+2+5+4+8+7+6+4 = 48 over 9 readings
    assert stats.mean_activation(readings) == pytest.approx(48 / 9)


def test_window_shares(facts: list[stats.Fact]) -> None:
    shares = stats.window_shares(stats.activation_readings(facts), WINDOW)
    # above 6: 7, 8, 7; below 3: 2; inside: 5, 5, 4, 6, 4
    assert (shares.above, shares.inside, shares.below) == (3, 5, 1)
    assert shares.share("inside") == pytest.approx(5 / 9)
    assert stats.Shares().share("inside") == 0.0  # no readings: no division by zero


def test_strategy_effectiveness_moves_toward_the_centre(facts: list[stats.Fact]) -> None:
    report = stats.strategy_effectiveness(facts, WINDOW)
    # Improvements |before-4.5| - |after-4.5|: sigh 7->5 = 2.5-0.5 = 2; movement 2->5 =
    # 2.5-0.5 = 2 (up is success when shut down); sigh 8->7 = 3.5-2.5 = 1; sigh 6->4 = 1.5-0.5 = 1
    assert report.uses == 4
    assert report.overall_mean == pytest.approx(1.5)  # (2+2+1+1)/4
    [sigh] = report.ranked
    assert sigh.name == "Cyclic sigh" and sigh.n == 3  # "cyclic sigh" is the same strategy
    assert sigh.mean == pytest.approx(4 / 3)
    # Shrunk: (4 + 3*1.5) / (3 + 3) = 8.5/6
    assert sigh.shrunk == pytest.approx(8.5 / 6)
    # Nothing to compare with: no two readings within 15 minutes without a strategy.
    assert report.waiting.n == 0 and sigh.versus_waiting is None
    assert sigh.verdict == "too soon" and not sigh.helps
    [movement] = report.too_few  # one try: not ranked, however good
    assert movement.n == 1 and movement.shrunk == pytest.approx((2 + 4.5) / 4)
    assert stats.helped_lines(report) == [
        "Cyclic sigh: too soon to say, on average 1.3 steps toward the middle of your window "
        "(3 tries)",
        "Nothing to compare with yet: strategies are set against waiting, two check-ins or "
        "notes up to 15 minutes apart with no strategy noted (0 of 3 so far)",
        "Not enough tries yet to tell: Movement (1)",
    ]


def test_strategy_that_moves_away_is_worded_gently() -> None:
    facts = stats.facts_from_entries(
        [Note(at=at(16, h), strategy=StrategyTry("Box breathing", 5, 8)) for h in (8, 9, 10)]
    )
    report = stats.strategy_effectiveness(facts, WINDOW)
    [score] = report.ranked
    # each use: |5-4.5| - |8-4.5| = 0.5 - 3.5 = -3; overall -3; shrunk (-9 - 9)/6 = -3
    assert score.shrunk == pytest.approx(-3.0) and not score.helps
    assert stats.helped_lines(report)[0] == (
        "Box breathing: too soon to say, on average 3.0 steps further from the middle of your "
        "window (3 tries)"
    )


def test_top_feelings(facts: list[stats.Fact]) -> None:
    top = stats.top_feelings(facts)
    # anxious 3 (red); calm 1 + 2 (green); sad 2 (blue)
    assert top["red"] == [("anxious", 3)]
    assert top["green"] == [("calm", 3)]
    assert top["blue"] == [("sad", 2)]
    assert top["yellow"] == [] and top[None] == []


def test_needs_and_body(facts: list[stats.Fact]) -> None:
    assert stats.needs_summary(facts) == [
        stats.NeedCount("rest", met=1, unmet=1),
        stats.NeedCount("being heard", met=1, unmet=0),
    ]
    body = stats.body_summary(facts)
    # chest: tight + heavy (both tension); belly: fluttery (movement)
    assert [(r.region, r.families) for r in body] == [
        ("chest", {"tension": 2}),
        ("belly", {"movement": 1}),
    ]
    assert stats.body_heat(body) == {"chest": 1.0, "belly": 0.5}
    assert stats.family_totals(body) == {"tension": 2, "movement": 1}
    own = stats.facts_from_entries([CheckIn(at=at(16, 8), body=[BodySensation("hands", "zingy")])])
    assert stats.body_summary(own)[0].families == {stats.OWN_FAMILY: 1}


def test_relationship_pillars_by_week() -> None:
    checkins = [
        RelationshipCheckIn(at=at(15, 20), week="2026-W46", answers={"safety.1": 3, "safety.2": 3}),
        RelationshipCheckIn(
            at=at(22, 20), week="2026-W47", answers={"safety.1": 4, "safety.2": 5, "fun.1": 2}
        ),
    ]
    weeks = stats.pillars_for_weeks(
        checkins, stats.week_labels(date(2026, 11, 9), date(2026, 11, 29))
    )
    assert [w.week for w in weeks] == ["2026-W46", "2026-W47", "2026-W48"]
    assert weeks[0].scores["safety"] == 3.0 and weeks[0].scores["fun"] is None
    assert weeks[1].scores["safety"] == 4.5  # (4 + 5) / 2
    assert weeks[1].scores["fun"] == 2.0  # one item answered
    assert not weeks[2].answered and set(weeks[2].scores.values()) == {None}
    change = stats.pillar_change(weeks[1].scores, weeks[0].scores)
    assert change["safety"] == pytest.approx(1.5) and change["fun"] is None
    assert stats.week_labels(date(2026, 11, 20), date(2026, 11, 1)) == []


def test_the_folds_of_counted_tables() -> None:
    """The ends the weekly review and Trends share, fed counts in the order first seen."""
    # Levels 0..10 with how many readings each: 2 below, 4 inside, 1 above a 3..6 window.
    assert stats.shares_from_levels([(2, 2), (3, 1), (6, 3), (7, 1)], WINDOW) == stats.Shares(
        2, 4, 1
    )
    assert stats.needs_from_counts(
        [(("Rest", True), 2), (("play", False), 1), (("rest", False), 3), (("Play", True), 1)]
    ) == [stats.NeedCount("Rest", 2, 3), stats.NeedCount("play", 1, 1)]
    body = stats.body_from_counts(
        [(("chest", "heavy"), 1), (("belly", "fluttery"), 2), (("chest", "tight"), 2)]
    )
    assert [(r.region, r.families) for r in body] == [
        ("chest", {"tension": 3}),
        ("belly", {"movement": 2}),
    ]
    assert stats.strategy_report([]) == stats.StrategyReport([], [], 0.0, 0)
    assert stats.body_heat([]) == {} and stats.needs_from_counts([]) == []


def test_dst_changes_group_by_local_day_and_order_by_true_time() -> None:
    entries = [
        # Berlin, spring forward on 29 March 2026: 02:00 +01:00 becomes 03:00 +02:00.
        CheckIn(at=at(28, 23, 30, CET, month=3), activation=4),
        CheckIn(at=at(29, 1, 30, CET, month=3), activation=5),
        CheckIn(at=at(29, 3, 30, CEST, month=3), activation=6),  # 01:30 UTC
        # Fall back on 25 October 2026: 02:30 +02:00 (00:30 UTC) comes *before* 02:15 +01:00.
        CheckIn(at=at(25, 2, 15, CET, month=10), activation=2),
        CheckIn(at=at(25, 2, 30, CEST, month=10), activation=8),
    ]
    readings = stats.activation_readings(stats.facts_from_entries(entries))
    assert [r.value for r in readings] == [4, 5, 6, 8, 2]
    assert [r.day for r in readings] == [
        date(2026, 3, 28),
        date(2026, 3, 29),
        date(2026, 3, 29),
        date(2026, 10, 25),
        date(2026, 10, 25),
    ]


def test_time_zone_move_keeps_the_local_day() -> None:
    entries = [
        # 23:30 in New York on Friday 20 November is 04:30 UTC on the 21st ...
        Note(at=at(20, 23, 30, NEW_YORK), activation=7),
        # ... after 01:00 in Berlin on Saturday 21 November (00:00 UTC).
        Note(at=at(21, 1, 0, CET), activation=3),
    ]
    facts = stats.facts_from_entries(entries)
    assert [f.activation for f in facts] == [3, 7]  # true time order
    readings = stats.activation_readings(facts)
    assert [(r.day, r.value) for r in readings] == [
        (date(2026, 11, 21), 3),
        (date(2026, 11, 20), 7),
    ]


def test_a_flat_average_never_seems_to_help_even_when_shrunk_upward() -> None:
    entries = [Note(at=at(16, h), strategy=StrategyTry("Orienting", 7, 7)) for h in (8, 9, 10)]
    entries += [Note(at=at(17, h), strategy=StrategyTry("Cyclic sigh", 8, 5)) for h in (8, 9, 10)]
    report = stats.strategy_effectiveness(stats.facts_from_entries(entries), WINDOW)
    # Orienting: 2.5 - 2.5 = 0 each; sigh: 3.5 - 0.5 = 3 each; overall (0*3 + 3*3)/6 = 1.5
    orienting = next(s for s in report.ranked if s.name == "Orienting")
    assert orienting.mean == 0.0
    assert orienting.shrunk == pytest.approx((0 + 3 * 1.5) / 6)  # 0.75, pulled up by the sigh
    assert not orienting.helps
    assert orienting.verdict == "too soon"  # and nothing to compare with: no waits
    assert stats.helped_lines(report)[1].startswith("Orienting: too soon to say, on average 0.0")


def _random_entries(seed: int) -> list:
    """A seeded mixed journal: time zones, own words, zero coordinates, spellings by case."""
    import random

    rng = random.Random(seed)
    zones = [CET, CEST, NEW_YORK]
    words = [("calm", 0.5, -0.8), ("edge", 0.0, 0.0), ("flat", -0.2, 0.0), ("zing", 0.0, 0.6)]
    entries: list[Entry] = []
    for i in range(300):
        when = datetime(2025, 1, 1, tzinfo=rng.choice(zones)) + timedelta(
            hours=rng.randrange(0, 24 * 500), minutes=rng.randrange(60)
        )
        strategy = None
        if rng.random() < 0.4:
            strategy = StrategyTry(
                rng.choice(["Cyclic sigh", "cyclic sigh", "Walk"]),
                rng.choice([None, rng.randrange(11)]),
                rng.choice([None, rng.randrange(11)]),
            )
        feelings = []
        for _ in range(rng.randrange(4)):
            if rng.random() < 0.2:
                feelings.append(Feeling("my own word", None, None, rng.randint(1, 3)))
            else:
                word, p, e = rng.choice(words)
                feelings.append(Feeling(word, p, e, rng.randint(1, 3)))
        needs = [
            NeedState(rng.choice(["Rest", "rest", "being heard"]), rng.random() < 0.5)
            for _ in range(rng.randrange(3))
        ]
        activation = rng.choice([None, rng.randrange(11)])
        if rng.random() < 0.5:
            body = [
                BodySensation(
                    rng.choice(["chest", "belly", "throat"]),
                    rng.choice(["tight", "fluttery", "my own sensation"]),
                    rng.randint(1, 3),
                )
                for _ in range(rng.randrange(3))
            ]
            entries.append(
                CheckIn(
                    id=i + 1,
                    at=when,
                    activation=activation,
                    strategy=strategy,
                    feelings=feelings,
                    needs=needs,
                    body=body,
                )
            )
        else:
            entries.append(
                Note(
                    id=i + 1,
                    at=when,
                    activation=activation,
                    strategy=strategy,
                    feelings=feelings,
                    needs=needs,
                )
            )
    return entries

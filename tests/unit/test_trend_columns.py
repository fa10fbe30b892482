"""Trends' numbers (``core.trend_columns``) on real stores, against what they must be.

The hand-built journal of test_stats has every number worked out by hand below.
Seeded random journals (time zones, own words, spellings by case, trash, other
kinds) are checked against ``_expected``: the same numbers worked out the slow,
obvious way from whole entries, with the weekly review's own functions for what
both screens show (so the two screens agree) and brute force for the rest. Every
comparison is ``==`` on whole ``TrendStats`` (and on the parts that carry order a
plain ``==`` would not see, such as the body families' order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest

from attune_journal.core import stats
from attune_journal.core import trend_columns as columns
from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Feeling,
    NeedState,
    Note,
    Quadrant,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
    quadrant_of,
)
from tests.clock import Clock
from tests.unit.test_stats import WINDOW, _random_entries, hand_journal

CET = timezone(timedelta(hours=1))
KOLKATA = timezone(timedelta(hours=5, minutes=30))
WINDOWS = (stats.Window(3, 6), stats.Window(2, 8))
RANGES: list[tuple[date | None, date | None]] = [
    (None, None),
    (date(2025, 3, 1), date(2025, 9, 30)),
    (date(2025, 2, 3), None),
    (None, date(2025, 6, 15)),
    (date(2025, 5, 5), date(2025, 5, 5)),
    (date(2025, 8, 1), date(2025, 7, 1)),  # end before start: the start's day alone
    (None, date(2020, 1, 1)),  # before every entry
    (date(2030, 1, 1), None),  # after every entry
]


def _reference(journal, window, start, end, first_weekday, relationship, today=None):
    """What Trends must show for the range, worked out the slow, obvious way.

    With no start and no entries the range starts today: pass the pinned ``today``.
    """
    facts = stats.facts_from_entries(journal.entries(newest_first=False))
    days = [f.day for f in facts]
    if not (start or days):
        assert today is not None, "an empty range starts today: pass fixed_clock.today"
    lo = start or (min(days) if days else today)
    hi = max(lo, end or (max(days) if days else lo))
    kept = [f for f in facts if lo <= f.day <= hi]
    readings = stats.activation_readings(kept)
    half_width = stats.smoothing_half_width(lo, hi)
    weeks = stats.week_labels(lo, hi, first_weekday)
    return stats.TrendStats(
        start=lo,
        end=hi,
        window=window,
        readings=readings,
        daily=_brute_daily(readings, half_width),
        half_width=half_width,
        shares=stats.window_shares(readings, window),
        quadrant_weeks=_brute_quadrants(kept, weeks),
        density=_brute_density(kept),
        needs=stats.needs_summary(kept),
        body=stats.body_summary(kept),
        strategies=stats.strategy_effectiveness(kept, window),
        pillar_weeks=_brute_pillars(relationship, weeks),
        entry_count=len(kept),
    )


def _brute_daily(readings: list[stats.Reading], half_width: int) -> list[stats.DayPoint]:
    """Per day with readings: its mean, and the mean of all readings within h days."""
    points = []
    for day in sorted({r.day for r in readings}):
        own = [r.value for r in readings if r.day == day]
        near = [r.value for r in readings if abs((r.day - day).days) <= half_width]
        points.append(stats.DayPoint(day, sum(own) / len(own), sum(near) / len(near), len(own)))
    return points


def _brute_quadrants(facts, weeks):
    found = []
    for label, first in weeks:
        weights = dict.fromkeys(stats.QUADRANTS, 0)
        for fact in facts:
            if first <= fact.day < first + timedelta(days=7):
                for _word, p, e, intensity in fact.feelings:
                    if p is not None and e is not None:
                        weights[quadrant_of(p, e)] += intensity
        found.append(stats.WeekQuadrants(label, first, weights))
    return found


def _brute_density(facts):
    totals: dict[tuple[float, float], float] = defaultdict(float)
    for fact in facts:
        for _word, p, e, intensity in fact.feelings:
            if p is not None and e is not None:
                totals[(p, e)] += intensity
    return [(p, e, weight) for (p, e), weight in sorted(totals.items())]


def _brute_pillars(checkins, weeks):
    live = {c.week: c for c in checkins if not c.is_trashed}
    return [
        stats.WeekPillars(label, first, stats.pillar_scores(live.get(label)))
        for label, first in weeks
    ]


def _columnar(journal, window, start, end, first_weekday, relationship):
    data = columns.columns_from_text(journal.trend_text(*columns.read_range(start, end)))
    return columns.compute_trends(data, window, start, end, first_weekday, relationship)


def _text(
    entries: Sequence[tuple[int, str, str | None, int]],
    feelings: Sequence[tuple[int, float, float]] = (),
    needs: Sequence[tuple[int, int, str]] = (),
    body: Sequence[tuple[int, int, str, str]] = (),
) -> columns.TrendText:
    """A ``TrendText`` from hand-written rows, in the store's row form (entry keys
    ``(id, at, strategy, packed)``); texts of other lengths go in ``odd_at``."""
    width = columns.AT_WIDTH
    return columns.TrendText(
        entry_keys=[i << 13 | packed for i, _, _, packed in entries],
        entry_at="".join(
            at if len(at) == width else columns.AT_STAND_IN for _, at, _, _ in entries
        ),
        odd_at=[(i, at) for i, at, _, _ in entries if len(at) != width],
        strategies=[(i, name) for i, _, name, _ in entries if name],
        feeling_keys=[key for key, _, _ in feelings],
        feeling_places=None,
        feeling_floats=([p for _, p, _ in feelings], [e for _, _, e in feelings]),
        need_entries=[i for i, _, _ in needs],
        need_keys=[key for _, key, _ in needs],
        need_names=[name for _, _, name in needs],
        body_entries=[i for i, _, _, _ in body],
        body_positions=[pos for _, pos, _, _ in body],
        body_regions=[region for _, _, region, _ in body],
        body_sensations=[sensation for _, _, _, sensation in body],
    )


def _assert_same(expected: stats.TrendStats, got: stats.TrendStats) -> None:
    # Part by part first, so a failure names the part.
    for name in stats.TrendStats.__dataclass_fields__:
        assert getattr(got, name) == getattr(expected, name), name
    assert got == expected
    assert [type(r) for r in got.readings] == [stats.Reading] * len(got.readings)
    assert [list(r.families) for r in got.body] == [list(r.families) for r in expected.body]
    assert list(stats.family_totals(got.body)) == list(stats.family_totals(expected.body))
    assert [list(w.weights) for w in got.quadrant_weeks] == [
        list(w.weights) for w in expected.quadrant_weeks
    ]
    # Same kinds of numbers, not just equal ones (1 == 1.0 would hide a float count).
    assert [type(x) for r in got.readings for x in r] == [
        type(x) for r in expected.readings for x in r
    ]
    assert [(type(n.met), type(n.unmet)) for n in got.needs] == [
        (type(n.met), type(n.unmet)) for n in expected.needs
    ]


def _store_random(journal, seed: int) -> list[RelationshipCheckIn]:
    """The seeded journal of test_stats, plus what the statistics must leave out."""
    entries = _random_entries(seed)
    for entry in entries:
        entry.id = None
        if isinstance(entry, Note):
            entry.text = "A moment."  # some random notes hold nothing else, and must hold something
    journal.save_many(entries)
    # Trashed check-ins and notes, with children: never counted.
    for entry in entries[::37]:
        journal.trash(entry.id)
    journal.save_many(
        [
            RepairEntry(
                at=datetime(2025, 4, 2, 21, tzinfo=CET),
                what_happened="A sharp word.",
                feelings=[Feeling("sad", -0.7, -0.4, 3)],
                needs=[NeedState("Closeness", False)],
            ),
            WeeklyReview(at=datetime(2025, 4, 6, 19, tzinfo=CET), week="2025-W14"),
            # Four minutes before local midnight: the after reading is on the next day.
            Note(
                at=datetime(2025, 5, 5, 23, 57, tzinfo=KOLKATA),
                activation=9,
                strategy=StrategyTry("Walk", 9, 4),
            ),
            # Strategy without before and after, and one with only an after.
            Note(at=datetime(2025, 5, 6, 8, tzinfo=CET), strategy=StrategyTry("Humming")),
            CheckIn(
                at=datetime(2025, 5, 6, 9, tzinfo=CET),
                strategy=StrategyTry("Humming", None, 5),
                needs=[NeedState("REST", True), NeedState("being heard", False)],
                body=[BodySensation("throat", "Tight", 2), BodySensation("throat", "warm", 1)],
            ),
            # The same moment as another entry: order by id breaks the tie.
            Note(at=datetime(2025, 5, 6, 9, tzinfo=CET), activation=2),
        ]
    )
    relationship = [
        RelationshipCheckIn(
            at=datetime(2025, 3, 15, 20, tzinfo=CET), week="2025-W11", answers={"safety.1": 3}
        ),
        RelationshipCheckIn(
            at=datetime(2025, 5, 22, 20, tzinfo=CET), week="2025-W21", answers={"fun.1": 5}
        ),
        # Every item skipped, and one in the trash: neither has a score.
        RelationshipCheckIn(at=datetime(2025, 6, 5, 20, tzinfo=CET), week="2025-W23"),
        RelationshipCheckIn(
            at=datetime(2025, 6, 12, 20, tzinfo=CET), week="2025-W24", answers={"safety.1": 1}
        ),
    ]
    journal.save_many(relationship)
    journal.trash(journal.relationship_checkins()[-1].id)
    return journal.relationship_checkins()


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_random_journals_every_range_week_start_and_window(journal, seed: int) -> None:
    relationship = _store_random(journal, seed)
    for start, end in RANGES:
        for first_weekday in (0, 6):
            for window in WINDOWS:
                args = (window, start, end, first_weekday, relationship)
                expected = _reference(journal, *args)
                _assert_same(expected, _columnar(journal, *args))
    whole = _columnar(journal, WINDOWS[0], None, None, 0, relationship)
    assert whole.entry_count > 250 and len(whole.needs) >= 2 and whole.body
    # The screen reads only the live check-ins' weeks and answers: the same pillars.
    lean = journal.relationship_answers()
    assert [(a.week, a.answers) for a in lean] == [
        (c.week, c.answers) for c in journal.relationship_checkins()
    ]
    assert [a.week for a in lean] == ["2025-W11", "2025-W21", "2025-W23"]
    assert _columnar(journal, WINDOWS[0], None, None, 0, lean) == whole
    scored = {w.week: w.scores for w in whole.pillar_weeks if w.answered}
    assert set(scored) == {"2025-W11", "2025-W21"}  # not the skipped week, not the trashed one
    assert any(r.source == "after" for r in whole.readings)


@pytest.fixture
def hand_store(journal):
    entries = hand_journal()
    for entry in entries:
        entry.id = None
    journal.save_many(entries)
    return journal


def test_the_hand_journal_activation(hand_store) -> None:
    got = _columnar(hand_store, WINDOW, date(2026, 11, 16), date(2026, 11, 22), 0, [])
    assert got.entry_count == 5  # the weekly review is not a check-in or note
    # 1: 7 then after 5; 2: 2 then 5; 3: 4; 4: 8 then 7; 5: before 6 then 4.
    assert [r.value for r in got.readings] == [7, 5, 2, 5, 4, 8, 7, 6, 4]
    assert [r.source for r in got.readings][:4] == ["checkin", "after", "note", "after"]
    assert got.readings[1].t - got.readings[0].t == 240  # four minutes later
    # above 6: 7, 8, 7; below 3: 2; inside: 5, 5, 4, 6, 4
    assert got.shares == stats.Shares(below=1, inside=5, above=3)
    # Daily means: Mon (7+5+2+5)/4 = 4.75, Tue 4, Wed (8+7)/2 = 7.5, Thu (6+4)/2 = 5;
    # a week's range smooths over +-3 days, which here is every reading: 48 / 9.
    assert got.half_width == 3
    assert [(p.day.day, p.mean, p.n) for p in got.daily] == [
        (16, 4.75, 4),
        (17, 4.0, 1),
        (18, 7.5, 2),
        (19, 5.0, 2),
    ]
    assert all(p.smooth == pytest.approx(48 / 9) for p in got.daily)


def test_the_smoothed_line_over_the_days_around() -> None:
    days = np.array([16, 16, 16, 16, 17, 18, 18, 19, 19]) + date(2026, 11, 1).toordinal() - 1
    values = np.array([7, 5, 2, 5, 4, 8, 7, 6, 4])
    narrow = columns._daily(days, values, 1)
    # Mon, +-1 day: (19 + 4) / 5 = 4.6; Tue: (19 + 4 + 15) / 7; Wed: (4 + 15 + 10) / 5;
    # Thu: (15 + 10) / 4
    assert [p.smooth for p in narrow] == [4.6, 38 / 7, 29 / 5, 25 / 4]
    assert columns._daily(days[:0], values[:0], 1) == []


def test_the_hand_journal_feelings_needs_and_body(hand_store) -> None:
    got = _columnar(hand_store, WINDOW, date(2026, 11, 9), date(2026, 11, 22), 0, [])
    assert [w.week for w in got.quadrant_weeks] == ["2026-W46", "2026-W47"]
    assert got.quadrant_weeks[0].total == 0  # a week with nothing
    # anxious 3 (red); calm 1 + 2 (green); sad 2 (blue)
    assert got.quadrant_weeks[1].weights == {"yellow": 0, "green": 3, "red": 3, "blue": 2}
    assert stats.quadrant_totals(got.quadrant_weeks) == {
        "yellow": 0,
        "green": 3,
        "red": 3,
        "blue": 2,
    }
    # Intensity summed per place, sorted by place; the grid scales the weights itself.
    assert got.density == [(-0.7, -0.4, 2.0), (-0.4, 0.7, 3.0), (0.5, -0.8, 3.0)]
    assert got.needs == [stats.NeedCount("rest", 1, 1), stats.NeedCount("being heard", 1, 0)]
    # chest: tight + heavy (both tension); belly: fluttery (movement)
    assert [(r.region, r.families) for r in got.body] == [
        ("chest", {"tension": 2}),
        ("belly", {"movement": 1}),
    ]
    # Weeks starting on Sunday: Sun 15 - Sat 21 Nov is labelled by its Monday, 2026-W47.
    sunday = _columnar(hand_store, WINDOW, date(2026, 11, 15), date(2026, 11, 22), 6, [])
    assert [(w.week, w.start, w.total) for w in sunday.quadrant_weeks] == [
        ("2026-W47", date(2026, 11, 15), 8),
        ("2026-W48", date(2026, 11, 22), 0),
    ]


def test_the_hand_journal_strategies(hand_store) -> None:
    report = _columnar(hand_store, WINDOW, None, None, 0, []).strategies
    # |before-4.5| - |after-4.5|: sigh 7->5 = 2; movement 2->5 = 2; sigh 8->7 = 1; sigh 6->4 = 1
    assert report.uses == 4 and report.overall_mean == 1.5
    [sigh] = report.ranked
    assert (sigh.name, sigh.n, sigh.total) == ("Cyclic sigh", 3, 4.0)
    assert sigh.shrunk == pytest.approx((4 + 3 * 1.5) / (3 + 3))
    [movement] = report.too_few
    assert (movement.name, movement.n) == ("Movement", 1)


def test_the_hand_journal_relationship_pillars(hand_store) -> None:
    checkins = [
        RelationshipCheckIn(
            at=datetime(2026, 11, 15, 20, tzinfo=CET),
            week="2026-W46",
            answers={"safety.1": 3, "safety.2": 3},
        ),
        RelationshipCheckIn(
            at=datetime(2026, 11, 22, 20, tzinfo=CET),
            week="2026-W47",
            answers={"safety.1": 4, "safety.2": 5, "fun.1": 2},
        ),
    ]
    got = _columnar(hand_store, WINDOW, date(2026, 11, 9), date(2026, 11, 29), 0, checkins)
    weeks = got.pillar_weeks
    assert [w.week for w in weeks] == ["2026-W46", "2026-W47", "2026-W48"]
    assert weeks[0].scores["safety"] == 3.0 and weeks[0].scores["fun"] is None
    assert weeks[1].scores["safety"] == 4.5 and weeks[1].scores["fun"] == 2.0
    assert not weeks[2].answered and set(weeks[2].scores.values()) == {None}


def test_the_hand_journal_is_read_in_the_short_form(hand_store) -> None:
    for bounds in ((None, None), (date(2026, 11, 16), date(2026, 11, 22))):
        for first_weekday in (0, 6):
            args = (WINDOW, *bounds, first_weekday, [])
            _assert_same(_reference(hand_store, *args), _columnar(hand_store, *args))
    # One text per column, nothing row by row but strategies.
    text = hand_store.trend_text()
    assert isinstance(text.entry_keys, str) and text.odd_at == []
    assert isinstance(text.feeling_places, str) and text.feeling_floats is None
    assert isinstance(text.need_entries, str) and isinstance(text.body_entries, str)


def test_the_packing_reads_back_what_sqlite_packed() -> None:
    """The SQL each ``Packing`` writes and its ``get`` agree, and the stored layout is
    the one written out here by hand."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    key = columns.ENTRY_KEY
    values = {"id": 70_001, "checkin": 1, "activation": 10, "before": 15, "after": 0}
    [(packed,)] = conn.execute(f"SELECT {key.sql(**{k: str(v) for k, v in values.items()})}")
    assert packed == 70_001 << 13 | 1 | 10 << 1 | 15 << 5 | 0 << 9
    assert {name: key.get(packed, name) for name in values} == values
    assert key.missing("before") == 15
    for packing, numbers, by_hand in (
        (columns.FEELING_KEY, {"entry_id": 9, "intensity": 3}, 9 << 2 | 3),
        (columns.NEED_KEY, {"pos": 4, "met": 1}, 4 << 1 | 1),
        (columns.PLACE, {"pleasantness": 2000, "energy": 0}, 2000 << 11),
    ):
        sql = packing.sql(**{k: str(v) for k, v in numbers.items()})
        [(packed,)] = conn.execute(f"SELECT {sql}")
        assert packed == by_hand
        array = np.array([packed, packed])
        assert {k: packing.get(array, k).tolist() for k in numbers} == {
            k: [v, v] for k, v in numbers.items()
        }


def test_pillar_lines_own_scores_then_rolling_means_over_answered_weeks() -> None:
    nan = float("nan")
    own = np.array([3.0, nan, 5.0, 4.0, nan, 1.0])  # NaN: no check-in, or the pillar skipped
    # h = 0: each scored week's own score; unscored weeks have no point at all.
    at, values = columns.pillar_points(own, 0)
    assert at.tolist() == [0, 2, 3, 5] and values.tolist() == [3.0, 5.0, 4.0, 1.0]
    # h = 1: the mean of the scored weeks among i-1..i+1 (missing weeks are not zeros).
    at, values = columns.pillar_points(own, 1)
    assert at.tolist() == [0, 2, 3, 5]
    assert values.tolist() == [3.0, 4.5, 4.5, 1.0]  # 3; (5+4)/2; (5+4)/2; 1
    empty = columns.pillar_points(np.array([], dtype=float), 3)
    assert len(empty[0]) == len(empty[1]) == 0
    # Own scores up to about a year of weeks; beyond, a window of at least four each side.
    assert stats.weekly_half_width(1) == 0 and stats.weekly_half_width(60) == 0
    assert stats.weekly_half_width(61) == 4 and stats.weekly_half_width(520) == 6
    assert stats.weekly_half_width(1560) == 19


def test_pillar_lines_over_many_weeks_are_the_means_of_the_scored_weeks_around() -> None:
    import random

    rng = random.Random(7)
    # Means of one to four answers on 1..5, as pillar_scores makes them; gaps too.
    scores = [
        None if rng.random() < 0.3 else rng.randint(4, 20) / rng.randint(1, 4) for _ in range(400)
    ]
    row = np.array(scores, dtype=float)
    for half_width in (0, 1, 4, 13, 500):
        at, values = columns.pillar_points(row, half_width)
        assert at.tolist() == [i for i, s in enumerate(scores) if s is not None]
        for i, value in zip(at.tolist(), values.tolist(), strict=True):
            near = [s for s in scores[max(0, i - half_width) : i + half_width + 1] if s is not None]
            assert value == pytest.approx(sum(near) / len(near), rel=1e-12)


def test_quadrant_shares_of_each_week_and_of_the_weeks_around() -> None:
    first = date(2026, 3, 2)
    weights: list[dict[Quadrant, int]] = [
        {"yellow": 3, "green": 1, "red": 0, "blue": 0},
        {"yellow": 0, "green": 0, "red": 0, "blue": 0},
        {"yellow": 0, "green": 0, "red": 2, "blue": 2},
    ]
    weeks = [
        stats.WeekQuadrants(f"W{i}", first + timedelta(weeks=i), w) for i, w in enumerate(weights)
    ]
    assert columns.quadrant_shares(weeks).tolist() == [
        [75, 25, 0, 0],
        [0, 0, 0, 0],  # nothing placed: no share
        [0, 0, 50, 50],
    ]
    # Week 1 sees weeks 0-2: 3, 1, 2, 2 of 8.
    assert columns.quadrant_shares(weeks, 1).tolist() == [
        [75, 25, 0, 0],
        [37.5, 12.5, 25, 25],
        [0, 0, 50, 50],
    ]
    assert columns.quadrant_shares([], 4).shape == (0, 4)


def test_reading_counts_per_time_slot_and_level() -> None:
    day = date(2026, 3, 2)
    x0 = 1_000_000.0
    readings = [
        stats.Reading(x0 + 3600, day, 5, "checkin"),
        stats.Reading(x0 + 7200, day, 5, "note"),  # the same slot and level: counted twice
        stats.Reading(x0 + 2 * 86400 + 60, day + timedelta(days=2), 9, "after"),
        stats.Reading(x0 + 9 * 86400, day + timedelta(days=9), 0, "note"),  # past the end
    ]
    counts = columns.reading_counts(readings, x0, x0 + 4 * 86400, 4)
    assert counts.shape == (4, columns.LEVELS)
    cells = {(int(s), int(v)): int(counts[s, v]) for s, v in zip(*counts.nonzero(), strict=True)}
    assert cells == {(0, 5): 2, (2, 9): 1, (3, 0): 1}  # the last slot holds what is past it


def test_an_empty_store(journal, fixed_clock: Clock) -> None:
    for start, end in RANGES:
        for first_weekday in (0, 6):
            args = (WINDOWS[0], start, end, first_weekday, list[RelationshipCheckIn]())
            got = _columnar(journal, *args)
            _assert_same(_reference(journal, *args, today=fixed_clock.today), got)
            assert got.entry_count == 0 and got.readings == [] and got.needs == []


def test_a_single_entry(journal) -> None:
    journal.save(
        CheckIn(
            at=datetime(2025, 5, 5, 8, 30, tzinfo=CET),
            activation=7,
            strategy=StrategyTry("Cyclic sigh", 7, 5),
            feelings=[Feeling("anxious", -0.4, 0.7, 3), Feeling("mine", None, None, 2)],
            needs=[NeedState("rest", False)],
            body=[BodySensation("chest", "tight", 3)],
        )
    )
    for start, end in RANGES:
        for first_weekday in (0, 6):
            args = (WINDOWS[0], start, end, first_weekday, list[RelationshipCheckIn]())
            _assert_same(_reference(journal, *args), _columnar(journal, *args))
    got = _columnar(journal, WINDOWS[0], None, None, 0, [])
    assert got.entry_count == 1 and [r.value for r in got.readings] == [7, 5]
    assert got.density == [(-0.4, 0.7, 3.0)]


def test_timestamps_equal_datetime_timestamp() -> None:
    """The digits path and the datetime fallback both give exactly timestamp() and date()."""
    texts = [
        "2025-03-30T01:59:59+01:00",
        "1969-12-31T23:58:00-05:00",
        "2024-02-29T23:56:30+05:30",
        "2000-01-01T00:00:00+00:00",
        "2025-05-05T23:57:00+14:00",
        "2025-05-05T23:57:00.250000+02:00",  # not what the store writes: the fallback
        "2025-05-05T10:00:00+05:30:15",  # likewise (an offset with seconds)
    ]
    packed = 1 | 5 << 1 | 15 << 5 | 15 << 9  # a check-in with activation 5, no strategy
    rows = [(i + 1, text, None, packed) for i, text in enumerate(texts)]
    data = columns.columns_from_text(_text(rows))
    by_id = {int(i): k for k, i in enumerate(data.ids.tolist())}
    for i, text in enumerate(texts):
        moment = datetime.fromisoformat(text)
        k = by_id[i + 1]
        assert data.t[k].item() == moment.timestamp()
        assert data.day[k] == moment.date().toordinal()
        assert data.after_day[k] == (moment + stats.AFTER_OFFSET).date().toordinal()


def test_children_of_unknown_entries_are_dropped() -> None:
    entries = [(5, "2025-05-05T08:00:00+02:00", None, 4 << 1 | 15 << 5 | 15 << 9)]
    feelings = [(5 << 2 | 2, 0.5, -0.8), (99 << 2 | 3, 0.1, 0.1)]
    needs = [(99, 0 << 1 | 1, "rest"), (5, 1 << 1 | 0, "Rest"), (5, 0 << 1 | 1, "rest")]
    body = [(99, 0, "chest", "tight")]
    data = columns.columns_from_text(_text(entries, feelings, needs, body))
    got = columns.compute_trends(data, WINDOWS[0])
    assert got.density == [(0.5, -0.8, 2.0)]
    # Position order, not row order: "rest" (pos 0) is the first spelling.
    assert got.needs == [stats.NeedCount("rest", 1, 1)]
    assert got.body == []
    assert [(r.value, r.source) for r in got.readings] == [(4, "note")]


def test_edits_that_rewrite_children_and_trash_change_nothing_but_what_they_should(journal) -> None:
    """The whole-journal read scans each child table in storage order: an edit rewrites
    one entry's children after everyone else's, reordered; a trashed check-in's children
    stay in the tables. The columns must still match the entries' own facts."""
    entries = hand_journal()[:5]
    for entry in entries:
        entry.id = None
    journal.save_many(entries)
    first = journal.get(entries[0].id)
    first.feelings = [Feeling("sad", -0.7, -0.4, 1), *reversed(first.feelings)]
    first.needs = list(reversed(first.needs))
    first.body = list(reversed(first.body))
    journal.save(first)
    trashed = CheckIn(
        at=datetime(2026, 11, 20, 9, tzinfo=CET),
        activation=10,
        feelings=[Feeling("calm", 0.5, -0.8, 3)],
        needs=[NeedState("rest", True)],
        body=[BodySensation("chest", "tight", 3)],
    )
    journal.save(trashed)
    journal.trash(trashed.id)
    for start, end in ((None, None), (date(2026, 1, 1), date(2026, 12, 31))):
        expected = _reference(journal, WINDOWS[0], start, end, 0, [])
        _assert_same(expected, _columnar(journal, WINDOWS[0], start, end, 0, []))
        assert expected.entry_count == 5


def test_a_damaged_relationship_row_costs_its_week_only_and_check_names_it(journal) -> None:
    from attune_journal.storage.db import integrity_problems

    saved = [
        RelationshipCheckIn(
            at=datetime(2025, 3, 15 + 7 * i, 20, tzinfo=CET),
            week=f"2025-W{11 + i}",
            answers={"safety.1": 2 + i},
        )
        for i in range(3)
    ]
    journal.save_many(saved)
    ids = [c.id for c in journal.relationship_checkins()]
    with journal.locked() as conn:
        conn.execute("UPDATE entries SET data = '{not json' WHERE id = ?", [ids[0]])
        conn.execute("""UPDATE entries SET data = '{"answers": [1, 2]}' WHERE id = ?""", [ids[1]])
        conn.commit()
    # Neither stops the pillars: the damaged weeks have no score, the third keeps its own.
    scored = [(a.week, dict(a.answers)) for a in journal.relationship_answers() if a.answers]
    assert scored == [("2025-W13", {"safety.1": 4})]
    problems = integrity_problems(journal.db)
    assert f"entry {ids[0]}: its stored details (JSON) cannot be read" in problems


def test_what_the_short_form_cannot_carry_is_read_in_full(journal) -> None:
    """A grid place with more decimals, a name holding the separator and a time of
    another length: those tables come as rows or aside, and nothing changes."""
    entries = hand_journal()
    for entry in entries:
        entry.id = None
    journal.save_many(entries)
    first, second = entries[0], entries[1]
    first.feelings = [*first.feelings, Feeling("a shade of mine", 0.1234, 0.1 + 0.2, 2)]
    journal.save(first)
    with journal.locked() as conn:
        conn.execute(
            # Without their ids (own words, as far as the store can tell), so the names
            # themselves are what Trends reads.
            "UPDATE entry_needs SET need = need || char(31) || 'more', need_id = NULL "
            "WHERE entry_id = ?",
            (first.id,),
        )
        conn.execute(
            "UPDATE entry_body SET region = 'upper' || char(31) || region, region_id = NULL "
            "WHERE entry_id = ?",
            (first.id,),
        )
        # A fraction of a second: a time the store itself does not write, but may hold.
        conn.execute(
            "UPDATE entries SET at = ? WHERE id = ?",
            (
                second.at.isoformat(timespec="microseconds").replace(".000000", ".250000"),
                second.id,
            ),
        )
    text = journal.trend_text()
    assert text.feeling_places is None and text.feeling_floats is not None
    assert 0.1 + 0.2 in text.feeling_floats[1]
    assert not isinstance(text.need_entries, str) and not isinstance(text.body_entries, str)
    assert [i for i, _ in text.odd_at] == [second.id]
    assert any("\x1f" in name for name in text.need_names)
    for start, end in ((None, None), (date(2026, 11, 16), date(2026, 11, 22))):
        for first_weekday in (0, 6):
            args = (WINDOWS[0], start, end, first_weekday, list[RelationshipCheckIn]())
            _assert_same(_reference(journal, *args), _columnar(journal, *args))


def test_columns_that_do_not_line_up_are_refused() -> None:
    good = _text(
        [(5, "2025-05-05T08:00:00+02:00", None, 4 << 1 | 15 << 5 | 15 << 9)],
        needs=[(5, 0 << 1 | 1, "rest")],
    )
    for broken in (
        good._replace(need_names=["rest", "play"]),
        good._replace(feeling_keys=[5 << 2 | 1], feeling_floats=([], [])),
        good._replace(entry_at=good.entry_at + "0"),
    ):
        with pytest.raises(ValueError):
            columns.columns_from_text(broken)
    assert len(columns.columns_from_text(good)) == 1


def test_an_encrypted_store_reads_the_same(data_dir) -> None:
    """SQLCipher brings its own SQLite: the short form's SQL must read the same there."""
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    entries = hand_journal()
    for entry in entries:
        entry.id = None
    workspace.journal.save_many(entries)
    workspace.change_encryption(None, "a quiet morning")
    try:
        journal = workspace.journal
        text = journal.trend_text()
        assert isinstance(text.entry_keys, str) and text.feeling_floats is None
        for start, end in ((None, None), (date(2026, 11, 16), date(2026, 11, 22))):
            args = (WINDOWS[0], start, end, 0, list[RelationshipCheckIn]())
            _assert_same(_reference(journal, *args), _columnar(journal, *args))
    finally:
        workspace.close()


def test_a_time_damaged_beyond_reading_costs_its_entry_alone(journal) -> None:
    """Trends leaves the entry out (its children with it) and `check` names it."""
    from attune_journal.storage.db import integrity_problems

    entries = hand_journal()
    for entry in entries:
        entry.id = None
    journal.save_many(entries)
    expected = _reference(journal, WINDOWS[0], None, None, 0, [])
    damaged = [entries[0].id, entries[1].id]
    with journal.locked() as conn:
        for entry_id, text in zip(damaged, ("garbage", "2026-11-16T08:00:00"), strict=True):
            conn.execute("UPDATE entries SET at = ? WHERE id = ?", (text, entry_id))
    got = _columnar(journal, WINDOWS[0], None, None, 0, [])
    assert got.entry_count == expected.entry_count - 2
    assert not {r.entry_id for r in got.readings} & set(damaged)
    problems = integrity_problems(journal.db)
    assert any(f"entry {damaged[0]}: its time ('garbage') cannot be read" in p for p in problems)
    assert any(f"entry {damaged[1]}: its time" in p for p in problems)  # no offset

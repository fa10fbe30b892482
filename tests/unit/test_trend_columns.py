"""The columnar Trends path gives exactly what compute_trends gives, on the same store.

Every comparison is ``==`` on whole ``TrendStats`` (and on the parts that carry
order a plain ``==`` would not see, such as the body families' order).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from attune_journal.core import stats
from attune_journal.core import trend_columns as columns
from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Feeling,
    NeedState,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
)
from tests.unit.test_stats import _random_entries, hand_journal

CET = timezone(timedelta(hours=1))
KOLKATA = timezone(timedelta(hours=5, minutes=30))
WINDOWS = (stats.Window(3, 6), stats.Window(2, 8))
RANGES: list[tuple[date | None, date | None]] = [
    (None, None),
    (date(2025, 3, 1), date(2025, 9, 30)),
    (date(2025, 2, 3), None),
    (None, date(2025, 6, 15)),
    (date(2025, 5, 5), date(2025, 5, 5)),
    (date(2025, 8, 1), date(2025, 7, 1)),  # end before start: compute_trends keeps start
    (None, date(2020, 1, 1)),  # before every entry
    (date(2030, 1, 1), None),  # after every entry
]


def _reference(journal, window, start, end, first_weekday, relationship):  # type: ignore[no-untyped-def]
    facts = stats.facts_from_entries(journal.entries(newest_first=False))
    return stats.compute_trends(facts, window, start, end, first_weekday, relationship)


def _columnar(journal, window, start, end, first_weekday, relationship):  # type: ignore[no-untyped-def]
    data = columns.columns_from_text(journal.trend_text(*columns.read_range(start, end)))
    return columns.compute_trends_columns(data, window, start, end, first_weekday, relationship)


def _text(
    entries: list[tuple[int, str, str | None, int]],
    feelings: list[tuple[int, float, float]] = (),  # type: ignore[assignment]
    needs: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
    body: list[tuple[int, int, str, str]] = (),  # type: ignore[assignment]
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


def _store_random(journal, seed: int) -> list[RelationshipCheckIn]:  # type: ignore[no-untyped-def]
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
def test_random_journals_every_range_week_start_and_window(journal, seed: int) -> None:  # type: ignore[no-untyped-def]
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


def test_the_hand_journal(journal) -> None:  # type: ignore[no-untyped-def]
    entries = hand_journal()
    for entry in entries:
        entry.id = None
    journal.save_many(entries)
    for bounds in ((None, None), (date(2026, 11, 16), date(2026, 11, 22))):
        for first_weekday in (0, 6):
            args = (WINDOWS[0], *bounds, first_weekday, [])
            got = _columnar(journal, *args)
            _assert_same(_reference(journal, *args), got)
    # Read in the short form: one text per column, nothing row by row but strategies.
    text = journal.trend_text()
    assert isinstance(text.entry_keys, str) and text.odd_at == []
    assert isinstance(text.feeling_places, str) and text.feeling_floats is None
    assert isinstance(text.need_entries, str) and isinstance(text.body_entries, str)
    # Numbers worked out by hand in test_stats: nine readings, four uses of a strategy.
    assert [r.value for r in got.readings] == [7, 5, 2, 5, 4, 8, 7, 6, 4]
    assert got.strategies.uses == 4 and got.entry_count == 5


def test_an_empty_store(journal) -> None:  # type: ignore[no-untyped-def]
    for start, end in RANGES:
        for first_weekday in (0, 6):
            args = (WINDOWS[0], start, end, first_weekday, [])
            got = _columnar(journal, *args)
            _assert_same(_reference(journal, *args), got)
            assert got.entry_count == 0 and got.readings == [] and got.needs == []


def test_a_single_entry(journal) -> None:  # type: ignore[no-untyped-def]
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
            args = (WINDOWS[0], start, end, first_weekday, [])
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
    got = columns.compute_trends_columns(data, WINDOWS[0])
    assert got.density == [(0.5, -0.8, 2.0)]
    # Position order, not row order: "rest" (pos 0) is the first spelling.
    assert got.needs == [stats.NeedCount("rest", 1, 1)]
    assert got.body == []
    assert [(r.value, r.source) for r in got.readings] == [(4, "note")]


def test_edits_that_rewrite_children_and_trash_change_nothing_but_what_they_should(journal) -> None:  # type: ignore[no-untyped-def]
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


def test_a_damaged_relationship_row_costs_its_week_only_and_check_names_it(journal) -> None:  # type: ignore[no-untyped-def]
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


def test_what_the_short_form_cannot_carry_is_read_in_full(journal) -> None:  # type: ignore[no-untyped-def]
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
            "UPDATE entry_needs SET need = need || char(31) || 'more' WHERE entry_id = ?",
            (first.id,),
        )
        conn.execute(
            "UPDATE entry_body SET region = 'upper' || char(31) || region WHERE entry_id = ?",
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
            args = (WINDOWS[0], start, end, first_weekday, [])
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


def test_an_encrypted_store_reads_the_same(data_dir) -> None:  # type: ignore[no-untyped-def]
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
            args = (WINDOWS[0], start, end, 0, [])
            _assert_same(_reference(journal, *args), _columnar(journal, *args))
    finally:
        workspace.close()


def test_a_time_damaged_beyond_reading_costs_its_entry_alone(journal) -> None:  # type: ignore[no-untyped-def]
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

"""Relationship stats: pillar means by hand, skipped items, week-to-week changes, repairs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from attune_journal.core.models import (
    Note,
    RelationshipCheckIn,
    RepairEntry,
)
from attune_journal.core.relationship import (
    compare_checkins,
    is_blank,
    is_blank_repair,
    pillar_scores,
    previous_checkin,
    repairs_open_first,
    score_changes,
    shift_week,
    weekly_pillar_series,
)
from attune_journal.core.vocab import load_relationship
from tests.factories import full_relationship, full_repair

CET = timezone(timedelta(hours=1))
PILLARS = ["safety", "appreciation", "closeness", "support", "fun", "direction"]


def checkin(week: str, **answers: int) -> RelationshipCheckIn:
    # Keyword names like safety_1 stand for the item ids "safety.1".
    return RelationshipCheckIn(
        week=week, answers={k.replace("_", "."): v for k, v in answers.items()}
    )


def test_pillar_scores_are_means_of_answered_items_in_shipped_order() -> None:
    scores = pillar_scores(
        checkin("2026-W48", safety_1=4, safety_2=5, closeness_1=3, closeness_2=4, fun_1=2)
    )
    assert list(scores) == PILLARS
    assert scores == {
        "safety": 4.5,  # (4 + 5) / 2
        "appreciation": None,  # nothing answered: no score, not zero
        "closeness": 3.5,  # (3 + 4) / 2
        "support": None,
        "fun": 2.0,  # one of two answered: its own value
        "direction": None,
    }


def test_every_pillar_has_two_items_and_a_full_check_in_scores_all() -> None:
    relationship = load_relationship()
    assert [p.id for p in relationship.pillars] == PILLARS
    assert all(len(p.items) == 2 for p in relationship.pillars)
    answers = {item_id: 1 + n % 5 for n, item_id in enumerate(relationship.item_ids)}
    scores = pillar_scores(RelationshipCheckIn(week="2026-W48", answers=answers))
    # Items answered 1,2 | 3,4 | 5,1 | 2,3 | 4,5 | 1,2 in order.
    assert scores == {
        "safety": 1.5,
        "appreciation": 3.5,
        "closeness": 3.0,
        "support": 2.5,
        "fun": 4.5,
        "direction": 1.5,
    }


def test_answers_to_unknown_items_are_ignored_not_guessed() -> None:
    entry = checkin("2026-W48", safety_1=2, safety_9=5)
    entry.answers["retired-item"] = 5
    assert pillar_scores(entry)["safety"] == 2.0


def test_score_changes_only_where_both_weeks_have_a_score() -> None:
    this = checkin("2026-W48", closeness_1=3, closeness_2=4, fun_1=2, support_1=4)
    last = checkin("2026-W47", closeness_1=3, closeness_2=3, fun_1=4, safety_1=5, support_1=4)
    changes = score_changes(this, last)
    assert changes == {
        "safety": None,  # only last week
        "appreciation": None,  # neither week
        "closeness": 0.5,  # 3.5 - 3.0, without float noise
        "support": 0.0,
        "fun": -2.0,
        "direction": None,
    }
    # Score dicts work as well as check-ins; no check-in last week means no changes.
    assert score_changes(pillar_scores(this), pillar_scores(last)) == changes
    assert set(score_changes(this, None).values()) == {None}


def test_compare_checkins_gives_scores_previous_and_direction() -> None:
    this = checkin("2026-W48", closeness_1=3, closeness_2=4, fun_1=2, support_1=4)
    last = checkin("2026-W47", closeness_1=3, closeness_2=3, fun_1=4, support_1=4)
    rows = {row.pillar_id: row for row in compare_checkins(this, last)}
    assert rows["closeness"].label == "Closeness"
    assert (rows["closeness"].score, rows["closeness"].previous) == (3.5, 3.0)
    assert rows["closeness"].direction == "up"
    assert rows["fun"].direction == "down"
    assert rows["support"].direction == "same"
    assert rows["safety"].direction is None
    first = compare_checkins(this, None)
    assert all(row.previous is None and row.direction is None for row in first)


def test_weekly_series_is_oldest_first_skips_trash_and_keeps_the_latest_edit() -> None:
    older = checkin("2026-W47", fun_1=5)
    older.updated_at = datetime(2026, 11, 22, 20, tzinfo=CET)
    newer_same_week = checkin("2026-W47", fun_1=1)
    newer_same_week.updated_at = datetime(2026, 11, 23, 9, tzinfo=CET)
    trashed = checkin("2026-W49", fun_1=3)
    trashed.deleted_at = datetime(2026, 12, 5, tzinfo=CET)
    series = weekly_pillar_series(
        [checkin("2026-W48", fun_1=4, fun_2=5), newer_same_week, trashed, older]
    )
    assert [week for week, _ in series] == ["2026-W47", "2026-W48"]
    assert series[0][1]["fun"] == 1.0
    assert series[1][1]["fun"] == 4.5
    assert weekly_pillar_series([]) == []


def test_series_orders_across_a_year_boundary() -> None:
    series = weekly_pillar_series(
        [checkin("2027-W01", fun_1=2), checkin("2026-W53", fun_1=3), checkin("2026-W52")]
    )
    assert [week for week, _ in series] == ["2026-W52", "2026-W53", "2027-W01"]
    assert set(series[0][1].values()) == {None}


def _repair(day: int, resolved: bool, text: str) -> RepairEntry:
    return RepairEntry(
        at=datetime(2026, 11, day, 21, tzinfo=CET), what_happened=text, resolved=resolved
    )


def test_repairs_open_first_ignores_other_kinds_and_the_trash() -> None:
    old_open = _repair(10, False, "old")
    new_open = _repair(20, False, "new")
    done = _repair(25, True, "done")
    binned = _repair(26, False, "binned")
    binned.deleted_at = datetime(2026, 11, 27, tzinfo=CET)
    entries = [old_open, done, Note(text="not a repair"), binned, new_open]
    assert [e.what_happened for e in repairs_open_first(entries)] == ["new", "old", "done"]


def test_repairs_open_first_keeps_newest_first_inside_each_group() -> None:
    entries = [
        _repair(1, True, "r1"),
        _repair(2, False, "o2"),
        _repair(3, True, "r3"),
        _repair(4, False, "o4"),
    ]
    assert [e.what_happened for e in repairs_open_first(entries)] == ["o4", "o2", "r3", "r1"]


def test_store_round_trip_then_stats(journal) -> None:
    journal.save(full_relationship(week="2026-W47", answers={"safety.1": 2, "safety.2": 3}))
    journal.save(full_relationship())  # W48: safety 4 and 5, fun.1 = 2
    journal.save(full_repair(resolved=False, what_happened="Late again"))
    journal.save(full_repair())
    stored = journal.entries(kinds=("relationship",))
    series = weekly_pillar_series(e for e in stored if isinstance(e, RelationshipCheckIn))
    assert [(week, scores["safety"]) for week, scores in series] == [
        ("2026-W47", 2.5),
        ("2026-W48", 4.5),
    ]
    this = journal.relationship_checkin("2026-W48")
    last = journal.relationship_checkin("2026-W47")
    assert score_changes(this, last)["safety"] == 2.0
    repairs = journal.entries(kinds=("repair",))
    assert [e.what_happened for e in repairs_open_first(repairs)] == [
        "Late again",  # open, so first
        "Snapped about the dishes.",
    ]


def test_previous_checkin_is_the_latest_earlier_week_even_across_a_gap() -> None:
    w44, w46, w48 = checkin("2026-W44"), checkin("2026-W46"), checkin("2026-W48")
    assert previous_checkin([w48, w44, w46], "2026-W48") is w46
    assert previous_checkin([w48, w44, w46], "2026-W47") is w46
    assert previous_checkin([w48], "2026-W48") is None


def test_shift_week_crosses_years() -> None:
    assert shift_week("2026-W48", 1) == "2026-W49"
    assert shift_week("2026-W53", 1) == "2027-W01"
    assert shift_week("2027-W01", -1) == "2026-W53"
    assert shift_week("2026-W48", 0) == "2026-W48"


def test_blank_entries() -> None:
    assert is_blank(RelationshipCheckIn(week="2026-W48", more_of="   "))
    assert not is_blank(checkin("2026-W48", fun_1=3))
    assert not is_blank(RelationshipCheckIn(week="2026-W48", attune={"empathy": "ask"}))
    assert is_blank_repair(RepairEntry(what_happened="  "))
    assert not is_blank_repair(RepairEntry(how_it_went="fine"))

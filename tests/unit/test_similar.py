"""'Last time you felt like this': which earlier check-ins look like today's, and the mark
that keeps one from coming back (core/similar.py, Journal.set_not_recalled)."""

from __future__ import annotations

from datetime import datetime, timedelta

from attune_journal.core.models import BodySensation, CheckIn, Feeling, NeedState, StrategyTry
from attune_journal.core.similar import (
    THRESHOLD,
    CheckInState,
    similar_checkins,
    similarity,
    state_of,
    tried_then,
)
from attune_journal.storage.repository import Journal
from tests.factories import CET

ANXIOUS = Feeling("anxious", -0.4, 0.7, 3)  # red
CALM = Feeling("calm", 0.5, -0.5, 2)  # green
SAD = Feeling("sad", -0.6, -0.4, 2)  # blue


def on(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=CET)


def checkin(
    entry_id: int | None,
    day: int,
    feelings: list[Feeling] | None = None,
    region: str | None = None,
    unmet: tuple[str, ...] = (),
    activation: int | None = None,
    **more: object,
) -> CheckIn:
    entry = CheckIn(
        at=on(day),
        feelings=list(feelings or []),
        body=[BodySensation(region, "tight", 2)] if region else [],
        needs=[NeedState(need, False) for need in unmet],
        activation=activation,
        **more,  # type: ignore[arg-type]
    )
    entry.id = entry_id
    return entry


def today() -> CheckIn:
    return checkin(None, 20, [ANXIOUS], "chest", ("rest", "ease"), 7)


def test_the_state_is_the_heaviest_quadrant_and_region_the_unmet_needs_and_activation() -> None:
    entry = CheckIn(
        feelings=[CALM, ANXIOUS, Feeling("own word"), Feeling("tense", -0.3, 0.6, 1)],
        body=[
            BodySensation("belly", "warm", 2),
            BodySensation("chest", "tight", 1),
            BodySensation("chest", "heavy", 2),
        ],
        needs=[NeedState("Rest", False), NeedState("play", True)],
        activation=5,
    )
    # red: anxious 3 + tense 1 beats green: calm 2; the chest's 1 + 2 beats the belly's 2.
    assert state_of(entry) == CheckInState("red", "chest", frozenset({"rest"}), 5)
    # A tie goes to what was named first.
    tie = CheckIn(feelings=[CALM, SAD], body=[BodySensation("jaw", "tight", 2)])
    assert state_of(tie).quadrant == "green"


def test_the_score_adds_weighted_parts_and_missing_parts_add_nothing() -> None:
    full = CheckInState("red", "chest", frozenset({"rest", "ease"}), 7)
    assert similarity(full, full) == 1.0
    assert similarity(full, CheckInState(None, None, frozenset(), None)) == 0.0
    # Half the unmet needs shared: 0.30 * 1/3 (rest of {rest, ease, play}).
    some = CheckInState("red", None, frozenset({"rest", "play"}), 9)
    assert abs(similarity(full, some) - (0.35 + 0.10)) < 1e-9
    assert similarity(full, some) < THRESHOLD


def test_similar_earlier_checkins_are_found_best_first_newest_first_on_ties() -> None:
    older_same = checkin(1, 2, [ANXIOUS], "chest", ("rest", "ease"), 8)
    newer_same = checkin(2, 10, [ANXIOUS], "chest", ("ease", "rest"), 6)
    close = checkin(3, 12, [ANXIOUS], "chest", (), 2)  # 0.55
    different = checkin(4, 15, [CALM], "belly", ("play",), 2)
    one_part_only = checkin(5, 16, [ANXIOUS], None, (), None)  # 0.35, under the threshold
    found = similar_checkins(today(), [different, close, older_same, one_part_only, newer_same])
    assert [s.entry.id for s in found] == [2, 1, 3]
    assert found[0].day == newer_same.day
    assert found[0].score == 1.0


def test_at_most_three_are_offered() -> None:
    alike = [checkin(i, i, [ANXIOUS], "chest", ("rest", "ease"), 7) for i in range(1, 8)]
    assert [s.entry.id for s in similar_checkins(today(), alike)] == [7, 6, 5]


def test_today_later_days_trashed_and_not_recalled_ones_are_never_offered() -> None:
    current = today()
    current.id = 9
    itself = checkin(9, 20, [ANXIOUS], "chest", ("rest", "ease"), 7)
    later = checkin(10, 21, [ANXIOUS], "chest", ("rest", "ease"), 7)
    earlier_today = checkin(14, 20, [ANXIOUS], "chest", ("rest", "ease"), 7)
    earlier_today.at = on(20, hour=6)
    trashed = checkin(11, 3, [ANXIOUS], "chest", ("rest", "ease"), 7)
    trashed.deleted_at = on(4)
    marked = checkin(12, 5, [ANXIOUS], "chest", ("rest", "ease"), 7)
    kept = checkin(13, 6, [ANXIOUS], "chest", ("rest", "ease"), 7)
    found = similar_checkins(
        current, [itself, later, earlier_today, trashed, marked, kept], not_recalled={12}
    )
    assert [s.entry.id for s in found] == [13]


def test_an_empty_checkin_finds_nothing() -> None:
    quiet = CheckIn(at=on(20))
    alike = checkin(1, 2)
    assert similar_checkins(quiet, [alike]) == []


def test_what_was_tried_then_in_the_persons_words() -> None:
    with_both = CheckIn(strategy=StrategyTry("cyclic sigh", 7, 4))
    assert tried_then(with_both) == "Then you tried: cyclic sigh (activation 7 → 4)"
    assert tried_then(CheckIn(strategy=StrategyTry("a walk", 6))) == "Then you tried: a walk"
    noted = CheckIn(regulation_note="  Called my sister,\nthen tea. ")
    assert tried_then(noted) == "Then you noted: Called my sister, then tea."
    long_note = tried_then(CheckIn(regulation_note="word " * 100))
    assert long_note.endswith("…") and len(long_note) < 170
    assert tried_then(CheckIn()) == ""


def test_the_mark_is_stored_kept_through_an_edit_and_can_be_taken_away(journal: Journal) -> None:
    first = checkin(None, 2, [ANXIOUS], "chest", ("rest",), 7)
    second = checkin(None, 3, [ANXIOUS], "chest", ("rest",), 7)
    journal.save(first)
    journal.save(second)
    assert first.id is not None and second.id is not None
    journal.set_not_recalled(first.id)
    assert journal.not_recalled_ids() == {first.id}
    # Changing the entry later keeps the mark (it is not one of the entry's fields).
    first.reflection = "Added a line."
    first.at = first.at + timedelta(minutes=5)
    journal.save(first)
    assert journal.not_recalled_ids() == {first.id}
    again = journal.get(first.id)
    assert isinstance(again, CheckIn) and again.reflection == "Added a line."
    journal.set_not_recalled(first.id, False)
    assert journal.not_recalled_ids() == set()

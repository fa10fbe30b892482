"""A year in feelings (``core.year``): each day's numbers for hand-built days in a real store."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from attune_journal.core import trend_columns
from attune_journal.core.models import CheckIn, Feeling, Note, StrategyTry
from attune_journal.core.stats import Window
from attune_journal.core.year import RECENT_DAYS, YearInFeelings, read_span, year_in_feelings
from attune_journal.storage.repository import Journal
from tests.clock import Clock

CET = timezone(timedelta(hours=1))
WINDOW = Window(3, 6)


def _at(day: date, hour: int = 8, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CET)


def _year(journal: Journal, year: int, today: date) -> YearInFeelings:
    columns = trend_columns.columns_from_text(journal.trend_text(*read_span(year, today)))
    return year_in_feelings(columns, WINDOW, year, today)


@pytest.fixture
def hand_days(journal: Journal) -> Journal:
    march_3, march_4 = date(2026, 3, 3), date(2026, 3, 4)
    journal.save(
        CheckIn(
            at=_at(march_3),
            feelings=[
                Feeling("calm", 0.5, -0.5, 3),  # green 3
                Feeling("content", 0.4, -0.2, 2),  # green 2
                Feeling("anxious", -0.4, 0.7, 1),  # red 1
                Feeling("my own word", None, None, 3),  # no place: not in the quadrants
            ],
            activation=5,  # inside
            strategy=StrategyTry("cyclic sigh", 7, 5),  # after 5: inside
        )
    )
    journal.save(CheckIn(at=_at(march_3, 20), activation=8))  # above the window
    journal.save(Note(at=_at(march_3, 12), text="lunch", feelings=[Feeling("glad", 0.6, 0.6, 2)]))
    journal.save(Note(at=_at(march_4), text="flat", activation=2))  # below, and not a check-in
    gone = journal.save(CheckIn(at=_at(march_4, 9), activation=5, feelings=[Feeling("x", -1, -1)]))
    assert gone.id is not None
    journal.trash(gone.id)
    # 31 December, 23:58: its "after" reading four minutes later is on 1 January.
    journal.save(CheckIn(at=_at(date(2025, 12, 31), 23, 58), strategy=StrategyTry("walk", 7, 4)))
    return journal


def test_a_day_of_check_ins_and_a_note(hand_days: Journal) -> None:
    year = _year(hand_days, 2026, date(2026, 11, 25))
    assert len(year.days) == 365
    march_3 = year.on(date(2026, 3, 3))
    assert march_3.weights == (2, 5, 1, 0)  # yellow (the note), green, red, blue
    assert march_3.dominant == "green"
    assert march_3.share("green") == pytest.approx(5 / 8)
    assert (march_3.readings, march_3.inside) == (3, 2)  # 5, after 5, and 8
    assert march_3.in_window == pytest.approx(2 / 3)
    assert march_3.checkins == 2


def test_a_note_alone_and_a_trashed_check_in(hand_days: Journal) -> None:
    march_4 = _year(hand_days, 2026, date(2026, 11, 25)).on(date(2026, 3, 4))
    assert march_4.weights == (0, 0, 0, 0)
    assert march_4.dominant is None
    assert (march_4.readings, march_4.inside, march_4.checkins) == (1, 0, 0)
    assert march_4.in_window == 0.0
    assert not march_4.empty


def test_an_after_reading_past_midnight_counts_on_new_year(hand_days: Journal) -> None:
    year = _year(hand_days, 2026, date(2026, 11, 25))
    new_year = year.on(date(2026, 1, 1))
    assert (new_year.readings, new_year.inside, new_year.checkins) == (1, 1, 0)
    last_year = _year(hand_days, 2025, date(2026, 11, 25)).on(date(2025, 12, 31))
    assert (last_year.readings, last_year.checkins) == (1, 1)  # the before, 7: above
    assert last_year.inside == 0


def test_quiet_days_are_empty(hand_days: Journal) -> None:
    year = _year(hand_days, 2026, date(2026, 11, 25))
    quiet = year.on(date(2026, 7, 1))
    assert quiet.empty and quiet.in_window is None and quiet.dominant is None
    assert year.days_with_checkin == 1


def test_a_leap_year_has_366_days(journal: Journal) -> None:
    year = _year(journal, 2028, date(2028, 3, 1))
    assert len(year.days) == 366
    assert year.on(date(2028, 12, 31)).day == date(2028, 12, 31)


def test_recent_days_are_a_count_of_days(journal: Journal, fixed_clock: Clock) -> None:
    today = fixed_clock.today  # 25 November 2026
    for back in (0, 1, 1, 5, 20, RECENT_DAYS - 1):  # five days, one with two check-ins
        journal.save(CheckIn(at=_at(today - timedelta(days=back)), activation=4))
    journal.save(CheckIn(at=_at(today - timedelta(days=RECENT_DAYS)), activation=4))  # too old
    journal.save(Note(at=_at(today - timedelta(days=2)), text="a note is not a check-in"))
    year = _year(journal, 2026, today)
    assert year.recent_with_checkin == 5
    assert year.recent_text() == "A check-in on 5 of the last 28 days."
    assert "streak" not in year.recent_text().lower()


def test_recent_days_reach_back_into_the_year_before(journal: Journal) -> None:
    today = date(2026, 1, 3)
    journal.save(CheckIn(at=_at(date(2025, 12, 20)), activation=4))
    journal.save(CheckIn(at=_at(date(2026, 1, 2)), activation=4))
    assert _year(journal, 2026, today).recent_with_checkin == 2


def test_a_past_year_counts_its_own_last_days_and_a_future_one_none(journal: Journal) -> None:
    journal.save(CheckIn(at=_at(date(2025, 12, 30)), activation=4))
    journal.save(CheckIn(at=_at(date(2026, 1, 2)), activation=4))
    past = _year(journal, 2025, date(2026, 11, 25))
    assert past.recent_text() == "A check-in on 1 of the last 28 days of 2025."
    assert _year(journal, 2027, date(2026, 11, 25)).recent_text() == ""

"""The UTC key that orders entries: four-digit years, a clear refusal past year 1 or 9999,
and stores written with the old key put right by a migration that loses nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attune_journal.core.models import Note, ValidationError, entry_text
from attune_journal.core.timeutil import TimeOutOfRangeError, utc_key
from attune_journal.storage import SCHEMA_VERSION, Journal, open_store
from attune_journal.storage import repository as repository_module

PLUS_5 = timezone(timedelta(hours=5))
MINUS_5 = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))


def old_key(moment: datetime) -> str:
    """What the store wrote before: ``strftime("%Y")`` on Linux, no padding below 1000."""
    utc = moment.astimezone(UTC)
    return f"{utc.year}-{utc.month:02d}-{utc.day:02d}T{utc:%H:%M:%S}Z"


# ---- the key itself ---------------------------------------------------------------------------


def test_years_below_1000_are_written_with_four_digits() -> None:
    assert utc_key(datetime(999, 5, 1, 12, tzinfo=UTC)) == "0999-05-01T12:00:00Z"
    assert utc_key(datetime(50, 1, 1, 0, 30, tzinfo=CET)) == "0049-12-31T23:30:00Z"
    assert utc_key(datetime(1, 1, 1, tzinfo=UTC)) == "0001-01-01T00:00:00Z"
    assert utc_key(datetime(2026, 11, 23, 8, 30, tzinfo=CET)) == "2026-11-23T07:30:00Z"


offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
moments = st.builds(
    lambda naive, zone: naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    offsets,
).map(lambda moment: moment.replace(microsecond=0))


@given(moments, moments)
def test_key_order_is_time_order_for_every_year(first: datetime, second: datetime) -> None:
    a, b = utc_key(first), utc_key(second)
    assert (a < b) == (first < second)
    assert (a == b) == (first == second)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1, 1, 1, 0, 0, tzinfo=PLUS_5),  # UTC would be 31 Dec of year 0
        datetime(1, 1, 1, 4, 59, tzinfo=PLUS_5),
        datetime(9999, 12, 31, 23, 0, tzinfo=MINUS_5),  # UTC would be in year 10000
        datetime(9999, 12, 31, 19, 0, tzinfo=MINUS_5),
    ],
    ids=["year-1-east", "year-1-east-late", "year-9999-west", "year-9999-west-early"],
)
def test_a_time_past_either_end_is_one_clear_error(moment: datetime) -> None:
    with pytest.raises(TimeOutOfRangeError, match="outside the years 1 to 9999"):
        utc_key(moment)


# ---- saving at the edges ------------------------------------------------------------------------


def test_the_store_refuses_a_time_past_either_end_and_keeps_everything_else(
    journal: Journal,
) -> None:
    kept = journal.save(Note(at=datetime(2026, 11, 23, 8, 30, tzinfo=CET), text="kept"))
    too_early = Note(at=datetime(1, 1, 1, 2, 0, tzinfo=PLUS_5), text="too early")
    with pytest.raises(ValidationError, match="outside the years 1 to 9999") as caught:
        journal.save(too_early)
    assert "0001-01-01 02:00+05:00" in str(caught.value)  # the message names the time
    assert caught.value.__suppress_context__  # one message, not a chain of two
    assert too_early.id is None
    too_late = Note(at=datetime(9999, 12, 31, 23, 0, tzinfo=MINUS_5), text="too late")
    fine = Note(at=datetime(2020, 1, 1, tzinfo=UTC), text="fine")
    with pytest.raises(ValidationError, match="outside the years 1 to 9999"):
        journal.save_many([fine, too_late])  # all or nothing
    assert [entry_text(e) for e in journal.entries()] == ["kept"]
    assert kept.id is not None


def test_the_first_and_last_moments_inside_the_range_save_and_sort(journal: Journal) -> None:
    first = Note(at=datetime(1, 1, 1, 0, 0, tzinfo=MINUS_5), text="first")  # 05:00 UTC
    last = Note(at=datetime(9999, 12, 31, 23, 59, tzinfo=PLUS_5), text="last")  # 18:59 UTC
    now = Note(at=datetime(2026, 11, 23, 8, 30, tzinfo=CET), text="now")
    journal.save_many([last, first, now])
    assert [entry_text(e) for e in journal.entries(newest_first=False)] == ["first", "now", "last"]
    assert [entry_text(h.entry) for h in journal.search()] == ["last", "now", "first"]


# ---- stores written with the old key ------------------------------------------------------------


def _store_with_the_old_key(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """A store as the previous release left it: old keys, migration 0003 not applied."""
    db = open_store(path)
    journal = Journal(db)
    notes = {
        "ancient": Note(at=datetime(50, 3, 1, 9, 0, tzinfo=CET), text="ancient river walk"),
        "medieval": Note(at=datetime(999, 7, 4, 20, 0, tzinfo=CET), text="medieval river walk"),
        "today": Note(at=datetime(2026, 11, 23, 8, 30, tzinfo=CET), text="today river walk"),
        "last_year": Note(at=datetime(2025, 1, 2, 8, 30, tzinfo=CET), text="last year's walk"),
    }
    with monkeypatch.context() as patch:
        patch.setattr(repository_module, "utc_key", old_key)
        journal.save_many(notes.values())
    db.execute(
        "DELETE FROM _sqlite_migrations WHERE name = ?", ["0003_four_digit_utc_years"]
    ).connection.commit()
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    db.close()
    return {name: note.id for name, note in notes.items() if note.id is not None}


def _rows(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every entry row without its ``at_utc``, and every search index row."""
    conn = sqlite3.connect(path)
    try:
        cursor = conn.execute("SELECT * FROM entries ORDER BY id")
        names = [column[0] for column in cursor.description]
        key = names.index("at_utc")
        entries = [row[:key] + row[key + 1 :] for row in cursor.fetchall()]
        index = conn.execute("SELECT rowid, text, more FROM entries_fts ORDER BY rowid").fetchall()
        return entries, index
    finally:
        conn.close()


def test_the_old_key_sorted_early_years_as_the_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fault the migration puts right, shown on the old store itself."""
    path = tmp_path / "j.sqlite3"
    _store_with_the_old_key(path, monkeypatch)
    conn = sqlite3.connect(path)
    newest = conn.execute("SELECT text FROM entries ORDER BY at_utc DESC LIMIT 1").fetchone()[0]
    conn.close()
    assert newest == "medieval river walk"


def test_migration_puts_early_years_in_their_place_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite3"
    ids = _store_with_the_old_key(path, monkeypatch)
    before = _rows(path)

    db = open_store(path, backups=tmp_path / "backups")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert list((tmp_path / "backups").iterdir()), "no backup was taken before migrating"
    journal = Journal(db)
    newest_first = ["today", "last_year", "medieval", "ancient"]
    by_id = {entry_id: name for name, entry_id in ids.items()}
    # List order, both ways.
    assert [by_id[e.id] for e in journal.entries() if e.id] == newest_first
    assert [by_id[e.id] for e in journal.entries(newest_first=False) if e.id] == newest_first[::-1]
    assert [by_id[e.id] for e in journal.entries(limit=2) if e.id] == newest_first[:2]
    # Search with no words lists by the key too.
    assert [by_id[h.entry.id] for h in journal.search() if h.entry.id] == newest_first
    # Searching words: each early entry is found, and sorted by time (as History does).
    hits = journal.search("river")
    ordered = sorted(hits, key=lambda hit: hit.entry.at, reverse=True)
    assert [by_id[h.entry.id] for h in ordered if h.entry.id] == ["today", "medieval", "ancient"]
    keys = dict(db.execute("SELECT id, at_utc FROM entries").fetchall())
    assert keys[ids["medieval"]] == "0999-07-04T19:00:00Z"
    assert keys[ids["ancient"]] == "0050-03-01T08:00:00Z"
    db.close()

    # Nothing else changed: every other column of every row, and the search index.
    assert _rows(path) == before
    assert len(before[0]) == 4


def test_migration_leaves_a_row_with_an_unreadable_time_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite3"
    ids = _store_with_the_old_key(path, monkeypatch)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE entries SET at = 'not a time', at_utc = '999-x' WHERE id = ?", [ids["medieval"]]
    )
    conn.commit()
    conn.close()
    db = open_store(path)
    keys = dict(db.execute("SELECT id, at_utc FROM entries").fetchall())
    assert keys[ids["medieval"]] == "999-x"
    assert keys[ids["ancient"]] == "0050-03-01T08:00:00Z"
    unreadable: set[int] = set()
    assert len(Journal(db).entries(unreadable=unreadable)) == 3
    assert unreadable == {ids["medieval"]}
    db.close()

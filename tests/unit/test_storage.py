"""The store: every entry kind round-trips, edits, trash and restore, search, bad input."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

import pytest

from attune_journal.core.models import (
    MAX_TEXT_CHARS,
    CheckIn,
    Entry,
    Feeling,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    ValidationError,
    WeeklyReview,
)
from attune_journal.storage import Journal, SearchFilters, open_store
from attune_journal.storage.errors import StoreError
from tests.factories import CET, at, full_checkin, full_note, one_of_each, stored


def _fresh(path: Path) -> Journal:
    return Journal(open_store(path / "journal.sqlite3"))


@pytest.mark.parametrize("make", one_of_each(), ids=lambda e: e.kind)
def test_each_kind_round_trips_edits_trashes_and_restores(tmp_path: Path, make: Entry) -> None:
    journal = _fresh(tmp_path)
    entry = dataclasses.replace(make)
    journal.save(entry)
    assert entry.id is not None
    assert journal.get(entry.id) == entry  # field for field

    # Edit every text-like field and the common ones.
    entry.starred = not entry.starred
    entry.tags = ["edited"]
    for name in ("reflection", "text", "went_well", "appreciated", "what_happened"):
        if hasattr(entry, name):
            setattr(entry, name, "changed text")
    journal.save(entry)
    again = journal.get(entry.id)
    assert again == entry
    assert again is not None and again.updated_at is not None

    journal.trash(entry.id)
    trashed = journal.get(entry.id)
    assert trashed is not None and trashed.is_trashed
    assert entry.id not in [e.id for e in journal.entries()]
    assert entry.id in [e.id for e in journal.entries(trashed=True)]

    journal.restore(entry.id)
    restored = journal.get(entry.id)
    assert restored is not None and not restored.is_trashed
    assert dataclasses.replace(restored, deleted_at=None) == entry


def test_times_keep_their_offsets_and_sort_by_true_time(journal: Journal) -> None:
    early_ny = full_note(at=at(hour=3, tz=CET))  # 03:30 +01:00 = 02:30Z
    later_cet = full_checkin(at=at(hour=8))  # 07:30Z
    journal.save(later_cet)
    journal.save(early_ny)
    got = journal.entries(newest_first=False)
    assert [e.id for e in got] == [early_ny.id, later_cet.id]
    assert got[1].at.utcoffset() == later_cet.at.utcoffset()


def test_full_text_search_finds_words_after_edits_too(journal: Journal) -> None:
    checkin = full_checkin(reflection="The meeting with Ana went better than feared.")
    note = full_note(text="Cold water on the face helped.")
    journal.save(checkin)
    journal.save(note)
    assert [h.entry.id for h in journal.search("meeting")] == [checkin.id]
    assert [h.entry.id for h in journal.search("water face")] == [note.id]
    hit = journal.search("feared")[0]
    assert "\x02feared\x03" in hit.snippet

    checkin.reflection = "Nothing about work today; only the garden."
    journal.save(checkin)
    assert journal.search("meeting") == []
    assert [h.entry.id for h in journal.search("garden")] == [checkin.id]
    # Feelings, needs, tags and strategies are searchable too.
    assert checkin.id in [h.entry.id for h in journal.search("anxious")]
    assert note.id in [h.entry.id for h in journal.search("movement")]
    journal.trash(note.id)  # type: ignore[arg-type]
    assert journal.search("water") == []


def test_search_text_with_operators_never_errors(journal: Journal) -> None:
    journal.save(full_note(text='He said "don\'t" AND left * NEAR(x)'))
    for query in ['"', "AND", "*", "NEAR(", "don't", "(((", "-", "^"]:
        journal.search(query)  # no exception
    assert journal.search("don")


def test_search_filters(journal: Journal) -> None:
    a = journal.save(full_checkin(at=at(day=2), tags=["garden"], starred=False))
    b = journal.save(full_note(at=at(day=10), starred=True))
    ids = lambda hits: {h.entry.id for h in hits}  # noqa: E731
    assert ids(journal.search("", SearchFilters(feeling="ANXIOUS"))) == {a.id}
    assert ids(journal.search("", SearchFilters(need="calm"))) == {b.id}
    assert ids(journal.search("", SearchFilters(region="chest"))) == {a.id}
    assert ids(journal.search("", SearchFilters(tag="#garden"))) == {a.id}
    assert ids(journal.search("", SearchFilters(starred=True))) == {b.id}
    start, end = at(day=5).date(), at(day=12).date()
    assert ids(journal.search("", SearchFilters(start=start, end=end))) == {b.id}


def test_one_weekly_review_per_week(journal: Journal) -> None:
    first = journal.save(WeeklyReview(at=at(), week="2026-W48", went_well="a"))
    with pytest.raises(ValidationError, match="already"):
        journal.save(WeeklyReview(at=at(), week="2026-W48", went_well="b"))
    assert journal.weekly_review("2026-W48") == first
    # Trash the first; a new one may be written; the old one cannot come back over it.
    journal.trash(first.id)  # type: ignore[arg-type]
    journal.save(WeeklyReview(at=at(), week="2026-W48", went_well="c"))
    with pytest.raises(ValidationError):
        journal.restore(first.id)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "emoji 🌱🙂👩🏽‍🚀 and flags 🇵🇹",
        "עברית מימין לשמאל ‏mixed",
        "zero\u200bwidth\u200djoiner\ufeff",
        "combining é vs é",
    ],
)
def test_unusual_text_is_kept_exactly(journal: Journal, text: str) -> None:
    note = journal.save(Note(text=text))
    stored = journal.get(note.id)  # type: ignore[arg-type]
    assert isinstance(stored, Note) and stored.text == text


def test_nul_characters_are_removed_not_truncating(journal: Journal) -> None:
    note = journal.save(Note(text="before\x00after"))
    stored = journal.get(note.id)  # type: ignore[arg-type]
    assert isinstance(stored, Note) and stored.text == "beforeafter"


def test_five_megabytes_of_text_saves_and_searches(journal: Journal) -> None:
    big = ("steady breath " * 400_000)[: 5 * 1024 * 1024] + " needleword"
    note = journal.save(Note(text=big))
    stored = journal.get(note.id)  # type: ignore[arg-type]
    assert isinstance(stored, Note) and len(stored.text) == len(big)
    assert [h.entry.id for h in journal.search("needleword")] == [note.id]


def test_text_over_the_limit_is_refused_clearly_and_nothing_written(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="split it"):
        journal.save(Note(text="x" * (MAX_TEXT_CHARS + 1)))
    assert journal.count() == 0


@pytest.mark.parametrize("value", [11, -1])
def test_activation_out_of_range_is_refused(journal: Journal, value: int) -> None:
    with pytest.raises(ValidationError, match="0 to 10"):
        journal.save(CheckIn(activation=value))
    assert journal.count() == 0


def test_unknown_feeling_word_is_kept_without_coordinates(journal: Journal) -> None:
    entry = journal.save(CheckIn(feelings=[Feeling("floaty-ish", intensity=1)]))
    stored = journal.get(entry.id)  # type: ignore[arg-type]
    assert isinstance(stored, CheckIn)
    assert stored.feelings == [Feeling("floaty-ish", None, None, 1)]
    assert stored.feelings[0].quadrant is None


def test_empty_note_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="empty"):
        journal.save(Note(text="   \n"))
    assert journal.count() == 0


def test_naive_time_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="offset"):
        journal.save(Note(text="x", at=at().replace(tzinfo=None)))


def test_purge_and_empty_trash(journal: Journal) -> None:
    a = journal.save(full_note())
    b = journal.save(full_checkin())
    journal.trash(a.id)  # type: ignore[arg-type]
    journal.trash(b.id)  # type: ignore[arg-type]
    journal.purge(a.id)  # type: ignore[arg-type]
    assert journal.get(a.id) is None  # type: ignore[arg-type]
    assert journal.empty_trash() == 1
    assert journal.count(trashed=True) == 0
    from attune_journal.storage.db import integrity_problems

    assert integrity_problems(journal.db) == []


def test_drafts_meta_and_own_items(journal: Journal) -> None:
    journal.save_draft("checkin", {"reflection": "half a thought 🌙"})
    assert journal.draft("checkin") == {"reflection": "half a thought 🌙"}
    journal.clear_draft("checkin")
    assert journal.draft("checkin") is None
    journal.set_meta("k", "v")
    journal.set_meta("k", "w")
    assert journal.meta("k") == "w"
    journal.add_own_item("feeling", "  floaty  ", {"p": 0.3, "e": -0.2})
    assert journal.own_items("feeling") == [("floaty", {"p": 0.3, "e": -0.2})]
    with pytest.raises(ValidationError):
        journal.add_own_item("strategy", "   ")


def test_store_files_are_private(data_dir: Path) -> None:
    journal = _fresh(data_dir)
    journal.save(full_note())
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    for name in os.listdir(data_dir):
        assert stat.S_IMODE(os.stat(data_dir / name).st_mode) == 0o600, name


def test_a_day_range_read_uses_the_day_index(journal: Journal) -> None:
    from attune_journal.storage.repository import _range_where

    where, params = _range_where(at().date(), at().date(), (), False)
    plan = journal.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM entries {where}", params
    ).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "idx_entries_day" in details, details


def _plan(journal: Journal, sql: str, params: list[object] | tuple[()] = ()) -> str:
    rows = journal.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return " ".join(str(row[-1]) for row in rows)


def test_a_day_range_of_some_kinds_still_uses_the_day_index(journal: Journal) -> None:
    from attune_journal.storage.repository import _range_where

    where, params = _range_where(at().date(), at().date(), ("checkin", "note"), False)
    assert "idx_entries_day" in _plan(journal, f"SELECT id FROM entries {where}", params)


def test_the_newest_page_walks_the_time_index_instead_of_sorting_everything(
    journal: Journal,
) -> None:
    from attune_journal.storage.repository import _range_where

    where, params = _range_where(None, None, (), False)
    plan = _plan(
        journal, f"SELECT id FROM entries {where} ORDER BY at_utc DESC, id DESC LIMIT 200", params
    )
    assert "idx_entries_at_utc" in plan and "TEMP B-TREE" not in plan, plan


def test_the_trends_read_of_the_whole_journal_stays_in_the_covering_index(
    journal: Journal,
) -> None:
    from attune_journal.storage.repository import _range_where

    where, params = _range_where(None, None, ("checkin", "note"), False)
    plan = _plan(
        journal,
        "SELECT id, kind, at, activation, strategy, strategy_before, strategy_after, starred "
        f"FROM entries {where}",
        params,
    )
    assert "COVERING INDEX idx_entries_live_kind" in plan, plan


def test_trashed_entries_are_found_through_their_index(journal: Journal) -> None:
    from attune_journal.storage.repository import _range_where

    where, params = _range_where(None, None, (), True)
    assert "idx_entries_deleted" in _plan(journal, f"SELECT id FROM entries {where}", params)


def test_opening_an_up_to_date_store_does_not_import_sqlite_utils(data_dir: Path) -> None:
    import subprocess
    import sys

    Journal(open_store(data_dir / "journal.sqlite3")).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from attune_journal.workspace import open_workspace\n"
        f"ws = open_workspace(Path({str(data_dir)!r}))\n"
        "ws.journal.entries_on(__import__('datetime').date.today())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'numpy')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_save_that_fails_leaves_the_entry_as_it_was(journal: Journal) -> None:
    """A rolled-back save gives a new entry no id, so saving it again makes it, once."""
    pages = journal.conn.execute("PRAGMA page_count").fetchone()[0]
    journal.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    note = Note(text="Everything I wanted to say today. " * 3000)
    with pytest.raises(StoreError, match="disk is full"):
        journal.save(note)
    assert note.id is None and journal.count() == 0
    journal.conn.execute("PRAGMA max_page_count = 1073741823")
    journal.save(note)
    assert journal.count() == 1 and stored(journal, note.id, Note).text == note.text

    kept = Note(text="kept")
    journal.save(kept)
    stamp = kept.updated_at
    kept.text = "An edit " * 4000
    journal.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StoreError):
        journal.save(kept)
    assert kept.updated_at == stamp  # the edit was not made, so no edit time either
    journal.conn.execute("PRAGMA query_only = 0")
    journal.save(kept)
    assert journal.get(kept.id).text == kept.text  # type: ignore[arg-type, union-attr]


def test_every_free_text_of_every_kind_is_found_by_search(journal: Journal) -> None:
    """The store reads which fields are text from the models: each one is indexed."""
    entries: dict[str, Entry] = {
        "regulationword": CheckIn(regulation_note="regulationword"),
        "wenthardword": WeeklyReview(week="2026-W40", was_hard="wenthardword"),
        "intentionword": WeeklyReview(week="2026-W41", intention="intentionword"),
        "moreofword": RelationshipCheckIn(week="2026-W40", more_of="moreofword"),
        "attuneword": RelationshipCheckIn(week="2026-W41", attune={"awareness": "attuneword"}),
        "mypartword": RepairEntry(my_part="mypartword"),
        "howitwentword": RepairEntry(how_it_went="howitwentword"),
    }
    for entry in entries.values():
        journal.save(entry)
    for word, entry in entries.items():
        assert [hit.entry.id for hit in journal.search(word)] == [entry.id], word

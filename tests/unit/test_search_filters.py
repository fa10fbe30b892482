"""Journal.search on a prepared journal: each filter, alone and combined, finds the right ones."""

from __future__ import annotations

from datetime import date

import pytest

from attune_journal.core.models import BodySensation, CheckIn, Entry, Feeling, NeedState, Note
from attune_journal.storage.repository import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Journal,
    SearchFilters,
)
from tests.factories import at


@pytest.fixture
def prepared(journal: Journal) -> dict[str, int]:
    """Six entries whose differences each filter below picks out; returns name -> id."""
    entries: dict[str, Entry] = {
        "walk": CheckIn(
            at=at(day=2, hour=8),
            reflection="A long walk by the river before work.",
            feelings=[Feeling("calm", 0.5, -0.8, 2)],
            needs=[NeedState("movement", True)],
            body=[BodySensation("legs", "warm", 2)],
            tags=["outside"],
        ),
        "meeting": CheckIn(
            at=at(day=10, hour=9),
            reflection="The meeting ran late and my jaw was clenched.",
            feelings=[Feeling("anxious", -0.4, 0.7, 3)],
            needs=[NeedState("rest", False)],
            body=[BodySensation("jaw", "clenched", 3)],
            tags=["work"],
            starred=True,
        ),
        "sister": Note(
            at=at(day=15, hour=20),
            text="Called my sister; felt heard. Walked home slowly.",
            feelings=[Feeling("grateful", 0.6, -0.1, 2)],
            needs=[NeedState("being heard", True)],
            tags=["family"],
        ),
        "sigh": Note(
            at=at(day=18, hour=14),
            text="Cyclic sighs before the call.",
            activation=8,
            tags=["work"],
            starred=True,
        ),
        "evening": CheckIn(
            at=at(day=20, hour=21),
            reflection="Quiet evening, tea and rain.",
            feelings=[Feeling("Calm", 0.5, -0.8, 1)],
            body=[BodySensation("upper_back", "loose", 1)],
        ),
        "trashed": Note(at=at(day=21, hour=10), text="A walk I deleted.", tags=["work"]),
    }
    ids = {}
    for name, entry in entries.items():
        journal.save(entry)
        assert entry.id is not None
        ids[name] = entry.id
    journal.trash(ids["trashed"])
    return ids


def found(journal: Journal, query: str = "", **filters: object) -> set[int]:
    hits = journal.search(query, SearchFilters(**filters))  # type: ignore[arg-type]
    return {hit.entry.id for hit in hits if hit.entry.id is not None}


def names(ids: dict[str, int], *wanted: str) -> set[int]:
    return {ids[name] for name in wanted}


def test_no_query_and_no_filter_lists_everything_but_the_trash(journal, prepared) -> None:
    assert found(journal) == names(prepared, "walk", "meeting", "sister", "sigh", "evening")


def test_text_matches_word_prefixes_in_any_kind(journal, prepared) -> None:
    # "walk" finds "walk" and "Walked" (prefix), never the trashed note.
    assert found(journal, "walk") == names(prepared, "walk", "sister")
    assert found(journal, "sigh") == names(prepared, "sigh")
    assert found(journal, "meeting jaw") == names(prepared, "meeting")
    assert found(journal, "nothing-like-this") == set()


def test_a_restored_entry_is_found_again_and_a_newly_trashed_one_is_not(journal, prepared) -> None:
    journal.restore(prepared["trashed"])
    assert found(journal, "walk") == names(prepared, "walk", "sister", "trashed")
    journal.trash(prepared["sister"])
    assert found(journal, "walk") == names(prepared, "walk", "trashed")
    assert found(journal, "walk", kinds=("note",)) <= names(prepared, "walk", "trashed")


def test_date_range_is_inclusive_and_open_ended(journal, prepared) -> None:
    start, end = date(2026, 11, 10), date(2026, 11, 18)
    assert found(journal, start=start, end=end) == names(prepared, "meeting", "sister", "sigh")
    assert found(journal, start=date(2026, 11, 18)) == names(prepared, "sigh", "evening")
    assert found(journal, end=date(2026, 11, 2)) == names(prepared, "walk")


def test_feeling_filter_ignores_case(journal, prepared) -> None:
    assert found(journal, feeling="calm") == names(prepared, "walk", "evening")
    assert found(journal, feeling="ANXIOUS") == names(prepared, "meeting")


def test_need_filter(journal, prepared) -> None:
    assert found(journal, need="rest") == names(prepared, "meeting")
    assert found(journal, need="being heard") == names(prepared, "sister")


def test_body_region_filter(journal, prepared) -> None:
    assert found(journal, region="jaw") == names(prepared, "meeting")
    assert found(journal, region="upper_back") == names(prepared, "evening")


def test_tag_filter_accepts_a_leading_hash(journal, prepared) -> None:
    assert found(journal, tag="work") == names(prepared, "meeting", "sigh")
    assert found(journal, tag="#family") == names(prepared, "sister")


def test_starred_only(journal, prepared) -> None:
    assert found(journal, starred=True) == names(prepared, "meeting", "sigh")


def test_filters_combine_with_text(journal, prepared) -> None:
    assert found(journal, "walk", feeling="calm") == names(prepared, "walk")
    assert found(journal, "call", tag="work", starred=True) == names(prepared, "sigh")
    assert found(journal, tag="work", start=date(2026, 11, 11)) == names(prepared, "sigh")
    assert found(journal, kinds=("note",)) == names(prepared, "sister", "sigh")


def test_snippets_mark_the_matches(journal, prepared) -> None:
    hits = journal.search("river")
    assert len(hits) == 1
    assert f"{HIGHLIGHT_START}river{HIGHLIGHT_END}" in hits[0].snippet


@pytest.mark.parametrize("query", ['"', "AND", "*", "NEAR(", "a OR", "'; DROP TABLE entries; --"])
def test_operator_characters_are_plain_text(journal, prepared, query: str) -> None:
    journal.search(query)  # never a syntax error
    assert journal.count() == 5


def test_text_search_runs_the_match_once_not_once_per_entry(journal, prepared) -> None:
    """FTS5 must not receive the entries filter as a rowid constraint.

    Given one, it re-evaluates the MATCH for every candidate id: a one-letter search
    took 50 s on a 10-year journal. The plan's index string for the FTS scan shows a
    rowid constraint as "=" (e.g. "0:=M2"); a single match pass reads "0:M2".
    """
    statements: list[str] = []
    journal.conn.set_trace_callback(statements.append)
    try:
        journal.search("walk", SearchFilters(tag="outside"))
    finally:
        journal.conn.set_trace_callback(None)
    searches = [s for s in statements if "MATCH" in s]
    assert len(searches) == 1
    plan = journal.conn.execute("EXPLAIN QUERY PLAN " + searches[0]).fetchall()
    fts_scans = [row[3] for row in plan if "entries_fts VIRTUAL TABLE" in row[3]]
    assert fts_scans and all(":=" not in detail for detail in fts_scans), plan

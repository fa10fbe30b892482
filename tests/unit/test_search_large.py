"""Search over entries of several MB: short snippets around the first match, the same words
marked as the index matches, and a search that stops when a newer one takes its place
without disturbing anything else the journal does."""

from __future__ import annotations

import re
import sqlite3
import threading
from datetime import date, datetime, timedelta, timezone

import pytest

from attune_journal.core.models import Entry, Note
from attune_journal.storage.repository import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SNIPPET_AFTER,
    SNIPPET_BEFORE,
    Journal,
    SearchCancelled,
    SearchFilters,
    make_snippet,
    snippet_terms,
)

CET = timezone(timedelta(hours=1))
LOG_LINE = "2026-03-14 09:12:33 INFO sync worker-3 request handled in 12 ms status=200\n"
ODD_LINE = "2026-03-14 23:59:59 ERROR sync worker-1 checksum mismatch on page 4711\n"
MARKED = re.compile(f"{HIGHLIGHT_START}(.*?){HIGHLIGHT_END}", re.DOTALL)
# The most a snippet holds besides the text: its markers and two ellipses.
SLACK = 2 + 2 * 40


def _big_text(megabytes: float = 4) -> str:
    repeats = int(megabytes * 1_000_000) // len(LOG_LINE)
    return LOG_LINE * (repeats - 50) + ODD_LINE + LOG_LINE * 49


@pytest.fixture
def big(journal: Journal) -> dict[str, int]:
    """A few ordinary entries and one pasted log of about 4 MB."""
    entries = {
        "log": Note(at=datetime(2026, 3, 14, 23, 59, tzinfo=CET), text=_big_text(), tags=["log"]),
        "walk": Note(at=datetime(2026, 3, 15, 8, tzinfo=CET), text="A request for a walk."),
        "tea": Note(at=datetime(2026, 3, 16, 8, tzinfo=CET), text="Tea in the sun.", tags=["sync"]),
    }
    journal.save_many(entries.values())
    return {name: entry.id for name, entry in entries.items() if entry.id is not None}


def _short(snippet: str) -> bool:
    return len(snippet) <= SNIPPET_BEFORE + SNIPPET_AFTER + SLACK


def test_a_word_on_every_line_of_a_huge_entry_gives_a_short_snippet_at_its_start(
    journal: Journal, big: dict[str, int]
) -> None:
    hits = {hit.entry.id: hit for hit in journal.search("request")}
    assert set(hits) == {big["log"], big["walk"]}
    snippet = hits[big["log"]].snippet
    assert _short(snippet)
    assert snippet.startswith("2026-03-14 09:12:33 INFO sync worker-3 ")
    assert f"{HIGHLIGHT_START}request{HIGHLIGHT_END}" in snippet
    assert MARKED.findall(hits[big["walk"]].snippet) == ["request"]
    # The whole entry still comes back with the hit: History shows it in full.
    assert len(hits[big["log"]].entry.text) == len(_big_text())  # type: ignore[union-attr]


def test_a_word_near_the_end_of_a_huge_entry_is_found_and_shown(
    journal: Journal, big: dict[str, int]
) -> None:
    (hit,) = journal.search("checksum")
    assert hit.entry.id == big["log"]
    assert _short(hit.snippet) and hit.snippet.startswith("…")
    assert MARKED.findall(hit.snippet) == ["checksum"]
    assert "mismatch on page 4711" in hit.snippet


def test_two_words_on_every_line_mark_both_and_stay_short(
    journal: Journal, big: dict[str, int]
) -> None:
    hits = {hit.entry.id: hit for hit in journal.search("sync work")}
    assert set(hits) == {big["log"]}
    snippet = hits[big["log"]].snippet
    assert _short(snippet)
    assert {"sync", "worker"} <= set(MARKED.findall(snippet))


def test_a_match_only_outside_the_text_shows_that_part(
    journal: Journal, big: dict[str, int]
) -> None:
    hits = {hit.entry.id: hit for hit in journal.search("sync")}
    assert hits[big["tea"]].snippet == f"#{HIGHLIGHT_START}sync{HIGHLIGHT_END}"
    with_filter = journal.search("request", SearchFilters(tag="log"))
    assert [hit.entry.id for hit in with_filter] == [big["log"]]
    assert _short(with_filter[0].snippet)


def test_search_terms_are_folded_and_kept_as_typed_too() -> None:
    assert snippet_terms("Café  ZOË café") == ("cafe", "zoe", "café", "zoë")
    assert snippet_terms("walk, Walk!") == ("walk",)
    assert snippet_terms("  ") == ()


def test_a_very_long_word_is_cut_around_the_match() -> None:
    note = Note(text="x" * 500_000 + " needle " + "y" * 500_000)
    snippet = make_snippet(note, snippet_terms("needle"))
    assert _short(snippet)
    assert f"{HIGHLIGHT_START}needle{HIGHLIGHT_END}" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("Ein Café in München mit Zoë.", "cafe zoe", ["Café", "Zoë"]),
        ("ÉTÉ à Québec", "ete quebec", ["ÉTÉ", "Québec"]),
        ("Walked home; walking is good", "WALK", ["Walked", "walking"]),
        ("東京に行った", "東京", ["東京に行った"]),
        ("snake_case words", "case", ["case"]),
        ("don't stop", "don't", ["don", "t"]),
        ("İstanbul trip", "istanbul", ["İstanbul"]),  # lower case one letter longer
        ("Crème brûlée", "CRÈME brul", ["Crème", "brûlée"]),
    ],
)
def test_words_are_marked_as_the_index_matches_them(
    journal: Journal, text: str, query: str, marked: list[str]
) -> None:
    journal.save(Note(text=text))
    (hit,) = journal.search(query)
    assert MARKED.findall(hit.snippet) == marked


def test_snippets_mark_the_words_fts5_marks_on_a_generated_journal(journal: Journal) -> None:
    """On ordinary entries (accents, emoji, tags), every marked word is one the index
    found, and every hit has its match shown."""
    from bench.generate import generate_entries

    journal.save_many(generate_entries(0.15, seed=11, end=date(2026, 11, 23)))
    for query in ("café", "sleep", "walk park", "Zoë", "a", "muller", "krakow", "sao", "work"):
        hits = journal.search(query, limit=400)
        assert hits, query
        terms = snippet_terms(query)
        for hit in hits:
            found = MARKED.findall(hit.snippet)
            assert found, (query, hit.entry.id)
            # FTS5's own marks over the same row, for comparison (rows here are small).
            rows = journal._read(
                "SELECT highlight(entries_fts, 0, ?, ?) || ' ' || "
                "highlight(entries_fts, 1, ?, ?) FROM entries_fts "
                "WHERE entries_fts MATCH ? AND rowid = ?",
                [HIGHLIGHT_START, HIGHLIGHT_END] * 2
                + [" ".join(f'"{t}"*' for t in terms), hit.entry.id],
            )
            theirs = {word.casefold() for word in MARKED.findall(rows[0][0])}
            assert {word.casefold() for word in found} <= theirs, (query, hit.snippet)


# ---- stopping a search -------------------------------------------------------------------------


def test_a_search_cancelled_before_it_starts_reads_nothing(
    journal: Journal, big: dict[str, int]
) -> None:
    with pytest.raises(SearchCancelled):
        journal.search("request", cancelled=lambda: True)
    with pytest.raises(SearchCancelled):
        journal.search("", SearchFilters(tag="log"), cancelled=lambda: True)


def test_sqlite_stops_the_statement_and_the_connection_works_on(
    journal: Journal, big: dict[str, int]
) -> None:
    from bench.generate import generate_entries

    journal.save_many(generate_entries(0.5, seed=11, end=date(2026, 11, 23)))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # the first ask is before the read: this one is SQLite's

    with pytest.raises(SearchCancelled) as caught:
        journal.search("", limit=400, cancelled=cancelled)
    stopped = caught.value.__context__
    assert isinstance(stopped, sqlite3.OperationalError) and "interrupt" in str(stopped)
    # Nothing of the handler is left behind: long reads and a write go through.
    asked.clear()
    assert len(journal.search("", limit=400)) == 400
    assert {hit.entry.id for hit in journal.search("request")} >= {big["log"], big["walk"]}
    note = journal.save(Note(text="after the cancelled search"))
    assert journal.get(note.id or 0) is not None
    assert asked == []


def test_a_write_waiting_for_a_cancelled_search_is_saved(
    journal: Journal, big: dict[str, int]
) -> None:
    """A search on a worker thread, cancelled while a save waits for the connection."""
    stop = threading.Event()
    searching = threading.Event()
    outcome: list[object] = []

    def cancelled() -> bool:
        searching.set()
        return stop.is_set()

    def search() -> None:
        try:
            # A one-letter prefix over the huge entry: long enough to be caught running.
            outcome.append(journal.search("s", cancelled=cancelled))
        except SearchCancelled as stopped:
            outcome.append(stopped)

    worker = threading.Thread(target=search)
    with journal.locked():  # hold the connection so the search starts only when told
        worker.start()
    assert searching.wait(10)
    saved: list[Entry] = []
    later = datetime(2030, 1, 1, tzinfo=CET)
    writer = threading.Thread(
        target=lambda: saved.append(journal.save(Note(at=later, text="kept")))
    )
    writer.start()
    stop.set()
    worker.join(20)
    writer.join(20)
    assert not worker.is_alive() and not writer.is_alive()
    assert len(outcome) == 1  # cancelled, or done first: either way no error
    assert saved and journal.get(saved[0].id or 0) is not None
    assert [entry.text for entry in journal.entries(limit=1)] == ["kept"]  # type: ignore[union-attr]

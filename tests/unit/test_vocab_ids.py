"""Stable vocabulary ids: in the shipped files, filled in by the store, kept by an old
journal's migration, counted together by Trends and insights, carried by the Markdown
export and by sync (docs/domain.md, "Ids")."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from attune_journal.core import i18n
from attune_journal.core.insights import find_insights
from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Feeling,
    NeedState,
    Note,
    StrategyTry,
)
from attune_journal.core.stats import Window
from attune_journal.core.trend_columns import columns_from_text, compute_trends
from attune_journal.core.vocab_terms import (
    TERM_KINDS,
    fill_ids,
    key_word,
    shown,
    term_id,
    term_words,
)
from attune_journal.exchange.markdown_import import read_markdown
from attune_journal.exchange.markdown_render import front_matter, render_entry
from attune_journal.resources import resource_path
from attune_journal.storage import Journal, open_store
from attune_journal.storage.migrations import MIGRATION_SET, schema_problems
from attune_journal.sync.fields import entry_fields, entry_from
from tests.factories import at

SLUG = re.compile(r"[a-z0-9]+(_[a-z0-9]+)*")


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install("de")
    yield
    i18n.reset()


# ---- the ids in the shipped files -----------------------------------------------------------


def _shipped_ids() -> dict[str, list[tuple[str, str]]]:
    """(id, English word) of every item, read from the files themselves."""

    def data(name: str) -> dict[str, Any]:
        return json.loads(resource_path(name).read_text(encoding="utf-8"))

    feelings = data("feelings.json")
    needs = data("needs.json")
    body = data("body.json")
    strategies = data("strategies.json")
    return {
        "feeling": [(w["id"], w["word"]) for f in feelings["families"] for w in f["words"]],
        "need": [(n["id"], n["word"]) for c in needs["categories"] for n in c["needs"]],
        "sensation": [
            (s["id"], s["word"]) for f in body["sensation_families"] for s in f["sensations"]
        ],
        "region": [(r["id"], r["label"]) for r in body["regions"]],
        "strategy": [(s["id"], s["name"]) for s in strategies["strategies"]],
    }


def test_every_vocabulary_item_has_a_unique_lowercase_id() -> None:
    for kind, items in _shipped_ids().items():
        ids = [term for term, _word in items]
        assert len(set(ids)) == len(ids), kind
        assert all(SLUG.fullmatch(term) for term in ids), kind


def test_ids_were_made_from_the_english_words_and_never_change() -> None:
    """The rule the ids were made by (docs/domain.md), and a few pinned for good."""
    for kind in ("feeling", "need", "sensation"):
        for term, word in _shipped_ids()[kind]:
            assert term == re.sub(r"[^a-z0-9]+", "_", word.casefold()).strip("_"), (kind, word)
    assert term_id("feeling", "at ease") == "at_ease"
    assert term_id("feeling", "self-conscious") == "self_conscious"
    assert term_id("need", "being seen") == "being_seen"
    assert term_id("need", "nature and fresh air") == "nature_and_fresh_air"
    assert term_id("strategy", "5-4-3-2-1 grounding") == "grounding_54321"
    assert term_id("region", "Upper back") == term_id("region", "upper_back") == "upper_back"


def test_a_word_is_found_in_any_language_and_case_own_words_have_none() -> None:
    assert term_id("feeling", "  JOYFUL ") == term_id("feeling", "Fröhlich") == "joyful"
    assert term_id("need", "Erholung") == term_id("need", "rest") == "rest"
    assert term_id("sensation", "Kloß") == "lump"
    assert term_id("region", "Brust") == "chest"
    assert term_id("strategy", "Box-Atmung") == term_id("strategy", "box breathing")
    assert term_id("feeling", "saudade") is None
    assert term_id("strategy", "waiting") is None  # a recorded wait is not a strategy


def test_every_language_names_every_id_of_every_kind() -> None:
    for kind in TERM_KINDS:
        english = term_words(kind, "en")
        assert set(term_words(kind, "de")) == set(english), kind


def test_shown_words_follow_the_language_own_words_stay(german) -> None:
    assert shown("feeling", "joyful", "joyful") == "fröhlich"
    assert shown("feeling", None, "joyful") == "fröhlich"  # not saved yet: found by word
    assert shown("feeling", None, "saudade") == "saudade"
    assert shown("feeling", "a_word_of_a_newer_vocabulary", "glimmery") == "glimmery"
    assert shown("region", "upper_back", "upper_back") == "Oberer Rücken"
    i18n.reset()
    assert shown("feeling", "joyful", "fröhlich") == "joyful"
    assert shown("strategy", "cyclic_sigh", "cyclic sigh") == "cyclic sigh"  # as typed
    assert shown("region", "chest", "chest") == "Chest"  # regions were stored by id


def test_fill_ids_matches_words_and_keeps_ids_given() -> None:
    entry = CheckIn(
        at=at(),
        feelings=[Feeling("Fröhlich", 0.8, 0.4), Feeling("glimmery"), Feeling("x", word_id="kept")],
        needs=[NeedState("being heard", True)],
        body=[BodySensation("Brust", "eng", 2)],
        strategy=StrategyTry("Cyclic sigh", 6, 4),
    )
    fill_ids(entry)
    assert [f.word_id for f in entry.feelings] == ["joyful", None, "kept"]
    assert entry.needs[0].need_id == "being_heard"
    assert (entry.body[0].region_id, entry.body[0].sensation_id) == ("chest", "tight")
    assert entry.strategy is not None and entry.strategy.strategy_id == "cyclic_sigh"


# ---- the store ------------------------------------------------------------------------------


def test_saving_keeps_the_word_seen_and_fills_the_id(journal: Journal) -> None:
    entry = CheckIn(
        at=at(),
        feelings=[Feeling("fröhlich", 0.8, 0.4, 3), Feeling("glimmery")],
        needs=[NeedState("Erholung", False), NeedState("my own need", True)],
        body=[BodySensation("chest", "Kloß", 2)],
        strategy=StrategyTry("Box-Atmung", 7, 4),
    )
    journal.save(entry)
    [back] = journal.entries()
    assert isinstance(back, CheckIn)
    assert [(f.word, f.word_id) for f in back.feelings] == [
        ("fröhlich", "joyful"),
        ("glimmery", None),
    ]
    assert [(n.need, n.need_id) for n in back.needs] == [
        ("Erholung", "rest"),
        ("my own need", None),
    ]
    body = back.body[0]
    assert (body.region, body.region_id, body.sensation, body.sensation_id) == (
        "chest",
        "chest",
        "Kloß",
        "lump",
    )
    assert back.strategy is not None
    assert (back.strategy.name, back.strategy.strategy_id) == ("Box-Atmung", "box_breathing")


def _old_store(path: Path) -> None:
    """A store as the app before vocabulary ids made it: migrations 0001 to 0006 only."""
    from attune_journal.storage import migrations as shipped

    old = shipped.Migrations(MIGRATION_SET)
    for name, step in (
        ("0001_initial", shipped.m0001_initial),
        ("0002_live_kind_index", shipped.m0002_live_kind_index),
        ("0003_four_digit_utc_years", shipped.m0003_four_digit_utc_years),
        ("0004_partner_sharing", shipped.m0004_partner_sharing),
        ("0005_sync", shipped.m0005_sync),
        ("0006_sync_dirty", shipped.m0006_sync_dirty),
    ):
        old(name=name)(step)
    conn = sqlite3.connect(path)
    old.apply(shipped.Database(conn))
    conn.execute("PRAGMA user_version = 6")
    rows = [
        ("u1", "checkin", "2026-11-23T08:30:00+01:00", "2026-11-23T07:30:00Z", "Cyclic sigh"),
        ("u2", "note", "2026-11-24T09:00:00+01:00", "2026-11-24T08:00:00Z", "a walk by the river"),
        ("u3", "note", "2026-11-25T09:00:00+01:00", "2026-11-25T08:00:00Z", "waiting"),
    ]
    for uid, kind, when, utc, strategy in rows:
        conn.execute(
            "INSERT INTO entries (uid, kind, at, at_utc, day, text, activation, strategy, "
            "strategy_before, strategy_after) VALUES (?, ?, ?, ?, ?, 'hi', 6, ?, 6, 4)",
            (uid, kind, when, utc, when[:10], strategy),
        )
    conn.executemany(
        "INSERT INTO entry_feelings VALUES (?, ?, ?, ?, ?, ?)",
        [
            (1, 0, "Joyful", 0.8, 0.4, 2),
            (1, 1, "at  ease", 0.6, -0.5, 1),
            (2, 0, "saudade", None, None, 2),
        ],
    )
    conn.executemany(
        "INSERT INTO entry_needs VALUES (?, ?, ?, ?)",
        [(1, 0, "being heard", 1), (1, 1, "REST", 0), (2, 0, "sunshine", 0)],
    )
    conn.executemany(
        "INSERT INTO entry_body VALUES (?, ?, ?, ?, ?)",
        [
            (1, 0, "chest", "TIGHT", 3),
            (1, 1, "upper_back", "butterflies", 2),
            (1, 2, "tail", "achy", 1),
        ],
    )
    conn.execute("DELETE FROM sync_dirty WHERE uid = 'u2'")  # u2 was published already
    conn.commit()
    conn.close()


def test_an_old_journal_gains_ids_for_its_english_words_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    _old_store(path)
    before = sqlite3.connect(path)
    words_before = before.execute(
        "SELECT word, pleasantness, energy, intensity FROM entry_feelings ORDER BY entry_id, pos"
    ).fetchall()
    before.close()

    db = open_store(path, backups=tmp_path / "backups")
    assert schema_problems(db) == []
    feelings = db.execute(
        "SELECT word, pleasantness, energy, intensity, word_id FROM entry_feelings "
        "ORDER BY entry_id, pos"
    ).fetchall()
    assert [row[:4] for row in feelings] == words_before  # every word as it was
    assert [row[4] for row in feelings] == ["joyful", "at_ease", None]
    assert db.execute(
        "SELECT need, need_id FROM entry_needs ORDER BY entry_id, pos"
    ).fetchall() == [
        ("being heard", "being_heard"),
        ("REST", "rest"),
        ("sunshine", None),
    ]
    assert db.execute(
        "SELECT region, region_id, sensation, sensation_id FROM entry_body ORDER BY pos"
    ).fetchall() == [
        ("chest", "chest", "TIGHT", "tight"),
        ("upper_back", "upper_back", "butterflies", None),
        ("tail", None, "achy", "achy"),
    ]
    assert db.execute("SELECT strategy, strategy_id FROM entries ORDER BY id").fetchall() == [
        ("Cyclic sigh", "cyclic_sigh"),
        ("a walk by the river", None),
        ("waiting", None),
    ]
    # Filling ids changed no entry: what waited for sync still waits, nothing more.
    assert {r[0] for r in db.execute("SELECT uid FROM sync_dirty")} == {"u1", "u3"}
    journal = Journal(db)
    [first] = [e for e in journal.entries() if e.uid == "u1"]
    assert isinstance(first, CheckIn)
    assert [f.word_id for f in first.feelings] == ["joyful", "at_ease"]
    db.close()
    assert list((tmp_path / "backups").iterdir()), "no backup was taken before migrating"


# ---- counted together, in either language ----------------------------------------------------


def _pair_of_journals(journal: Journal) -> None:
    """Twenty check-ins: ten written in English, ten in German, the same items."""
    start = date(2026, 10, 1)
    for i in range(20):
        english = i % 2 == 0
        day = start + timedelta(days=i)
        journal.save(
            CheckIn(
                at=at().replace(year=day.year, month=day.month, day=day.day),
                activation=(7 if i % 4 < 2 else 3) + i % 3,
                feelings=[Feeling("joyful" if english else "fröhlich", 0.8, 0.4, 2)],
                needs=[NeedState("rest" if english else "Erholung", i % 4 >= 2)],
                body=[BodySensation("chest", "tight" if english else "eng", 2)],
                strategy=StrategyTry("Box breathing" if english else "Box-Atmung", 7, 4),
            )
        )


def test_trends_count_an_english_and_a_german_word_as_one(journal: Journal, german) -> None:
    _pair_of_journals(journal)
    stats = compute_trends(columns_from_text(journal.trend_text()), Window())
    assert [(n.need, n.met + n.unmet) for n in stats.needs] == [("Erholung", 20)]
    assert [(r.region, r.total) for r in stats.body] == [("chest", 20)]
    assert [s.name for s in stats.strategies.too_few + stats.strategies.ranked] == ["Box-Atmung"]
    i18n.reset()
    stats = compute_trends(columns_from_text(journal.trend_text()), Window())
    assert [(n.need, n.met + n.unmet) for n in stats.needs] == [("rest", 20)]


def test_insights_group_by_id_and_keep_their_id_in_every_language(journal: Journal) -> None:
    _pair_of_journals(journal)
    found = find_insights(journal.insight_rows(None, None))
    rest = {i.id: i for i in found.insights if i.kind == "need-activation"}
    # "rest" unmet on ten days (five written in English, five in German): one group.
    unmet = rest["need-activation:rest:unmet"]
    assert unmet.subject == "rest" and unmet.group_n == 10
    i18n.install("de")
    try:
        german = find_insights(journal.insight_rows(None, None))
        again = {i.id: i for i in german.insights if i.kind == "need-activation"}
        assert again.keys() == rest.keys()  # hidden in one language, hidden in the other
        assert again["need-activation:rest:unmet"].subject == "Erholung"
    finally:
        i18n.reset()


def test_history_filters_find_a_word_in_every_language(journal: Journal) -> None:
    from attune_journal.storage.repository import SearchFilters

    _pair_of_journals(journal)
    for word in ("joyful", "Fröhlich"):
        assert len(journal.search_ids(filters=SearchFilters(feeling=word))) == 20
    assert len(journal.search_ids(filters=SearchFilters(need="Erholung"))) == 20
    assert len(journal.search_ids(filters=SearchFilters(region="chest"))) == 20


def test_key_word_names_what_was_counted(german) -> None:
    assert key_word("need", "being_heard") == "gehört werden"
    assert key_word("need", "sunshine") == "sunshine"


# ---- Markdown and sync ----------------------------------------------------------------------


def test_a_german_export_imported_into_an_english_app_restores_every_id(
    journal: Journal, tmp_path: Path, german
) -> None:
    entry = CheckIn(
        at=at(),
        feelings=[Feeling("fröhlich", 0.8, 0.4, 3), Feeling("glimmery")],
        needs=[NeedState("Erholung", False)],
        body=[BodySensation("chest", "eng", 2)],
        strategy=StrategyTry("Box-Atmung", 7, 4),
    )
    journal.save(entry)
    [saved] = journal.entries()
    text = render_entry(saved)
    assert '  - word: "fröhlich"\n    id: joyful\n' in text
    assert "  - word: glimmery\n    pleasantness: null" in text  # own word: no id
    assert "  - need: Erholung\n    id: rest\n" in text
    assert "  - region: Brust\n    region_id: chest\n    sensation: eng\n" in text
    assert "strategy:\n  name: Box-Atmung\n  id: box_breathing\n" in text
    folder = tmp_path / "export" / "2026" / "11"
    folder.mkdir(parents=True)
    (folder / "2026-11-23-0830-checkin.md").write_text(text, encoding="utf-8")

    i18n.reset()  # the English app reads it
    [item] = read_markdown(tmp_path / "export").entries
    back = item.entry
    assert isinstance(back, CheckIn)
    assert [(f.word, f.word_id) for f in back.feelings] == [
        ("fröhlich", "joyful"),
        ("glimmery", None),
    ]
    assert [n.need_id for n in back.needs] == ["rest"]
    assert (back.body[0].region_id, back.body[0].sensation_id) == ("chest", "tight")
    assert back.strategy is not None and back.strategy.strategy_id == "box_breathing"
    # Exported again in English: the vocabulary's English words, the same ids.
    again = render_entry(back)
    assert "  - word: joyful\n    id: joyful\n" in again
    assert "strategy:\n  name: Box breathing\n  id: box_breathing\n" in again


def test_an_export_from_before_ids_imports_with_ids_matched(tmp_path: Path) -> None:
    old = (
        "---\nuid: 0123456789abcdef0123456789abcdef\nkind: checkin\n"
        "at: 2026-11-23T08:30:00+01:00\nupdated_at: null\nstarred: false\ntags: []\n"
        "prompt_id: null\nprompt: null\nactivation: 5\n"
        "strategy:\n  name: cyclic sigh\n  before: 7\n  after: 5\n"
        "feelings:\n  - word: anxious\n    pleasantness: -0.4\n    energy: 0.7\n"
        "    intensity: 3\n"
        "needs:\n  - need: being heard\n    met: true\n"
        "body:\n  - region: chest\n    sensation: tight\n    intensity: 3\n"
        "regulation_note: ''\n---\n"
    )
    folder = tmp_path / "old" / "2026" / "11"
    folder.mkdir(parents=True)
    (folder / "2026-11-23-0830-checkin.md").write_text(old, encoding="utf-8")
    [item] = read_markdown(tmp_path / "old").entries
    entry = item.entry
    fill_ids(entry)  # what the store does on saving the import
    assert isinstance(entry, CheckIn)
    assert entry.feelings[0].word_id == "anxious"
    assert entry.needs[0].need_id == "being_heard"
    assert (entry.body[0].region_id, entry.body[0].sensation_id) == ("chest", "tight")
    assert entry.strategy is not None and entry.strategy.strategy_id == "cyclic_sigh"


def test_sync_carries_the_words_as_stored_with_their_ids(journal: Journal, german) -> None:
    journal.save(Note(at=at(), feelings=[Feeling("joyful", 0.8, 0.4)], text="x"))
    [note] = journal.entries()
    fields = entry_fields(note)
    # Whatever this computer shows (German here), the stored word travels.
    assert fields["feelings"] == [
        {"word": "joyful", "id": "joyful", "pleasantness": 0.8, "energy": 0.4, "intensity": 2}
    ]
    assert front_matter(note)["feelings"][0]["word"] == "fröhlich"  # the export's words
    back = entry_from(note.uid, "note", fields)
    assert isinstance(back, Note) and back.feelings[0].word_id == "joyful"


def test_searching_a_vocabulary_word_finds_it_saved_in_another_language(
    journal: Journal,
) -> None:
    journal.save(Note(at=at(), text="a quiet morning", feelings=[Feeling("joyful", 0.8, 0.4)]))
    journal.save(Note(at=at(day=24), text="later", needs=[NeedState("Erholung", False)]))
    [english, german] = sorted(journal.entries(), key=lambda e: e.at)
    assert [h.entry.id for h in journal.search("fröhlich")] == [english.id]
    assert [h.entry.id for h in journal.search("rest")] == [german.id]
    assert journal.search_ids("Fröhlich quiet") == [english.id]  # every word still counts
    assert journal.search("fröhlich later") == []

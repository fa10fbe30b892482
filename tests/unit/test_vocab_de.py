"""The German vocabularies (resources/i18n/de/vocabulary.json): complete, unambiguous, on
the same grid places, and used by every loader when the app speaks German; the support
lines of Germany, Austria and Switzerland."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from attune_journal.core import i18n, vocab
from attune_journal.core.prompts import cycle_order, load_prompt_themes, load_prompts
from attune_journal.core.vocab_i18n import vocabulary_language, vocabulary_languages
from attune_journal.core.vocab_terms import TERM_KINDS, TermKind, fold, term_ids, term_words
from attune_journal.resources import load_json, resource_path
from attune_journal.settings import default_helplines


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install("de")
    yield
    i18n.reset()


def _german_file() -> dict[str, Any]:
    return json.loads(resource_path("i18n", "de", "vocabulary.json").read_text(encoding="utf-8"))


def test_german_is_a_vocabulary_language_and_locales_find_it() -> None:
    assert vocabulary_languages() == ("en", "de")
    assert vocabulary_language("de_AT") == vocabulary_language("de-CH") == "de"
    assert vocabulary_language("fr_FR") == "en"  # no French vocabulary: English


def test_every_item_label_prompt_and_question_has_german_words() -> None:
    de = _german_file()
    english = {kind: set(term_words(kind, "en")) for kind in TERM_KINDS}
    sections: dict[TermKind, str] = {
        "feeling": "feelings",
        "need": "needs",
        "region": "regions",
        "sensation": "sensations",
        "strategy": "strategies",
    }
    for kind, section in sections.items():
        assert set(de[section]) == english[kind], kind
    assert set(de["feeling_families"]) == {f.id for f in vocab.load_feeling_families("en")}
    assert set(de["need_categories"]) == {c.id for c in vocab.load_needs("en")}
    assert set(de["sensation_families"]) == {f.id for f in vocab.load_sensation_families("en")}
    prompts = load_json("prompts.json")
    assert set(de["prompts"]) == {p["id"] for p in prompts["prompts"]}
    assert set(de["prompt_themes"]) == {t["id"] for t in prompts["themes"]}
    for strategy in de["strategies"].values():
        assert strategy["name"].strip() and strategy["description"].strip()
    relationship = vocab.load_relationship("en")
    german = de["relationship"]
    assert set(german["pillars"]) == {p.id for p in relationship.pillars}
    assert set(german["items"]) == set(relationship.item_ids)
    assert set(german["free_text"]) == {f.id for f in relationship.free_text}
    assert set(german["attune_steps"]) == {s.id for s in relationship.attune_steps}
    lines = {line["id"] for line in load_json("helplines.json")["helplines"]}
    assert set(de["helplines"]["lines"]) == lines


def test_german_words_are_told_apart_in_every_language() -> None:
    """No German word is two items, and none is another item's English word: a word
    typed in either language is one vocabulary item."""
    for kind in TERM_KINDS:
        german = term_words(kind, "de")
        folded = [fold(word) for word in german.values()]
        assert len(set(folded)) == len(folded), kind
        english = {fold(word): term for term, word in term_words(kind, "en").items()}
        for term, word in german.items():
            assert english.get(fold(word), term) == term, (kind, word)
        assert len(term_ids(kind)) >= len(german)


def test_german_text_speaks_to_the_person_as_du() -> None:
    """Calm and warm, never the formal 'Sie' (docs/i18n.md)."""
    de = _german_file()
    texts = [
        *de["prompts"].values(),
        *(s["description"] for s in de["strategies"].values()),
        de["relationship"]["safety"]["note"],
        de["helplines"]["note"],
        de["helplines"]["abuse_note"],
    ]
    formal = re.compile(r"\b(Sie|Ihr|Ihre|Ihnen|Ihren|Ihrem|Ihrer)\b")
    assert not [text for text in texts if formal.search(text)]
    # Most say "du" (or "dir", "dich", "dein"); the rest ask or invite ("Atme", "Benenne").
    du = re.compile(r"\b(du|dir|dich|dein\w*)\b", re.IGNORECASE)
    assert sum(bool(du.search(text)) for text in texts) >= 40


def test_in_german_the_loaders_give_german_words_on_the_same_grid_places(german) -> None:
    words = {w.id: w for w in vocab.load_feelings()}
    english = {w.id: w for w in vocab.load_feelings("en")}
    assert words["joyful"].word == "fröhlich" and words["at_ease"].word == "gelöst"
    assert all((words[i].p, words[i].e) == (english[i].p, english[i].e) for i in english)
    assert vocab.load_feeling_families()[0].label == "Fröhlich"
    connection = vocab.load_needs()[0]
    assert connection.label == "Verbindung" and connection.needs[2] == "gesehen werden"
    assert connection.ids[2] == "being_seen"
    assert vocab.load_body_regions()[6].label == "Brust"
    assert vocab.load_sensation_families()[-1].sensations[-1] == "angehalten"
    sigh = vocab.load_strategies()[0]
    assert sigh.name == "Zyklisches Seufzen" and sigh.description.startswith("Atme")
    assert sigh.source == "Balban et al. 2023, Cell Reports Medicine"


def test_in_german_typing_completes_to_german_words(german) -> None:
    assert [w.word for w in vocab.complete_feeling("fröh")] == ["fröhlich"]
    assert vocab.nearest_feelings(0.9, 0.5, k=1)[0].word == "glücklich"
    found = vocab.feeling_for_word("Fröhlich")
    assert (found.word, found.word_id, found.pleasantness) == ("fröhlich", "joyful", 0.8)
    # An English word typed in German is still that feeling, spelled as typed.
    typed = vocab.feeling_for_word("joyful")
    assert (typed.word, typed.word_id, typed.energy) == ("joyful", "joyful", 0.4)
    assert vocab.feeling_for_word("saudade").word_id is None
    assert vocab.need_category("Erholung") == vocab.need_category("rest") == "physical"
    assert vocab.sensation_family("Kloß") == vocab.sensation_family("lump") == "space"


def test_in_german_prompts_and_their_rotation(german) -> None:
    prompts = load_prompts()
    assert prompts[0].text == "Wo in deinem Körper spürst du dich gerade am deutlichsten?"
    assert load_prompt_themes()[5].label == "Bruch und Reparatur"
    order = [p.id for p in cycle_order(prompts, "salt", 3)]
    i18n.reset()
    # The same ids in the same order: the prompt of the day does not change with the language.
    assert [p.id for p in cycle_order(load_prompts(), "salt", 3)] == order


def test_in_german_the_relationship_check_in(german) -> None:
    relationship = vocab.load_relationship()
    assert relationship.pillars[0].label == "Emotionale Sicherheit"
    assert relationship.scale_max_label == "Traf voll zu"
    assert relationship.attune_steps[0].label == "Wahrnehmen"
    assert "nicht deine Schuld" in relationship.safety_note
    hilfetelefon = {line.id: line for line in relationship.safety_lines}["de-hilfetelefon"]
    assert hilfetelefon.region == "Deutschland" and hilfetelefon.contact == "116 016"


# ---- support lines ----------------------------------------------------------------------


GERMAN_SPEAKING_LINES = {
    # id: (countries, kind, contact): each checked against a stored public page (docs/safety.md)
    "de-telefonseelsorge": ("DE", "crisis", "0800 111 0 111, 0800 111 0 222 or 116 123"),
    "de-nummer-gegen-kummer": ("DE", "crisis", "116 111"),
    "at-telefonseelsorge": ("AT", "crisis", "142"),
    "at-rat-auf-draht": ("AT", "crisis", "147"),
    "ch-dargebotene-hand": ("CH LI", "crisis", "143"),
    "ch-pro-juventute": ("CH", "crisis", "147"),
    "de-hilfetelefon": ("DE", "abuse", "116 016"),
    "de-maennerhilfetelefon": ("DE", "abuse", "0800 123 99 00"),
    "at-frauenhelpline": ("AT", "abuse", "0800 222 555"),
    "ch-opferhilfe": ("CH", "abuse", "aide-aux-victimes.ch"),
}


def test_german_austrian_and_swiss_lines_are_shipped_with_the_day_they_were_checked() -> None:
    by_id = {line["id"]: line for line in default_helplines()}
    for line_id, (countries, kind, contact) in GERMAN_SPEAKING_LINES.items():
        line = by_id[line_id]
        assert (line["countries"], line["kind"], line["contact"]) == (countries, kind, contact)
        assert date.fromisoformat(line["checked"]) == date(2026, 12, 4)
    # Every country has a crisis line and a line for anyone being hurt.
    for country in ("DE", "AT", "CH"):
        kinds = {
            by_id[i]["kind"] for i, (c, _k, _n) in GERMAN_SPEAKING_LINES.items() if country in c
        }
        assert kinds == {"crisis", "abuse"}, country


def test_in_german_the_shipped_lines_speak_german(german) -> None:
    by_id = {line["id"]: line for line in default_helplines()}
    assert by_id["at-frauenhelpline"]["region"] == "Österreich"
    assert by_id["us-ca-988"]["region"] == "USA und Kanada"
    assert by_id["emergency"]["name"] == "Notruf"
    assert by_id["de-telefonseelsorge"]["contact"] == "0800 111 0 111, 0800 111 0 222 oder 116 123"
    note, abuse = vocab.helpline_notes()
    assert note.startswith("Wenn jemand gerade in Gefahr ist")
    assert abuse.startswith("Gewalt ist kein Bruch")
    i18n.reset()
    assert {line["id"]: line for line in default_helplines()}["emergency"]["name"] == (
        "Emergency services"
    )

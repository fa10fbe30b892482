"""Which vocabulary item a stored word is, and how to show it in the language of the app.

A feeling, need, body region, sensation or strategy chosen from the shipped vocabulary is
stored with its stable id beside the word the person saw ("fröhlich", ``joyful``);
the person's own words have no id (docs/domain.md, "Ids"). This module owns the
two directions:

- ``term_id(kind, word)``: the id of a word in any shipped language (compared as
  ``core.vocab`` compares words: cleaned, case folded), None for an own word;
- ``shown(kind, id, word)``: the word in the language shown when the id is known
  here, else the word as stored (own words, or an id a newer vocabulary added).

``fill_ids`` gives an entry's words the ids they lack (the store calls it on every
save, so imports, old exports and sync changes without ids are matched by word), and
``group_key`` is what Trends and insights group by: the id, else the folded word, so
"joyful" saved in English and "fröhlich" saved in German are one series.

Body regions were always stored by their id ("chest"); that id is also a region's
word here, so old rows find their region like new ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Literal

from attune_journal.core.models import clean_word
from attune_journal.core.vocab_i18n import ENGLISH, vocabulary_language, vocabulary_languages

TermKind = Literal["feeling", "need", "region", "sensation", "strategy"]
TERM_KINDS: tuple[TermKind, ...] = ("feeling", "need", "region", "sensation", "strategy")


def fold(word: str) -> str:
    """How words are compared: cleaned like stored words, then casefolded (as core.vocab)."""
    return clean_word(word).casefold()


@cache
def term_words(kind: TermKind, language: str) -> Mapping[str, str]:
    """Each shipped id of ``kind`` and its word in ``language`` (a vocabulary language),
    in the vocabulary's order."""
    # The vocabularies load when a word is first looked up: Today's screen imports this
    # module, and a start without entries reads no vocabulary file.
    from attune_journal.core.vocab import (
        load_body_regions,
        load_feelings,
        load_needs,
        load_sensation_families,
        load_strategies,
    )

    pairs: Iterable[tuple[str | None, str]]
    if kind == "feeling":
        pairs = ((w.id, w.word) for w in load_feelings(language))
    elif kind == "need":
        pairs = (
            pair for cat in load_needs(language) for pair in zip(cat.ids, cat.needs, strict=True)
        )
    elif kind == "sensation":
        pairs = (
            pair
            for fam in load_sensation_families(language)
            for pair in zip(fam.ids, fam.sensations, strict=True)
        )
    elif kind == "region":
        pairs = ((r.id, r.label) for r in load_body_regions(language))
    else:
        pairs = ((s.id, s.name) for s in load_strategies(language))
    return {term: word for term, word in pairs if term}


@cache
def _ids(kind: TermKind, languages: tuple[str, ...]) -> Mapping[str, str]:
    index: dict[str, str] = {}
    if kind == "region":
        # A region's id is what the body map has always stored as its word.
        index.update((fold(term), term) for term in term_words(kind, ENGLISH))
    for language in languages:
        for term, word in term_words(kind, language).items():
            index.setdefault(fold(word), term)
    return index


def term_ids(kind: TermKind, languages: Iterable[str] | None = None) -> Mapping[str, str]:
    """Folded word -> id for the words of ``kind`` in ``languages`` (every shipped
    language by default, English first: a word spelled alike in two languages is the
    English one's)."""
    chosen = tuple(languages) if languages is not None else vocabulary_languages()
    return _ids(kind, chosen)


def term_id(kind: TermKind, word: str) -> str | None:
    """The id of a shipped word of ``kind`` in any language, None for an own word."""
    return term_ids(kind).get(fold(word))


def term_word(kind: TermKind, term: str | None, language: str | None = None) -> str | None:
    """The word for id ``term`` in the language shown (or ``language``); None when this
    vocabulary does not know the id."""
    if not term:
        return None
    return term_words(kind, vocabulary_language(language)).get(term)


def shown(kind: TermKind, term: str | None, word: str, language: str | None = None) -> str:
    """What to show for a stored word: its vocabulary word in the language shown, or the
    word as stored (an own word, or an id this vocabulary does not know). A word that
    already is that vocabulary word keeps the person's spelling ("cyclic sigh" stays as
    typed in English, and reads "Zyklisches Seufzen" in German); a body region always
    shows its label (regions were stored by id). A word without an id yet (an entry
    not saved) is matched by word."""
    found = term_word(kind, term if term is not None else term_id(kind, word), language)
    if found is None:
        return word
    if kind != "region" and fold(word) == fold(found):
        return word
    return found


def other_words(word: str) -> tuple[str, ...]:
    """The one-word names, in every language, of the vocabulary items ``word`` names
    (whole, any case), other than ``word`` itself: what a search for it also looks for."""
    key = fold(word)
    found: dict[str, str] = {}
    for kind in TERM_KINDS:
        term = term_ids(kind).get(key)
        if term is None:
            continue
        for language in vocabulary_languages():
            other = term_words(kind, language).get(term)
            if other and other.isalnum() and fold(other) != key:
                found.setdefault(fold(other), other)
    return tuple(found.values())


def group_key(term: str | None, word: str) -> str:
    """What Trends and insights count a word under: its id, else its folded word (the
    SQL twin is ``coalesce(<id>, <word>)``, folded in Python)."""
    return term or fold(word)


def key_of(kind: TermKind, term: str | None, word: str) -> str:
    """The key a stored word is counted under, as ``coalesce(<id>, <word>)`` gives it for
    a saved one (an entry not saved yet finds its id by word)."""
    return term or term_id(kind, word) or word


def key_word(kind: TermKind, key: str, language: str | None = None) -> str:
    """The word to show for what was counted under ``key`` (``coalesce(<id>, <word>)``):
    the vocabulary word in the language shown, or the own word as written."""
    return term_word(kind, key, language) or key


def fill_ids(entry: Any) -> None:
    """Give the entry's feelings, needs, body sensations and strategy the ids they lack,
    matched by word in any shipped language. Ids already there are kept: an entry from a
    newer vocabulary or another language keeps what it brought."""
    for feeling in getattr(entry, "feelings", ()):
        if feeling.word_id is None:
            feeling.word_id = term_id("feeling", feeling.word)
    for need in getattr(entry, "needs", ()):
        if need.need_id is None:
            need.need_id = term_id("need", need.need)
    for sensation in getattr(entry, "body", ()):
        if sensation.region_id is None:
            sensation.region_id = term_id("region", sensation.region)
        if sensation.sensation_id is None:
            sensation.sensation_id = term_id("sensation", sensation.sensation)
    strategy = getattr(entry, "strategy", None)
    if strategy is not None and strategy.strategy_id is None:
        strategy.strategy_id = term_id("strategy", strategy.name)

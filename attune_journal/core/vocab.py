"""The shipped vocabularies: feelings, needs, body regions and sensations,
regulation strategies, the relationship check-in and the support lines.

This module owns turning ``resources/*.json`` into small frozen dataclasses (and
the words for intensity 1 to 3, which need no file) and
the look-ups the check-in needs (nearest words to a point on the mood grid,
completion as the person types, which family a need or sensation belongs to).
It never imports Qt and never touches the store: the person's own words arrive
as plain arguments (``extra``) so the same functions serve the GUI, the CLI and
the importers.

Words, labels and sentences come in the language the app is shown in (English, or the
language's ``resources/i18n/<language>/vocabulary.json`` read by ``core.vocab_i18n``);
ids, grid places and shapes are the same in every language, and a loader given
``language`` reads that one. Which item a stored word is, in any language, is
``core.vocab_terms``'s (docs/i18n.md).

Each file is read once per process and language (``functools.cache``). The cached
values are tuples of frozen objects; public loaders hand out fresh lists so a caller
that sorts or appends cannot change what the next caller sees.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from attune_journal.core.models import Feeling, Quadrant, clean_word, quadrant_of
from attune_journal.core.vocab_i18n import (
    ENGLISH,
    field,
    text,
    vocabulary_language,
    vocabulary_languages,
)
from attune_journal.resources import load_json

OWN_FAMILY = "own"
"""Family id of feeling words the person added themselves."""


class VocabularyError(ValueError):
    """A shipped vocabulary file is malformed (a broken install or a bad edit)."""


# --- small helpers for reading the JSON defensively -------------------------------------


def _field(obj: Mapping[str, Any], key: str, file: str) -> Any:
    # A KeyError deep inside a loader says nothing about which file is wrong;
    # name the file and the key so a packaging mistake is found in one look.
    try:
        return obj[key]
    except (KeyError, TypeError) as exc:
        raise VocabularyError(f"{file}: an entry is missing '{key}'") from exc


def _text(obj: Mapping[str, Any], key: str, file: str) -> str:
    value = _field(obj, key, file)
    if not isinstance(value, str) or not value.strip():
        raise VocabularyError(f"{file}: '{key}' must be non-empty text, got {value!r}")
    return value


def _number(obj: Mapping[str, Any], key: str, file: str) -> float:
    value = _field(obj, key, file)
    # bool is an int subclass; "p": true in a file is a mistake, not 1.0.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise VocabularyError(f"{file}: '{key}' must be a number, got {value!r}")
    return float(value)


def _fold(word: str) -> str:
    """The key words are compared by: normalised like stored words, then casefolded."""
    return clean_word(word).casefold()


# --- feelings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FeelingWord:
    """A feeling word with pleasantness ``p`` and energy ``e`` in [-1, 1].

    Shipped words always have both coordinates and a stable ``id`` (the same in every
    language; docs/domain.md). A word the person added may have no coordinates
    (``None``): it can be chosen and counted, but not placed on the grid; its ``id``
    is None.
    """

    word: str
    p: float | None
    e: float | None
    family: str
    id: str | None = None

    @property
    def has_point(self) -> bool:
        return self.p is not None and self.e is not None

    @property
    def quadrant(self) -> Quadrant | None:
        if self.p is None or self.e is None:
            return None
        return quadrant_of(self.p, self.e)


@dataclass(frozen=True)
class FeelingFamily:
    """A group of related feeling words (``joyful``, ``afraid`` …) in display order."""

    id: str
    label: str
    words: tuple[FeelingWord, ...]


def own_feeling(word: str, p: float | None = None, e: float | None = None) -> FeelingWord:
    """A feeling word the person added, in the ``own`` family."""
    return FeelingWord(clean_word(word), p, e, OWN_FAMILY)


@cache
def _feeling_families(language: str) -> tuple[FeelingFamily, ...]:
    file = "feelings.json"
    families = []
    for fam in _field(load_json(file), "families", file):
        fam_id = _text(fam, "id", file)
        words = []
        for w in _field(fam, "words", file):
            word_id = _text(w, "id", file)
            words.append(
                FeelingWord(
                    word=text(language, "feelings", word_id, _text(w, "word", file)),
                    p=_number(w, "p", file),
                    e=_number(w, "e", file),
                    family=fam_id,
                    id=word_id,
                )
            )
        label = text(language, "feeling_families", fam_id, _text(fam, "label", file))
        families.append(FeelingFamily(fam_id, label, tuple(words)))
    return tuple(families)


def load_feeling_families(language: str | None = None) -> list[FeelingFamily]:
    """The shipped feeling families, in the order the vocabulary lists them."""
    return list(_feeling_families(vocabulary_language(language)))


def load_feelings(language: str | None = None) -> list[FeelingWord]:
    """Every shipped feeling word, family by family."""
    return [word for fam in load_feeling_families(language) for word in fam.words]


def feeling_lookup(
    words_extra: Iterable[FeelingWord] = (), language: str | None = None
) -> dict[str, FeelingWord]:
    """Map each casefolded word to its ``FeelingWord``: the shipped words (in the language
    shown, or ``language``) plus ``words_extra``.

    When one of the person's own words has the same spelling as a shipped word,
    the shipped entry is kept: a stray duplicate in settings must not move
    "calm" to another quadrant on every chart.
    """
    lookup: dict[str, FeelingWord] = {}
    for word in [*load_feelings(language), *words_extra]:
        lookup.setdefault(_fold(word.word), word)
    return lookup


def nearest_feelings(
    p: float, e: float, k: int = 6, extra: Iterable[FeelingWord] = ()
) -> list[FeelingWord]:
    """The ``k`` words closest to the grid point (p, e), nearest first (Euclidean).

    Own words without coordinates are skipped. Ties are broken alphabetically so
    the same tap on the grid always offers the same words in the same order.
    """
    if k <= 0:
        return []
    candidates = [w for w in feeling_lookup(extra).values() if w.p is not None and w.e is not None]

    def distance(word: FeelingWord) -> tuple[float, str]:
        assert word.p is not None and word.e is not None  # filtered above
        # Rounded so that equal distances which differ only by float noise
        # (0.45 vs 0.44999999999999996) still count as ties and sort by word.
        return (round(math.hypot(word.p - p, word.e - e), 9), word.word.casefold())

    return sorted(candidates, key=distance)[:k]


def complete_feeling(
    prefix: str, extra: Iterable[FeelingWord] = (), limit: int = 8
) -> list[FeelingWord]:
    """Words for a completer: those starting with ``prefix`` first, then those containing it.

    Matching ignores case and extra whitespace; each group is alphabetical. A
    blank prefix completes to nothing (an empty field is not a question).
    """
    needle = _fold(prefix)
    if not needle or limit <= 0:
        return []
    words = sorted(feeling_lookup(extra).items())
    starts = [w for key, w in words if key.startswith(needle)]
    contains = [w for key, w in words if needle in key and not key.startswith(needle)]
    return [*starts, *contains][:limit]


def letters_apart(a: str, b: str) -> int:
    """How many letters separate two words: letters added, dropped or changed.

    Counted on ``difflib``'s edit script between the folded words, so two swapped
    letters ("clam" for "calm") count as two. It can overcount a little, never
    undercount, which keeps suggestions on the cautious side.
    """
    matcher = difflib.SequenceMatcher(None, _fold(a), _fold(b), autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )


def _allowed_letters(word: str) -> int:
    # A short word is only a slip from a shipped one when a single letter is off
    # ("sda" is not "sad" gone wrong, but "sadd" is); from four letters, two may be.
    letters = len(word.replace(" ", ""))
    if letters <= 2:
        return 0
    return 1 if letters == 3 else 2


SUGGEST_SIMILARITY = 0.75
"""The least ``difflib`` similarity for a "did you mean": below it, a word only a letter
or two from a shipped one is usually a different word ("glad" is not "sad" misspelt)."""


def feeling_for_word(word: str, own: Iterable[FeelingWord] = (), intensity: int = 2) -> Feeling:
    """A typed feeling word as a ``Feeling``: a known word (any case) with its grid place and
    id, spelled as the vocabulary spells it (in the language shown, else in the language
    it was typed in: "joyful" stays "joyful" in German); any other word as the person's
    own, placeless and without id."""
    word = clean_word(word)
    key = _fold(word)
    found = feeling_lookup(own).get(key)
    if found is None:
        shown = vocabulary_language()
        for language in vocabulary_languages():
            if language != shown:
                found = feeling_lookup(language=language).get(key)
                if found is not None:
                    break
    if found is None:
        return Feeling(word=word, intensity=intensity)
    return Feeling(
        word=found.word,
        pleasantness=found.p,
        energy=found.e,
        intensity=intensity,
        word_id=found.id,
    )


def suggest_feeling(word: str, extra: Iterable[FeelingWord] = ()) -> FeelingWord | None:
    """The known feeling ``word`` was probably meant to be, or None.

    For a word that is neither shipped nor one of the person's own (``extra``),
    offer a known word one or two letters away (one for three-letter words) that
    ``difflib`` also finds similar: the fewest letters apart first, then the most
    similar, then alphabetically, so the same slip always gets the same answer. A
    word that is already known, blank, or far from every known word gets None.
    """
    needle = _fold(word)
    lookup = feeling_lookup(extra)
    if not needle or needle in lookup:
        return None
    allowed = _allowed_letters(needle)
    if allowed == 0:
        return None
    keys = list(lookup)
    close = difflib.get_close_matches(needle, keys, n=len(keys), cutoff=SUGGEST_SIMILARITY)
    ranked = sorted(
        (letters_apart(needle, key), -difflib.SequenceMatcher(None, needle, key).ratio(), key)
        for key in close
    )
    if not ranked or ranked[0][0] > allowed:
        return None
    return lookup[ranked[0][2]]


# --- needs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeedCategory:
    """A group of needs (``connection``, ``physical`` …) and the needs in it.

    ``needs`` are the words shown, ``ids[i]`` the stable id of ``needs[i]``.
    """

    id: str
    label: str
    needs: tuple[str, ...]
    ids: tuple[str, ...] = ()


@cache
def _needs(language: str) -> tuple[NeedCategory, ...]:
    file = "needs.json"
    categories = []
    for cat in _field(load_json(file), "categories", file):
        cat_id = _text(cat, "id", file)
        ids = tuple(_text(n, "id", file) for n in _field(cat, "needs", file))
        words = tuple(
            text(language, "needs", need_id, _text(n, "word", file))
            for need_id, n in zip(ids, _field(cat, "needs", file), strict=True)
        )
        label = text(language, "need_categories", cat_id, _text(cat, "label", file))
        categories.append(NeedCategory(cat_id, label, words, ids))
    return tuple(categories)


@cache
def _need_index() -> dict[str, str]:
    # Every language's words, and the ids (what Trends groups by): a need saved in
    # German still finds its group in English.
    return {
        _fold(need): cat.id
        for language in vocabulary_languages()
        for cat in _needs(language)
        for need in (*cat.ids, *cat.needs)
    }


def load_needs(language: str | None = None) -> list[NeedCategory]:
    """The shipped need categories in display order."""
    return list(_needs(vocabulary_language(language)))


def need_category(need: str) -> str | None:
    """The category id of a shipped need (its id, or its word in any case and language),
    or None for the person's own needs."""
    return _need_index().get(_fold(need))


# --- body -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """One hit area of a region on the body map, in a 0..1 box (y grows downwards)."""

    type: Literal["ellipse", "rect"]
    x: float
    y: float
    w: float
    h: float

    @property
    def area(self) -> float:
        full = self.w * self.h
        return full * math.pi / 4 if self.type == "ellipse" else full

    def contains(self, px: float, py: float) -> bool:
        if self.type == "rect":
            return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h
        rx, ry = self.w / 2, self.h / 2
        if rx <= 0 or ry <= 0:
            return False
        dx, dy = (px - self.x - rx) / rx, (py - self.y - ry) / ry
        return dx * dx + dy * dy <= 1.0


@dataclass(frozen=True)
class BodyRegion:
    """A body region; ``on_figure`` is False for regions drawn beside the front figure."""

    id: str
    label: str
    shapes: tuple[Shape, ...]
    on_figure: bool = True


@dataclass(frozen=True)
class SensationFamily:
    """A group of sensation words (``temperature``, ``tension`` …); ``ids[i]`` is the
    stable id of ``sensations[i]``."""

    id: str
    label: str
    sensations: tuple[str, ...]
    ids: tuple[str, ...] = ()


def _shape(raw: Mapping[str, Any], file: str) -> Shape:
    kind = _field(raw, "type", file)
    if kind not in ("ellipse", "rect"):
        raise VocabularyError(f"{file}: unknown shape type {kind!r}")
    return Shape(
        kind,
        _number(raw, "x", file),
        _number(raw, "y", file),
        _number(raw, "w", file),
        _number(raw, "h", file),
    )


@cache
def _body(language: str) -> tuple[tuple[BodyRegion, ...], tuple[SensationFamily, ...], float]:
    file = "body.json"
    data = load_json(file)
    regions = tuple(
        BodyRegion(
            id=_text(r, "id", file),
            label=text(language, "regions", _text(r, "id", file), _text(r, "label", file)),
            shapes=tuple(_shape(s, file) for s in _field(r, "shapes", file)),
            on_figure=bool(r.get("on_figure", True)),
        )
        for r in _field(data, "regions", file)
    )
    families = []
    for f in _field(data, "sensation_families", file):
        fam_id = _text(f, "id", file)
        items = _field(f, "sensations", file)
        ids = tuple(_text(item, "id", file) for item in items)
        words = tuple(
            text(language, "sensations", sid, _text(item, "word", file))
            for sid, item in zip(ids, items, strict=True)
        )
        label = text(language, "sensation_families", fam_id, _text(f, "label", file))
        families.append(SensationFamily(fam_id, label, words, ids))
    aspect = _number(_field(data, "map", file), "aspect", file)
    return regions, tuple(families), aspect


@cache
def _sensation_index() -> dict[str, str]:
    return {
        _fold(s): fam.id
        for language in vocabulary_languages()
        for fam in _body(language)[1]
        for s in (*fam.ids, *fam.sensations)
    }


def load_body_regions(language: str | None = None) -> list[BodyRegion]:
    """The body regions in head-to-feet order (also the keyboard list's order)."""
    return list(_body(vocabulary_language(language))[0])


def body_map_aspect() -> float:
    """Width / height of the box the region shapes are drawn in."""
    return _body(ENGLISH)[2]


def region_at(x: float, y: float) -> BodyRegion | None:
    """The region under a point of the 0..1 map box: the smallest shape containing it wins.

    Shapes overlap on purpose (the eyes sit inside the head), so "first match"
    would make the small regions unclickable.
    """
    hits = [
        (shape.area, region)
        for region in load_body_regions()
        for shape in region.shapes
        if shape.contains(x, y)
    ]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None


def load_sensation_families(language: str | None = None) -> list[SensationFamily]:
    """The sensation families in display order."""
    return list(_body(vocabulary_language(language))[1])


def sensation_family(sensation: str) -> str | None:
    """The family id of a shipped sensation (its id, or its word in any case and
    language), or None for the person's own."""
    return _sensation_index().get(_fold(sensation))


# --- strategies -------------------------------------------------------------------------


@dataclass(frozen=True)
class Strategy:
    """A starter self-regulation strategy; ``source`` cites the study behind it, if any."""

    id: str
    name: str
    description: str
    source: str | None = None


@cache
def _strategies(language: str) -> tuple[Strategy, ...]:
    file = "strategies.json"
    found = []
    for s in _field(load_json(file), "strategies", file):
        sid = _text(s, "id", file)
        found.append(
            Strategy(
                id=sid,
                name=field(language, "strategies", sid, "name", _text(s, "name", file)),
                description=field(
                    language, "strategies", sid, "description", _text(s, "description", file)
                ),
                source=s.get("source") or None,
            )
        )
    return tuple(found)


def load_strategies(language: str | None = None) -> list[Strategy]:
    """The shipped starter strategies (people add their own in settings)."""
    return list(_strategies(vocabulary_language(language)))


# --- relationship -----------------------------------------------------------------------


@dataclass(frozen=True)
class RelationshipItem:
    """One statement answered 1..5; ``id`` (e.g. ``safety.1``) is what entries store."""

    id: str
    text: str


@dataclass(frozen=True)
class RelationshipPillar:
    """One of the six pillars; its score is the mean of its answered items."""

    id: str
    label: str
    items: tuple[RelationshipItem, ...]


@dataclass(frozen=True)
class AttuneStep:
    """One step of the ATTUNE reflection (after the Gottman Institute)."""

    id: str
    label: str
    question: str


@dataclass(frozen=True)
class FreeTextField:
    """A free-text question of the relationship check-in (id matches the model's field)."""

    id: str
    label: str


@dataclass(frozen=True)
class Helpline:
    """A support line: who, where it serves, how to reach it, and what it offers.

    ``id`` is the line's id in ``resources/helplines.json`` (its words in other
    languages are found by it)."""

    name: str
    region: str
    contact: str
    description: str
    id: str = ""


@dataclass(frozen=True)
class Relationship:
    """Everything the weekly relationship check-in shows, including its safety note."""

    pillars: tuple[RelationshipPillar, ...]
    scale_min: int
    scale_max: int
    scale_min_label: str
    scale_max_label: str
    free_text: tuple[FreeTextField, ...]
    attune_steps: tuple[AttuneStep, ...]
    safety_note: str
    safety_lines: tuple[Helpline, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for pillar in self.pillars for item in pillar.items)


def helpline_text(line_id: str, name: str, english: str, language: str | None = None) -> str:
    """A shipped helpline's field (``name``, ``region``, ``contact``, ``description``) in the
    language shown, else as ``resources/helplines.json`` writes it (``english``)."""
    return field(vocabulary_language(language), "helplines.lines", line_id, name, english)


def helpline_notes(language: str | None = None) -> tuple[str, str]:
    """The support window's two sentences in the language shown: call the emergency number
    when someone is in danger; abuse is not a rupture to repair (docs/safety.md)."""
    shown = vocabulary_language(language)
    data = load_json("helplines.json")
    return (
        text(shown, "helplines", "note", _text(data, "note", "helplines.json")),
        text(shown, "helplines", "abuse_note", _text(data, "abuse_note", "helplines.json")),
    )


def _helpline(raw: Mapping[str, Any], file: str, language: str) -> Helpline:
    line_id = str(raw.get("id", ""))
    values = {
        name: helpline_text(line_id, name, _text(raw, name, file), language)
        for name in ("name", "region", "contact", "description")
    }
    return Helpline(id=line_id, **values)


def load_relationship(language: str | None = None) -> Relationship:
    """The pillars, scale, free-text fields, ATTUNE steps and safety note (frozen, shared)."""
    return _relationship(vocabulary_language(language))


@cache
def _relationship(language: str) -> Relationship:
    file = "relationship.json"
    data = load_json(file)
    scale = _field(data, "scale", file)
    safety = _field(data, "safety", file)

    def said(part: str, key: str, english: str) -> str:
        return text(language, f"relationship.{part}", key, english)

    return Relationship(
        pillars=tuple(
            RelationshipPillar(
                id=_text(p, "id", file),
                label=said("pillars", _text(p, "id", file), _text(p, "label", file)),
                items=tuple(
                    RelationshipItem(
                        _text(i, "id", file),
                        said("items", _text(i, "id", file), _text(i, "text", file)),
                    )
                    for i in _field(p, "items", file)
                ),
            )
            for p in _field(data, "pillars", file)
        ),
        scale_min=int(_number(scale, "min", file)),
        scale_max=int(_number(scale, "max", file)),
        scale_min_label=said("scale", "min_label", _text(scale, "min_label", file)),
        scale_max_label=said("scale", "max_label", _text(scale, "max_label", file)),
        free_text=tuple(
            FreeTextField(
                _text(f, "id", file),
                said("free_text", _text(f, "id", file), _text(f, "label", file)),
            )
            for f in _field(data, "free_text", file)
        ),
        attune_steps=tuple(
            AttuneStep(
                _text(s, "id", file),
                field(
                    language,
                    "relationship.attune_steps",
                    _text(s, "id", file),
                    "label",
                    _text(s, "label", file),
                ),
                field(
                    language,
                    "relationship.attune_steps",
                    _text(s, "id", file),
                    "question",
                    _text(s, "question", file),
                ),
            )
            for s in _field(data, "attune_steps", file)
        ),
        safety_note=said("safety", "note", _text(safety, "note", file)),
        safety_lines=tuple(_helpline(line, file, language) for line in safety.get("lines", ())),
    )

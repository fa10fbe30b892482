"""The shipped vocabularies match the list they were written from, and look-ups behave as the
check-in expects."""

from __future__ import annotations

import itertools
import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attune_journal.core import vocab
from attune_journal.core.models import quadrant_of
from attune_journal.core.vocab import FeelingWord, own_feeling
from attune_journal.resources import resource_path

# The feeling words and coordinates as first written (see docs/domain.md), so a slip in
# resources/feelings.json cannot pass by agreeing with itself.
DOMAIN_FEELINGS = """\
- Joyful: joyful .8/.4, happy .9/.5, delighted .7/.4, playful .7/.6, cheerful .8/.5, amused .5/.2
- Excited: excited .8/.7, enthusiastic .6/.6, energized .6/.6, eager .4/.5, thrilled .7/.9
- Engaged: curious .4/.4, interested .5/.2, fascinated .5/.5, inspired .6/.5, focused .4/.2
- Confident: confident .6/.2, proud .5/.4, capable .5/.1, hopeful .6/.2, optimistic .6/.2, brave .6/.3
- Peaceful: calm .5/-.8, relaxed .6/-.6, content .5/-.4, peaceful .8/-.6, serene .6/-.7, at ease .6/-.5, settled .4/-.5, grounded .5/-.4
- Safe: safe .7/-.4, secure .5/-.3, trusting .6/-.2, supported .5/-.3
- Affectionate: loving .8/.1, tender .4/-.4, warm .6/-.3, affectionate .6/.1, connected .5/-.2, accepted .4/-.4
- Grateful: grateful .6/-.1, thankful .7/-.1, moved .5/.1, touched .5/-.1
- Refreshed: rested .7/-.6, refreshed .5/-.3, relieved .6/-.3, satisfied .5/-.2
- Afraid: afraid -.7/.5, scared -.6/.6, anxious -.4/.7, worried -.4/.5, nervous -.4/.5, panicked -.7/.9, uneasy -.5/.2
- Angry: angry -.6/.7, annoyed -.5/.4, irritated -.5/.5, frustrated -.6/.5, resentful -.5/.3, furious -.7/.9, impatient -.4/.3
- Tense: stressed -.6/.5, tense -.6/.5, overwhelmed -.6/.5, restless -.3/.4, jittery -.4/.5, agitated -.5/.6, on edge -.5/.5
- Aversion: disgusted -.6/.3, repulsed -.7/.4
- Ashamed: embarrassed -.4/.4, ashamed -.6/.2, guilty -.5/.1, self-conscious -.3/.2, awkward -.4/.1
- Sad: sad -.7/-.4, disappointed -.6/-.2, discouraged -.5/-.4, lonely -.6/-.3, hurt -.6/-.1, heartbroken -.8/-.2, hopeless -.7/-.5, grieving -.7/-.3, melancholy -.4/-.4
- Tired: tired -.2/-.7, exhausted -.4/-.9, drained -.4/-.7, weary -.4/-.6, sleepy -.1/-.8
- Disconnected: numb -.3/-.7, detached -.3/-.4, withdrawn -.3/-.5, bored -.4/-.5, empty -.5/-.7, isolated -.5/-.4, apathetic -.3/-.6
- Vulnerable: vulnerable -.4/-.1, insecure -.6/.1, helpless -.7/-.2, longing -.1/-.2, wistful -.1/-.3, nostalgic .2/-.2, envious -.4/.3, jealous -.6/.5
- Confused: confused -.4/.1, torn -.4/.2, lost -.5/-.1, uncertain -.3/.1, ambivalent -.1/.1
- Surprised: surprised .2/.7, amazed .6/.6, shocked -.4/.8, awed .5/.3
"""  # noqa: E501

DOMAIN_NEEDS = {
    "connection": "belonging, closeness, being seen, being heard, understanding, acceptance, "
    "appreciation, affection, support, trust, companionship, warmth",
    "physical": "rest, sleep, nourishment, movement, touch, comfort, physical safety, "
    "nature and fresh air",
    "honesty": "authenticity, integrity, truthfulness, clarity, transparency",
    "play": "fun, humour, lightness, adventure, delight",
    "peace": "calm, ease, order, harmony, beauty, quiet, emotional safety",
    "autonomy": "choice, freedom, independence, space, spontaneity, self-direction",
    "meaning": "purpose, contribution, growth, learning, creativity, competence, hope, "
    "mattering, celebration, mourning",
}

DOMAIN_REGIONS = [
    "head",
    "eyes",
    "jaw",
    "throat",
    "neck",
    "shoulders",
    "chest",
    "upper back",
    "arms",
    "hands",
    "belly",
    "lower back",
    "hips",
    "legs",
    "feet",
    "whole body",
]

DOMAIN_SENSATIONS = {
    "temperature": "warm, hot, flushed, cool, cold, clammy",
    "tension": "tight, clenched, knotted, braced, heavy, pressure",
    "movement": "buzzing, tingling, fluttery, trembling, pulsing, racing, churning",
    "space": "open, light, hollow, empty, sinking, lump",
    "quality": "achy, sharp, dull, numb, prickly, queasy",
    "settled": "soft, loose, steady, still",
    "breath": "fast, slow, shallow, deep, held",
}

DOMAIN_STRATEGY_NAMES = [
    "cyclic sigh",
    "box breathing",
    "slow long-exhale breathing",
    "name it to tame it",
    "5-4-3-2-1 grounding",
    "orienting",
    "movement",
    "cool water on the face",
    "tense and release",
    "hand on heart",
    "reach out to someone safe",
    "20-second hug",
]


def _domain_feelings() -> list[tuple[str, str, float, float]]:
    rows = []
    for line in DOMAIN_FEELINGS.splitlines():
        family, rest = line.removeprefix("- ").split(": ")
        for item in rest.split(", "):
            match = re.fullmatch(r"(.+) (-?\.\d+)/(-?\.\d+)", item)
            assert match, item
            rows.append((family.lower(), match[1], float(match[2]), float(match[3])))
    return rows


# --- feelings ---------------------------------------------------------------------------


def test_every_domain_feeling_is_shipped_with_its_family_and_coordinates() -> None:
    expected = _domain_feelings()
    lookup = vocab.feeling_lookup()
    assert len(expected) == len(vocab.load_feelings()) == len(lookup)
    for family, word, p, e in expected:
        shipped = lookup[word]
        assert (shipped.word, shipped.family, shipped.p, shipped.e) == (word, family, p, e)


@pytest.mark.parametrize("row", _domain_feelings(), ids=lambda row: row[1])
def test_feeling_sits_in_its_mood_meter_quadrant(row: tuple[str, str, float, float]) -> None:
    _family, word, p, e = row
    shipped = vocab.feeling_lookup()[word]
    assert shipped.quadrant == quadrant_of(p, e)
    # The quadrant rule itself, spelled out once more.
    colour = {(True, True): "yellow", (True, False): "green"}.get((p > 0, e > 0))
    colour = colour or ("red" if e > 0 else "blue")
    assert shipped.quadrant == colour


def test_feeling_coordinates_are_in_range_and_words_unique() -> None:
    words = vocab.load_feelings()
    assert len({w.word.casefold() for w in words}) == len(words)
    for w in words:
        assert w.p is not None and w.e is not None
        assert -1 <= w.p <= 1 and -1 <= w.e <= 1


def test_families_keep_their_order_and_labels() -> None:
    families = vocab.load_feeling_families()
    assert [f.label for f in families][:3] == ["Joyful", "Excited", "Engaged"]
    assert len({f.id for f in families}) == len(families) == 20


def test_loaders_hand_out_copies() -> None:
    first = vocab.load_feelings()
    first.clear()
    assert vocab.load_feelings()


def test_nearest_feelings_on_known_points() -> None:
    assert vocab.nearest_feelings(0.9, 0.5, k=1)[0].word == "happy"
    assert vocab.nearest_feelings(0.5, -0.8, k=1)[0].word == "calm"
    assert vocab.nearest_feelings(-0.4, -0.9, k=1)[0].word == "exhausted"
    assert vocab.nearest_feelings(-0.7, 0.9, k=2) == sorted(
        vocab.nearest_feelings(-0.7, 0.9, k=2), key=lambda w: w.word
    )  # panicked and furious are both exactly there: ties are alphabetical
    assert {w.word for w in vocab.nearest_feelings(-0.7, 0.9, k=2)} == {"furious", "panicked"}
    assert vocab.nearest_feelings(0, 0, k=0) == []
    assert len(vocab.nearest_feelings(0, 0)) == 6


@settings(max_examples=50, deadline=None)
@given(
    p=st.floats(-1, 1, allow_nan=False),
    e=st.floats(-1, 1, allow_nan=False),
    k=st.integers(1, 20),
)
def test_nearest_feelings_are_sorted_by_distance(p: float, e: float, k: int) -> None:
    found = vocab.nearest_feelings(p, e, k=k)
    assert len(found) == k
    # Distances within 1e-9 of each other are ties (nearest_feelings rounds them so that
    # float noise never beats the alphabetical order), so both checks allow that much.
    dist = [math.hypot((w.p or 0) - p, (w.e or 0) - e) for w in found]
    assert all(a <= b + 1e-9 for a, b in itertools.pairwise(dist))
    rest = [w for w in vocab.load_feelings() if w not in found]
    worst = max(dist)
    assert all(math.hypot((w.p or 0) - p, (w.e or 0) - e) >= worst - 1e-9 for w in rest)


def test_nearest_feelings_include_own_words_with_points_only() -> None:
    mine = [own_feeling("fizzy", 0.99, 0.99), own_feeling("meh")]
    found = vocab.nearest_feelings(0.99, 0.99, k=50, extra=mine)
    assert found[0] == FeelingWord("fizzy", 0.99, 0.99, "own")
    assert "meh" not in {w.word for w in found}


def test_own_word_cannot_shadow_a_shipped_word() -> None:
    lookup = vocab.feeling_lookup([own_feeling("Calm", -0.9, 0.9), own_feeling("  fizzy  ")])
    assert lookup["calm"].family == "peaceful"
    assert lookup["fizzy"] == FeelingWord("fizzy", None, None, "own")
    assert lookup["fizzy"].quadrant is None


def test_complete_feeling_prefix_then_substring() -> None:
    words = [w.word for w in vocab.complete_feeling("re")]
    # prefix matches first, alphabetical, then words merely containing "re".
    assert words == [
        "refreshed",
        "relaxed",
        "relieved",
        "repulsed",
        "resentful",
        "rested",
        "restless",
        "bored",
    ]
    assert [w.word for w in vocab.complete_feeling("ore", limit=3)] == ["bored"]
    assert [w.word for w in vocab.complete_feeling("EDGE")] == ["on edge"]
    assert [w.word for w in vocab.complete_feeling("at  e")] == ["at ease"]
    assert vocab.complete_feeling("   ") == []
    assert vocab.complete_feeling("sad", limit=0) == []
    assert vocab.complete_feeling("zzzz") == []


def test_complete_feeling_offers_own_words() -> None:
    found = vocab.complete_feeling("saud", extra=[own_feeling("saudade")])
    assert [w.word for w in found] == ["saudade"]
    assert found[0].family == "own"


@settings(max_examples=50, deadline=None)
@given(prefix=st.text(alphabet="abcdeilnorst -", max_size=4), limit=st.integers(1, 12))
def test_complete_feeling_matches_ignore_case(prefix: str, limit: int) -> None:
    found = vocab.complete_feeling(prefix, limit=limit)
    needle = " ".join(prefix.split()).casefold()
    assert len(found) <= limit
    assert all(needle in w.word.casefold() for w in found)
    starts = [w.word.casefold().startswith(needle) for w in found]
    assert starts == sorted(starts, reverse=True)  # every prefix match before any substring
    assert [w.word for w in vocab.complete_feeling(prefix.upper(), limit=limit)] == [
        w.word for w in found
    ]


# --- needs, body, strategies --------------------------------------------------------------


def test_needs_match_domain() -> None:
    cats = vocab.load_needs()
    assert {c.id: ", ".join(c.needs) for c in cats} == DOMAIN_NEEDS
    all_needs = [n for c in cats for n in c.needs]
    assert len(set(all_needs)) == len(all_needs)
    assert len({c.id for c in cats}) == len(cats)
    assert vocab.need_category("Being Seen") == "connection"
    assert vocab.need_category("emotional safety") == "peace"
    assert vocab.need_category("a nap in the sun") is None


def test_body_regions_match_domain_and_have_shapes() -> None:
    regions = vocab.load_body_regions()
    assert [r.label.casefold() for r in regions] == DOMAIN_REGIONS
    assert len({r.id for r in regions}) == len(regions)
    for region in regions:
        assert region.shapes, region.id
        for shape in region.shapes:
            assert shape.type in ("ellipse", "rect")
            assert shape.x >= 0 and shape.x + shape.w <= 1, region.id
            assert shape.y >= 0 and shape.y + shape.h <= 1, region.id
    paired = {r.id: len(r.shapes) for r in regions}
    for pair in ("shoulders", "arms", "hands", "legs", "feet"):
        assert paired[pair] == 2
    assert 0 < vocab.body_map_aspect() <= 1


def test_body_map_hit_test_prefers_the_smaller_region() -> None:
    regions = {r.id: r for r in vocab.load_body_regions()}
    for region_id in ("eyes", "jaw", "throat", "chest", "belly", "upper_back"):
        shape = regions[region_id].shapes[0]
        centre = (shape.x + shape.w / 2, shape.y + shape.h / 2)
        hit = vocab.region_at(*centre)
        assert hit is not None and hit.id == region_id
    assert vocab.region_at(0.01, 0.99) is None


def test_sensations_match_domain() -> None:
    families = vocab.load_sensation_families()
    assert {f.id: ", ".join(f.sensations) for f in families} == DOMAIN_SENSATIONS
    all_sensations = [s for f in families for s in f.sensations]
    assert len(set(all_sensations)) == len(all_sensations)
    assert vocab.sensation_family("Tingling") == "movement"
    assert vocab.sensation_family("held") == "breath"
    assert vocab.sensation_family("sparkly") is None


def test_strategies_match_domain() -> None:
    strategies = vocab.load_strategies()
    assert [s.name.casefold() for s in strategies] == DOMAIN_STRATEGY_NAMES
    assert len({s.id for s in strategies}) == len(strategies)
    sources = {s.name: s.source for s in strategies}
    assert "Balban" in (sources["Cyclic sigh"] or "")
    assert "Lieberman" in (sources["Name it to tame it"] or "")
    assert "Grewen" in (sources["20-second hug"] or "")
    assert sources["Box breathing"] is None
    assert all(s.description.strip() for s in strategies)


# --- relationship and support -------------------------------------------------------------


def test_relationship_pillars_items_and_steps() -> None:
    rel = vocab.load_relationship()
    assert [p.id for p in rel.pillars] == [
        "safety",
        "appreciation",
        "closeness",
        "support",
        "fun",
        "direction",
    ]
    assert all(len(p.items) == 2 for p in rel.pillars)
    assert rel.item_ids[:2] == ("safety.1", "safety.2")
    assert len(set(rel.item_ids)) == 12
    assert (rel.scale_min, rel.scale_max) == (1, 5)
    assert rel.scale_min_label == "Not true this week" and rel.scale_max_label == "Very true"
    assert [f.id for f in rel.free_text] == ["more_of", "appreciated"]
    assert [s.label for s in rel.attune_steps] == [
        "Awareness",
        "Turning toward",
        "Tolerance",
        "Understanding",
        "Non-defensiveness",
        "Empathy",
    ]
    assert rel.attune_steps[0].id == "awareness"
    assert "afraid of your partner" in rel.safety_note
    assert rel.safety_lines


def test_helplines_default_list() -> None:
    from attune_journal.settings import default_helplines

    lines = default_helplines()
    contacts = " ".join(line["contact"] for line in lines)
    assert "988" in contacts and "116 123" in contacts and "findahelpline.com" in contacts
    assert any("emergency" in line["name"].casefold() for line in lines)


@pytest.mark.parametrize(
    "name",
    [
        "feelings.json",
        "needs.json",
        "body.json",
        "strategies.json",
        "prompts.json",
        "relationship.json",
        "helplines.json",
    ],
)
def test_resource_files_are_plain_utf8_json_with_credits(name: str) -> None:
    data = json.loads(resource_path(name).read_text(encoding="utf-8"))
    assert isinstance(data["credits"], str) and len(data["credits"]) > 40

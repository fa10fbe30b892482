"""Prompt data, pools and the stateless prompt-of-the-day rotation."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from attune_journal.core.prompts import (
    OWN_THEME,
    Prompt,
    cycle_order,
    find_prompt,
    load_prompt_themes,
    load_prompts,
    new_salt,
    own_prompt,
    prompt_for_day,
    prompt_pool,
)

THEMES = [
    "body",
    "feelings",
    "needs",
    "regulation",
    "attuning",
    "repair",
    "appreciation",
    "curiosity",
]
SHIPPED = load_prompts()

salts = st.text(max_size=20)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))


@st.composite
def pools(draw: st.DrawFn, min_size: int = 1, max_size: int = 30) -> list[Prompt]:
    size = draw(st.integers(min_size, max_size))
    return [Prompt(f"x{i:03d}", f"Prompt {i}?", "body") for i in range(size)]


# --- data -------------------------------------------------------------------------------


def test_forty_two_prompts_with_unique_ids_and_known_themes() -> None:
    assert len(SHIPPED) == 42
    assert [p.id for p in SHIPPED] == [f"p{n:02d}" for n in range(1, 43)]
    assert len({p.text for p in SHIPPED}) == 42
    assert [t.id for t in load_prompt_themes()] == THEMES
    assert {p.theme for p in SHIPPED} == set(THEMES)


def test_prompt_themes_follow_the_domain_ranges() -> None:
    ranges = [(1, 6), (7, 12), (13, 17), (18, 22), (23, 27), (28, 32), (33, 37), (38, 42)]
    for theme, (first, last) in zip(THEMES, ranges, strict=True):
        assert {p.theme for p in SHIPPED[first - 1 : last]} == {theme}
    assert SHIPPED[0].text == "Where in your body do you notice yourself most right now?"
    assert SHIPPED[41].text == "What will you carry into tomorrow, and what can you set down?"


def test_find_prompt() -> None:
    assert find_prompt(SHIPPED, "p07") == SHIPPED[6]
    assert find_prompt(SHIPPED, "nope") is None


# --- pool -------------------------------------------------------------------------------


def test_pool_filters_by_theme_and_keeps_own_prompts() -> None:
    mine = own_prompt("own-1", "What did the cat teach me today?")
    pool = prompt_pool(SHIPPED, {"body", "repair"}, [mine])
    assert {p.theme for p in pool} == {"body", "repair", OWN_THEME}
    assert len(pool) == 6 + 5 + 1
    assert mine in pool


def test_pool_with_all_themes_on() -> None:
    assert prompt_pool(SHIPPED, None, []) == SHIPPED
    assert prompt_pool(SHIPPED, set(THEMES), []) == SHIPPED


def test_own_prompts_always_included_and_marked_own() -> None:
    typed = Prompt("own-2", "Mine?", "body")
    pool = prompt_pool(SHIPPED, set(), [typed])
    assert pool == [Prompt("own-2", "Mine?", OWN_THEME)]


def test_empty_pool_falls_back_to_all_shipped_prompts() -> None:
    assert prompt_pool(SHIPPED, set(), []) == SHIPPED
    assert prompt_pool(SHIPPED, {"no-such-theme"}, []) == SHIPPED
    assert prompt_pool([], set(), []) == SHIPPED


def test_duplicate_ids_keep_the_first() -> None:
    clash = Prompt("p01", "Not the real p01", OWN_THEME)
    pool = prompt_pool(SHIPPED, None, [clash])
    assert len(pool) == 42 and find_prompt(pool, "p01") == SHIPPED[0]


@settings(max_examples=60, deadline=None)
@given(
    enabled=st.none() | st.sets(st.sampled_from([*THEMES, "bogus"])),
    own_count=st.integers(0, 3),
)
def test_pool_is_never_empty_and_respects_themes(enabled: set[str] | None, own_count: int) -> None:
    mine = [own_prompt(f"own-{i}", f"Own {i}?") for i in range(own_count)]
    pool = prompt_pool(SHIPPED, enabled, mine)
    assert pool
    assert all(p in pool for p in mine)
    shipped_in_pool = [p for p in pool if p.theme != OWN_THEME]
    if enabled is not None and (own_count or enabled & set(THEMES)):
        assert all(p.theme in enabled for p in shipped_in_pool)
    assert len({p.id for p in pool}) == len(pool)


# --- rotation ---------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(pool=pools(), day=days, salt=salts, offset=st.integers(0, 50))
def test_same_day_same_prompt_whatever_the_input_order(
    pool: list[Prompt], day: date, salt: str, offset: int
) -> None:
    first = prompt_for_day(pool, day, salt, offset)
    assert prompt_for_day(list(reversed(pool)), day, salt, offset) == first
    assert prompt_for_day(pool, day, salt, offset) == first
    assert first in pool


@settings(max_examples=60, deadline=None)
@given(pool=pools(), cycle=st.integers(1, 20_000), salt=salts)
def test_no_repeat_within_a_cycle(pool: list[Prompt], cycle: int, salt: str) -> None:
    n = len(pool)
    start = date.fromordinal(cycle * n)  # first day of this cycle: ordinal % n == 0
    shown = [prompt_for_day(pool, start + timedelta(days=i), salt) for i in range(n)]
    assert sorted(p.id for p in shown) == sorted(p.id for p in pool)
    assert shown == cycle_order(pool, salt, cycle)


@settings(max_examples=60, deadline=None)
@given(pool=pools(min_size=2), day=days, salt=salts)
def test_consecutive_days_and_another_prompt_differ(
    pool: list[Prompt], day: date, salt: str
) -> None:
    # Also across cycle boundaries, where a plain reshuffle could repeat a prompt.
    today = prompt_for_day(pool, day, salt)
    assert prompt_for_day(pool, day, salt, offset=1) != today
    assert prompt_for_day(pool, day + timedelta(days=1), salt) != today


def test_cycle_boundaries_never_repeat_over_many_cycles() -> None:
    for pool_size in (2, 3, 4, 7):
        pool = [Prompt(f"x{i}", f"{i}", "body") for i in range(pool_size)]
        start = date(2025, 1, 1)
        shown = [prompt_for_day(pool, start + timedelta(days=i), "s") for i in range(400)]
        assert all(a != b for a, b in itertools.pairwise(shown)), pool_size


def test_another_prompt_walks_through_the_cycle() -> None:
    day = date(2026, 3, 14)
    d = day.toordinal()
    n = len(SHIPPED)
    order = cycle_order(SHIPPED, "salt", d // n)
    for offset in range(n - d % n):
        assert prompt_for_day(SHIPPED, day, "salt", offset) == order[d % n + offset]


@settings(max_examples=40, deadline=None)
@given(a=salts, b=salts, cycle=st.integers(0, 100_000))
def test_different_salts_give_different_orders(a: str, b: str, cycle: int) -> None:
    assume(a != b)
    # With 42 prompts two salts agree on a whole cycle with chance 1/42!, i.e. never.
    assert cycle_order(SHIPPED, a, cycle) != cycle_order(SHIPPED, b, cycle)


def test_rotation_is_stable_across_runs() -> None:
    # Pinned so a refactor that changes the sequence (and so everyone's prompts) is noticed.
    got = [
        prompt_for_day(SHIPPED, date(2026, 1, 1) + timedelta(days=i), "pinned").id for i in range(5)
    ]
    assert got == PINNED


PINNED = ["p39", "p29", "p01", "p30", "p33"]


def test_single_prompt_pool_and_empty_pool() -> None:
    only = [Prompt("a", "A?", "own")]
    assert prompt_for_day(only, date(2026, 1, 1), "s") == only[0]
    assert prompt_for_day(only, date(2026, 1, 1), "s", offset=5) == only[0]
    with pytest.raises(ValueError):
        prompt_for_day([], date(2026, 1, 1), "s")


def test_new_salt_is_random_hex() -> None:
    a, b = new_salt(), new_salt()
    assert a != b and len(a) == 32
    int(a, 16)


def test_prompts_about_the_journal_wait_until_there_is_some(workspace) -> None:
    from datetime import date, datetime, timedelta, timezone

    from attune_journal.core.models import CheckIn

    first_day = date(2026, 12, 3)
    shown = {
        workspace.prompt_for(first_day + timedelta(n), k).id for n in range(3) for k in range(45)
    }
    assert "p39" not in shown  # no history yet: never asked about patterns in it
    zone = timezone(timedelta(hours=1))
    for n in range(7):
        day = first_day - timedelta(days=10 - n)
        workspace.journal.save(CheckIn(at=datetime(day.year, day.month, day.day, 9, tzinfo=zone)))
    shown = {workspace.prompt_for(first_day, k).id for k in range(45)}
    assert "p39" in shown

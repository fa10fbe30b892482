"""Daily reflection prompts: the shipped set, the person's pool, and today's prompt.

This module owns ``resources/prompts.json``, building the pool from enabled
themes and the person's own prompts, and choosing the prompt of the day. It
never imports Qt and keeps no state: the only stored input is a per-install
salt (``new_salt()``, kept in settings).

The rotation (docs/domain.md, "Daily prompts")
-----------------------------------------------
With a pool of N prompts and a day ``day``:

1. ``d = day.toordinal() + offset``. ``offset`` is 0 for today's prompt and goes
   up by one each time the person asks for "another prompt".
2. ``cycle = d // N``: each run of N consecutive days is one cycle.
3. The pool is sorted by id (so the order callers pass it in does not matter)
   and shuffled with Fisher-Yates by a ``random.Random`` seeded from
   ``sha256(f"{salt}:{cycle}")`` read as an integer. ``hash()`` is not used
   because it is randomised per process; the shuffle is written out here and
   draws only ``Random.random()``, the one part of ``random`` whose sequence
   for a given seed Python promises to keep across versions
   (``random.shuffle`` and ``randrange`` have changed before).
4. The prompt is ``perm[d % N]``.

So a day's prompt is the same all day and on every restart, no prompt repeats
until the whole pool has been used, and two installs (different salts) see
different orders. Changing the pool (a theme switched off, a prompt added)
changes N and starts a new order; that is expected and harmless.

Prompts that reflect on the journal itself ("What pattern do you notice in your recent
check-ins?") carry ``after_days`` in prompts.json and join the pool only once something
was written on that many days before today; a first day is not asked about patterns.

One refinement over the plain method: a fresh shuffle could begin with the
prompt the previous cycle ended on, showing the same prompt two days running
(and making "another prompt" return the same one). When that happens the first
prompt of the new cycle is swapped with the one in the middle. The swap never
touches a cycle's last position, so the check needs only the previous cycle's
plain shuffle and every cycle is still a permutation of the pool. With N == 2
that swap is impossible, so such a pool keeps the order of cycle 0 and simply
alternates.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from attune_journal.core.digest import sha256_digest
from attune_journal.core.i18n import translate
from attune_journal.core.vocab_i18n import text, vocabulary_language
from attune_journal.resources import load_json

OWN_THEME = "own"
"""Theme id of prompts the person wrote; they are never filtered out."""


@dataclass(frozen=True)
class Prompt:
    """A reflection prompt; ``id`` is stored with the check-in that answered it."""

    id: str
    text: str
    theme: str
    # Asked only once something was written on this many days (a prompt about "your recent
    # check-ins" makes no sense on the first day).
    after_days: int = 0


@dataclass(frozen=True)
class PromptTheme:
    """A prompt theme the person can switch off in settings."""

    id: str
    label: str


@cache
def _prompt_file(language: str) -> tuple[tuple[PromptTheme, ...], tuple[Prompt, ...]]:
    # In the language shown (resources/i18n/<language>/vocabulary.json); the ids, and so
    # the rotation and what a check-in stores, are the same in every language.
    data = load_json("prompts.json")
    themes = tuple(
        PromptTheme(str(t["id"]), text(language, "prompt_themes", str(t["id"]), str(t["label"])))
        for t in data["themes"]
    )
    prompts = tuple(
        Prompt(
            str(p["id"]),
            text(language, "prompts", str(p["id"]), str(p["text"])),
            str(p["theme"]),
            int(p.get("after_days", 0)),
        )
        for p in data["prompts"]
    )
    return themes, prompts


def load_prompts() -> list[Prompt]:
    """The shipped prompts in file order, in the language shown."""
    return list(_prompt_file(vocabulary_language())[1])


def load_prompt_themes() -> list[PromptTheme]:
    """The shipped themes in display order, in the language shown."""
    return list(_prompt_file(vocabulary_language())[0])


def own_prompt(prompt_id: str, text: str) -> Prompt:
    """A prompt the person wrote; the caller chooses an id that no shipped prompt uses."""
    return Prompt(prompt_id, text, OWN_THEME)


def prompt_pool(
    prompts: Iterable[Prompt],
    enabled_themes: set[str] | None,
    own_prompts: Iterable[Prompt] = (),
    days_written: int | None = None,
) -> list[Prompt]:
    """The prompts to rotate through.

    ``prompts`` are the shipped prompts; those whose theme is not in
    ``enabled_themes`` are left out (``None`` means every theme is on), and so are
    those that need more days of writing than ``days_written`` (``None``: no limit;
    count the days before today, so the pool stays the same all day). The
    person's own prompts are always in, with theme ``own``. If nothing is left,
    the pool falls back to all shipped prompts: someone who switched every theme
    off still gets a prompt rather than an error. When two prompts share an id
    the first is kept (shipped before own), since the id is what a check-in stores.
    """
    shipped = list(prompts)
    chosen = [
        p
        for p in shipped
        if (enabled_themes is None or p.theme in enabled_themes)
        and (days_written is None or p.after_days <= days_written)
    ]
    chosen += [dataclasses.replace(p, theme=OWN_THEME) for p in own_prompts]
    if not chosen:
        chosen = shipped or load_prompts()
    seen: set[str] = set()
    pool = []
    for prompt in chosen:
        if prompt.id not in seen:
            seen.add(prompt.id)
            pool.append(prompt)
    return pool


def _seed(salt: str, cycle: int) -> int:
    digest = sha256_digest(f"{salt}:{cycle}".encode())
    return int.from_bytes(digest, "big")


def _shuffled(ordered: Sequence[Prompt], salt: str, cycle: int) -> list[Prompt]:
    """Fisher-Yates on a copy, drawing only ``Random.random()`` (see the module docstring)."""
    perm = list(ordered)
    rng = random.Random(_seed(salt, cycle))
    for i in range(len(perm) - 1, 0, -1):
        # random() < 1, so j is in 0..i; the bias of a 53-bit float is far below
        # anything that matters for a few hundred prompts.
        j = int(rng.random() * (i + 1))
        perm[i], perm[j] = perm[j], perm[i]
    return perm


def cycle_order(pool: Sequence[Prompt], salt: str, cycle: int) -> list[Prompt]:
    """The order the pool is shown in during ``cycle`` (what ``prompt_for_day`` indexes)."""
    ordered = sorted(pool, key=lambda p: (p.id, p.text, p.theme))
    n = len(ordered)
    if n <= 2:
        # With one or two prompts, the only way to avoid showing the same prompt
        # two days running is one fixed order: keep cycle 0's.
        return _shuffled(ordered, salt, 0)
    perm = _shuffled(ordered, salt, cycle)
    if perm[0] == _shuffled(ordered, salt, cycle - 1)[-1]:
        middle = n // 2  # never 0 or n - 1 for n >= 3, so last positions stay as shuffled
        perm[0], perm[middle] = perm[middle], perm[0]
    return perm


def prompt_for_day(pool: Sequence[Prompt], day: date, salt: str, offset: int = 0) -> Prompt:
    """The prompt for ``day``; "another prompt" asks again with ``offset + 1``.

    Raises ``ValueError`` for an empty pool (``prompt_pool`` never returns one).
    """
    if not pool:
        raise ValueError(translate("Prompts", "The prompt pool is empty."))
    n = len(pool)
    d = day.toordinal() + offset
    return cycle_order(pool, salt, d // n)[d % n]


def find_prompt(prompts: Iterable[Prompt], prompt_id: str) -> Prompt | None:
    """The prompt with ``prompt_id``, e.g. to show which prompt an old check-in answered."""
    return next((p for p in prompts if p.id == prompt_id), None)


def new_salt() -> str:
    """A fresh per-install salt for the rotation (store it in settings once)."""
    import secrets  # once per install: not worth importing on every start

    return secrets.token_hex(16)

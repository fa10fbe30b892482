"""Earlier check-ins that looked like this one: "Last time you felt like this".

An opt-in look back shown after a check-in is saved (Settings: ``last_time_enabled``).
It compares the check-in just saved with earlier ones on four things a person noted,
and offers up to three, with what they tried then. It never says anything helped
*because* of anything; it only shows what was written down.

The state of a check-in (``CheckInState``):

- **quadrant**: the Mood Meter quadrant (docs/domain.md) holding the most feeling,
  each feeling counting its intensity (1-3); a tie goes to the feeling named first.
  Own words without coordinates have no quadrant and are left out.
- **region**: the body region with the most sensation by the same rule.
- **unmet**: the needs marked not met, compared ignoring case.
- **activation**: 0-10, or none.

The score (0 to 1) adds, for each part both check-ins have:

- same quadrant: ``QUADRANT_WEIGHT`` (0.35)
- same main region: ``REGION_WEIGHT`` (0.20)
- unmet needs: ``NEEDS_WEIGHT`` (0.30) times their Jaccard index |A ∩ B| / |A ∪ B|
- activations at most 1 apart: ``ACTIVATION_WEIGHT`` (0.15)

A part missing on either side adds nothing, so a sparse check-in finds fewer
matches rather than loose ones. Only scores of at least ``THRESHOLD`` (0.5) count:
one matching part alone never reaches it, so two check-ins must agree on at least
two things (a shared quadrant and main region, for example). Results are ordered by
score, the newest first on equal scores. Only check-ins from days before the
current one's are offered ("last time" is never earlier today): never the check-in
itself, never trashed ones, never those the person asked not to see again.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from attune_journal.core.i18n import translate
from attune_journal.core.models import CheckIn, Quadrant
from attune_journal.core.vocab_terms import key_of, shown

QUADRANT_WEIGHT = 0.35
REGION_WEIGHT = 0.20
NEEDS_WEIGHT = 0.30
ACTIVATION_WEIGHT = 0.15
THRESHOLD = 0.5
MAX_RESULTS = 3
ACTIVATION_NEAR = 1  # activations this far apart or closer count as alike
NOTE_CHARS = 140  # a regulation note is shown on one line, cut here
LOOKBACK = 500
"""How many of the most recent check-ins are compared (about a year and a half of daily
ones): enough to find a like day, and the same small cost after every check-in however
long the journal grows."""

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class CheckInState:
    """What a check-in's similarity is judged on (see the module docstring)."""

    quadrant: Quadrant | None
    region: str | None
    unmet: frozenset[str]
    activation: int | None

    @property
    def is_empty(self) -> bool:
        return (
            self.quadrant is None
            and self.region is None
            and not self.unmet
            and self.activation is None
        )


@dataclass(frozen=True)
class SimilarCheckIn:
    """An earlier check-in offered back: the entry, its day, its score, what was tried then."""

    entry: CheckIn
    day: date
    score: float
    tried_then: str  # "Then you tried: …", or "" when nothing about settling was noted


def _heaviest(weights: Iterable[tuple[K, int]]) -> K | None:
    """The key with the largest total weight; a tie goes to the key seen first."""
    totals: dict[K, int] = {}
    for key, weight in weights:
        totals[key] = totals.get(key, 0) + weight
    best: K | None = None
    for key, total in totals.items():  # dicts keep first-seen order, so ties keep it too
        if best is None or total > totals[best]:
            best = key
    return best


def state_of(entry: CheckIn) -> CheckInState:
    """The parts of ``entry`` that similarity compares."""
    quadrant: Quadrant | None = _heaviest(
        (f.quadrant, f.intensity) for f in entry.feelings if f.quadrant is not None
    )
    return CheckInState(
        quadrant=quadrant,
        # Regions and needs by their vocabulary id (any language), own ones by the word.
        region=_heaviest(
            (key_of("region", b.region_id, b.region), b.intensity) for b in entry.body
        ),
        unmet=frozenset(
            key_of("need", n.need_id, n.need).casefold() for n in entry.needs if not n.met
        ),
        activation=entry.activation,
    )


def similarity(a: CheckInState, b: CheckInState) -> float:
    """The weighted score of the module docstring, from 0 (nothing alike) to 1."""
    score = 0.0
    if a.quadrant is not None and a.quadrant == b.quadrant:
        score += QUADRANT_WEIGHT
    if a.region is not None and a.region == b.region:
        score += REGION_WEIGHT
    if a.unmet and b.unmet:
        score += NEEDS_WEIGHT * len(a.unmet & b.unmet) / len(a.unmet | b.unmet)
    if (
        a.activation is not None
        and b.activation is not None
        and abs(a.activation - b.activation) <= ACTIVATION_NEAR
    ):
        score += ACTIVATION_WEIGHT
    return score


def tried_then(entry: CheckIn) -> str:
    """What the person noted about settling then, as a line, or "" when nothing was.

    A strategy, with its activation before and after when both were noted ("Then you
    tried: cyclic sigh (activation 7 → 4)"); without one, the regulation note, folded
    onto one line and cut at ``NOTE_CHARS``. Only what was written: never that it worked.
    """
    strategy = entry.strategy
    if strategy is not None:
        name = shown("strategy", strategy.strategy_id, strategy.name)
        if strategy.before is not None and strategy.after is not None:
            return translate(
                "LastTime", "Then you tried: {strategy} (activation {before} → {after})"
            ).format(strategy=name, before=strategy.before, after=strategy.after)
        return translate("LastTime", "Then you tried: {strategy}").format(strategy=name)
    note = " ".join(entry.regulation_note.split())
    if len(note) > NOTE_CHARS:
        note = note[: NOTE_CHARS - 1].rstrip() + "…"
    return translate("LastTime", "Then you noted: {note}").format(note=note) if note else ""


def similar_checkins(
    current: CheckIn,
    earlier: Iterable[CheckIn],
    not_recalled: Collection[int] = (),
    limit: int = MAX_RESULTS,
) -> list[SimilarCheckIn]:
    """Up to ``limit`` earlier check-ins most like ``current`` (see the module docstring).

    ``not_recalled`` holds the ids the person asked never to be shown again.
    """
    state = state_of(current)
    if state.is_empty:
        return []
    found: list[SimilarCheckIn] = []
    for entry in earlier:
        if (
            entry.is_trashed
            or entry.id is None
            or entry.id == current.id
            or entry.id in not_recalled
            or entry.day >= current.day
        ):
            continue
        score = similarity(state, state_of(entry))
        if score >= THRESHOLD - 1e-9:  # sums of weights are not exact in binary
            found.append(SimilarCheckIn(entry, entry.day, score, tried_then(entry)))
    found.sort(key=lambda s: (round(s.score, 6), s.entry.at), reverse=True)
    return found[:limit]

"""The definitions of the numbers Trends and the weekly review show: pure Python, no Qt, no SQL.

Owns the result types (``TrendStats`` and its parts), the person's ``Window``, and
every rule that both screens apply, each written once:

- on a week of ``Fact`` objects (``facts_from_entries``), the weekly review's
  statistics: ``activation_readings``, ``window_shares``, ``top_feelings``,
  ``needs_summary``, ``body_summary``, ``strategy_effectiveness``;
- the folds they end in take small counted tables (``shares_from_levels``,
  ``needs_from_counts``, ``body_from_counts``, ``strategy_report``), so the Trends
  screen, which counts ten years of entries with numpy in ``core.trend_columns``,
  ends in the very same code;
- what only Trends shows over long ranges (the smoothed line, the weekly quadrant
  shares, the grid density, the pillar lines) is defined once, on columns, in
  ``core.trend_columns``; the parameters it reads (``smoothing_half_width``,
  ``weekly_half_width``, ``week_labels``) live here.

Conventions, chosen so that travel and clock changes never confuse a chart:

- A reading belongs to the *local* day it was written on (``entry.at.date()``),
  and readings are ordered by true time (UTC), so a note written at 23:30 in
  New York is on that New York day even though it sorts after a Berlin breakfast.
- Activation readings: a check-in's or note's ``activation``; when an entry has a
  strategy but no separate activation, the strategy's *before* stands in for it
  (the quick note stores the same number in both, and counting it twice would
  weigh notes double). A strategy's *after* is its own reading, placed
  ``AFTER_OFFSET`` later (the form asks for it 3-5 minutes after).
- The smoothed line is a centred rolling mean: for each day with readings, the
  mean of every reading on the days ``[d - h, d + h]``; ``h`` grows with the range
  (``smoothing_half_width``) so a ten-year line shows seasons, not noise.
- Inside / above / below the window are shares of *readings*, not of clock time
  (we only know the moments the person looked).
- Feelings are weighted by their intensity (1 faint, 2 clear, 3 strong) in the
  quadrant shares, top feelings and grid density. Feelings without coordinates
  (the person's own words) count everywhere except the grid and the quadrants.
- Strategy effectiveness follows docs/domain.md: one use moves
  ``|before - centre| - |after - centre|`` steps toward ``centre = (low + high) / 2``;
  per strategy, the mean is shrunk toward the person's overall mean,
  ``(sum + k * overall) / (n + k)`` with ``k = 3``, for ranking; only strategies
  with at least ``MIN_TRIES`` uses are ranked. Activation often settles by itself,
  so each strategy is set against *waiting* (``waiting_changes``): the same
  movement between two of the person's own readings at most ``WAITING_MAX_GAP``
  apart with no strategy noted, and every wait recorded on purpose (a strategy named
  ``WAITING``, its before -> after). A strategy "seems to help more than waiting" only
  when the 95% Welch interval of the difference of the two means lies above 0.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import chain, pairwise
from math import sqrt
from typing import Any, Literal, NamedTuple

from attune_journal.core.distributions import t_quantile
from attune_journal.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from attune_journal.core.models import (
    CheckIn,
    EntryBase,
    Note,
    Quadrant,
    quadrant_of,
)
from attune_journal.core.relationship import WeeklyAnswers, score_changes
from attune_journal.core.relationship import pillar_scores as relationship_scores
from attune_journal.core.vocab import load_relationship, sensation_family
from attune_journal.core.vocab_terms import key_of, key_word
from attune_journal.core.weeks import label_for_day, week_start

QUADRANTS: tuple[Quadrant, ...] = ("yellow", "green", "red", "blue")
SHRINK_K = 3
MIN_TRIES = 3
AFTER_OFFSET = timedelta(minutes=4)
# Two readings this close with no strategy noted show how activation moves on its own.
# The after reading comes 3-5 minutes after a strategy; pairs up to 15 minutes apart are
# a similar gap, and activation has longer to settle in them, which only makes waiting
# harder to beat: it errs toward saying less.
WAITING_MAX_GAP = timedelta(minutes=15)
# A strategy by this name (any case) is a wait the person recorded on purpose ("I just
# waited"): its before -> after counts as waiting, never as a strategy (``is_waiting``).
WAITING = "waiting"
CONFIDENCE = 0.95  # of the interval around "strategy minus waiting"
SAME_AS_WAITING_STEPS = 1.0  # an interval inside +-1 step reads "about the same as waiting"
BODY_HEAT_FLOOR = 0.08  # the least noticed region still shows, faintly
OWN_FAMILY = "own"  # body sensations the person named themselves, outside any family

Zone = Literal["below", "inside", "above"]
ReadingSource = Literal["checkin", "note", "after"]


# ---- the lean view of an entry ------------------------------------------------------------


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of small objects are made.

    Building facts for ten years allocates ~50,000 tuples and objects, none of them
    in reference cycles; each allocation burst would otherwise trigger collections
    that walk the whole heap (large in the GUI, with Qt and numpy loaded), which
    measured three to four times slower than the work itself.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(slots=True)
class Fact:
    """What the statistics need from one check-in or note, and nothing else."""

    id: int | None
    kind: str
    at: datetime
    activation: int | None = None
    strategy: str | None = None
    before: int | None = None
    after: int | None = None
    starred: bool = False
    feelings: list[tuple[str, float | None, float | None, int]] = field(default_factory=list)
    needs: list[tuple[str, bool]] = field(default_factory=list)
    body: list[tuple[str, str, int]] = field(default_factory=list)
    # Computed once: the local day groups, the UTC timestamp orders (and is the chart's x).
    day: date = field(init=False)
    t: float = field(init=False)

    def __post_init__(self) -> None:
        self.day = self.at.date()
        self.t = self.at.timestamp()


def facts_from_entries(entries: Iterable[EntryBase]) -> list[Fact]:
    """Check-ins and notes as facts, in true time order; other kinds are skipped."""
    facts: list[Fact] = []
    for entry in entries:
        if not isinstance(entry, CheckIn | Note) or entry.is_trashed:
            continue
        strategy = entry.strategy
        # Vocabulary words are counted by their id and shown in the language of the app,
        # own words as written; body regions and sensations by their key (as Trends'
        # ``coalesce(<id>, <word>)``, core/trend_columns.py).
        facts.append(
            Fact(
                id=entry.id,
                kind=entry.kind,
                at=entry.at,
                activation=entry.activation,
                strategy=(
                    key_word("strategy", key_of("strategy", strategy.strategy_id, strategy.name))
                    if strategy
                    else None
                ),
                before=strategy.before if strategy else None,
                after=strategy.after if strategy else None,
                starred=entry.starred,
                feelings=[
                    (
                        key_word("feeling", key_of("feeling", f.word_id, f.word)),
                        f.pleasantness,
                        f.energy,
                        f.intensity,
                    )
                    for f in entry.feelings
                ],
                needs=[
                    (key_word("need", key_of("need", n.need_id, n.need)), n.met)
                    for n in entry.needs
                ],
                body=(
                    [
                        (
                            key_of("region", b.region_id, b.region),
                            key_of("sensation", b.sensation_id, b.sensation),
                            b.intensity,
                        )
                        for b in entry.body
                    ]
                    if isinstance(entry, CheckIn)
                    else []
                ),
            )
        )
    facts.sort(key=lambda fact: fact.t)
    return facts


# ---- the window of tolerance --------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """The person's window of tolerance (inclusive bounds on the 0..10 scale)."""

    low: int = 3
    high: int = 6

    @property
    def centre(self) -> float:
        return (self.low + self.high) / 2

    def zone(self, value: float) -> Zone:
        if value < self.low:
            return "below"
        if value > self.high:
            return "above"
        return "inside"

    def improvement(self, before: Any, after: Any) -> Any:
        """Steps moved toward the centre: 2 -> 5 with a 3..6 window is +2.

        Numbers give a float; numpy arrays of befores and afters give each use's
        improvement (``core.trend_columns`` scores ten years of uses at once).
        """
        return abs(before - self.centre) - abs(after - self.centre)


# ---- activation ---------------------------------------------------------------------------


class Reading(NamedTuple):
    """One activation reading: local day for grouping, UTC timestamp ``t`` for order and x.

    A named tuple rather than a frozen dataclass: ten years hold ~14,000 readings,
    and a tuple is made several times faster (Trends "All" makes them on every load).
    """

    t: float
    day: date
    value: int
    source: ReadingSource
    entry_id: int | None = None

    @property
    def at(self) -> datetime:
        return datetime.fromtimestamp(self.t, UTC)


def is_waiting(name: str | None) -> bool:
    """Whether a strategy's name is ``WAITING``: a recorded wait, not a strategy."""
    return name is not None and name.strip().casefold() == WAITING


def activation_readings(facts: Iterable[Fact]) -> list[Reading]:
    """Every activation reading, in true time order (see the module notes on what counts)."""
    return [reading for reading, _noted in _readings_noted(facts)]


def _readings_noted(facts: Iterable[Fact]) -> list[tuple[Reading, bool]]:
    """``activation_readings``, each with whether its entry noted a strategy.

    A recorded wait (``is_waiting``) counts as noted too: its own before -> after is
    already one wait, so no pair starts at it and it is never counted twice.
    """
    readings: list[tuple[Reading, bool]] = []
    after_seconds = AFTER_OFFSET.total_seconds()
    for fact in facts:
        noted = bool(fact.strategy)
        now = fact.activation if fact.activation is not None else fact.before
        if now is not None:
            source: ReadingSource = "checkin" if fact.kind == "checkin" else "note"
            readings.append((Reading(fact.t, fact.day, now, source, fact.id), noted))
        if fact.strategy and fact.after is not None:
            # The local day of the after reading: the entry's day, unless 4 minutes
            # later is past local midnight.
            day = (fact.at + AFTER_OFFSET).date()
            reading = Reading(fact.t + after_seconds, day, fact.after, "after", fact.id)
            readings.append((reading, noted))
    readings.sort(key=lambda pair: pair[0].t)
    return readings


def waiting_pair(gap: Any, earlier_own: Any, later_own: Any, earlier_noted: Any) -> Any:
    """Whether two consecutive readings show activation moving on its own ("waiting").

    Both must be the person's own readings (a check-in's or note's, never a
    strategy's after), the earlier entry must note no strategy (else the strategy
    came between them), and the later one must come ``0 < gap <= WAITING_MAX_GAP``
    seconds later. Works on plain values and, element by element, on numpy arrays
    (``core.trend_columns`` pairs ten years of readings at once); ``^ True`` is
    "not" for both, where ``~`` is not.
    """
    limit = WAITING_MAX_GAP.total_seconds()
    return earlier_own & later_own & (earlier_noted ^ True) & (gap > 0) & (gap <= limit)


def waiting_changes(facts: Iterable[Fact], window: Window) -> list[float]:
    """Steps toward the window's centre over each ``waiting_pair`` of readings, in order."""
    noted_readings = _readings_noted(facts)
    changes: list[float] = []
    for (first, first_noted), (second, _second_noted) in pairwise(noted_readings):
        if waiting_pair(
            second.t - first.t, first.source != "after", second.source != "after", first_noted
        ):
            changes.append(window.improvement(first.value, second.value))
    return changes


class DayPoint(NamedTuple):
    """One day of the smoothed line: the day's own mean and the rolling mean around it.

    A named tuple, like ``Reading``: ten years hold ~3,700 days, made on every load.
    """

    day: date
    mean: float
    smooth: float
    n: int  # readings that day


def smoothing_half_width(start: date | None, end: date | None) -> int:
    """Days each side of the rolling mean: 3 (a week) up to about a year, wider beyond."""
    if start is None or end is None:
        return 3
    return max(3, (end - start).days // 100)


@dataclass(frozen=True)
class Shares:
    """How many readings fell below, inside and above the window."""

    below: int = 0
    inside: int = 0
    above: int = 0

    @property
    def total(self) -> int:
        return self.below + self.inside + self.above

    def share(self, zone: Zone) -> float:
        """The fraction (0..1) in ``zone``; 0.0 when there are no readings at all."""
        total = self.total
        return getattr(self, zone) / total if total else 0.0


def window_shares(readings: Iterable[Reading], window: Window) -> Shares:
    return shares_from_levels(Counter(reading.value for reading in readings).items(), window)


def shares_from_levels(levels: Iterable[tuple[int, int]], window: Window) -> Shares:
    """``Shares`` from ``(activation level, readings at that level)`` pairs."""
    counts = {"below": 0, "inside": 0, "above": 0}
    for level, count in levels:
        counts[window.zone(level)] += count
    return Shares(**counts)


def mean_activation(readings: Sequence[Reading]) -> float | None:
    return sum(r.value for r in readings) / len(readings) if readings else None


# ---- weeks --------------------------------------------------------------------------------


def week_labels(start: date, end: date, first_weekday: int = 0) -> list[tuple[str, date]]:
    """Every week (label, first day) touching ``[start, end]``, oldest first."""
    if end < start:
        return []
    weeks: list[tuple[str, date]] = []
    first = week_start(start, first_weekday)
    while first <= end:
        weeks.append((label_for_day(first, first_weekday), first))
        first += timedelta(days=7)
    return weeks


# ---- feelings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekQuadrants:
    """Intensity-weighted feelings per quadrant in one week."""

    week: str
    start: date
    weights: dict[Quadrant, int]

    @property
    def total(self) -> int:
        return sum(self.weights.values())

    def share(self, quadrant: Quadrant) -> float:
        total = self.total
        return self.weights[quadrant] / total if total else 0.0


def quadrant_totals(weeks: Iterable[WeekQuadrants]) -> dict[Quadrant, int]:
    """Intensity-weighted feelings per quadrant over all ``weeks`` (Trends' summary line)."""
    totals: dict[Quadrant, int] = dict.fromkeys(QUADRANTS, 0)
    for week in weeks:
        for quadrant, weight in week.weights.items():
            totals[quadrant] += weight
    return totals


def top_feelings(
    facts: Iterable[Fact], per_quadrant: int = 3
) -> dict[Quadrant | None, list[tuple[str, int]]]:
    """The strongest words per quadrant (intensity-weighted); ``None`` holds own words."""
    totals: dict[Quadrant | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for fact in facts:
        for word, p, e, intensity in fact.feelings:
            quadrant = quadrant_of(p, e) if p is not None and e is not None else None
            totals[quadrant][word] += intensity
    result: dict[Quadrant | None, list[tuple[str, int]]] = {}
    for quadrant in (*QUADRANTS, None):
        words = totals.get(quadrant, {})
        ranked = sorted(words.items(), key=lambda item: (-item[1], item[0].casefold()))
        result[quadrant] = ranked[:per_quadrant]
    return result


# ---- needs and body -----------------------------------------------------------------------


@dataclass(frozen=True)
class NeedCount:
    need: str
    met: int
    unmet: int

    @property
    def total(self) -> int:
        return self.met + self.unmet


def needs_summary(facts: Iterable[Fact]) -> list[NeedCount]:
    """Needs by how often they were alive (most first), each with met and unmet counts."""
    return needs_from_counts(Counter(chain.from_iterable(fact.needs for fact in facts)).items())


def needs_from_counts(counts: Iterable[tuple[tuple[str, bool], int]]) -> list[NeedCount]:
    """``needs_summary`` from ``((need, met), times)`` pairs in the order first written.

    Spellings that differ only in case are one need, shown as first written.
    """
    names: dict[str, str] = {}
    met: dict[str, int] = defaultdict(int)
    unmet: dict[str, int] = defaultdict(int)
    for (need, was_met), n in counts:
        key = need.casefold()
        names.setdefault(key, need)
        if was_met:
            met[key] += n
        else:
            unmet[key] += n
    needs = [NeedCount(names[k], met[k], unmet[k]) for k in names]
    needs.sort(key=lambda c: (-c.total, c.need.casefold()))
    return needs


@dataclass(frozen=True)
class RegionCount:
    """How often a body region was noticed, by sensation family (``OWN_FAMILY`` for others)."""

    region: str
    families: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.families.values())

    def top_family(self) -> str | None:
        if not self.families:
            return None
        return min(self.families.items(), key=lambda item: (-item[1], item[0]))[0]


def body_summary(facts: Iterable[Fact]) -> list[RegionCount]:
    """Regions by how often they were noticed (most first), each by sensation family."""
    noticed = chain.from_iterable(fact.body for fact in facts)
    return body_from_counts(
        Counter((region, sensation) for region, sensation, _intensity in noticed).items()
    )


def body_from_counts(counts: Iterable[tuple[tuple[str, str], int]]) -> list[RegionCount]:
    """``body_summary`` from ``((region, sensation), times)`` pairs in the order first noticed.

    Each region's families keep the order they were first noticed in.
    """
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    family_of: dict[str, str] = {}
    for (region, sensation), n in counts:
        family = family_of.get(sensation)
        if family is None:
            family = family_of[sensation] = sensation_family(sensation) or OWN_FAMILY
        found[region][family] += n
    regions = [RegionCount(region, dict(families)) for region, families in found.items()]
    regions.sort(key=lambda r: (-r.total, r.region))
    return regions


def body_heat(regions: Iterable[RegionCount]) -> dict[str, float]:
    """Region -> 0..1, relative to the most noticed region (empty when nothing was noticed)."""
    regions = list(regions)
    most = max((r.total for r in regions), default=0)
    return {r.region: r.total / most for r in regions} if most else {}


def body_heat_spread(regions: Iterable[RegionCount]) -> tuple[dict[str, float], int, int]:
    """Region -> 0..1 spread over the range's own fewest..most noticed, and those two counts.

    Over a long range every region is noticed many times, and shares of the most
    noticed one all sit near 1: one flat colour. Spread from the least to the most
    noticed region shown, the differences that are there show. The least noticed
    keeps a faint ``BODY_HEAT_FLOOR`` (it was noticed); when all are equal, all are 1.
    """
    regions = list(regions)
    if not regions:
        return {}, 0, 0
    low = min(r.total for r in regions)
    high = max(r.total for r in regions)
    if high == low:
        return {r.region: 1.0 for r in regions}, low, high
    spread = high - low
    heat = {
        r.region: BODY_HEAT_FLOOR + (1 - BODY_HEAT_FLOOR) * (r.total - low) / spread
        for r in regions
    }
    return heat, low, high


def family_totals(regions: Iterable[RegionCount]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for region in regions:
        for family, count in region.families.items():
            totals[family] += count
    return dict(totals)


# ---- strategies ---------------------------------------------------------------------------


class Sample(NamedTuple):
    """Steps toward the window's centre over several uses (or waits): n, mean, variance.

    ``variance`` is the sample variance (divided by ``n - 1``), 0.0 below two values.
    """

    n: int
    mean: float
    variance: float


NO_SAMPLE = Sample(0, 0.0, 0.0)


def sample_of(values: Iterable[float]) -> Sample:
    """``Sample`` of ``values`` (two passes, so a long run of similar numbers stays exact)."""
    values = list(values)
    n = len(values)
    if not n:
        return NO_SAMPLE
    mean = sum(values) / n
    variance = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    return Sample(n, mean, variance)


class Comparison(NamedTuple):
    """A strategy's mean minus waiting's, with its ``CONFIDENCE`` interval ``[low, high]``."""

    difference: float
    low: float
    high: float


def compare_with_waiting(uses: Sample, waiting: Sample) -> Comparison | None:
    """Welch's interval for ``uses.mean - waiting.mean``; None below ``MIN_TRIES`` on a side.

    Welch, not a pooled variance: a strategy's uses and the waits need not spread
    alike. Degrees of freedom by Welch-Satterthwaite; when neither side varies at
    all the difference is exact and the interval is that one point.
    """
    if uses.n < MIN_TRIES or waiting.n < MIN_TRIES:
        return None
    difference = uses.mean - waiting.mean
    a, b = uses.variance / uses.n, waiting.variance / waiting.n
    if a + b == 0:
        return Comparison(difference, difference, difference)
    freedom = (a + b) ** 2 / (a * a / (uses.n - 1) + b * b / (waiting.n - 1))
    margin = t_quantile(0.5 + CONFIDENCE / 2, freedom) * sqrt(a + b)
    return Comparison(difference, difference - margin, difference + margin)


Verdict = Literal["helps", "same", "less", "too soon"]


@dataclass(frozen=True)
class StrategyScore:
    """One strategy's record: tries, raw mean movement, the shrunk score ranked on, and
    how it compares with waiting (None while either side has fewer than ``MIN_TRIES``)."""

    name: str
    n: int
    total: float
    shrunk: float
    variance: float = 0.0
    versus_waiting: Comparison | None = None

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    @property
    def enough(self) -> bool:
        return self.n >= MIN_TRIES

    @property
    def verdict(self) -> Verdict:
        """What may be said, from the interval of "this strategy minus waiting":

        - ``helps``: all of it above 0 ("seems to help more than waiting");
        - ``less``: all of it below 0;
        - ``same``: it straddles 0 but stays within ``SAME_AS_WAITING_STEPS``;
        - ``too soon``: too few tries or waits, or an interval too wide to tell.
        """
        versus = self.versus_waiting
        if not self.enough or versus is None:
            return "too soon"
        if versus.low > 0:
            return "helps"
        if versus.high < 0:
            return "less"
        if versus.low >= -SAME_AS_WAITING_STEPS and versus.high <= SAME_AS_WAITING_STEPS:
            return "same"
        return "too soon"

    @property
    def helps(self) -> bool:
        """Seems to help more than waiting: the interval's lower end is above 0."""
        return self.verdict == "helps"


@dataclass(frozen=True)
class StrategyReport:
    ranked: list[StrategyScore]  # n >= MIN_TRIES, best shrunk score first
    too_few: list[StrategyScore]  # fewer tries: "not enough tries yet to tell"
    overall_mean: float  # mean improvement over every use, 0.0 with no uses
    uses: int
    waiting: Sample = NO_SAMPLE  # steps toward the centre with no strategy (waiting_changes)


def strategy_effectiveness(
    facts: Iterable[Fact], window: Window, k: float = SHRINK_K
) -> StrategyReport:
    """The docs/domain.md ranking (see the module notes) of the complete uses in ``facts``,
    each set against waiting in the same ``facts``."""
    facts = list(facts)
    uses = [
        (fact.strategy, window.improvement(fact.before, fact.after))
        for fact in facts
        if fact.strategy and fact.before is not None and fact.after is not None
    ]
    return strategy_report(uses, waiting_changes(facts, window), k)


def strategy_report(
    uses: Sequence[tuple[str, float]], waiting: Iterable[float] = (), k: float = SHRINK_K
) -> StrategyReport:
    """Strategies ranked from each complete use's ``(name, improvement)``, in the order made,
    each compared with the ``waiting`` changes (``waiting_changes``).

    Names are grouped ignoring case, shown as first written. A use named ``WAITING`` is
    a wait recorded on purpose: it joins the waiting changes (after them, in order) and
    is never listed as a strategy. Both Trends and the weekly review end here, so this
    is the one place that rule lives.
    """
    recorded = [value for name, value in uses if is_waiting(name)]
    uses = [(name, value) for name, value in uses if not is_waiting(name)]
    waited = sample_of(chain(waiting, recorded))
    if not uses:
        return StrategyReport([], [], 0.0, 0, waited)
    overall = sum(value for _name, value in uses) / len(uses)
    names: dict[str, str] = {}
    values: dict[str, list[float]] = defaultdict(list)
    for name, value in uses:
        key = name.casefold()
        names.setdefault(key, name)
        values[key].append(value)
    scores = []
    for key, name in names.items():
        sample = sample_of(values[key])
        total = sum(values[key])
        scores.append(
            StrategyScore(
                name,
                sample.n,
                total,
                (total + k * overall) / (sample.n + k),
                sample.variance,
                compare_with_waiting(sample, waited),
            )
        )
    ranked = sorted((s for s in scores if s.enough), key=lambda s: (-s.shrunk, s.name.casefold()))
    too_few = sorted((s for s in scores if not s.enough), key=lambda s: (-s.n, s.name.casefold()))
    return StrategyReport(ranked, too_few, overall, len(uses), waited)


def _steps(mean: float) -> str:
    """ "1.3 steps toward the middle of your window" (or "further from" when negative)."""
    amount = format_number(abs(mean), 1)
    one = round(abs(mean), 1) == 1.0  # a fraction is no count: Qt's %n cannot choose here
    if round(mean, 1) < 0:
        if one:
            text = translate("Strategies", "{amount} step further from the middle of your window")
        else:
            text = translate("Strategies", "{amount} steps further from the middle of your window")
    elif one:
        text = translate("Strategies", "{amount} step toward the middle of your window")
    else:
        text = translate("Strategies", "{amount} steps toward the middle of your window")
    return text.format(amount=amount)


# In English as written; ``verdict_words`` gives them in the person's language.
VERDICT_WORDS: dict[Verdict, str] = {
    "helps": QT_TRANSLATE_NOOP("Strategies", "seems to help more than waiting"),
    "same": QT_TRANSLATE_NOOP("Strategies", "about the same as waiting so far"),
    "less": QT_TRANSLATE_NOOP("Strategies", "so far less settling than waiting"),
    "too soon": QT_TRANSLATE_NOOP("Strategies", "too soon to say"),
}


def verdict_words(verdict: Verdict) -> str:
    """What a verdict says, in the person's language ("seems to help more than waiting")."""
    return translate("Strategies", VERDICT_WORDS[verdict])


def helped_lines(report: StrategyReport, escape: Callable[[str], str] = str) -> list[str]:
    """What helped, in the one wording Trends and the weekly review both show.

    One rule for both: a strategy needs ``MIN_TRIES`` tries with a before and an
    after before anything is said about it; then ``StrategyScore.verdict`` sets it
    against waiting. Waiting gets its own line, so the comparison can be read.
    Fewer tries are named in one line: "Not enough tries yet to tell: Box breathing (1)".
    ``escape`` is applied to each strategy's name (Markdown needs it, Qt text does not).
    """
    lines: list[str] = []
    for score in sorted(report.ranked, key=lambda s: not s.helps):  # stable: helping first
        uses = score.n  # a plain name: lupdate reads it as the count
        tries = translate("Strategies", "%n tries", None, uses)
        versus = score.versus_waiting
        if score.helps and versus is not None:
            line = translate(
                "Strategies",
                "{strategy}: {verdict}, on average {steps}, about {difference} more than "
                "waiting ({tries})",
            )
        else:
            line = translate("Strategies", "{strategy}: {verdict}, on average {steps} ({tries})")
        lines.append(
            line.format(
                strategy=escape(score.name),
                verdict=verdict_words(score.verdict),
                steps=_steps(score.mean),
                difference=format_number(versus.difference, 1) if versus is not None else "",
                tries=tries,
            )
        )
    if report.ranked:
        lines.append(waiting_line(report.waiting))
    if report.too_few:
        names = ", ".join(f"{escape(s.name)} ({s.n})" for s in report.too_few)
        lines.append(
            translate("Strategies", "Not enough tries yet to tell: {names}").format(names=names)
        )
    return lines


def waiting_line(waiting: Sample) -> str:
    """How activation moved with no strategy, or what a comparison still needs."""
    minutes = int(WAITING_MAX_GAP.total_seconds() // 60)
    waits = waiting.n  # a plain name: lupdate reads it as the count
    if waits >= MIN_TRIES:
        return translate(
            "Strategies",
            "Waiting, with no strategy noted: on average {steps} between readings up to "
            "{minutes} minutes apart (%n times)",
            None,
            waits,
        ).format(steps=_steps(waiting.mean), minutes=minutes)
    return translate(
        "Strategies",
        "Nothing to compare with yet: strategies are set against waiting, two check-ins or "
        "notes up to %n minutes apart with no strategy noted ({waits} of {needed} so far)",
        None,
        minutes,
    ).format(waits=waits, needed=MIN_TRIES)


# ---- relationship pillars -----------------------------------------------------------------


def pillar_scores(checkin: WeeklyAnswers | None) -> dict[str, float | None]:
    """Pillar id -> mean of its answered items (1..5), ``None`` where none was answered.

    The definition lives in ``core.relationship`` so a score means the same everywhere;
    a week without a check-in has ``None`` for every pillar.
    """
    if checkin is None:
        return {pillar.id: None for pillar in load_relationship().pillars}
    return relationship_scores(checkin)


@dataclass(frozen=True)
class WeekPillars:
    week: str
    start: date
    scores: dict[str, float | None]  # every pillar id; None where unanswered or no check-in

    @property
    def answered(self) -> bool:
        return any(score is not None for score in self.scores.values())


def pillars_for_weeks(
    checkins: Iterable[WeeklyAnswers], weeks: Sequence[tuple[str, date]]
) -> list[WeekPillars]:
    """Pillar scores for each of ``weeks`` (``week_labels``); ``None`` in weeks without."""
    by_week = {c.week: c for c in checkins if not c.is_trashed}
    empty = pillar_scores(None)
    return [
        WeekPillars(
            label, first, pillar_scores(by_week[label]) if label in by_week else dict(empty)
        )
        for label, first in weeks
    ]


OWN_WEEKS = 60
"""Ranges up to this many weeks chart each week's own value; longer ones a rolling mean."""


def weekly_half_width(week_count: int) -> int:
    """Weeks each side of a weekly chart's rolling mean for a range of ``week_count`` weeks.

    Used by the relationship pillars and the feelings' quadrant shares. 0 (each
    week's own value) up to about a year: a person reads single weeks there. Beyond,
    hundreds of weekly ups and downs read as noise (six tangled lines, a barcode of
    colours), so each point is the mean over a quarter (ten years) or more: an
    eightieth of the range, at least four weeks each side.
    """
    if week_count <= OWN_WEEKS:
        return 0
    return max(4, week_count // 80)


def pillar_change(
    current: dict[str, float | None], previous: dict[str, float | None]
) -> dict[str, float | None]:
    """Per pillar, this week's score minus last week's; ``None`` unless both are known."""
    return score_changes(current, previous)


# ---- everything Trends shows --------------------------------------------------------------


@dataclass(frozen=True)
class TrendStats:
    """All the numbers of the Trends screen for one range."""

    start: date
    end: date
    window: Window
    readings: list[Reading]
    daily: list[DayPoint]
    half_width: int
    shares: Shares
    quadrant_weeks: list[WeekQuadrants]
    density: list[tuple[float, float, float]]
    needs: list[NeedCount]
    body: list[RegionCount]
    strategies: StrategyReport
    pillar_weeks: list[WeekPillars]
    entry_count: int

    @property
    def empty(self) -> bool:
        return self.entry_count == 0 and not any(w.answered for w in self.pillar_weeks)

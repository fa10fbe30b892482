"""The numbers behind Trends and the weekly review: pure Python, no Qt, no SQL.

Everything here works on ``Fact`` objects, a lean view of one check-in or note.
They come from full entries (``facts_from_entries``, what the weekly review and
the tests use). ``compute_trends`` is the readable definition of every Trends
number; the Trends screen computes the same numbers from numpy columns
(``core.trend_columns``), which tests/unit/test_trend_columns.py compares with
this module's results, so a change to a statistic starts here.

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
- Strategy effectiveness follows DOMAIN.md: one use improves by
  ``|before - centre| - |after - centre|`` with ``centre = (low + high) / 2``;
  per strategy, the mean is shrunk toward the person's overall mean,
  ``(sum + k * overall) / (n + k)`` with ``k = 3``; only strategies with at least
  ``MIN_TRIES`` uses are ranked, and results are worded "seems to help you".
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import chain
from operator import itemgetter
from typing import Literal, NamedTuple

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
from attune_journal.core.weeks import label_for_day, week_start
from attune_journal.core.wording import plural

QUADRANTS: tuple[Quadrant, ...] = ("yellow", "green", "red", "blue")
SHRINK_K = 3
MIN_TRIES = 3
HELPS_MIN_STEPS = 0.25  # a quarter step toward the centre, on average, before "seems to help"
AFTER_OFFSET = timedelta(minutes=4)
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
        facts.append(
            Fact(
                id=entry.id,
                kind=entry.kind,
                at=entry.at,
                activation=entry.activation,
                strategy=strategy.name if strategy else None,
                before=strategy.before if strategy else None,
                after=strategy.after if strategy else None,
                starred=entry.starred,
                feelings=[(f.word, f.pleasantness, f.energy, f.intensity) for f in entry.feelings],
                needs=[(n.need, n.met) for n in entry.needs],
                body=(
                    [(b.region, b.sensation, b.intensity) for b in entry.body]
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

    def improvement(self, before: int, after: int) -> float:
        """Steps moved toward the centre: 2 -> 5 with a 3..6 window is +2."""
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


def activation_readings(facts: Iterable[Fact]) -> list[Reading]:
    """Every activation reading, in true time order (see the module notes on what counts)."""
    readings: list[Reading] = []
    after_seconds = AFTER_OFFSET.total_seconds()
    for fact in facts:
        now = fact.activation if fact.activation is not None else fact.before
        if now is not None:
            source: ReadingSource = "checkin" if fact.kind == "checkin" else "note"
            readings.append(Reading(fact.t, fact.day, now, source, fact.id))
        if fact.strategy and fact.after is not None:
            # The local day of the after reading: the entry's day, unless 4 minutes
            # later is past local midnight.
            day = (fact.at + AFTER_OFFSET).date()
            readings.append(Reading(fact.t + after_seconds, day, fact.after, "after", fact.id))
    readings.sort(key=lambda r: r.t)
    return readings


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One day of the smoothed line: the day's own mean and the rolling mean around it."""

    day: date
    mean: float
    smooth: float
    count: int


def smoothing_half_width(start: date | None, end: date | None) -> int:
    """Days each side of the rolling mean: 3 (a week) up to about a year, wider beyond."""
    if start is None or end is None:
        return 3
    return max(3, (end - start).days // 100)


def smooth_daily(readings: Iterable[Reading], half_width: int = 3) -> list[DayPoint]:
    """Per local day: mean reading, and the centred rolling mean over ``[d-h, d+h]``."""
    sums: dict[date, float] = defaultdict(float)
    counts: dict[date, int] = defaultdict(int)
    for reading in readings:
        sums[reading.day] += reading.value
        counts[reading.day] += 1
    return _smooth(sums, counts, half_width)


def _smooth(sums: dict[date, float], counts: dict[date, int], half_width: int) -> list[DayPoint]:
    """``smooth_daily`` from per-day sums and counts already gathered."""
    days = sorted(counts)
    if not days:
        return []
    # Two pointers over the sorted days keep this linear in the number of days; the
    # pointers compare day numbers (ordinals), not dates, which a decade does 7,000 times.
    ordinals = [day.toordinal() for day in days]
    day_sums = [sums[day] for day in days]
    day_counts = [counts[day] for day in days]
    n = len(days)
    points: list[DayPoint] = []
    lo = hi = 0
    window_sum = 0.0
    window_count = 0
    for i, ordinal in enumerate(ordinals):
        while hi < n and ordinals[hi] <= ordinal + half_width:
            window_sum += day_sums[hi]
            window_count += day_counts[hi]
            hi += 1
        while ordinals[lo] < ordinal - half_width:
            window_sum -= day_sums[lo]
            window_count -= day_counts[lo]
            lo += 1
        count = day_counts[i]
        points.append(DayPoint(days[i], day_sums[i] / count, window_sum / window_count, count))
    return points


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
    counts = {"below": 0, "inside": 0, "above": 0}
    for reading in readings:
        counts[window.zone(reading.value)] += 1
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


def _range_of(facts: Sequence[Fact], start: date | None, end: date | None) -> tuple[date, date]:
    days = [f.day for f in facts]
    lo = start or (min(days) if days else date.today())
    hi = end or (max(days) if days else lo)
    return lo, max(lo, hi)


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


def quadrants_by_week(
    facts: Iterable[Fact], start: date, end: date, first_weekday: int = 0
) -> list[WeekQuadrants]:
    """Every week of the range, with zero weights for weeks without placed feelings."""
    weeks = week_labels(start, end, first_weekday)
    if not weeks:
        return []
    first_day = weeks[0][1]
    weights: list[dict[Quadrant, int]] = [dict.fromkeys(QUADRANTS, 0) for _ in weeks]
    for fact in facts:
        if not fact.feelings or not start <= fact.day <= end:
            continue
        # Week by position from the first week's first day: no label arithmetic per entry.
        bucket = weights[(fact.day - first_day).days // 7]
        for _word, p, e, intensity in fact.feelings:
            if p is not None and e is not None:
                bucket[quadrant_of(p, e)] += intensity
    return [WeekQuadrants(label, first, weights[i]) for i, (label, first) in enumerate(weeks)]


def feeling_density(facts: Iterable[Fact]) -> list[tuple[float, float, float]]:
    """Points ``(p, e, weight)`` for the grid: intensity summed per distinct point."""
    totals: dict[tuple[float, float], float] = defaultdict(float)
    for fact in facts:
        for _word, p, e, intensity in fact.feelings:
            if p is not None and e is not None:
                totals[(p, e)] += intensity
    return [(p, e, weight) for (p, e), weight in sorted(totals.items())]


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
    """Needs by how often they were alive (most first), each with met and unmet counts.

    Spellings that differ only in case are one need, shown as first written.
    """
    names: dict[str, str] = {}
    met: dict[str, int] = defaultdict(int)
    unmet: dict[str, int] = defaultdict(int)
    for fact in facts:
        for need, was_met in fact.needs:
            key = need.casefold()
            names.setdefault(key, need)
            if was_met:
                met[key] += 1
            else:
                unmet[key] += 1
    counts = [NeedCount(names[k], met[k], unmet[k]) for k in names]
    counts.sort(key=lambda c: (-c.total, c.need.casefold()))
    return counts


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
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    family_of: dict[str, str] = {}
    for fact in facts:
        for region, sensation, _intensity in fact.body:
            family = family_of.get(sensation)
            if family is None:
                family = sensation_family(sensation) or OWN_FAMILY
                family_of[sensation] = family
            counts[region][family] += 1
    regions = [RegionCount(region, dict(families)) for region, families in counts.items()]
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


@dataclass(frozen=True)
class StrategyScore:
    """One strategy's record: tries, raw mean improvement, and the shrunk score ranked on."""

    name: str
    n: int
    total: float
    shrunk: float

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    @property
    def enough(self) -> bool:
        return self.n >= MIN_TRIES

    @property
    def helps(self) -> bool:
        """Ranked, and on balance moving the person toward their window's centre.

        Both the shrunk score and the person's own average must point that way, by
        at least ``HELPS_MIN_STEPS``: a strategy averaging 0.0 steps never "seems to
        help" just because the person's other strategies lift its shrunk score.
        """
        return self.enough and self.shrunk >= HELPS_MIN_STEPS and self.mean >= HELPS_MIN_STEPS


@dataclass(frozen=True)
class StrategyReport:
    ranked: list[StrategyScore]  # n >= MIN_TRIES, best shrunk score first
    too_few: list[StrategyScore]  # fewer tries: "not enough tries yet to tell"
    overall_mean: float  # mean improvement over every use, 0.0 with no uses
    uses: int


def strategy_uses(facts: Iterable[Fact], window: Window) -> list[tuple[str, float]]:
    """Each complete use (before and after known) as ``(name, improvement)``."""
    uses: list[tuple[str, float]] = []
    for fact in facts:
        if fact.strategy and fact.before is not None and fact.after is not None:
            uses.append((fact.strategy, window.improvement(fact.before, fact.after)))
    return uses


def strategy_effectiveness(
    facts: Iterable[Fact], window: Window, k: float = SHRINK_K
) -> StrategyReport:
    """DOMAIN.md's honest ranking (see the module notes); names grouped ignoring case."""
    return _strategy_report(strategy_uses(facts, window), k)


def _strategy_report(uses: Sequence[tuple[str, float]], k: float = SHRINK_K) -> StrategyReport:
    """``strategy_effectiveness`` from the complete uses already gathered."""
    if not uses:
        return StrategyReport([], [], 0.0, 0)
    overall = sum(value for _name, value in uses) / len(uses)
    names: dict[str, str] = {}
    sums: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for name, value in uses:
        key = name.casefold()
        names.setdefault(key, name)
        sums[key] += value
        counts[key] += 1
    scores = [
        StrategyScore(
            names[key], counts[key], sums[key], (sums[key] + k * overall) / (counts[key] + k)
        )
        for key in names
    ]
    ranked = sorted((s for s in scores if s.enough), key=lambda s: (-s.shrunk, s.name.casefold()))
    too_few = sorted((s for s in scores if not s.enough), key=lambda s: (-s.n, s.name.casefold()))
    return StrategyReport(ranked, too_few, overall, len(uses))


def helped_lines(report: StrategyReport, escape: Callable[[str], str] = str) -> list[str]:
    """What helped, in the one wording Trends and the weekly review both show.

    One rule for both: a strategy needs ``MIN_TRIES`` tries with a before and an
    after before anything is said about it; then it helps when ``StrategyScore.helps``.
    Fewer tries are named in one line: "Not enough tries yet to tell: Box breathing (1)".
    ``escape`` is applied to each strategy's name (Markdown needs it, Qt text does not).
    """
    lines: list[str] = []
    for score in sorted(report.ranked, key=lambda s: not s.helps):  # stable: helping first
        steps = abs(score.mean)
        amount = f"{steps:.1f} {'step' if f'{steps:.1f}' == '1.0' else 'steps'}"
        tries = f"{score.n} {plural(score.n, 'try', 'tries')}"
        if score.helps:
            lines.append(f"{escape(score.name)}: on average {amount} toward your window ({tries})")
        else:
            direction = "away from" if score.mean < 0 else "toward"
            lines.append(
                f"{escape(score.name)}: hasn't clearly helped so far, on average {amount} "
                f"{direction} your window ({tries})"
            )
    if report.too_few:
        names = ", ".join(f"{escape(s.name)} ({s.n})" for s in report.too_few)
        lines.append(f"Not enough tries yet to tell: {names}")
    return lines


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


def pillars_by_week(
    checkins: Iterable[WeeklyAnswers], start: date, end: date, first_weekday: int = 0
) -> list[WeekPillars]:
    """Pillar scores for every week of ``[start, end]`` (``None`` scores in weeks without)."""
    return _pillars_for_weeks(checkins, week_labels(start, end, first_weekday))


def _pillars_for_weeks(
    checkins: Iterable[WeeklyAnswers], weeks: Sequence[tuple[str, date]]
) -> list[WeekPillars]:
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


def pillar_line(
    weeks: Sequence[WeekPillars], pillar: str, half_width: int = 0
) -> list[tuple[date, float]]:
    """One pillar's line: ``(week start, value)`` at each week that has a score for it.

    The value is the mean of the pillar's scores in the weeks ``[i - h, i + h]``
    around it (weeks without a score left out, never counted as 0); with ``h = 0``
    it is the week's own score. The chart draws the same floats in one numpy pass
    (``ui.charts.pillar_points``, tested equal to this).
    """
    scores = [w.scores.get(pillar) for w in weeks]
    # Running sums over the weeks make each window's mean O(1).
    sums = [0.0]
    counts = [0]
    for score in scores:
        sums.append(sums[-1] + (score or 0.0))
        counts.append(counts[-1] + (score is not None))
    line: list[tuple[date, float]] = []
    for i, (week, score) in enumerate(zip(weeks, scores, strict=True)):
        if score is None:
            continue
        lo, hi = max(0, i - half_width), min(len(weeks), i + half_width + 1)
        line.append((week.start, (sums[hi] - sums[lo]) / (counts[hi] - counts[lo])))
    return line


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


def compute_trends(
    facts: Sequence[Fact],
    window: Window,
    start: date | None = None,
    end: date | None = None,
    first_weekday: int = 0,
    relationship: Iterable[WeeklyAnswers] = (),
) -> TrendStats:
    """Every Trends statistic for the facts whose local day is in ``[start, end]``.

    ``None`` bounds mean "from the first entry" / "to the last entry".
    """
    with bulk_allocation():
        return _compute_trends(facts, window, start, end, first_weekday, relationship)


def _compute_trends(
    facts: Sequence[Fact],
    window: Window,
    start: date | None,
    end: date | None,
    first_weekday: int,
    relationship: Iterable[WeeklyAnswers],
) -> TrendStats:
    # One pass over the facts gathers what ``activation_readings``, ``smooth_daily``,
    # ``window_shares``, ``quadrants_by_week``, ``feeling_density``, ``needs_summary``,
    # ``body_summary`` and ``strategy_uses`` each gather on their own (ten years are
    # ~10,000 facts with ~40,000 children: eight passes cost twice this one). Each part
    # does exactly what its function does, in the same order, so the results are
    # identical; tests/unit/test_stats.py checks that against the functions.
    lo, hi = _range_of(facts, start, end)
    half_width = smoothing_half_width(lo, hi)
    weeks = week_labels(lo, hi, first_weekday)
    first_day = weeks[0][1] if weeks else lo
    centre = window.centre
    after_seconds = AFTER_OFFSET.total_seconds()
    # Readings are made with tuple.__new__: the NamedTuple's own __new__ is a Python
    # function, and ten years hold ~14,000 readings.
    make = tuple.__new__

    readings: list[Reading] = []
    add_reading = readings.append
    uses: list[tuple[str, float]] = []
    week_weights: list[dict[Quadrant, int]] = [dict.fromkeys(QUADRANTS, 0) for _ in weeks]
    density: dict[tuple[float, float], float] = defaultdict(float)
    all_needs: list[list[tuple[str, bool]]] = []
    all_body: list[list[tuple[str, str, int]]] = []
    entry_count = 0

    for fact in facts:
        day = fact.day
        if not lo <= day <= hi:
            continue
        entry_count += 1
        # activation (activation_readings)
        now = fact.activation
        if now is None:
            now = fact.before
        if now is not None:
            source = "checkin" if fact.kind == "checkin" else "note"
            add_reading(make(Reading, (fact.t, day, now, source, fact.id)))
        strategy = fact.strategy
        after = fact.after
        if strategy and after is not None:
            after_day = (fact.at + AFTER_OFFSET).date()
            add_reading(make(Reading, (fact.t + after_seconds, after_day, after, "after", fact.id)))
            if fact.before is not None:  # strategy_uses
                uses.append((strategy, abs(fact.before - centre) - abs(after - centre)))
        # feelings (quadrants_by_week, feeling_density)
        if fact.feelings:
            bucket = week_weights[(day - first_day).days // 7]
            for _word, p, e, intensity in fact.feelings:
                if p is not None and e is not None:
                    # quadrant_of(p, e), inlined: it runs for every placed feeling.
                    if p > 0:
                        bucket["yellow" if e > 0 else "green"] += intensity
                    else:
                        bucket["red" if e > 0 else "blue"] += intensity
                    density[(p, e)] += intensity
        if fact.needs:
            all_needs.append(fact.needs)
        if fact.body:
            all_body.append(fact.body)

    # Per day and per zone (smooth_daily, window_shares), from the readings gathered.
    day_sums: dict[date, float] = defaultdict(float)
    day_counts: dict[date, int] = defaultdict(int)
    for _t, reading_day, value, _source, _id in readings:
        day_sums[reading_day] += value
        day_counts[reading_day] += 1
    values = Counter(map(itemgetter(2), readings))  # reading.value
    below = sum(n for value, n in values.items() if value < window.low)
    above = sum(n for value, n in values.items() if value > window.high)
    inside = len(readings) - below - above

    # Needs and body (needs_summary, body_summary): counted in C by Counter, then folded
    # in first-seen order, which is the order the per-item loops would have seen them in.
    need_names: dict[str, str] = {}
    need_met: dict[str, int] = defaultdict(int)
    need_unmet: dict[str, int] = defaultdict(int)
    for (need, was_met), n in Counter(chain.from_iterable(all_needs)).items():
        key = need.casefold()
        need_names.setdefault(key, need)
        if was_met:
            need_met[key] += n
        else:
            need_unmet[key] += n
    region_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    family_of: dict[str, str] = {}
    for (region, sensation, _intensity), n in Counter(chain.from_iterable(all_body)).items():
        family = family_of.get(sensation)
        if family is None:
            family = sensation_family(sensation) or OWN_FAMILY
            family_of[sensation] = family
        region_counts[region][family] += n

    readings.sort(key=lambda r: r.t)
    needs = [NeedCount(need_names[k], need_met[k], need_unmet[k]) for k in need_names]
    needs.sort(key=lambda c: (-c.total, c.need.casefold()))
    body = [RegionCount(region, dict(families)) for region, families in region_counts.items()]
    body.sort(key=lambda r: (-r.total, r.region))
    return TrendStats(
        start=lo,
        end=hi,
        window=window,
        readings=readings,
        daily=_smooth(day_sums, day_counts, half_width),
        half_width=half_width,
        shares=Shares(below, inside, above),
        quadrant_weeks=[
            WeekQuadrants(label, first, week_weights[i]) for i, (label, first) in enumerate(weeks)
        ],
        density=[(p, e, weight) for (p, e), weight in sorted(density.items())],
        needs=needs,
        body=body,
        strategies=_strategy_report(uses),
        pillar_weeks=_pillars_for_weeks(relationship, weeks),
        entry_count=entry_count,
    )

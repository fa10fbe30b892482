"""Insights: the person compared with themselves, in honest words.

This module owns every step from the person's check-ins in a range to the
sentences the app shows: which pairs are compared, the statistics, the control of
false discoveries, the templates and the "How is this worked out?" text. No Qt and
no SQL; the store hands over lean rows (``InsightSource``, read by
``Journal.insight_rows``) and a test may hand over entries instead
(``source_from_entries``); both go through the same columns and the same tests.

What is compared (each a group of entries against every other entry in the range):

- each need, marked unmet and (separately) marked met, against activation and
  against how often the feelings were mostly pleasant;
- each time of day (morning 5-11 h, afternoon 12-16 h, evening 17-21 h, night 22-4 h,
  local clock time as written) and each weekday against activation;
- each body region noticed against how often the feelings were mostly pleasant;
- each tag against activation.

The unit is one check-in. Notes are left out: they are mostly written in a stirred-up
moment, so mixing them in would make every comparison partly one of notes against
check-ins (a group with fewer notes would look calmer for that reason alone).
Activation is the check-in's own activation (0..10); a check-in counts as "mostly
pleasant" when more than half of its feelings that have a place on the grid sit in a
pleasant quadrant (p > 0), and check-ins without placed feelings are left out of those
comparisons. Every group needs at least ``MIN_GROUP`` check-ins on both sides to be
compared at all.

Statistics (docs/domain.md, "Insights: how they are worked out"):

- activation: Welch's t (difference of means, Welch–Satterthwaite degrees of freedom).
  The p-value and the interval's t quantile come from ``core/distributions.py``, the
  same as the strategy comparison with waiting uses (exact tail through the
  regularised incomplete beta function).
- pleasant shares: the pooled two-proportion z test for p, and Newcombe's hybrid
  score interval (built from two Wilson intervals) for the difference.
- false discoveries: Benjamini–Hochberg at ``Q = 0.05`` over every comparison made in
  the range. With R of m comparisons standing out, each interval is given at the
  false-coverage-adjusted level ``1 − R·q/m`` (Benjamini & Yekutieli 2005), so an
  interval never contradicts the selection; with one comparison that is 95 %.

The words say "went with", "seems to", "when": these are patterns in one person's own
journal, never a claim that one thing brings about another
(tests/unit/test_insights_words.py rejects causal words in every template).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any, NamedTuple, Protocol

import numpy as np

from attune_journal.core.distributions import normal_quantile, t_quantile, t_two_sided
from attune_journal.core.i18n import QT_TRANSLATE_NOOP, format_number, mid_sentence, translate
from attune_journal.core.models import CheckIn, Entry
from attune_journal.core.timeutil import from_text, to_text
from attune_journal.core.trend_columns import row_finder
from attune_journal.core.vocab_i18n import ENGLISH
from attune_journal.core.vocab_terms import key_of, key_word, term_word

Q = 0.05  # the false discovery rate Benjamini–Hochberg keeps to
MIN_GROUP = 8  # entries needed on each side of a comparison

Array = Any  # numpy arrays

KINDS = (
    "need-activation",
    "need-pleasant",
    "time-activation",
    "weekday-activation",
    "body-pleasant",
    "tag-activation",
)
TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def time_of_day(hour: int) -> str:
    """Morning 5-11 h, afternoon 12-16 h, evening 17-21 h, night 22-4 h."""
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


# ---- what goes in ----------------------------------------------------------------------


class InsightSource(NamedTuple):
    """The lean rows the comparisons need: the check-ins of one range.

    ``entries`` are ``(id, at, activation)`` with ``at`` as ``timeutil.to_text`` writes
    it (the clock time as written, with its offset) and activation None when not given;
    children refer to their entry's id: ``feelings`` ``(entry_id, pleasantness)`` (None
    for a word without a place), ``needs`` ``(entry_id, need, met)``, ``body``
    ``(entry_id, region)``, ``tags`` ``(entry_id, tag)``. Rows may come in any order.
    """

    entries: Sequence[tuple[int, str, int | None]]
    feelings: Sequence[tuple[int, float | None]]
    needs: Sequence[tuple[int, str, bool | int]]
    body: Sequence[tuple[int, str]]
    tags: Sequence[tuple[int, str]]


class InsightReader(Protocol):
    """What ``load_insights`` needs of the store (``storage.repository.Journal``)."""

    def insight_rows(self, start: date | None, end: date | None) -> InsightSource: ...


def source_from_entries(
    entries: Iterable[Entry], start: date | None = None, end: date | None = None
) -> InsightSource:
    """The check-ins among ``entries`` whose local day is in ``[start, end]``.

    An entry not yet saved (no id) is known by its position in ``entries``.
    """
    rows: list[tuple[int, str, int | None]] = []
    feelings: list[tuple[int, float | None]] = []
    needs: list[tuple[int, str, bool | int]] = []
    body: list[tuple[int, str]] = []
    tags: list[tuple[int, str]] = []
    for position, entry in enumerate(entries):
        if not isinstance(entry, CheckIn):
            continue
        day = entry.day
        if (start is not None and day < start) or (end is not None and day > end):
            continue
        key = entry.id if entry.id is not None else position
        rows.append((key, to_text(entry.at), entry.activation))
        feelings.extend((key, f.pleasantness) for f in entry.feelings)
        # Counted as the store's rows are: by vocabulary id, else by the own word.
        needs.extend((key, key_of("need", n.need_id, n.need), n.met) for n in entry.needs)
        body.extend((key, key_of("region", b.region_id, b.region)) for b in entry.body)
        tags.extend((key, tag) for tag in entry.tags)
    return InsightSource(rows, feelings, needs, body, tags)


# ---- what comes out --------------------------------------------------------------------


@dataclass(frozen=True)
class Insight:
    """One comparison that stands out.

    ``group`` is the entries the comparison is about, ``rest`` every other entry with
    the same measure in range. For activation ``group_value``/``rest_value`` are
    means and the interval is in activation points; for shares they are fractions
    (0..1) and the interval is a difference of fractions. ``level`` is the interval's
    coverage (0.95 with one comparison; wider with many, see the module docstring).
    """

    id: str  # stable across ranges and runs: kind, subject (hide it by this)
    kind: str
    subject: str  # the need, region, tag, time of day or weekday as shown
    status: str  # "unmet" / "met" for needs, "" otherwise
    group_n: int
    rest_n: int
    group_value: float
    rest_value: float
    low: float
    high: float
    p: float
    level: float
    group_ids: tuple[int, ...]
    rest_ids: tuple[int, ...]

    @property
    def difference(self) -> float:
        return self.group_value - self.rest_value

    @property
    def entry_ids(self) -> tuple[int, ...]:
        """The entries of the group the sentence names (what History opens first)."""
        return self.group_ids

    @property
    def higher(self) -> bool:
        return self.difference > 0

    def sentence(self) -> str:
        return render(self)


@dataclass(frozen=True)
class InsightReport:
    """Every comparison made in ``[start, end]`` and those that stand out, strongest first."""

    start: date | None
    end: date | None
    entries: int  # check-ins in range
    days: int  # local days in range that hold one
    tested: int
    insights: tuple[Insight, ...] = field(default_factory=tuple)

    def headline(self) -> str:
        """ "3 of 214 comparisons stand out", or the warm "nothing yet" words."""
        if not self.insights:
            return nothing_yet(self)
        # lupdate reads a plain name as the count (an attribute or a call hides the call)
        tested, found = self.tested, len(self.insights)
        comparisons = translate("Insights", "%n comparisons", None, tested)
        return translate("Insights", "%n of {comparisons} stand out.", None, found).format(
            comparisons=comparisons
        )

    def explain(self) -> str:
        return explain(self)


def shown(
    insights: Iterable[Insight], hidden_ids: Iterable[str], hidden_kinds: Iterable[str]
) -> list[Insight]:
    """The insights the person has not hidden, one by one or by kind (Settings keeps both)."""
    ids, kinds = set(hidden_ids), set(hidden_kinds)
    return [i for i in insights if i.id not in ids and i.kind not in kinds]


def touching(insights: Iterable[Insight], entry_ids: Iterable[int]) -> list[Insight]:
    """The insights whose group holds any of ``entry_ids`` (a week's check-ins): what the
    weekly review shows under "What stands out"."""
    ids = set(entry_ids)
    return [i for i in insights if ids.intersection(i.group_ids)]


# ---- the comparisons -------------------------------------------------------------------


class _Family(NamedTuple):
    kind: str
    keys: list[tuple[str, str]]  # (subject as shown, status) per comparison
    rows: Array  # row of each (comparison, row) membership
    codes: Array  # comparison index of each membership


def _columns(source: InsightSource) -> tuple[Array, Array, Array, Array, list[_Family]]:
    """Entry columns (ids, activation, pleasant 1/0/NaN, local day ordinals) and the
    comparison groups."""
    n = len(source.entries)
    ids = np.fromiter((r[0] for r in source.entries), dtype=np.int64, count=n)
    activation = np.fromiter(
        (np.nan if r[2] is None else r[2] for r in source.entries), dtype=np.float64, count=n
    )
    hours = np.empty(n, dtype=np.int64)
    weekdays = np.empty(n, dtype=np.int64)
    day_ordinals = np.empty(n, dtype=np.int64)
    for i, (_id, at, _a) in enumerate(source.entries):
        try:
            # The clock time as written: "YYYY-MM-DDTHH:..." (to_text's form) is read by
            # position; anything else goes through the store's own parser.
            day = date.fromisoformat(at[:10])
            hour = int(at[11:13]) if at[10:11] == "T" and at[13:14] == ":" else from_text(at).hour
        except ValueError:
            moment = from_text(at)
            day, hour = moment.date(), moment.hour
        hours[i], weekdays[i], day_ordinals[i] = hour, day.weekday(), day.toordinal()
    # Children find their entry's row by a binary search over the sorted ids.
    rows_of = row_finder(ids)

    # Mostly pleasant: more than half of the placed feelings have p > 0.
    feeling_entry = np.fromiter(map(itemgetter(0), source.feelings), np.int64, len(source.feelings))
    feeling_p = np.fromiter(
        (np.nan if f[1] is None else f[1] for f in source.feelings), np.float64, len(feeling_entry)
    )
    rows, known = rows_of(feeling_entry)
    known &= ~np.isnan(feeling_p)
    total = np.bincount(rows[known], minlength=n)
    ups = np.bincount(rows[known], weights=feeling_p[known] > 0, minlength=n)
    pleasant = np.full(n, np.nan)
    has = total > 0
    pleasant[has] = (2 * ups[has] > total[has]).astype(np.float64)

    families: list[_Family] = []

    def family(kind: str, rows: Array, names: Sequence[str], statuses: Sequence[str]) -> None:
        """Groups by name (ignoring case, the first spelling shown) and status."""
        index: dict[tuple[str, str], int] = {}
        codes = np.fromiter(
            (
                index.setdefault(key, len(index))
                for key in zip(map(str.casefold, names), statuses, strict=True)
            ),
            dtype=np.int64,
            count=len(names),
        )
        _codes, first = np.unique(codes, return_index=True)
        shown = [(names[i], statuses[i]) for i in first.tolist()]
        families.append(_Family(kind, shown, rows, codes))

    def children(table: Sequence[tuple[Any, ...]]) -> tuple[Array, Array]:
        rows, known = rows_of(np.fromiter(map(itemgetter(0), table), np.int64, len(table)))
        return rows[known], np.flatnonzero(known)

    need_rows, kept = children(source.needs)
    need_names = [source.needs[i][1] for i in kept.tolist()]
    need_status = [("met" if source.needs[i][2] else "unmet") for i in kept.tolist()]
    family("need-activation", need_rows, need_names, need_status)
    family("need-pleasant", need_rows, need_names, need_status)
    everyone = np.arange(n)
    no_status = [""] * n
    family("time-activation", everyone, [time_of_day(h) for h in hours.tolist()], no_status)
    family("weekday-activation", everyone, [WEEKDAYS[w] for w in weekdays.tolist()], no_status)
    for kind, table in (("body-pleasant", source.body), ("tag-activation", source.tags)):
        rows, kept = children(table)
        family(kind, rows, [table[i][1] for i in kept.tolist()], [""] * len(kept))
    return ids, activation, pleasant, day_ordinals, families


class _Tested(NamedTuple):
    kind: str
    subject: str
    status: str
    members: Array  # the group's rows (distinct)
    n1: int
    n2: int
    v1: float
    v2: float
    p: float
    se: float  # Welch: the standard error; shares: unused (0)
    df: float  # Welch: degrees of freedom; shares: inf


def _test_family(fam: _Family, outcome: Array) -> list[_Tested]:
    """Welch or two-proportion tests of every group of ``fam`` against the rest."""
    known = ~np.isnan(outcome)
    if not len(fam.rows):
        return []
    n_groups = len(fam.keys)
    rows_count = len(outcome)
    # Distinct (comparison, row) pairs whose row has the outcome: an entry naming a
    # need twice, or noticing a region twice, counts once in that group.
    pairs = np.unique(fam.codes * rows_count + fam.rows)
    codes, rows = pairs // rows_count, pairs % rows_count
    keep = known[rows]
    codes, rows = codes[keep], rows[keep]
    y = outcome[rows]
    n1 = np.bincount(codes, minlength=n_groups).astype(np.float64)
    s1 = np.bincount(codes, weights=y, minlength=n_groups)
    q1 = np.bincount(codes, weights=y * y, minlength=n_groups)
    all_y = outcome[known]
    total_n, total_s, total_q = float(len(all_y)), float(all_y.sum()), float((all_y**2).sum())
    n2, s2, q2 = total_n - n1, total_s - s1, total_q - q1
    testable = (n1 >= MIN_GROUP) & (n2 >= MIN_GROUP)
    idx = np.flatnonzero(testable)
    if not len(idx):
        return []
    n1, s1, q1, n2, s2, q2 = n1[idx], s1[idx], q1[idx], n2[idx], s2[idx], q2[idx]
    m1, m2 = s1 / n1, s2 / n2
    if fam.kind.endswith("pleasant"):
        pooled = (s1 + s2) / (n1 + n2)
        spread = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        with np.errstate(divide="ignore", invalid="ignore"):
            z = np.where(spread > 0, (m1 - m2) / spread, 0.0)
        p = np.array([math.erfc(abs(v) / math.sqrt(2)) for v in z.tolist()])
        se = np.zeros_like(p)
        df = np.full_like(p, np.inf)
        ok = np.ones(len(idx), dtype=bool)
    else:
        # Sample variances from the sums (small integers: exact enough in float64).
        var1 = np.maximum(q1 - n1 * m1 * m1, 0.0) / (n1 - 1)
        var2 = np.maximum(q2 - n2 * m2 * m2, 0.0) / (n2 - 1)
        a, b = var1 / n1, var2 / n2
        se2 = a + b
        ok = se2 > 0  # no spread at all on either side: nothing a t test can weigh
        with np.errstate(divide="ignore", invalid="ignore"):
            se = np.sqrt(se2)
            df = np.where(ok, se2 * se2 / (a * a / (n1 - 1) + b * b / (n2 - 1)), 1.0)
            t = np.where(ok, (m1 - m2) / np.where(ok, se, 1.0), 0.0)
        p = np.array([t_two_sided(ti, di) for ti, di in zip(t.tolist(), df.tolist(), strict=True)])
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(n_groups + 1))
    tested: list[_Tested] = []
    for j, g in enumerate(idx.tolist()):
        if not ok[j]:
            continue
        subject, status = fam.keys[g]
        tested.append(
            _Tested(
                fam.kind,
                subject,
                status,
                rows[order[bounds[g] : bounds[g + 1]]],
                int(n1[j]),
                int(n2[j]),
                float(m1[j]),
                float(m2[j]),
                float(p[j]),
                float(se[j]),
                float(df[j]),
            )
        )
    return tested


def benjamini_hochberg(p_values: Sequence[float], q: float = Q) -> int:
    """How many of the smallest p-values Benjamini–Hochberg keeps at rate ``q``:
    the largest ``k`` with ``p_(k) <= k·q/m`` (0 when none)."""
    m = len(p_values)
    if not m:
        return 0
    ranked = np.sort(np.asarray(p_values, dtype=np.float64))
    passing = np.flatnonzero(ranked <= q * np.arange(1, m + 1) / m)
    return int(passing[-1]) + 1 if len(passing) else 0


def find_insights(
    entries: Iterable[Entry] | InsightSource, start: date | None = None, end: date | None = None
) -> InsightReport:
    """Every comparison over the check-ins of ``[start, end]`` and those that
    stand out after false discovery control, strongest (smallest p) first.

    ``entries`` are Entry objects (filtered to the range here) or the store's
    ``InsightSource`` for that range (``Journal.insight_rows``), taken as it is.
    """
    source = (
        entries if isinstance(entries, InsightSource) else source_from_entries(entries, start, end)
    )
    ids, activation, pleasant, day_ordinals, families = _columns(source)
    days = len(np.unique(day_ordinals))
    tested: list[_Tested] = []
    for fam in families:
        tested.extend(_test_family(fam, pleasant if fam.kind.endswith("pleasant") else activation))
    m = len(tested)
    kept = benjamini_hochberg([t.p for t in tested])
    report_start = start or (date.fromordinal(int(day_ordinals.min())) if len(ids) else None)
    report_end = end or (date.fromordinal(int(day_ordinals.max())) if len(ids) else None)
    if not kept:
        return InsightReport(report_start, report_end, len(ids), days, m)
    # The false-coverage-adjusted level: 1 - R q / m (95 % when R = m = 1).
    alpha = kept * Q / m
    chosen = sorted(tested, key=lambda t: (t.p, t.kind, t.subject.casefold(), t.status))[:kept]
    z = normal_quantile(1 - alpha / 2)
    welch = [t for t in chosen if not t.kind.endswith("pleasant")]
    t_crit = {id(t): t_quantile(1 - alpha / 2, t.df) for t in welch}
    has_value = ~np.isnan(activation), ~np.isnan(pleasant)
    insights = []
    for t in chosen:
        diff = t.v1 - t.v2
        if t.kind.endswith("pleasant"):
            low, high = newcombe_interval(round(t.v1 * t.n1), t.n1, round(t.v2 * t.n2), t.n2, z)
            valid = has_value[1]
        else:
            half = t_crit[id(t)] * t.se
            low, high = diff - half, diff + half
            valid = has_value[0]
        in_group = np.zeros(len(ids), dtype=bool)
        in_group[t.members] = True
        insights.append(
            Insight(
                id=_insight_id(t.kind, _lasting_subject(t.kind, t.subject), t.status),
                kind=t.kind,
                subject=_shown_subject(t.kind, t.subject),
                status=t.status,
                group_n=t.n1,
                rest_n=t.n2,
                group_value=t.v1,
                rest_value=t.v2,
                low=low,
                high=high,
                p=t.p,
                level=1 - alpha,
                group_ids=tuple(ids[in_group].tolist()),
                rest_ids=tuple(ids[valid & ~in_group].tolist()),
            )
        )
    return InsightReport(report_start, report_end, len(ids), days, m, tuple(insights))


def load_insights(journal: InsightReader, start: date | None, end: date | None) -> InsightReport:
    """Read the range's lean rows from the store and find what stands out."""
    return find_insights(journal.insight_rows(start, end), start, end)


def _shown_subject(kind: str, key: str) -> str:
    """What an insight names: a need or body region in the language of the app (they
    are counted by their vocabulary id), a tag, time or weekday as it is."""
    if kind.startswith("need-"):
        return key_word("need", key)
    if kind.startswith("body-"):
        label = term_word("region", key)
        return mid_sentence(label) if label is not None else key
    return key


def _lasting_subject(kind: str, key: str) -> str:
    """The subject an insight's id is made of, the same in every language: a need by its
    English word (as ids were made before vocabulary ids, so a hidden one stays hidden),
    everything else by its key."""
    if kind.startswith("need-"):
        return key_word("need", key, ENGLISH)
    return key


def _insight_id(kind: str, subject: str, status: str) -> str:
    """Stable: the same comparison has the same id in every range (hiding keeps)."""
    parts = [kind, " ".join(subject.casefold().split())]
    if status:
        parts.append(status)
    return ":".join(parts)


def wilson_interval(successes: int, n: int, z: float) -> tuple[float, float]:
    """Wilson's score interval for a proportion."""
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_interval(x1: int, n1: int, x2: int, n2: int, z: float) -> tuple[float, float]:
    """Newcombe's hybrid score interval for ``x1/n1 - x2/n2`` (his method 10)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson_interval(x1, n1, z)
    l2, u2 = wilson_interval(x2, n2, z)
    diff = p1 - p2
    return (
        diff - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
        diff + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
    )


# ---- the words -------------------------------------------------------------------------
# Each sentence is whole in the translation files (one per kind and direction), so a
# translator never has to glue "higher" or "met" into a sentence written for English.


def _one(value: float) -> str:
    return format_number(value, 1)


def _signed(value: float) -> str:
    # A bound that would round to zero keeps one more digit: "+0.03", never "+0.0".
    digits = 1 if round(abs(value), 1) or not value else 2
    return ("+" if value >= 0 else "−") + format_number(abs(value), digits)


def _percent(share: float) -> str:
    # A no-break space: a line never ends between the number and its percent sign.
    return f"{format_number(round(share * 100))}\u00a0%"


def _points(value: float) -> str:
    digits = 0 if round(abs(value) * 100) or not value else 1
    return ("+" if value >= 0 else "−") + format_number(abs(value) * 100, digits)


def _subject(insight: Insight) -> str:
    return insight.subject.replace("_", " ")


# A time of day, and a weekday as "on every such day", as they begin a sentence.
_WHEN = {
    "morning": QT_TRANSLATE_NOOP("Insights", "In the morning"),
    "afternoon": QT_TRANSLATE_NOOP("Insights", "In the afternoon"),
    "evening": QT_TRANSLATE_NOOP("Insights", "In the evening"),
    "night": QT_TRANSLATE_NOOP("Insights", "At night"),
}
_ON_DAYS = dict(
    zip(
        WEEKDAYS,
        (
            QT_TRANSLATE_NOOP("Insights", "On Mondays"),
            QT_TRANSLATE_NOOP("Insights", "On Tuesdays"),
            QT_TRANSLATE_NOOP("Insights", "On Wednesdays"),
            QT_TRANSLATE_NOOP("Insights", "On Thursdays"),
            QT_TRANSLATE_NOOP("Insights", "On Fridays"),
            QT_TRANSLATE_NOOP("Insights", "On Saturdays"),
            QT_TRANSLATE_NOOP("Insights", "On Sundays"),
        ),
        strict=True,
    )
)

# (kind, status or "", higher) -> the sentence; {what} is the need, tag or body region.
_SENTENCES: dict[tuple[str, str, bool], str] = {
    ("need-activation", "unmet", True): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being unmet went with higher activation: on days when {what} was unmet, "
        "your activation averaged {mean}; at other times {other} {numbers}.",
    ),
    ("need-activation", "unmet", False): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being unmet went with lower activation: on days when {what} was unmet, "
        "your activation averaged {mean}; at other times {other} {numbers}.",
    ),
    ("need-activation", "met", True): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being met went with higher activation: on days when {what} was met, "
        "your activation averaged {mean}; at other times {other} {numbers}.",
    ),
    ("need-activation", "met", False): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being met went with lower activation: on days when {what} was met, "
        "your activation averaged {mean}; at other times {other} {numbers}.",
    ),
    ("time-activation", "", True): QT_TRANSLATE_NOOP(
        "Insights",
        "{when} your activation seems to run higher: it averaged {mean}, and {other} at "
        "other times of day {numbers}.",
    ),
    ("time-activation", "", False): QT_TRANSLATE_NOOP(
        "Insights",
        "{when} your activation seems to run lower: it averaged {mean}, and {other} at "
        "other times of day {numbers}.",
    ),
    ("weekday-activation", "", True): QT_TRANSLATE_NOOP(
        "Insights",
        "{when} your activation seems to run higher: it averaged {mean}, and {other} on "
        "other days {numbers}.",
    ),
    ("weekday-activation", "", False): QT_TRANSLATE_NOOP(
        "Insights",
        "{when} your activation seems to run lower: it averaged {mean}, and {other} on "
        "other days {numbers}.",
    ),
    ("tag-activation", "", True): QT_TRANSLATE_NOOP(
        "Insights",
        "Check-ins tagged “{what}” went with higher activation: it averaged {mean} in "
        "them and {other} in the others {numbers}.",
    ),
    ("tag-activation", "", False): QT_TRANSLATE_NOOP(
        "Insights",
        "Check-ins tagged “{what}” went with lower activation: it averaged {mean} in "
        "them and {other} in the others {numbers}.",
    ),
    ("need-pleasant", "unmet", True): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being unmet went with pleasant feelings more often: on days when {what} "
        "was unmet, your feelings were mostly pleasant {share} of the time; at other times "
        "{other} {numbers}.",
    ),
    ("need-pleasant", "unmet", False): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being unmet went with pleasant feelings less often: on days when {what} "
        "was unmet, your feelings were mostly pleasant {share} of the time; at other times "
        "{other} {numbers}.",
    ),
    ("need-pleasant", "met", True): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being met went with pleasant feelings more often: on days when {what} "
        "was met, your feelings were mostly pleasant {share} of the time; at other times "
        "{other} {numbers}.",
    ),
    ("need-pleasant", "met", False): QT_TRANSLATE_NOOP(
        "Insights",
        "{what} being met went with pleasant feelings less often: on days when {what} "
        "was met, your feelings were mostly pleasant {share} of the time; at other times "
        "{other} {numbers}.",
    ),
    ("body-pleasant", "", True): QT_TRANSLATE_NOOP(
        "Insights",
        "Noticing your {what} seems to go with pleasant feelings more often: when you "
        "noticed it, your feelings were mostly pleasant {share} of the time; at other "
        "times {other} {numbers}.",
    ),
    ("body-pleasant", "", False): QT_TRANSLATE_NOOP(
        "Insights",
        "Noticing your {what} seems to go with pleasant feelings less often: when you "
        "noticed it, your feelings were mostly pleasant {share} of the time; at other "
        "times {other} {numbers}.",
    ),
}


def _capitalised(text: str) -> str:
    # The subject may open the sentence: its first letter up, the rest as written.
    return text[:1].upper() + text[1:]


def render(insight: Insight) -> str:
    """The sentence for one insight (one template per kind, either direction)."""
    what = _subject(insight)
    sentence = translate("Insights", _SENTENCES[(insight.kind, insight.status, insight.higher)])
    if insight.kind.endswith("activation"):
        numbers = translate(
            "Insights", "(n = {group} and {rest}; likely difference {low} to {high})"
        ).format(
            group=insight.group_n,
            rest=insight.rest_n,
            low=_signed(insight.low),
            high=_signed(insight.high),
        )
        mean, other = _one(insight.group_value), _one(insight.rest_value)
        share = ""
    else:
        numbers = translate(
            "Insights",
            "(n = {group} and {rest}; likely difference {low} to {high} percentage points)",
        ).format(
            group=insight.group_n,
            rest=insight.rest_n,
            low=_points(insight.low),
            high=_points(insight.high),
        )
        share, other = _percent(insight.group_value), _percent(insight.rest_value)
        mean = ""
    when = ""
    if insight.kind == "time-activation":
        when = translate("Insights", _WHEN.get(what, what))
    elif insight.kind == "weekday-activation":
        when = translate("Insights", _ON_DAYS.get(insight.subject, what))
    text = sentence.format(
        what=what, when=when, mean=mean, share=share, other=other, numbers=numbers
    )
    return _capitalised(text)


def nothing_yet(report: InsightReport) -> str:
    """The warm words for a range where nothing stands out, with how much more would help."""
    entries, tested = report.entries, report.tested  # plain names: lupdate reads them as n
    if not report.tested:
        return " ".join(
            (
                translate(
                    "Insights",
                    "Nothing stands out yet. Each comparison needs at least %n check-ins "
                    "on both sides.",
                    None,
                    MIN_GROUP,
                ),
                translate("Insights", "This range holds %n check-ins.", None, entries),
                translate(
                    "Insights", "A few more weeks of check-ins will give it enough to look at."
                ),
            )
        )
    pace = report.entries / max(1, report.days)  # entries per day written on
    months = max(1, round(report.entries / max(pace, 0.1) / 30))
    return " ".join(
        (
            translate("Insights", "Nothing stands out yet among %n comparisons.", None, tested),
            translate(
                "Insights",
                "That is an honest answer, not a shortcoming: with %n check-ins only large "
                "differences can show.",
                None,
                entries,
            ),
            translate(
                "Insights",
                "About %n more months of journaling at your pace would double what there is "
                "to look at and let smaller patterns show.",
                None,
                months,
            ),
        )
    )


def explain(report: InsightReport) -> str:
    """ "How is this worked out?" in plain words, with this range's numbers."""
    found, tested = len(report.insights), report.tested
    percent = round(report.insights[0].level * 100, 1) if found else 95.0
    level = format_number(percent, 0 if percent == int(percent) else 1)  # "95", "99.8"
    return "\n\n".join(
        (
            translate("Insights", "How is this worked out?"),
            translate(
                "Insights",
                "Every sentence compares you with yourself: a group of your check-ins (say, "
                "the ones where rest was unmet) against all your other check-ins in the same "
                "range. Nobody else's journal is involved. Quick notes are left out, as they "
                "are often written in a stirred-up moment and would tilt every comparison.",
            ),
            translate(
                "Insights",
                "For activation the two averages are compared (Welch's t test); for "
                "feelings, how often they were mostly pleasant (a comparison of two shares). "
                "A group needs at least %n check-ins on each side before it is compared "
                "at all; n is how many check-ins each side holds.",
                None,
                MIN_GROUP,
            ),
            " ".join(
                (
                    translate("Insights", "In this range %n comparisons were made.", None, tested),
                    translate(
                        "Insights",
                        "Looking at that many, a few differences always turn up by chance, "
                        "so only those passing a false discovery check (Benjamini–Hochberg "
                        "at 5 %) are shown: of the sentences shown, about 1 in 20 or fewer is "
                        "expected to be a fluke.",
                    ),
                    translate("Insights", "%n passed.", None, found),
                )
            ),
            translate(
                "Insights",
                "The likely difference is a range that holds the true difference {level} % "
                "of the time; it is widened when many comparisons were made, so it stays "
                "honest about the looking around.",
            ).format(level=level),
            translate(
                "Insights",
                "These are patterns that went together in your own entries. They are not "
                "proof that one thing brings about the other, and they can change as you "
                "keep writing.",
            ),
        )
    )

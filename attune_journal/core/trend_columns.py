"""Trends from columns: the same ``TrendStats`` as ``core.stats.compute_trends``, with numpy.

Trends "All" over ten years covers ~10,000 check-ins and notes with ~40,000
feelings, needs and sensations. Building a ``Fact`` per entry and looping over
them in Python costs more than a person should wait after an import; here the
store's lean text (``Journal.trend_text``) becomes a few numpy arrays
(``columns_from_text``) and every statistic is a vectorised pass over them
(``compute_trends_columns``): bincounts for week-by-quadrant weights and needs,
sorting for the grid density, cumulative sums for the rolling mean. Python is
left for the small tables (distinct needs, regions, strategies) and for making
the result objects at the end.

The result is *identical* to ``compute_trends(facts_from_entries(...))`` (compared
with ``==`` in tests/unit/test_trend_columns.py), so the conventions are those
of ``core.stats``: readings in true-time order (facts by ``(t, id)``, each fact's
own reading before its "after" reading, a stable sort), local days from the
written clock time, needs merged ignoring case under their first spelling, body
families in the order first noticed. Floating point stays exact because every
sum is of small integers.

No Qt and no SQL. numpy is imported here at module level: this module is only
imported when Trends computes (tests/unit/test_startup_imports.py keeps numpy
out of the app's start).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import Any, NamedTuple

import numpy as np

from attune_journal.core.relationship import WeeklyAnswers
from attune_journal.core.stats import (
    AFTER_OFFSET,
    OWN_FAMILY,
    QUADRANTS,
    DayPoint,
    NeedCount,
    Reading,
    RegionCount,
    Shares,
    TrendStats,
    WeekQuadrants,
    Window,
    _pillars_for_weeks,
    _strategy_report,
    bulk_allocation,
    smoothing_half_width,
    week_labels,
)
from attune_journal.core.timeutil import from_text
from attune_journal.core.vocab import sensation_family

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DAY_SECONDS = 86_400
_AFTER_SECONDS = int(AFTER_OFFSET.total_seconds())
_NO_VALUE = -1  # activation, before, after: not given (the scale is 0..10)

# ``YYYY-MM-DDTHH:MM:SS+HH:MM``, the form ``timeutil.to_text`` writes: where its digits
# and separators are, and each digit's place value in its field (one row per digit).
_DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24]
_SEPARATOR_AT = [4, 7, 10, 13, 16, 22]
_SEPARATORS = np.frombuffer(b"--T:::", dtype=np.uint8)
_FIELD_WIDTHS = (4, 2, 2, 2, 2, 2, 2, 2)  # YYYY MM DD hh mm ss and the offset's HH MM


def _place_values() -> Any:
    places = np.zeros((len(_DIGIT_AT), len(_FIELD_WIDTHS)), dtype=np.int64)
    row = 0
    for field_index, width in enumerate(_FIELD_WIDTHS):
        for place in range(width):
            places[row, field_index] = 10 ** (width - 1 - place)
            row += 1
    return places


_PLACES = _place_values()

Array = Any  # numpy arrays; the shapes and dtypes are given where they are made


@dataclass(frozen=True, eq=False)
class TrendColumns:
    """The journal's check-ins and notes as columns, sorted by ``(t, id)``.

    Entry arrays have one row per entry. Child arrays hold the row of their entry
    (``*_entry``); needs and body come in ``(entry, position)`` order, the order
    ``core.stats`` meets them in (first spellings and first-noticed families depend
    on it), feelings in any order (only sums and a sorted grid are made of them).
    Strings are codes into the ``*_names`` tables.
    """

    ids: Array  # int64
    checkin: Array  # bool: a check-in (else a note)
    t: Array  # float64: UTC timestamp, exactly ``datetime.timestamp()``
    day: Array  # int64: the local day's ordinal
    after_day: Array  # int64: the local day four minutes later (the "after" reading's)
    activation: Array  # int64, _NO_VALUE when missing
    before: Array  # int64, _NO_VALUE when missing
    after: Array  # int64, _NO_VALUE when missing
    has_strategy: Array  # bool: a strategy name is set (non-empty)
    strategies: list[str | None]  # the name per entry
    feeling_entry: Array  # int64
    feeling_p: Array  # float64, NaN for a word without a place on the grid (skipped)
    feeling_e: Array  # float64, NaN likewise (``trend_text`` reads only placed ones)
    feeling_intensity: Array  # int64
    need_entry: Array  # int64
    need_code: Array  # int64 into need_names
    need_met: Array  # bool
    need_names: list[str]
    body_entry: Array  # int64
    body_region: Array  # int64 into region_names
    body_sensation: Array  # int64 into sensation_names
    region_names: list[str]
    sensation_names: list[str]

    def __len__(self) -> int:
        return len(self.ids)


# ---- the store's text to columns ----------------------------------------------------------

Ints = str | Sequence[int] | None
"""A column of integers: decimal numbers joined by commas (SQLite's ``group_concat``),
the numbers themselves, or None for no rows."""

AT_WIDTH = 25  # ``YYYY-MM-DDTHH:MM:SS+HH:MM``, the form ``timeutil.to_text`` writes
AT_STAND_IN = "-" * AT_WIDTH  # in ``TrendText.entry_at`` for a text of another length
PLACE_SCALE = 1000  # grid places are read as whole thousandths when that is exact
PLACE_BITS = 11  # a place in thousandths plus 1000 is 0..2000


class TrendText(NamedTuple):
    """The live check-ins and notes as ``Journal.trend_text`` reads them for Trends.

    Python's sqlite3 makes an object for every value of every row, and over ten years
    that cost more than everything SQLite and numpy do together. So each numeric
    column comes as one text that SQLite joins (``group_concat``) and numpy parses;
    all columns of a table come from one query, so their rows line up. Entry keys
    pack ``id << 13 | is_checkin | activation << 1 | before << 5 | after << 9``, with
    15 for a missing number (the scale is 0..10); feeling keys ``entry_id << 2 |
    intensity``; need keys ``pos << 1 | met``. Rows come in no set order, and
    children of entries not read here (trashed, other kinds) are dropped.
    """

    entry_keys: Ints
    entry_at: str  # every entry's ``at``, 25 characters each, back to back
    odd_at: Sequence[tuple[int, str]]  # (id, at) where ``at`` is not 25 bytes: AT_STAND_IN
    strategies: Sequence[tuple[int, str]]  # (id, name) of the entries with a strategy
    feeling_keys: Ints
    # Where each feeling sits on the grid: ``(p + 1000) << 11 | (e + 1000)`` in whole
    # thousandths when those are exactly the stored numbers, else None and the stored
    # numbers themselves in ``feeling_floats`` (pleasantness, energy).
    feeling_places: Ints
    feeling_floats: tuple[Sequence[float], Sequence[float]] | None
    need_entries: Ints
    need_keys: Ints
    need_names: Sequence[str]
    body_entries: Ints
    body_positions: Ints
    body_regions: Sequence[str]
    body_sensations: Sequence[str]


def read_range(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """The days to ask ``Journal.trend_text`` for so that ``compute_trends_columns`` is exact.

    ``compute_trends`` keeps the days ``[start, max(start, end)]``; an open bound
    needs the whole journal (its first or last day).
    """
    if start is None or end is None:
        return None, None
    return start, max(start, end)


def columns_from_text(text: TrendText) -> TrendColumns:
    """Columns from ``Journal.trend_text``'s reading (see ``TrendText`` for its shape)."""
    with bulk_allocation():
        return _columns_from_text(text)


def _columns_from_text(text: TrendText) -> TrendColumns:
    keys = _ints(text.entry_keys)
    read_ids = keys >> 13
    t, day, after_day, readable = _times(text.entry_at, len(keys), _odd_rows(read_ids, text.odd_at))
    if not readable.all():
        # A time damaged beyond reading costs that entry alone (its children go with
        # it, as children of entries not read do); ``attune-journal check`` names it.
        keys, read_ids, t, day, after_day = (
            column[readable] for column in (keys, read_ids, t, day, after_day)
        )
    n = len(keys)
    order = np.lexsort((read_ids, t))  # the facts' (t, id) order
    ids = read_ids[order]
    packed = keys[order]

    # Where each id sits in ``order``: children find their entry by a binary search.
    by_id = np.argsort(ids, kind="stable")
    sorted_ids = ids[by_id]

    def rows_of(entry_ids: Array) -> tuple[Array, Array]:
        """Row index of each child's entry, and which children belong to a known entry."""
        if not n:
            return np.zeros(len(entry_ids), dtype=np.int64), np.zeros(len(entry_ids), bool)
        at = np.minimum(np.searchsorted(sorted_ids, entry_ids), n - 1)
        return by_id[at], sorted_ids[at] == entry_ids

    # Strategy names, by row: an object array fills them in C, not one by one.
    names = np.full(n, None, dtype=object)
    if text.strategies:
        strategy_ids, strategy_names = zip(*text.strategies, strict=True)
        rows, known = rows_of(np.array(strategy_ids, dtype=np.int64))
        names[rows[known]] = np.array(strategy_names, dtype=object)[known]
    strategies: list[str | None] = names.tolist()
    has_strategy = names.astype(bool)

    # Feelings: their order does not matter (sums of small integers, and a sorted grid).
    feeling_keys = _ints(text.feeling_keys)
    feeling_entry, known = rows_of(feeling_keys >> 2)
    feeling_p, feeling_e = _places(text, len(feeling_keys))
    # Needs and body: codes first (on the rows as read), then into (t, id, pos) order.
    need_code, need_names = _codes(text.need_names)
    need_keys = _ints(text.need_keys)
    need_entries = _ints(text.need_entries)
    _same_length("needs", len(need_entries), len(need_keys), len(need_code))
    need_entry, need_order = _child_order(rows_of, need_entries, need_keys >> 1)
    body_region, region_names = _codes(text.body_regions)
    body_sensation, sensation_names = _codes(text.body_sensations)
    body_entries = _ints(text.body_entries)
    body_positions = _ints(text.body_positions)
    _same_length(
        "body", len(body_entries), len(body_positions), len(body_region), len(body_sensation)
    )
    body_entry, body_order = _child_order(rows_of, body_entries, body_positions)

    return TrendColumns(
        ids=ids,
        checkin=(packed & 1).astype(bool),
        t=t[order],
        day=day[order],
        after_day=after_day[order],
        activation=_small(packed, 1),
        before=_small(packed, 5),
        after=_small(packed, 9),
        has_strategy=has_strategy,
        strategies=strategies,
        feeling_entry=feeling_entry[known],
        feeling_p=feeling_p[known],
        feeling_e=feeling_e[known],
        feeling_intensity=(feeling_keys & 3)[known],
        need_entry=need_entry,
        need_code=need_code[need_order],
        need_met=(need_keys[need_order] & 1).astype(bool),
        need_names=need_names,
        body_entry=body_entry,
        body_region=body_region[body_order],
        body_sensation=body_sensation[body_order],
        region_names=region_names,
        sensation_names=sensation_names,
    )


def _ints(column: Ints) -> Array:
    """A column of integers as an int64 array."""
    if not column:
        return np.zeros(0, dtype=np.int64)
    if isinstance(column, str):
        # numpy's text parser reads the commas in C (its deprecation covers binary mode).
        return np.fromstring(column, dtype=np.int64, sep=",")
    return np.array(column, dtype=np.int64).reshape(len(column))


def _same_length(table: str, *lengths: int) -> None:
    """Columns of one table must line up row for row (a store that joined them wrongly)."""
    if len(set(lengths)) > 1:
        raise ValueError(f"the {table} columns do not line up")


def _places(text: TrendText, count: int) -> tuple[Array, Array]:
    """Each feeling's pleasantness and energy, exactly the stored floats."""
    if text.feeling_floats is not None:
        p, e = text.feeling_floats
        _same_length("feelings", len(p), len(e), count)
        return (
            np.array(p, dtype=np.float64).reshape(len(p)),
            np.array(e, dtype=np.float64).reshape(len(e)),
        )
    places = _ints(text.feeling_places)
    _same_length("feelings", len(places), count)
    # The store checked that (k - 1000) / 1000.0 is the stored float for every place:
    # the same IEEE division here gives the same floats.
    p = ((places >> PLACE_BITS) - PLACE_SCALE) / float(PLACE_SCALE)
    e = ((places & ((1 << PLACE_BITS) - 1)) - PLACE_SCALE) / float(PLACE_SCALE)
    return p, e


def _odd_rows(read_ids: Array, odd_at: Sequence[tuple[int, str]]) -> dict[int, str]:
    """Row (in read order) → ``at`` text, for the entries whose text is not 25 bytes."""
    if not odd_at:
        return {}
    text_of = dict(odd_at)
    return {
        row: text_of[entry_id]
        for row, entry_id in enumerate(read_ids.tolist())
        if entry_id in text_of
    }


def _small(packed: Array, shift: int) -> Array:
    """One 4-bit number of an entry key (15: not given)."""
    value = (packed >> shift) & 15
    result: Array = np.where(value == 15, _NO_VALUE, value)
    return result


def _child_order(rows_of: Any, entry_ids: Array, positions: Array) -> tuple[Array, Array]:
    """Children of known entries in (entry row, position) order: their rows and that order."""
    entry_rows, known = rows_of(entry_ids)
    keep = np.flatnonzero(known)
    order = keep[np.lexsort((positions[keep], entry_rows[keep]))]
    return entry_rows[order], order


def _times(joined_text: str, n: int, odd: dict[int, str]) -> tuple[Array, Array, Array, Array]:
    """UTC timestamps and local day ordinals (of the moment and four minutes later),
    and which texts could be read at all (a damaged store may hold any text there).

    ``joined_text`` holds ``n`` texts of 25 characters, ``YYYY-MM-DDTHH:MM:SS+HH:MM``
    as ``timeutil.to_text`` writes them; those are parsed as digits, all at once.
    Anything else (the texts in ``odd``, by row; an offset with seconds; a fraction
    of a second) goes through ``timeutil.from_text`` one by one, so the result is
    always exactly what the store's own reading (``from_text(at).timestamp()``) gives.
    """
    t = np.zeros(n, dtype=np.float64)
    day = np.zeros(n, dtype=np.int64)
    after_day = np.zeros(n, dtype=np.int64)
    readable = np.ones(n, dtype=bool)
    if not n:
        return t, day, after_day, readable
    joined = joined_text.encode()
    if len(joined) != AT_WIDTH * n:
        raise ValueError("every entry needs its time, 25 characters each")
    chars = np.frombuffer(joined, dtype=np.uint8).reshape(n, AT_WIDTH)
    # Digits where digits belong (as unsigned bytes, anything below '0' wraps above 9),
    # the separators where they belong, and a sign before the offset.
    digits = chars[:, _DIGIT_AT] - np.uint8(ord("0"))
    plain = (digits <= 9).all(axis=1) & (chars[:, _SEPARATOR_AT] == _SEPARATORS).all(axis=1)
    sign_char = chars[:, 19]
    plain &= (sign_char == ord("+")) | (sign_char == ord("-"))
    # YYYY MM DD hh mm ss HH MM, as numbers: the digits times their place values.
    values = digits.astype(np.int64) @ _PLACES  # (n, 8)
    year, month, mday, hour, minute, second, off_hours, off_minutes = values.T
    wall = hour * 3600 + minute * 60 + second
    offset = np.where(sign_char == ord("-"), -1, 1) * (off_hours * 3600 + off_minutes * 60)
    local_days = _days_from_civil(year, month, mday)  # days since 1970-01-01
    local_seconds = local_days * _DAY_SECONDS + wall
    # Whole seconds: the float is exactly the integer, as timestamp() gives it.
    t[:] = (local_seconds - offset).astype(np.float64)
    day[:] = local_days + _EPOCH_ORDINAL
    after_day[:] = (local_seconds + _AFTER_SECONDS) // _DAY_SECONDS + _EPOCH_ORDINAL
    for i in np.flatnonzero(~plain).tolist():
        at = odd.get(i) or joined[AT_WIDTH * i : AT_WIDTH * (i + 1)].decode()
        try:
            moment = from_text(at)  # the store's own reading: an offset is required
            t[i] = moment.timestamp()
            day[i] = moment.date().toordinal()
            after_day[i] = (moment + AFTER_OFFSET).date().toordinal()
        except (ValueError, OverflowError):
            readable[i] = False
    return t, day, after_day, readable


def _days_from_civil(year: Array, month: Array, mday: Array) -> Array:
    """Days since 1970-01-01 of proleptic Gregorian dates (H. Hinnant's algorithm)."""
    year = year - (month <= 2)
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * np.where(month > 2, month - 3, month + 9) + 2) // 5 + mday - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    result: Array = era * 146_097 + day_of_era - 719_468
    return result


def _codes(values: Sequence[str]) -> tuple[Array, list[str]]:
    """Each string's index in the table of distinct strings (first seen first)."""
    names = list(dict.fromkeys(values))
    index = {name: i for i, name in enumerate(names)}
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))
    return codes, names


# ---- columns to TrendStats ----------------------------------------------------------------


def compute_trends_columns(
    columns: TrendColumns,
    window: Window,
    start: date | None = None,
    end: date | None = None,
    first_weekday: int = 0,
    relationship: Iterable[WeeklyAnswers] = (),
) -> TrendStats:
    """``core.stats.compute_trends`` for the entries in ``columns``, identical to it.

    ``columns`` must hold every entry of ``[start, end]`` (more is fine); ``None``
    bounds mean the first / last entry's day in ``columns``.
    """
    with bulk_allocation():
        return _compute(columns, window, start, end, first_weekday, relationship)


def _compute(
    c: TrendColumns,
    window: Window,
    start: date | None,
    end: date | None,
    first_weekday: int,
    relationship: Iterable[WeeklyAnswers],
) -> TrendStats:
    n = len(c)
    lo = start or (date.fromordinal(int(c.day.min())) if n else date.today())
    hi = end or (date.fromordinal(int(c.day.max())) if n else lo)
    hi = max(lo, hi)
    half_width = smoothing_half_width(lo, hi)
    weeks = week_labels(lo, hi, first_weekday)
    first_day = weeks[0][1] if weeks else lo

    inside_range = (c.day >= lo.toordinal()) & (c.day <= hi.toordinal())
    chosen = np.flatnonzero(inside_range)
    entry_count = len(chosen)

    readings, day_values, values = _readings(c, chosen)
    daily = _daily(day_values, values, half_width)
    below = int(np.count_nonzero(values < window.low))
    above = int(np.count_nonzero(values > window.high))
    inside = len(values) - below - above

    # Children of the entries in range; every child array is in (t, id, pos) order.
    feeling = inside_range[c.feeling_entry]
    need = inside_range[c.need_entry]
    sensed = inside_range[c.body_entry]

    quadrant_weeks, density = _feelings(c, feeling, weeks, first_day)
    return TrendStats(
        start=lo,
        end=hi,
        window=window,
        readings=readings,
        daily=daily,
        half_width=half_width,
        shares=Shares(below, inside, above),
        quadrant_weeks=quadrant_weeks,
        density=density,
        needs=_needs(c, need),
        body=_body(c, sensed),
        strategies=_strategy_report(_uses(c, chosen, window)),
        pillar_weeks=_pillars_for_weeks(relationship, weeks),
        entry_count=entry_count,
    )


def _readings(c: TrendColumns, chosen: Array) -> tuple[list[Reading], Array, Array]:
    """Activation readings as ``activation_readings`` makes them, with their days and values.

    Each entry has two slots, its own reading then its "after" reading; the slots
    in use are stably sorted by time, which is the order ``compute_trends`` ends with.
    """
    now = c.activation[chosen]
    now = np.where(now == _NO_VALUE, c.before[chosen], now)
    after = c.after[chosen]
    has_now = now != _NO_VALUE
    has_after = c.has_strategy[chosen] & (after != _NO_VALUE)
    t = c.t[chosen]
    slot_t = np.column_stack((t, t + float(_AFTER_SECONDS))).ravel()
    slot_day = np.column_stack((c.day[chosen], c.after_day[chosen])).ravel()
    slot_value = np.column_stack((now, after)).ravel()
    # 0 note, 1 check-in, 2 after
    slot_source = np.column_stack(
        (c.checkin[chosen].astype(np.int64), np.full(len(chosen), 2))
    ).ravel()
    slot_id = np.repeat(c.ids[chosen], 2)
    used = np.flatnonzero(np.column_stack((has_now, has_after)).ravel())
    used = used[np.argsort(slot_t[used], kind="stable")]
    days = slot_day[used]
    values = slot_value[used]

    unique_days = np.unique(days).tolist()
    day_of = dict(zip(unique_days, map(date.fromordinal, unique_days), strict=True))
    sources = ("note", "checkin", "after")
    # Made in C from start to end (map over zip): no bytecode runs per reading, and
    # ten years hold ~14,000 of them. tuple.__new__ skips Reading's Python __new__.
    readings: list[Reading] = list(
        map(
            tuple.__new__,
            repeat(Reading),
            zip(
                slot_t[used].tolist(),
                map(day_of.__getitem__, days.tolist()),
                values.tolist(),
                map(sources.__getitem__, slot_source[used].tolist()),
                slot_id[used].tolist(),
                strict=True,
            ),
        )
    )
    return readings, days, values


def _daily(days: Array, values: Array, half_width: int) -> list[DayPoint]:
    """``smooth_daily``: per day the mean, and the mean over ``[d - h, d + h]``.

    The sums are of integers, so differences of cumulative sums are exact and the
    divisions give the very floats ``core.stats._smooth`` gives.
    """
    if not len(days):
        return []
    unique_days, inverse = np.unique(days, return_inverse=True)
    sums = np.bincount(inverse, weights=values.astype(np.float64))
    counts = np.bincount(inverse)
    first = np.searchsorted(unique_days, unique_days - half_width, side="left")
    last = np.searchsorted(unique_days, unique_days + half_width, side="right")
    running_sums = np.concatenate(([0.0], np.cumsum(sums)))
    running_counts = np.concatenate(([0], np.cumsum(counts)))
    smooth = (running_sums[last] - running_sums[first]) / (
        running_counts[last] - running_counts[first]
    )
    means = sums / counts
    return _day_points(
        list(map(date.fromordinal, unique_days.tolist())),
        means.tolist(),
        smooth.tolist(),
        counts.tolist(),
    )


def _day_points(
    days: list[date], means: list[float], smooth: list[float], counts: list[int]
) -> list[DayPoint]:
    """``DayPoint(day, mean, smooth, count)`` for each day, made in C.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``
    from Python; ten years hold ~3,700 days. Setting the slots through their
    descriptors, one field at a time over all points, runs no bytecode per point
    and gives equal objects (tests/unit/test_trend_columns.py compares them).
    """
    points: list[DayPoint] = list(map(object.__new__, repeat(DayPoint, len(days))))
    for name, values in (("day", days), ("mean", means), ("smooth", smooth), ("count", counts)):
        deque(map(getattr(DayPoint, name).__set__, points, values), maxlen=0)
    return points


def _feelings(
    c: TrendColumns, in_range: Array, weeks: Sequence[tuple[str, date]], first_day: date
) -> tuple[list[WeekQuadrants], list[tuple[float, float, float]]]:
    """``quadrants_by_week`` and ``feeling_density`` over the placed feelings in range."""
    p, e = c.feeling_p, c.feeling_e
    placed = np.flatnonzero(in_range & ~np.isnan(p) & ~np.isnan(e))
    p, e = p[placed], e[placed]
    intensity = c.feeling_intensity[placed]
    # QUADRANTS order: yellow (p > 0, e > 0), green (p > 0), red (e > 0), blue.
    quadrant = np.where(p > 0, np.where(e > 0, 0, 1), np.where(e > 0, 2, 3))
    week = (c.day[c.feeling_entry[placed]] - first_day.toordinal()) // 7
    weights = np.bincount(
        week * len(QUADRANTS) + quadrant, weights=intensity, minlength=len(weeks) * 4
    )
    table = weights.astype(np.int64).reshape(-1, len(QUADRANTS)).tolist()
    quadrant_weeks = [
        WeekQuadrants(label, first, dict(zip(QUADRANTS, table[i], strict=True)))
        for i, (label, first) in enumerate(weeks)
    ]
    if not len(placed):
        return quadrant_weeks, []
    order = np.lexsort((e, p))
    p, e, intensity = p[order], e[order], intensity[order]
    starts = np.flatnonzero(np.concatenate(([True], (p[1:] != p[:-1]) | (e[1:] != e[:-1]))))
    totals = np.add.reduceat(intensity.astype(np.float64), starts)
    density = list(zip(p[starts].tolist(), e[starts].tolist(), totals.tolist(), strict=True))
    return quadrant_weeks, density


def _needs(c: TrendColumns, in_range: Array) -> list[NeedCount]:
    """``needs_summary``: spellings differing only in case are one need, first spelling shown."""
    codes = c.need_code[in_range]
    if not len(codes):
        return []
    keys: dict[str, int] = {}
    key_of = np.array(
        [keys.setdefault(name.casefold(), len(keys)) for name in c.need_names], dtype=np.int64
    )
    key = key_of[codes]
    met = c.need_met[in_range]
    met_counts = np.bincount(key[met], minlength=len(keys)).tolist()
    unmet_counts = np.bincount(key[~met], minlength=len(keys)).tolist()
    seen, first = np.unique(key, return_index=True)
    needs = [
        NeedCount(c.need_names[code], met_counts[k], unmet_counts[k])
        for k, code in zip(seen.tolist(), codes[first].tolist(), strict=True)
    ]
    needs.sort(key=lambda count: (-count.total, count.need.casefold()))
    return needs


def _body(c: TrendColumns, in_range: Array) -> list[RegionCount]:
    """``body_summary``: regions by count, each with its families in the order first noticed."""
    regions = c.body_region[in_range]
    if not len(regions):
        return []
    families: dict[str, int] = {}
    family_of = np.array(
        [
            families.setdefault(sensation_family(name) or OWN_FAMILY, len(families))
            for name in c.sensation_names
        ],
        dtype=np.int64,
    )
    family_names = list(families)
    pairs = regions * len(family_names) + family_of[c.body_sensation[in_range]]
    seen, first, counts = np.unique(pairs, return_index=True, return_counts=True)
    found: dict[str, dict[str, int]] = {}
    for index in np.argsort(first, kind="stable").tolist():
        region, family = divmod(int(seen[index]), len(family_names))
        found.setdefault(c.region_names[region], {})[family_names[family]] = int(counts[index])
    body = [RegionCount(region, families_) for region, families_ in found.items()]
    body.sort(key=lambda r: (-r.total, r.region))
    return body


def _uses(c: TrendColumns, chosen: Array, window: Window) -> list[tuple[str, float]]:
    """``strategy_uses``: each complete use in range, in fact order, with its improvement."""
    complete = chosen[
        c.has_strategy[chosen] & (c.before[chosen] != _NO_VALUE) & (c.after[chosen] != _NO_VALUE)
    ]
    centre = window.centre
    # The same float operations as Window.improvement: int to float, minus, abs, minus.
    before = c.before[complete].astype(np.float64)
    after = c.after[complete].astype(np.float64)
    improvement = np.abs(before - centre) - np.abs(after - centre)
    names = c.strategies
    return [
        (names[i], value) for i, value in zip(complete.tolist(), improvement.tolist(), strict=True)
    ]

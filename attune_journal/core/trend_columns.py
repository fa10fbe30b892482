"""Every Trends number, worked out on numpy columns: the one implementation Trends uses.

Trends "All" over ten years covers ~10,000 check-ins and notes with ~40,000
feelings, needs and sensations. The store's lean text (``Journal.trend_text``)
becomes a few numpy arrays (``columns_from_text``), and ``compute_trends`` counts
them in vectorised passes: bincounts for week-by-quadrant weights, sorting for the
grid density, cumulative sums for the rolling means. What the weekly review shares
with Trends (window shares, needs, body regions, strategies set against waiting,
whose pairs ``core.stats.waiting_pair`` picks) ends in
``core.stats``' folds over the small counted tables, so a rule is written once.
The charts' own numbers (the weekly quadrant shares, the pillar lines, the
activation density) are made here too: ``ui.charts`` only draws.

Conventions are those of ``core.stats``: readings in true-time order (entries by
``(t, id)``, each entry's own reading before its "after" reading, a stable sort),
local days from the written clock time, needs merged ignoring case under their
first spelling, body families in the order first noticed. Vocabulary words arrive
counted by their id (``coalesce(<id>, <word>)`` in SQL), so a need or strategy saved in
English and in German is one, shown in the language of the app (``vocab_terms``);
body regions and sensations stay keys (region ids) that the screens name. Floating point stays
exact because every sum is of small integers.

The store packs small numbers into one integer per row in SQL; ``ENTRY_KEY``,
``FEELING_KEY``, ``NEED_KEY`` and ``PLACE`` (``Packing``) say where each number
sits, and both ``Journal.trend_text`` (writing the SQL) and this module (reading
the arrays) take the positions from them.

No Qt and no SQL. numpy is imported here at module level: this module is only
imported when Trends computes (tests/unit/test_startup_imports.py keeps numpy
out of the app's start).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from operator import itemgetter
from typing import Any, NamedTuple

import numpy as np

from attune_journal.core.relationship import WeeklyAnswers
from attune_journal.core.stats import (
    AFTER_OFFSET,
    QUADRANTS,
    DayPoint,
    NeedCount,
    Reading,
    RegionCount,
    TrendStats,
    WeekQuadrants,
    Window,
    body_from_counts,
    bulk_allocation,
    needs_from_counts,
    pillars_for_weeks,
    shares_from_levels,
    smoothing_half_width,
    strategy_report,
    waiting_pair,
    week_labels,
)
from attune_journal.core.timeutil import from_text, today_local
from attune_journal.core.vocab_terms import key_word

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DAY_SECONDS = 86_400
_AFTER_SECONDS = int(AFTER_OFFSET.total_seconds())
_NO_VALUE = -1  # activation, before, after: not given (the scale is 0..10)
LEVELS = 11  # activation levels 0..10

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


# ---- how the store packs small numbers ----------------------------------------------------


@dataclass(frozen=True)
class Packing:
    """Small numbers packed into one integer: ``fields`` from the lowest bit up, ``top`` above.

    ``fields`` are ``(name, bits)``; a field holding all ones (``missing``) means
    "not given". ``sql`` writes the packing in SQLite, ``get`` reads one number
    back from a packed integer or a numpy array of them.
    """

    top: str
    fields: tuple[tuple[str, int], ...]

    def _place(self, name: str) -> tuple[int, int]:
        """``(shift, bits)`` of a field; ``top`` has no width."""
        shift = 0
        for field_name, bits in self.fields:
            if field_name == name:
                return shift, bits
            shift += bits
        if name != self.top:
            raise KeyError(name)
        return shift, 0

    def missing(self, name: str) -> int:
        return (1 << self._place(name)[1]) - 1

    def sql(self, **columns: str) -> str:
        """The SQL expression packing ``columns`` (name: SQL expression of that number).

        In SQLite ``|`` and ``<<`` bind equally tightly, left to right: every term is
        bracketed.
        """
        terms = []
        for name in (self.top, *(name for name, _bits in self.fields)):
            shift, _bits = self._place(name)
            terms.append(f"(({columns[name]}) << {shift})" if shift else f"({columns[name]})")
        return "(" + " | ".join(terms) + ")"

    def get(self, packed: Any, name: str) -> Any:
        shift, bits = self._place(name)
        return packed >> shift if not bits else (packed >> shift) & ((1 << bits) - 1)


ENTRY_KEY = Packing(
    "id", (("checkin", 1), ("activation", 4), ("before", 4), ("after", 4))
)  # 15: a number not given (the scale is 0..10)
FEELING_KEY = Packing("entry_id", (("intensity", 2),))
NEED_KEY = Packing("pos", (("met", 1),))
PLACE_SCALE = 1000  # grid places are read as whole thousandths when that is exact
# A feeling's place on the grid: each axis in thousandths plus 1000, so 0..2000.
PLACE = Packing("pleasantness", (("energy", 11),))

# ---- the store's text to columns ----------------------------------------------------------

Ints = str | Sequence[int] | None
"""A column of integers: decimal numbers joined by commas (SQLite's ``group_concat``),
the numbers themselves, or None for no rows."""

AT_WIDTH = 25  # ``YYYY-MM-DDTHH:MM:SS+HH:MM``, the form ``timeutil.to_text`` writes
AT_STAND_IN = "-" * AT_WIDTH  # in ``TrendText.entry_at`` for a text of another length


class TrendText(NamedTuple):
    """The live check-ins and notes as ``Journal.trend_text`` reads them for Trends.

    Python's sqlite3 makes an object for every value of every row, and over ten years
    that cost more than everything SQLite and numpy do together. So each numeric
    column comes as one text that SQLite joins (``group_concat``) and numpy parses;
    all columns of a table come from one query, so their rows line up. Entry keys
    are packed as ``ENTRY_KEY``, feeling keys as ``FEELING_KEY``, need keys as
    ``NEED_KEY``. Rows come in no set order, and children of entries not read here
    (trashed, other kinds) are dropped.
    """

    entry_keys: Ints
    entry_at: str  # every entry's ``at``, 25 characters each, back to back
    odd_at: Sequence[tuple[int, str]]  # (id, at) where ``at`` is not 25 bytes: AT_STAND_IN
    strategies: Sequence[tuple[int, str]]  # (id, name) of the entries with a strategy
    feeling_keys: Ints
    # Where each feeling sits on the grid, packed as ``PLACE`` in whole thousandths when
    # those are exactly the stored numbers, else None and the stored numbers themselves
    # in ``feeling_floats`` (pleasantness, energy).
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
    """The days to ask ``Journal.trend_text`` for so that ``compute_trends`` is exact.

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
    read_ids = ENTRY_KEY.get(keys, "id")
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
    rows_of = row_finder(ids)

    # Strategy names, by row: an object array fills them in C, not one by one. Each
    # comes counted under its id (or own name), shown in the language of the app.
    names = np.full(n, None, dtype=object)
    if text.strategies:
        strategy_ids, strategy_keys = zip(*text.strategies, strict=True)
        shown = {key: key_word("strategy", key) for key in set(strategy_keys)}
        rows, known = rows_of(np.array(strategy_ids, dtype=np.int64))
        names[rows[known]] = np.array([shown[k] for k in strategy_keys], dtype=object)[known]
    strategies: list[str | None] = names.tolist()
    has_strategy = names.astype(bool)

    # Feelings: their order does not matter (sums of small integers, and a sorted grid).
    feeling_keys = _ints(text.feeling_keys)
    feeling_entry, known = rows_of(FEELING_KEY.get(feeling_keys, "entry_id"))
    feeling_p, feeling_e = _places(text, len(feeling_keys))
    # Needs and body: codes first (on the rows as read), then into (t, id, pos) order.
    need_code, need_keys_seen = _codes(text.need_names)
    need_names = [key_word("need", key) for key in need_keys_seen]
    need_keys = _ints(text.need_keys)
    need_entries = _ints(text.need_entries)
    _same_length("needs", len(need_entries), len(need_keys), len(need_code))
    need_entry, need_order = _child_order(rows_of, need_entries, NEED_KEY.get(need_keys, "pos"))
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
        checkin=ENTRY_KEY.get(packed, "checkin").astype(bool),
        t=t[order],
        day=day[order],
        after_day=after_day[order],
        activation=_small(packed, "activation"),
        before=_small(packed, "before"),
        after=_small(packed, "after"),
        has_strategy=has_strategy,
        strategies=strategies,
        feeling_entry=feeling_entry[known],
        feeling_p=feeling_p[known],
        feeling_e=feeling_e[known],
        feeling_intensity=FEELING_KEY.get(feeling_keys, "intensity")[known],
        need_entry=need_entry,
        need_code=need_code[need_order],
        need_met=NEED_KEY.get(need_keys[need_order], "met").astype(bool),
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
    p = (PLACE.get(places, "pleasantness") - PLACE_SCALE) / float(PLACE_SCALE)
    e = (PLACE.get(places, "energy") - PLACE_SCALE) / float(PLACE_SCALE)
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


def _small(packed: Array, name: str) -> Array:
    """One small number of an entry key, ``_NO_VALUE`` where not given."""
    value = ENTRY_KEY.get(packed, name)
    result: Array = np.where(value == ENTRY_KEY.missing(name), _NO_VALUE, value)
    return result


def row_finder(ids: Array) -> Any:
    """For rows with these entry ``ids`` (any order): a function giving, for child rows'
    entry ids, the row of each child's entry and which children belong to an entry here
    (a binary search over the sorted ids)."""
    n = len(ids)
    by_id = np.argsort(ids, kind="stable")
    sorted_ids = ids[by_id]

    def rows_of(entry_ids: Array) -> tuple[Array, Array]:
        if not n:
            return np.zeros(len(entry_ids), dtype=np.int64), np.zeros(len(entry_ids), bool)
        at = np.minimum(np.searchsorted(sorted_ids, entry_ids), n - 1)
        return by_id[at], sorted_ids[at] == entry_ids

    return rows_of


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


def compute_trends(
    columns: TrendColumns,
    window: Window,
    start: date | None = None,
    end: date | None = None,
    first_weekday: int = 0,
    relationship: Iterable[WeeklyAnswers] = (),
) -> TrendStats:
    """Every Trends statistic for the entries whose local day is in ``[start, end]``.

    ``columns`` must hold every entry of that range (more is fine; ``read_range``
    says what to read); ``None`` bounds mean the first / last entry's day in
    ``columns``, and an end before the start means the start's day alone.
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
    lo = start or (date.fromordinal(int(c.day.min())) if n else today_local())
    hi = end or (date.fromordinal(int(c.day.max())) if n else lo)
    hi = max(lo, hi)
    half_width = smoothing_half_width(lo, hi)
    weeks = week_labels(lo, hi, first_weekday)
    first_day = weeks[0][1] if weeks else lo

    inside_range = (c.day >= lo.toordinal()) & (c.day <= hi.toordinal())
    chosen = np.flatnonzero(inside_range)
    slots = _slots(c, chosen)
    readings, days, values = _readings(slots)
    levels = np.bincount(values, minlength=LEVELS)
    # Children of the entries in range; every child array is in (t, id, pos) order.
    placed = np.flatnonzero(
        inside_range[c.feeling_entry] & ~np.isnan(c.feeling_p) & ~np.isnan(c.feeling_e)
    )
    return TrendStats(
        start=lo,
        end=hi,
        window=window,
        readings=readings,
        daily=_daily(days, values, half_width),
        half_width=half_width,
        shares=shares_from_levels(enumerate(levels.tolist()), window),
        quadrant_weeks=_quadrant_weeks(c, placed, weeks, first_day),
        density=_density(c, placed),
        needs=_needs(c, inside_range[c.need_entry]),
        body=_body(c, inside_range[c.body_entry]),
        strategies=strategy_report(_uses(c, chosen, window), _waiting(slots, window)),
        pillar_weeks=pillars_for_weeks(relationship, weeks),
        entry_count=len(chosen),
    )


class _Slots(NamedTuple):
    """The activation readings of the chosen entries as columns, in true time order."""

    t: Array  # float64
    day: Array  # int64 ordinal
    value: Array  # int64
    source: Array  # int64: 0 note, 1 check-in, 2 after
    id: Array  # int64
    noted: Array  # bool: the reading's entry noted a strategy


def _slots(c: TrendColumns, chosen: Array) -> _Slots:
    """The activation readings of the ``chosen`` entries (``core.stats.activation_readings``).

    Each entry has two slots, its own reading (its activation, else its strategy's
    before) then its "after" reading (a strategy's after, ``AFTER_OFFSET`` later);
    the slots in use are stably sorted by time.
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
    slot_source = np.column_stack(
        (c.checkin[chosen].astype(np.int64), np.full(len(chosen), 2))
    ).ravel()
    used = np.flatnonzero(np.column_stack((has_now, has_after)).ravel())
    used = used[np.argsort(slot_t[used], kind="stable")]
    entry = chosen[used // 2]
    return _Slots(
        slot_t[used],
        slot_day[used],
        slot_value[used],
        slot_source[used],
        c.ids[entry],
        c.has_strategy[entry],
    )


def _waiting(slots: _Slots, window: Window) -> list[float]:
    """``core.stats.waiting_changes`` on the slots: each waiting pair's steps toward the centre."""
    own = slots.source != 2
    pairs = np.flatnonzero(waiting_pair(np.diff(slots.t), own[:-1], own[1:], slots.noted[:-1]))
    changes: list[float] = window.improvement(slots.value[pairs], slots.value[pairs + 1]).tolist()
    return changes


def _readings(slots: _Slots) -> tuple[list[Reading], Array, Array]:
    """The activation readings as ``Reading`` tuples, with their days and values."""
    days = slots.day
    values = slots.value

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
                slots.t.tolist(),
                map(day_of.__getitem__, days.tolist()),
                values.tolist(),
                map(sources.__getitem__, slots.source.tolist()),
                slots.id.tolist(),
                strict=True,
            ),
        )
    )
    return readings, days, values


def _daily(days: Array, values: Array, half_width: int) -> list[DayPoint]:
    """Per local day with readings: the mean, and the mean of every reading on the days
    ``[d - h, d + h]`` (the smoothed line).

    The sums are of integers, so differences of cumulative sums are exact.
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
    return list(
        map(
            tuple.__new__,
            repeat(DayPoint),
            zip(
                map(date.fromordinal, unique_days.tolist()),
                means.tolist(),
                smooth.tolist(),
                counts.tolist(),
                strict=True,
            ),
        )
    )


def _quadrant_weeks(
    c: TrendColumns, placed: Array, weeks: Sequence[tuple[str, date]], first_day: date
) -> list[WeekQuadrants]:
    """Every week of the range with its intensity-weighted placed feelings per quadrant
    (zero weights for weeks without)."""
    p, e = c.feeling_p[placed], c.feeling_e[placed]
    # QUADRANTS order: yellow (p > 0, e > 0), green (p > 0), red (e > 0), blue.
    quadrant = np.where(p > 0, np.where(e > 0, 0, 1), np.where(e > 0, 2, 3))
    week = (c.day[c.feeling_entry[placed]] - first_day.toordinal()) // 7
    weights = np.bincount(
        week * len(QUADRANTS) + quadrant,
        weights=c.feeling_intensity[placed],
        minlength=len(weeks) * len(QUADRANTS),
    )
    table = weights.astype(np.int64).reshape(-1, len(QUADRANTS)).tolist()
    return [
        WeekQuadrants(label, first, dict(zip(QUADRANTS, table[i], strict=True)))
        for i, (label, first) in enumerate(weeks)
    ]


def _density(c: TrendColumns, placed: Array) -> list[tuple[float, float, float]]:
    """Points ``(p, e, weight)`` for the mood grid: intensity summed per distinct place,
    sorted by place. The weights are counts, not scaled: the grid scales what it bins."""
    if not len(placed):
        return []
    p, e = c.feeling_p[placed], c.feeling_e[placed]
    order = np.lexsort((e, p))
    p, e = p[order], e[order]
    intensity = c.feeling_intensity[placed][order]
    starts = np.flatnonzero(np.concatenate(([True], (p[1:] != p[:-1]) | (e[1:] != e[:-1]))))
    totals = np.add.reduceat(intensity.astype(np.float64), starts)
    return list(zip(p[starts].tolist(), e[starts].tolist(), totals.tolist(), strict=True))


def _first_seen_counts(codes: Array) -> tuple[list[int], list[int]]:
    """The distinct codes in the order first seen, and how often each occurs."""
    seen, first, counts = np.unique(codes, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return seen[order].tolist(), counts[order].tolist()


def _needs(c: TrendColumns, in_range: Array) -> list[NeedCount]:
    """``core.stats.needs_summary`` of the needs in range."""
    # One code per (need as written, met): need code * 2 + met.
    codes, counts = _first_seen_counts(c.need_code[in_range] * 2 + c.need_met[in_range])
    names = c.need_names
    return needs_from_counts(
        ((names[code >> 1], bool(code & 1)), n) for code, n in zip(codes, counts, strict=True)
    )


def _body(c: TrendColumns, in_range: Array) -> list[RegionCount]:
    """``core.stats.body_summary`` of the sensations in range."""
    width = len(c.sensation_names)
    codes, counts = _first_seen_counts(c.body_region[in_range] * width + c.body_sensation[in_range])
    regions, sensations = c.region_names, c.sensation_names
    return body_from_counts(
        ((regions[code // width], sensations[code % width]), n)
        for code, n in zip(codes, counts, strict=True)
    )


def _uses(c: TrendColumns, chosen: Array, window: Window) -> list[tuple[str, float]]:
    """Each complete use of a strategy in range (before and after given), in entry order,
    with its improvement."""
    complete = chosen[
        c.has_strategy[chosen] & (c.before[chosen] != _NO_VALUE) & (c.after[chosen] != _NO_VALUE)
    ]
    improvement = window.improvement(c.before[complete], c.after[complete])
    names = c.strategies
    return [
        (names[i], value) for i, value in zip(complete.tolist(), improvement.tolist(), strict=True)
    ]


# ---- what the charts show -----------------------------------------------------------------


def quadrant_shares(weeks: Sequence[WeekQuadrants], half_width: int = 0) -> Array:
    """Each week's quadrant shares in percent, an array of ``(weeks, QUADRANTS)``.

    With ``half_width`` the shares are of the weights of the weeks ``[i - h, i + h]``
    summed (running sums of whole numbers, so exact): a long range reads as drifts,
    not a barcode. Weeks with nothing placed have 0 everywhere.
    """
    weights = np.array([[w.weights[q] for q in QUADRANTS] for w in weeks], dtype=float).reshape(
        len(weeks), len(QUADRANTS)
    )
    if half_width:
        running = np.concatenate((np.zeros((1, len(QUADRANTS))), np.cumsum(weights, axis=0)))
        at = np.arange(len(weeks))
        lo = np.maximum(0, at - half_width)
        hi = np.minimum(len(weeks), at + half_width + 1)
        weights = running[hi] - running[lo]
    totals = weights.sum(axis=1, keepdims=True)
    shares: Array = np.divide(weights * 100, totals, out=np.zeros_like(weights), where=totals > 0)
    return shares


def pillar_points(scores: Array, half_width: int = 0) -> tuple[Array, Array]:
    """One pillar's line over a row of weekly scores (NaN: no score that week).

    Returns the scored weeks' indices and their values: the mean of the pillar's
    scores in the weeks ``[i - h, i + h]`` around each (weeks without a score left
    out, never counted as 0); with ``h = 0`` each week's own score.
    """
    scored = ~np.isnan(scores)
    at = np.flatnonzero(scored)
    sums = np.concatenate(([0.0], np.cumsum(np.where(scored, scores, 0.0))))
    counts = np.concatenate(([0], np.cumsum(scored)))
    lo = np.maximum(0, at - half_width)
    hi = np.minimum(len(scores), at + half_width + 1)
    return at, (sums[hi] - sums[lo]) / (counts[hi] - counts[lo])


def reading_counts(readings: Sequence[Reading], x0: float, x1: float, slots: int) -> Array:
    """How many readings fall in each of ``slots`` equal time slots over ``[x0, x1]`` and
    each activation level: an int array of ``(slots, LEVELS)``."""
    # Reading is a named tuple (t, day, value, ...): its fields by index, read in C.
    xs = np.fromiter(map(itemgetter(0), readings), dtype=float, count=len(readings))
    ys = np.fromiter(map(itemgetter(2), readings), dtype=np.int64, count=len(readings))
    columns = ((xs - x0) / (x1 - x0) * slots).astype(np.int64).clip(0, slots - 1)
    cells = columns * LEVELS + ys.clip(0, LEVELS - 1)
    counts: Array = np.bincount(cells, minlength=slots * LEVELS).reshape(slots, LEVELS)
    return counts

"""The journal repository: core models in, core models out.

Every write is one transaction covering the entry row, its child rows (feelings,
needs, body, tags) and its full-text index row, so a crash leaves either the old
entry or the new one, never half of each. Reads load child rows in bulk (one
query per child table, not one per entry) so that years of entries load fast.

Deleting moves an entry to the trash (``deleted_at``); ``restore`` brings it
back; only ``purge`` / ``empty_trash`` remove rows for good.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import sqlite3
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from attune_journal.core.i18n import translate
from attune_journal.core.models import (
    ENTRY_TYPES,
    BodySensation,
    Entry,
    EntryBase,
    Feeling,
    NeedState,
    RelationshipCheckIn,
    StrategyTry,
    ValidationError,
    WeeklyReview,
    clean_text,
    clean_word,
    entry_text,
    normalise_tags,
)
from attune_journal.core.timeutil import (
    TimeOutOfRangeError,
    from_text,
    now_local,
    to_text,
    utc_key,
)
from attune_journal.storage.connection import StoreDB
from attune_journal.storage.errors import (
    StoreError,
    database_errors,
    integrity_errors,
    translate_sqlite_error,
)

# A weekly entry that holds its week: sync keeps a second review (or relationship check-in)
# of one week, written on another computer, beside the first with ``meta.conflict_of``
# until the person chooses (docs/sync-format.md). The same test as the one-per-week index
# (migration 0008), so exactly one row of a week passes it.
_HOLDS_WEEK = "instr(data, '\"conflict_of\"') = 0"

if TYPE_CHECKING:  # core.relationship loads the vocabularies, trend_columns numpy
    from attune_journal.core.insights import InsightSource
    from attune_journal.core.relationship import WeekAnswers
    from attune_journal.core.trend_columns import TrendText

_ENTRY_COLUMNS = (
    "id, uid, kind, at, updated_at, starred, deleted_at, week, text, activation, "
    "strategy, strategy_before, strategy_after, prompt_id, data, strategy_id"
)


@dataclass
class SearchFilters:
    """What History narrows a search by; every field is optional."""

    start: date | None = None
    end: date | None = None
    feeling: str | None = None
    need: str | None = None
    region: str | None = None
    tag: str | None = None
    starred: bool = False
    kinds: tuple[str, ...] = ()


@dataclass
class SearchHit:
    """An entry found by search, with a snippet whose matches are wrapped in markers."""

    entry: Entry
    snippet: str = ""
    rank: float = 0.0


HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


class SearchCancelled(Exception):
    """A search stopped because ``cancelled()`` turned true: a newer one took its place."""


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, as a prefix.

    Quotes and FTS operators in the input are treated as plain text, so a search
    for ``"don't` or ``AND`` or ``*`` never raises a syntax error. A word that is a
    vocabulary word also finds that item's word in every other language ("fröhlich"
    finds entries saved with "joyful"), since entries keep the word they were saved with.
    """
    from attune_journal.core.vocab_terms import other_words

    words = re.findall(r"\w+", text, flags=re.UNICODE)
    parts = []
    for word in words:
        found = ['"' + w.replace('"', '""') + '"*' for w in (word, *other_words(word))]
        parts.append(found[0] if len(found) == 1 else "(" + " OR ".join(found) + ")")
    return " AND ".join(parts)  # FTS5 joins a bracketed group to the rest only by a word


@dataclass
class _Children:
    feelings: dict[int, list[Feeling]] = field(default_factory=lambda: defaultdict(list))
    needs: dict[int, list[NeedState]] = field(default_factory=lambda: defaultdict(list))
    body: dict[int, list[BodySensation]] = field(default_factory=lambda: defaultdict(list))
    tags: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))


class Journal:
    """All reads and writes of journal content. One per open store."""

    def __init__(self, db: StoreDB) -> None:
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        # The GUI may read from a worker thread while the main thread writes;
        # sqlite3 connections are not safe for concurrent use, so serialise.
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    @contextmanager
    def locked(self) -> Iterator[sqlite3.Connection]:
        """Hold the connection exclusively (for backups and other whole-store work)."""
        with self._lock:
            yield self.conn

    # ---- transactions and error mapping -------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self._lock:
            try:
                with self.db.atomic():
                    yield
            except integrity_errors() as error:
                raise self._integrity_error(error) from error
            except database_errors() as error:
                known = translate_sqlite_error(error, self.db.path)
                if known is not None:
                    raise known from error
                raise

    @staticmethod
    def _integrity_error(error: Exception) -> Exception:
        message = str(error)
        if "idx_entries_kind_week" in message or "entries.kind, entries.week" in message:
            return ValidationError(
                translate("StoreErrors", "There is already an entry of this kind for that week.")
            )
        if "entries.uid" in message:
            return ValidationError(
                translate("StoreErrors", "An entry with this identifier already exists.")
            )
        return StoreError(
            translate("StoreErrors", "The entry could not be saved: {error}").format(error=message)
        )

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except database_errors() as error:
                known = translate_sqlite_error(error, self.db.path)
                if known is not None:
                    raise known from error
                raise

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
        """The one row of an aggregate query."""
        return self._read(sql, params)[0]

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads in one read transaction: they all see the same store."""
        with self._lock:
            if self.conn.in_transaction:
                yield
                return
            self.conn.execute("BEGIN")
            try:
                yield
            finally:
                self.conn.rollback()  # nothing was written: ending it is all

    # ---- saving --------------------------------------------------------------------------

    def save(self, entry: Entry) -> Entry:
        """Insert or update ``entry`` (validated first); returns it with ``id`` set."""
        _clean(entry)
        _validate(entry)
        with self._undone_on_failure([entry]), self._write():
            self._save_one(entry)
        return entry

    def save_many(
        self, entries: Iterable[Entry], sources: Mapping[str, dict[str, Any]] | None = None
    ) -> int:
        """Save several entries in one transaction (importers): all or nothing.

        ``sources`` maps an entry's uid to where an import took it from (format, key in
        the source, digest of what it wrote); it is kept in the entry's stored data as
        ``source`` and survives later edits here (``import_records``).
        """
        count = 0
        items = list(entries)
        for entry in items:
            _clean(entry)
            _validate(entry)
        with self._undone_on_failure(items), self._write():
            for entry in items:
                self._save_one(entry, touch=False)
                if sources and entry.uid in sources:
                    self.conn.execute(
                        "UPDATE entries SET data = json_set(data, '$.source', json(?)) "
                        "WHERE id = ?",
                        [json.dumps(sources[entry.uid], ensure_ascii=False), entry.id],
                    )
                count += 1
        return count

    @staticmethod
    @contextmanager
    def _undone_on_failure(entries: Sequence[Entry]) -> Iterator[None]:
        """Give ``entries`` back their ``id`` and ``updated_at`` when the save rolls back,
        so the same objects can be saved again (a new entry stays new, not pointing at a
        row that was never kept)."""
        before = [(entry.id, entry.updated_at) for entry in entries]
        try:
            yield
        except BaseException:
            for entry, (entry_id, updated_at) in zip(entries, before, strict=True):
                entry.id, entry.updated_at = entry_id, updated_at
            raise

    def _save_one(self, entry: Entry, touch: bool = True) -> None:
        # An edit records when it happened; imports keep the times they bring.
        if touch and entry.id is not None:
            entry.updated_at = now_local()
        row = _row_for(entry)
        if entry.id is None:
            cursor = self.conn.execute(
                f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            entry.id = int(cursor.lastrowid or 0)
        else:
            # Where an import took the entry from stays with it through edits here.
            assignments = ", ".join(
                f"{name} = ?" if name != "data" else _DATA_KEEPING_SOURCE for name in row
            )
            cursor = self.conn.execute(
                f"UPDATE entries SET {assignments} WHERE id = ?", [*row.values(), entry.id]
            )
            if cursor.rowcount == 0:
                raise StoreError(
                    translate(
                        "StoreErrors", "Entry {number} no longer exists; it was not saved."
                    ).format(number=entry.id)
                )
            for table in ("entry_feelings", "entry_needs", "entry_body", "entry_tags"):
                self.conn.execute(f"DELETE FROM {table} WHERE entry_id = ?", [entry.id])
            self.conn.execute("DELETE FROM entries_fts WHERE rowid = ?", [entry.id])
        self._insert_children(entry)
        text, more = _search_text(entry)
        self.conn.execute(
            "INSERT INTO entries_fts(rowid, text, more) VALUES (?, ?, ?)", [entry.id, text, more]
        )

    def _insert_children(self, entry: Entry) -> None:
        feelings = getattr(entry, "feelings", [])
        needs = getattr(entry, "needs", [])
        body = getattr(entry, "body", [])
        if feelings:
            self.conn.executemany(
                "INSERT INTO entry_feelings (entry_id, pos, word, pleasantness, energy, "
                "intensity, word_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (entry.id, i, f.word, f.pleasantness, f.energy, f.intensity, f.word_id)
                    for i, f in enumerate(feelings)
                ],
            )
        if needs:
            self.conn.executemany(
                "INSERT INTO entry_needs (entry_id, pos, need, met, need_id) "
                "VALUES (?, ?, ?, ?, ?)",
                [(entry.id, i, n.need, int(n.met), n.need_id) for i, n in enumerate(needs)],
            )
        if body:
            self.conn.executemany(
                "INSERT INTO entry_body (entry_id, pos, region, sensation, intensity, "
                "region_id, sensation_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (entry.id, i, b.region, b.sensation, b.intensity, b.region_id, b.sensation_id)
                    for i, b in enumerate(body)
                ],
            )
        if entry.tags:
            self.conn.executemany(
                "INSERT INTO entry_tags VALUES (?, ?, ?)",
                [(entry.id, i, tag) for i, tag in enumerate(entry.tags)],
            )

    # ---- trash ---------------------------------------------------------------------------

    def trash(self, entry_id: int) -> None:
        """Move an entry to the trash (undoable with ``restore``)."""
        with self._write():
            self.conn.execute(
                "UPDATE entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [to_text(now_local()), entry_id],
            )

    def restore(self, entry_id: int) -> None:
        """Bring an entry back from the trash.

        A weekly review or relationship check-in cannot come back over a newer one
        for the same week; that raises ``ValidationError`` and changes nothing.
        """
        with self._write():
            self.conn.execute("UPDATE entries SET deleted_at = NULL WHERE id = ?", [entry_id])

    def purge(self, entry_id: int) -> None:
        """Delete a trashed entry for good."""
        with self._write():
            self.conn.execute(
                "DELETE FROM entries WHERE id = ? AND deleted_at IS NOT NULL", [entry_id]
            )
            self.conn.execute(
                "DELETE FROM entries_fts WHERE rowid = ? AND rowid NOT IN (SELECT id FROM entries)",
                [entry_id],
            )

    def empty_trash(self) -> int:
        with self._write():
            ids = [
                r[0]
                for r in self.conn.execute("SELECT id FROM entries WHERE deleted_at IS NOT NULL")
            ]
            self.conn.executemany("DELETE FROM entries_fts WHERE rowid = ?", [(i,) for i in ids])
            self.conn.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL")
        return len(ids)

    # ---- reading -------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry | None:
        """One entry by id, trashed or not."""
        found = self._select("WHERE id = ?", [entry_id])
        return found[0] if found else None

    def get_by_uid(self, uid: str) -> Entry | None:
        found = self._select("WHERE uid = ?", [uid])
        return found[0] if found else None

    def entries(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Sequence[str] = (),
        trashed: bool = False,
        newest_first: bool = True,
        limit: int | None = None,
        unreadable: set[int] | None = None,
    ) -> list[Entry]:
        """Entries whose local day is in [start, end], not trashed (or only trashed).

        Rows damaged beyond reading are left out; their ids go into ``unreadable``
        when given (an export says how many it could not include).
        """
        where, params = _range_where(start, end, kinds, trashed)
        order = "DESC" if newest_first else "ASC"
        suffix = f" ORDER BY at_utc {order}, id {order}"
        if limit is not None:
            suffix += f" LIMIT {int(limit)}"
        return self._select(where + suffix, params, unreadable)

    def entries_on(self, day: date) -> list[Entry]:
        return self.entries(day, day, newest_first=False)

    def days_with_entries(self, start: date, end: date) -> dict[date, int]:
        """How many entries each local day holds (for the calendar)."""
        rows = self._read(
            "SELECT day, count(*) FROM entries WHERE deleted_at IS NULL AND day BETWEEN ? AND ? "
            "GROUP BY day",
            [start.isoformat(), end.isoformat()],
        )
        return {date.fromisoformat(day): count for day, count in rows}

    def days_written_before(self, day: date, at_most: int) -> int:
        """On how many local days before ``day`` something was written (counting stops at
        ``at_most``, so the answer costs the same in a journal of thirty years)."""
        rows = self._read(
            "SELECT count(*) FROM (SELECT DISTINCT day FROM entries "
            "WHERE deleted_at IS NULL AND day < ? LIMIT ?)",
            [day.isoformat(), at_most],
        )
        return int(rows[0][0])

    def weekly_review(self, week: str) -> WeeklyReview | None:
        """The week's review: the one that holds the week, not one sync keeps beside it."""
        found = self._select(
            f"WHERE kind = 'weekly_review' AND week = ? AND deleted_at IS NULL AND {_HOLDS_WEEK}",
            [week],
        )
        return found[0] if found and isinstance(found[0], WeeklyReview) else None

    def relationship_checkin(self, week: str) -> RelationshipCheckIn | None:
        """The week's relationship check-in that holds the week (as ``weekly_review``)."""
        found = self._select(
            f"WHERE kind = 'relationship' AND week = ? AND deleted_at IS NULL AND {_HOLDS_WEEK}",
            [week],
        )
        return found[0] if found and isinstance(found[0], RelationshipCheckIn) else None

    def trend_text(self, start: date | None = None, end: date | None = None) -> TrendText:
        """The live check-ins and notes, lean, for ``core.trend_columns.columns_from_text``.

        See ``TrendText`` for the shape: each numeric column is one ``group_concat``
        text (a tenth of the Python objects rows would make), strings come joined by
        a unit separator and are split here. Where the short form cannot carry the
        data exactly (a separator inside a name, a grid place with more than three
        decimals) that table is read as rows instead; the result is the same.

        With both bounds the rows are those of ``[start, end]``; with an open bound the
        whole journal is read (an open bound means "from the first" or "to the last
        entry", which only the whole journal knows). Children of other entries
        (trashed, other kinds) may be included: ``columns_from_text`` drops them.
        """
        from attune_journal.core import trend_columns as shape

        if start is not None and end is not None:
            where, params = _range_where(start, end, ("checkin", "note"), False)
            child_filter = f"entry_id IN (SELECT id FROM entries {where})"
        else:
            # The whole journal: the covering index idx_entries_live_kind holds every
            # entry column read here, and a plain scan of each child table beats a
            # sub-select that walks the entries again (most children are live ones').
            where, params = "WHERE kind IN ('checkin', 'note') AND deleted_at IS NULL", []
            child_filter = "1"
        # One snapshot for all the reads, and no writer of this process in between.
        with self._snapshot():
            key = shape.ENTRY_KEY
            packed = key.sql(
                id="id",
                checkin="kind = 'checkin'",
                activation=f"ifnull(activation, {key.missing('activation')})",
                before=f"ifnull(strategy_before, {key.missing('before')})",
                after=f"ifnull(strategy_after, {key.missing('after')})",
            )
            keys, at, odd_count = self._one(
                f"SELECT group_concat({packed}), "
                f"group_concat(iif(length(CAST(at AS BLOB)) = {shape.AT_WIDTH}, at, ?), ''), "
                f"total(length(CAST(at AS BLOB)) <> {shape.AT_WIDTH}) FROM entries {where}",
                [shape.AT_STAND_IN, *params],
            )
            odd_at = (
                self._read(
                    f"SELECT id, at FROM entries {where} "
                    f"AND length(CAST(at AS BLOB)) <> {shape.AT_WIDTH}",
                    params,
                )
                if odd_count
                else []
            )
            # Vocabulary words are counted by their id, own words by the word
            # (core/vocab_terms.py): "joyful" and "fröhlich" are one series.
            strategies = self._read(
                f"SELECT id, coalesce(strategy_id, strategy) FROM entries {where} "
                "AND strategy <> ''",
                params,
            )
            feeling_keys, feeling_places, feeling_floats = self._feeling_text(child_filter, params)
            need_entries, need_keys, need_names = self._strings_or_rows(
                ("entry_id", shape.NEED_KEY.sql(pos="pos", met="met")),
                ("coalesce(need_id, need)",),
                f"FROM entry_needs WHERE {child_filter}",
                params,
            )
            body_entries, body_positions, body_regions, body_sensations = self._strings_or_rows(
                ("entry_id", "pos"),
                ("coalesce(region_id, region)", "coalesce(sensation_id, sensation)"),
                f"FROM entry_body WHERE {child_filter}",
                params,
            )
        return shape.TrendText(
            entry_keys=keys,
            entry_at=at or "",
            odd_at=odd_at,
            strategies=strategies,
            feeling_keys=feeling_keys,
            feeling_places=feeling_places,
            feeling_floats=feeling_floats,
            need_entries=need_entries,
            need_keys=need_keys,
            need_names=need_names,
            body_entries=body_entries,
            body_positions=body_positions,
            body_regions=body_regions,
            body_sensations=body_sensations,
        )

    def insight_rows(self, start: date | None = None, end: date | None = None) -> InsightSource:
        """The live check-ins of ``[start, end]`` as ``core.insights`` compares them: lean
        rows (no texts, no JSON), read in one snapshot."""
        from attune_journal.core.insights import InsightSource

        where, params = _range_where(start, end, ("checkin",), False)
        child = f"WHERE entry_id IN (SELECT id FROM entries {where})"
        with self._snapshot():
            return InsightSource(
                entries=self._read(f"SELECT id, at, activation FROM entries {where}", params),
                feelings=self._read(
                    f"SELECT entry_id, pleasantness FROM entry_feelings {child}", params
                ),
                needs=self._read(
                    f"SELECT entry_id, coalesce(need_id, need), met FROM entry_needs {child}",
                    params,
                ),
                body=self._read(
                    f"SELECT entry_id, coalesce(region_id, region) FROM entry_body {child}",
                    params,
                ),
                tags=self._read(f"SELECT entry_id, tag FROM entry_tags {child}", params),
            )

    def _feeling_text(
        self, child_filter: str, params: Sequence[Any]
    ) -> tuple[Any, Any, tuple[Sequence[float], Sequence[float]] | None]:
        """Placed feelings: keys, and grid places in whole thousandths or as the floats.

        SQLite writes a float as text slowly; a place is nearly always a vocabulary
        word's, with one or two decimals, so it travels as an integer when dividing
        that integer by 1000 gives exactly the stored float (the same IEEE division
        numpy does), and otherwise the floats come as rows.
        """
        from attune_journal.core.trend_columns import FEELING_KEY, PLACE, PLACE_SCALE

        placed = (
            f"FROM entry_feelings WHERE {child_filter} "
            "AND pleasantness IS NOT NULL AND energy IS NOT NULL"
        )
        whole = {
            axis: f"CAST({axis} * {PLACE_SCALE} + {PLACE_SCALE}.5 AS INTEGER)"
            for axis in ("pleasantness", "energy")
        }
        inexact = " + ".join(
            f"total(({code} - {PLACE_SCALE}) / {PLACE_SCALE}.0 <> {axis})"
            for axis, code in whole.items()
        )
        key = FEELING_KEY.sql(entry_id="entry_id", intensity="intensity")
        keys, places, misses = self._one(
            f"SELECT group_concat({key}), group_concat({PLACE.sql(**whole)}), {inexact} {placed}",
            params,
        )
        if not misses:
            return keys, places, None
        rows = self._read(f"SELECT {key}, pleasantness, energy {placed}", params)
        key_column, p, e = _columns(rows, 3)
        return key_column, None, (p, e)

    def _strings_or_rows(
        self,
        numbers: Sequence[str],
        strings: Sequence[str],
        source: str,
        params: Sequence[Any],
    ) -> list[Any]:
        """Integer columns as ``group_concat`` texts and string columns split, else as rows.

        The strings are joined with the unit separator; a name holding one itself
        would split into too many parts, and then the table is read as rows.
        """
        joined = [f"group_concat({column})" for column in numbers] + [
            f"group_concat({column}, char(31))" for column in strings
        ]
        count, *texts = self._one(f"SELECT count(*), {', '.join(joined)} {source}", params)
        split = [text.split(_UNIT_SEPARATOR) if count else [] for text in texts[len(numbers) :]]
        if all(len(parts) == count for parts in split):
            return [*texts[: len(numbers)], *split]
        rows = self._read(f"SELECT {', '.join([*numbers, *strings])} {source}", params)
        return _columns(rows, len(numbers) + len(strings))

    def relationship_checkins(
        self, start: date | None = None, end: date | None = None
    ) -> list[RelationshipCheckIn]:
        """The relationship check-ins written in a range, oldest first."""
        found = self.entries(start, end, kinds=("relationship",), newest_first=False)
        return [entry for entry in found if isinstance(entry, RelationshipCheckIn)]

    def relationship_answers(self) -> list[WeekAnswers]:
        """Every live relationship check-in's week and answers, oldest first.

        All Trends needs for its pillar chart: two fields out of the stored JSON
        instead of whole check-ins, about a tenth of the time over ten years.
        """
        from attune_journal.core.relationship import WeekAnswers

        rows = self._read(
            # json_valid first: one damaged row must not make SQLite refuse the whole read.
            "SELECT week, CASE WHEN json_valid(data) THEN json_extract(data, '$.answers') END "
            "FROM entries WHERE kind = 'relationship' AND deleted_at IS NULL "
            # One check-in a week: one that sync keeps beside its week's is not counted
            # twice while the person has not yet chosen between them.
            f"AND {_HOLDS_WEEK} ORDER BY at_utc, id"
        )
        found = []
        for week, answers in rows:
            try:
                # The same reading of the stored answers as a whole check-in gets.
                found.append(
                    WeekAnswers(week, {k: int(v) for k, v in json.loads(answers or "{}").items()})
                )
            except (ValueError, TypeError, AttributeError):
                # Unreadable answers count as a week without scores: the chart of every
                # other week stays (``attune-journal check`` is where damage is reported).
                continue
        return found

    def import_records(self, uids: Iterable[str]) -> dict[str, tuple[Entry, dict[str, Any] | None]]:
        """The entries with these uids (trashed ones too), each with the ``source`` an
        import recorded for it (None when there is none), for a re-import to match."""
        wanted = list(dict.fromkeys(uids))
        found: dict[str, tuple[Entry, dict[str, Any] | None]] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ", ".join("?" * len(part))
            sources = {
                uid: json.loads(text)
                for uid, text in self._read(
                    "SELECT uid, json_extract(data, '$.source') FROM entries "
                    f"WHERE uid IN ({marks}) AND json_valid(data) "
                    "AND json_type(data, '$.source') = 'object'",
                    part,
                )
            }
            for entry in self._select(f"WHERE uid IN ({marks})", part):
                found[entry.uid] = (entry, sources.get(entry.uid))
        return found

    def known_uids(self) -> set[str]:
        """Every entry uid in the store, trashed ones too (importers skip these)."""
        return {row[0] for row in self._read("SELECT uid FROM entries")}

    def count(self, trashed: bool = False) -> int:
        clause = "IS NOT NULL" if trashed else "IS NULL"
        return int(self._read(f"SELECT count(*) FROM entries WHERE deleted_at {clause}")[0][0])

    def tags(self) -> list[str]:
        """Every tag in use, most used first."""
        rows = self._read(
            "SELECT t.tag FROM entry_tags t JOIN entries e ON e.id = t.entry_id "
            "WHERE e.deleted_at IS NULL GROUP BY t.tag COLLATE NOCASE ORDER BY count(*) DESC"
        )
        return [r[0] for r in rows]

    def search(
        self,
        query: str = "",
        filters: SearchFilters | None = None,
        limit: int = 200,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[SearchHit]:
        """Full-text search plus filters; newest first when there is no text to rank by.

        ``cancelled`` (called from this thread, now and then) stops the search as soon
        as it turns true: SQLite's statement is interrupted through a progress handler
        that exists only while this search holds the connection, so a write waiting for
        the connection is never touched. Raises ``SearchCancelled`` then.

        Each hit's snippet is made here, from a window of its text around the first
        match (``make_snippet``): FTS5's ``snippet()`` weighs every match of a row
        against every other, and a pasted log of a few MB with one match a line took it
        10-45 s.
        """
        filters = filters or SearchFilters()
        clauses, params = _filter_clauses(filters)
        match = fts_query(query)
        if not match:
            with self._cancellable(cancelled):
                entries = self._select(
                    "WHERE " + " AND ".join(clauses) + f" ORDER BY at_utc DESC LIMIT {int(limit)}",
                    params,
                )
            return [SearchHit(entry) for entry in entries]
        # The unary plus keeps the rowid filter away from FTS5's planner: offered as a rowid
        # constraint, FTS5 re-runs the MATCH once per candidate id (50 s for "a" on a
        # 10-year journal); as a plain filter the match runs once (under 40 ms).
        if filters == SearchFilters():
            # No filter but "not in the trash": leaving out the few trashed ids is cheaper
            # than collecting every live one (30,000 at thirty years) for each query.
            keep = "NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL)"
        else:
            keep = "IN (SELECT id FROM entries WHERE " + " AND ".join(clauses) + ")"
        sql = (
            "SELECT entries_fts.rowid, bm25(entries_fts) "
            f"FROM entries_fts WHERE entries_fts MATCH ? AND +entries_fts.rowid {keep} "
            f"ORDER BY bm25(entries_fts) LIMIT {int(limit)}"
        )
        with self._cancellable(cancelled):
            rows = self._read(sql, [match, *params])
            if not rows:
                return []
            by_id = {
                e.id: e
                for e in self._select(
                    f"WHERE id IN ({','.join('?' * len(rows))})", [r[0] for r in rows]
                )
            }
        terms = snippet_terms(query)
        hits = []
        for entry_id, rank in rows:
            entry = by_id.get(entry_id)
            if entry is None:
                continue
            if cancelled is not None and cancelled():
                raise SearchCancelled()
            hits.append(SearchHit(entry, make_snippet(entry, terms, cancelled), rank))
        return hits

    def search_ids(
        self,
        query: str = "",
        filters: SearchFilters | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[int]:
        """The ids of every live entry a search finds, newest first (no limit).

        Ids only, so that a list can show the first page at once and read the rest as
        the person scrolls (``hits``): 30,000 ids at thirty years take a few ms.
        ``cancelled`` works as in ``search``.
        """
        clauses, params = _filter_clauses(filters or SearchFilters())
        match = fts_query(query)
        if match:
            # The match runs once, into a set the date-ordered walk then looks ids up in.
            clauses.append("id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
            params.append(match)
        sql = "SELECT id FROM entries WHERE " + " AND ".join(clauses)
        with self._cancellable(cancelled):
            rows = self._read(sql + " ORDER BY at_utc DESC, id DESC", params)
        return [row[0] for row in rows]

    def hits(
        self,
        ids: Sequence[int],
        query: str = "",
        cancelled: Callable[[], bool] | None = None,
    ) -> list[SearchHit]:
        """The entries of ``ids`` in that order, each with a snippet for ``query`` if any.

        An id no longer in the store (deleted meanwhile) is left out.
        """
        if not ids:
            return []
        with self._cancellable(cancelled):
            by_id = {
                entry.id: entry
                for entry in self._select(f"WHERE id IN ({','.join('?' * len(ids))})", list(ids))
            }
        terms = snippet_terms(query) if fts_query(query) else ()
        found = []
        for entry_id in ids:
            entry = by_id.get(entry_id)
            if entry is None:
                continue
            if cancelled is not None and cancelled():
                raise SearchCancelled()
            found.append(SearchHit(entry, make_snippet(entry, terms, cancelled) if terms else ""))
        return found

    @contextmanager
    def _cancellable(self, cancelled: Callable[[], bool] | None) -> Iterator[None]:
        """Hold the connection; while held, SQLite stops a statement once ``cancelled()``.

        ``Connection.interrupt()`` would stop whatever statement runs when it is called,
        which could be another thread's write by then; a progress handler set and
        cleared under the lock only ever stops this search's own reads.
        """
        if cancelled is None:
            yield
            return
        with self._lock:
            if cancelled():
                raise SearchCancelled()
            self.conn.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_STEPS)
            try:
                yield
            except database_errors():
                if cancelled():
                    raise SearchCancelled() from None
                raise
            finally:
                self.conn.set_progress_handler(None, 0)

    def _select(
        self, where: str, params: Sequence[Any], unreadable: set[int] | None = None
    ) -> list[Entry]:
        with self._lock:
            rows = self._read(f"SELECT {_ENTRY_COLUMNS} FROM entries {where}", params)
            if not rows:
                return []
            children = self._children([row[0] for row in rows], {row[2] for row in rows})
        found: list[Entry] = []
        for row in rows:
            try:
                found.append(_entry_from_row(row, children))
            except (ValueError, TypeError, KeyError, AttributeError):
                # A row damaged beyond reading (its time, its stored details): every
                # other entry still shows, and this one stays in the store untouched for
                # ``attune-journal check`` to name and a backup to restore.
                if unreadable is not None:
                    unreadable.add(row[0])
        return found

    def _children(self, ids: list[int], kinds: set[str]) -> _Children:
        children = _Children()
        # Only the kinds whose model has them carry feelings, needs or body sensations:
        # the weekly and relationship rows the Week screen reads skip those look-ups.
        with_feelings = bool(kinds & _KINDS_WITH["feelings"])
        with_needs = bool(kinds & _KINDS_WITH["needs"])
        with_body = bool(kinds & _KINDS_WITH["body"])
        # Chunk to stay under SQLite's bound-parameter limit on huge selections.
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for entry_id, word, p, e, intensity, word_id in (
                self._read(
                    "SELECT entry_id, word, pleasantness, energy, intensity, word_id "
                    f"FROM entry_feelings WHERE entry_id IN ({marks}) ORDER BY entry_id, pos",
                    chunk,
                )
                if with_feelings
                else ()
            ):
                children.feelings[entry_id].append(Feeling(word, p, e, intensity, word_id))
            for entry_id, need, met, need_id in (
                self._read(
                    f"SELECT entry_id, need, met, need_id FROM entry_needs "
                    f"WHERE entry_id IN ({marks}) ORDER BY entry_id, pos",
                    chunk,
                )
                if with_needs
                else ()
            ):
                children.needs[entry_id].append(NeedState(need, bool(met), need_id))
            for entry_id, region, sensation, intensity, region_id, sensation_id in (
                self._read(
                    "SELECT entry_id, region, sensation, intensity, region_id, sensation_id "
                    f"FROM entry_body WHERE entry_id IN ({marks}) ORDER BY entry_id, pos",
                    chunk,
                )
                if with_body
                else ()
            ):
                children.body[entry_id].append(
                    BodySensation(region, sensation, intensity, region_id, sensation_id)
                )
            for entry_id, tag in self._read(
                f"SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({marks}) "
                "ORDER BY entry_id, pos",
                chunk,
            ):
                children.tags[entry_id].append(tag)
        return children

    # ---- "Last time you felt like this": check-ins not to bring back ---------------------

    def set_not_recalled(self, entry_id: int, on: bool = True) -> None:
        """Mark an entry never to be offered again as an earlier check-in like today's
        (``core/similar.py``), or take the mark away. The mark is a key of the row's JSON
        ``data``, kept through later edits; the entry's own fields are untouched."""
        with self._write():
            self.conn.execute(
                "UPDATE entries SET data = CASE WHEN ? "
                "THEN json_set(data, '$.not_recalled', 1) "
                "ELSE json_remove(data, '$.not_recalled') END "
                "WHERE id = ? AND json_valid(data)",
                [int(on), entry_id],
            )

    def not_recalled_ids(self) -> set[int]:
        """The ids of the entries marked with ``set_not_recalled``."""
        rows = self._read(
            "SELECT id FROM entries WHERE json_valid(data) "
            "AND json_extract(data, '$.not_recalled') = 1"
        )
        return {row[0] for row in rows}

    # ---- the person's own vocabulary, meta values and drafts -----------------------------

    def own_items(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        """The person's own feeling words, strategies, prompts or needs, oldest first."""
        rows = self._read("SELECT name, data FROM own_items WHERE kind = ? ORDER BY id", [kind])
        return [(name, json.loads(data)) for name, data in rows]

    def add_own_item(self, kind: str, name: str, data: dict[str, Any] | None = None) -> None:
        name = clean_word(name)
        if not name:
            raise ValidationError(translate("StoreErrors", "Please give it a name."))
        if len(name) > 500:
            raise ValidationError(
                translate("StoreErrors", "That name is longer than 500 characters.")
            )
        with self._write():
            self.conn.execute(
                "INSERT INTO own_items(kind, name, data) VALUES (?, ?, ?) "
                "ON CONFLICT(kind, name) DO UPDATE SET data = excluded.data",
                [kind, name, json.dumps(data or {}, ensure_ascii=False)],
            )

    def remove_own_item(self, kind: str, name: str) -> None:
        with self._write():
            self.conn.execute("DELETE FROM own_items WHERE kind = ? AND name = ?", [kind, name])

    def meta(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = ?", [key])
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self._write():
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def save_draft(self, key: str, payload: dict[str, Any]) -> None:
        """Keep an unfinished entry; cheap enough to call from a debounced timer."""
        with self._write():
            self.conn.execute(
                "INSERT INTO drafts(key, payload, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, "
                "updated_at = excluded.updated_at",
                [key, json.dumps(payload, ensure_ascii=False), to_text(now_local())],
            )

    def draft(self, key: str) -> dict[str, Any] | None:
        rows = self._read("SELECT payload FROM drafts WHERE key = ?", [key])
        return json.loads(rows[0][0]) if rows else None

    def drafts(self) -> list[str]:
        return [r[0] for r in self._read("SELECT key FROM drafts ORDER BY updated_at DESC")]

    def clear_draft(self, key: str) -> None:
        with self._write():
            self.conn.execute("DELETE FROM drafts WHERE key = ?", [key])

    def rebuild_search_index(self) -> None:
        """Recreate every full-text row from the entries (after a schema transform)."""
        with self._write():
            self.conn.execute("DELETE FROM entries_fts")
            for entry in self._select("", []):
                text, more = _search_text(entry)
                self.conn.execute(
                    "INSERT INTO entries_fts(rowid, text, more) VALUES (?, ?, ?)",
                    [entry.id, text, more],
                )


# ---- row <-> model mapping ----------------------------------------------------------------

# The stored data of an updated entry: the new data, with the ``source`` its import
# recorded and a "don't bring this back" mark (``set_not_recalled``) kept: neither is a
# field of the model, so an edit must not lose them (json_patch drops a key that was
# never there, its value being null).
_DATA_KEEPING_SOURCE = (
    "data = json_patch(?, CASE WHEN json_valid(data) THEN "
    "json_object('source', json(json_extract(data, '$.source')), "
    "'not_recalled', json_extract(data, '$.not_recalled')) ELSE '{}' END)"
)


def _clean(entry: Entry) -> None:
    """Normalise text fields in place (NUL removed, words trimmed, tags deduplicated)."""
    entry.tags = normalise_tags(entry.tags)
    for name in _texts(type(entry)):
        value = getattr(entry, name)
        if isinstance(value, dict):  # a relationship check-in's ATTUNE reflections
            setattr(entry, name, {key: clean_text(text) for key, text in value.items()})
        else:
            setattr(entry, name, clean_text(value))
    for feeling in getattr(entry, "feelings", []):
        feeling.word = clean_word(feeling.word)
    for need in getattr(entry, "needs", []):
        need.need = clean_word(need.need)
    for sensation in getattr(entry, "body", []):
        sensation.region = clean_word(sensation.region)
        sensation.sensation = clean_word(sensation.sensation)
    strategy = getattr(entry, "strategy", None)
    if strategy is not None:
        strategy.name = clean_word(strategy.name)
    # Words chosen from the vocabulary carry their id; a word that arrives without one
    # (an import, an old export, a draft, sync from an older app) is matched by word.
    from attune_journal.core.vocab_terms import fill_ids

    fill_ids(entry)


def _texts(model: type[EntryBase]) -> tuple[str, ...]:
    """A kind's free-text fields, its main text first: what is cleaned and searched.
    ``attune`` (step -> text) counts as text; a week label or a prompt id does not."""
    return _texts_of(model.kind)


@functools.cache
def _texts_of(kind: str) -> tuple[str, ...]:
    model = ENTRY_TYPES[kind]
    # The models' annotations are text (``from __future__ import annotations``); reading
    # them as written costs nothing, where typing.get_type_hints took 2 ms on first use.
    kinds = {f.name: f.type for f in fields(model)}
    others = [name for name in model.data_fields if kinds[name] in ("str", "dict[str, str]")]
    return (model.main_text, *others)


def _defaults(model: type[EntryBase]) -> dict[str, Any]:
    """What each of a kind's ``data_fields`` is when the person left it empty (a fresh
    model's value: never hand this dict's values to an entry, copy them)."""
    return _defaults_of(model.kind)


@functools.cache
def _defaults_of(kind: str) -> dict[str, Any]:
    # Read from the fields, not from a fresh entry: making one would draw a uid (and
    # import uuid) on the first read of a process.
    found: dict[str, Any] = {}
    for f in fields(ENTRY_TYPES[kind]):
        if f.name in ENTRY_TYPES[kind].data_fields:
            make = f.default_factory
            found[f.name] = f.default if make is MISSING else make()
    return found


def _validate(entry: Entry) -> None:
    """The model's own checks, and a time the store can order (years 1 to 9999 in UTC)."""
    entry.validate()
    try:
        utc_key(entry.at)
    except TimeOutOfRangeError as error:
        raise ValidationError(str(error)) from None


def _row_for(entry: Entry) -> dict[str, Any]:
    """The ``entries`` row of an entry: shared columns, the kind's main text in ``text``,
    and its other fields (``data_fields``, then ``meta``) as JSON in ``data``."""
    defaults = _defaults(type(entry))
    data = {
        name: getattr(entry, name)
        for name in entry.data_fields
        if getattr(entry, name) != defaults[name]
    }
    if entry.meta:
        # Details from where the entry was imported; an edit writes them again with the rest.
        data["meta"] = entry.meta
    strategy: StrategyTry | None = getattr(entry, "strategy", None)
    return {
        "uid": entry.uid,
        "kind": entry.kind,
        "at": to_text(entry.at),
        "at_utc": utc_key(entry.at),
        "day": entry.at.date().isoformat(),
        "week": getattr(entry, "week", None),
        "updated_at": to_text(entry.updated_at) if entry.updated_at else None,
        "starred": int(entry.starred),
        "deleted_at": to_text(entry.deleted_at) if entry.deleted_at else None,
        "text": entry_text(entry),
        "activation": getattr(entry, "activation", None),
        "strategy": strategy.name if strategy else None,
        "strategy_before": strategy.before if strategy else None,
        "strategy_after": strategy.after if strategy else None,
        "prompt_id": getattr(entry, "prompt_id", None),
        "data": json.dumps(data, ensure_ascii=False),
        "strategy_id": strategy.strategy_id if strategy else None,
    }


def _entry_from_row(row: tuple[Any, ...], children: _Children) -> Entry:
    (
        entry_id,
        uid,
        kind,
        at,
        updated_at,
        starred,
        deleted_at,
        week,
        text,
        activation,
        strategy_name,
        before,
        after,
        prompt_id,
        data_text,
        strategy_id,
    ) = row
    data = json.loads(data_text)
    common: dict[str, Any] = {
        "id": entry_id,
        "uid": uid,
        "at": from_text(at),
        "updated_at": from_text(updated_at) if updated_at else None,
        "starred": bool(starred),
        "deleted_at": from_text(deleted_at) if deleted_at else None,
        "tags": list(children.tags.get(entry_id, [])),
        "meta": dict(data.get("meta") or {}),
    }
    model = ENTRY_TYPES.get(kind)
    if model is None:
        raise StoreError(
            f"Unknown entry kind in the store: {kind!r} (known: {sorted(ENTRY_TYPES)})"
        )
    # Columns and child rows go to the kinds that have such a field (a kind with an
    # activation has a strategy, one with feelings has needs); the rest is ``data``.
    # Plain ifs, not a loop over a table: this runs for every row a list reads.
    present = _field_names(kind)
    values: dict[str, Any] = {}
    if "week" in present:
        values["week"] = week
    if "activation" in present:
        values["activation"] = activation
        values["strategy"] = (
            StrategyTry(strategy_name, before, after, strategy_id) if strategy_name else None
        )
    if "prompt_id" in present:
        values["prompt_id"] = prompt_id
    if "feelings" in present:
        values["feelings"] = list(children.feelings.get(entry_id, ()))
        values["needs"] = list(children.needs.get(entry_id, ()))
    if "body" in present:
        values["body"] = list(children.body.get(entry_id, ()))
    values[model.main_text] = text
    for name, default in _defaults(model).items():
        values[name] = data[name] if name in data else copy.copy(default)
    return cast(Entry, model(**common, **values))


@functools.cache
def _field_names(kind: str) -> frozenset[str]:
    return frozenset(f.name for f in fields(ENTRY_TYPES[kind]))


def _search_text(entry: EntryBase) -> tuple[str, str]:
    """The two indexed columns: the main text, and everything else worth finding."""
    row_text = entry_text(entry)
    parts: list[str] = [f"#{tag}" for tag in entry.tags]
    for feeling in getattr(entry, "feelings", []):
        parts.append(feeling.word)
    for need in getattr(entry, "needs", []):
        parts.append(need.need)
    for sensation in getattr(entry, "body", []):
        parts.append(f"{sensation.region} {sensation.sensation}")
    strategy = getattr(entry, "strategy", None)
    if strategy is not None:
        parts.append(strategy.name)
    for name in _texts(type(entry))[1:]:
        value = getattr(entry, name)
        parts.extend(value.values() if isinstance(value, dict) else [value] if value else [])
    return row_text, "\n".join(parts)


# ---- snippets -------------------------------------------------------------------------------

# SQLite calls the cancel check every this many virtual machine steps (well under 1 ms).
_PROGRESS_STEPS = 4000
SNIPPET_BEFORE = 40  # characters of context kept before the first match, at most
SNIPPET_AFTER = 200  # characters from the first match on, at most
_SCAN_CHUNK = 1 << 16  # characters folded at a time while looking for the first match


class _FoldTable(dict[int, str]):
    """``str.translate`` table: one character in, one out, the way FTS5 compares them.

    unicode61 with ``remove_diacritics 2`` reads letters, digits and private-use
    characters as parts of words, without case or accents; everything else separates
    words. Here a word character becomes its lower-case base letter and any other
    becomes a space. Text keeps its length, so a place found in the folded text is
    the same place in the person's text. Filled as characters are first met.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category[0] in "LN" or category == "Co":
            base = unicodedata.normalize("NFD", char)[0].lower()
            folded = base if len(base) == 1 else char
        else:
            folded = " "
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` as the search index compares it (see ``_FoldTable``), same length."""
    return text.translate(_FOLD)


def snippet_terms(query: str) -> tuple[str, ...]:
    """The folded word prefixes of a query, as ``fts_query`` asks FTS5 for them.

    A word typed with accents follows in lower case as typed ("café" after "cafe"):
    in text written the same way it is found without folding (``_plain_match``).
    """
    typed = re.findall(r"\w+", query, flags=re.UNICODE)
    folded = fold(" ".join(typed)).split()
    lower = [word.lower() for word in typed]
    return tuple(dict.fromkeys([*folded, *(w for w in lower if w not in folded)]))


def make_snippet(
    entry: EntryBase, terms: Sequence[str], cancelled: Callable[[], bool] | None = None
) -> str:
    """A short piece of ``entry`` around its first match, each matching word marked.

    The main text is looked at first, then what else is indexed (tags, feelings,
    notes). Finding the first match folds the text a chunk at a time and stops there;
    the piece itself is at most ``SNIPPET_BEFORE + SNIPPET_AFTER`` characters, so an
    entry of several MB costs no more than a short one once the match is found.
    Empty when no word matches here (the index may split words in ways this does
    not): History then shows the entry's first line.
    """
    if not terms:
        return ""
    words = _marked_words(tuple(terms))
    for column in _search_text(entry):
        place = _plain_match(column, terms)
        if place is None:
            place = _first_match(column, terms, cancelled)
        if place is not None:
            return _piece_around(column, place, words)
    return ""


def _plain_match(text: str, terms: Sequence[str], tries: int = 16) -> int | None:
    """Where a word starting with one of ``terms`` as written (case aside) begins.

    Most matches need no folding ("walk" in "Walked"): ``lower`` and ``find`` run in
    C, a tenth of the cost of folding the whole text. An accented match ("cafe" in
    "Café") is left to ``_first_match``, and so is a long text (it is folded a chunk
    at a time there), or a term found only inside words ``tries`` times over.
    """
    if len(text) > _SCAN_CHUNK:
        return None
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: places would shift
        return None
    best: int | None = None
    for term in terms:
        place = low.find(term)
        for _ in range(tries):
            if place < 0 or (best is not None and place >= best):
                break
            if place == 0 or _FOLD[ord(text[place - 1])] == " ":
                best = place
                break
            place = low.find(term, place + 1)
    return best


@functools.lru_cache(maxsize=32)
def _marked_words(terms: tuple[str, ...]) -> re.Pattern[str]:
    """A folded word that starts with one of ``terms``, whole (for ``fold``ed text)."""
    return re.compile("(?<![^ ])(?:" + "|".join(map(re.escape, terms)) + ")[^ ]*")


def _first_match(
    text: str, terms: Sequence[str], cancelled: Callable[[], bool] | None = None
) -> int | None:
    """Where the first word starting with one of ``terms`` begins in ``text``, or None."""
    needles = [" " + term for term in terms]
    overlap = max(len(needle) for needle in needles)
    tail, origin = " ", -1  # a space before the text: a word at 0 follows a separator
    for start in range(0, len(text), _SCAN_CHUNK):
        if cancelled is not None and start and cancelled():
            raise SearchCancelled()
        hay = tail + fold(text[start : start + _SCAN_CHUNK])
        found = [i for i in (hay.find(needle) for needle in needles) if i >= 0]
        if found:
            return origin + min(found) + 1
        tail = hay[-overlap:]
        origin += len(hay) - len(tail)
    return None


def _piece_around(text: str, place: int, words: re.Pattern[str], folded: str | None = None) -> str:
    """``text`` from a little before ``place`` to a little after, matches marked.

    ``folded`` is ``fold(text)`` when the caller has it; otherwise only the piece
    (and a character either side) is folded.
    """
    start = max(0, place - SNIPPET_BEFORE)
    end = min(len(text), place + SNIPPET_AFTER)
    # One folded character either side tells whether a cut falls inside a word.
    low, high = max(0, start - 1), min(len(text), end + 1)
    around = folded[low:high] if folded is not None else fold(text[low:high])
    window = around[start - low : start - low + end - start]
    if start > 0 and around[0] != " " and window[0] != " ":
        # Cut inside a word: begin after it (never after the match itself).
        space = window.find(" ", 0, place - start)
        if space >= 0:
            start, window = start + space, window[space:]
    if end < len(text) and around[-1] != " " and window[-1] != " ":
        space = window.rfind(" ", place - start)
        if space > 0:
            end, window = start + space, window[:space]
    parts: list[str] = []
    done = 0
    for word in words.finditer(window):
        parts.append(text[start + done : start + word.start()])
        parts.append(HIGHLIGHT_START + text[start + word.start() : start + word.end()])
        parts.append(HIGHLIGHT_END)
        done = word.end()
    parts.append(text[start + done : end])
    piece = "".join(parts).strip()
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


# Entry kinds whose model has each kind of child rows (``_children`` skips the others).
_KINDS_WITH = {
    name: frozenset(
        kind for kind, model in ENTRY_TYPES.items() if name in {f.name for f in fields(model)}
    )
    for name in ("feelings", "needs", "body")
}

_UNIT_SEPARATOR = "\x1f"  # joins names in trend_text (``char(31)`` in SQL)


def _columns(rows: Sequence[tuple[Any, ...]], width: int) -> list[Any]:
    """Rows as ``width`` column tuples (empty ones for no rows)."""
    return list(zip(*rows, strict=True)) or [()] * width


def _range_where(
    start: date | None, end: date | None, kinds: Sequence[str], trashed: bool
) -> tuple[str, list[Any]]:
    # For live entries the unary '+' keeps SQLite from choosing the deleted_at index
    # (NULL in every live row, so useless): without statistics it otherwise scans every
    # live entry for a one-day read (21 ms vs 0.06 ms at 30 years), and sorts all of them
    # for a newest-200 page (45 ms vs a walk down the at_utc index). Trashed entries are
    # few, so there the index is what finds them.
    trash_test = "deleted_at IS NOT NULL" if trashed else "+deleted_at IS NULL"
    if trashed and (start is not None or end is not None):
        trash_test = "+" + trash_test
    clauses = [trash_test]
    params: list[Any] = []
    if start is not None:
        clauses.append("day >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("day <= ?")
        params.append(end.isoformat())
    if kinds:
        # With a day bound, '+kind' likewise keeps the (kind, deleted_at, ...) index from
        # being preferred to the day index: it would walk every entry of those kinds.
        kind_column = "+kind" if start is not None or end is not None else "kind"
        clauses.append(f"{kind_column} IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    return "WHERE " + " AND ".join(clauses), params


def _filter_clauses(filters: SearchFilters) -> tuple[list[str], list[Any]]:
    """The WHERE clauses (joined by AND) and parameters for a search's filters."""
    where, params = _range_where(filters.start, filters.end, filters.kinds, False)
    clauses = [where.removeprefix("WHERE ")]
    if filters.starred:
        clauses.append("starred = 1")
    # A vocabulary word finds its entries in every language by its id; an own word by
    # the word, ignoring case.
    from attune_journal.core.vocab_terms import term_id

    for kind, value, table, word, id_column in (
        ("feeling", filters.feeling, "entry_feelings", "word", "word_id"),
        ("need", filters.need, "entry_needs", "need", "need_id"),
        ("region", filters.region, "entry_body", "region", "region_id"),
    ):
        if not value:
            continue
        term = term_id(kind, value)  # type: ignore[arg-type]
        if term is None:
            clauses.append(f"id IN (SELECT entry_id FROM {table} WHERE {word} = ? COLLATE NOCASE)")
            params.append(value)
        else:
            clauses.append(
                f"id IN (SELECT entry_id FROM {table} WHERE {id_column} = ? "
                f"UNION SELECT entry_id FROM {table} WHERE {word} = ? COLLATE NOCASE)"
            )
            params.extend([term, value])
    if filters.tag:
        clauses.append("id IN (SELECT entry_id FROM entry_tags WHERE tag = ? COLLATE NOCASE)")
        params.append(filters.tag.lstrip("#"))
    return clauses, params

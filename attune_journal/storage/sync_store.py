"""The rows behind sync (tables from migration ``0005_sync``; docs/sync-format.md).

Only SQL: what a change means and how changes merge is ``sync/merge.py``'s. The
tables (``sync_dirty`` from ``0006_sync_dirty``: the uids of entries written since the
last publish, filled by triggers on ``entries``): ``sync_changes``, every change this
store knows (its own and other devices'), each once by its clock, an entry's settled
ones folded into one ``state`` and only the latest of each own word and setting;
``sync_files``, the folder's files applied; and ``sync_published``, what this device
last published or applied of each entry (a digest of each field), own word and
journal setting, which its next changes are told from.

The store shares the journal's connection: callers hold ``Journal.locked()`` around
a sync step (one thread at a time), and ``transaction()`` makes a step all or nothing.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from attune_journal.storage.connection import StoreDB

# The operations that concern one entry, by its uid; the others (own words, settings)
# keep their own key in ``uid`` (``own_key``, the setting's name). A ``state`` stands for
# an entry's settled changes (``settle_changes``).
ENTRY_OPS = ("put", "trash", "restore", "purge", "state")
WORD_OPS = ("own", "own-remove", "setting")
DEVICE_KEY = "sync_device"


def own_key(kind: str, name: str) -> str:
    """The key of an own word in ``sync_changes.uid`` and ``sync_published``."""
    return json.dumps([kind, name], ensure_ascii=False)


@dataclass(frozen=True)
class Published:
    """What this device last published or applied of one thing: its fields (an
    entry's are ``{"kind", "fields", "trashed"}``), the digest of the entry as the
    export writes it, and the clock of the last change to it."""

    fields: Any
    digest: str | None
    hlc: str


class SyncStore:
    def __init__(self, db: StoreDB) -> None:
        self.db = db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    # ---- this device ----------------------------------------------------------------

    def device(self) -> str:
        """This store's device id (32 lower-case hex digits), made on first use."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [DEVICE_KEY]).fetchone()
        if row is not None:
            return str(row[0])
        device = secrets.token_hex(16)
        with self.db.atomic():
            self.db.execute("INSERT INTO meta(key, value) VALUES (?, ?)", [DEVICE_KEY, device])
        return device

    # ---- changes --------------------------------------------------------------------

    def add_changes(self, changes: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Keep the changes not known yet (by clock); returns those, in the order given.

        An entry's change at or below the clock of its ``state`` is one that state
        settled already: passed over. A ``state`` newer than the entry's own replaces
        every change of the entry it covers (``settle_changes``)."""
        items = list(changes)
        states = self._states({c["uid"] for c in items if c["op"] in ENTRY_OPS})
        fresh = []
        for change in items:
            op = change["op"]
            if op in ENTRY_OPS:
                key = change["uid"]
                settled = states.get(key)
                if settled is not None and change["hlc"] <= settled:
                    continue
                if op == "state":
                    self.settle_changes(key, change)
                    states[key] = change["hlc"]
                    fresh.append(change)
                    continue
            elif op in ("own", "own-remove"):
                key = own_key(change["kind"], change["name"])
            else:
                key = change["key"]
            device = change["hlc"].rsplit(".", 1)[-1]
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO sync_changes(hlc, device, op, uid, body) "
                "VALUES (?, ?, ?, ?, ?)",
                [change["hlc"], device, op, key, json.dumps(change, ensure_ascii=False)],
            )
            if cursor.rowcount:
                fresh.append(change)
        return fresh

    def _states(self, uids: Iterable[str]) -> dict[str, str]:
        """The clock of each of ``uids``' ``state``, for those that have one."""
        wanted = sorted(set(uids))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            rows = self.db.execute(
                "SELECT uid, hlc FROM sync_changes WHERE op = 'state' "
                f"AND uid IN ({', '.join('?' * len(part))})",
                part,
            ).fetchall()
            found.update({uid: hlc for uid, hlc in rows})
        return found

    def settle_changes(self, uid: str, state: dict[str, Any]) -> int:
        """Put ``state`` in place of every change of the entry ``uid`` at or below its
        clock (what it stands for); how many rows it replaced."""
        marks = ", ".join("?" * len(ENTRY_OPS))
        cursor = self.db.execute(
            f"DELETE FROM sync_changes WHERE uid = ? AND op IN ({marks}) AND hlc <= ?",
            [uid, *ENTRY_OPS, state["hlc"]],
        )
        device = state["hlc"].rsplit(".", 1)[-1]
        self.db.execute(
            "INSERT INTO sync_changes(hlc, device, op, uid, body) VALUES (?, ?, 'state', ?, ?)",
            [state["hlc"], device, uid, json.dumps(state, ensure_ascii=False)],
        )
        return max(cursor.rowcount, 1)

    def settled_candidates(self, cut: dict[str, str], before: str) -> list[str]:
        """The uids of entries with more than one change, every one of them settled (at
        or below ``cut[device]`` for the device that made it) and older than ``before``
        (a clock): what ``merge.compact`` may fold into one ``state``."""
        if not cut:
            return []
        marks = ", ".join("?" * len(ENTRY_OPS))
        values = ", ".join("(?, ?)" for _ in cut)
        rows = self.db.execute(
            f"WITH cut(device, hlc) AS (VALUES {values}) "
            "SELECT c.uid FROM sync_changes c LEFT JOIN cut ON cut.device = c.device "
            f"WHERE c.op IN ({marks}) GROUP BY c.uid "
            "HAVING count(*) > 1 AND max(c.hlc) < ? "
            "AND sum(cut.hlc IS NULL OR c.hlc > cut.hlc) = 0 ORDER BY c.uid",
            [*(x for pair in cut.items() for x in pair), *ENTRY_OPS, before],
        ).fetchall()
        return [row[0] for row in rows]

    def drop_superseded_words(self) -> int:
        """Keep only the latest change of each own word and journal setting (the latest
        clock wins whatever else arrives); how many went."""
        marks = ", ".join("?" * len(WORD_OPS))
        cursor = self.db.execute(
            f"DELETE FROM sync_changes WHERE op IN ({marks}) AND hlc NOT IN "
            f"(SELECT max(hlc) FROM sync_changes WHERE op IN ({marks}) GROUP BY uid)",
            [*WORD_OPS, *WORD_OPS],
        )
        return cursor.rowcount

    def changes_of(
        self, keys: Iterable[str], ops: Iterable[str]
    ) -> dict[str, list[dict[str, Any]]]:
        """Every known change of the given ops to each key, oldest clock first."""
        wanted = sorted(set(keys))
        op_list = list(ops)
        found: dict[str, list[dict[str, Any]]] = {key: [] for key in wanted}
        marks = ", ".join("?" * len(op_list))
        for start in range(0, len(wanted), 500):  # SQLite's limit on bound values
            part = wanted[start : start + 500]
            rows = self.db.execute(
                f"SELECT uid, body FROM sync_changes WHERE uid IN ({', '.join('?' * len(part))}) "
                f"AND op IN ({marks}) ORDER BY hlc",
                [*part, *op_list],
            ).fetchall()
            for key, body in rows:
                found[key].append(json.loads(body))
        return found

    def copies_with_changes(self, uid: str) -> list[str]:
        """The conflict copies of ``uid`` (``<uid>~<clock>``) that have changes of their own."""
        # Every text starting with "<uid>~" sorts from there to before "<uid>" and the
        # character after "~": a range the uid index answers without a scan.
        rows = self.db.execute(
            "SELECT DISTINCT uid FROM sync_changes WHERE uid >= ? AND uid < ? AND op IN "
            f"({', '.join('?' * len(ENTRY_OPS))}) ORDER BY uid",
            [uid + "~", uid + chr(ord("~") + 1), *ENTRY_OPS],
        ).fetchall()
        return [row[0] for row in rows]

    def latest_clock(self, uid: str | None = None) -> str | None:
        """The largest clock known (of any change to ``uid``, when given)."""
        if uid is None:
            row = self.db.execute("SELECT max(hlc) FROM sync_changes").fetchone()
        else:
            row = self.db.execute(
                "SELECT max(hlc) FROM sync_changes WHERE uid = ? "
                f"AND op IN ({', '.join('?' * len(ENTRY_OPS))})",
                [uid, *ENTRY_OPS],
            ).fetchone()
        return row[0] if row else None

    def first_put(self, uid: str) -> str | None:
        row = self.db.execute(
            "SELECT min(hlc) FROM sync_changes WHERE uid = ? AND op = 'put'", [uid]
        ).fetchone()
        return row[0] if row else None

    def changes_since(self, device: str, after: str) -> list[dict[str, Any]]:
        """This device's own changes with a clock above ``after``, oldest first."""
        rows = self.db.execute(
            "SELECT body FROM sync_changes WHERE device = ? AND hlc > ? ORDER BY hlc",
            [device, after],
        ).fetchall()
        return [json.loads(body) for (body,) in rows]

    def all_changes(self) -> Iterator[dict[str, Any]]:
        """Every change known, oldest clock first (a snapshot's contents)."""
        for (body,) in self.db.execute("SELECT body FROM sync_changes ORDER BY hlc"):
            yield json.loads(body)

    def changes_size(self) -> int:
        row = self.db.execute("SELECT coalesce(sum(length(body)), 0) FROM sync_changes")
        return int(row.fetchone()[0])

    # ---- entries written since the last publish ------------------------------------

    def dirty(self) -> list[str]:
        """The uids of entries written (added, changed, removed) since they were last
        published or applied, by anyone: the triggers of ``0006_sync_dirty``."""
        return [row[0] for row in self.db.execute("SELECT uid FROM sync_dirty ORDER BY uid")]

    def clean(self, uids: Iterable[str]) -> None:
        """Take ``uids`` out of the written-since list (published or applied now)."""
        self.db.conn.executemany("DELETE FROM sync_dirty WHERE uid = ?", [(u,) for u in uids])

    def mark_all_dirty(self) -> None:
        """Every entry counts as written: the next publish looks at all of them."""
        self.db.execute("INSERT OR IGNORE INTO sync_dirty(uid) SELECT uid FROM entries")

    # ---- this device's sync settings ------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE key = ?", [key])
        else:
            self.db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # ---- what this device published -------------------------------------------------

    def published_of(self, scope: str, uids: Iterable[str]) -> dict[str, Published]:
        """What was published of these uids (those that were)."""
        wanted = sorted(set(uids))
        found: dict[str, Published] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            rows = self.db.execute(
                "SELECT uid, fields, digest, hlc FROM sync_published WHERE scope = ? "
                f"AND uid IN ({', '.join('?' * len(part))})",
                [scope, *part],
            ).fetchall()
            for uid, fields, digest, hlc in rows:
                found[uid] = Published(json.loads(fields), digest, hlc)
        return found

    def published(self, scope: str) -> dict[str, Published]:
        rows = self.db.execute(
            "SELECT uid, fields, digest, hlc FROM sync_published WHERE scope = ?", [scope]
        ).fetchall()
        return {
            uid: Published(json.loads(fields), digest, hlc) for uid, fields, digest, hlc in rows
        }

    def publish(
        self, scope: str, uid: str, fields: Any, hlc: str, digest: str | None = None
    ) -> None:
        self.db.execute(
            "INSERT INTO sync_published(scope, uid, fields, digest, hlc) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(scope, uid) DO UPDATE SET fields = excluded.fields, "
            "digest = excluded.digest, hlc = excluded.hlc",
            [scope, uid, json.dumps(fields, ensure_ascii=False), digest, hlc],
        )

    def unpublish(self, scope: str, uid: str) -> None:
        self.db.execute("DELETE FROM sync_published WHERE scope = ? AND uid = ?", [scope, uid])

    # ---- files applied --------------------------------------------------------------

    def add_file(self, device: str, seq: int, kind: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO sync_files(device, seq, kind) VALUES (?, ?, ?)",
            [device, seq, kind],
        )

    def applied(self) -> dict[str, int]:
        """For each device, the highest file number applied (a log body's ``seen``)."""
        rows = self.db.execute("SELECT device, max(seq) FROM sync_files GROUP BY device")
        return {device: int(seq) for device, seq in rows.fetchall()}

    def files(self) -> set[tuple[str, int]]:
        """Every file applied (or written) here, as ``(device, seq)``."""
        rows = self.db.execute("SELECT device, seq FROM sync_files").fetchall()
        return {(device, int(seq)) for device, seq in rows}

    def forget_files(self, device: str, seqs: Iterable[int]) -> None:
        self.db.conn.executemany(
            "DELETE FROM sync_files WHERE device = ? AND seq = ?", [(device, s) for s in seqs]
        )

    def has_file(self, device: str, seq: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM sync_files WHERE device = ? AND seq = ?", [device, seq]
        ).fetchone()
        return row is not None

    # ---- entries sharing a week ------------------------------------------------------

    def marked_conflicts(self) -> list[str]:
        """The uids of live entries whose details name another entry (``conflict_of``):
        conflict copies and weekly entries held beside their week's. One pass over the
        stored JSON, without reading every entry as a model."""
        rows = self.db.execute(
            "SELECT uid FROM entries WHERE deleted_at IS NULL "
            "AND instr(data, '\"conflict_of\"') > 0 ORDER BY uid"
        ).fetchall()
        return [row[0] for row in rows]

    def with_copies(self, uids: Iterable[str]) -> set[str]:
        """Those of ``uids`` that have a conflict copy (``<uid>~<clock>``) in the store, in
        the trash or not: through the uid index, one range each."""
        found = set()
        for uid in uids:
            row = self.db.execute(
                "SELECT 1 FROM entries WHERE uid >= ? AND uid < ? LIMIT 1",
                [uid + "~", uid + chr(ord("~") + 1)],
            ).fetchone()
            if row is not None:
                found.add(uid)
        return found

    def uids_of_week(self, kind: str, week: str) -> list[str]:
        """The entries of ``kind`` for ``week`` in the store, trashed or not (one of them
        at most is live and unmarked: the store's ``idx_entries_kind_week``)."""
        rows = self.db.execute(
            "SELECT uid FROM entries WHERE kind = ? AND week = ? ORDER BY uid", [kind, week]
        ).fetchall()
        return [row[0] for row in rows]

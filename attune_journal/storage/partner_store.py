"""The rows behind partner sharing: this journal's key pair, its partners, and the
weeks they sent (tables from migration ``0004_partner_sharing``).

Only SQL: what the rows mean (codes, sealing, replays) is ``exchange/partner.py``'s.
The secret key lives in the store, so it is encrypted at rest exactly when the
journal is. Each write is one transaction; a known SQLite failure becomes the
store's usual ``StoreError``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from attune_journal.core.i18n import translate
from attune_journal.storage.connection import StoreDB
from attune_journal.storage.errors import (
    StoreError,
    database_errors,
    integrity_errors,
    translate_sqlite_error,
)


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    public_key: bytes
    added_at: str
    removed_at: str | None = None


@dataclass(frozen=True)
class ReceivedRow:
    partner_id: int
    week: str
    sent_at: str
    file_id: str
    received_at: str
    payload: str


class PartnerNameTaken(StoreError):
    """Another partner has this name or this key already."""


class PartnerStore:
    """Reads and writes of the partner tables over one open store."""

    def __init__(self, db: StoreDB, lock: Any = None) -> None:
        self.db = db
        self.conn = db.conn
        # Pass the journal's lock where the GUI reads from worker threads.
        self._lock = lock if lock is not None else threading.RLock()

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self._lock:
            try:
                with self.db.atomic():
                    yield
            except integrity_errors() as error:
                message = str(error)
                if "partners" in message:
                    raise PartnerNameTaken(
                        translate(
                            "StoreErrors", "You already have a partner with that name or that code."
                        )
                    ) from error
                raise StoreError(
                    translate(
                        "StoreErrors", "The partner details could not be saved: {error}"
                    ).format(error=message)
                ) from error
            except database_errors() as error:
                known = translate_sqlite_error(error, self.db.path)
                if known is not None:
                    raise known from error
                raise

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return list(self.conn.execute(sql, params).fetchall())
            except database_errors() as error:
                known = translate_sqlite_error(error, self.db.path)
                if known is not None:
                    raise known from error
                raise

    # ---- this journal's key pair ---------------------------------------------------

    def key_pair(self) -> tuple[bytes, bytes] | None:
        """``(public, secret)`` or None before the first use."""
        rows = self._read("SELECT public_key, secret_key FROM partner_key WHERE id = 1")
        return (bytes(rows[0][0]), bytes(rows[0][1])) if rows else None

    def set_key_pair(self, public: bytes, secret: bytes, created_at: str) -> None:
        """Keep this pair, replacing any earlier one (whose secret is then gone)."""
        with self._write():
            self.conn.execute(
                "INSERT INTO partner_key (id, public_key, secret_key, created_at) "
                "VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "public_key = excluded.public_key, secret_key = excluded.secret_key, "
                "created_at = excluded.created_at",
                [public, secret, created_at],
            )

    def add_key_pair_if_none(self, public: bytes, secret: bytes, created_at: str) -> None:
        with self._write():
            self.conn.execute(
                "INSERT OR IGNORE INTO partner_key (id, public_key, secret_key, created_at) "
                "VALUES (1, ?, ?, ?)",
                [public, secret, created_at],
            )

    # ---- partners ----------------------------------------------------------------------

    _PARTNER = "SELECT id, name, public_key, added_at, removed_at FROM partners"

    @staticmethod
    def _partner(row: tuple[Any, ...]) -> PartnerRow:
        return PartnerRow(row[0], row[1], bytes(row[2]), row[3], row[4])

    def add_partner(self, name: str, public_key: bytes, added_at: str) -> PartnerRow:
        with self._write():
            cursor = self.conn.execute(
                "INSERT INTO partners (name, public_key, added_at) VALUES (?, ?, ?)",
                [name, public_key, added_at],
            )
            partner_id = int(cursor.lastrowid)
        return PartnerRow(partner_id, name, public_key, added_at)

    def partners(self, include_removed: bool = False) -> list[PartnerRow]:
        where = "" if include_removed else " WHERE removed_at IS NULL"
        rows = self._read(f"{self._PARTNER}{where} ORDER BY name COLLATE NOCASE, id")
        return [self._partner(row) for row in rows]

    def partner(self, partner_id: int) -> PartnerRow | None:
        rows = self._read(f"{self._PARTNER} WHERE id = ?", [partner_id])
        return self._partner(rows[0]) if rows else None

    def partner_by_key(self, public_key: bytes) -> PartnerRow | None:
        rows = self._read(
            f"{self._PARTNER} WHERE public_key = ? AND removed_at IS NULL", [public_key]
        )
        return self._partner(rows[0]) if rows else None

    def remove_partner(self, partner_id: int, removed_at: str, forget_received: bool) -> None:
        """Stop accepting the partner's files; with ``forget_received`` their weeks go too."""
        with self._write():
            if forget_received:
                self.conn.execute("DELETE FROM partners WHERE id = ?", [partner_id])
            else:
                self.conn.execute(
                    "UPDATE partners SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
                    [removed_at, partner_id],
                )

    # ---- received weeks -------------------------------------------------------------

    def file_seen(self, file_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM partner_files WHERE file_id = ?", [file_id]))

    def received(self, partner_id: int, week: str) -> ReceivedRow | None:
        rows = self._read(
            "SELECT partner_id, week, sent_at, file_id, received_at, payload "
            "FROM partner_weeks WHERE partner_id = ? AND week = ?",
            [partner_id, week],
        )
        return ReceivedRow(*rows[0]) if rows else None

    def keep_received(self, row: ReceivedRow) -> None:
        """Keep a received week, replacing an earlier copy of the same partner's week."""
        with self._write():
            self.conn.execute(
                "INSERT INTO partner_files (file_id, partner_id) VALUES (?, ?)",
                [row.file_id, row.partner_id],
            )
            self.conn.execute(
                "INSERT INTO partner_weeks "
                "(partner_id, week, sent_at, file_id, received_at, payload) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(partner_id, week) DO UPDATE SET "
                "sent_at = excluded.sent_at, file_id = excluded.file_id, "
                "received_at = excluded.received_at, payload = excluded.payload",
                [row.partner_id, row.week, row.sent_at, row.file_id, row.received_at, row.payload],
            )

    def received_weeks(self, partner_id: int | None = None) -> list[ReceivedRow]:
        """Received weeks, oldest week first (one partner's, or everyone's)."""
        sql = "SELECT partner_id, week, sent_at, file_id, received_at, payload FROM partner_weeks"
        params: list[Any] = []
        if partner_id is not None:
            sql += " WHERE partner_id = ?"
            params.append(partner_id)
        rows = self._read(sql + " ORDER BY week, partner_id", params)
        return [ReceivedRow(*row) for row in rows]

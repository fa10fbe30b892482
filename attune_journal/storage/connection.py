"""The open store: a DB-API connection with the few helpers the app needs.

Plain ``sqlite3`` (or SQLCipher's compatible module) does all day-to-day work.
sqlite-utils is loaded lazily, through ``utils`` or ``db[table]``, by migrations
and by code that wants its table helpers; that keeps its import (and numpy's)
off every start of the app and every command.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table


class StoreDB:
    """Wraps one connection; ``atomic()`` matches sqlite-utils' transaction semantics."""

    def __init__(self, conn: Any, encrypted: bool = False, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path  # named in messages about the store
        # Known from how the store was opened: asking the file itself would mean opening
        # it beside the connection, and closing that descriptor drops SQLite's locks.
        self.encrypted = encrypted
        self._utils: Database | None = None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, params)

    @contextmanager
    def atomic(self) -> Iterator[StoreDB]:
        """One transaction (or a savepoint inside one): all of it happens, or none."""
        if self.conn.in_transaction:
            import secrets  # hashlib and hmac come with it: keep them off start-up

            savepoint = f"attune_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # An error may already have ended the whole transaction; only roll
                # back to the savepoint if it still exists, so the first error shows.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.conn.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.rollback()
                    raise

    @property
    def utils(self) -> Database:
        """sqlite-utils' ``Database`` over the same connection (imported on first use)."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def __getitem__(self, table: str) -> Table:
        return self.utils.table(table)

    def close(self) -> None:
        self.conn.close()

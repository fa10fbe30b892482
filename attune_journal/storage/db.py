"""Open the journal's SQLite store safely.

Order matters here. A store written by a newer app must be refused *before*
anything writes to it (switching to WAL rewrites the header), and a file that
is not a journal at all must be reported, not "repaired" by SQLite creating
tables in it. Only then: WAL, ``synchronous=NORMAL`` (durable across app
crashes; at worst the last commit is lost on power failure), foreign keys,
pending migrations, and 0600 permissions on the database and its WAL files.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from attune_journal.paths import ensure_private_dir, make_private_file
from attune_journal.storage.errors import (
    DamagedStoreError,
    NewerStoreError,
    StoreError,
    translate_sqlite_error,
)
from attune_journal.storage.migrations import KNOWN_MIGRATIONS, SCHEMA_VERSION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0


def _check_header(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database (or is empty)."""
    size = path.stat().st_size
    if size == 0:
        raise DamagedStoreError(path, "the file is empty")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DamagedStoreError(path, "it is not a journal file")
    if size < 512:
        raise DamagedStoreError(path, "the file is truncated")


def _connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False: the GUI hands read-only work to one worker thread
    # at a time; the repository serialises access with its own lock.
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)


def private_files(path: Path) -> list[Path]:
    """The database file and its WAL companions."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def open_store(path: Path) -> Database:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    Raises ``NewerStoreError`` (file untouched), ``DamagedStoreError`` (file
    untouched, the caller decides to move it aside) or another ``StoreError``.
    """
    ensure_private_dir(path.parent)
    existed = path.exists()
    if existed:
        _check_header(path)
    try:
        conn = _connect(path)
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, path) or StoreError(str(error)) from error
    try:
        if existed:
            _refuse_newer(conn, path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        db = Database(conn, execute_plugins=False)
        if migrations.pending(db):
            migrations.apply(db)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except sqlite3.Error as error:
        conn.close()
        known = translate_sqlite_error(error, path)
        if known is not None:
            raise known from error
        raise
    except StoreError:
        conn.close()
        raise
    for file in private_files(path):
        make_private_file(file)
    return db


def _refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    """Raise if the store was written by a newer app (read-only checks)."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = set()
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
        ).fetchone()
        if has_table:
            names = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    ["attune_journal"],
                )
            }
    except sqlite3.DatabaseError as error:
        raise DamagedStoreError(path, str(error)) from error
    unknown = names - KNOWN_MIGRATIONS
    if version > SCHEMA_VERSION or unknown:
        raise NewerStoreError(path, max(version, SCHEMA_VERSION + len(unknown)), SCHEMA_VERSION)
    if not has_table and version == 0:
        # An SQLite file from elsewhere: refuse unless it is completely empty.
        count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if count:
            raise DamagedStoreError(path, "it is an SQLite file from another program")


def integrity_problems(db: Database) -> list[str]:
    """Run SQLite's integrity and foreign-key checks; an empty list means all is well."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [p for p in problems if p != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points at a missing {parent} row")
    try:
        db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    except sqlite3.DatabaseError as error:
        problems.append(f"search index: {error}")
    return problems

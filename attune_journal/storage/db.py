"""Open the journal's SQLite store safely.

Order matters here. A store written by a newer app must be refused *before*
anything writes to it (switching to WAL rewrites the header), and a file that
is not a journal at all must be reported, not "repaired" by SQLite creating
tables in it. Only then: WAL, ``synchronous=NORMAL`` (durable across app
crashes; at worst the last commit is lost on power failure), foreign keys,
pending migrations, and 0600 permissions on the database and its WAL files.

An encrypted store (storage/crypto.py) has no SQLite header: a file that is not
plain SQLite is "possibly encrypted" and needs a passphrase (``PassphraseNeeded``
when none is given); it is called damaged only when its bytes cannot be a
journal at all (empty, text, wiped, truncated) or it opens and reads as garbage.
Before pending migrations touch an existing store, it is backed up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from attune_journal.core.i18n import QT_TRANSLATE_NOOP
from attune_journal.core.timeutil import from_text
from attune_journal.paths import ensure_private_dir, make_private_file
from attune_journal.storage import crypto
from attune_journal.storage.connection import StoreDB
from attune_journal.storage.errors import (
    DamagedStoreError,
    NewerStoreError,
    PassphraseNeeded,
    StoreError,
    database_errors,
    translate_sqlite_error,
)
from attune_journal.storage.schema import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

# The migration set to apply; None until a store needs migrating (see _migration_set).
migrations: Migrations | None = None

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0


def _check_header(path: Path, passphrase: str | None) -> str | None:
    """Refuse what cannot be a journal; returns the key to open it with (None: plain)."""
    kind = crypto.classify_store_file(path)
    if kind is crypto.StoreFile.ENCRYPTED:
        if passphrase is None:
            raise PassphraseNeeded(path)
        return passphrase
    return None


def _connect(path: Path, key: str | None = None) -> Any:
    return crypto.connect(path, key, timeout=BUSY_TIMEOUT_SECONDS)


def private_files(path: Path) -> list[Path]:
    """The database file and its WAL companions."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def open_store(
    path: Path,
    passphrase: str | None = None,
    *,
    backups: Path | None = None,
    keep: int = 10,
) -> StoreDB:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    ``passphrase`` is used only if the file is encrypted. Raises ``NewerStoreError``
    (file untouched), ``DamagedStoreError`` (file untouched, the caller decides to
    move it aside), ``PassphraseNeeded``, ``WrongPassphraseError`` or another
    ``StoreError``. Pending migrations of an existing store are preceded by a
    backup into ``backups`` (default: ``backups/`` beside the store).
    """
    ensure_private_dir(path.parent)
    existed = path.exists()
    key = _check_header(path, passphrase) if existed else None
    try:
        conn = _connect(path, key)
    except database_errors() as error:
        raise translate_sqlite_error(error, path) or StoreError(str(error)) from error
    try:
        if existed:
            _refuse_newer(conn, path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        db = StoreDB(conn, encrypted=key is not None, path=path)
        if not _up_to_date(conn):
            migration_set = _migration_set()
            if migration_set.pending(db.utils):
                if existed and _has_applied_migrations(conn):
                    _backup_before_migration(conn, backups or path.parent / "backups", keep)
                migration_set.apply(db.utils)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except database_errors() as error:
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


def _migration_set() -> Migrations:
    """The shipped migrations, imported only now that a store needs them."""
    global migrations
    if migrations is None:
        from attune_journal.storage.migrations import migrations as shipped

        migrations = shipped
    return migrations


def _applied(conn: Any) -> set[str] | None:
    """The names of our migrations the store records as applied; None when it has no
    record of migrations at all (a new file, or one from another program)."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone():
        return None
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    )
    return {row[0] for row in rows}


def _up_to_date(conn: Any) -> bool:
    """True when every known migration is recorded as applied (a cheap, read-only check)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    return _applied(conn) == set(KNOWN_MIGRATIONS)


def _has_applied_migrations(conn: Any) -> bool:
    return bool(_applied(conn))


def _backup_before_migration(conn: Any, folder: Path, keep: int) -> None:
    """Keep a copy of the store as it was before its format changes (encrypted if it is)."""
    from attune_journal.storage.backup import create_backup

    create_backup(conn, folder, "migration", keep)


def _refuse_newer(conn: Any, path: Path) -> None:
    """Raise if the store was written by a newer app (read-only checks)."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = _applied(conn)
    except database_errors() as error:
        raise DamagedStoreError(path, str(error)) from error
    has_table = applied is not None
    unknown = (applied or set()) - KNOWN_MIGRATIONS
    if version > SCHEMA_VERSION or unknown:
        raise NewerStoreError(path, max(version, SCHEMA_VERSION + len(unknown)), SCHEMA_VERSION)
    if not has_table and version == 0:
        # An SQLite file from elsewhere: refuse unless it is completely empty.
        count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if count:
            raise DamagedStoreError(
                path, QT_TRANSLATE_NOOP("StoreErrors", "it is an SQLite file from another program")
            )


def integrity_problems(db: StoreDB) -> list[str]:
    """Run SQLite's integrity and foreign-key checks; an empty list means all is well."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [p for p in problems if p != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points at a missing {parent} row")
    for (entry_id,) in db.execute("SELECT id FROM entries WHERE NOT json_valid(data)").fetchall():
        # Screens that read one field of it (Trends' pillars) pass over such a row quietly.
        problems.append(f"entry {entry_id}: its stored details (JSON) cannot be read")
    for entry_id, at in db.execute("SELECT id, at FROM entries").fetchall():
        # Trends passes over an entry whose time cannot be read; here it is named.
        try:
            from_text(at)
        except (ValueError, TypeError, OverflowError):
            problems.append(f"entry {entry_id}: its time ({at!r}) cannot be read")
    try:
        db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    except database_errors() as error:
        problems.append(f"search index: {error}")
    return problems

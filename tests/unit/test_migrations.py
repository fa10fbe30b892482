"""Opening stores: fresh, re-opened, newer than this app, or not a journal at all."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from attune_journal.core.models import Note
from attune_journal.storage import (
    SCHEMA_VERSION,
    DamagedStoreError,
    Journal,
    NewerStoreError,
    open_store,
)
from attune_journal.storage.migrations import MIGRATION_SET, schema_problems
from tests.factories import full_note, of_kind


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_store_has_every_migration(tmp_path: Path) -> None:
    db = open_store(tmp_path / "j.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"entries", "entries_fts", "entry_feelings", "drafts"} <= set(db.utils.table_names())


def test_reopening_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    db = open_store(path)
    Journal(db).save(full_note())
    applied = db.execute("SELECT name, applied_at FROM _sqlite_migrations").fetchall()
    db.close()
    db = open_store(path)
    assert db.execute("SELECT name, applied_at FROM _sqlite_migrations").fetchall() == applied
    assert Journal(db).count() == 1


def test_store_marked_newer_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerStoreError, match="newer version"):
        open_store(path)
    assert _digest(path) == before


def test_store_with_unknown_migration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    db = open_store(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATION_SET, "name": "9999_from_the_future", "applied_at": "x"}
    )
    db.close()
    with pytest.raises(NewerStoreError):
        open_store(path)


@pytest.mark.parametrize(
    "content",
    [b"", b"just some text\n", b"SQLite format 3\x00" + b"\x00" * 40, bytes(range(256)) * 20],
    ids=["empty", "text", "truncated", "random"],
)
def test_a_file_that_is_not_a_journal_is_reported_and_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "j.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DamagedStoreError):
        open_store(path)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DamagedStoreError, match="another program"):
        open_store(path)
    assert _digest(path) == before


def test_a_first_version_store_gains_the_trends_index_after_a_backup(tmp_path: Path) -> None:
    """A store made before 0002 is backed up, then migrated, and keeps every entry."""
    from attune_journal.storage import migrations as shipped

    path = tmp_path / "j.sqlite3"
    first_only = shipped.Migrations(MIGRATION_SET)
    first_only(name="0001_initial")(shipped.m0001_initial)
    conn = sqlite3.connect(path)
    first_only.apply(shipped.Database(conn))
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO entries (uid, kind, at, at_utc, day, text) VALUES "
        "('u1', 'note', '2026-11-23T08:30:00+01:00', '2026-11-23T07:30:00Z', '2026-11-23', 'hi')"
    )
    conn.commit()
    conn.close()
    db = open_store(path, backups=tmp_path / "backups")
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_entries_live_kind" in names
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 8
    assert [e.text for e in of_kind(Note, Journal(db).entries())] == ["hi"]
    db.close()
    assert list((tmp_path / "backups").iterdir()), "no backup was taken before migrating"


def test_a_fresh_store_has_the_whole_schema(tmp_path: Path) -> None:
    assert schema_problems(open_store(tmp_path / "j.sqlite3")) == []

"""Crash safety: a writer killed at random moments never loses a reported save or corrupts
the store; disk full, a read-only store and a locked store give clear errors and leave
nothing half-written.

Tests may run as root, where ``chmod`` does not stop writes: the read-only case is then
simulated with ``PRAGMA query_only`` (SQLite's own "attempt to write a readonly
database"), and the chmod variant runs only for other users.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from attune_journal.core.models import Note
from attune_journal.storage import Journal, open_store
from attune_journal.storage.errors import DiskFullError, ReadOnlyStoreError, StoreLockedError

WRITER = r"""
import sys
# The writer needs no numpy/pandas; sqlite-utils imports them when present (slow start).
sys.modules["numpy"] = sys.modules["pandas"] = None
from attune_journal.core.models import Note
from attune_journal.storage import Journal, open_store

journal = Journal(open_store(__import__("pathlib").Path(sys.argv[1]), sys.argv[2] or None))
print("ready", flush=True)
n = 0
while True:
    n += 1
    if n % 7 == 0:
        batch = [Note(text=f"batch {n}.{k} " + "words " * 40) for k in range(3)]
        journal.save_many(batch)
        print(" ".join(str(e.id) for e in batch), flush=True)
    else:
        note = Note(text=f"entry {n} " + "text " * (n % 50), tags=[f"t{n % 5}"])
        journal.save(note)
        if n % 5 == 0:  # an edit of an earlier entry, in its own transaction
            note.text += " edited"
            journal.save(note)
        print(note.id, flush=True)
"""


def _kill_loop(store: Path, passphrase: str, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    reported: set[int] = set()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    for _ in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store), passphrase],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        for line in out.splitlines():
            reported.update(int(token) for token in line.split())

        db = open_store(store, passphrase or None)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {row[0] for row in db.execute("SELECT id FROM entries")}
        missing = reported - ids
        assert not missing, f"saves reported but lost: {sorted(missing)[:10]}"
        fts = db.execute("SELECT count(*) FROM entries_fts").fetchone()[0]
        assert fts == len(ids)  # every entry has exactly its one search row
        db.conn.close()
    return len(reported)


@pytest.mark.slow
def test_a_writer_killed_at_random_moments_loses_nothing_it_reported(tmp_path: Path) -> None:
    saved = _kill_loop(tmp_path / "journal.sqlite3", "", kills=25, seed=20261123)
    assert saved > 25  # the writer got real work done between kills


@pytest.mark.slow
def test_an_encrypted_writer_killed_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    store = tmp_path / "journal.sqlite3"
    journal = Journal(open_store(store))
    from attune_journal.storage.maintenance import change_encryption

    change_encryption(journal, store, tmp_path / "backups", 3, None, "kill me not")
    journal.close()
    assert _kill_loop(store, "kill me not", kills=4, seed=7) > 0


# ---- disk full, read-only, locked ---------------------------------------------------------


def _state(journal: Journal) -> tuple[int, str, list[tuple[object, ...]]]:
    rows = journal.conn.execute("SELECT id, text FROM entries ORDER BY id").fetchall()
    check = journal.conn.execute("PRAGMA integrity_check").fetchone()[0]
    return journal.count(), check, rows


def test_disk_full_is_a_clear_message_and_nothing_is_half_written(tmp_path: Path) -> None:
    journal = Journal(open_store(tmp_path / "journal.sqlite3"))
    journal.save(Note(text="before"))
    journal.save_draft("today", {"text": "my draft"})
    before = _state(journal)
    # SQLite's own SQLITE_FULL: the file may not grow by a single page.
    pages = journal.conn.execute("PRAGMA page_count").fetchone()[0]
    journal.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="disk is full"):
        journal.save_many([Note(text="big " * 20_000) for _ in range(5)])
    with pytest.raises(DiskFullError):
        journal.save(Note(text="x " * 50_000))
    assert _state(journal) == before
    assert journal.draft("today") == {"text": "my draft"}
    journal.conn.execute("PRAGMA max_page_count = 1073741823")
    journal.save(Note(text="after space was freed"))
    assert journal.count() == 2
    journal.close()


def test_a_read_only_store_is_a_clear_message(tmp_path: Path) -> None:
    journal = Journal(open_store(tmp_path / "journal.sqlite3"))
    journal.save(Note(text="before"))
    before = _state(journal)
    journal.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(ReadOnlyStoreError, match="read-only"):
        journal.save(Note(text="not saved"))
    journal.conn.execute("PRAGMA query_only = 0")
    assert _state(journal) == before
    journal.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores chmod")
def test_a_read_only_folder_is_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    journal = Journal(open_store(folder / "journal.sqlite3"))
    journal.save(Note(text="before"))
    journal.close()
    (folder / "journal.sqlite3").chmod(0o400)
    folder.chmod(0o500)
    try:
        with pytest.raises(ReadOnlyStoreError, match="read-only"):
            Journal(open_store(folder / "journal.sqlite3")).save(Note(text="no"))
    finally:
        folder.chmod(0o700)
        (folder / "journal.sqlite3").chmod(0o600)


def test_a_locked_store_is_a_clear_message_and_the_save_can_be_retried(tmp_path: Path) -> None:
    store = tmp_path / "journal.sqlite3"
    journal = Journal(open_store(store))
    journal.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(store)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    note = Note(text="wait for it")
    with pytest.raises(StoreLockedError, match="busy in another program"):
        journal.save(note)
    other.rollback()
    other.close()
    note.id = None  # the failed insert did not keep an id
    journal.save(note)
    assert journal.count() == 1
    journal.close()

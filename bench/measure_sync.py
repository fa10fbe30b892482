"""Child process: sync at the size of a real journal (docs/sync-format.md).

``python -m bench.measure_sync DATA_DIR`` copies the journal in ``DATA_DIR`` (e.g. the
10-year one under ``bench/out``; never changed) to a temporary folder as device A,
sets up a sync folder with it, and measures:

- ``setup_a_s``: A's first sync (every entry published as one log);
- ``join_s``: a new, empty device B joining the folder until its journal is built
  (reading, opening and applying the folder's files; the key's derivation is timed
  apart as ``kdf_ms``, it is the same for any journal);
- ``publish_one_s``: A's ``sync now`` after one edit, and ``apply_one_ms``: B's
  ``sync now`` applying that log (from reading the file to the row in the store),
  median of five each;
- ``entries_a``/``entries_b``, and ``folder_bytes`` against ``store_bytes`` (A's store
  file, its write-ahead log folded in) after compaction (a snapshot of A's forced, B
  reads it and says so, A's older files go); ``store_before_sync_bytes`` is A's store
  before sync was set up, ``store_b_bytes`` B's;
- ``changes_kept_a`` and ``store_after_edits_bytes``: after ``EDIT_ROUNDS`` rounds of
  edits of ``EDITED`` entries synced both ways with every change settled at once
  (``edits_settled`` edits in all), how many changes A's store keeps and its size.

Prints one JSON line like the other ``bench/measure_*.py``.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RUNS = 5


EDITED = 500  # entries edited in each round of the edits measurement
EDIT_ROUNDS = 10


def _folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def _store_bytes(workspace: Any) -> int:
    """The store file's size with its write-ahead log folded in."""
    workspace.journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return int(workspace.paths.store.stat().st_size)


def _changes_kept(workspace: Any) -> int:
    return int(workspace.journal.db.execute("SELECT count(*) FROM sync_changes").fetchone()[0])


def _used_bytes(workspace: Any) -> int:
    """The store's pages in use (a file does not shrink when rows go; its free pages
    are used again)."""
    db = workspace.journal.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    free = db.execute("PRAGMA freelist_count").fetchone()[0]
    return int((pages - free) * db.execute("PRAGMA page_size").fetchone()[0])


def _sync_bytes(workspace: Any) -> int:
    """What the store holds for sync: every change kept and what was last published."""
    db = workspace.journal.db
    changes = db.execute("SELECT coalesce(sum(length(body)), 0) FROM sync_changes").fetchone()
    published = db.execute(
        "SELECT coalesce(sum(length(fields) + length(uid) + length(hlc)), 0) FROM sync_published"
    ).fetchone()
    return int(changes[0]) + int(published[0])


def main() -> int:
    from attune_journal.core.models import Note
    from attune_journal.sync import session
    from attune_journal.sync.crypto import DEFAULT_MEM, DEFAULT_OPS, derive_key
    from attune_journal.workspace import open_workspace

    source = Path(sys.argv[1])
    result: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory(prefix="attune-sync-bench-") as tmp:
        root = Path(tmp)
        shutil.copytree(source, root / "a", ignore=shutil.ignore_patterns("*.lock", "*.queue"))
        (root / "folder").mkdir()
        start = time.perf_counter()
        derive_key("bench passphrase", b"0" * 16, DEFAULT_OPS, DEFAULT_MEM)
        result["kdf_ms"] = round((time.perf_counter() - start) * 1000, 1)
        a = open_workspace(root / "a")
        b = open_workspace(root / "b")
        store_before = _store_bytes(a)
        try:
            result["entries_a"] = len(a.journal.entries()) + len(a.journal.entries(trashed=True))
            start = time.perf_counter()
            session.set_up(a, root / "folder", "bench", "A", ops=1, mem=8192)
            result["setup_a_s"] = round(time.perf_counter() - start, 3)
            start = time.perf_counter()
            session.set_up(b, root / "folder", "bench", "B")
            result["join_s"] = round(time.perf_counter() - start, 3)
            result["entries_b"] = len(b.journal.entries()) + len(b.journal.entries(trashed=True))
            publish, apply = [], []
            for n in range(RUNS):
                a.journal.save(Note(text=f"one more note {n}"))
                start = time.perf_counter()
                session.sync_now(a)
                publish.append(time.perf_counter() - start)
                start = time.perf_counter()
                report = session.sync_now(b)
                apply.append(time.perf_counter() - start)
                assert len(report.changed_uids) == 1, report
            result["publish_one_s"] = round(statistics.median(publish), 4)
            result["apply_one_ms"] = round(statistics.median(apply) * 1000, 1)
            # Compaction as the format allows: a snapshot of A's now (A's logs are due
            # one), B reads it and says so, A's older files go.
            old = session.SNAPSHOT_EVERY
            a.journal.save(Note(text="the last note"))
            session.SNAPSHOT_EVERY = 0
            try:
                session.sync_now(a)
            finally:
                session.SNAPSHOT_EVERY = old
            session.sync_now(b)
            a.journal.save(Note(text="after the snapshot"))
            session.sync_now(a)
            result["folder_bytes"] = _folder_bytes(root / "folder")
            result["store_bytes"] = _store_bytes(a)
            result["folder_to_store"] = round(result["folder_bytes"] / result["store_bytes"], 2)
            result["store_before_sync_bytes"] = store_before
            result["store_b_bytes"] = _store_bytes(b)
            result["sync_bytes_a"] = _sync_bytes(a)
            result["store_used_bytes"] = _used_bytes(a)
            # A year of edits later (every change settled): the store does not keep them.
            session.SETTLE_AFTER_MS = 0
            session.COMPACT_EVERY_MS = 0
            session.ACK_EVERY_MS = 0
            entries = a.journal.entries()[:EDITED]
            for round_no in range(EDIT_ROUNDS):
                for entry in entries:
                    entry.starred = not entry.starred
                    entry.tags = [f"round-{round_no}"]
                a.journal.save_many(entries)
                session.sync_now(a)
                session.sync_now(b)
            session.sync_now(a)
            result["edits_settled"] = EDITED * EDIT_ROUNDS
            result["changes_kept_a"] = _changes_kept(a)
            result["store_after_edits_bytes"] = _store_bytes(a)
            result["store_used_after_edits_bytes"] = _used_bytes(a)
            result["sync_bytes_after_edits_a"] = _sync_bytes(a)
        finally:
            a.close()
            b.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

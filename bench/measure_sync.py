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
  file) after compaction (a snapshot forced as the format allows).

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

RUNS = 5


def _folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


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
            # Compaction as the format allows: a snapshot now, old logs removed.
            old = session.SNAPSHOT_EVERY
            session.SNAPSHOT_EVERY = 0
            try:
                a.journal.save(Note(text="the last note"))
                session.sync_now(a)
                session.sync_now(b)
                a.journal.save(Note(text="after the snapshot"))
                session.sync_now(a)
            finally:
                session.SNAPSHOT_EVERY = old
            result["folder_bytes"] = _folder_bytes(root / "folder")
            result["store_bytes"] = a.paths.store.stat().st_size
            result["folder_to_store"] = round(result["folder_bytes"] / result["store_bytes"], 2)
        finally:
            a.close()
            b.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

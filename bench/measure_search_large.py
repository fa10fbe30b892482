"""Search over a journal that holds one very large entry (a pasted log of several MB).

``python -m bench.measure_search_large [DATA_DIR] [--years 3] [--mb 4] [--runs 3]``
builds, when ``DATA_DIR`` holds no journal yet (a temporary folder when none is
given), a generated journal of ``--years`` years (about 1,140 entries a year) plus
one note of ``--mb`` MB: one log line repeated, with a single odd line near the end.
Then, after one warm-up search for a word the journal does not hold, it times each
query ``--runs`` times (once when a run takes more than 5 s) and prints one JSON
line: the median wall-clock milliseconds of ``Journal.search`` per query (ranked
FTS5 query, snippets, the hits read back as entries: what History asks for), the
hits, and the milliseconds History's list takes to make every row's text for the
hits of that query (``first_line`` and ``row_details``, as a paint does).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

LOG_LINE = (
    "2026-03-14 09:12:33 INFO sync worker-3 request handled in 12 ms status=200 path=/api/entries\n"
)
ODD_LINE = "2026-03-14 23:59:59 ERROR sync worker-1 checksum mismatch on page 4711\n"

QUERIES = (
    "request",  # on every line of the large entry
    "sync worker",  # two words, both on every line of the large entry
    "checksum",  # once, near the end of the large entry
    "sleep",  # only in ordinary entries
    "walk park",  # only in ordinary entries
    "s",  # a one-letter prefix: a great many words everywhere
)


def build(data_dir: Path, years: float, megabytes: float) -> None:
    from attune_journal.core.models import Note
    from attune_journal.workspace import open_workspace
    from bench.generate import write_store

    end = date(2026, 11, 23)
    write_store(data_dir, years, seed=7, end=end)
    repeats = int(megabytes * 1_000_000) // len(LOG_LINE)
    text = LOG_LINE * (repeats - 200) + ODD_LINE + LOG_LINE * 199
    workspace = open_workspace(data_dir)
    try:
        moment = datetime(2026, 3, 14, 23, 59, tzinfo=timezone(timedelta(hours=1)))
        workspace.journal.save(Note(at=moment, text=text, tags=["log"]))
    finally:
        workspace.close()


def measure(data_dir: Path, runs: int) -> dict[str, object]:
    from attune_journal.ui.history import first_line, row_details
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    journal = workspace.journal
    try:
        journal.search("xylophone")
        search_ms: dict[str, float] = {}
        rows_ms: dict[str, float] = {}
        hits: dict[str, int] = {}
        for query in QUERIES:
            times: list[float] = []
            found = []
            for _ in range(runs):
                began = time.perf_counter()
                found = journal.search(query, limit=300)
                times.append((time.perf_counter() - began) * 1000)
                if times[-1] > 5000:
                    break
            search_ms[query] = round(statistics.median(times), 1)
            hits[query] = len(found)
            began = time.perf_counter()
            for hit in found:
                first_line(hit.entry)
                row_details(hit.entry)
            rows_ms[query] = round((time.perf_counter() - began) * 1000, 1)
        entries = journal.count()
        largest = journal._one("SELECT max(length(text)) FROM entries")[0]
    finally:
        workspace.close()
    return {
        "entries": entries,
        "largest_entry_chars": largest,
        "search_ms": search_ms,
        "list_rows_ms": rows_ms,
        "hits": hits,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", help="journal folder (built when empty)")
    parser.add_argument("--years", type=float, default=3.0)
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="attune-search-large-") as scratch:
        data_dir = Path(args.data_dir) if args.data_dir else Path(scratch) / "journal"
        if not (data_dir / "journal.sqlite3").exists():
            build(data_dir, args.years, args.mb)
        print(json.dumps(measure(data_dir, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

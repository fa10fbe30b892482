"""Child process: full-text search over the whole store, as History asks for it.

``python -m bench.measure_search DATA_DIR`` opens the store, runs one warm-up
search for a word that is not in the journal (opening the connection and the
index is start-up, not search), then each realistic query once, timing
``Journal.search`` (the ranked FTS5 query, snippets and the matching entries
read back as models, up to History's limit), in wall-clock and CPU time.
"""

from __future__ import annotations

import json
import sys
import time

from attune_journal.workspace import open_workspace

QUERIES = (
    "café",
    "sleep",
    "anxious meeting",
    "Müller",
    "walk park",
    "gratitude small things",
    "Zoë laugh",
)


def main() -> int:
    workspace = open_workspace(sys.argv[1])
    journal = workspace.journal
    journal.search("xylophone")
    result: dict[str, float] = {}
    cpu: dict[str, float] = {}
    hits: dict[str, int] = {}
    for query in QUERIES:
        began, began_cpu = time.perf_counter(), time.thread_time()
        found = journal.search(query)
        result[query] = (time.perf_counter() - began) * 1000
        cpu[query] = (time.thread_time() - began_cpu) * 1000
        hits[query] = len(found)
    workspace.close()
    print(json.dumps({"search_ms": result, "cpu_ms": cpu, "hits": hits}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

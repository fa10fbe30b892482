"""Child process: Insights over the whole journal, read from the store and worked out.

``python -m bench.measure_insights DATA_DIR`` opens the store and times
``core.insights.load_insights`` over every day (the lean read of the check-ins and
their needs, feelings, body and tags, then every comparison, the false discovery
control and the intervals), first in a fresh process (``first_ms``) and then the
median of five more runs (``insights_ms``). Prints them with the comparisons made.
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def main() -> int:
    from attune_journal.core.insights import load_insights
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(sys.argv[1])
    try:
        timings, cpu = [], []
        for _ in range(6):
            began, began_cpu = time.perf_counter(), time.thread_time()
            report = load_insights(workspace.journal, None, None)
            timings.append((time.perf_counter() - began) * 1000)
            cpu.append((time.thread_time() - began_cpu) * 1000)
    finally:
        workspace.close()
    print(
        json.dumps(
            {
                "first_ms": timings[0],
                "insights_ms": statistics.median(timings[1:]),
                "cpu_ms": statistics.median(cpu[1:]),
                "tested": report.tested,
                "found": len(report.insights),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

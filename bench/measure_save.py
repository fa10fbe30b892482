"""Child process: how long saving one entry into a big store takes (``Journal.save``).

``python -m bench.measure_save DATA_DIR COUNT`` saves ``COUNT`` entries into the
store: half new check-ins and notes like the ones the generator writes (an
evening check-in carries a 150-400 word reflection), half edits of entries just
saved (what autosave of an edited entry does). Each save is one transaction, as
in the app. Prints every duration in milliseconds, as wall-clock time and as
the CPU time of the saving thread (which a busy machine's scheduler cannot
stretch: the difference is time spent waiting for the disk or the CPU).
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from datetime import date

from attune_journal.core.models import CheckIn, Note
from attune_journal.workspace import open_workspace
from bench.generate import compose, generate_entries


def main() -> int:
    data_dir, count = sys.argv[1], int(sys.argv[2])
    workspace = open_workspace(data_dir)
    journal = workspace.journal
    # Another seed than the store's, so these are new entries with new identifiers.
    generated = generate_entries(0.5, seed=4242, end=date.today())
    fresh = [e for e in generated if isinstance(e, CheckIn | Note)][: count - count // 2]
    rng = random.Random(1)
    timings: list[float] = []
    cpu: list[float] = []
    saved = []
    for entry in fresh:
        began, began_cpu = time.perf_counter(), time.thread_time()
        journal.save(entry)
        timings.append((time.perf_counter() - began) * 1000)
        cpu.append((time.thread_time() - began_cpu) * 1000)
        saved.append(entry)
    for entry in saved[: count // 2]:
        edited: CheckIn | Note
        if isinstance(entry, CheckIn):
            edited = replace(entry, reflection=entry.reflection + "\n\n" + compose(rng, 10, 30))
        else:
            edited = replace(entry, text=entry.text + " " + compose(rng, 5, 15))
        began, began_cpu = time.perf_counter(), time.thread_time()
        journal.save(edited)
        timings.append((time.perf_counter() - began) * 1000)
        cpu.append((time.thread_time() - began_cpu) * 1000)
    workspace.close()
    print(json.dumps({"save_ms": timings, "cpu_ms": cpu}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Child process: build and render a weekly review on a big store.

``python -m bench.measure_review DATA_DIR`` opens the store and, for last week and
for a week in the middle of the journal, times ``core.review.load_week_review``
(read the week's entries, the person's reflection and the relationship check-ins,
compute the numbers) plus ``render_markdown`` (the text the Week screen and the
single-week export show). Prints the slower of the two. If ``core.review`` is not
there, prints ``{"missing": reason}``.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, timedelta


def main() -> int:
    try:
        from attune_journal.core.review import load_week_review, render_markdown
        from attune_journal.core.stats import Window
    except ImportError as error:
        print(json.dumps({"missing": f"core.review not importable ({error})"}))
        return 0
    from attune_journal.core.weeks import label_for_day
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(sys.argv[1])
    journal, settings = workspace.journal, workspace.settings
    window = Window(settings.window_low, settings.window_high)
    first = min(journal.days_with_entries(date(1900, 1, 1), date.today()))
    middle = first + (date.today() - first) / 2
    weeks = [
        label_for_day(date.today() - timedelta(days=7), settings.week_start),
        label_for_day(middle, settings.week_start),
    ]
    timings = {}
    cpu = {}
    for week in weeks:
        began, began_cpu = time.perf_counter(), time.thread_time()
        data = load_week_review(journal, week, window, settings.week_start)
        text = render_markdown(data)
        timings[week] = (time.perf_counter() - began) * 1000
        cpu[week] = (time.thread_time() - began_cpu) * 1000
        assert text and data.checkins > 0, f"week {week} came back empty"
    workspace.close()
    print(
        json.dumps(
            {"review_ms": max(timings.values()), "cpu_ms": max(cpu.values()), "weeks": timings}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

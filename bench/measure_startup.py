"""Child process: time from process start to the first painted, interactive main window.

``python -m bench.measure_startup bare`` shows a bare PySide6 ``QMainWindow``;
``python -m bench.measure_startup app DATA_DIR`` starts Attune Journal on a data
folder through its real entry point, ``cli.main`` (the command line, the display
check, the single-instance guard, the unlock gate, theme, workspace, main window).
Both stop the clock in a ``QTimer.singleShot(0)`` queued after ``show()`` and
``processEvents()``: the window has been laid out, exposed and painted, and the
event loop is free to take input. The parent passes the spawn moment in
``BENCH_T0_NS`` (``time.monotonic_ns``, one clock for all processes on Linux) so
the time includes starting Python and every import. ``BENCH_PROFILE=FILE``
writes a cProfile of the start to FILE (the clock then includes its overhead).

Both modes load Python code the way an installed app does: from compiled
bytecode (``__pycache__``, written by pip at install time, or by Python on a
first run). Without that, ``PYTHONDONTWRITEBYTECODE`` in the environment made
the app compile its own sources (about 6,000 lines, ~40 ms) on every start
while the bare window's PySide6 loaded from its installed ``.pyc`` files: a
cost on one side only, and one no person's start has. The first app run after
a source change still compiles (and writes the cache); medians look past it.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any


def main() -> int:
    t0 = int(os.environ.get("BENCH_T0_NS", "0")) or time.monotonic_ns()
    sys.dont_write_bytecode = False  # cache compiled modules like an install (see above)
    profiler = None
    if os.environ.get("BENCH_PROFILE"):  # where start-up time goes: BENCH_PROFILE=out.prof
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    mode = sys.argv[1]
    result: dict[str, float] = {}
    from PySide6.QtCore import QTimer

    def done(app: Any, window: Any) -> None:
        result["ms"] = (time.monotonic_ns() - t0) / 1e6
        # CPU time of the process so far: what a busy machine's scheduler cannot stretch.
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["cpu_ms"] = (usage.ru_utime + usage.ru_stime) * 1000
        result["visible"] = float(window.isVisible())
        app.quit()

    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1024, 768)
        window.show()
        app.processEvents()
        QTimer.singleShot(0, lambda: done(app, window))
        app.exec()
    else:
        # The app's real entry point, as `attune-journal --data-dir DIR` runs it: the
        # command line, the display check, the single-instance guard, the unlock gate,
        # the theme, the workspace and the main window. The clock stops at the same
        # moment as the bare window's: shown, painted, and the event loop free.
        from attune_journal import cli
        from attune_journal.ui import application

        open_main_window = application.open_main_window

        def open_and_stop_the_clock(app: Any, workspace: Any, interactive: bool = True) -> Any:
            window = open_main_window(app, workspace, interactive=interactive)
            app.processEvents()
            QTimer.singleShot(0, lambda: done(app, window))
            return window

        application.open_main_window = open_and_stop_the_clock
        cli.main(["--data-dir", sys.argv[2]])
    print(json.dumps(result))
    sys.stdout.flush()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(os.environ["BENCH_PROFILE"])
    os._exit(0)  # teardown is not part of start-up; skip it


if __name__ == "__main__":
    sys.exit(main())

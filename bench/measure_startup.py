"""Child process: time from process start to the first painted, interactive main window.

``python -m bench.measure_startup bare`` shows a bare PySide6 ``QMainWindow``;
``python -m bench.measure_startup app DATA_DIR`` starts Attune Journal on a data
folder the way ``ui.application.start`` does (workspace, theme, main window).
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


def main() -> int:
    t0 = int(os.environ.get("BENCH_T0_NS", "0")) or time.monotonic_ns()
    sys.dont_write_bytecode = False  # cache compiled modules like an install (see above)
    profiler = None
    if os.environ.get("BENCH_PROFILE"):  # where start-up time goes: BENCH_PROFILE=out.prof
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    mode = sys.argv[1]
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1024, 768)
        window.show()
    else:
        from PySide6.QtWidgets import QApplication

        from attune_journal.settings import Settings
        from attune_journal.ui.application import make_qapplication, open_main_window
        from attune_journal.ui.theme import apply_theme
        from attune_journal.workspace import open_workspace

        app = make_qapplication(sys.argv[:1])
        apply_theme(app, Settings())
        workspace = open_workspace(sys.argv[2])
        window = open_main_window(app, workspace, interactive=True)
    result: dict[str, float] = {}

    def done() -> None:
        result["ms"] = (time.monotonic_ns() - t0) / 1e6
        # CPU time of the process so far: what a busy machine's scheduler cannot stretch.
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["cpu_ms"] = (usage.ru_utime + usage.ru_stime) * 1000
        result["visible"] = float(window.isVisible())
        app.quit()

    from PySide6.QtCore import QTimer

    app.processEvents()
    QTimer.singleShot(0, done)
    app.exec()
    print(json.dumps(result))
    sys.stdout.flush()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(os.environ["BENCH_PROFILE"])
    os._exit(0)  # teardown is not part of start-up; skip it


if __name__ == "__main__":
    sys.exit(main())

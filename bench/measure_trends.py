"""Child process: the Trends screen on range "All", computed and drawn, and its memory.

``python -m bench.measure_trends DATA_DIR`` opens the main window (offscreen,
1024x768) on the store, shows Trends and waits for its first range to arrive.
Then it times what a person waits for:

- ``total_ms``: from choosing "All" right after many entries changed (an import
  or a restore: the screen reads its lean rows from the store again, the slow
  case) to the charts drawn and the window repainted; ``compute_ms`` is the
  background part of it (read rows, compute), ``draw_ms`` the screen's own
  drawing, ``cpu_ms`` the CPU time all threads spent;
- ``warm_ms``: choosing "All" again from another range, the rows already in memory.

``python -m bench.measure_trends DATA_DIR --memory-only`` only shows Trends on
"All", waits for the result and reports the peak resident memory (``ru_maxrss``),
so nothing the timing adds is counted. Prints ``{"missing": reason}`` when the
Trends screen is not there.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

TIMEOUT_S = 120.0


def _wait_for_new_stats(app: Any, screen: Any, before: object) -> None:
    """Run the event loop until the screen holds a result other than ``before``.

    The loop sleeps until the screen says it has settled, as the app's own event loop
    does while the numbers are worked out; polling it instead would keep taking the
    interpreter lock from the worker thread and slow the very work being timed.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + TIMEOUT_S
    while screen.stats is before:
        if getattr(screen, "error", None):
            raise RuntimeError(f"Trends failed: {screen.error}")
        if time.monotonic() > deadline:
            raise RuntimeError("Trends did not finish within two minutes")
        loop = QEventLoop()
        screen.settled.connect(loop.quit)
        QTimer.singleShot(1000, loop.quit)  # look at the clock now and then
        loop.exec()
        screen.settled.disconnect(loop.quit)


def _cpu_ms() -> float:
    """CPU time of the whole process (all threads, the worker's too), in milliseconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _settle(app: Any, seconds: float) -> None:
    from PySide6.QtCore import QThread

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        QThread.msleep(5)


def _paint(app: Any, window: Any) -> None:
    window.repaint()  # paints every visible widget now, charts included
    app.processEvents()


def open_trends(data_dir: str) -> tuple[Any, Any, Any]:
    """The application, the main window and its Trends screen, first range loaded."""
    from PySide6.QtWidgets import QApplication  # noqa: F401  (Qt before the app modules)

    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.ui.main_window import screen_specs
    from attune_journal.workspace import open_workspace

    app = make_qapplication(sys.argv[:1])
    workspace = open_workspace(data_dir)
    window = open_main_window(app, workspace)
    window.resize(1024, 768)
    keys = [spec.key for spec in screen_specs()]
    if "trends" not in keys:
        raise LookupError("the main window has no Trends screen")
    window.show_screen("trends")
    screen = window.page("trends")
    _wait_for_new_stats(app, screen, None)
    _paint(app, window)
    return app, window, screen


def main() -> int:
    data_dir = sys.argv[1]
    memory_only = "--memory-only" in sys.argv[2:]
    try:
        import attune_journal.ui.trends  # noqa: F401
    except ImportError as error:
        print(json.dumps({"missing": f"ui.trends not importable ({error})"}))
        return 0
    try:
        app, window, screen = open_trends(data_dir)
    except LookupError as error:
        print(json.dumps({"missing": str(error)}))
        return 0
    result: dict[str, float] = {}
    if memory_only:
        before = screen.stats
        screen.set_range("all")
        _wait_for_new_stats(app, screen, before)
        _paint(app, window)
    else:
        # A person looks at the first range before choosing another: let the charts'
        # own queued repaints land, or they would run during (and inside) the timing.
        _settle(app, 0.5)
        # Cold: many entries changed (``None``: the screen drops its rows), then "All".
        window.bridge.entries_changed.emit(None)
        before = screen.stats
        began, began_cpu = time.perf_counter(), _cpu_ms()
        screen.set_range("all")
        _wait_for_new_stats(app, screen, before)
        _paint(app, window)
        result["total_ms"] = (time.perf_counter() - began) * 1000
        result["cpu_ms"] = _cpu_ms() - began_cpu
        result["compute_ms"] = float(screen.compute_ms)
        result["draw_ms"] = float(screen.draw_ms)
        # The change above also queued the screen's own debounced refresh; let it land.
        _settle(app, 0.8)
        # Warm: over to "1 year" and back to "All"; the rows stay in memory.
        before = screen.stats
        screen.set_range("1y")
        _wait_for_new_stats(app, screen, before)
        _paint(app, window)
        before = screen.stats
        began = time.perf_counter()
        screen.set_range("all")
        _wait_for_new_stats(app, screen, before)
        _paint(app, window)
        result["warm_ms"] = (time.perf_counter() - began) * 1000
    result["entries"] = float(screen.stats.entry_count)
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown; nothing is measured after this


if __name__ == "__main__":
    sys.exit(main())

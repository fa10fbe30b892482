"""The smoke start: prove an installed or bundled app can show and paint its window."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def paint_once_then_quit(app: QApplication, window: QWidget) -> None:
    """After the first event-loop turn, force a paint of the window and quit with 0 (or 1)."""
    started = time.perf_counter()

    def check() -> None:
        image = window.grab()  # renders every visible widget once, offscreen or not
        ok = not image.isNull() and image.width() > 0 and window.isVisible()
        elapsed_ms = (time.perf_counter() - started) * 1000
        if ok:
            print(
                f"smoke: main window painted ({image.width()}x{image.height()}) "
                f"{elapsed_ms:.0f} ms after show"
            )
        else:
            print("smoke: the main window did not paint", file=sys.stderr)
        app.exit(0 if ok else 1)

    QTimer.singleShot(0, check)

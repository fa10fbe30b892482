"""Composition root of the desktop app: resolve paths, open the store, start Qt.

The only place where the workspace, the Qt application and the main window meet.
Errors the person can act on (a store from a newer version, a damaged file) are
shown in a plain dialog instead of a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run_app(
    data_dir: str | Path | None = None, argv: list[str] | None = None, smoke: bool = False
) -> int:
    """Open the main window and run until it closes; returns the exit code."""
    # Qt with no display and no platform aborts without a word; say what to do instead.
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "attune-journal: no display found. Run it inside a desktop session, or set "
            "QT_QPA_PLATFORM=offscreen for a headless check.",
            file=sys.stderr,
        )
        return 1
    from attune_journal.ui.application import start

    return start(data_dir, argv if argv is not None else sys.argv[:1], smoke=smoke)

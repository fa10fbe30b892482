"""Long painting sessions must not abort the interpreter (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

import attune_journal.ui.widgets  # noqa: F401  (importing the widgets applies the guard)
from attune_journal.ui.widgets.mood_grid import MoodGrid


def test_many_paints_moves_and_emits_do_not_exhaust_none_or_true(qtbot) -> None:
    # Without ui.workers.guard_pyside_refcounts() this aborts the whole test run
    # ("none_dealloc" / "bool_dealloc") after a few thousand void calls or emits.
    grid = MoodGrid()
    qtbot.addWidget(grid)
    grid.resize(240, 240)
    grid.set_density([(0.5, 0.5, 1.0), (-0.5, -0.2, 0.4)])
    for step in range(20_000):
        grid.set_point((step % 20) / 10 - 1, 0.0)  # emits point_changed, calls update()
    for _ in range(30):
        grid.grab()  # each paint makes dozens of void QPainter calls
    assert sys.getrefcount(None) > 1_000
    assert sys.getrefcount(True) > 1_000

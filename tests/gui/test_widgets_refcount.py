"""Long painting sessions keep None and True alive (PySide6 6.12.0 broke this on 3.11).

PySide6-Essentials 6.12.0 drops a reference to True on every Python emit and one to
None on every void Qt call under CPython 3.11, which aborts the interpreter after a
few thousand calls; pyproject.toml excludes that release. This test fails loudly
(rather than crashing the whole run at random) if such a build is ever installed.
"""

from __future__ import annotations

import sys

from attune_journal.ui.widgets.mood_grid import MoodGrid


def test_many_paints_moves_and_emits_keep_none_and_true_referenced(qtbot) -> None:
    grid = MoodGrid()
    qtbot.addWidget(grid)
    grid.resize(240, 240)
    grid.set_density([(0.5, 0.5, 1.0), (-0.5, -0.2, 0.4)])
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for step in range(2_000):
        grid.set_point((step % 20) / 10 - 1, 0.0)  # emits point_changed, calls update()
    for _ in range(10):
        grid.grab()  # each paint makes dozens of void QPainter calls
    # An affected build loses thousands here; ordinary churn moves a few dozen.
    assert sys.getrefcount(None) > none_before - 500
    assert sys.getrefcount(True) > true_before - 500

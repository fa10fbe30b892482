"""Trends' "What seems to help you" on a small window with large text: the comparison with
waiting is readable at 800x600 with text at 150%, and says what the shared rule says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from attune_journal.core import stats as core_stats
from tests.clock import Clock
from tests.unit.test_what_helps import _week


@pytest.fixture
def large_text(qtbot) -> Iterator[None]:
    """The system's text at 150%, as in tests/gui/test_every_screen.py."""
    from attune_journal.ui.application import make_qapplication

    app = make_qapplication([])
    font = app.font()
    scaled = app.font()
    scaled.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(scaled)
    yield
    app.setFont(font)


def test_the_strategy_list_reads_at_800_by_600_with_large_text(
    qtbot, data_dir: Path, fixed_clock: Clock, large_text: None, request: pytest.FixtureRequest
) -> None:
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    # Six days of waits and strategies, ending two days before the pinned today.
    workspace.journal.save_many(_week(fixed_clock.now - timedelta(days=8)))
    workspace.close()

    window = request.getfixturevalue("main_window")
    window.resize(800, 600)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(window, QKeySequence("Ctrl+3"))
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.isVisible() and page.stats is not None, timeout=10000)
    qtbot.waitUntil(lambda: not page._opening, timeout=10000)

    report = page.stats.strategies
    lines = [page.strategy_list.item(i).text() for i in range(page.strategy_list.count())]
    assert lines == core_stats.helped_lines(report)
    assert lines[0].startswith("Cyclic sigh: seems to help more than waiting")
    assert lines[1].startswith("Doing nothing: about the same as waiting so far")
    assert lines[2].startswith("Waiting, with no strategy noted: on average 1.0 step")
    assert "waiting" in page.strategy_panel.summary.text()

    # Each sentence wraps inside the list: nothing runs off to the side.
    page.strategy_list.scrollToItem(page.strategy_list.item(0))
    assert page.strategy_panel.isVisibleTo(page)
    viewport = page.strategy_list.viewport().width()
    assert viewport > 0 and page.strategy_list.horizontalScrollBar().maximum() == 0
    line_height = page.strategy_list.fontMetrics().height()
    for i in range(len(lines)):
        rect = page.strategy_list.visualItemRect(page.strategy_list.item(i))
        assert rect.width() <= viewport
        assert rect.height() >= line_height  # drawn, not squashed to nothing
    assert page.strategy_panel.summary.wordWrap()

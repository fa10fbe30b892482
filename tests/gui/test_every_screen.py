"""Every screen and dialog of a main window on a one-year journal, reached as a person
reaches them (shortcuts, menu actions, the mouse over the charts), at three window
sizes. A Python exception in a slot or any Qt warning fails this test (pytest-qt's
exception capture and ``qt_log_level_fail = WARNING`` in pyproject.toml)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.gui.screens import SCREENS
from tests.journal_gen import generate

# The offscreen platform cannot size or raise real windows, and says so for tooltips.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

SIZES = [(800, 600), (1280, 800), (1920, 1080)]


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def full_window(request, qtbot, data_dir: Path) -> Iterator[object]:
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    font = app.font()
    scaled = app.font()
    scaled.setPointSizeF(font.pointSizeF() * request.param)  # the system's text size
    app.setFont(scaled)
    request.addfinalizer(lambda: app.setFont(font))
    workspace = open_workspace(data_dir)
    workspace.settings.relationship_enabled = True
    workspace.save_settings()
    generate(workspace.journal, years=1, seed=3)
    window = open_main_window(app, workspace)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.close()
    workspace.close()


def _press(window: QWidget, sequence: str) -> None:
    """A key combination as a person presses it, with the main window in front."""
    from PySide6.QtGui import QKeySequence

    window.activateWindow()  # a dialog just closed hands the focus back
    for _ in range(100):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(20)
    QTest.keySequence(window, QKeySequence(sequence))


def _close_whatever_opens(qtbot) -> list[str]:
    """Close the next dialog that opens (a modal one blocks the test otherwise)."""
    seen: list[str] = []

    def close() -> None:
        widget = QApplication.activeModalWidget() or QApplication.activeWindow()
        for candidate in [widget, *QApplication.topLevelWidgets()]:
            if isinstance(candidate, QDialog | QMessageBox) and candidate.isVisible():
                seen.append(type(candidate).__name__)
                candidate.reject()
                return
        QTimer.singleShot(50, close)  # not open yet: look again

    QTimer.singleShot(100, close)
    return seen


def test_every_screen_and_dialog_at_three_sizes(qtbot, full_window) -> None:
    window = full_window
    for width, height in SIZES:
        window.resize(width, height)
        for key, shortcut in SCREENS:
            _press(window, shortcut)
            qtbot.waitUntil(lambda key=key: window.page(key).isVisible(), timeout=10_000)
            screen = window.page(key)
            qtbot.wait(150)  # workers (Trends, History) report back
            # The mouse over the screen, as a person's would wander: hover and a wheel.
            centre = screen.rect().center()
            for point in (centre, QPoint(centre.x() // 2, centre.y()), QPoint(10, 10)):
                QTest.mouseMove(screen, point)
                qtbot.wait(20)
        # Dialogs from the menus and their shortcuts.
        for shortcut in ("Ctrl+Shift+N", "Ctrl+Shift+E", "Ctrl+Shift+I", "F1"):
            seen = _close_whatever_opens(qtbot)
            _press(window, shortcut)
            qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=10_000)
        seen = _close_whatever_opens(qtbot)
        window.help_menu.actions()[-1].trigger()  # About
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=10_000)
    _press(window, "Ctrl+3")
    trends = window.page("trends")
    qtbot.waitUntil(trends.isVisible)
    qtbot.wait(300)
    # Over each chart: a hover and a wheel (which scrolls the page, never zooms).
    from pyqtgraph import PlotWidget

    for chart in trends.findChildren(PlotWidget):
        if chart.isVisible():
            QTest.mouseMove(chart, chart.rect().center())
            qtbot.wait(30)
    assert window.isVisible() and Qt.WindowState.WindowMinimized not in window.windowState()

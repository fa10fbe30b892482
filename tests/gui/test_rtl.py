"""Right to left: every screen with ``QGuiApplication.setLayoutDirection(RightToLeft)``.

A pseudo right-to-left language: the English text, laid out as Arabic or Hebrew would be.
Navigation moves to the right, the check-in's buttons and step dots run from the right,
nothing is cut off at 1280x800, the charts still read (axes beside their plot, time
left to right as calendars are printed in those languages too), and the body map keeps
the person's left as the person's left: the figure is drawn and hit the same way in
both directions, never mirrored.

``ATTUNE_RTL_SCREENSHOTS=docs/screenshots`` saves ``rtl-<screen>.png`` of each screen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from attune_journal.ui.main_window import MainWindow
from tests.gui.screens import SCREENS
from tests.gui.visible_text import clipped
from tests.journal_gen import generate

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def right_to_left(qapp) -> Iterator[None]:
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def rtl_window(qtbot, data_dir: Path, right_to_left: None) -> Iterator[MainWindow]:
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    workspace = open_workspace(data_dir)
    workspace.settings.relationship_enabled = True
    workspace.save_settings()
    generate(workspace.journal, years=1, seed=3)
    window = open_main_window(app, workspace)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    yield window
    window.close()
    workspace.close()


def _press(window: QWidget, sequence: str) -> None:
    window.activateWindow()
    for _ in range(100):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(20)
    QTest.keySequence(window, QKeySequence(sequence))


def _centre_x(widget: QWidget, window: QWidget) -> float:
    return widget.mapTo(window, widget.rect().center()).x()


def _check_charts(trends: QWidget) -> list[str]:
    """Each visible chart: its axes sit beside the plot, not over it, and time runs from
    left to right with tick labels to read."""
    from pyqtgraph import PlotWidget

    problems = []
    charts = [c for c in trends.findChildren(PlotWidget) if c.isVisible()]
    assert charts, "Trends shows its charts"
    for chart in charts:
        item = chart.getPlotItem()
        box = item.vb.geometry()
        left, bottom = item.getAxis("left").geometry(), item.getAxis("bottom").geometry()
        name = chart.accessibleName()
        if item.getAxis("left").isVisible() and not left.right() <= box.left() + 1:
            problems.append(f"{name}: the scale is not at the plot's left ({left}, {box})")
        if item.getAxis("bottom").isVisible() and not bottom.top() >= box.bottom() - 1:
            problems.append(f"{name}: the time axis is not below the plot ({bottom}, {box})")
        (x0, x1), _ = item.vb.viewRange()
        first = item.vb.mapViewToScene(QPointF(x0, 0)).x()
        last = item.vb.mapViewToScene(QPointF(x1, 0)).x()
        if not first < last:
            problems.append(f"{name}: time runs right to left")
        bottom = item.getAxis("bottom")
        if bottom.isVisible():
            ticks = bottom.tickValues(x0, x1, box.width())
            labels = [
                text
                for spacing, values in ticks
                for text in bottom.tickStrings(values, bottom.scale, spacing)
            ]
            if not any(label.strip() for label in labels):
                problems.append(f"{name}: the time axis has no labels")
    return problems


def test_every_screen_mirrors_and_fits(qtbot, rtl_window: MainWindow) -> None:
    window = rtl_window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    shots = os.environ.get("ATTUNE_RTL_SCREENSHOTS")
    report: list[str] = []
    for key, shortcut in SCREENS:
        _press(window, shortcut)
        qtbot.waitUntil(lambda key=key: window.page(key).isVisible(), timeout=10_000)
        qtbot.wait(200)  # workers (Trends, History) report back
        screen = window.page(key)
        # Navigation on the right, the screen to its left.
        assert _centre_x(window.nav, window) > window.width() / 2
        assert _centre_x(screen, window) < _centre_x(window.nav, window)
        report += [f"{key}: clipped {c}" for c in clipped(window)]
        if key == "trends":
            report += [f"trends: {p}" for p in _check_charts(screen)]
        if shots:
            window.grab().save(str(Path(shots) / f"rtl-{key}.png"))
    assert (window.width(), window.height()) == (1280, 800)
    assert not report, "\n".join(report)


def test_the_check_in_steps_run_from_the_right(qtbot, rtl_window: MainWindow) -> None:
    window = rtl_window
    _press(window, "Ctrl+N")
    screen = window.page("checkin")
    qtbot.waitUntil(screen.isVisible)
    back, forward = screen.back_button, screen.next_button  # type: ignore[attr-defined]
    dots = screen.dots  # type: ignore[attr-defined]
    # Back toward the start, which is on the right; on toward the left.
    assert _centre_x(back, window) > _centre_x(forward, window)
    count = len(screen.pages)  # type: ignore[attr-defined]
    xs = [dots.dot_centre(i).x() for i in range(count)]
    assert xs == sorted(xs, reverse=True)  # the first step's dot is the rightmost
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the buttons take the next step's words
    assert screen.index == 1  # type: ignore[attr-defined]
    # The larger, current dot is the second from the right: seen on the painted dots.
    image = dots.grab().toImage()
    current, first = dots.dot_centre(1), dots.dot_centre(0)

    def ink(centre: QPointF, dx: float) -> bool:
        return image.pixelColor(int(centre.x() + dx), int(centre.y())).alpha() > 0 and (
            image.pixelColor(int(centre.x() + dx), int(centre.y())) != image.pixelColor(0, 0)
        )

    assert ink(current, 5.0) and not ink(first, 5.0)  # radius 5.5 against 4
    assert clipped(window) == []


def _body_map(qtbot, direction: Qt.LayoutDirection) -> QWidget:
    from attune_journal.ui.widgets.body_map import BodyMap

    body = BodyMap()
    body.setLayoutDirection(direction)
    body.resize(420, 520)
    qtbot.addWidget(body)
    body.show()
    qtbot.waitExposed(body)
    return body


def test_the_body_map_keeps_the_persons_left_on_their_left(qtbot, right_to_left: None) -> None:
    ltr = _body_map(qtbot, Qt.LayoutDirection.LeftToRight)
    rtl = _body_map(qtbot, Qt.LayoutDirection.RightToLeft)
    assert rtl.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Every region is hit at the same point of the figure in both directions...
    for region in ltr.regions():  # type: ignore[attr-defined]
        point = ltr.region_point(region.id)  # type: ignore[attr-defined]
        assert rtl.region_point(region.id) == point  # type: ignore[attr-defined]
        assert rtl.region_at_pos(point) == ltr.region_at_pos(point) == region.id  # type: ignore[attr-defined]
    # ...a click there chooses the same part of the body...
    chosen: list[str] = []
    rtl.region_activated.connect(chosen.append)  # type: ignore[attr-defined]
    where = rtl.region_point("hands").toPoint()  # type: ignore[attr-defined]
    qtbot.mouseClick(rtl, Qt.MouseButton.LeftButton, pos=where)
    assert chosen[:1] == ["hands"]
    # ...and the map is painted the same way, figure and tabs, never mirrored.
    assert ltr.grab().toImage() == rtl.grab().toImage()
    tab = ltr.region_rect("upper_back")  # type: ignore[attr-defined]
    assert tab.left() > ltr._box().center().x()  # type: ignore[attr-defined]
    assert rtl.region_rect("upper_back") == tab  # type: ignore[attr-defined]

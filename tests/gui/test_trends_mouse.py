"""The Trends charts under the mouse, driven the way a person would.

A plain wheel over a chart scrolls the page and leaves the chart alone; Ctrl+wheel
zooms the dates around the pointer, never past the data; "Reset view" shows once a
chart is zoomed or panned and brings the whole range back; hovering a point shows
its values and rings it. Any exception in a slot or Qt warning fails these tests
(pytest-qt's default capture and ``qt_log_level_fail`` in pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from tests.journal_gen import generate

# The offscreen platform the tests run on cannot raise a window; a tooltip asks it to.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

DATED = ("activation_plot", "quadrant_plot", "pillar_plot")


@pytest.fixture
def trends(qtbot, data_dir: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    workspace.settings.relationship_enabled = True
    workspace.save_settings()
    generate(workspace.journal, years=1)
    workspace.close()
    window = request.getfixturevalue("main_window")
    window.resize(1280, 800)
    window.show_screen("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.entry_count > 0, timeout=10000)
    qtbot.waitUntil(lambda: page.activation_plot.isVisible(), timeout=5000)
    yield page


def _wheel(plot, steps: int, ctrl: bool = False, at: QPoint | None = None) -> bool:
    """One notch per step (positive: away from the person) at ``at`` or the centre."""
    viewport = plot.viewport()
    pos = QPointF(at if at is not None else viewport.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    return QApplication.sendEvent(viewport, event)


def _x_range(plot) -> tuple[float, float]:
    left, right = plot.getViewBox().viewRange()[0]
    return float(left), float(right)


def _limits(plot) -> tuple[float, float]:
    lo, hi = plot.getViewBox().state["limits"]["xLimits"]
    return float(lo), float(hi)


def _scroll_into_view(qtbot, page, plot) -> None:
    """Scroll the page (its scroll bar, as a person might drag it) to show ``plot`` whole."""
    inner = page.scroll_area.widget()
    qtbot.waitUntil(lambda: plot.height() > 0)
    top = plot.mapTo(inner, QPoint(0, 0)).y()
    page.scroll_area.verticalScrollBar().setValue(top - 20)
    viewport = page.scroll_area.viewport()
    qtbot.waitUntil(
        lambda: viewport.rect().contains(QRect(plot.mapTo(viewport, QPoint(0, 0)), plot.size()))
    )


def _point_on_screen(plot, x: float, y: float) -> QPoint:
    """Where the data point (x, y) is drawn, in the chart's viewport."""
    scene = plot.getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def test_a_plain_wheel_over_any_chart_scrolls_the_page(qtbot, trends) -> None:
    bar = trends.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # at 1280x800 the charts are taller than the window
    assert bar.value() == 0
    for name in (*DATED, "needs_plot"):
        plot = getattr(trends, name)
        before, scrolled = _x_range(plot), bar.value()
        if scrolled == bar.maximum():
            bar.setValue(0)
            scrolled = 0
        _wheel(plot, -1)  # towards the person: down the page
        assert bar.value() > scrolled, name
        assert _x_range(plot) == before, name
        assert not plot.controls.reset_button.isVisible()
    bar.setValue(bar.maximum())
    _wheel(trends.pillar_plot, 2)  # and back up
    assert bar.value() < bar.maximum()


def test_ctrl_wheel_zooms_the_dates_within_the_data_and_reset_view_restores_them(
    qtbot, trends
) -> None:
    plot = trends.activation_plot
    button = plot.controls.reset_button
    bar = trends.scroll_area.verticalScrollBar()
    home = _x_range(plot)
    assert home == pytest.approx(_limits(plot))
    assert not button.isVisible()
    # Zoom in around a point a quarter of the way across: that date stays put.
    viewport = plot.viewport()
    left = QPoint(viewport.width() // 4, viewport.height() // 2)
    under = plot.getViewBox().mapSceneToView(plot.mapToScene(left)).x()
    scrolled = bar.value()
    assert _wheel(plot, 3, ctrl=True, at=left)
    lo, hi = _x_range(plot)
    assert home[0] <= lo < hi <= home[1]
    assert hi - lo < 0.6 * (home[1] - home[0])
    assert plot.getViewBox().mapSceneToView(plot.mapToScene(left)).x() == pytest.approx(
        under, abs=(hi - lo) / 100
    )
    assert bar.value() == scrolled  # the page stayed where it was
    qtbot.waitUntil(button.isVisible)
    assert button.accessibleName() == "Reset view of Activation over time"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.geometry().right() <= plot.width() and button.y() >= 0
    # Zooming in stops at two days, so the axis still names days.
    for _ in range(10):
        _wheel(plot, 3, ctrl=True)
    lo, hi = _x_range(plot)
    assert hi - lo == pytest.approx(2 * 86400) and home[0] <= lo < hi <= home[1]
    # Zooming out, however far, ends at the data's own range (never 1900 to 2200).
    for _ in range(10):
        _wheel(plot, -3, ctrl=True)
    assert _x_range(plot) == pytest.approx(home)
    assert not button.isVisible()
    _wheel(plot, 2, ctrl=True)
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _x_range(plot) == pytest.approx(home)
    assert not button.isVisible()
    assert bar.value() == scrolled


def test_a_drag_pans_inside_the_data_and_reset_view_is_reached_by_keyboard(qtbot, trends) -> None:
    plot = trends.quadrant_plot
    _scroll_into_view(qtbot, trends, plot)
    home = _x_range(plot)
    _wheel(plot, 4, ctrl=True)
    zoomed = _x_range(plot)
    width = zoomed[1] - zoomed[0]
    viewport = plot.viewport()
    centre = viewport.rect().center()
    # Drag to the right: earlier dates come into view, and never beyond the first week.
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    for step in range(1, 11):
        QTest.mouseMove(viewport, centre + QPoint(step * 40, 0))
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        centre + QPoint(400, 0),
    )
    lo, hi = _x_range(plot)
    assert lo < zoomed[0] and lo >= home[0] - 1e-3
    assert hi - lo == pytest.approx(width)
    button = plot.controls.reset_button
    assert button.isVisible()
    # Keyboard: from the chart, Tab reaches "Reset view"; Space presses it.
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    QTest.keyClick(plot, Qt.Key.Key_Tab)
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert _x_range(plot) == pytest.approx(home)
    assert not button.isVisible()
    assert plot.hasFocus()  # focus went back to the chart, not lost


def test_hovering_a_reading_shows_its_values_and_rings_it(qtbot, trends) -> None:
    plot = trends.activation_plot
    controls = plot.controls
    readings = trends.stats.readings
    reading = readings[len(readings) // 2]
    spot = _point_on_screen(plot, reading.t, reading.value)
    QTest.mouseMove(plot.viewport(), spot + QPoint(0, 3))
    text = trends._describe_reading(trends._reading_xs.index(reading.t))
    qtbot.waitUntil(lambda: trends.activation_panel.readout.text() != "")
    index = trends._reading_xs.index(reading.t)
    shown = trends.activation_panel.readout.text()
    assert f"activation {readings[index].value}" in shown or shown == text
    assert QToolTip.isVisible() and QToolTip.text() == shown
    assert controls.guide.isVisible()
    assert controls.marker.isVisible()
    xs, ys = controls.marker.getData()
    assert len(xs) == 1
    # The ring sits on a reading's own place (the nearest one by date).
    nearest = readings[trends._reading_xs.index(float(xs[0]))]
    assert float(ys[0]) == nearest.value
    assert abs(nearest.t - reading.t) < 86400
    # Leaving the chart takes the ring away.
    QTest.mouseMove(trends.activation_panel.save_button)
    qtbot.waitUntil(lambda: not controls.marker.isVisible())
    assert not controls.guide.isVisible()


def test_hovering_a_week_shows_its_shares_and_pillar_scores(qtbot, trends) -> None:
    plot = trends.quadrant_plot
    _scroll_into_view(qtbot, trends, plot)
    week = len(trends._week_xs) // 2
    QTest.mouseMove(plot.viewport(), _point_on_screen(plot, trends._week_xs[week], 50))
    expected = trends._describe_week(week)
    qtbot.waitUntil(lambda: trends.feelings_panel.readout.text() == expected)
    assert QToolTip.text() == expected
    assert plot.controls.guide.isVisible() and plot.controls.guide.value() == trends._week_xs[week]
    assert not plot.controls.marker.isVisible()  # bars: the week's line, no ring

    plot = trends.pillar_plot
    _scroll_into_view(qtbot, trends, plot)
    answered = [i for i, w in enumerate(trends.stats.pillar_weeks) if w.answered]
    week = answered[len(answered) // 2]
    x = trends.pillar_chart.xs[week]
    QTest.mouseMove(plot.viewport(), _point_on_screen(plot, x, 3))
    expected = trends._describe_pillars(week)
    qtbot.waitUntil(lambda: trends.pillar_panel.readout.text() == expected)
    assert QToolTip.text() == expected
    xs, ys = plot.controls.marker.getData()
    assert plot.controls.marker.isVisible() and set(xs) == {x}
    assert sorted(ys) == sorted(trends.pillar_chart.values_at(week))
    assert len(ys) >= 1


def test_no_pyqtgraph_menu_or_auto_range_button(qtbot, trends) -> None:
    for name in (*DATED, "needs_plot"):
        plot = getattr(trends, name)
        item = plot.getPlotItem()
        assert not item.autoBtn.isVisible()
        assert not item.menuEnabled() and not plot.getViewBox().menuEnabled()
    plot = trends.activation_plot
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.RightButton)
    qtbot.wait(50)
    assert QApplication.activePopupWidget() is None

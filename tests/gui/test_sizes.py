"""Window sizes and text scale: nothing in the check-in's feelings and body steps is clipped.

Each case builds the main window with the person's text size set (100 % or 150 %, the
Settings "Text size"), resizes it to 800x600, 1280x800 or 1920x1080, and checks that the
step's question is in view without scrolling, the mood grid keeps to its maximum, the
body map is shown at no less than its minimum, and "Need support now?" is read whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The offscreen platform cannot raise, grab or resize windows and says so as warnings.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

SIZES = [(800, 600), (1280, 800), (1920, 1080)]
SCALES = [1.0, 1.5]


@pytest.fixture
def scaled_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Build main windows at a text scale and theme; the application's look is restored after."""
    from PySide6.QtWidgets import QApplication

    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    font, palette, sheet = QApplication.font(), QApplication.palette(), app.styleSheet()
    opened: list[Any] = []

    def build(scale: float, size: tuple[int, int], theme: str = "light") -> Any:
        workspace = open_workspace(tmp_path / f"journal-{len(opened)}")
        workspace.settings.font_scale = scale
        workspace.settings.theme = theme
        window = open_main_window(app, workspace)  # applies the text size and the theme
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        window.resize(*size)
        opened.append((window, workspace))
        QApplication.processEvents()
        return window

    yield build
    for window, workspace in opened:
        window.close()
        workspace.close()
    app.setStyleSheet(sheet)
    QApplication.setPalette(palette)
    QApplication.setFont(font)


def _open_step(window: Any, page: Any) -> Any:
    from PySide6.QtWidgets import QApplication

    screen = window.show_screen("checkin")
    screen.go_to(screen.pages.index(page) if page is not None else 0)
    QApplication.processEvents()
    return screen


def _heading_in_view(screen: Any) -> None:
    from PySide6.QtCore import QPoint, QRect

    page = screen.current_page
    viewport = screen.scrolls[screen.index].viewport()
    heading = QRect(page.heading.mapTo(viewport, QPoint(0, 0)), page.heading.size())
    assert viewport.rect().contains(heading), (heading, viewport.rect())


def _support_fits(window: Any) -> None:
    button = window.support_button
    text_width = button.fontMetrics().horizontalAdvance(button.text())
    assert button.isVisible()
    # The style sheet pads the button by 10 px a side; the text must fit inside that.
    assert text_width + 20 <= button.contentsRect().width(), (text_width, button.width())
    assert button.geometry().right() < window.nav_column.width()


def _navigation_fits(window: Any) -> None:
    nav = window.nav
    metrics = nav.fontMetrics()
    for row in range(nav.count()):
        item = nav.item(row)
        if item.isHidden():
            continue
        assert metrics.horizontalAdvance(item.text()) <= nav.visualItemRect(item).width()


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES)
def test_feelings_and_body_steps_fit(scaled_window, size, scale) -> None:
    from PySide6.QtWidgets import QApplication

    from attune_journal.ui.widgets.mood_grid import MoodGrid

    window = scaled_window(scale, size)
    screen = window.page("checkin")

    _open_step(window, screen.feelings)
    _heading_in_view(screen)
    grid = screen.feelings.picker.grid
    assert grid.isVisible()
    assert grid.width() <= MoodGrid.MAXIMUM_SIDE
    assert grid.width() == grid.height()  # square, sized by the room it has
    assert grid.width() >= grid.minimumSizeHint().width()
    _support_fits(window)
    _navigation_fits(window)
    # With a point placed, the words near it wrap to fewer a row rather than run off the side.
    grid.set_point(0.5, 0.4)
    QApplication.processEvents()
    scroll = screen.scrolls[screen.index]
    assert scroll.horizontalScrollBar().maximum() == 0
    for button in screen.feelings.picker.near_buttons:
        right = button.mapTo(scroll.viewport(), button.rect().topRight()).x()
        assert right < scroll.viewport().width()
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())

    _open_step(window, screen.body_page)
    _heading_in_view(screen)
    body_map = screen.body_page.picker.map
    assert body_map.isVisible()
    assert body_map.width() >= body_map.minimumSizeHint().width()
    assert body_map.height() >= body_map.minimumSizeHint().height()
    assert screen.body_page.picker.region_list.isVisible()
    assert screen.body_page.picker.tree.isVisible()


def test_a_big_window_keeps_the_grid_beside_its_question(scaled_window) -> None:
    from attune_journal.ui.widgets.mood_grid import MoodGrid

    window = scaled_window(1.0, (1920, 1080))
    screen = _open_step(window, window.page("checkin").feelings)
    grid = screen.feelings.picker.grid
    assert grid.width() == MoodGrid.MAXIMUM_SIDE
    assert screen.scrolls[screen.index].verticalScrollBar().maximum() == 0  # nothing to scroll
    # The grid starts right under the helper line, not in the middle of spare height.
    page = screen.feelings
    gap = grid.mapTo(page, grid.rect().topLeft()).y() - page.helper.geometry().bottom()
    assert gap < 40


def test_the_support_column_grows_when_text_is_made_larger(scaled_window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from attune_journal.ui.theme import apply_theme

    window = scaled_window(1.0, (1280, 800))
    before = window.nav_column.width()
    window.workspace.settings.font_scale = 1.5
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, window.workspace.settings)  # as Settings does
    qtbot.waitUntil(lambda: window.nav_column.width() > before)
    _support_fits(window)


@pytest.mark.parametrize("scale", SCALES)
def test_one_suggestion_shows_at_full_row_height(scaled_window, qtbot, scale) -> None:
    from PySide6.QtWidgets import QApplication

    from attune_journal.core.vocab import complete_feeling, feeling_lookup

    window = scaled_window(scale, (1280, 800))
    screen = _open_step(window, window.page("checkin").feelings)
    picker = screen.feelings.picker
    prefix = next(
        word[:n]
        for word in sorted(w.word for w in feeling_lookup().values())
        for n in range(3, len(word) + 1)
        if len(complete_feeling(word[:n])) == 1
    )
    picker.word_edit.setFocus()
    qtbot.keyClicks(picker.word_edit, prefix)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QApplication.processEvents()
    assert popup.model().rowCount() == 1
    row = popup.visualRect(popup.model().index(0, 0))
    line = popup.fontMetrics().height()
    assert row.height() >= line
    assert popup.viewport().height() >= row.height()
    assert popup.viewport().height() >= line
    popup.hide()


def test_the_region_being_edited_stays_marked_on_the_map(qtbot) -> None:
    from PySide6.QtCore import QPoint

    from attune_journal.ui.widgets.body_map import BodyPicker

    picker = BodyPicker()
    qtbot.addWidget(picker)
    picker.resize(900, 460)
    picker.show()
    qtbot.waitExposed(picker)
    body_map = picker.map
    point = body_map.region_point("belly").toPoint()

    def colour_at(where: QPoint) -> int:
        return body_map.grab().toImage().pixel(where)

    plain = colour_at(point)
    picker.select_region("belly")
    picker.tree.setFocus()  # editing its sensations: the map no longer has focus
    qtbot.waitUntil(lambda: not body_map.hasFocus())
    assert body_map.editing_region() == "belly"
    assert colour_at(point) != plain  # the region is washed with the accent colour
    picker.select_region("upper_back")  # a tab beside the figure
    assert body_map.editing_region() == "upper_back"
    assert colour_at(point) == plain


def test_a_narrow_body_step_keeps_a_smaller_map_and_the_list(qtbot) -> None:
    from attune_journal.ui.widgets.body_map import BodyPicker

    picker = BodyPicker()
    qtbot.addWidget(picker)
    picker.resize(1100, 460)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.arrangement() == BodyPicker.BESIDE
    _row, beside = picker._needed_widths()
    picker.resize(beside - 10, 600)
    qtbot.waitUntil(lambda: picker.arrangement() == BodyPicker.BELOW)
    assert picker.map.isVisible() and picker.region_list.isVisible()
    assert picker.map.width() >= picker.map.minimumSizeHint().width()
    # Growing back needs a little more than shrinking did, so a scroll bar cannot flicker it.
    picker.resize(beside + 2, 600)
    qtbot.wait(20)
    assert picker.arrangement() == BodyPicker.BELOW
    picker.resize(beside + BodyPicker.HYSTERESIS, 600)
    qtbot.waitUntil(lambda: picker.arrangement() == BodyPicker.BESIDE)

"""Window sizes and text scale: nothing on Today, History, Week and Trends is cut short.

Each case opens a one-year journal with the person's text size (100 % or 150 %, the
Settings "Text size") at 800x600, 1280x800 or 1920x1080, and checks that every label,
button, field and list box shows its text (or hint) whole, that wrapped labels have the
height their lines need, that nothing reaches past the window's sides, that History's
calendar shows whole day names and all six weeks, and that its row titles are whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

SIZES = [(800, 600), (1280, 800), (1920, 1080)]
SCALES = [1.0, 1.5]
SCREENS = ["today", "history", "week", "trends"]


@pytest.fixture(scope="module")
def year_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated year, copied for each case so every window reads the same entries."""
    from attune_journal.workspace import open_workspace
    from tests.journal_gen import generate

    folder = tmp_path_factory.mktemp("year") / "journal"
    workspace = open_workspace(folder)
    generate(workspace.journal, years=1)
    workspace.close()
    return folder


@pytest.fixture
def scaled_window(qtbot, tmp_path: Path, year_journal: Path) -> Iterator[Callable[..., Any]]:
    import shutil

    from PySide6.QtWidgets import QApplication

    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    font, palette, sheet = QApplication.font(), QApplication.palette(), app.styleSheet()
    opened: list[Any] = []

    def build(scale: float, size: tuple[int, int], theme: str = "light") -> Any:
        folder = tmp_path / f"journal-{len(opened)}"
        shutil.copytree(year_journal, folder)
        workspace = open_workspace(folder)
        workspace.settings.font_scale = scale
        workspace.settings.theme = theme
        window = open_main_window(app, workspace)
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


def _shown_text(widget: Any) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.RichText or widget.text().startswith("<"):
            return ""
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if isinstance(widget, QPushButton):
        return widget.text().replace("&", "")
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        line = widget.lineEdit()
        return widget.currentText() or (line.placeholderText() if line else "")
    return ""


def _nothing_cut(window: Any, screen: Any) -> list[str]:
    from PySide6.QtWidgets import QLabel, QWidget

    problems = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        text = _shown_text(widget)
        if text:
            if isinstance(widget, QLabel) and widget.wordWrap():
                needed = widget.heightForWidth(widget.contentsRect().width())
                if needed > widget.contentsRect().height():
                    problems.append(f"wrapped {text!r}: {needed} > {widget.height()}")
            else:
                metrics = widget.fontMetrics()
                advance = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if advance > widget.contentsRect().width():
                    problems.append(f"{text!r}: {advance} > {widget.contentsRect().width()}")
        left = widget.mapTo(window, widget.rect().topLeft()).x()
        if left < 0 or left + widget.width() > window.width():
            problems.append(f"{type(widget).__name__} {text!r} outside the window")
    return problems


def _settle(window: Any, key: str, qtbot: Any) -> Any:
    from PySide6.QtWidgets import QApplication

    screen = window.show_screen(key)
    if key == "trends":
        qtbot.waitUntil(lambda: screen.stats is not None, timeout=10000)
    for _ in range(3):
        QApplication.processEvents()
    return screen


def _calendar_whole(history: Any) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QTableView

    calendar = history.calendar
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None and view.isVisible()
    metrics = view.fontMetrics()
    model = view.model()
    first_column = 0  # no week numbers column
    for column in range(first_column, first_column + 7):
        name = str(model.data(model.index(0, column)))
        full = [
            calendar.locale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)
        ]
        assert name in full, name
        assert metrics.horizontalAdvance(name) <= view.columnWidth(column), name
    # The day names and six weeks, each row at least a line of text high and in view.
    line = metrics.height()
    assert model.rowCount() == 7
    for row in range(7):
        assert view.rowHeight(row) >= line, (row, view.rowHeight(row), line)
        assert view.rowViewportPosition(row) + view.rowHeight(row) <= view.viewport().height()


def _titles_whole(history: Any) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from attune_journal.ui.history import EntryDelegate, row_lines

    bold = QFont(history.list.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    width = history.list.viewport().width() - 3 * EntryDelegate.PADDING - 2
    assert history.model.rowCount() > 0
    for row in range(min(history.model.rowCount(), 200)):
        entry = history.model.entry_at(row)
        assert entry is not None
        title, _details = row_lines(entry, metrics, width)
        assert metrics.horizontalAdvance(title) <= width, title


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES)
def test_nothing_is_cut_on_the_everyday_screens(scaled_window, qtbot, size, scale) -> None:
    window = scaled_window(scale, size)
    for key in SCREENS:
        screen = _settle(window, key, qtbot)
        assert _nothing_cut(window, screen) == [], key
        if key == "history":
            _calendar_whole(screen)
            _titles_whole(screen)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_small_window_at_a_large_text_size_in_either_theme(scaled_window, qtbot, theme) -> None:
    window = scaled_window(1.5, (800, 600), theme)
    for key in SCREENS:
        screen = _settle(window, key, qtbot)
        assert _nothing_cut(window, screen) == [], key
        window.grab().save(str(Path("/tmp") / f"attune-sizes-{key}-{theme}.png"))

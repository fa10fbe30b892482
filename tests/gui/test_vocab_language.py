"""A journal written in German reads in English: the words chosen on the grid, typed in the
feeling field and picked among the needs keep their vocabulary ids, History shows them in
English after a restart in English, and Trends counts the German and the English words
as one. Driven with real keys and clicks, as a person does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from attune_journal.core.models import BodySensation, CheckIn, Feeling, NeedState, StrategyTry
from attune_journal.ui.main_window import MainWindow

if TYPE_CHECKING:
    from attune_journal.ui.checkin import CheckInScreen
    from attune_journal.ui.history import HistoryScreen
    from attune_journal.ui.trends import TrendsScreen

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """Start the app in a language (as the Settings choice does at start), English after."""
    from attune_journal.ui.i18n import install_language

    yield install_language
    install_language("en")


def _open(qtbot, data_dir: Path) -> MainWindow:
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    window = open_main_window(app, open_workspace(data_dir))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()  # the person's window has the keyboard: shortcuts reach it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _close(window: MainWindow) -> None:
    workspace = window.workspace
    window.close()
    workspace.close()


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; a letter such as "ö" goes as its own key with its text
    (``QTest.keyClicks`` knows ASCII only)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key(ord(char.upper())),
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def _write_a_checkin_in_german(qtbot, window: MainWindow) -> CheckIn:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    screen = cast("CheckInScreen", window.page("checkin"))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen)
    for _step in range(2):  # past "arrive" and the body, to the feelings
        qtbot.keyClick(screen, Qt.Key.Key_Right, ALT)
    assert screen.current_page is screen.feelings
    picker = screen.feelings.picker

    # A place on the grid, then the word offered nearest to it.
    grid = picker.grid
    spot = grid.to_widget(0.9, 0.5)
    QTest.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(round(spot.x()), round(spot.y())))
    nearest = picker.near_buttons[0]
    assert nearest.text() == "glücklich"
    QTest.mouseClick(nearest, Qt.MouseButton.LeftButton)

    # "fröh" in the word field: the completion offers "fröhlich", Down and Enter take it.
    QTest.mouseClick(picker.word_edit, Qt.MouseButton.LeftButton)
    _type(picker.word_edit, "fröh")
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "fröhlich"
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert [f.word for f in picker.feelings()] == ["glücklich", "fröhlich"]

    qtbot.keyClick(screen, Qt.Key.Key_Right, ALT)  # on to the needs
    assert screen.current_page is screen.needs
    needs = screen.needs.picker
    QTest.mouseClick(needs.filter_edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(needs.filter_edit, "Erholung")
    QTest.keyClick(needs.filter_edit, Qt.Key.Key_Return)
    assert [n.need for n in needs.needs()] == ["Erholung"]

    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)  # save from here
    [entry] = window.workspace.journal.entries()
    assert isinstance(entry, CheckIn)
    return entry


def test_written_in_german_read_in_english_and_counted_as_one(
    qtbot, data_dir: Path, language
) -> None:
    language("de")
    window = _open(qtbot, data_dir)
    saved = _write_a_checkin_in_german(qtbot, window)
    # The words the person saw, each with its id.
    assert [(f.word, f.word_id) for f in saved.feelings] == [
        ("glücklich", "happy"),
        ("fröhlich", "joyful"),
    ]
    assert all(f.pleasantness is not None for f in saved.feelings)
    assert [(n.need, n.need_id, n.met) for n in saved.needs] == [("Erholung", "rest", False)]
    history = cast("HistoryScreen", window.show_screen("history"))
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    assert "glücklich, fröhlich" in history.model.index(0, 0).data()
    _close(window)

    language("en")  # the next start, in English
    window = _open(qtbot, data_dir)
    history = cast("HistoryScreen", window.show_screen("history"))
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    row = history.model.index(0, 0).data()
    assert "happy, joyful" in row and "fröhlich" not in row
    QTest.mouseClick(
        history.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=history.list.visualRect(history.model.index(0, 0)).center(),
    )
    qtbot.waitUntil(lambda: "joyful" in history.detail.toPlainText())
    shown = history.detail.toPlainText()
    assert "rest" in shown and "Erholung" not in shown

    # The same feeling and need saved in English: Trends counts one series each.
    window.bridge.save(
        CheckIn(
            feelings=[Feeling("joyful", 0.8, 0.4)],
            needs=[NeedState("rest", True)],
            body=[BodySensation("chest", "tight")],
            strategy=StrategyTry("Box breathing", 7, 4),
        )
    )
    trends = cast("TrendsScreen", window.show_screen("trends"))
    qtbot.waitUntil(
        lambda: trends.stats is not None and trends.stats.entry_count == 2, timeout=10000
    )
    stats = trends.stats
    assert stats is not None
    assert [(n.need, n.met, n.unmet) for n in stats.needs] == [("rest", 1, 1)]
    assert "rest" in trends.needs_panel.summary.text()
    _close(window)


def test_a_saved_german_checkin_opens_in_english_with_english_words_kept_by_id(
    qtbot, data_dir: Path, language
) -> None:
    """Changing an entry written in German, in English: the pickers show the English words
    and save them with the same ids."""
    language("en")
    window = _open(qtbot, data_dir)
    window.bridge.save(
        CheckIn(
            feelings=[Feeling("fröhlich", 0.8, 0.4, 3)],
            needs=[NeedState("gehört werden", True)],
            body=[BodySensation("chest", "Kloß", 2)],
        )
    )
    history = cast("HistoryScreen", window.show_screen("history"))
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    QTest.mouseClick(
        history.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=history.list.visualRect(history.model.index(0, 0)).center(),
    )
    QTest.mouseClick(history.open_button, Qt.MouseButton.LeftButton)
    screen = cast("CheckInScreen", window.page("checkin"))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen)
    assert [f.word for f in screen.feelings.picker.feelings()] == ["joyful"]
    assert [n.need for n in screen.needs.picker.needs()] == ["being heard"]
    assert [b.sensation for b in screen.body_page.picker.sensations()] == ["lump"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)
    [again] = window.workspace.journal.entries()
    assert isinstance(again, CheckIn)
    assert [(f.word, f.word_id, f.intensity) for f in again.feelings] == [("joyful", "joyful", 3)]
    assert [(n.need, n.need_id) for n in again.needs] == [("being heard", "being_heard")]
    assert [(b.sensation, b.sensation_id) for b in again.body] == [("lump", "lump")]
    _close(window)


@pytest.mark.parametrize(
    ("country", "first_line", "region", "first_abuse_line"),
    [
        ("DE", "TelefonSeelsorge", "Deutschland", "Hilfetelefon Gewalt gegen Frauen"),
        ("AT", "Telefonseelsorge", "Österreich", "Frauenhelpline gegen Gewalt"),
        ("CH", "Die Dargebotene Hand", "Schweiz und Liechtenstein", "Opferhilfe Schweiz"),
    ],
)
def test_the_support_window_in_german_puts_the_countrys_lines_first(
    qtbot, language, country: str, first_line: str, region: str, first_abuse_line: str
) -> None:
    from attune_journal.settings import default_helplines
    from attune_journal.ui.support import SupportDialog

    language("de")
    dialog = SupportDialog(None, country=country)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert text.startswith("Wenn jemand gerade in Gefahr ist")
    names = [line["name"] for line in default_helplines()]
    crisis = [line["name"] for line in default_helplines() if line["kind"] == "crisis"]
    abuse = [line["name"] for line in default_helplines() if line["kind"] == "abuse"]
    assert min(crisis, key=text.index) == first_line
    assert f"{first_line} ({region})" in text
    assert min(abuse, key=text.index) == first_abuse_line
    assert "Gewalt ist kein Bruch" in text
    assert all(name in text for name in names)  # every line is there, in its place

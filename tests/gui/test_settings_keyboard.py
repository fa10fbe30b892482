"""Settings by keyboard alone: Tab reaches every control, section by section, without a trap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from attune_journal.ui.settings_screen import SettingsScreen

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def tab_stops(screen: SettingsScreen) -> list[QWidget]:
    """The controls in the screen's sections that Tab should stop at right now."""
    stops = []
    for section in screen._sections:
        for widget in section.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
                and widget.isEnabled()
                and widget.isVisible()
            ):
                stops.append(widget)
    return stops


def section_of(screen: SettingsScreen, widget: QWidget) -> int | None:
    for index, section in enumerate(screen._sections):
        if section.isAncestorOf(widget):
            return index
    return None


def test_tab_walks_every_control_in_reading_order_and_out_again(qtbot, main_window) -> None:
    main_window.resize(900, 700)
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, CTRL)
    screen = main_window.page("settings")
    assert main_window.stack.currentWidget() is screen
    assert focused() is screen.theme

    reached: list[QWidget] = []
    last, same = None, 0
    for _ in range(300):
        widget = focused()
        if section_of(screen, widget) is None:
            break  # Tab has left the sections: past the last one
        same = same + 1 if widget is last else 0
        # A time field steps through its hours and minutes; more than that is a trap.
        assert same < 3, f"Tab is stuck on {widget!r} ({widget.accessibleName()})"
        if widget is not last:
            reached.append(widget)
        if widget is screen.reminder and not widget.isChecked():
            qtbot.keyClick(widget, Qt.Key.Key_Space)  # the time field comes alive with it
            assert screen.reminder_time.isEnabled()
        last = widget
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        raise AssertionError("Tab never left the Settings sections")

    missed = [w for w in tab_stops(screen) if w not in reached]
    assert not missed, [f"{type(w).__name__} {w.accessibleName()!r}" for w in missed]
    assert screen.reminder_time in reached
    sections = [s for s in (section_of(screen, w) for w in reached) if s is not None]
    assert len(sections) == len(reached)  # each control reached is in a section
    assert sections == sorted(sections), "Tab jumps back to an earlier section"
    assert sections[0] == 0 and sections[-1] == len(screen._sections) - 1

    # The window's whole Tab cycle brings focus back to the first control.
    for _ in range(60):
        if focused() is screen.theme:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is screen.theme

    # Shift+Tab from the last control walks the same way back.
    reached[-1].setFocus(Qt.FocusReason.TabFocusReason)
    back: list[QWidget] = []
    for _ in range(len(reached) * 3):
        widget = focused()
        if not back or back[-1] is not widget:
            back.append(widget)
        if widget is screen.theme:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Backtab, SHIFT)
    assert back == list(reversed(reached))


def test_delete_in_an_own_list_removes_the_chosen_item(qtbot, main_window) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, CTRL)
    screen = main_window.page("settings")
    field = screen.own_strategies.field
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field, "a walk round the block")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert main_window.workspace.own_strategies() == ["a walk round the block"]

    qtbot.keyClick(field, Qt.Key.Key_Backtab, SHIFT)
    assert focused() is screen.own_strategies.list
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # choose the first item
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert main_window.workspace.own_strategies() == []
    assert "removed" in screen.status.text()

"""'Last time you felt like this' on the check-in's Done step: off until turned on in
Settings; then earlier check-ins like today's, "Open" and "Don't bring this back"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from attune_journal.core.models import BodySensation, CheckIn, Feeling, NeedState, StrategyTry
from tests.clock import Clock

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, most: int = 40) -> None:
    for _ in range(most):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def seed(main_window, clock: Clock) -> tuple[CheckIn, CheckIn]:
    """An earlier check-in like the one the test makes, and one not like it at all."""
    alike = CheckIn(
        at=clock.now - timedelta(days=9),
        body=[BodySensation("chest", "tight", 3)],
        feelings=[Feeling("anxious", -0.4, 0.7, 3)],
        needs=[NeedState("rest", False)],
        activation=7,
        strategy=StrategyTry("cyclic sigh", 7, 4),
    )
    unlike = CheckIn(
        at=clock.now - timedelta(days=3),
        body=[BodySensation("belly", "warm", 2)],
        feelings=[Feeling("calm", 0.5, -0.5, 2)],
        activation=3,
    )
    journal = main_window.workspace.journal
    journal.save(alike)
    journal.save(unlike)
    return alike, unlike


def checkin_by_keyboard(qtbot, main_window):
    """Tight in the chest, anxious, needing rest, activation 7; saved with Ctrl+Enter."""
    if main_window.stack.currentWidget() is main_window.page("checkin"):
        press(qtbot, Qt.Key.Key_Return)  # "Back to Today", where the Done step leaves the focus
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    screen = main_window.page("checkin")
    assert screen.step_label.text().startswith("Step 1 of 7")
    press(qtbot, Qt.Key.Key_Right, ALT)
    picker = screen.body_page.picker
    tab_to(qtbot, picker.region_list)
    qtbot.keyClicks(focused(), "chest")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is picker.tree
    qtbot.keyClicks(focused(), "tight")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right, ALT)
    feelings = screen.feelings.picker
    tab_to(qtbot, feelings.word_edit)
    qtbot.keyClicks(focused(), "anxious")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Right, ALT)
    needs = screen.needs.picker
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is needs.filter_edit
    qtbot.keyClicks(focused(), "rest")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert focused() is screen.regulation.scale
    qtbot.keyClicks(focused(), "7")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.current_page is screen.done
    return screen


def turn_on_in_settings(qtbot, main_window) -> None:
    settings = main_window.show_screen("settings")
    box = settings.last_time
    assert not box.isChecked()
    settings.scroll_area.ensureWidgetVisible(box)
    # On its box, at the left: a check box is only "hit" on its indicator and its words.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert main_window.workspace.settings.last_time_enabled


def shown_buttons(screen, name: str) -> list[QPushButton]:
    return [
        b
        for b in screen.done.last_time.findChildren(QPushButton, name)
        if b.isVisibleTo(screen.done)
    ]


def test_off_by_default_nothing_is_shown(qtbot, fixed_clock: Clock, main_window) -> None:
    assert main_window.workspace.settings.last_time_enabled is False
    seed(main_window, fixed_clock)
    screen = checkin_by_keyboard(qtbot, main_window)
    assert not screen.done.last_time.isVisible()
    assert shown_buttons(screen, "lastTimeOpen") == []


def test_turned_on_it_shows_the_like_checkin_and_forgets_it_when_asked(
    qtbot, fixed_clock: Clock, main_window, data_dir
) -> None:
    alike, _unlike = seed(main_window, fixed_clock)
    assert alike.id is not None
    turn_on_in_settings(qtbot, main_window)
    saved = main_window.workspace.paths.settings.read_text(encoding="utf-8")
    assert '"last_time_enabled": true' in saved

    screen = checkin_by_keyboard(qtbot, main_window)
    section = screen.done.last_time
    assert section.isVisible()
    assert section.heading.text() == "Last time you felt like this"
    assert list(section.items) == [alike.id]
    texts = [label.text() for label in section.items[alike.id].findChildren(type(section.heading))]
    assert "Then you tried: cyclic sigh (activation 7 → 4)" in texts
    assert any("anxious" in text and "chest" in text for text in texts)
    # Nothing needs pressing: the way on keeps the focus.
    assert focused() is screen.done.today_button

    # "Don't bring this back", reached with Tab and pressed with Space.
    (forget,) = shown_buttons(screen, "lastTimeForget")
    assert "Don't bring back the check-in from" in forget.accessibleName()
    tab_to(qtbot, forget)
    press(qtbot, Qt.Key.Key_Space)
    assert section.items == {}
    assert shown_buttons(screen, "lastTimeForget") == []
    assert "won't be brought back" in section.status.text()
    assert focused() is screen.done.today_button  # the focus is not lost
    assert main_window.workspace.journal.not_recalled_ids() == {alike.id}

    # A later check-in like it no longer offers it.
    screen = checkin_by_keyboard(qtbot, main_window)
    assert not screen.done.last_time.isVisible()
    assert screen.done.last_time.items == {}


def test_open_shows_that_day_in_history(qtbot, fixed_clock: Clock, main_window) -> None:
    alike, _unlike = seed(main_window, fixed_clock)
    turn_on_in_settings(qtbot, main_window)
    screen = checkin_by_keyboard(qtbot, main_window)
    (open_button,) = shown_buttons(screen, "lastTimeOpen")
    tab_to(qtbot, open_button)
    press(qtbot, Qt.Key.Key_Return)
    history = main_window.page("history")
    assert main_window.stack.currentWidget() is history
    selected = history.selected_entry()
    assert selected is not None and selected.id == alike.id

"""A whole day with the keyboard alone: a guided check-in and a relationship check-in.

Every key goes to whatever has focus, as a person's would; after each Tab focus must
have moved somewhere else (no trap), and what was saved is read back from the journal.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from attune_journal.core.models import BodySensation, CheckIn, NeedState, RelationshipCheckIn
from attune_journal.core.weeks import label_for_day
from attune_journal.ui.checkin import CheckInScreen
from attune_journal.ui.main_window import MainWindow
from attune_journal.ui.relationship import RelationshipScreen
from tests.clock import Clock
from tests.gui.screens import page

# The offscreen platform cannot raise, grab or resize windows and says so as warnings.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def current(tree: QTreeWidget) -> QTreeWidgetItem:
    item = tree.currentItem()
    assert item is not None, "the tree has no current item"
    return item


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab(qtbot: QtBot, backwards: bool = False) -> QWidget:
    """Tab (or Shift+Tab) once; focus must leave the widget it was on."""
    before = focused()
    press(qtbot, Qt.Key.Key_Tab, SHIFT if backwards else NO)
    after = focused()
    assert after is not before, f"Tab left focus stuck on {before!r}"
    return after


def tab_to(qtbot: QtBot, target: QWidget, most: int = 40) -> None:
    for _ in range(most):
        if focused() is target:
            return
        tab(qtbot)
    raise AssertionError(f"Tab never reached {target!r}")


def open_window(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def day_window(qtbot: QtBot, main_window: MainWindow) -> MainWindow:
    """The main window with the relationship module turned on (its note already read)."""
    settings = main_window.workspace.settings
    settings.relationship_enabled = True
    settings.relationship_safety_seen = True
    main_window.bridge.save_settings()
    open_window(qtbot, main_window)
    return main_window


def test_a_whole_day_by_keyboard(qtbot: QtBot, fixed_clock: Clock, day_window: MainWindow) -> None:
    window = day_window
    journal = window.workspace.journal

    # ---- morning: a guided check-in, Ctrl+N ----------------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    screen = page(window, "checkin", CheckInScreen)
    assert window.stack.currentWidget() is screen
    assert screen.step_label.text().startswith("Step 1 of 7")
    # Arrive: Tab along to Next and press Enter on it.
    tab_to(qtbot, screen.next_button)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.current_page is screen.body_page

    # Body: walk the figure to the chest, Space goes on to its sensations.
    picker = screen.body_page.picker
    assert focused() is picker.map
    for _ in range(len(picker.map.regions())):
        if picker.map.focused_region() == "chest":
            break
        press(qtbot, Qt.Key.Key_Down)
    assert picker.map.focused_region() == "chest"
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is picker.tree
    assert picker.current_region() == "chest"
    assert current(picker.tree).parent() is not None  # an item, not a heading
    type_text(qtbot, "tight")
    assert current(picker.tree).text(0) == "tight"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_3)
    # Esc steps back to the figure, on the same region, and does not leave the check-in.
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is screen
    assert focused() is picker.map
    assert picker.map.focused_region() == "chest"
    tab_to(qtbot, screen.next_button)
    press(qtbot, Qt.Key.Key_Return)

    # Feelings: typed by name.
    feelings = screen.feelings.picker
    assert screen.current_page is screen.feelings
    tab_to(qtbot, feelings.word_edit)
    type_text(qtbot, "hopeful")
    press(qtbot, Qt.Key.Key_Return)
    assert [f.word for f in feelings.feelings()] == ["hopeful"]
    tab_to(qtbot, screen.next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Needs: the arrows walk from need to need, over the group headings, to "rest".
    needs = screen.needs.picker
    assert focused() is needs.tree
    visited = [current(needs.tree)]
    for _ in range(60):
        if current(needs.tree).text(0) == "rest":
            break
        press(qtbot, Qt.Key.Key_Down)
        visited.append(current(needs.tree))
    assert current(needs.tree).text(0) == "rest"
    assert all(item.parent() is not None for item in visited), "a heading was a stop"
    assert len({item.parent() for item in visited}) > 1  # it did cross a heading
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Up)
    assert current(needs.tree).parent() is not None
    press(qtbot, Qt.Key.Key_Down)
    assert current(needs.tree).text(0) == "rest"
    tab_to(qtbot, screen.next_button)
    press(qtbot, Qt.Key.Key_Return)

    # Regulation: activation by typing a number.
    regulation = screen.regulation
    assert focused() is regulation.scale
    type_text(qtbot, "6")
    assert regulation.scale.value() == 6
    tab_to(qtbot, screen.next_button)
    press(qtbot, Qt.Key.Key_Return)

    # Reflect: a few words. Alt+Right here must not save a half-done check-in.
    reflect = screen.reflect
    assert focused() is reflect.editor
    type_text(qtbot, "A calmer morning than I expected.")
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert screen.current_page is reflect
    assert journal.entries() == []
    tab(qtbot)
    assert focused() is reflect.tags
    type_text(qtbot, "morning")
    # Ctrl+S saves, as it does on Today.
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert screen.current_page is screen.done
    [entry] = journal.entries()
    assert isinstance(entry, CheckIn)
    assert entry.body == [BodySensation("chest", "tight", 3)]
    assert [f.word for f in entry.feelings] == ["hopeful"]
    assert entry.needs == [NeedState("rest", False)]
    assert entry.activation == 6
    assert entry.reflection == "A calmer morning than I expected."
    assert entry.tags == ["morning"]

    # Done: Enter on the focused "Back to Today" goes back to Today.
    assert focused() is screen.done.today_button
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page("today")

    # ---- evening: the weekly relationship check-in, answers by arrow keys --------------------
    qtbot.keyClick(focused(), Qt.Key.Key_5, CTRL)
    relationship = page(window, "relationship", RelationshipScreen)
    assert window.stack.currentWidget() is relationship
    rows = [row for card in relationship.cards for row in card.rows]
    assert focused() is rows[0].radios[0]
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right)  # each arrow moves and chooses: 2, 3, 4
    assert rows[0].value() == 4
    assert focused() is rows[0].radios[3]
    # Tab goes on to the next statement, never to another button of the same one.
    assert tab(qtbot) is rows[1].radios[0]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    assert rows[1].value() == 2
    assert tab(qtbot) is rows[2].radios[0]
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Right)  # stops at 5
    assert rows[2].value() == 5
    press(qtbot, Qt.Key.Key_Left)
    assert rows[2].value() == 4
    assert tab(qtbot, backwards=True) is rows[1].radios[1]  # back onto the chosen "2"
    press(qtbot, Qt.Key.Key_Left)
    assert rows[1].value() == 1
    press(qtbot, Qt.Key.Key_Left)  # stops at 1
    assert rows[1].value() == 1
    for row in rows[2:]:
        tab(qtbot)
        assert focused() is row.focus_widget()
        assert isinstance(focused(), QRadioButton)
    tab(qtbot)
    assert focused() is relationship.text_fields["more_of"]
    type_text(qtbot, "Walks after dinner")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves here too
    assert "Saved" in relationship.feedback.text()

    week = label_for_day(fixed_clock.today, window.workspace.settings.week_start)
    stored = journal.relationship_checkin(week)
    assert isinstance(stored, RelationshipCheckIn)
    first, second, third = (row.item_id for row in rows[:3])
    assert stored.answers == {first: 4, second: 1, third: 4}
    assert stored.more_of == "Walks after dinner"
    assert journal.count() == 2


def test_enter_presses_every_button_of_the_check_in(qtbot: QtBot, day_window: MainWindow) -> None:
    window = day_window
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    screen = page(window, "checkin", CheckInScreen)
    # "Another prompt" by Enter shows another prompt.
    before = screen.arrive.prompt_label.text()
    tab_to(qtbot, screen.arrive.another_prompt)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.arrive.prompt_label.text() != before
    # Skip, then Back, both by Enter.
    tab_to(qtbot, screen.skip_button)
    press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert screen.current_page is screen.body_page
    tab_to(qtbot, screen.back_button)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.current_page is screen.arrive
    # Ctrl+Enter still saves from any step; "New check-in" by Enter starts again.
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.current_page is screen.done
    assert len(window.workspace.journal.entries()) == 1
    tab_to(qtbot, screen.done.again_button)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.current_page is screen.arrive
    # Alt+Right moves on through the steps but stops at the last one, unsaved.
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Right, ALT)
    assert screen.current_page is screen.reflect
    assert len(window.workspace.journal.entries()) == 1


def test_the_region_list_also_goes_on_to_sensations_and_back(
    qtbot: QtBot, day_window: MainWindow
) -> None:
    window = day_window
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    screen = page(window, "checkin", CheckInScreen)
    press(qtbot, Qt.Key.Key_Right, ALT)
    picker = screen.body_page.picker
    assert tab(qtbot) is picker.region_list
    type_text(qtbot, "upper back")  # a space inside a typed name is part of the name
    assert picker.current_region() == "upper_back"
    assert focused() is picker.region_list
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is picker.tree
    # Arrow keys in the sensations never stop on a family heading.
    for key in [Qt.Key.Key_Up] * 3 + [Qt.Key.Key_Down] * 12 + [Qt.Key.Key_Home, Qt.Key.Key_End]:
        press(qtbot, key)
        assert current(picker.tree).parent() is not None
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is picker.region_list
    assert window.stack.currentWidget() is screen
    # A second Esc leaves the check-in as before.
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.page("today")

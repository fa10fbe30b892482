"""Own words and strategies added in Settings while a check-in or a repair entry is open
reach it.

The word's place on the mood grid must travel with it into the saved check-in;
without coordinates it would never show on the grid or in Trends.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from attune_journal.core.models import CheckIn

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def click(qtbot, widget: QWidget) -> None:
    """Bring ``widget`` into view in its scroll area and click it, as a person would."""
    scroll = widget.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def type_into(qtbot, widget: QWidget, text: str) -> None:
    click(qtbot, widget)
    assert focused() is widget or widget.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), text)


def offered(picker) -> list[str]:
    """The words the completion list holds for what is typed in the word field."""
    return list(picker.completer.model().stringList())


def test_a_word_added_in_settings_mid_checkin_keeps_its_grid_place(qtbot, main_window) -> None:
    # The check-in is open, on its Feelings step.
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    checkin = main_window.page("checkin")
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    assert checkin.current_page is checkin.feelings

    # Settings: a feeling word of their own, placed pleasant and calm-ish.
    qtbot.keyClick(focused(), Qt.Key.Key_Comma, CTRL)
    settings = main_window.page("settings")
    assert main_window.stack.currentWidget() is settings
    type_into(qtbot, settings.own_feelings.field, "wobbly")
    click(qtbot, settings.place_on_grid)
    assert settings.place_on_grid.isChecked()
    type_into(qtbot, settings.pleasantness, "0.6")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # typing is applied on leaving the field
    type_into(qtbot, settings.energy, "-0.4")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    click(qtbot, settings.own_feelings.add_button)
    assert settings.own_feelings.names() == ["wobbly"]

    # Back to the check-in, still on Feelings: the new word is offered and keeps its place.
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert main_window.stack.currentWidget() is checkin
    assert checkin.current_page is checkin.feelings
    picker = checkin.feelings.picker
    type_into(qtbot, picker.word_edit, "wobbly")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "as your own word" not in picker.feedback.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)

    [entry] = main_window.workspace.journal.entries()
    assert isinstance(entry, CheckIn)
    [feeling] = entry.feelings
    assert feeling.word == "wobbly"
    assert (feeling.pleasantness, feeling.energy) == (pytest.approx(0.6), pytest.approx(-0.4))


def test_a_word_removed_in_settings_is_no_longer_offered(qtbot, main_window) -> None:
    main_window.workspace.journal.add_own_item("feeling", "zingy", {"p": 0.8, "e": 0.8})
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    checkin = main_window.page("checkin")
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    picker = checkin.feelings.picker
    type_into(qtbot, picker.word_edit, "zing")
    assert "zingy" in offered(picker)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)

    qtbot.keyClick(focused(), Qt.Key.Key_Comma, CTRL)
    settings = main_window.page("settings")
    words = settings.own_feelings.list
    click(qtbot, words)
    first = words.visualItemRect(words.item(0)).center()
    qtbot.mouseClick(words.viewport(), Qt.MouseButton.LeftButton, pos=first)
    click(qtbot, settings.own_feelings.remove_button)
    assert settings.own_feelings.names() == []

    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    type_into(qtbot, picker.word_edit, "zing")
    assert "zingy" not in offered(picker)


def test_a_strategy_added_in_settings_mid_checkin_is_offered(qtbot, main_window) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    checkin = main_window.page("checkin")
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    regulation = checkin.regulation
    assert checkin.current_page is regulation
    type_into(qtbot, regulation.strategy, "Box breathing")

    qtbot.keyClick(focused(), Qt.Key.Key_Comma, CTRL)
    settings = main_window.page("settings")
    type_into(qtbot, settings.own_strategies.field, "cold can on the neck")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert settings.own_strategies.names() == ["cold can on the neck"]

    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    assert checkin.current_page is regulation
    assert regulation.strategy.findText("cold can on the neck") > 0
    assert regulation.strategy.currentText() == "Box breathing"  # what was typed stays


def test_a_word_added_in_settings_reaches_an_open_repair_entry(qtbot, main_window) -> None:
    main_window.workspace.settings.relationship_enabled = True
    main_window.workspace.settings.relationship_safety_seen = True
    main_window.bridge.save_settings()
    main_window.show_screen("repairs")
    repairs = main_window.page("repairs")
    picker = repairs.feelings

    qtbot.keyClick(focused(), Qt.Key.Key_Comma, CTRL)
    settings = main_window.page("settings")
    type_into(qtbot, settings.own_feelings.field, "wobbly")
    click(qtbot, settings.place_on_grid)
    type_into(qtbot, settings.pleasantness, "-0.3")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into(qtbot, settings.energy, "0.5")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    click(qtbot, settings.own_feelings.add_button)

    qtbot.keyClick(focused(), Qt.Key.Key_6, CTRL)  # back to the repair log
    assert main_window.stack.currentWidget() is repairs
    type_into(qtbot, picker.word_edit, "wobbly")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    [feeling] = picker.feelings()
    assert (feeling.pleasantness, feeling.energy) == (pytest.approx(-0.3), pytest.approx(0.5))

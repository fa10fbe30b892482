""" "Need support now?": one click away, emergency note first, own contacts, then helplines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from attune_journal.settings import Settings, default_helplines
from attune_journal.ui.support import SupportDialog, emergency_note, helplines_for, support_html

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_contacts_come_first_then_helplines(qtbot) -> None:
    settings = Settings(support_contacts=[{"name": "Sam <sister>", "contact": "0123 456"}])
    dialog = SupportDialog(settings)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert text.startswith(emergency_note())
    assert "Sam <sister> · 0123 456" in text  # shown as written, never as markup
    assert "emergency number" in emergency_note()
    for line in default_helplines():
        assert line["name"] in text and line["contact"] in text
    assert text.index("Sam") < text.index(default_helplines()[0]["name"])
    flags = dialog.text.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_an_own_line_joins_the_shipped_ones_so_corrections_still_arrive() -> None:
    own = {"name": "Town line", "region": "Here", "contact": "555", "description": ""}
    settings = Settings(helplines=[*default_helplines(), own])
    names = [line["name"] for line in helplines_for(settings)]
    assert "Town line" in names and all(line["name"] in names for line in default_helplines())
    html = support_html(settings)
    assert "Town line" in html and "Samaritans" in html
    assert len(helplines_for(Settings())) == len(default_helplines())
    assert "added anyone yet" in support_html(Settings())


def test_f1_and_the_navigation_button_open_it(qtbot, main_window) -> None:
    main_window.workspace.settings.support_contacts = [{"name": "Alex", "contact": "07 11"}]
    assert main_window.support_button.isVisible()
    qtbot.mouseClick(main_window.support_button, Qt.MouseButton.LeftButton)
    dialog = main_window.support_dialog
    qtbot.waitExposed(dialog)
    assert "Alex" in dialog.text.toPlainText()
    dialog.close()

    action = next(a for a in main_window.help_menu.actions() if "support" in a.text())
    assert action.shortcut().toString() == "F1"
    action.trigger()
    assert main_window.support_dialog is not dialog and main_window.support_dialog.isVisible()
    main_window.support_dialog.close()


def test_edit_link_goes_to_settings_support(qtbot, main_window) -> None:
    main_window.open_support()
    dialog = main_window.support_dialog
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    settings = main_window.page("settings")
    assert main_window.stack.currentWidget() is settings


def test_the_text_shows_no_caret_and_the_arrow_keys_scroll_it(qtbot, main_window) -> None:
    from PySide6.QtTest import QTest

    main_window.resize(800, 600)
    main_window.open_support()
    dialog = main_window.support_dialog
    qtbot.waitExposed(dialog)
    dialog.resize(600, 400)
    text = dialog.text
    text.setFocus()
    flags = text.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    bar = text.verticalScrollBar()
    assert bar.maximum() > 0
    QTest.keyClick(text, Qt.Key.Key_Down)
    QTest.keyClick(text, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    dialog.close()

"""The first-run welcome: says what the app is and is not, shows once, Enter begins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from attune_journal.ui.welcome import WelcomeDialog, show_welcome_if_first_run
from attune_journal.workspace import open_workspace

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_welcome_says_the_important_things(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    text = dialog.body.text()
    for needed in ("not therapy", "no diagnosis", "stays on this computer", "internet",
                   "can be skipped", "Need support now?"):  # fmt: skip
        assert needed in text
    assert dialog.begin_button.isDefault()


def test_welcome_shows_once_and_enter_begins(qtbot, main_window, data_dir) -> None:
    assert main_window.workspace.settings.welcome_seen is False
    dialog = show_welcome_if_first_run(main_window)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.begin_button, Qt.Key.Key_Return)
    assert main_window.workspace.settings.welcome_seen is True
    assert show_welcome_if_first_run(main_window) is None  # not again in this run

    main_window.close()
    main_window.workspace.close()
    workspace = open_workspace(data_dir)
    try:
        assert workspace.settings.welcome_seen is True  # nor on the next start
    finally:
        workspace.close()


def test_closing_the_welcome_any_way_counts_as_seen(qtbot, main_window) -> None:
    dialog = show_welcome_if_first_run(main_window)
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()  # Esc or the window's close button
    assert main_window.workspace.settings.welcome_seen is True


def test_tests_and_smoke_starts_show_no_welcome(qtbot, main_window) -> None:
    # open_main_window(interactive=False) is what the fixture used: no dialog is waiting.
    assert getattr(main_window, "welcome_dialog", None) is None

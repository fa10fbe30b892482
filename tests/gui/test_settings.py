"""Settings: changes apply live, are saved at once and survive reopening; bad input is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from attune_journal.core.prompts import load_prompt_themes, load_prompts, prompt_pool
from attune_journal.core.vocab import feeling_lookup
from attune_journal.settings import default_helplines
from attune_journal.ui.settings import data_folder as settings_module
from attune_journal.ui.theme import is_dark
from attune_journal.workspace import open_workspace

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def settings_of(main_window):
    return main_window.show_screen("settings")


def reopened(main_window, data_dir: Path):
    """Close the app and open the data folder again, as the next start would."""
    main_window.close()
    main_window.workspace.close()
    return open_workspace(data_dir)


def test_theme_and_font_apply_live_and_persist(qtbot, main_window, data_dir) -> None:
    screen = settings_of(main_window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.property("attune_base_point_size")
    changed: list[bool] = []
    main_window.bridge.settings_changed.connect(lambda: changed.append(True))

    screen.theme.setCurrentIndex(screen.theme.findData("dark"))
    assert is_dark()
    assert "Saved" in screen.status.text() and changed
    screen.font_scale.setValue(150)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    screen.theme.setCurrentIndex(screen.theme.findData("light"))
    assert not is_dark()
    screen.theme.setCurrentIndex(screen.theme.findData("dark"))

    workspace = reopened(main_window, data_dir)
    try:
        assert workspace.settings.theme == "dark"
        assert workspace.settings.font_scale == pytest.approx(1.5)
    finally:
        workspace.close()


def test_window_of_tolerance_refuses_low_above_high(qtbot, main_window, data_dir) -> None:
    screen = settings_of(main_window)
    screen.window_low.setValue(8)  # high is 6 by default
    assert screen.window_error.isVisibleTo(screen)
    assert "can't be above" in screen.window_error.text()
    assert main_window.workspace.settings.window_low == 3  # nothing saved
    screen.window_high.setValue(9)
    assert not screen.window_error.isVisibleTo(screen)
    screen.window_low.setValue(9)  # low == high is allowed

    workspace = reopened(main_window, data_dir)
    try:
        assert (workspace.settings.window_low, workspace.settings.window_high) == (9, 9)
    finally:
        workspace.close()


def test_week_reminder_relationship_and_backups_persist(qtbot, main_window, data_dir) -> None:
    from PySide6.QtCore import QTime

    screen = settings_of(main_window)
    screen.week_start.setCurrentIndex(6)
    screen.reminder.setChecked(True)
    screen.reminder_time.setTime(QTime(7, 45))
    screen.relationship.setChecked(True)
    screen.backups_kept.setValue(25)
    first_theme = load_prompt_themes()[0]
    screen.theme_boxes[first_theme.id].setChecked(False)
    screen.breathing.setChecked(False)

    workspace = reopened(main_window, data_dir)
    try:
        s = workspace.settings
        assert s.week_start == 6
        assert (s.reminder_enabled, s.reminder_time) == (True, "07:45")
        assert s.relationship_enabled and s.backups_kept == 25
        assert s.disabled_prompt_themes == [first_theme.id]
        assert first_theme.id not in workspace.enabled_themes()
        assert s.breathing_animation is False
    finally:
        workspace.close()


def test_own_words_strategies_and_prompts_reach_the_vocabularies(qtbot, main_window) -> None:
    screen = settings_of(main_window)
    workspace = main_window.workspace

    qtbot.keyClicks(screen.own_feelings.field, "wobbly")
    screen.place_on_grid.setChecked(True)
    screen.pleasantness.setValue(-0.3)
    screen.energy.setValue(0.4)
    screen.own_feelings.add()
    word = feeling_lookup(workspace.own_feeling_words())["wobbly"]
    assert (word.p, word.e) == (pytest.approx(-0.3), pytest.approx(0.4))
    assert screen.own_feelings.names() == ["wobbly"]
    assert screen.own_feelings.field.text() == ""

    qtbot.keyClicks(screen.own_strategies.field, "cold can on the neck")
    screen.own_strategies.add()
    assert workspace.own_strategies() == ["cold can on the neck"]

    qtbot.keyClicks(screen.own_prompts.field, "What did the dog teach me today?")
    screen.own_prompts.add()
    texts = {p.text for p in workspace.own_prompts()}
    assert texts == {"What did the dog teach me today?"}
    # The prompt is in the rotation. Each run of N days (one cycle) shows every prompt once,
    # and any 2N - 1 consecutive days hold a whole cycle, whatever the install's salt.
    pool = prompt_pool(load_prompts(), set(workspace.enabled_themes()), workspace.own_prompts())
    days = 2 * len(pool)
    shown = {workspace.prompt_for(date(2026, 11, 1), offset).text for offset in range(days)}
    assert "What did the dog teach me today?" in shown

    screen.own_strategies.list.setCurrentRow(0)
    screen.own_strategies.remove()
    assert workspace.own_strategies() == []


def test_own_word_input_is_checked(qtbot, main_window) -> None:
    screen = settings_of(main_window)
    screen.own_feelings.add()  # empty
    assert "Please write" in screen.status.text()
    qtbot.keyClicks(screen.own_feelings.field, "Calm")
    screen.own_feelings.add()
    assert "already one of the feeling words" in screen.status.text()
    assert screen.own_feelings.field.text() == "Calm"  # kept, so it can be changed
    screen.own_feelings.field.clear()
    qtbot.keyClicks(screen.own_feelings.field, "fizzy")
    screen.own_feelings.add()
    qtbot.keyClicks(screen.own_feelings.field, "Fizzy")
    screen.own_feelings.add()
    assert "already in your list" in screen.status.text()
    assert main_window.workspace.journal.own_items("feeling") == [("fizzy", {})]
    qtbot.keyClicks(screen.own_strategies.field, "Box breathing")
    screen.own_strategies.add()
    assert "starter strategies" in screen.status.text()


def test_support_contacts_and_helplines(qtbot, main_window, data_dir) -> None:
    screen = settings_of(main_window)
    screen.add_contact()
    assert "name" in screen.status.text()
    qtbot.keyClicks(screen.contact_name, "Sam")
    qtbot.keyClicks(screen.contact_how, "0123 456")
    screen.add_contact()
    assert main_window.workspace.settings.support_contacts == [
        {"name": "Sam", "contact": "0123 456"}
    ]
    defaults = len(default_helplines())
    assert screen.helplines.count() == defaults
    qtbot.keyClicks(screen.line_name, "Local line")
    screen.add_helpline()
    assert "needs a name and a number" in screen.status.text()
    qtbot.keyClicks(screen.line_contact, "555 0100")
    screen.add_helpline()
    assert screen.helplines.count() == defaults + 1
    screen.helplines.setCurrentRow(0)
    screen.remove_helpline()
    names = [line["name"] for line in main_window.workspace.settings.helplines]
    assert names[-1] == "Local line" and len(names) == defaults

    workspace = reopened(main_window, data_dir)
    try:
        assert workspace.settings.support_contacts[0]["name"] == "Sam"
        assert workspace.settings.helplines[-1]["contact"] == "555 0100"
    finally:
        workspace.close()


def test_restore_default_helplines(qtbot, main_window) -> None:
    screen = settings_of(main_window)
    assert not screen.restore_lines.isEnabled()
    screen.helplines.setCurrentRow(0)
    screen.remove_helpline()
    assert screen.restore_lines.isEnabled()
    screen.restore_default_helplines()
    assert main_window.workspace.settings.helplines == []
    assert screen.helplines.count() == len(default_helplines())


def test_data_folder_shown_and_opened(qtbot, main_window, monkeypatch) -> None:
    screen = settings_of(main_window)
    assert screen.folder.text() == str(main_window.workspace.paths.root)
    opened: list[Path] = []

    def open_folder(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(settings_module, "open_folder", open_folder)
    screen.open_folder_button.click()
    assert opened == [main_window.workspace.paths.root]
    monkeypatch.setattr(settings_module, "open_folder", lambda path: False)
    screen.open_folder_button.click()
    assert "could not be opened" in screen.status.text()


def test_a_settings_file_that_cannot_be_written_says_so(qtbot, main_window, monkeypatch) -> None:
    screen = settings_of(main_window)

    def fail() -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(main_window.workspace, "save_settings", fail)
    screen.week_start.setCurrentIndex(2)
    assert "Could not save" in screen.status.text()
    assert "Permission denied" in screen.status.text()


def test_lines_for_anyone_being_hurt_cannot_be_removed(qtbot, main_window) -> None:
    from PySide6.QtCore import Qt

    from attune_journal.settings import ABUSE
    from attune_journal.ui.support import helplines_for

    screen = settings_of(main_window)
    main_window.show_screen("settings")
    lines = helplines_for(main_window.workspace.settings)
    row = next(i for i, line in enumerate(lines) if line.get("kind") == ABUSE)
    item = screen.helplines.item(row)
    screen.helplines.scrollToItem(item)
    qtbot.mouseClick(
        screen.helplines.viewport(),
        Qt.MouseButton.LeftButton,
        pos=screen.helplines.visualItemRect(item).center(),
    )
    assert screen.helplines.currentRow() == row
    assert not screen.remove_line_button.isEnabled()
    screen.remove_helpline()  # even if reached another way, the line stays
    assert len(helplines_for(main_window.workspace.settings)) == len(lines)
    other = next(i for i, line in enumerate(lines) if line.get("kind") != ABUSE)
    screen.helplines.setCurrentRow(other)
    assert screen.remove_line_button.isEnabled()

"""Today: the prompt of the day shows, a free entry is written, saved and found again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from attune_journal.core.models import Note
from attune_journal.workspace import open_workspace
from tests.clock import Clock


def test_write_and_save_a_free_entry_then_find_it_after_reopening(
    qtbot, fixed_clock: Clock, main_window, data_dir: Path
) -> None:
    today = main_window.page("today")
    assert today.prompt_label.text()  # the prompt of the day is shown
    assert today.empty_label.isVisibleTo(main_window)

    qtbot.keyClicks(today.editor, "Noticed my breath slowing down ")
    today.editor.insertPlainText("🌬️")  # QTest types ASCII only; paste the emoji
    qtbot.keyClicks(today.tags, "breath evening")
    qtbot.keyClick(today.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert today.editor.toPlainText() == ""
    assert "Saved" in today.feedback.text()
    assert today.today_list.count() == 1
    assert "Noticed my breath" in today.today_list.item(0).text()

    main_window.close()
    main_window.workspace.close()
    reopened = open_workspace(data_dir)
    entries = reopened.journal.entries_on(fixed_clock.today)
    reopened.close()
    assert len(entries) == 1
    note = entries[0]
    assert isinstance(note, Note)
    assert note.text == "Noticed my breath slowing down 🌬️"
    assert note.tags == ["breath", "evening"]


def test_empty_entry_is_not_saved_and_says_so(qtbot, main_window) -> None:
    today = main_window.page("today")
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    assert "nothing to save" in today.feedback.text()
    assert main_window.workspace.journal.count() == 0


def test_another_prompt_changes_the_prompt_and_same_day_is_stable(qtbot, main_window) -> None:
    today = main_window.page("today")
    first = today.prompt_label.text()
    today.refresh_prompt()
    assert today.prompt_label.text() == first
    qtbot.mouseClick(today.another_prompt, Qt.MouseButton.LeftButton)
    assert today.prompt_label.text() != first


def test_a_failed_save_keeps_the_text(qtbot, main_window, monkeypatch) -> None:
    from attune_journal.storage.errors import DiskFullError

    today = main_window.page("today")
    qtbot.keyClicks(today.editor, "words that must not be lost")

    def full(_entry: object) -> None:
        raise DiskFullError()

    monkeypatch.setattr(main_window.workspace.journal, "save", full)
    today.save_entry()
    assert today.editor.toPlainText() == "words that must not be lost"
    assert "disk is full" in today.feedback.text()

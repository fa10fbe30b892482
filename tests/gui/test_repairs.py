"""The repair log: written with the keyboard alone and found whole in the store; open
ones first; filter; delete with undo; nothing lost on a failed save."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from attune_journal.core.models import Feeling, NeedState, RepairEntry
from attune_journal.ui.main_window import MainWindow
from attune_journal.ui.repairs import RepairsScreen
from attune_journal.workspace import open_workspace
from tests.clock import Clock
from tests.factories import of_kind
from tests.gui.screens import page

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

CTRL = Qt.KeyboardModifier.ControlModifier


def turn_on(window) -> None:
    window.workspace.settings.relationship_enabled = True
    window.workspace.settings.relationship_safety_seen = True
    window.bridge.save_settings()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 40) -> int:
    """Press Tab until ``target`` has focus; fail if the keyboard cannot get there."""
    for count in range(limit):
        if focused() is target:
            return count
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} is not reachable with Tab")


def repair(now: datetime, days_ago: int, text: str, resolved: bool) -> RepairEntry:
    return RepairEntry(at=now - timedelta(days=days_ago), what_happened=text, resolved=resolved)


def test_keyboard_only_repair_entry_is_saved_whole(
    qtbot: QtBot, main_window: MainWindow, data_dir: Path
) -> None:
    window = main_window
    turn_on(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    screen = page(window, "repairs", RepairsScreen)
    assert window.stack.currentWidget() is screen
    assert screen.heading.text() == "New repair"

    # An empty log starts in "what happened".
    assert focused() is screen.what_happened
    qtbot.keyClicks(focused(), "Snapped about the dishes")
    tab_to(qtbot, screen.feelings.word_edit)
    qtbot.keyClicks(focused(), "irritated")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "tired")
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, screen.needs.filter_edit)
    qtbot.keyClicks(focused(), "rest")
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, screen.my_part)
    qtbot.keyClicks(focused(), "I was exhausted and did not say so")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.repair
    qtbot.keyClicks(focused(), "Apologise in the morning")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.how_it_went
    qtbot.keyClicks(focused(), "We laughed about it")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.resolved
    press(qtbot, Qt.Key.Key_Space)
    assert screen.resolved.isChecked()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "Saved" in screen.feedback.text()
    assert screen.list.count() == 1
    assert screen.list.item(0).text().startswith("Resolved ·")

    window.close()
    window.workspace.close()
    reopened = open_workspace(data_dir)
    entries = reopened.journal.entries(kinds=("repair",))
    reopened.close()
    assert len(entries) == 1
    stored = entries[0]
    assert isinstance(stored, RepairEntry)
    assert stored.what_happened == "Snapped about the dishes"
    assert [f.word for f in stored.feelings] == ["irritated", "tired"]
    assert stored.feelings[0].pleasantness is not None  # coordinates kept from the vocabulary
    assert stored.needs == [NeedState("rest", False)]
    assert stored.my_part == "I was exhausted and did not say so"
    assert stored.repair == "Apologise in the morning"
    assert stored.how_it_went == "We laughed about it"
    assert stored.resolved is True


def test_open_repairs_come_first_and_the_filter_hides_resolved(
    qtbot, fixed_clock: Clock, main_window
) -> None:
    journal = main_window.workspace.journal
    now = fixed_clock.now
    old_done = journal.save(repair(now, 9, "old and resolved", True))
    old_open = journal.save(repair(now, 6, "older open one", False))
    new_done = journal.save(repair(now, 2, "recent, resolved", True))
    new_open = journal.save(repair(now, 1, "newest open one", False))
    turn_on(main_window)
    screen = main_window.show_screen("repairs")
    assert screen.listed_ids() == [new_open.id, old_open.id, new_done.id, old_done.id]
    assert screen.list.item(0).text().startswith("Open ·")
    assert "newest open one" in screen.list.item(0).text()

    screen.filter.setCurrentIndex(screen.filter.findData("open"))
    assert screen.listed_ids() == [new_open.id, old_open.id]

    # Resolving one in the editor moves it out of the "open" list.
    assert screen.select_entry(old_open.id)
    assert screen.what_happened.toPlainText() == "older open one"
    screen.resolved.setChecked(True)
    assert screen.save()
    assert screen.listed_ids() == [new_open.id]
    screen.filter.setCurrentIndex(screen.filter.findData("all"))
    assert screen.listed_ids()[:1] == [new_open.id]


def test_editing_keeps_feelings_and_needs_and_switching_saves_first(
    qtbot, fixed_clock: Clock, main_window
) -> None:
    journal = main_window.workspace.journal
    first = journal.save(
        RepairEntry(
            at=fixed_clock.now - timedelta(days=1),
            what_happened="Late again",
            feelings=[Feeling("hurt", -0.6, -0.1, 3), Feeling("my own word", None, None, 1)],
            needs=[NeedState("trust", True)],
        )
    )
    second = journal.save(repair(fixed_clock.now, 3, "Holiday plans", False))
    turn_on(main_window)
    screen = main_window.show_screen("repairs")
    screen.select_entry(first.id)
    assert [f.word for f in screen.feelings.feelings()] == ["hurt", "my own word"]
    assert screen.needs.needs() == [NeedState("trust", True)]
    assert not screen.is_dirty()

    qtbot.keyClicks(screen.my_part, "I forgot to text")
    assert screen.is_dirty()
    screen.select_entry(second.id)  # moving on saves the edit first
    assert screen.what_happened.toPlainText() == "Holiday plans"
    stored = journal.get(first.id)
    assert stored.my_part == "I forgot to text"
    assert stored.feelings == first.feelings and stored.needs == first.needs


def test_delete_moves_to_trash_and_undo_brings_it_back(
    qtbot, fixed_clock: Clock, main_window
) -> None:
    journal = main_window.workspace.journal
    entry = journal.save(repair(fixed_clock.now, 1, "Door slammed", False))
    turn_on(main_window)
    screen = main_window.show_screen("repairs")
    screen.select_entry(entry.id)
    screen.list.setFocus()
    qtbot.keyClick(screen.list, Qt.Key.Key_Delete)
    assert journal.get(entry.id).is_trashed
    assert screen.listed_ids() == []
    assert screen.heading.text() == "New repair"
    assert screen.undo_button.isVisibleTo(screen)
    assert "trash" in screen.feedback.text()

    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert not journal.get(entry.id).is_trashed
    assert screen.listed_ids() == [entry.id]
    assert screen.what_happened.toPlainText() == "Door slammed"


def test_new_entry_saves_the_one_being_written_and_blank_is_not_saved(qtbot, main_window) -> None:
    turn_on(main_window)
    screen = main_window.show_screen("repairs")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing to save yet" in screen.feedback.text()
    assert main_window.workspace.journal.count() == 0

    qtbot.keyClicks(screen.what_happened, "Quiet evening after a sharp word")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert main_window.workspace.journal.count() == 1
    assert screen.what_happened.toPlainText() == ""
    assert screen.heading.text() == "New repair"
    assert screen.list.count() == 1


def test_a_failed_save_keeps_the_text(qtbot, main_window, monkeypatch) -> None:
    from attune_journal.storage.errors import DiskFullError

    turn_on(main_window)
    screen = main_window.show_screen("repairs")
    qtbot.keyClicks(screen.what_happened, "words that must not be lost")

    def full(_entry: object) -> None:
        raise DiskFullError()

    monkeypatch.setattr(main_window.workspace.journal, "save", full)
    assert not screen.save()
    assert "disk is full" in screen.feedback.text()
    assert screen.what_happened.toPlainText() == "words that must not be lost"
    assert screen.is_dirty()


def test_unsaved_edits_are_saved_on_close(qtbot, main_window, data_dir: Path) -> None:
    turn_on(main_window)
    screen = main_window.show_screen("repairs")
    qtbot.keyClicks(screen.what_happened, "Written just before closing")
    main_window.close()
    main_window.workspace.close()
    reopened = open_workspace(data_dir)
    texts = [
        e.what_happened for e in of_kind(RepairEntry, reopened.journal.entries(kinds=("repair",)))
    ]
    reopened.close()
    assert texts == ["Written just before closing"]


def test_narrow_window_puts_the_list_above_the_editor(qtbot, main_window) -> None:
    turn_on(main_window)
    screen = main_window.show_screen("repairs")
    main_window.resize(700, 500)
    qtbot.waitUntil(lambda: screen.splitter.orientation() == Qt.Orientation.Vertical)
    main_window.resize(1024, 768)
    qtbot.waitUntil(lambda: screen.splitter.orientation() == Qt.Orientation.Horizontal)

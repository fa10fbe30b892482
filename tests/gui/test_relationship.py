"""The relationship module: hidden until turned on, the safety note once and always
reachable, and a weekly check-in done with the keyboard alone and found in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from attune_journal.core.models import RelationshipCheckIn
from attune_journal.core.relationship import shift_week
from attune_journal.core.weeks import label_for_day
from attune_journal.ui.safety_note import SafetyNoteDialog
from attune_journal.workspace import open_workspace
from tests.clock import Clock
from tests.factories import full_relationship

# The offscreen platform cannot resize dialogs to their hints; harmless, and only there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

CTRL = Qt.KeyboardModifier.ControlModifier


def turn_on(window, seen: bool = True) -> None:
    window.workspace.settings.relationship_enabled = True
    window.workspace.settings.relationship_safety_seen = seen
    window.bridge.save_settings()


def open_notes(window) -> list[SafetyNoteDialog]:
    return [d for d in window.findChildren(SafetyNoteDialog) if d.isVisible()]


def close_notes(qtbot, window) -> None:
    for dialog in open_notes(window):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_notes(window))


def go_action(window, title: str):
    return next(a for a in window.go_menu.actions() if a.text() == title)


def row_of(window, key: str) -> int:
    return next(i for i, spec in enumerate(window._specs) if spec.key == key)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    # A person's keys go to whatever has focus; so do ours.
    qtbot.keyClick(focused(), key, modifier)


def test_module_is_hidden_until_turned_on_and_the_safety_note_shows_once(
    qtbot, main_window, data_dir: Path
) -> None:
    window = main_window
    for key, title in (("relationship", "Relationship"), ("repairs", "Repairs")):
        assert not window.screen_visible(key)
        assert window.nav.item(row_of(window, key)).isHidden()
        assert not go_action(window, title).isVisible()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # the shortcut does nothing while off
    assert "relationship" not in window._screens

    window.workspace.settings.relationship_enabled = True
    window.bridge.save_settings()
    for key, title in (("relationship", "Relationship"), ("repairs", "Repairs")):
        assert window.screen_visible(key)
        assert not window.nav.item(row_of(window, key)).isHidden()
        assert go_action(window, title).isVisible()
    notes = open_notes(window)
    assert len(notes) == 1
    assert "afraid of your partner" in notes[0].note.text()
    assert "domestic-violence line" in notes[0].note.text()
    assert "0808 2000 247" in notes[0].lines.text()
    close_notes(qtbot, window)

    # Turned off and on again: the note is not pushed a second time.
    window.workspace.settings.relationship_enabled = False
    window.bridge.save_settings()
    assert window.nav.item(row_of(window, "repairs")).isHidden()
    window.workspace.settings.relationship_enabled = True
    window.bridge.save_settings()
    assert open_notes(window) == []

    reopened = open_workspace(data_dir)
    assert reopened.settings.relationship_safety_seen
    reopened.close()


def test_the_safety_note_is_reachable_from_both_screens(qtbot, main_window) -> None:
    turn_on(main_window)
    for key in ("relationship", "repairs"):
        screen = main_window.show_screen(key)
        assert main_window.stack.currentWidget() is screen
        qtbot.mouseClick(screen.safety_button, Qt.MouseButton.LeftButton)
        notes = open_notes(main_window)
        assert len(notes) == 1 and "not the right tool" in notes[0].note.text()
        close_notes(qtbot, main_window)


def test_turning_off_while_on_the_screen_goes_back_to_today(qtbot, main_window) -> None:
    turn_on(main_window)
    main_window.show_screen("repairs")
    main_window.workspace.settings.relationship_enabled = False
    main_window.bridge.save_settings()
    assert main_window.stack.currentWidget() is main_window.page("today")


def test_keyboard_only_weekly_check_in_is_saved_whole(
    qtbot, fixed_clock: Clock, main_window, data_dir: Path
) -> None:
    window = main_window
    turn_on(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    screen = window.page("relationship")
    assert window.stack.currentWidget() is screen
    week = label_for_day(fixed_clock.today, window.workspace.settings.week_start)
    assert screen.week == week
    rows = list(screen.rows.values())

    # The first statement has focus; a digit answers it.
    assert focused() is rows[0].radios[0]
    press(qtbot, Qt.Key.Key_4)
    assert rows[0].value() == 4
    # Tab reaches the next statement once; the arrow keys choose as they move.
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is rows[1].radios[0]
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert rows[1].value() == 3
    press(qtbot, Qt.Key.Key_Space)
    assert rows[1].value() == 3
    press(qtbot, Qt.Key.Key_Right)
    assert rows[1].value() == 4
    # Digits for the rest; 0 clears one again (every item can be skipped).
    digits = [Qt.Key.Key_5, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_4]
    digits += [Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_5]
    for digit in digits:
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, digit)
    assert isinstance(focused(), QRadioButton)
    press(qtbot, Qt.Key.Key_0)
    assert rows[-1].value() is None
    assert screen.cards[0].score_label.text() == "average 4.0"  # (4 + 4) / 2
    assert screen.cards[5].score_label.text() == "average 3.0"  # only direction.1 = 3

    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.text_fields["more_of"]
    qtbot.keyClicks(focused(), "Evenings without phones")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.text_fields["appreciated"]
    qtbot.keyClicks(focused(), "Soup when I was ill")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.attune_toggle
    press(qtbot, Qt.Key.Key_Space)
    assert screen.attune_box.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.attune_fields["awareness"]
    qtbot.keyClicks(focused(), "Missed that they were tired")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is screen.attune_fields["tolerance"]
    qtbot.keyClicks(focused(), "Their view makes sense")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "Saved" in screen.feedback.text()

    window.close()
    window.workspace.close()
    reopened = open_workspace(data_dir)
    stored = reopened.journal.relationship_checkin(week)
    count = reopened.journal.count()
    reopened.close()
    assert count == 1
    assert isinstance(stored, RelationshipCheckIn)
    assert stored.answers == {
        "safety.1": 4,
        "safety.2": 4,
        "appreciation.1": 5,
        "appreciation.2": 2,
        "closeness.1": 3,
        "closeness.2": 4,
        "support.1": 4,
        "support.2": 5,
        "fun.1": 1,
        "fun.2": 2,
        "direction.1": 3,
    }
    assert stored.more_of == "Evenings without phones"
    assert stored.appreciated == "Soup when I was ill"
    assert stored.attune == {
        "awareness": "Missed that they were tired",
        "tolerance": "Their view makes sense",
    }


def test_an_existing_week_is_edited_not_duplicated_and_compared_gently(
    qtbot, fixed_clock: Clock, main_window
) -> None:
    journal = main_window.workspace.journal
    this_week = label_for_day(fixed_clock.today, main_window.workspace.settings.week_start)
    last_week = shift_week(this_week, -1)
    journal.save(
        full_relationship(week=last_week, answers={"closeness.1": 3, "closeness.2": 3, "fun.1": 4})
    )
    existing = journal.save(
        full_relationship(week=this_week, answers={"closeness.1": 4, "closeness.2": 3})
    )
    turn_on(main_window)
    screen = main_window.show_screen("relationship")
    assert screen.rows["closeness.1"].value() == 4
    assert screen.text_fields["more_of"].toPlainText() == "Evenings without phones."
    assert screen.attune_box.isVisibleTo(screen)  # its ATTUNE text is shown, not hidden
    assert screen.comparison_caption.text() == "Since last week"
    assert screen.comparison.text() == "Closeness: 3.5, up from 3.0"

    screen.rows["fun.1"].set_value(2, announce=True)
    assert "Fun: 2.0, down from 4.0" in screen.comparison.text()
    assert screen.save()
    assert journal.count() == 2
    assert journal.relationship_checkin(this_week).id == existing.id
    assert journal.relationship_checkin(this_week).answers["fun.1"] == 2


def test_weeks_move_back_and_forth_and_unsaved_answers_are_kept(qtbot, main_window) -> None:
    turn_on(main_window)
    screen = main_window.show_screen("relationship")
    this_week = screen.week
    assert not screen.next_button.isEnabled()  # no check-in for weeks still to come
    assert "(this week)" in screen.week_label.text()

    qtbot.mouseClick(screen.prev_button, Qt.MouseButton.LeftButton)
    assert screen.week == shift_week(this_week, -1)
    assert screen.state_label.text() == "Not filled in yet."
    screen.rows["fun.1"].set_value(5, announce=True)
    assert screen.is_dirty()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.week == this_week
    # Leaving the week saved what was marked there.
    saved = main_window.workspace.journal.relationship_checkin(shift_week(this_week, -1))
    assert saved is not None and saved.answers == {"fun.1": 5}
    # A week with nothing in it is not saved as an empty entry.
    qtbot.mouseClick(screen.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.this_week_button, Qt.MouseButton.LeftButton)
    assert screen.week == this_week
    assert main_window.workspace.journal.count() == 1


def test_week_title_follows_the_week_start(qtbot, main_window) -> None:
    turn_on(main_window)
    screen = main_window.show_screen("relationship")
    assert screen.week_title("2026-W48").startswith("Week 48 · 23–29 November 2026")
    main_window.workspace.settings.week_start = 6  # Sunday
    main_window.bridge.save_settings()
    assert screen.week_title("2026-W48") == "Week 48 · 22–28 November 2026"
    assert screen.week_title("2026-W53") == "Week 53 · 27 December 2026 – 2 January 2027"


def test_an_empty_check_in_is_not_saved_and_says_so(qtbot, main_window) -> None:
    turn_on(main_window)
    screen = main_window.show_screen("relationship")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing to save yet" in screen.feedback.text()
    assert main_window.workspace.journal.count() == 0


def test_a_failed_save_keeps_every_answer_on_screen(qtbot, main_window, monkeypatch) -> None:
    from attune_journal.storage.errors import DiskFullError

    turn_on(main_window)
    screen = main_window.show_screen("relationship")
    screen.rows["support.2"].set_value(3, announce=True)
    qtbot.keyClicks(screen.text_fields["appreciated"], "the walk on Sunday")

    def full(_entry: object) -> None:
        raise DiskFullError()

    monkeypatch.setattr(main_window.workspace.journal, "save", full)
    assert not screen.save()
    assert "disk is full" in screen.feedback.text()
    assert screen.rows["support.2"].value() == 3
    assert screen.text_fields["appreciated"].toPlainText() == "the walk on Sunday"
    assert screen.is_dirty()

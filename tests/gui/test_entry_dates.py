"""An entry's date and time: set when writing, changed when editing, and opened from Today.

The computer's zone is Europe/Berlin here (summer time from late March to late
October), so the offsets saved can be checked against ``zoneinfo``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from attune_journal.core.models import CheckIn, Note
from attune_journal.core.timeutil import SkippedTimeError, TooFarAheadError
from attune_journal.ui.checkin import CheckInScreen
from attune_journal.ui.history import HistoryScreen
from attune_journal.ui.main_window import MainWindow
from attune_journal.ui.note_editor import NoteEditor
from attune_journal.ui.widgets.when_edit import WhenEdit, read_when
from tests.clock import Clock
from tests.factories import full_checkin, stored
from tests.gui.screens import page, shown

BERLIN = ZoneInfo("Europe/Berlin")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

# Dialogs and pop-ups on the offscreen platform say what it cannot do; that is no fault.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def yesterday_at(today: date, hour: int, minute: int) -> datetime:
    day = today - timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute)


def berlin_offset(wall: datetime) -> timedelta | None:
    return wall.replace(tzinfo=BERLIN).utcoffset()


def history_rows(main_window, day: date) -> list[tuple[int | None, str]]:
    """History's rows for ``day`` (id, title line), as the person sees them listed."""
    from PySide6.QtCore import QDate

    history = main_window.show_screen("history")
    history.show_day(QDate(day.year, day.month, day.day))
    history.model.fetch_all()
    model = history.model
    return [
        (model.entry_at(row).id, str(model.data(model.index(row, 0))))
        for row in range(model.rowCount())
    ]


# ---- the rules, shared with ``note --at`` ----------------------------------------------------


def iso(text: str, now: datetime) -> str:
    """``read_when``'s moment for ``text``, written out (it must be one, not "now")."""
    moment = read_when(text, now)
    assert moment is not None
    return moment.isoformat()


def test_the_field_reads_what_people_type(berlin: None) -> None:
    now = datetime(2025, 11, 5, 9, 0).astimezone()
    assert read_when("", now) is None
    assert read_when(" Now ", now) is None
    assert iso("yesterday 21:30", now) == "2025-11-04T21:30:00+01:00"
    assert iso("7:05", now) == "2025-11-05T07:05:00+01:00"
    assert iso("2025-07-02 06:05", now) == "2025-07-02T06:05:00+02:00"
    assert iso("2025-07-02T06:05-05:00", now) == "2025-07-02T06:05:00-05:00"
    # Twice in the night the clocks go back: the first of the two, still in summer time.
    assert iso("2025-10-26 02:30", now) == "2025-10-26T02:30:00+02:00"
    with pytest.raises(SkippedTimeError):
        read_when("2025-03-30 02:30", now)
    with pytest.raises(TooFarAheadError):
        read_when("2025-11-07 09:00", now)
    with pytest.raises(ValueError):
        read_when("2025-02-30 10:00", now)
    with pytest.raises(ValueError):
        read_when("last week", now)


def test_the_field_says_what_is_wrong_in_words(qtbot, berlin: None) -> None:
    when = WhenEdit()
    qtbot.addWidget(when)
    assert when.is_now() and when.text() == "Now" and not when.now_button.isVisibleTo(when)
    when.edit.setText("2025-03-30 02:30")
    with pytest.raises(ValueError, match="clocks skipped"):
        when.moment()
    when.edit.setText("2025-11-04")
    with pytest.raises(ValueError, match="Add a time of day"):
        when.moment()
    when.edit.setText("tomorrow-ish")
    when.edit.editingFinished.emit()
    assert "not a date and time" in when.problem()
    assert when.now_button.isVisibleTo(when)
    qtbot.mouseClick(when.now_button, Qt.MouseButton.LeftButton)
    assert when.is_now() and when.problem() == ""


def test_an_entrys_own_time_is_kept_exactly_while_unchanged(qtbot, berlin: None) -> None:
    lived = datetime.fromisoformat("2025-12-02T21:30:17-05:00")  # written while away
    when = WhenEdit()
    qtbot.addWidget(when)
    when.set_moment(lived)
    assert when.text() == "2025-12-02 21:30"
    kept = when.moment()
    assert kept == lived and kept.utcoffset() == lived.utcoffset()
    when.edit.setText("2025-12-02 22:30")  # changed: this computer's local time
    changed = when.moment()
    assert changed is not None and changed.isoformat() == "2025-12-02T22:30:00+01:00"


def test_the_calendar_picks_a_day_and_keeps_the_time(
    qtbot, berlin: None, fixed_clock: Clock
) -> None:
    when = WhenEdit()
    qtbot.addWidget(when)
    when.show()
    when.edit.setFocus()
    qtbot.keyClicks(when.edit, "08:15")
    qtbot.keyClick(when.edit, Qt.Key.Key_Down, ALT)
    popup = when.popup
    assert popup is not None and popup.isVisible()
    # The calendar's day grid has the focus (a key sent to the popup itself is ignored).
    qtbot.keyClick(focused(), Qt.Key.Key_Left)  # the day before
    picked = popup.selectedDate()
    yesterday = fixed_clock.today - timedelta(days=1)
    assert (picked.year(), picked.month(), picked.day()) == (
        yesterday.year,
        yesterday.month,
        yesterday.day,
    )
    when.pick_day(picked)
    assert not popup.isVisible()
    moment = when.moment()
    assert moment is not None
    assert (moment.year, moment.month, moment.day) == (picked.year(), picked.month(), picked.day())
    assert (moment.hour, moment.minute) == (8, 15)


# ---- the check-in ---------------------------------------------------------------------------


def test_last_nights_checkin_written_this_morning(
    qtbot: QtBot, berlin: None, fixed_clock: Clock, main_window: MainWindow
) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    screen = page(main_window, "checkin", CheckInScreen)
    assert main_window.stack.currentWidget() is screen
    assert screen.step_label.text().startswith("Step 1 of 7")
    assert screen.when.isVisible() and screen.when.text() == "Now"

    # Alt+W goes to the field and selects "Now", so typing replaces it.
    qtbot.keyClick(focused(), Qt.Key.Key_W, ALT)
    assert focused() is screen.when.edit
    assert screen.when.edit.selectedText() == "Now"
    qtbot.keyClicks(focused(), "yesterday 21:30")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # leaving writes it in one way
    wall = yesterday_at(fixed_clock.today, 21, 30)
    assert screen.when.text() == f"{wall:%Y-%m-%d} 21:30"
    assert screen.feedback.text() == ""

    screen.reflect.editor.setPlainText("Could not sleep; writing it down now.")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert screen.current_page is screen.done

    [entry] = main_window.workspace.journal.entries()
    assert isinstance(entry, CheckIn)
    assert entry.at.replace(tzinfo=None) == wall
    assert entry.at.utcoffset() == berlin_offset(wall)
    assert entry.reflection.startswith("Could not sleep")

    rows = history_rows(main_window, wall.date())
    assert [entry_id for entry_id, _title in rows] == [entry.id]
    assert "21:30" in rows[0][1] and f"{wall.day} " in rows[0][1]
    assert history_rows(main_window, fixed_clock.today) == []

    # The next check-in begins at "Now" again.
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    assert screen.when.text() == "Now" and screen.step_label.text().startswith("Step 1")


def test_a_time_that_cannot_be_is_not_saved(qtbot, berlin, fixed_clock: Clock, main_window) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    screen = main_window.page("checkin")
    tomorrow_evening = fixed_clock.today + timedelta(days=2)
    screen.when.edit.setText(f"{tomorrow_evening:%Y-%m-%d} 21:00")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert screen.current_page is not screen.done
    assert "more than a day from now" in screen.feedback.text()
    assert focused() is screen.when.edit
    assert main_window.workspace.journal.count() == 0


def test_changing_a_checkin_saves_from_step_two_with_the_mouse(
    qtbot, berlin, fixed_clock: Clock, main_window
) -> None:
    # Pinned after the 23rd, so the evening of the 23rd is never "more than a day ahead".
    journal = main_window.workspace.journal
    earlier = journal.save(full_checkin(at=datetime(2026, 11, 20, 8, 0).astimezone()))
    later = journal.save(full_checkin(at=datetime(2026, 11, 22, 8, 0).astimezone()))
    main_window.bridge.announce_many()

    history = main_window.show_screen("history")
    history.list.setCurrentIndex(history.model.index(history.model.row_of(earlier.id), 0))
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    screen = main_window.page("checkin")
    assert main_window.stack.currentWidget() is screen
    assert screen.step_label.text().startswith("Step 2 of 7")
    assert screen.when.text() == "2026-11-20 08:00"

    # "Save changes" is there on every step of an edit; Reflect has no second saving button.
    for step in range(6):
        screen.go_to(step)
        assert screen.save_changes_button.isVisible(), step
    assert not screen.next_button.isVisible() and not screen.skip_button.isVisible()
    screen.go_to(0)
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    assert screen.step_label.text().startswith("Step 2 of 7")

    # Moved to the evening of the 23rd: after the later one, so first in History.
    screen.when.edit.setFocus()
    screen.when.edit.selectAll()
    qtbot.keyClicks(screen.when.edit, "2026-11-23 19:45")
    qtbot.mouseClick(screen.save_changes_button, Qt.MouseButton.LeftButton)
    assert screen.current_page is screen.done
    assert "changes are saved" in screen.done.helper.text()

    saved = journal.get(earlier.id)
    assert saved is not None and saved.uid == earlier.uid and journal.count() == 2
    assert saved.at.isoformat() == "2026-11-23T19:45:00+01:00"
    assert saved.body == earlier.body
    history = main_window.show_screen("history")
    history.reset_filters()
    qtbot.waitUntil(lambda: history.model.rowCount() == 2)
    assert [e.id for e in history.model.entries()] == [earlier.id, later.id]


def test_a_new_checkin_keeps_todays_flow(qtbot, berlin, main_window) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    screen = main_window.page("checkin")
    for step in range(6):
        screen.go_to(step)
        assert not screen.save_changes_button.isVisible()
        assert screen.next_button.isVisible()
    assert screen.next_button.text() == "Finish"


# ---- notes ----------------------------------------------------------------------------------


def test_a_notes_time_changes_in_the_note_editor(
    qtbot: QtBot, berlin: None, main_window: MainWindow
) -> None:
    journal = main_window.workspace.journal
    summer = journal.save(
        Note(text="Swam in the lake.", at=datetime(2026, 8, 1, 18, 0).astimezone())
    )
    main_window.bridge.announce_many()
    history = shown(main_window, "history", HistoryScreen)
    history.list.setCurrentIndex(history.model.index(history.model.row_of(summer.id), 0))
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    editor = history.note_editor
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.when.text() == "2026-08-01 18:00"
    assert not editor.changed()

    qtbot.keyClick(editor.editor, Qt.Key.Key_W, ALT)
    assert focused() is editor.when.edit
    editor.when.edit.selectAll()
    qtbot.keyClicks(editor.when.edit, "2026-07-31 18:00")  # a day earlier, still summer
    assert editor.changed()
    assert editor.when_hint.text() == "Friday, 31 July 2026 · 18:00"
    qtbot.keyClick(editor.when.edit, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible()
    saved = stored(journal, summer.id, Note)
    assert saved.uid == summer.uid
    assert saved.at.isoformat() == "2026-07-31T18:00:00+02:00"
    assert saved.text == "Swam in the lake."


# ---- Today ----------------------------------------------------------------------------------


def test_todays_entries_open_to_be_changed(
    qtbot, berlin, fixed_clock: Clock, main_window, monkeypatch
) -> None:
    journal = main_window.workspace.journal
    written = fixed_clock.now
    note = journal.save(Note(text="Tea in the garden.", at=written))
    # A second later (the clock is pinned: move it), so the note is listed first.
    fixed_clock.set(written.replace(tzinfo=None) + timedelta(seconds=1))
    checkin = journal.save(full_checkin(at=fixed_clock.now))
    main_window.bridge.announce_many()
    today = main_window.show_screen("today")
    assert today.today_list.count() == 2

    # Enter on the note opens the note editor; saving refreshes the list.
    today.today_list.setFocus()
    today.today_list.setCurrentRow(0)
    qtbot.keyClick(today.today_list, Qt.Key.Key_Return)
    editor = today.note_editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.editor.setPlainText("Tea in the garden, with the robin.")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return, CTRL)
    assert not editor.isVisible()
    assert journal.get(note.id).text.endswith("with the robin.")
    assert "with the robin" in today.today_list.item(0).text()
    assert "saved" in today.feedback.text()

    # Enter on the check-in opens it in the check-in, ready to be changed.
    today.today_list.setFocus()
    today.today_list.setCurrentRow(1)
    qtbot.keyClick(today.today_list, Qt.Key.Key_Return)
    screen = main_window.page("checkin")
    assert main_window.stack.currentWidget() is screen
    assert screen.save_changes_button.isVisible()
    screen.go_to(5)
    screen.reflect.tags.setText("work sleep garden")
    qtbot.mouseClick(screen.save_changes_button, Qt.MouseButton.LeftButton)
    assert journal.get(checkin.id).tags == ["work", "sleep", "garden"]
    assert journal.count() == 2
    qtbot.mouseClick(screen.done.today_button, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentWidget() is today
    assert today.today_list.count() == 2


def test_a_click_on_a_note_of_today_opens_it_once(
    qtbot, berlin, fixed_clock: Clock, main_window
) -> None:
    journal = main_window.workspace.journal
    journal.save(Note(text="A short walk.", at=fixed_clock.now))
    main_window.bridge.announce_many()
    today = main_window.show_screen("today")
    rect = today.today_list.visualItemRect(today.today_list.item(0))
    qtbot.mouseClick(today.today_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = today.note_editor
    assert first is not None and first.isVisible()
    today.open_item(today.today_list.item(0))  # the double-click's second half
    assert today.note_editor is first
    first.reject()  # nothing changed: it just closes
    assert not first.isVisible()

"""Sharing the weekly relationship check-in with a partner, through the screens.

Two journals in two temporary folders, each in its own window: one pairs through
Settings with real clicks and typing, the other through the engine; a week is shared
through the dialog (its preview changing as boxes are ticked), opened on the other side
through File → Open a partner's file…, and shown side by side. A file with one byte
changed is refused with the engine's sentence and nothing else. The file dialogs and
the "are you sure" questions are replaced.

With ATTUNE_SHOTS set to a folder, the screenshots of pairing, the preview and the
side-by-side view are saved there (docs/screenshots holds the 1280x800 light ones).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QWidget

from attune_journal.core.models import RelationshipCheckIn
from attune_journal.core.partner import preview_lines, shared_week
from attune_journal.core.weeks import label_for_day
from attune_journal.exchange.partner import (
    DamagedPartnerFile,
    add_partner,
    fingerprint_words,
    my_code,
    partners,
    received_weeks,
    seal,
)
from attune_journal.ui import partner_dialogs
from attune_journal.ui.partner_dialogs import ShareWeekDialog, SideBySideDialog
from attune_journal.ui.settings import partner as partner_settings
from attune_journal.workspace import open_workspace
from tests.clock import Clock
from tests.factories import at, full_relationship, full_repair

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

SHOTS = os.environ.get("ATTUNE_SHOTS")

MINE = {
    "safety.1": 4,
    "safety.2": 5,
    "appreciation.1": 4,
    "appreciation.2": 4,
    "closeness.1": 2,
    "closeness.2": 3,
    "fun.1": 5,
    "fun.2": 4,
}
THEIRS = {
    "safety.1": 4,
    "safety.2": 4,
    "appreciation.1": 4,
    "appreciation.2": 5,
    "closeness.1": 4,
    "closeness.2": 5,
    "fun.1": 5,
    "fun.2": 5,
}


def turn_on(window: Any) -> None:
    window.workspace.settings.relationship_enabled = True
    window.workspace.settings.relationship_safety_seen = True
    window.bridge.save_settings()


@pytest.fixture
def partner_window(qtbot: Any, tmp_path: Path, main_window: Any) -> Iterator[Any]:
    """A second journal, in its own folder and window: the partner's computer."""
    from attune_journal.ui.application import open_main_window

    app = QApplication.instance()
    workspace = open_workspace(tmp_path / "partner-data")
    window = open_main_window(app, workspace)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.close()
    workspace.close()


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, box: QCheckBox) -> None:
    """Click the box where a person would: on its square."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def pair_through_settings(qtbot: Any, window: Any, code: str, name: str) -> Any:
    settings = window.show_screen("settings")
    section = settings.partner_section
    assert section.isVisible()
    settings.scroll_area.ensureWidgetVisible(section.add_partner_button)
    click(qtbot, section.partner_code_field)
    qtbot.keyClicks(section.partner_code_field, code)
    click(qtbot, section.partner_name_field)
    qtbot.keyClicks(section.partner_name_field, name)
    click(qtbot, section.add_partner_button)
    return section


def visible_dialogs(window: QWidget, kind: type[QWidget]) -> list[Any]:
    found: list[QWidget] = window.findChildren(kind)
    return [d for d in found if d.isVisible()]


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def nothing_clipped(widget: QWidget) -> None:
    QApplication.processEvents()
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_pair_share_and_open_side_by_side(
    qtbot: Any,
    fixed_clock: Clock,
    main_window: Any,
    partner_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alex, sam = main_window, partner_window
    turn_on(alex)
    turn_on(sam)
    week = label_for_day(fixed_clock.today, alex.workspace.settings.week_start)

    # Alex pairs through Settings, typing Sam's code; Sam adds Alex's code directly.
    sam_code = my_code(sam.workspace.journal)
    section = pair_through_settings(qtbot, alex, sam_code, "Sam")
    assert [p.name for p in partners(alex.workspace.journal)] == ["Sam"]
    assert section.partner_list.count() == 1
    assert "Sam" in section.partner_list.item(0).text()
    assert " ".join(fingerprint_words(sam_code)) in section.partner_list.item(0).text()
    assert section.partner_code_field.text() == ""
    alex_code = my_code(alex.workspace.journal)
    assert section.own_code.text() == alex_code
    add_partner(sam.workspace.journal, alex_code, "Alex")
    # The six words on Alex's screen are the ones Sam's journal shows for Alex's code.
    sam_sees = fingerprint_words(partners(sam.workspace.journal)[0].code)
    assert section.own_words.text().split() == sam_sees
    assert "F1" in section.safety_text.text() and "not okay" in section.safety_text.text()

    # Alex's week: a saved check-in with an ATTUNE reflection, and a repair that week.
    alex.bridge.save(full_relationship(at=at(day=25, hour=9), week=week, answers=MINE))
    alex.bridge.save(full_repair(at=at(day=24, hour=21)))
    screen = alex.show_screen("relationship")
    assert screen.share_button.isEnabled()
    assert not screen.side_by_side_button.isVisible()
    click(qtbot, screen.share_button)
    dialog = screen.share_dialog
    assert isinstance(dialog, ShareWeekDialog)
    qtbot.waitExposed(dialog)

    checkin = alex.workspace.journal.relationship_checkin(week)
    assert isinstance(checkin, RelationshipCheckIn)
    plain = "\n".join(preview_lines(shared_week(checkin)))
    assert dialog.preview_text() == plain
    assert "The ATTUNE reflection is not shared." in plain
    tick(qtbot, dialog.include_attune)
    assert dialog.include_attune.isChecked()
    with_attune = "\n".join(preview_lines(shared_week(checkin, include_attune=True)))
    assert dialog.preview_text() == with_attune
    assert "ATTUNE, Awareness: “I missed that they were tired.”" in dialog.preview_text()
    tick(qtbot, dialog.include_attune)
    assert dialog.preview_text() == plain
    tick(qtbot, dialog.include_repairs)
    assert "Snapped about the dishes." in dialog.preview_text()
    assert "No repair entries are shared." not in dialog.preview_text()
    tick(qtbot, dialog.include_repairs)
    assert dialog.preview_text() == plain
    tick(qtbot, dialog.include_attune)

    target = tmp_path / "handed-over" / f"{week}.attune-share"
    target.parent.mkdir()
    monkeypatch.setattr(partner_dialogs, "ask_share_path", lambda parent, suggested: str(target))
    click(qtbot, dialog.save_button)
    assert target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Saved to" in dialog.status.text()
    assert not list(target.parent.glob(".*.tmp"))
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Sam's own week, then Alex's file through the File menu's action.
    sam.bridge.save(full_relationship(at=at(day=25, hour=9), week=week, answers=THEIRS))
    monkeypatch.setattr(partner_dialogs, "ask_partner_file", lambda parent: str(target))
    assert sam.partner_file_action in sam.file_menu.actions()
    assert sam.partner_file_action.isVisible()
    sam.partner_file_action.trigger()
    shown = visible_dialogs(sam, SideBySideDialog)
    assert len(shown) == 1
    side = shown[0]
    qtbot.waitExposed(side)
    assert [w.week for w in received_weeks(sam.workspace.journal, 1)] == [week]
    texts = [label.text() for label in side.findChildren(QLabel)]
    assert "Alex" in texts and "You" in texts
    # Closeness: Sam 4.5, Alex 2.5; both numbers on screen, side by side.
    names = {label.accessibleName() for label in side.findChildren(QLabel)}
    assert "You, Closeness: 4.5" in names
    assert "Alex, Closeness: 2.5" in names
    assert "Closeness most differently" in side.view.notice.text()
    assert side.view.talk.text().startswith("• Closeness is where your answers differ most")
    assert side.view.over_time.columnCount() == 1
    assert side.view.over_time.item(2, 0).text() == "2.0"  # Closeness' gap
    everything = " ".join(texts).lower()
    for verdict in ("total", "overall", "grade:", "score of the relationship"):
        assert verdict not in everything
    qtbot.keyClick(side, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs(sam, SideBySideDialog))

    # Sam's Relationship screen now offers the same view for that week.
    sam_screen = sam.show_screen("relationship")
    assert sam_screen.side_by_side_button.isVisible()

    # One changed byte: refused with the engine's sentence, nothing else opens.
    changed = tmp_path / "changed.attune-share"
    data = bytearray(target.read_bytes())
    data[-5] ^= 0x01
    changed.write_bytes(bytes(data))
    monkeypatch.setattr(partner_dialogs, "ask_partner_file", lambda parent: str(changed))
    sam.partner_file_action.trigger()
    boxes = visible_dialogs(sam, QMessageBox)
    assert len(boxes) == 1
    assert boxes[0].text() == str(DamagedPartnerFile())
    assert visible_dialogs(sam, SideBySideDialog) == []
    click(qtbot, boxes[0].button(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not visible_dialogs(sam, QMessageBox))


def test_stop_sharing_and_a_new_code_from_settings(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = main_window.show_screen("settings")
    section = settings.partner_section
    assert not section.isVisible()  # only with the relationship module on
    turn_on(main_window)
    assert section.isVisible()

    other = open_workspace(tmp_path / "other")
    try:
        code = my_code(other.journal)
    finally:
        other.close()
    pair_through_settings(qtbot, main_window, "attune-partner:abc", "Sam")
    assert "typo" in settings.status.text()
    assert partners(main_window.workspace.journal) == []
    # By keyboard: the fields are in reading order, and Enter in the name adds.
    section.partner_code_field.selectAll()
    section.partner_code_field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(section.partner_code_field, code)
    assert "  ".join(fingerprint_words(code)) in section.their_words.text()
    name_field = section.partner_name_field
    name_field.clear()  # still holds the name from the refused try
    qtbot.keyClick(section.partner_code_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is name_field
    qtbot.keyClicks(QApplication.focusWidget(), "Sam")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert section.partner_list.count() == 1
    assert section.partner_code_field.text() == "" and not section.their_words.isVisible()
    for widget in (section.own_code, section.copy_code_button, section.partner_list):
        assert widget.accessibleName()

    asked: list[str] = []

    def keep_their_weeks(parent: QWidget, name: str) -> bool | None:
        asked.append(name)
        return False

    monkeypatch.setattr(partner_settings, "ask_stop_sharing", keep_their_weeks)
    assert section.stop_sharing_button.isEnabled()
    click(qtbot, section.stop_sharing_button)
    assert asked == ["Sam"]
    assert partners(main_window.workspace.journal) == []
    assert section.partner_list.count() == 0
    assert not section.stop_sharing_button.isEnabled()
    assert "Stopped sharing with Sam" in settings.status.text()

    before = section.own_code.text()
    monkeypatch.setattr(partner_settings, "ask_new_code", lambda parent: True)
    click(qtbot, section.new_code_button)
    assert section.own_code.text() != before
    assert section.own_code.text() == my_code(main_window.workspace.journal)


@pytest.mark.parametrize("size", [(800, 600), (1280, 800)], ids=["800x600", "1280x800"])
def test_the_partner_screens_fit(
    qtbot: Any,
    fixed_clock: Clock,
    main_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
) -> None:
    window = main_window
    window.resize(*size)
    turn_on(window)
    journal = window.workspace.journal
    week = label_for_day(fixed_clock.today, window.workspace.settings.week_start)
    other = open_workspace(tmp_path / "other")
    try:
        other_code = my_code(other.journal)
        add_partner(other.journal, my_code(journal), "Alex")
        section = pair_through_settings(qtbot, window, other_code, "Sam")
        settings = window.show_screen("settings")
        settings.scroll_area.ensureWidgetVisible(section)
        settings.scroll_area.ensureWidgetVisible(section.safety_text)
        nothing_clipped(section)
        assert section.width() <= settings.scroll_area.viewport().width()
        if size == (1280, 800):
            shot(window, "partner-pairing-light")
        shot(window, f"partner-pairing-{size[0]}x{size[1]}")

        window.bridge.save(full_relationship(at=at(day=25, hour=9), week=week, answers=MINE))
        window.bridge.save(full_repair(at=at(day=24, hour=21)))
        window.bridge.save(full_repair(at=at(day=23, hour=20), what_happened="Late again."))
        theirs = full_relationship(at=at(day=25, hour=9), week=week, answers=THEIRS)
        other.journal.save(theirs)
        sam_id = partners(other.journal)[0].id
        data = seal(other.journal, sam_id, shared_week(theirs))
    finally:
        other.close()

    screen = window.show_screen("relationship")
    click(qtbot, screen.share_button)
    dialog = screen.share_dialog
    qtbot.waitExposed(dialog)
    tick(qtbot, dialog.include_attune)
    tick(qtbot, dialog.include_repairs)
    assert dialog.width() <= size[0] and dialog.height() <= size[1] - 60
    nothing_clipped(dialog)
    shot(dialog, f"partner-preview-{size[0]}x{size[1]}")
    if size == (1280, 800):
        shot(dialog, "partner-preview-light")
    click(qtbot, dialog.close_button)

    path = tmp_path / "from-sam.attune-share"
    path.write_bytes(data)
    monkeypatch.setattr(partner_dialogs, "ask_partner_file", lambda parent: str(path))
    window.partner_file_action.trigger()
    side = visible_dialogs(window, SideBySideDialog)[0]
    qtbot.waitExposed(side)
    assert side.width() <= size[0] and side.height() <= size[1] - 60
    nothing_clipped(side)
    shot(side, f"partner-side-by-side-{size[0]}x{size[1]}")
    if size == (1280, 800):
        shot(side, "partner-side-by-side-light")
    shot(screen, f"partner-relationship-{size[0]}x{size[1]}")


def test_a_partner_file_dropped_on_the_window_opens_side_by_side(
    qtbot: Any, fixed_clock: Clock, main_window: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = main_window
    turn_on(window)
    week = label_for_day(fixed_clock.today, window.workspace.settings.week_start)
    other = open_workspace(tmp_path / "other")
    try:
        add_partner(window.workspace.journal, my_code(other.journal), "Sam")
        add_partner(other.journal, my_code(window.workspace.journal), "Alex")
        theirs = full_relationship(at=at(day=25, hour=9), week=week, answers=THEIRS)
        data = seal(other.journal, partners(other.journal)[0].id, shared_week(theirs))
    finally:
        other.close()
    path = tmp_path / "from Sam"  # no ending: the first bytes say what it is
    path.write_bytes(data)
    elsewhere = tmp_path / "notes.txt"
    elsewhere.write_text("not a partner file")

    def drop(file: Path) -> bool:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(file))])
        where = QPointF(window.width() / 2, window.height() / 2)
        buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
        window.dragEnterEvent(enter)
        if not enter.isAccepted():
            return False
        window.dropEvent(QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, modifiers))
        return True

    assert not drop(elsewhere)
    assert drop(path)
    shown = visible_dialogs(window, SideBySideDialog)
    assert len(shown) == 1
    names = {label.accessibleName() for label in shown[0].findChildren(QLabel)}
    assert "Sam, Closeness: 4.5" in names
    assert "You, Closeness: no answer" in names


def test_the_share_dialog_by_keyboard_alone(
    qtbot: Any, fixed_clock: Clock, main_window: Any, tmp_path: Path
) -> None:
    window = main_window
    turn_on(window)
    week = label_for_day(fixed_clock.today, window.workspace.settings.week_start)
    other = open_workspace(tmp_path / "other")
    try:
        add_partner(window.workspace.journal, my_code(other.journal), "Sam")
    finally:
        other.close()
    window.bridge.save(full_relationship(at=at(day=25, hour=9), week=week, answers=MINE))
    window.bridge.save(full_repair(at=at(day=24, hour=21)))
    screen = window.show_screen("relationship")
    screen.share_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(screen.share_button, Qt.Key.Key_Space)
    dialog = screen.share_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(focused(), key)

    order = [
        dialog.partner_choice,
        dialog.include_attune,
        dialog.include_repairs,
        dialog.preview,
        dialog.save_button,
        dialog.close_button,
    ]
    assert focused() is order[0]
    for widget in order[1:] + order[:1]:  # round the dialog and back: no trap
        press(Qt.Key.Key_Tab)
        assert focused() is widget, (focused(), widget)
    for widget in order:
        assert widget.accessibleName() or widget.text(), widget
    plain = dialog.preview_text()
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # the ATTUNE box
    assert dialog.include_attune.isChecked() and "ATTUNE, Awareness" in dialog.preview_text()
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)  # the repairs box: the list joins the Tab order
    assert "Snapped about the dishes." in dialog.preview_text()
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.repair_list
    press(Qt.Key.Key_Space)  # the one repair, left out again
    assert "Snapped about the dishes." not in dialog.preview_text()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert plain != ""

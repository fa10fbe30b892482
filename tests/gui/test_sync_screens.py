"""Sync between two computers, through the screens.

The laptop is the app's window: sync is set up in Settings with real clicks and typing
into a temporary folder (the folder chooser is replaced). The desktop is a second
journal in another data folder that joins the same folder through ``sync.session``,
writes a note and syncs; the window picks it up by itself (its folder watcher) and the
note shows in History. The same entry's text edited on both computers shows under
"Conflicts to resolve"; comparing and keeping one with the keyboard keeps that text on
both. A wrong passphrase when joining says one calm sentence and writes nothing.

Two weekly reviews written for one week on the two computers are both kept and joined
into one with the keyboard ("Keep both, joined").

With ATTUNE_SHOTS set to a folder, the sync settings and the conflict dialogs (an entry's
two versions, two reviews of one week) are saved there at 800x600 and 1280x800
(docs/screenshots holds the 1280x800 light ones).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from attune_journal.core.models import Note
from attune_journal.sync import merge, session
from attune_journal.sync.crypto import WrongPassphraseError
from attune_journal.ui.settings import sync as sync_settings
from attune_journal.ui.sync_dialogs import ConflictDialog
from attune_journal.workspace import Workspace, open_workspace
from tests.factories import at

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

SHOTS = os.environ.get("ATTUNE_SHOTS")
PASSPHRASE = "river stones at dusk"
SMALL_KDF = {"ops": 1, "mem": 8192}  # folders the tests set up without the screens


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Workspace]:
    """The other computer: a journal in its own data folder, driven through the session API."""
    workspace = open_workspace(tmp_path / "desktop-data")
    yield workspace
    workspace.close()


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, field: QWidget, text: str) -> None:
    click(qtbot, field)
    qtbot.keyClicks(field, text)


def nothing_clipped(widget: QWidget) -> None:
    QApplication.processEvents()
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def shot(widget: QWidget, name: str) -> None:
    nothing_clipped(widget)
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_sync_settings(window: Any, monkeypatch: pytest.MonkeyPatch, folder: Path) -> Any:
    monkeypatch.setattr(sync_settings, "ask_sync_folder", lambda parent, start: str(folder))
    screen = window.show_screen("settings")
    section = screen.sync_section
    screen.scroll_area.ensureWidgetVisible(section)
    assert section.isVisible() and section.setup_part.isVisible()
    return section


def history_texts(window: Any) -> list[str]:
    history = window.show_screen("history")
    return [getattr(e, "text", "") for e in history.model.entries()]


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_set_up_pick_up_a_note_and_resolve_a_conflict(
    qtbot: Any,
    main_window: Any,
    desktop: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = main_window
    folder = tmp_path / "Sync"
    folder.mkdir()
    walk = laptop.bridge.save(Note(at=at(day=3, hour=8), text="Walked by the river."))

    # Settings: choose the folder, type the passphrase twice and a name, start syncing.
    section = open_sync_settings(laptop, monkeypatch, folder)
    assert "Syncthing" in section.findChildren(QLabel)[0].text()
    assert section.computer_name.text()  # the host name, ready to change
    click(qtbot, section.choose_folder_button)
    assert section.folder_field.text() == str(folder)
    for size in ((800, 600), (1280, 800)):
        laptop.resize(*size)
        laptop.show_screen("settings").scroll_area.ensureWidgetVisible(section)
        shot(laptop, f"sync-setup-light-{size[0]}x{size[1]}")
    assert section.repeat.isVisible()
    assert section.passphrase.hasFocus()
    qtbot.keyClicks(section.passphrase, PASSPHRASE)
    type_into(qtbot, section.repeat, "river stones at dawn")
    section.computer_name.selectAll()
    type_into(qtbot, section.computer_name, "")
    section.computer_name.selectAll()
    qtbot.keyClicks(section.computer_name, "Laptop")
    click(qtbot, section.start_button)
    assert "not the same" in section.note.text()
    assert section.repeat.hasFocus() and not section.repeat.text()
    assert not (folder / "attune-journal").exists()
    qtbot.keyClicks(section.repeat, PASSPHRASE)
    qtbot.keyClick(section.repeat, Qt.Key.Key_Return)
    assert section.busy and "Setting up" in section.note.text()
    assert not section.start_button.isEnabled()
    qtbot.waitUntil(lambda: not section.busy, timeout=30_000)
    assert section.synced_part.isVisible() and not section.setup_part.isVisible()
    assert laptop.workspace.settings.sync_folder == str(folder)
    assert laptop.workspace.settings.sync_name == "Laptop"
    qtbot.waitUntil(lambda: "Laptop" in section.status_text.text())
    assert "No other computer has joined yet." in section.status_text.text()
    assert not section.conflicts_part.isVisible()
    assert section.sync_now_button.hasFocus()

    # The desktop joins the same folder.
    session.set_up(desktop, folder, PASSPHRASE, "Desktop")
    assert desktop.journal.get_by_uid(walk.uid) is not None

    # Once the window has nothing left to do, the desktop writes a note and syncs: only
    # the folder watcher can bring it in now, and it does, unasked.
    runner = laptop.sync_runner
    qtbot.waitUntil(lambda: runner.idle, timeout=15_000)
    assert str(folder / "attune-journal" / "devices") in runner.watcher.directories()
    desktop.journal.save(Note(at=at(day=4, hour=19), text="Wrote this on the desktop."))
    session.sync_now(desktop)
    qtbot.waitUntil(
        lambda: any(
            getattr(e, "text", "") == "Wrote this on the desktop."
            for e in laptop.workspace.journal.entries()
        ),
        timeout=15_000,
    )
    assert "Wrote this on the desktop." in history_texts(laptop)

    # The same entry edited on both computers before either has synced.
    walk.text = "Walked by the river, from the laptop."
    laptop.bridge.save(walk)
    theirs = desktop.journal.get_by_uid(walk.uid)
    assert isinstance(theirs, Note)
    theirs.text = "Walked by the river, from the desktop."
    desktop.journal.save(theirs)
    session.sync_now(desktop)
    qtbot.waitUntil(lambda: bool(merge.conflicts(laptop.workspace.journal)), timeout=15_000)

    screen = laptop.show_screen("settings")
    click(qtbot, section.sync_now_button)  # and the status says so
    qtbot.waitUntil(lambda: section.conflicts_part.isVisible(), timeout=15_000)
    screen.scroll_area.ensureWidgetVisible(section.conflicts)
    assert section.conflicts.count() == 1
    assert section.conflicts.item(0).text() == (
        "Written on two computers at once: 3 November, 08:30 — note"
    )
    assert "Desktop" in section.status_text.text()
    for size in ((800, 600), (1280, 800)):
        laptop.resize(*size)
        screen.scroll_area.ensureWidgetVisible(section)
        shot(laptop, f"sync-settings-light-{size[0]}x{size[1]}")

    # Keyboard only: to the list, Enter to compare, Tab to the other version's button.
    section.conflicts.setFocus()
    qtbot.keyClick(section.conflicts, Qt.Key.Key_Return)
    dialog = section.compare_dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitExposed(dialog)
    texts = [view.toPlainText() for view in dialog.views]
    versions = ["Walked by the river, from the laptop.", "Walked by the river, from the desktop."]
    # The entry shows the version published later; the other is kept beside it.
    now, other = versions if versions[0] in texts[0] else versions[::-1]
    assert now in texts[0] and other in texts[1]
    for size in ((800, 600), (1280, 800)):
        laptop.resize(*size)
        dialog.resize(max(480, min(900, size[0] - 40)), max(360, min(620, size[1] - 40)))
        shot(dialog, f"sync-conflict-light-{size[0]}x{size[1]}")
    assert dialog.views[0].hasFocus()
    focused = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused.append(QApplication.focusWidget())
    assert focused == [dialog.keep_buttons[0], dialog.views[1], dialog.keep_buttons[1]]
    assert dialog.keep_buttons[1].accessibleName() == "Keep the other version"
    qtbot.keyClick(dialog.keep_buttons[1], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not merge.conflicts(laptop.workspace.journal), timeout=10_000)
    qtbot.waitUntil(lambda: not section.busy and not section.conflicts_part.isVisible())
    assert "Kept the version you chose" in section.note.text()
    shown = history_texts(laptop)
    assert other in shown and now not in shown

    # The choice reaches the desktop with the next syncs.
    qtbot.waitUntil(lambda: not laptop.sync_runner.running)
    laptop.sync_runner.sync_now()
    qtbot.waitUntil(lambda: not laptop.sync_runner.running, timeout=10_000)
    session.sync_now(desktop)
    assert not merge.conflicts(desktop.journal)
    kept = [getattr(e, "text", "") for e in desktop.journal.entries()]
    assert other in kept and now not in kept

    # Stopping asks first, then leaves the journal and the folder as they are.
    laptop.show_screen("settings")
    monkeypatch.setattr(sync_settings, "ask_stop_syncing", lambda parent: True)
    screen.scroll_area.ensureWidgetVisible(section.stop_button)
    click(qtbot, section.stop_button)
    qtbot.waitUntil(lambda: section.setup_part.isVisible(), timeout=10_000)
    assert laptop.workspace.settings.sync_folder == ""
    assert not laptop.sync_runner.watcher.directories()
    assert (folder / "attune-journal" / "folder.json").exists()


def test_a_window_opened_on_a_computer_that_syncs_syncs_at_start(
    qtbot: Any, desktop: Workspace, tmp_path: Path
) -> None:
    from attune_journal.ui.application import open_main_window

    folder = tmp_path / "Sync"
    folder.mkdir()
    session.set_up(desktop, folder, PASSPHRASE, "Desktop", **SMALL_KDF)
    laptop = open_workspace(tmp_path / "laptop-data")
    try:
        session.set_up(laptop, folder, PASSPHRASE, "Laptop")
        laptop.journal.save(Note(at=at(day=5, hour=7), text="Written while the desktop was off."))
        session.sync_now(laptop)
    finally:
        laptop.close()

    window = open_main_window(QApplication.instance(), desktop)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(
            lambda: "Written while the desktop was off." in history_texts(window), timeout=15_000
        )
        assert window.sync_runner.watcher.directories()
    finally:
        window.close()


def test_wrong_passphrase_when_joining_says_so_and_writes_nothing(
    qtbot: Any,
    main_window: Any,
    desktop: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    session.set_up(desktop, folder, PASSPHRASE, "Desktop", **SMALL_KDF)
    before = files_in(folder)

    section = open_sync_settings(main_window, monkeypatch, folder)
    click(qtbot, section.choose_folder_button)
    assert not section.repeat.isVisible()  # joining: the passphrase once
    assert section.start_button.text() == "Join and start syncing"
    assert "already holds a synced journal" in section.folder_hint.text()
    qtbot.keyClicks(section.passphrase, "not the passphrase")
    click(qtbot, section.start_button)
    qtbot.waitUntil(lambda: not section.busy, timeout=30_000)

    sentence = str(WrongPassphraseError())
    assert section.note.text() == sentence
    assert main_window.statusBar().currentMessage() == sentence
    assert section.setup_part.isVisible() and not section.synced_part.isVisible()
    assert section.passphrase.hasFocus() and not section.passphrase.text()
    assert main_window.workspace.settings.sync_folder == ""
    assert not session.is_set_up(main_window.workspace)
    assert files_in(folder) == before
    assert not main_window.sync_runner.watcher.directories()


def test_a_folder_gone_missing_is_one_calm_line_said_once(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    folder = tmp_path / "Sync"
    folder.mkdir()
    session.set_up(main_window.workspace, folder, PASSPHRASE, "Laptop", **SMALL_KDF)
    runner = main_window.sync_runner
    runner.watch()
    shutil.rmtree(folder)  # the USB stick was taken out
    said: list[str] = []
    monkeypatch.setattr(
        main_window, "show_message", lambda text, timeout_ms=6000: said.append(text)
    )
    failures: list[str] = []

    def failed(text: str) -> None:
        failures.append(text)

    runner.sync_failed.connect(failed)
    for attempt in (1, 2):
        runner.sync_now()
        qtbot.waitUntil(lambda n=attempt: len(failures) == n, timeout=10_000)
    assert len(said) == 1, said
    assert said[0].count(". ") == 0 and said[0].endswith(".")
    assert str(folder) in said[0]


def test_two_reviews_of_one_week_are_both_kept_and_joined_with_the_keyboard(
    qtbot: Any,
    main_window: Any,
    desktop: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The laptop and the desktop each wrote the review of week 48 before they had
    synced: neither goes to the trash, the week is listed under "Conflicts to resolve",
    and "Keep both, joined" (reached with Tab, pressed with Space) keeps one review with
    both computers' words, on both computers."""
    from attune_journal.core.models import WeeklyReview

    laptop = main_window
    folder = tmp_path / "Sync"
    folder.mkdir()
    week = "2026-W48"
    laptop.bridge.save(
        WeeklyReview(at=at(day=29, hour=19), week=week, went_well="A long walk by the river.")
    )
    session.set_up(laptop.workspace, folder, PASSPHRASE, "Laptop", **SMALL_KDF)
    runner = laptop.sync_runner
    runner.watch()
    desktop.journal.save(
        WeeklyReview(
            at=at(day=29, hour=21), week=week, went_well="Swimming twice.", intention="Rest."
        )
    )
    session.set_up(desktop, folder, PASSPHRASE, "Desktop")
    # The desktop's own review is not in its trash: kept beside the laptop's, listed.
    assert desktop.journal.entries(trashed=True) == []
    assert len(merge.conflicts(desktop.journal)) == 1
    qtbot.waitUntil(lambda: bool(merge.conflicts(laptop.workspace.journal)), timeout=15_000)
    assert laptop.workspace.journal.entries(trashed=True) == []

    section = laptop.show_screen("settings").sync_section
    screen = laptop.show_screen("settings")
    screen.scroll_area.ensureWidgetVisible(section)
    qtbot.waitUntil(lambda: runner.idle, timeout=15_000)
    click(qtbot, section.sync_now_button)
    qtbot.waitUntil(lambda: section.conflicts_part.isVisible(), timeout=15_000)
    screen.scroll_area.ensureWidgetVisible(section.conflicts)
    assert section.conflicts.count() == 1
    assert section.conflicts.item(0).text() == (
        "Written for the same week on two computers: week 48 (23–29 November) — weekly review"
    )
    assert "written on each of two computers" in section.status_text.text()

    # Keyboard only: to the list, Enter to compare, Tab to "Keep both, joined", Space.
    section.conflicts.setFocus()
    qtbot.keyClick(section.conflicts, Qt.Key.Key_Return)
    dialog = section.compare_dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitExposed(dialog)
    texts = [view.toPlainText() for view in dialog.views]
    assert "A long walk by the river." in texts[0] and "Swimming twice." in texts[1]
    assert "same week" in dialog.findChildren(QLabel)[0].text()
    for size in ((800, 600), (1280, 800)):
        laptop.resize(*size)
        dialog.resize(max(480, min(900, size[0] - 40)), max(360, min(620, size[1] - 40)))
        shot(dialog, f"sync-week-conflict-light-{size[0]}x{size[1]}")
    assert dialog.views[0].hasFocus()
    focused = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused.append(QApplication.focusWidget())
    assert focused == [
        dialog.keep_buttons[0],
        dialog.views[1],
        dialog.keep_buttons[1],
        dialog.join_button,
    ]
    qtbot.keyClick(dialog.join_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not merge.conflicts(laptop.workspace.journal), timeout=10_000)
    qtbot.waitUntil(lambda: not section.busy and not section.conflicts_part.isVisible())
    assert "joined" in section.note.text()
    kept = laptop.workspace.journal.weekly_review(week)
    assert kept is not None
    assert kept.went_well == "A long walk by the river.\n\nSwimming twice."
    assert kept.intention == "Rest."
    assert [e.went_well for e in laptop.workspace.journal.entries(trashed=True)] == [
        "Swimming twice."
    ]

    # The joined review reaches the desktop with the next syncs.
    qtbot.waitUntil(lambda: not runner.running)
    runner.sync_now()
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    session.sync_now(desktop)
    assert not merge.conflicts(desktop.journal)
    theirs = desktop.journal.weekly_review(week)
    assert theirs is not None and theirs.went_well == kept.went_well

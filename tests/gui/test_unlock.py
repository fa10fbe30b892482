"""The unlock screen, the idle lock, and the start-up gate for encrypted or damaged journals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from attune_journal.core.models import Note
from attune_journal.ui import unlock
from attune_journal.ui.application import _open_for_start
from attune_journal.ui.unlock import IdleLock, UnlockScreen
from attune_journal.workspace import open_workspace
from tests.factories import of_kind


def test_wrong_passphrases_get_a_calm_message_and_unlimited_retries(qtbot) -> None:
    tries: list[str] = []

    def check(text: str) -> str | None:
        tries.append(text)
        return None if text == "right" else "That passphrase does not open this journal."

    screen = UnlockScreen(check)
    qtbot.addWidget(screen)
    screen.attempt()
    assert "Type your passphrase" in screen.message.text()
    for attempt in range(12):
        screen.field.setText(f"wrong {attempt}")
        screen.attempt()
        assert "does not open this journal" in screen.message.text()
        assert screen.field.isEnabled()
    with qtbot.waitSignal(screen.unlocked) as signal:
        screen.field.clear()
        qtbot.keyClicks(screen.field, "right")
        screen.attempt()
    assert signal.args == ["right"]
    assert len(tries) == 13
    assert screen.field.text() == ""  # the passphrase does not linger in the widget


def test_idle_lock_hides_the_content_keeps_the_text_and_unlocks(main_window, qtbot) -> None:
    window = main_window
    workspace = window.workspace
    workspace.change_encryption(None, "open sesame")
    today = window.page("today")
    today.editor.setPlainText("half a thought, not saved yet")
    content = window.centralWidget()
    lock = window.findChild(IdleLock)
    assert lock is not None

    before = {id(a): a.isEnabled() for a in window.findChildren(QAction)}
    workspace.settings.idle_lock_minutes = 5
    lock.apply_settings()
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000
    lock.lock()
    screen = window.centralWidget()
    assert isinstance(screen, UnlockScreen)
    assert not content.isVisible()
    actions = [a for a in window.findChildren(QAction) if a.text()]
    assert any(not a.isEnabled() for a in actions)
    assert all(a.isEnabled() for a in actions if a.shortcut().toString() == "Ctrl+Q")

    screen.field.setText("not it")
    screen.attempt()
    assert lock.is_locked and "does not open" in screen.message.text()
    screen.field.setText("open sesame")
    screen.attempt()
    qtbot.waitUntil(lambda: not lock.is_locked)
    assert window.centralWidget() is content
    assert today.editor.toPlainText() == "half a thought, not saved yet"
    assert {id(a): a.isEnabled() for a in window.findChildren(QAction)} == before


def test_without_encryption_the_lock_is_a_privacy_screen(main_window, qtbot) -> None:
    lock = main_window.findChild(IdleLock)
    lock.lock()
    screen = main_window.centralWidget()
    assert isinstance(screen, UnlockScreen) and screen.check is None
    screen.button.click()
    qtbot.waitUntil(lambda: not lock.is_locked)


def test_a_zero_idle_time_never_locks(main_window) -> None:
    lock = main_window.findChild(IdleLock)
    main_window.workspace.settings.idle_lock_minutes = 0
    lock.apply_settings()
    assert not lock.timer.isActive()


def test_start_asks_for_the_passphrase_of_an_encrypted_journal(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="hidden"))
    workspace.change_encryption(None, "pw")
    workspace.close()
    asked: list[Path] = []

    def answer(store: Path) -> str:
        asked.append(store)
        return "pw"

    monkeypatch.setattr(unlock, "ask_passphrase_at_start", answer)
    opened = _open_for_start(data_dir)  # what the app's start does
    assert opened is not None and opened.journal.count() == 1
    assert asked == [data_dir / "journal.sqlite3"]
    opened.close()

    monkeypatch.setattr(unlock, "ask_passphrase_at_start", lambda _store: None)
    assert unlock.open_workspace_interactively(data_dir) is None  # the person chose to quit


def test_start_with_a_damaged_file_sets_it_aside_and_offers_the_backup(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="from the backup"))
    workspace.backup("daily")
    workspace.close()
    (data_dir / "journal.sqlite3").write_bytes(b"garbage, not a journal")
    messages: list[str] = []

    def choose(message: str, has_backup: bool) -> str:
        messages.append(message)
        assert has_backup
        return unlock.RESTORE

    monkeypatch.setattr(unlock, "ask_damaged_choice", choose)
    opened = _open_for_start(data_dir)  # what the app's start does
    assert opened is not None
    assert [e.text for e in of_kind(Note, opened.journal.entries())] == ["from the backup"]
    assert "moved" in messages[0] and "text file" in messages[0]
    (moved,) = (data_dir / "damaged").iterdir()
    assert moved.read_bytes() == b"garbage, not a journal"
    opened.close()


def test_a_plain_journal_opens_at_start_without_a_question(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="plain"))
    workspace.close()

    def no_question(*_args: object) -> None:
        raise AssertionError("a plain journal needs no question")

    monkeypatch.setattr(unlock, "ask_passphrase_at_start", no_question)
    monkeypatch.setattr(unlock, "ask_damaged_choice", no_question)
    opened = _open_for_start(data_dir)
    assert opened is not None and opened.journal.count() == 1
    opened.close()

"""Settings → Privacy and backups: encryption on/change/off, idle lock, back up, restore."""

from __future__ import annotations

import pytest

from attune_journal.core.models import Note
from attune_journal.ui import privacy_settings
from attune_journal.ui.privacy_settings import PrivacySettings


def _panel(main_window) -> PrivacySettings:
    settings = main_window.page("settings")
    assert isinstance(settings.privacy, PrivacySettings)
    return settings.privacy


def test_encryption_can_be_turned_on_changed_and_off(
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(main_window)
    workspace = main_window.workspace
    workspace.journal.save(Note(text="kept through it all"))
    assert panel.turn_on.isVisibleTo(panel) and not panel.change.isVisibleTo(panel)

    monkeypatch.setattr(privacy_settings, "ask_new_passphrase", lambda _parent: "first")
    panel.turn_on.click()
    assert workspace.encrypted
    assert "encrypted now" in panel.feedback.text()
    assert "is encrypted" in panel.status.text()
    assert panel.change.isVisibleTo(panel) and not panel.turn_on.isVisibleTo(panel)

    monkeypatch.setattr(privacy_settings, "ask_passphrase", lambda _parent, _text: "wrong")
    monkeypatch.setattr(privacy_settings, "ask_new_passphrase", lambda _parent: "second")
    panel.change.click()
    assert "did not happen" in panel.feedback.text() and "does not open" in panel.feedback.text()

    monkeypatch.setattr(privacy_settings, "ask_passphrase", lambda _parent, _text: "first")
    panel.change.click()
    assert "was changed" in panel.feedback.text()

    monkeypatch.setattr(privacy_settings, "confirm", lambda *_args: True)
    monkeypatch.setattr(privacy_settings, "ask_passphrase", lambda _parent, _text: "second")
    panel.turn_off.click()
    assert not workspace.encrypted
    assert workspace.journal.count() == 1


def test_back_up_now_then_restore_from_the_list(
    main_window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(main_window)
    bridge = main_window.bridge
    bridge.save(Note(text="in the backup"))
    panel.backup_now.click()
    assert panel.backup_list.count() == 1 and "made by you" in panel.backup_list.item(0).text()
    bridge.save(Note(text="after the backup"))

    monkeypatch.setattr(privacy_settings, "confirm", lambda *_args: True)
    panel.backup_list.setCurrentRow(0)
    with qtbot.waitSignal(bridge.entries_changed):
        panel.restore_button.click()
    assert "Restored" in panel.feedback.text()
    texts = [e.text for e in main_window.workspace.journal.entries()]
    assert texts == ["in the backup"]
    assert panel.backup_list.count() == 2  # the safety copy of what was there


def test_declining_the_restore_changes_nothing(
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(main_window)
    main_window.bridge.save(Note(text="x"))
    panel.backup_now.click()
    main_window.bridge.save(Note(text="y"))
    monkeypatch.setattr(privacy_settings, "confirm", lambda *_args: False)
    panel.restore_button.click()
    assert main_window.workspace.journal.count() == 2


def test_idle_lock_minutes_are_saved(main_window) -> None:
    panel = _panel(main_window)
    panel.idle.setValue(15)
    assert main_window.workspace.settings.idle_lock_minutes == 15
    from attune_journal.settings import load_settings

    saved, _problem = load_settings(main_window.workspace.paths.settings)
    assert saved.idle_lock_minutes == 15
    assert panel.idle.specialValueText() == "Never"

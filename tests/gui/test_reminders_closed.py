"""Settings → Week and reminder, "Remind me even when Attune Journal is closed", by mouse
and keyboard: the timer (or autostart entry) appears, follows a new time and vanishes.

The files land in the test's own $XDG_CONFIG_HOME (tests/conftest.py); a fake
``systemctl`` first on the PATH stands for the desktop's user session.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from attune_journal.core.digest import sha256_hex
from attune_journal.core.models import CheckIn
from attune_journal.desktop import reminder_install
from attune_journal.desktop.reminder_install import no_way_here, remind_command
from attune_journal.ui.reminders import ReminderService
from attune_journal.ui.settings_screen import SettingsScreen
from tests.clock import Clock
from tests.fake_systemctl import FakeSystemctl
from tests.gui.screens import shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

LEFT = Qt.MouseButton.LeftButton


def settings_screen(qtbot, main_window) -> SettingsScreen:
    main_window.resize(1000, 760)
    screen = shown(main_window, "settings", SettingsScreen)
    screen.scroll_area.ensureWidgetVisible(screen.week)
    qtbot.waitUntil(lambda: screen.when_closed.isVisible())
    return screen


def click(qtbot, button: QAbstractButton) -> None:
    """A click where a person would click: on the box's label, once it is in view."""
    screen = button.window().findChild(SettingsScreen)
    assert screen is not None
    screen.scroll_area.ensureWidgetVisible(button)
    qtbot.mouseClick(button, LEFT, pos=button.rect().center())


def saved_settings(main_window) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        main_window.workspace.paths.settings.read_text(encoding="utf-8")
    )
    return data


def test_the_timer_appears_follows_the_time_and_vanishes(
    qtbot, main_window, systemctl: FakeSystemctl, config: Path
) -> None:
    screen = settings_screen(qtbot, main_window)
    units = config / "systemd" / "user"
    timer = units / "attune-journal-reminder.timer"
    service = units / "attune-journal-reminder.service"
    assert "timer in your account" in screen.when_closed_hint.text()
    assert not screen.when_closed.isEnabled()  # only once reminders are on at all

    click(qtbot, screen.reminder)
    assert screen.reminder.isChecked() and screen.when_closed.isEnabled()
    assert not timer.exists()  # a reminder in the app only, so far

    click(qtbot, screen.when_closed)
    assert screen.when_closed.isChecked()
    assert "even when the app is closed" in screen.status.text()
    assert re.search(r"^OnCalendar=\*-\*-\* 20:00:00$", timer.read_text(), re.MULTILINE)
    root = main_window.workspace.paths.root
    assert service.read_text().count(f'"{root}"') == 1
    assert systemctl.calls()[-3:] == [
        "daemon-reload",
        "enable attune-journal-reminder.timer",
        "restart attune-journal-reminder.timer",
    ]
    saved = saved_settings(main_window)
    assert saved["reminder_when_closed"] is True
    assert saved["reminder_installed"]["command"] == remind_command(root)  # type: ignore[index]

    # A new time, typed: double-click the hours to select them, type, Enter.
    field = screen.reminder_time.lineEdit()  # where a click on the time lands
    qtbot.mouseDClick(field, LEFT, pos=field.cursorRect().center())
    assert field.selectedText() == "20"
    typing_to = QApplication.focusWidget()  # keys go where the focus is, as a person's do
    assert typing_to is screen.reminder_time
    qtbot.keyClicks(typing_to, "0745")
    qtbot.keyClick(screen.reminder_time, Qt.Key.Key_Return)
    assert main_window.workspace.settings.reminder_time == "07:45"
    assert re.search(r"^OnCalendar=\*-\*-\* 07:45:00$", timer.read_text(), re.MULTILINE)

    click(qtbot, screen.when_closed)
    assert not screen.when_closed.isChecked()
    assert "only while the app is open" in screen.status.text()
    assert not timer.exists() and not service.exists()
    assert systemctl.calls()[-2:] == [
        "disable --now attune-journal-reminder.timer",
        "daemon-reload",
    ]
    assert saved_settings(main_window)["reminder_installed"] == {}

    # On again, then reminders off altogether: what was installed goes with them.
    click(qtbot, screen.when_closed)
    assert timer.exists()
    click(qtbot, screen.reminder)
    assert not screen.reminder.isChecked() and not screen.when_closed.isEnabled()
    assert not timer.exists() and not service.exists()
    assert main_window.workspace.settings.reminder_when_closed  # kept for next time


def test_without_systemd_the_autostart_entry_appears_and_vanishes(
    qtbot, main_window, systemctl: FakeSystemctl, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMCTL_SESSION", "1")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    started: list[list[str]] = []
    monkeypatch.setattr(reminder_install, "start_detached", started.append)
    screen = settings_screen(qtbot, main_window)
    assert "when you log in" in screen.when_closed_hint.text()
    entry = config / "autostart" / "attune-journal-reminder.desktop"

    click(qtbot, screen.reminder)
    click(qtbot, screen.when_closed)
    assert entry.exists()
    assert started == [[*remind_command(main_window.workspace.paths.root), "--wait"]]
    click(qtbot, screen.when_closed)
    assert not entry.exists()


def test_where_the_desktop_offers_neither_settings_says_so(
    qtbot, main_window, systemctl: FakeSystemctl, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMCTL_SESSION", "1")
    screen = settings_screen(qtbot, main_window)
    click(qtbot, screen.reminder)
    assert screen.reminder.isChecked()
    assert screen.when_closed_hint.text() == no_way_here()
    assert screen.when_closed_hint.isVisible()
    assert not screen.when_closed.isEnabled()
    click(qtbot, screen.when_closed)  # a disabled box: nothing happens
    assert not screen.when_closed.isChecked()
    assert not (config / "systemd").exists() and not (config / "autostart").exists()


def test_a_refusal_is_said_and_the_box_goes_back_to_off(
    qtbot, main_window, systemctl: FakeSystemctl, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = settings_screen(qtbot, main_window)
    click(qtbot, screen.reminder)
    monkeypatch.setenv("FAKE_SYSTEMCTL_FAIL", "enable")
    click(qtbot, screen.when_closed)
    assert not screen.when_closed.isChecked()
    assert "not set up" in screen.status.text() and "Access denied" in screen.status.text()
    assert list((config / "systemd" / "user").iterdir()) == []
    assert saved_settings(main_window).get("reminder_when_closed") is not True


def test_an_encrypted_journal_notes_the_day_of_a_check_in_for_the_closed_app_reminder(
    qtbot, main_window, fixed_clock: Clock
) -> None:
    workspace = main_window.workspace
    workspace.change_encryption(None, "a quiet morning")
    workspace.settings.reminder_when_closed = True
    ReminderService(main_window, clock=lambda: fixed_clock.now, has_tray=False)
    main_window.bridge.save(CheckIn(at=fixed_clock.now))
    assert saved_settings(main_window)["reminder_checked_in_on"] == "2026-11-25"

    fixed_clock.set(datetime(2026, 11, 26, 9, 0))
    main_window.bridge.save(CheckIn(at=fixed_clock.now))
    assert saved_settings(main_window)["reminder_checked_in_on"] == "2026-11-26"


def test_after_the_app_moved_its_next_start_rewrites_what_was_installed(
    qtbot, main_window, systemctl: FakeSystemctl, config: Path
) -> None:
    screen = settings_screen(qtbot, main_window)
    click(qtbot, screen.reminder)
    click(qtbot, screen.when_closed)
    service = config / "systemd" / "user" / "attune-journal-reminder.service"
    settings = main_window.workspace.settings
    # As written by a copy of the app that lived somewhere else.
    old = ["/opt/old place/attune-journal", "--data-dir", "x", "remind"]
    service.write_text(reminder_install.service_text(old), encoding="utf-8")
    settings.reminder_installed = {
        **settings.reminder_installed,
        "command": old,
        "files": {
            **settings.reminder_installed["files"],
            str(service): sha256_hex(service.read_bytes()),
        },
    }
    systemctl.calls()

    ReminderService(main_window, has_tray=False).refresh_installed()
    root = main_window.workspace.paths.root
    assert "/opt/old place" not in service.read_text()
    assert saved_settings(main_window)["reminder_installed"]["command"] == remind_command(root)  # type: ignore[index]
    assert "restart attune-journal-reminder.timer" in systemctl.calls()

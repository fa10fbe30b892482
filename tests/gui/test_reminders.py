"""The reminder service with a fake clock, with and without a system tray."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from attune_journal.core.models import CheckIn
from attune_journal.ui.reminders import ReminderService
from tests.clock import Clock

TZ = timezone(timedelta(hours=1))


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def _enable(window, when: str = "20:00") -> None:
    window.workspace.settings.reminder_enabled = True
    window.workspace.settings.reminder_time = when


def test_without_a_tray_a_banner_appears_after_the_time_once_a_day(qtbot, main_window) -> None:
    _enable(main_window)
    clock = FakeClock(datetime(2026, 11, 23, 19, 0, tzinfo=TZ))
    service = ReminderService(main_window, clock=clock, has_tray=False)
    assert service.tray is None
    assert service.check() is False  # before the time: nothing
    assert service.timer.isActive()  # but a check is scheduled

    clock.moment = datetime(2026, 11, 23, 20, 5, tzinfo=TZ)
    assert service.check() is True
    banner = service.shown_banner
    assert banner is not None and banner.isVisibleTo(main_window)
    assert "Start a check-in" in [b.text() for b in banner.buttons]
    assert main_window.workspace.settings.last_reminder_shown == "2026-11-23"

    assert service.check() is False  # not twice on one day
    clock.moment = datetime(2026, 11, 24, 21, 0, tzinfo=TZ)
    assert service.check() is True  # the next evening again


def test_no_reminder_after_a_check_in_today(qtbot, fixed_clock: Clock, main_window) -> None:
    _enable(main_window)
    now = fixed_clock.now
    main_window.workspace.journal.save(CheckIn(at=now))
    clock = FakeClock(now.replace(hour=23, minute=0))
    service = ReminderService(main_window, clock=clock, has_tray=False)
    main_window.workspace.settings.reminder_time = "00:00"
    assert service.check() is False


def test_switched_off_schedules_nothing(qtbot, main_window) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 22, 0, tzinfo=TZ))
    service = ReminderService(main_window, clock=clock, has_tray=False)
    assert service.check() is False
    assert not service.timer.isActive()


# Offscreen has no real tray; Qt says so once when a tray icon is shown anyway.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_with_a_tray_the_menu_offers_checkin_quick_note_and_open(qtbot, main_window) -> None:
    _enable(main_window)
    clock = FakeClock(datetime(2026, 11, 23, 20, 30, tzinfo=TZ))
    service = ReminderService(main_window, clock=clock, has_tray=True)
    assert service.tray is not None
    menu = service.tray.contextMenu()
    titles = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert titles == [
        "New check-in",
        "Quick regulation note…",
        "Open Attune Journal",
        "Need support now?",
        "Quit",
    ]
    assert service.check() is True
    assert service.shown_banner is None  # the tray notification is used instead
    service.tray.hide()

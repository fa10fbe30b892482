"""Daily reminders: a tray icon with a menu where the desktop has a tray, else a banner.

The decision of *when* lives in ``core.reminders`` (tested with a fake clock);
this module only schedules checks and shows the invitation. Where a tray
exists, the reminder is a tray notification and the tray menu offers a new
check-in, a quick note and the window. Where none exists (many Wayland
desktops, Xvfb, offscreen), the same invitation appears as a gentle banner the
next time the app is open after the reminder time. No streaks, no counts.

While the app is closed, the reminder can come from a small process of its own
(desktop/remind.py, opt-in in Settings); the two share the day it was last shown. For
an encrypted journal, which that process cannot read, this module notes the day of a
check-in in the settings, and at start it rewrites what was installed for that process
if the app has moved since (a new bundle, another virtual environment).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from attune_journal.core.models import ValidationError
from attune_journal.core.reminders import (
    day_from_text,
    invitation_for,
    is_due,
    parse_reminder_time,
    wait_before_check,
)
from attune_journal.core.timeutil import now_local
from attune_journal.ui.main_window import MainWindow

if TYPE_CHECKING:  # the banner module loads when a reminder is shown, not at start-up
    from attune_journal.ui.banner import Banner

# Re-check at least hourly: a laptop that slept past the time, or a clock change,
# should not postpone the reminder by a day.
MAX_WAIT_MS = 60 * 60 * 1000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderService(QObject):
    """Schedules and shows the daily reminder for one main window."""

    def __init__(
        self,
        window: MainWindow,
        clock: Callable[[], datetime] = now_local,
        has_tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if tray_available() if has_tray is None else has_tray:
            self.tray = self._make_tray()
        window.bridge.settings_changed.connect(self.reschedule)
        window.bridge.entries_changed.connect(lambda _ids: self.reschedule())
        window.bridge.entries_changed.connect(lambda _ids: self.note_check_in())
        self.shown_banner: Banner | None = None

    # ---- tray ------------------------------------------------------------------------

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(self.window.windowIcon(), self)
        tray.setToolTip(self.window.windowTitle())
        menu = QMenu(self.window)
        for title, slot in (
            (self.tr("New check-in"), self.start_checkin),
            (self.tr("Quick regulation note…"), self.quick_note),
            (self.tr("Open Attune Journal"), self.open_window),
        ):
            action = QAction(title, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        # Support from the tray too, even while the window is idle-locked (then it shows
        # the shipped lines only; see ui/support.py).
        support = QAction(self.tr("Need support now?"), menu)
        support.setObjectName("traySupport")
        support.setToolTip(self.tr("People and helplines you can reach (F1)"))
        support.setProperty("availableWhenLocked", True)
        support.triggered.connect(self.open_support)
        menu.addAction(support)
        self.support_action = support
        menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.window.close)
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self.open_window())
        tray.messageClicked.connect(self.start_checkin)
        tray.show()
        self._menu = menu
        return tray

    def open_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def start_checkin(self) -> None:
        self.open_window()
        self.window.show_screen("checkin")

    def open_support(self) -> None:
        self.open_window()
        self.window.open_support()

    def quick_note(self) -> None:
        self.open_window()
        self.window.open_quick_note()

    # ---- scheduling ------------------------------------------------------------------

    def _reminder_time(self) -> time | None:
        try:
            return parse_reminder_time(self.window.workspace.settings.reminder_time)
        except ValidationError:
            return None

    def _last_shown(self) -> date | None:
        return day_from_text(self.window.workspace.settings.last_reminder_shown)

    def _checked_in_today(self, today: date) -> bool:
        from attune_journal.desktop.remind import checked_in_on

        return checked_in_on(self.window.workspace.journal, today)

    def due(self) -> bool:
        settings = self.window.workspace.settings
        at = self._reminder_time()
        if at is None:
            return False
        now = self.clock()
        return is_due(
            now,
            at,
            settings.reminder_enabled,
            self._last_shown(),
            self._checked_in_today(now.date()),
        )

    def reschedule(self) -> None:
        self.timer.stop()
        at = self._reminder_time()
        if not self.window.workspace.settings.reminder_enabled or at is None:
            return
        wait = wait_before_check(self.clock(), at, timedelta(milliseconds=MAX_WAIT_MS))
        self.timer.start(int(wait.total_seconds() * 1000))

    def check(self) -> bool:
        """Show the reminder if it is due; returns whether it was shown."""
        shown = False
        if self.due():
            self.show_reminder()
            shown = True
        self.reschedule()
        return shown

    def show_reminder(self) -> None:
        today = self.clock().date()
        text = invitation_for(today)
        if self.tray is not None:
            self.tray.showMessage(
                self.tr("Attune Journal"), text, QSystemTrayIcon.MessageIcon.NoIcon, 15000
            )
        else:
            self.shown_banner = self.window.show_banner(
                text,
                [
                    (self.tr("Start a check-in"), self.start_checkin),
                    (self.tr("Not today"), lambda: None),
                ],
            )
        settings = self.window.workspace.settings
        settings.last_reminder_shown = today.isoformat()
        self._save_quietly()

    def _save_quietly(self) -> None:
        # Not remembering only means a reminder may come again; never block the person.
        with contextlib.suppress(OSError):
            self.window.workspace.save_settings()

    # ---- the reminder while the app is closed (desktop/remind.py) ---------------------

    def note_check_in(self) -> None:
        """For an encrypted journal, note today's check-in where the closed-app reminder
        can see it (only the date; it cannot read the journal without the passphrase)."""
        workspace = self.window.workspace
        settings = workspace.settings
        if not (settings.reminder_when_closed and workspace.encrypted):
            return
        today = self.clock().date()
        if settings.reminder_checked_in_on == today.isoformat():
            return
        if self._checked_in_today(today):
            settings.reminder_checked_in_on = today.isoformat()
            self._save_quietly()

    def refresh_installed(self) -> None:
        """Rewrite the closed-app reminder's files if they start a program that has moved."""
        from attune_journal.desktop.reminder_install import InstallError, remind_command, settle

        workspace = self.window.workspace
        settings = workspace.settings
        record = settings.reminder_installed
        at = self._reminder_time()
        wanted = settings.reminder_enabled and settings.reminder_when_closed
        if not (wanted and isinstance(record, dict) and record and at is not None):
            return
        if record.get("command") == remind_command(workspace.paths.root):
            return
        try:
            settings.reminder_installed = settle(True, record, workspace.paths.root, at).record
        except InstallError:
            return  # the old files stay; Settings says why when the person looks there
        self._save_quietly()


def install_reminders(window: MainWindow) -> ReminderService:
    """Attach the reminder service to the main window and check once now (the banner path)."""
    service = ReminderService(window)  # parented to the window, which keeps it alive
    QTimer.singleShot(1500, service.check)
    QTimer.singleShot(3000, service.refresh_installed)
    return service

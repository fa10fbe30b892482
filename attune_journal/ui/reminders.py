"""Daily reminders: a tray icon with a menu where the desktop has a tray, else a banner.

The decision of *when* lives in ``core.reminders`` (tested with a fake clock);
this module only schedules checks and shows the invitation. Where a tray
exists, the reminder is a tray notification and the tray menu offers a new
check-in, a quick note and the window. Where none exists (many Wayland
desktops, Xvfb, offscreen), the same invitation appears as a gentle banner the
next time the app is open after the reminder time. No streaks, no counts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from attune_journal.core.models import CheckIn, ValidationError
from attune_journal.core.reminders import (
    invitation_for,
    is_due,
    next_check,
    parse_reminder_time,
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
        text = self.window.workspace.settings.last_reminder_shown
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            return None

    def _checked_in_today(self, today: date) -> bool:
        entries = self.window.workspace.journal.entries(today, today, kinds=(CheckIn.kind,))
        return bool(entries)

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
        now = self.clock()
        wait_ms = int((next_check(now, at) - now).total_seconds() * 1000)
        self.timer.start(max(1000, min(wait_ms, MAX_WAIT_MS)))

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
        # Not remembering that it was shown only means it may show again; never block.
        with contextlib.suppress(OSError):
            self.window.workspace.save_settings()


def install_reminders(window: MainWindow) -> ReminderService:
    """Attach the reminder service to the main window and check once now (the banner path)."""
    service = ReminderService(window)  # parented to the window, which keeps it alive
    QTimer.singleShot(1500, service.check)
    return service

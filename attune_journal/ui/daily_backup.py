"""The daily backup while the app runs: soon after start, then hourly.

Its own small module because every start installs it: the Privacy settings page it
used to live beside is large and only needed when the person opens Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from attune_journal.storage.errors import StoreError
from attune_journal.ui.navigation import Navigation
from attune_journal.workspace import Workspace


def install_daily_backup(window: QWidget, workspace: Workspace, navigation: Navigation) -> None:
    """The daily backup, soon after start and then hourly while the app stays open.

    Deferred so it never delays the first window (which owns the timers); a failure
    is a status-bar line through ``navigation``.
    """

    def run() -> None:
        try:
            workspace.backup_if_due()
        except (StoreError, OSError) as error:
            navigation.show_message(
                QCoreApplication.translate(
                    "DailyBackup", "Today's backup could not be taken: {error}"
                ).format(error=error)
            )

    QTimer.singleShot(3000, window, run)
    timer = QTimer(window)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(run)
    timer.start()

"""Notice writes made by other programs (the command line) and let the screens refresh.

Our own writes announce themselves through the bridge; another process's do not.
SQLite's ``PRAGMA data_version`` on our connection changes exactly when another
connection has committed, and reading it costs next to nothing, so a timer asks
every 1.5 s and calls ``bridge.announce_many()`` when it moved. After a restore
or a re-key the journal's connection is a new one: the first reading on it is
only a baseline.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from attune_journal.storage.errors import database_errors
from attune_journal.ui.bridge import JournalBridge

INTERVAL_MS = 1500


class ExternalChangesWatcher(QObject):
    def __init__(
        self, bridge: JournalBridge, parent: QObject | None = None, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._conn: Any = None
        self._version: int | None = None
        self.check_now()  # the baseline
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def check_now(self) -> bool:
        """Compare ``data_version``; True (and an announcement) if another program wrote."""
        journal = self.bridge.journal
        try:
            with journal.locked() as conn:
                version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        except database_errors():
            return False  # closed while the app shuts down, or busy: ask again next time
        if conn is not self._conn:
            self._conn, self._version = conn, version
            return False
        if version == self._version:
            return False
        self._version = version
        self.bridge.announce_many()
        return True

    def stop(self) -> None:
        self.timer.stop()

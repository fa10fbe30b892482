"""One running app per data folder: a second launch brings the first window forward.

The first instance listens on a local socket (``QLocalServer``; a Unix socket or a
named pipe, never a network socket) named after the data folder
(``DataPaths.lock_name``). A later launch for the same folder connects, says
"activate", and exits 0. A socket file left by a crashed instance is detected (no
one answers) and replaced; two launches racing are settled by ``listen`` itself.

Where the system has ``flock`` (Linux, macOS) a lock file in the data folder settles
who is first instead, and the socket waits until the window is up: Qt's network
module costs ~11 ms to load, which every start would otherwise pay before its window.
The kernel lets go of the lock when a process ends, however it ends, so nothing stale
is ever left; a later launch that finds the lock held asks the first over the socket,
waiting a moment in case the first is still starting.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from attune_journal.storage.locks import EXCLUSIVE, FileLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer


ACTIVATE = b"activate\n"
# How long a launch that finds the lock held keeps asking the first instance, which may
# still be opening its journal before it listens.
HANDOVER_WAIT_S = 3.0
LISTEN_AFTER_MS = 300  # after the lock is taken: the window is up and answering by then


class SingleInstance(QObject):
    """Claim the data folder for this process, or hand over to the one that has it."""

    activate_requested = Signal()

    def __init__(self, name: str, lock_path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.lock_path = lock_path
        self._lock_file: FileLock | None = None
        self._server: QLocalServer | None = None

    def _tell_running_instance(self, timeout_ms: int) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        # Unparented: Python owns it and frees it on return (no deleteLater to race with).
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def claim(self, timeout_ms: int = 500) -> bool:
        """True if this process is now the instance for the folder; False if another is."""
        held = self._take_lock()
        if held is None:  # no lock file here: the socket alone decides, now
            return self._claim_socket(timeout_ms)
        if held:
            # First for this folder: listen a moment after the window is up, off the path
            # to the first paint and first keystroke (a second launch meanwhile waits).
            QTimer.singleShot(LISTEN_AFTER_MS, self, self._listen_later)
            return True
        deadline = time.monotonic() + HANDOVER_WAIT_S
        while time.monotonic() < deadline:
            if self._tell_running_instance(timeout_ms):
                return False
            time.sleep(0.1)
        # The holder never answered (hung, or its socket could not be made): open the
        # journal rather than refuse it; SQLite keeps two writers safe.
        return True

    def _take_lock(self) -> bool | None:
        """True: this process holds the folder's lock; False: another does; None: no lock."""
        if self.lock_path is None:
            return None
        lock = FileLock(self.lock_path)
        if not lock.acquire(EXCLUSIVE, 0):  # another process holds it
            lock.close()
            return False
        if not lock.supported:  # no folder yet, read-only, or no locks here: the socket guards
            lock.close()
            return None
        self._lock_file = lock
        return True

    def _listen_later(self) -> None:
        if self._lock_file is not None and self._server is None:
            self._listen()

    def _claim_socket(self, timeout_ms: int) -> bool:
        if self._tell_running_instance(timeout_ms):
            return False
        return self._listen()

    def _listen(self) -> bool:
        """Listen on the folder's socket; False only if another process already does."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Either another launch won the race, or a crashed instance left its socket.
            if self._lock_file is None and self._tell_running_instance(500):
                return False
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                # Cannot guard the folder (unusual platform limits): run unguarded
                # rather than refuse to open the person's journal.
                return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket: Any = self._server.nextPendingConnection()
            # The message is one short line, written before the peer disconnects.
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(200)
            if arrived and ACTIVATE.strip() in bytes(socket.readAll().data()):
                self.activate_requested.emit()
            socket.close()  # a child of the server: freed with it

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock_file is not None:
            self._lock_file.close()  # closing the lock file lets go of the lock
            self._lock_file = None


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top, restoring it if minimised (what a second launch asks for)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

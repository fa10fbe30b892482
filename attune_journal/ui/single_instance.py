"""One running app per data folder: a second launch brings the first window forward.

The first instance listens on a local socket (``QLocalServer``; a Unix socket or a
named pipe, never a network socket) named after the data folder
(``DataPaths.lock_name``). A later launch for the same folder connects, says
"activate", and exits 0. A socket file left by a crashed instance is detected (no
one answers) and replaced; two launches racing are settled by ``listen`` itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACTIVATE = b"activate\n"


class SingleInstance(QObject):
    """Claim the data folder for this process, or hand over to the one that has it."""

    activate_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def _tell_running_instance(self, timeout_ms: int) -> bool:
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
        if self._tell_running_instance(timeout_ms):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Either another launch won the race, or a crashed instance left its socket.
            if self._tell_running_instance(timeout_ms):
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
            socket = self._server.nextPendingConnection()
            # The message is one short line, written before the peer disconnects.
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(200)
            if arrived and ACTIVATE.strip() in bytes(socket.readAll().data()):
                self.activate_requested.emit()
            socket.close()  # a child of the server: freed with it

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top, restoring it if minimised (what a second launch asks for)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

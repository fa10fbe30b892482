"""No network, ever: a whole GUI session and CLI commands with every socket forbidden.

Python-level socket creation (``socket.socket``, ``create_connection``,
``getaddrinfo``) is made to fail and recorded; Qt's own networking is checked by
looking for any QNetworkAccessManager or QAbstractSocket object alive in the app.
The single-instance guard uses QLocalServer (a Unix socket / named pipe, not the
network) and is not part of this session.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtNetwork import QAbstractSocket, QNetworkAccessManager
from PySide6.QtWidgets import QApplication

from attune_journal.core.models import Note
from attune_journal.ui.today import TodayScreen
from tests.gui.screens import page


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    tried: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            tried.append(f"{name}{args!r}")
            raise OSError(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return tried


def _network_objects(roots: list[QObject]) -> list[QObject]:
    found: list[QObject] = []
    for root in roots:
        for obj in [root, *root.findChildren(QObject)]:
            if isinstance(obj, QNetworkAccessManager | QAbstractSocket):
                found.append(obj)
    return found


def test_a_full_gui_session_opens_no_socket(no_sockets: list[str], qtbot, data_dir: Path) -> None:
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.ui.main_window import screen_specs
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    workspace = open_workspace(data_dir)
    workspace.settings.relationship_enabled = True
    window = open_main_window(app, workspace)
    qtbot.addWidget(window)
    try:
        for spec in screen_specs():
            screen = window.page(spec.key)
            window.stack.setCurrentWidget(screen)
            qtbot.wait(20)
        today = page(window, "today", TodayScreen)
        window.stack.setCurrentWidget(today)
        today.editor.setPlainText("saved with the network unplugged")
        today.save_entry()
        assert workspace.journal.count() == 1
        window.bridge.save(Note(text="and one more"))
        workspace.backup("manual")
        qtbot.wait(50)
        assert _network_objects([window, app]) == []
        assert no_sockets == []
    finally:
        window.close()
        workspace.close()
    assert isinstance(QApplication.instance(), QApplication)


def test_cli_commands_open_no_socket(
    no_sockets: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from attune_journal.cli import main

    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "note", "offline note", "--activation", "4"]) == 0
    assert main([*data, "check"]) == 0
    assert main([*data, "backup"]) == 0
    assert main([*data, "export", "--out", str(tmp_path / "export")]) == 0
    assert any((tmp_path / "export").rglob("*.md"))
    assert main([*data, "restore", "--latest"]) == 0
    capsys.readouterr()
    assert no_sockets == []

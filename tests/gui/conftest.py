"""GUI fixtures: a main window on a temporary workspace, closed and freed after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from attune_journal.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _flush_deleted_widgets(qapp):
    """Really delete the widgets earlier tests closed, before this test starts.

    pytest-qt closes each registered widget and calls ``deleteLater()``, but deferred
    deletes only run when an event loop gets to them; without this flush, windows
    pile up across tests and every later style-sheet change re-polishes all of them.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    yield


@pytest.fixture
def main_window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    workspace = open_workspace(data_dir)
    window = open_main_window(app, workspace)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.close()
    workspace.close()

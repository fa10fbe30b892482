"""GUI fixtures: a main window on a temporary workspace, closed and freed after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def main_window(qtbot, data_dir: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
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

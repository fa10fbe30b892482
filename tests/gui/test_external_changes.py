"""A command-line write while the app is open shows up in the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from attune_journal.ui.external_changes import ExternalChangesWatcher


def test_a_cli_note_written_while_the_app_is_open_appears_in_today(main_window, qtbot) -> None:
    today = main_window.page("today")
    root = main_window.workspace.paths.root
    watcher = main_window.findChild(ExternalChangesWatcher)
    assert watcher is not None
    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "attune_journal",
            "--data-dir",
            str(root),
            "note",
            "from a terminal",
        ],
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr

    def shown() -> bool:
        items = [today.today_list.item(i).text() for i in range(today.today_list.count())]
        return any("from a terminal" in text for text in items)

    qtbot.waitUntil(shown, timeout=6000)  # the watcher looks every 1.5 s


def test_our_own_saves_are_not_announced_twice(main_window, qtbot) -> None:
    from attune_journal.core.models import Note

    watcher = main_window.findChild(ExternalChangesWatcher)
    main_window.bridge.save(Note(text="mine"))
    assert watcher.check_now() is False

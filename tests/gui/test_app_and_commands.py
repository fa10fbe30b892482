"""The app open, Settings opened, and commands writing to the same journal meanwhile.

Reading whether the journal is encrypted once opened the live store file beside the
app's SQLite connection; closing that descriptor dropped the app's locks, the next
command believed it was alone, checkpointed and deleted the log the app was writing
to, and every note (the app's and the commands') was lost. This drives the app as a
person would (Ctrl+, to Settings, the idle lock's check, notes typed through the
bridge) while real `attune-journal note` processes write.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from attune_journal.core.models import Note
from attune_journal.workspace import open_workspace
from tests.factories import of_kind
from tests.unit.store_harness import run, texts


def test_notes_from_the_app_and_from_commands_all_survive(main_window, qtbot) -> None:
    workspace = main_window.workspace
    folder = workspace.paths.root
    QTest.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.page("settings").isVisible())
    assert workspace.encrypted is False  # what the Privacy page and the idle lock ask
    expected = set()
    for n in range(6):
        done = run(folder, "note", f"from a command {n}")
        assert done.returncode == 0, done.stderr
        expected.add(f"from a command {n}")
        main_window.bridge.save(Note(text=f"from the app {n}"))
        expected.add(f"from the app {n}")
        assert workspace.encrypted is False
    # While the app is still open, another reader sees every note, the app's included.
    assert expected == texts(folder / "journal.sqlite3", None)
    main_window.close()
    workspace.close()
    reopened = open_workspace(folder)
    try:
        assert {e.text for e in of_kind(Note, reopened.journal.entries())} == expected
    finally:
        reopened.close()
    assert not (folder / "damaged").exists()
    assert run(folder, "check").returncode == 0


def test_whole_store_commands_wait_for_the_app_and_say_so(main_window) -> None:
    folder = main_window.workspace.paths.root
    main_window.bridge.save(Note(text="kept"))
    done = run(folder, "encrypt", passphrase="pw")
    assert done.returncode == 1
    assert "open in another program" in done.stderr and done.stderr.count("\n") == 1
    assert main_window.workspace.encrypted is False
    main_window.bridge.save(Note(text="still saving"))
    assert main_window.workspace.journal.count() == 2

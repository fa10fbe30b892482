"""The quick regulation note dialog: keyboard-filled, it saves what the CLI would save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from attune_journal import cli
from attune_journal.core.models import Note
from attune_journal.ui import quick_note
from attune_journal.workspace import open_workspace

# The offscreen platform says this whenever a dialog is shown; it is not our problem.
pytestmark = pytest.mark.qt_log_ignore(
    r"does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def _type_into_dialog(qtbot, before: str, strategy: str, after: str, text: str, feeling: str = ""):
    """A stand-in for ``dialog.exec()`` that fills the dialog by keyboard only."""

    def run(dialog: quick_note.QuickNoteDialog) -> int:
        # Not given to qtbot: open_quick_note owns the dialog and deletes it afterwards.
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.before.setFocus()
        qtbot.keyClicks(dialog.before, before)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.feeling
        qtbot.keyClicks(dialog.feeling, feeling)
        popup = dialog.feeling_completer.popup()
        assert popup is not None
        popup.hide()  # typed whole: no suggestion wanted
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() in (dialog.strategy, dialog.strategy.lineEdit())
        qtbot.keyClicks(dialog.focusWidget(), strategy)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.after
        qtbot.keyClicks(dialog.after, after)
        qtbot.keyClick(dialog.after, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.note
        qtbot.keyClicks(dialog.note, text)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Save is the default button
        return dialog.result()

    return run


def _comparable(note: Note) -> tuple[object, ...]:
    return (note.text, note.activation, note.strategy, note.feelings, note.needs, note.tags)


def test_dialog_saves_the_same_note_as_the_cli(
    qtbot, main_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        quick_note,
        "run_dialog",
        _type_into_dialog(qtbot, "8", "cyclic sigh", "5", "Before the call", "Tense, restless"),
    )
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [saved] = main_window.workspace.journal.entries(kinds=["note"])

    cli_dir = tmp_path / "cli-data"
    code = cli.main(
        [
            "--data-dir",
            str(cli_dir),
            "note",
            "Before the call",
            "--activation",
            "8",
            "--strategy",
            "Cyclic sigh",  # the dialog stores the shipped spelling of a known strategy
            "--after",
            "5",
            "--feeling",
            "tense",
            "--feeling",
            "restless",
        ]
    )
    assert code == 0
    other = open_workspace(cli_dir)
    try:
        [from_cli] = other.journal.entries(kinds=["note"])
    finally:
        other.close()
    assert isinstance(saved, Note) and isinstance(from_cli, Note)
    assert _comparable(saved) == _comparable(from_cli)
    assert saved.strategy is not None and (saved.strategy.before, saved.strategy.after) == (8, 5)
    assert "Regulation note saved" in main_window.statusBar().currentMessage()


def test_typed_strategy_becomes_ones_own(qtbot, workspace) -> None:
    from attune_journal.ui.bridge import JournalBridge

    bridge = JournalBridge(workspace)
    dialog = quick_note.QuickNoteDialog(workspace, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.before.setFocus()
    qtbot.keyClicks(dialog.before, "2")
    dialog.strategy.setFocus()
    qtbot.keyClicks(dialog.strategy, "stroke the cat")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "stroke the cat" in workspace.own_strategies()
    assert "stroke the cat" in quick_note.strategy_names(workspace)


def test_empty_or_after_without_strategy_is_refused_kindly(qtbot, workspace) -> None:
    from attune_journal.ui.bridge import JournalBridge

    bridge = JournalBridge(workspace)
    dialog = quick_note.QuickNoteDialog(workspace, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "empty" in dialog.feedback.text()
    dialog.after.setFocus()
    qtbot.keyClicks(dialog.after, "4")
    dialog.save()
    assert "strategy" in dialog.feedback.text()
    assert workspace.journal.entries() == []
    assert dialog.after.value() == 4  # nothing the person entered was cleared


def test_cancel_saves_nothing(qtbot, main_window, monkeypatch: pytest.MonkeyPatch) -> None:
    def cancel(dialog: quick_note.QuickNoteDialog) -> int:
        dialog.show()  # owned (and deleted) by open_quick_note, like the dialog above
        dialog.before.setFocus()
        qtbot.keyClicks(dialog.before, "7")
        qtbot.keyClick(dialog.before, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(quick_note, "run_dialog", cancel)
    assert main_window.open_quick_note() is None
    assert main_window.workspace.journal.entries() == []


def test_feelings_are_suggested_word_by_word_and_enter_takes_one(qtbot, workspace) -> None:
    from attune_journal.ui.bridge import JournalBridge

    dialog = quick_note.QuickNoteDialog(workspace, JournalBridge(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.feeling.setFocus()
    qtbot.keyClicks(dialog.feeling, "anxi")
    popup = dialog.feeling_completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.feeling.text() == "anxious"
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.feeling, ", tir")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.feeling.text() == "anxious, tired"
    words = [(f.word, f.pleasantness is not None) for f in dialog.feelings()]
    assert words == [("anxious", True), ("tired", True)]


def test_the_chosen_strategy_says_how_to_do_it(qtbot, workspace) -> None:
    from attune_journal.core.vocab import load_strategies
    from attune_journal.ui.bridge import JournalBridge

    dialog = quick_note.QuickNoteDialog(workspace, JournalBridge(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.how_to.isVisible()
    sigh = next(s for s in load_strategies() if s.name == "Cyclic sigh")
    dialog.strategy.setFocus()
    line = dialog.strategy.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "cyclic sigh")
    assert dialog.how_to.isVisible() and dialog.how_to.text() == sigh.description
    line.clear()
    qtbot.keyClicks(line, "stroke the cat")
    assert not dialog.how_to.isVisible()


def test_i_just_waited_records_a_wait_not_a_strategy(
    qtbot, main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attune_journal.core import stats

    def wait(dialog: quick_note.QuickNoteDialog) -> int:
        dialog.show()  # owned (and deleted) by open_quick_note, like the dialogs above
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.before.setFocus()
        qtbot.keyClicks(dialog.before, "8")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to the feeling
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to the strategy
        assert dialog.focusWidget() in (dialog.strategy, dialog.strategy.lineEdit())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # the first choice
        assert dialog.strategy.currentText() == "I just waited (no strategy)"
        assert dialog.how_to.isVisible() and "let a few minutes pass" in dialog.how_to.text()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.after
        qtbot.keyClicks(dialog.after, "7")
        qtbot.keyClick(dialog.after, Qt.Key.Key_Return)  # Save is the default button
        return dialog.result()

    monkeypatch.setattr(quick_note, "run_dialog", wait)
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [saved] = main_window.workspace.journal.entries(kinds=["note"])
    assert isinstance(saved, Note) and saved.strategy is not None
    assert saved.strategy.name == stats.WAITING
    assert (saved.activation, saved.strategy.before, saved.strategy.after) == (8, 8, 7)
    # A wait is never kept as one of the person's own strategies.
    assert not any(stats.is_waiting(n) for n in main_window.workspace.own_strategies())
    report = stats.strategy_effectiveness(stats.facts_from_entries([saved]), stats.Window(3, 6))
    assert report.waiting.n == 1 and report.uses == 0


def test_a_wait_needs_a_before_and_an_after(qtbot, workspace) -> None:
    from attune_journal.ui.bridge import JournalBridge

    dialog = quick_note.QuickNoteDialog(workspace, JournalBridge(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.before.setFocus()
    qtbot.keyClicks(dialog.before, "8")
    dialog.strategy.setFocus()
    line = dialog.strategy.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Waiting")  # typed, in any case, it is the same choice
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "before and after" in dialog.feedback.text()
    assert workspace.journal.entries() == []

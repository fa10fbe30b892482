"""File > Export… and Import…, driven with the file dialogs replaced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence

from attune_journal.exchange.importing import ImportReport
from attune_journal.exchange.markdown_export import ExportConflict, ExportReport
from attune_journal.ui import exchange_dialogs
from attune_journal.ui.exchange_dialogs import ExportDialog, ImportDialog
from tests.factories import one_of_each

# The offscreen platform cannot size or raise real windows; dialogs still work.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _wait_done(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)


@pytest.fixture
def filled(main_window: Any) -> Any:
    main_window.workspace.journal.save_many(one_of_each())
    return main_window


def test_file_menu_has_export_and_import_with_shortcuts(main_window: Any) -> None:
    actions = {a.text(): a for a in main_window.file_menu.actions()}
    assert actions["&Export…"].shortcut() == QKeySequence("Ctrl+Shift+E")
    assert actions["&Import…"].shortcut() == QKeySequence("Ctrl+Shift+I")
    texts = [a.text() for a in main_window.file_menu.actions() if not a.isSeparator()]
    assert texts.index("&Import…") < texts.index("&Quit")


def test_export_everything_to_a_folder(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export"
    monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: target)
    dialog = filled.open_export()
    qtbot.addWidget(dialog)
    assert "not encrypted" in dialog.findChild(object, "exportWarning").text()
    with qtbot.waitSignal(dialog.finished_report, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    report: ExportReport = signal.args[0]
    assert report.entries == 5 and report.written == 5
    assert len(list(target.rglob("*.md"))) == 5
    assert "Exported 5 entries" in dialog.report.toPlainText()
    assert dialog.cancel_button.text() == "Close"


def test_a_folder_export_from_the_window_keeps_the_weeks_a_partner_shared(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attune_journal.core.partner import shared_week
    from attune_journal.exchange import partner
    from attune_journal.workspace import open_workspace
    from tests.unit.test_partner import _checkin, _pair

    sam = open_workspace(tmp_path / "sam")
    try:
        mine = filled.workspace.journal
        _sam_for_me, me_for_sam = _pair(mine, sam.journal)
        sealed = partner.seal(sam.journal, me_for_sam.id, shared_week(_checkin("2026-W47", 2)))
    finally:
        sam.close()
    partner.keep_received(mine, partner.open_file(mine, sealed))

    target = tmp_path / "export"
    monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: target)
    dialog = filled.open_export()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_report, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    shared = list((target / "partner").rglob("2026-W47.md"))
    assert len(shared) == 1 and "kind: partner_week" in shared[0].read_text()


def test_export_range_to_one_file_and_asking_before_replacing(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journal.md"
    target.write_text("something of mine\n")
    asked: list[ExportConflict] = []
    answer = {"replace": False}

    def ask(parent: Any, conflict: ExportConflict) -> bool:
        asked.append(conflict)
        return answer["replace"]

    monkeypatch.setattr(exchange_dialogs, "ask_export_file", lambda parent: target)
    monkeypatch.setattr(exchange_dialogs, "ask_replace", ask)
    dialog = ExportDialog(filled.workspace, filled)
    qtbot.addWidget(dialog)
    dialog.as_file.setChecked(True)
    dialog.range_choice.setChecked(True)
    dialog.start_edit.setDate(QDate(2026, 11, 23))
    dialog.end_edit.setDate(QDate(2026, 11, 23))
    dialog.run_export()
    _wait_done(qtbot, dialog)
    assert len(asked) == 1 and target.read_text() == "something of mine\n"
    assert "Nothing was written" in dialog.report.toPlainText()

    answer["replace"] = True
    with qtbot.waitSignal(dialog.finished_report, timeout=10_000) as signal:
        dialog.run_export()
    assert signal.args[0].entries == 2  # the check-in and the note of the 23rd
    assert target.read_text().count("```yaml") == 2


def test_export_this_week(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attune_journal.core.models import Note

    main_window.workspace.journal.save(Note(text="today"))
    target = tmp_path / "week"
    monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: target)
    dialog = ExportDialog(main_window.workspace, main_window)
    qtbot.addWidget(dialog)
    dialog.this_week.setChecked(True)
    with qtbot.waitSignal(dialog.finished_report, timeout=10_000) as signal:
        dialog.run_export()
    assert signal.args[0].entries == 1


def test_import_jrnl_then_again_and_a_bad_file(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "journal.txt"
    source.write_text("[2026-11-20 07:15] From jrnl @walk\n\n[2026-11-21 08:00] Second *\n")
    monkeypatch.setattr(exchange_dialogs, "ask_import_file", lambda parent, filt: source)
    changes: list[object] = []
    main_window.bridge.entries_changed.connect(changes.append)
    dialog = main_window.open_import()
    qtbot.addWidget(dialog)
    dialog.set_format("jrnl")
    assert dialog.time_format.isVisibleTo(dialog) and not dialog.choose_folder.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.finished_report, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report: ImportReport = signal.args[0]
    assert len(report.imported) == 2 and changes == [None]
    assert "Imported 2 entries" in dialog.report.toPlainText()
    assert main_window.workspace.journal.count() == 2

    with qtbot.waitSignal(dialog.finished_report, timeout=10_000) as signal:
        dialog.run_import()
    assert not signal.args[0].imported
    assert "2 entries were already in your journal, unchanged." in dialog.report.toPlainText()
    assert "skipped" not in dialog.report.toPlainText()  # counted once, not listed

    source.write_bytes(b"\x00\x01 not a journal")
    dialog.run_import()
    _wait_done(qtbot, dialog)
    text = dialog.report.toPlainText()
    assert "Nothing was imported; your journal is unchanged." in text and "line 1" in text
    assert main_window.workspace.journal.count() == 2


def test_import_markdown_folder_and_cancel(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from attune_journal.exchange.markdown_export import export_markdown_folder
    from attune_journal.workspace import open_workspace

    folder = tmp_path / "export"
    export_markdown_folder(filled.workspace.journal.entries(), folder)
    other = open_workspace(tmp_path / "other")
    try:
        monkeypatch.setattr(exchange_dialogs, "ask_import_folder", lambda parent: folder)
        dialog = ImportDialog(other, None, filled)
        qtbot.addWidget(dialog)
        dialog.set_format("markdown")
        assert dialog.choose_folder.isVisibleTo(dialog)
        assert not dialog.time_format.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.choose_folder, Qt.MouseButton.LeftButton)
        assert dialog.source.text() == str(folder)
        dialog.run_import()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        _wait_done(qtbot, dialog)
        assert other.journal.count() in (0, 5)  # cancel raced the work: all or nothing
        if other.journal.count() == 0:
            assert "cancelled" in dialog.report.toPlainText()
        with qtbot.waitSignal(dialog.finished_report, timeout=10_000):
            dialog.run_import()
        assert other.journal.count() == 5
    finally:
        other.close()


def test_the_app_opens_past_a_damaged_entry_and_the_export_says_so(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = filled.workspace.journal
    with journal.locked() as conn:
        conn.execute("UPDATE entries SET at = 'garbage' WHERE id = 1")
    unreadable: set[int] = set()
    assert len(journal.entries(unreadable=unreadable)) == 4 and unreadable == {1}
    filled.bridge.announce_many()  # every screen rereads: none of them fails on it
    filled.show_screen("history")
    assert len(filled.page("history").model.entries()) == 4
    target = tmp_path / "export"
    monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: target)
    dialog = filled.open_export()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_report, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = dialog.report.toPlainText()
    assert "Exported 4 entries" in text
    assert "Left out, damaged beyond reading: 1." in text


def test_the_app_never_exports_over_the_journal_itself(
    qtbot: Any, filled: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = filled.workspace.paths.store
    before = store.read_bytes()
    monkeypatch.setattr(exchange_dialogs, "ask_export_file", lambda parent: store)
    monkeypatch.setattr(exchange_dialogs, "ask_replace", lambda parent, conflict: True)
    dialog = ExportDialog(filled.workspace, filled)
    qtbot.addWidget(dialog)
    dialog.as_file.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, dialog)
    assert store.read_bytes() == before
    assert str(store) in dialog.report.toPlainText()
    assert filled.workspace.journal.count() == 5

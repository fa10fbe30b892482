"""The Export and Import dialogs' look: nothing squeezed after a run, one primary button,
no stock icons; and the Import dialog telling the format itself.

Driven with real widgets and real clicks; the file dialogs are replaced. Every run checks
the dialog fits an 800x600 screen; the 150 % runs scale the application font by 1.5.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from attune_journal.ui import exchange_dialogs
from attune_journal.ui.exchange_dialogs import AUTO, ExportDialog, ImportDialog
from tests.factories import one_of_each
from tests.unit.test_import_formats import DAYLIO_NEW, JRNL_BRACKETS

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

SHOTS = os.environ.get("ATTUNE_SHOTS")  # a folder: save what the dialogs look like there


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The application font at 100 % and at 150 %, put back afterwards."""
    before = QApplication.font()
    if request.param != 1.0:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * request.param)
        QApplication.setFont(font)
    yield request.param
    QApplication.setFont(before)


@pytest.fixture
def filled(main_window: Any) -> Any:
    main_window.workspace.journal.save_many(one_of_each())
    return main_window


def buttons_are_plain_but_one(dialog: QWidget, primary: QPushButton) -> None:
    pushes = dialog.findChildren(QPushButton)
    assert primary in pushes and len(pushes) >= 3
    for button in pushes:
        assert button.icon().isNull(), f"{button.text()} has an icon"
        if button is primary:
            assert button.isDefault() and button.autoDefault()
            assert button.property("primary") is True
        else:
            assert not button.isDefault() and not button.autoDefault(), button.text()
            assert not button.property("primary")


def nothing_squeezed(dialog: QWidget) -> None:
    QApplication.processEvents()
    radios = dialog.findChildren(QRadioButton)
    for radio in radios:
        if radio.isVisibleTo(dialog):
            assert radio.height() == radio.sizeHint().height(), radio.text()
    for button in dialog.findChildren(QPushButton):
        if button.isVisibleTo(dialog):
            assert button.height() >= button.minimumSizeHint().height(), button.text()
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisibleTo(dialog) and edit.objectName() != "qt_spinbox_lineedit":
            assert edit.height() >= edit.sizeHint().height(), edit.accessibleName()
    layout = dialog.layout()
    assert layout is not None
    assert dialog.height() >= layout.minimumSize().height()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    # It fits an 800x600 screen with room for a title bar and a panel, even at 150 %.
    assert dialog.width() <= 800 and dialog.height() <= 600 - 60, dialog.size()


def shot(dialog: QWidget, name: str) -> None:
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_export_keeps_its_options_whole_after_an_export(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text_scale: float
) -> None:
    target = tmp_path / "export"
    monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: target)
    dialog = filled.open_export()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.sizeHint())  # as small as it opens: the report must find room
    before = dialog.size()
    nothing_squeezed(dialog)
    assert isinstance(dialog, ExportDialog)
    buttons_are_plain_but_one(dialog, dialog.export_button)

    with qtbot.waitSignal(dialog.finished_report, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.report.isVisible() and "Exported 5 entries" in dialog.report.toPlainText()
    nothing_squeezed(dialog)
    assert dialog.height() > before.height()  # the dialog grew for the report
    assert dialog.report.height() >= dialog.report.minimumHeight()
    # Still one primary button after the run (Cancel became Close, and stays plain).
    assert dialog.cancel_button.text() == "Close"
    buttons_are_plain_but_one(dialog, dialog.export_button)
    shot(dialog, f"export-after-{int(text_scale * 100)}")


def test_choose_does_not_take_the_primary_look(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: tmp_path / "out")
    dialog = ExportDialog(filled.workspace, filled)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.target.text() == str(tmp_path / "out")
    dialog.choose_button.setFocus()
    QApplication.processEvents()
    assert not dialog.choose_button.isDefault() and dialog.export_button.isDefault()
    # Enter exports, wherever the focus is.
    with qtbot.waitSignal(dialog.finished_report, timeout=10_000):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)


def test_import_keeps_its_form_whole_and_tells_the_format(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text_scale: float
) -> None:
    source = tmp_path / "journal.txt"
    source.write_text(JRNL_BRACKETS, encoding="utf-8")
    monkeypatch.setattr(exchange_dialogs, "ask_import_file", lambda parent, filt: source)
    dialog = main_window.open_import()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, ImportDialog)
    assert dialog.format_id() == AUTO and dialog.format_box.currentText() == "Detect automatically"
    assert dialog.choose_folder.isVisibleTo(dialog)  # a Markdown folder can be detected too
    buttons_are_plain_but_one(dialog, dialog.import_button)
    dialog.resize(dialog.sizeHint())
    before = dialog.size()

    qtbot.mouseClick(dialog.choose_file, Qt.MouseButton.LeftButton)
    assert dialog.effective_format() == "jrnl"
    assert dialog.detected_label.isVisibleTo(dialog)
    assert dialog.detected_label.text().startswith("Detected: jrnl journal (plain text);")
    assert dialog.time_format.isVisibleTo(dialog)  # jrnl's own time format can be given
    nothing_squeezed(dialog)  # the line saying what was found made room for itself

    with qtbot.waitSignal(dialog.finished_report, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    text = dialog.report.toPlainText()
    assert text.startswith("Read journal.txt as jrnl text.") and "Imported 3 entries" in text
    assert main_window.workspace.journal.count() == 3
    nothing_squeezed(dialog)
    assert dialog.height() >= before.height()
    buttons_are_plain_but_one(dialog, dialog.import_button)
    shot(dialog, f"import-after-{int(text_scale * 100)}")


def test_import_detection_can_be_overridden_and_says_when_it_cannot_tell(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unknown = tmp_path / "letter.txt"
    unknown.write_text("Dear diary,\nit was a day.\n", encoding="utf-8")
    daylio = tmp_path / "export.csv"
    daylio.write_text(DAYLIO_NEW, encoding="utf-8", newline="")
    chosen = {"path": unknown}
    monkeypatch.setattr(exchange_dialogs, "ask_import_file", lambda parent, filt: chosen["path"])
    dialog = ImportDialog(main_window.workspace, main_window.bridge, main_window)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.choose_file, Qt.MouseButton.LeftButton)
    assert dialog.effective_format() is None
    assert "could not be told" in dialog.detected_label.text()
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    report = dialog.report.toPlainText()
    assert "Nothing was imported; your journal is unchanged." in report
    assert "could not be told" in report and "choose it in the list" in report
    assert main_window.workspace.journal.count() == 0

    # Naming the format overrides detection (here the wrong one, so the reader says so).
    dialog.set_format("jrnl")
    assert dialog.effective_format() == "jrnl"
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "Read letter.txt as" not in dialog.report.toPlainText()

    # Typing a path is looked at once the typing pauses.
    dialog.set_format(AUTO)
    dialog.source.setText(str(daylio))
    qtbot.waitUntil(lambda: dialog.effective_format() == "daylio", timeout=5_000)
    assert "Daylio" in dialog.detected_label.text()

    # A named pipe is refused by detection without blocking.
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.txt"
        os.mkfifo(pipe)
        dialog.source.setText(str(pipe))
        dialog.detect_now()
        assert "named pipe" in dialog.detected_label.text()
        assert dialog.effective_format() is None


def test_export_dialog_in_the_dark_theme(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from attune_journal.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = filled.workspace.settings
    apply_theme(app, dataclasses.replace(settings, theme="dark"))
    try:
        monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: tmp_path / "e")
        dialog = filled.open_export()
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.sizeHint())
        with qtbot.waitSignal(dialog.finished_report, timeout=10_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        nothing_squeezed(dialog)
        buttons_are_plain_but_one(dialog, dialog.export_button)
        shot(dialog, "export-after-dark")
    finally:
        apply_theme(app, settings)

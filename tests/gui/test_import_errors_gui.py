"""Import and Export never end in silence: an error the app did not expect shows one line
in the dialog's report and stops the progress bar; a Day One .zip it cannot open shows
the same line the command line gives. The entry view shows an imported entry's source
details (place, weather, journal, last edit there)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from attune_journal.core.models import Note
from attune_journal.exchange import dayone
from attune_journal.ui import exchange_dialogs
from attune_journal.ui.entry_view import EntryView, entry_html, source_details_lines
from tests.factories import one_of_each
from tests.unit.test_dayone_real import HOME, zip_bytes

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _wait_done(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)


def _import_backups(window: Any) -> list[Path]:
    folder = window.workspace.paths.backups
    return sorted(folder.glob("*import*")) if folder.exists() else []


def _open_import(qtbot: Any, window: Any, source: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(exchange_dialogs, "ask_import_file", lambda parent, filt: source)
    dialog = window.open_import()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_file, Qt.MouseButton.LeftButton)
    assert dialog.source.text() == str(source)
    return dialog


def test_an_unexpected_error_in_the_import_shows_a_message_and_stops_the_bar(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "Journal.json"
    source.write_text(HOME)

    def broken_reader(path: Path, progress: Any = None) -> Any:
        raise LookupError("no reader for this entry\nsecond line that must not show")

    monkeypatch.setattr(dayone, "read_dayone_file", broken_reader)
    dialog = _open_import(qtbot, main_window, source, monkeypatch)
    assert dialog.detected is not None and dialog.detected.format_id == "dayone"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, dialog)
    qtbot.waitUntil(dialog.report.isVisible, timeout=5_000)
    text = dialog.report.toPlainText()
    assert text == (
        "Something went wrong that the app did not expect: LookupError: no reader for this "
        "entry. Nothing was changed."
    )
    assert len(text.splitlines()) == 1
    assert not dialog.progress.isVisible()
    assert dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert main_window.workspace.journal.count() == 0
    assert _import_backups(main_window) == []


def test_a_password_zip_shows_the_one_line_in_the_dialog(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "journal.zip"
    source.write_bytes(zip_bytes({"Journal.json": HOME}, flag=0x1))
    dialog = _open_import(qtbot, main_window, source, monkeypatch)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, dialog)
    qtbot.waitUntil(dialog.report.isVisible, timeout=5_000)
    lines = dialog.report.toPlainText().splitlines()
    assert lines[-2:] == [
        "Nothing was imported; your journal is unchanged.",
        f"{source}: Journal.json is protected by a password, which this app cannot open; "
        "unpack the .zip with your computer's own tools (they ask for the password) and "
        "import the .json inside.",
    ]
    assert not dialog.progress.isVisible()
    assert main_window.workspace.journal.count() == 0 and _import_backups(main_window) == []


def test_an_unexpected_error_in_the_export_shows_a_message(
    qtbot: Any, main_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window.workspace.journal.save_many(one_of_each())

    def broken_writer(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(exchange_dialogs, "export_markdown_folder", broken_writer)
    monkeypatch.setattr(exchange_dialogs, "ask_export_folder", lambda parent: tmp_path / "out")
    dialog = main_window.open_export()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, dialog)
    qtbot.waitUntil(dialog.report.isVisible, timeout=5_000)
    assert dialog.report.toPlainText() == (
        "Something went wrong that the app did not expect: ZeroDivisionError: division by "
        "zero. Your journal is unchanged."
    )
    assert not dialog.progress.isVisible() and dialog.export_button.isEnabled()


def test_one_line_of_an_error() -> None:
    assert exchange_dialogs.one_line(RuntimeError()) == "RuntimeError"
    assert exchange_dialogs.one_line(ValueError("\n  first\nsecond")) == "ValueError: first"
    long = exchange_dialogs.one_line(ValueError("x" * 1000))
    assert len(long) == 300 and long.endswith("…")


# ---- source details in the entry view ------------------------------------------------------

META = {
    "from": "Day One",
    "journal": "Travel",
    "place": "Café A Brasileira, Lisbon, Portugal",
    "latitude": 38.710689,
    "longitude": -9.142203,
    "weather": "Partly Cloudy",
    "temperature_c": 24.4,
    "edited": "2026-07-02T11:15:00+01:00",
    "pinned": True,
}


def test_source_details_as_lines() -> None:
    assert source_details_lines(META) == [
        "From the journal “Travel” in Day One",
        "Place: Café A Brasileira, Lisbon, Portugal (38.7107, -9.1422)",
        "Weather: Partly Cloudy, 24.4 °C",
        "Last edited there: Thursday, 2 July 2026 · 11:15",
        "Pinned there",
    ]
    assert source_details_lines(None) == [] and source_details_lines({}) == []
    assert source_details_lines({"temperature_c": 20.0, "edited": "soon"}) == [
        "Weather: 20 °C",
        "Last edited there: soon",
    ]


def test_the_entry_view_shows_source_details_when_an_entry_has_them(qtbot: Any) -> None:
    note = Note(at=datetime(2026, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=1))), text="Arrived.")
    assert "Details" not in entry_html(note)
    note.meta = {**META, "place": "<b>Café</b>"}
    view = EntryView()
    qtbot.addWidget(view)
    view.show_entry(note)
    shown = view.toPlainText()
    assert "Details" in shown and "From the journal “Travel” in Day One" in shown
    assert "Place: <b>Café</b> (38.7107, -9.1422)" in shown  # escaped, never markup
    assert "Weather: Partly Cloudy, 24.4 °C" in shown and "Pinned there" in shown

""" "Need support now?" in every state: F1 and a button, before and after unlocking.

Real widgets driven with QTest key presses: the idle lock screen, the unlock dialog at
start, the damaged-file dialog and the quick regulation note each open the support
window, which always lists the domestic-abuse lines and the sentence that abuse is not
a rupture to repair. Also: the person's own country first, and an edited list that
still receives a corrected shipped number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from attune_journal import settings as settings_module
from attune_journal.resources import load_json
from attune_journal.settings import (
    Settings,
    current_helplines,
    default_helplines,
    load_settings,
    save_settings,
)
from attune_journal.ui import unlock
from attune_journal.ui.quick_note import QuickNoteDialog
from attune_journal.ui.support import SupportDialog, abuse_note, emergency_note
from attune_journal.ui.unlock import DamagedFileDialog, IdleLock, UnlockDialog, UnlockScreen

# The offscreen platform says this whenever a window is shown; it is not our problem.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

ABUSE_NAMES = [line["name"] for line in default_helplines() if line["kind"] == "abuse"]


@pytest.fixture
def locale() -> Iterator[Any]:
    """Set the default QLocale for one test and put the old one back afterwards."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _visible_support(parent: QWidget) -> SupportDialog:
    dialogs = [d for d in parent.findChildren(SupportDialog) if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def _press_f1(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, Qt.Key.Key_F1)


def _assert_lists_abuse_lines(dialog: SupportDialog) -> str:
    text = dialog.text.toPlainText()
    assert text.startswith(emergency_note())
    assert "Abuse is not a rupture to repair" in abuse_note()
    assert abuse_note() in text
    for name in ABUSE_NAMES:
        assert name in text
    assert "(number checked 3 December 2026)" in text  # the day, as the language writes dates
    return text


def test_f1_on_the_idle_lock_screen_shows_support_without_anything_personal(
    qtbot, main_window
) -> None:
    window = main_window
    window.workspace.settings.support_contacts = [{"name": "Alex", "contact": "07 11"}]
    lock = window.findChild(IdleLock)
    lock.lock()
    screen = window.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.support_button.isVisible)
    assert screen.support_button.accessibleName() == "Need support now?"

    _press_f1(qtbot, window)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SupportDialog)))
    dialog = _visible_support(window)
    assert dialog.locked and not dialog.edit_button.isVisible()
    text = _assert_lists_abuse_lines(dialog)
    assert "Alex" not in text and "once your journal is open" in text
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The visible button does the same, and the journal stays locked behind it.
    qtbot.mouseClick(screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _visible_support(window)
    assert dialog.locked and lock.is_locked
    dialog.close()


# Offscreen has no real tray; Qt says so once when a tray icon is shown anyway.
@pytest.mark.qt_log_ignore(
    r"systemTrayWindowChanged|This plugin does not support (propagateSizeHints|raise)"
)
def test_the_tray_and_help_menu_reach_support_while_locked(qtbot, main_window) -> None:
    from attune_journal.ui.reminders import ReminderService

    service = ReminderService(main_window, has_tray=True)
    main_window.findChild(IdleLock).lock()
    help_support = next(a for a in main_window.help_menu.actions() if "support" in a.text())
    assert help_support.isEnabled() and service.support_action.isEnabled()
    service.support_action.trigger()
    dialog = _visible_support(main_window)
    assert dialog.locked
    _assert_lists_abuse_lines(dialog)
    dialog.close()
    assert service.tray is not None
    service.tray.hide()


def test_f1_on_the_unlock_dialog_at_start_needs_no_journal(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    store = tmp_path / "journal.db"

    def no_store(*_args: object) -> bool:
        raise AssertionError("support must not touch the store")

    monkeypatch.setattr(unlock.crypto, "passphrase_opens", no_store)
    dialog = UnlockDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.unlock_screen.field
    qtbot.keyClicks(dialog.unlock_screen.field, "half typed")
    _press_f1(qtbot, dialog)
    support = _visible_support(dialog)
    assert support.locked
    _assert_lists_abuse_lines(support)
    support.close()
    assert dialog.isVisible() and dialog.unlock_screen.field.text() == "half typed"
    assert not store.exists()


def test_f1_and_the_button_on_the_damaged_file_dialog(qtbot) -> None:
    dialog = DamagedFileDialog("The file was set aside as journal.db.damaged.", True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _press_f1(qtbot, dialog)
    support = _visible_support(dialog)
    _assert_lists_abuse_lines(support)
    support.close()
    qtbot.waitUntil(lambda: not support.isVisible())

    qtbot.mouseClick(dialog.support_button, Qt.MouseButton.LeftButton)
    support = _visible_support(dialog)
    support.close()
    assert dialog.isVisible() and dialog.choice == unlock.QUIT  # support chose nothing
    assert dialog.restore_button is not None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == unlock.RESTORE and not dialog.isVisible()


def test_f1_in_the_quick_note_keeps_what_was_typed(qtbot, main_window) -> None:
    main_window.workspace.settings.support_contacts = [{"name": "Alex", "contact": "07 11"}]
    dialog = QuickNoteDialog(main_window.workspace, main_window.bridge, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "shaking")
    _press_f1(qtbot, dialog)
    support = _visible_support(dialog)
    text = _assert_lists_abuse_lines(support)
    assert not support.locked and "Alex" in text  # the journal is open: their people too
    support.close()
    assert dialog.isVisible() and dialog.note.text() == "shaking"
    assert dialog.support_button.accessibleName() == "Need support now?"
    qtbot.mouseClick(dialog.support_button, Qt.MouseButton.LeftButton)
    _visible_support(dialog).close()
    assert dialog.isVisible() and dialog.saved_note is None


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


@pytest.mark.parametrize(
    ("name", "first_helpline", "first_abuse_line"),
    [
        ("de_DE", "TelefonSeelsorge", "Hilfetelefon Gewalt gegen Frauen"),
        ("en_AU", "Lifeline Australia", ABUSE_NAMES[0]),  # no Australian abuse line shipped
        ("en_IE", "Samaritans", "Women's Aid"),
    ],
)
def test_lines_of_the_persons_country_come_first(
    qtbot, locale, name: str, first_helpline: str, first_abuse_line: str
) -> None:
    locale(name)
    dialog = SupportDialog(None)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    helplines = _section(text, "Helplines", "If someone is hurting you")
    abuse = _section(text, "If someone is hurting you", "Attune Journal is a journal")
    shipped = default_helplines()
    crisis = [line["name"] for line in shipped if line["kind"] != "abuse"]
    assert min(crisis, key=helplines.index) == first_helpline
    assert min(ABUSE_NAMES, key=abuse.index) == first_abuse_line
    # Lines for everywhere (the directory, the emergency number) stay at the end.
    assert max(crisis, key=helplines.index) == "Emergency services"


def test_each_shipped_line_has_an_id_and_the_day_it_was_checked() -> None:
    shipped = default_helplines()
    assert len({line["id"] for line in shipped}) == len(shipped)
    assert all(line["checked"] in ("2026-12-03", "2026-12-04") for line in shipped)
    by_id = {line["id"]: line for line in shipped}
    assert by_id["us-ca-988"]["region"] == "United States and Canada"
    assert "13 11 14" in by_id["au-lifeline"]["contact"]
    assert by_id["de-telefonseelsorge"]["contact"] == "0800 111 0 111, 0800 111 0 222 or 116 123"
    assert by_id["de-hilfetelefon"]["contact"] == "116 016"
    assert by_id["ie-womens-aid"]["contact"] == "1800 341 900"
    assert by_id["gb-mens-advice-line"]["contact"] == "0808 801 0327"
    assert by_id["gb-galop"]["contact"] == "0800 999 5428"
    assert "women" in by_id["gb-refuge"]["description"].casefold()
    # The relationship module's copy of the abuse lines agrees with the main list.
    relationship = load_json("relationship.json")["safety"]["lines"]
    copy = {(line["name"], line["contact"]) for line in relationship}
    assert {
        (by_id[i]["name"], by_id[i]["contact"]) for i in by_id if by_id[i]["kind"] == "abuse"
    } <= copy


@pytest.fixture
def corrected_release(monkeypatch) -> Iterator[None]:
    """A later release whose shipped Samaritans line has a corrected number and region."""
    data = json.loads(json.dumps(load_json("helplines.json")))
    for line in data["helplines"]:
        if line["id"] == "gb-ie-samaritans":
            line["contact"] = "116 123 (corrected)"
            line["region"] = "UK and Ireland (corrected)"
    real = settings_module.load_json
    monkeypatch.setattr(
        settings_module,
        "load_json",
        lambda name: data if name == "helplines.json" else real(name),
    )
    settings_module._shipped_helplines.cache_clear()
    yield
    monkeypatch.undo()
    settings_module._shipped_helplines.cache_clear()


def _edited_list() -> list[dict[str, str]]:
    """What the Settings screen writes: the whole list with one line out, one changed, one new."""
    lines = [line for line in default_helplines() if line["id"] != "au-lifeline"]
    for line in lines:
        if line["id"] == "gb-ie-samaritans":
            line["description"] = "My note: they called back last time."
    lines.append({"name": "Town line", "region": "Here", "contact": "555 0100", "description": ""})
    return lines


def test_an_edited_list_still_receives_a_corrected_default(qtbot, tmp_path: Path, request) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(helplines=_edited_list()))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["helplines"] == []  # never a full copy
    assert saved["helpline_edits"]["hidden"] == ["au-lifeline"]

    request.getfixturevalue("corrected_release")
    settings, problem = load_settings(path)
    assert problem is None
    by_name = {line["name"]: line for line in current_helplines(settings)}
    samaritans = by_name["Samaritans"]
    assert samaritans["contact"] == "116 123 (corrected)"  # the correction arrived
    assert samaritans["region"] == "UK and Ireland (corrected)"
    assert samaritans["description"] == "My note: they called back last time."  # theirs kept
    assert "Lifeline Australia" not in by_name  # still hidden
    assert by_name["Town line"]["contact"] == "555 0100"

    dialog = SupportDialog(settings)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "116 123 (corrected)" in text and "Town line" in text and "(added by you)" in text


def test_a_saved_full_list_from_before_is_migrated_without_losing_anything(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    first_release = [
        {
            "name": "988 Suicide & Crisis Lifeline",
            "region": "United States",
            "contact": "Call or text 988",
            "description": "Free, confidential support at any hour for anyone in emotional "
            "distress or suicidal crisis.",
        },
        {
            "name": "Emergency services",
            "region": "Everywhere",
            "contact": "112",  # changed by hand
            "description": "If you or someone else is in danger right now, call your local "
            "emergency number.",
        },
        {"name": "Crisis team", "region": "My town", "contact": "555 0199", "description": "x"},
    ]  # Samaritans and Find A Helpline were removed by the person
    path.write_text(json.dumps({"version": 1, "helplines": first_release}), encoding="utf-8")
    settings, _problem = load_settings(path)
    by_name = {line["name"]: line for line in current_helplines(settings)}
    assert by_name["Crisis team"]["contact"] == "555 0199"  # what they added is kept
    assert by_name["Emergency services"]["contact"] == "112"  # what they changed is kept
    assert by_name["988 Suicide & Crisis Lifeline"]["region"] == "United States and Canada"
    assert "Samaritans" not in by_name and "Find A Helpline" not in by_name
    assert "Lifeline Australia" in by_name  # lines shipped since then arrive
    assert all(name in by_name for name in ABUSE_NAMES)

    save_settings(path, settings)
    again, _problem = load_settings(path)
    assert current_helplines(again) == current_helplines(settings)


def test_abuse_lines_cannot_be_hidden() -> None:
    without_abuse = [line for line in default_helplines() if line["kind"] != "abuse"]
    names = [line["name"] for line in current_helplines(Settings(helplines=without_abuse))]
    assert all(name in names for name in ABUSE_NAMES)

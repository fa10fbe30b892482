"""The pseudo language over every screen and dialog at 1280x800 (docs/i18n.md).

packaging/translations.py writes a pseudo translation of every message in the code: each
text wrapped in ⟦…⟧, its letters accented and about 40 % longer. With it installed, a
text on screen without the marks was never wrapped for translation (a failure names it
and where it is), and a text that no longer fits its room shows where a longer
language would be cut off. The second test opens every other window a person can meet:
the welcome, the safety note, the damaged-file and unlock dialogs and the idle lock of an
encrypted journal, the check-in's summary and look back, an entry read in History and a
note opened to edit, sharing with a partner and their week side by side, and a sync
conflict; and what the store and the entries' checks refuse with.

Data is not UI text and is left out, narrowly: the vocabularies, prompts, relationship
statements and helplines of resources/ (a text made only of those and punctuation), the
app's name, the person's folder and partner code, numbers and symbols, ISO week labels
and Qt's own calendar buttons (which follow QLocale).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTextBrowser, QWidget

from attune_journal import APP_NAME
from attune_journal.core.weeks import label_for_day
from attune_journal.resources import resources_dir
from attune_journal.ui.main_window import MainWindow
from tests.gui.screens import SCREENS
from tests.gui.visible_text import Seen, clipped, texts
from tests.journal_gen import generate

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

ROOT = Path(__file__).resolve().parents[2]
DIALOGS = ["Ctrl+Shift+N", "Ctrl+Shift+E", "Ctrl+Shift+I", "F1"]
MARK = "⟦"


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    pipeline = sys.modules.get("translations") or importlib.util.module_from_spec(spec)
    if "translations" not in sys.modules:
        sys.modules["translations"] = pipeline
        spec.loader.exec_module(pipeline)
    out = tmp_path_factory.mktemp("pseudo") / "attune_pseudo.qm"
    assert pipeline.write_pseudo(out) > 1000
    return out


@pytest.fixture
def pseudo_window(qtbot, data_dir: Path, pseudo_qm: Path) -> Iterator[MainWindow]:
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.ui.i18n import install_language
    from attune_journal.workspace import open_workspace

    app = make_qapplication([])
    install_language("en", pseudo_qm)
    workspace = open_workspace(data_dir)
    workspace.settings.relationship_enabled = True
    workspace.save_settings()
    generate(workspace.journal, years=1, seed=3)
    window = open_main_window(app, workspace)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        workspace.close()
        install_language("en")  # English again for the tests after this one


@cache
def _data_strings() -> tuple[str, ...]:
    """Every text in the shipped data files, longest first (so a long one is cut whole)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            if len(value.strip()) > 1:
                found.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in resources_dir().rglob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=len, reverse=True))


_LETTER = re.compile(r"[^\W\d_]")
_ISO_WEEK = re.compile(r"^\d{4}-W\d{2}$")


def _is_data(text: str, own: tuple[str, ...] = ()) -> bool:
    """Made only of shipped data and the person's own words ``own`` (and punctuation,
    digits, spaces): not UI text."""
    rest = text
    for item in (*own, *_data_strings()):
        if item in rest:
            rest = rest.replace(item, " ")
    return not _LETTER.search(rest)


def _person_data(window: MainWindow) -> set[QWidget]:
    """Widgets that show the person's own data: their folder and their partner code."""
    settings = window.page("settings")
    return {settings.data_folder.folder, settings.partner_section.own_words}  # type: ignore[attr-defined]


def unmarked(window: QWidget, skip: set[QWidget], own: tuple[str, ...] = ()) -> list[Seen]:
    found = []
    for seen in texts(window):
        text = seen.text.strip()
        if QtGui.Qt.mightBeRichText(text):  # the words a person reads, not the markup's letters
            text = QTextDocumentFragment.fromHtml(text).toPlainText().strip()
        if MARK in text or text == APP_NAME or not _LETTER.search(text):
            continue
        if _ISO_WEEK.match(text) or "qt_calendar_" in seen.where or _is_data(text, own):
            continue
        if seen.widget in skip:
            continue
        found.append(seen)
    return found


def _press(window: QWidget, sequence: str) -> None:
    window.activateWindow()
    for _ in range(100):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(20)
    QTest.keySequence(window, QKeySequence(sequence))


def _dialog_checked(
    qtbot, window: MainWindow, shortcut: str, report: list[str], open_it=None
) -> str:
    """Open a dialog by its shortcut (or ``open_it``); check its texts and room; close it."""
    seen: list[str] = []

    def look() -> None:
        for candidate in QApplication.topLevelWidgets():
            if isinstance(candidate, QDialog | QMessageBox) and candidate.isVisible():
                candidate.resize(candidate.size().expandedTo(candidate.sizeHint()))
                QApplication.processEvents()
                report.extend(f"{shortcut}: {s}" for s in unmarked(candidate, set()))
                report.extend(f"{shortcut}: clipped {c}" for c in clipped(candidate))
                seen.append(type(candidate).__name__)
                candidate.reject()
                return
        QTimer.singleShot(50, look)

    QTimer.singleShot(100, look)
    if open_it is not None:
        open_it()
    else:
        _press(window, shortcut)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen[0]


def test_every_screen_and_dialog_is_translated_and_fits(qtbot, pseudo_window: MainWindow) -> None:
    window = pseudo_window
    skip = _person_data(window)
    report: list[str] = []
    for key, shortcut in SCREENS:
        _press(window, shortcut)
        qtbot.waitUntil(lambda key=key: window.page(key).isVisible(), timeout=10_000)
        qtbot.wait(200)  # workers (Trends, History) report back
        report += [f"{key}: {s}" for s in unmarked(window, skip)]
        report += [f"{key}: clipped {c}" for c in clipped(window)]
        if key == "checkin":  # every step of a check-in, as a person clicks through
            screen = window.page("checkin")
            next_button = screen.next_button  # type: ignore[attr-defined]
            while screen.index < len(screen.pages) - 1:  # type: ignore[attr-defined]
                qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
                qtbot.wait(50)
                report += [f"checkin step: {s}" for s in unmarked(window, skip)]
                report += [f"checkin step: clipped {c}" for c in clipped(window)]
    opened = [_dialog_checked(qtbot, window, shortcut, report) for shortcut in DIALOGS]
    about = window.help_menu.actions()[-1]
    opened.append(_dialog_checked(qtbot, window, "", report, about.trigger))
    assert len(opened) == len(DIALOGS) + 1
    # The longer words fit the window as it is: it was not pushed past 1280x800.
    assert (window.width(), window.height()) == (1280, 800)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    assert not report, "\n".join(dict.fromkeys(report))


def test_the_checks_see_an_unmarked_text_and_one_cut_off(qtbot, pseudo_qm: Path) -> None:
    # The test above passing means something only if its checks can fail: a text made
    # outside the translation files and a button squeezed below its text are both found.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    from attune_journal.ui.application import make_qapplication
    from attune_journal.ui.i18n import install_language

    make_qapplication([])
    install_language("en", pseudo_qm)
    try:
        marked = QCoreApplication.translate("MainWindow", "Today")
        assert marked.startswith(MARK) and len(marked) > len("Today") * 1.4
        box = QWidget()
        qtbot.addWidget(box)
        row = QHBoxLayout(box)
        row.addWidget(QLabel(marked))
        squeezed = QPushButton("A button with a long text that cannot fit")
        squeezed.setMinimumWidth(1)
        squeezed.setMaximumWidth(60)
        row.addWidget(squeezed)
        box.show()
        qtbot.waitExposed(box)
        found = unmarked(box, set())
        assert [s.text for s in found] == ["A button with a long text that cannot fit"]
        assert any("cannot fit" in line and "needs" in line for line in clipped(box))
    finally:
        install_language("en")


# ---- every other dialog a person can meet ----------------------------------------------------


def _looked_at(qtbot, dialog: QWidget, name: str, report: list[str], own=()) -> None:
    """Show ``dialog`` at its own size, check its texts and room, close it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
    QApplication.processEvents()
    report.extend(f"{name}: {s}" for s in unmarked(dialog, set(), tuple(own)))
    report.extend(f"{name}: clipped {c}" for c in clipped(dialog))
    if dialog.width() > 1280 or dialog.height() > 800:
        report.append(f"{name}: {dialog.width()}x{dialog.height()} is larger than 1280x800")
    dialog.close()


def _headings(view: QTextBrowser) -> list[str]:
    """The headings of a rendered entry: the entry view's labels (the rest is the entry)."""
    found, block = [], view.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append(block.text())
        block = block.next()
    return found


def test_every_other_dialog_is_translated_and_fits(
    qtbot, pseudo_window: MainWindow, tmp_path: Path
) -> None:
    from attune_journal.core.errors import ValidationError
    from attune_journal.core.models import Note, RelationshipCheckIn
    from attune_journal.core.partner import shared_week
    from attune_journal.exchange.partner import add_partner, my_code
    from attune_journal.storage.errors import DamagedStoreError, NewerStoreError
    from attune_journal.ui.partner_dialogs import ShareWeekDialog, SideBySideDialog
    from attune_journal.ui.safety_note import SafetyNoteDialog
    from attune_journal.ui.sync_dialogs import ConflictDialog
    from attune_journal.ui.unlock import DamagedFileDialog, IdleLock, UnlockDialog, UnlockScreen
    from attune_journal.ui.welcome import WelcomeDialog
    from attune_journal.workspace import open_workspace
    from tests.factories import full_checkin, full_relationship, full_repair

    window = pseudo_window
    workspace = window.workspace
    report: list[str] = []
    _looked_at(qtbot, WelcomeDialog(window), "welcome", report)
    _looked_at(qtbot, SafetyNoteDialog(window), "safety note", report)

    # What the store says reaches a person through these: translated like the rest.
    damaged = DamagedStoreError(workspace.paths.store, "the file is truncated")
    _looked_at(qtbot, DamagedFileDialog(str(damaged), True), "damaged file", report)
    for refusal in (str(NewerStoreError(workspace.paths.store, 9, 8)),):
        if MARK not in refusal:
            report.append(f"store refusal: {refusal!r}")
    try:
        Note(activation=11).validate()
    except ValidationError as error:
        if MARK not in str(error):
            report.append(f"validation: {error}")

    # The check-in's last page, with everything a check-in can hold, and the look back.
    workspace.settings.last_time_enabled = True
    checkin_screen = window.show_checkin()
    entry = full_checkin(at=workspace.journal.entries(kinds=("checkin",), limit=1)[0].at)
    checkin_screen.done.show_summary(entry, 3, 6, False)
    checkin_screen.done.last_time.show_matches(checkin_screen.last_time_matches(entry))
    checkin_screen.go_to(len(checkin_screen.pages) - 1)
    qtbot.wait(50)
    assert checkin_screen.done.last_time.isVisible()  # earlier check-ins like this one
    own = ("Two sighs helped a bit.", "#work", "#sleep")
    report += [f"check-in done: {s}" for s in unmarked(window, _person_data(window), own)]
    report += [f"check-in done: clipped {c}" for c in clipped(window)]

    # History: an entry read on the right (its labels), then a note opened to edit.
    history = window.show_screen("history")
    qtbot.wait(200)
    entries = history.list  # type: ignore[attr-defined]
    qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    kinds_read: set[str] = set()
    for _ in range(60):
        chosen = history.selected_entry()  # type: ignore[attr-defined]
        if chosen is not None and chosen.kind not in kinds_read:
            kinds_read.add(chosen.kind)
            detail = history.detail  # type: ignore[attr-defined]
            report += [f"entry view: {h!r}" for h in _headings(detail) if MARK not in h]
        if chosen is not None and chosen.kind == "note":
            break
        qtbot.keyClick(entries, Qt.Key.Key_Down)
    assert "note" in kinds_read
    qtbot.keyClick(entries, Qt.Key.Key_Return)
    editor = history.note_editor  # type: ignore[attr-defined]
    qtbot.waitExposed(editor)
    editor.resize(editor.size().expandedTo(editor.sizeHint()))
    report += [f"note editor: {s}" for s in unmarked(editor, {editor.editor})]
    report += [f"note editor: clipped {c}" for c in clipped(editor)]
    editor.reject()

    # Relationship: the share dialog, and a partner's week side by side.
    journal = workspace.journal
    mine = next(iter(journal.entries(kinds=("relationship",), limit=1)), None)
    if not isinstance(mine, RelationshipCheckIn):
        week = label_for_day(entry.at.date(), workspace.settings.week_start)
        mine = full_relationship(at=entry.at, week=week)
        window.bridge.save(mine)
    repairs = [full_repair(at=mine.at)]
    _looked_at(qtbot, ShareWeekDialog(workspace, mine, repairs, window), "share", report)
    other = open_workspace(tmp_path / "partner")
    try:
        partner = add_partner(journal, my_code(other.journal), "Sam")
    finally:
        other.close()
    theirs = shared_week(full_relationship(at=mine.at, week=mine.week), repairs, True)
    side = SideBySideDialog(workspace, partner, theirs, window)
    _looked_at(qtbot, side, "side by side", report, own=("Sam",))

    # Sync: the same note written on two computers.
    here = Note(at=entry.at, text="Walked by the river.")
    there = Note(at=entry.at, text="Walked by the lake.")
    conflict = ConflictDialog(here, there, (3, 6), window)
    _looked_at(qtbot, conflict, "conflict", report, own=(here.text, there.text))

    # An encrypted journal: unlocking at the start, and the idle lock over the window.
    workspace.change_encryption(None, "open sesame")
    _looked_at(qtbot, UnlockDialog(workspace.paths.store, window), "unlock", report)
    lock = window.findChild(IdleLock)
    assert lock is not None
    lock.lock()
    screen = window.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.keyClicks(screen.field, "not it")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    report += [f"idle lock: {s}" for s in unmarked(window, set())]
    report += [f"idle lock: clipped {c}" for c in clipped(window)]
    qtbot.keyClicks(screen.field, "open sesame")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.is_locked)
    assert (window.width(), window.height()) == (1280, 800)
    assert not report, "\n".join(dict.fromkeys(report))

"""The pseudo language over every screen and dialog at 1280x800 (docs/i18n.md).

packaging/translations.py writes a pseudo translation of every message in the code: each
text wrapped in ⟦…⟧, its letters accented and about 40 % longer. With it installed, a
text on screen without the marks was never wrapped for translation (a failure names it
and where it is), and a text that no longer fits its room shows where a longer
language would be cut off.

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
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from attune_journal import APP_NAME
from attune_journal.resources import resources_dir
from attune_journal.ui.main_window import MainWindow
from tests.gui.visible_text import Seen, clipped, texts
from tests.journal_gen import generate

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [
    ("today", "Ctrl+1"),
    ("checkin", "Ctrl+N"),
    ("history", "Ctrl+2"),
    ("trends", "Ctrl+3"),
    ("week", "Ctrl+4"),
    ("relationship", "Ctrl+5"),
    ("repairs", "Ctrl+6"),
    ("settings", "Ctrl+,"),
]
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


def _is_data(text: str) -> bool:
    """Made only of shipped data (and punctuation, digits, spaces): not UI text."""
    rest = text
    for item in _data_strings():
        if item in rest:
            rest = rest.replace(item, " ")
    return not _LETTER.search(rest)


def _person_data(window: MainWindow) -> set[QWidget]:
    """Widgets that show the person's own data: their folder and their partner code."""
    settings = window.page("settings")
    return {settings.data_folder.folder, settings.partner_section.own_words}  # type: ignore[attr-defined]


def unmarked(window: QWidget, skip: set[QWidget]) -> list[Seen]:
    found = []
    for seen in texts(window):
        text = seen.text.strip()
        if MARK in text or text == APP_NAME or not _LETTER.search(text):
            continue
        if _ISO_WEEK.match(text) or "qt_calendar_" in seen.where or _is_data(text):
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

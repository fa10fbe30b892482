"""The language of the app: Settings → Language, and the start that applies it.

The choice is saved at once and, being applied from the next start, says so warmly; a
start reads it before any window (so the unlock dialog speaks it too) and installs the
app's translation, Qt's own for standard buttons, QLocale for dates and numbers, and
core.i18n for the text below the window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from attune_journal.core import i18n as core_i18n
from attune_journal.settings import Settings, save_settings
from attune_journal.ui.main_window import MainWindow
from tests.gui.screens import shown


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    from attune_journal.ui.i18n import install_language

    install_language("en")  # the tests after this one read English


def test_choosing_a_language_is_saved_and_says_when_it_applies(
    qtbot, main_window: MainWindow, data_dir: Path
) -> None:
    from attune_journal.ui.settings_screen import SettingsScreen

    settings = shown(main_window, "settings", SettingsScreen)
    section = settings.language_section
    combo = section.language
    assert combo.currentData() == "system"
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "Deutsch"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last one: Deutsch, named in itself
    assert combo.currentData() == "de"
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["language"] == "de"
    assert section.next_start.isVisible()
    assert "Deutsch" in section.next_start.text()
    assert "next time you open it" in section.next_start.text()
    assert "language (Deutsch)" in settings.last_message
    # Back to the language the app speaks now: nothing to wait for.
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentData() == "en"
    assert not section.next_start.isVisible()


def test_german_reaches_screens_buttons_dates_and_the_text_below(
    qtbot, english_after: None
) -> None:
    from attune_journal.ui.application import make_qapplication
    from attune_journal.ui.i18n import install_language

    make_qapplication([])
    assert install_language("de") == "de"
    assert core_i18n.language() == "de"
    assert QCoreApplication.translate("MainWindow", "Today") == "Heute"
    # Qt's own words for its standard buttons come from Qt's German translation.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Abbrechen"
    # Dates and numbers in the language's way, below the window too.
    assert QLocale().language() == QLocale.Language.German
    assert "Dezember" in core_i18n.format_date(date(2026, 12, 6), "day_month_year")
    assert core_i18n.format_number(1234.5, 1) == "1.234,5"
    install_language("en")
    assert QCoreApplication.translate("MainWindow", "Today") == "Today"
    assert core_i18n.format_date(date(2026, 12, 6), "day_month_year") == "6 December 2026"


START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from attune_journal import cli
    from attune_journal.ui import application

    open_main_window = application.open_main_window
    seen = {}

    def open_and_look(app, workspace, interactive=True):
        window = open_main_window(app, workspace, interactive=interactive)
        app.processEvents()
        seen["nav"] = [window.nav.item(i).text() for i in range(window.nav.count())]
        QTimer.singleShot(0, app.quit)
        return window

    application.open_main_window = open_and_look
    cli.main(["--data-dir", sys.argv[1]])
    print(json.dumps(seen))
    """
)


def test_a_start_speaks_the_language_chosen_in_settings(data_dir: Path) -> None:
    from attune_journal.workspace import open_workspace

    open_workspace(data_dir).close()
    save_settings(data_dir / "settings.json", Settings(welcome_seen=True, language="de"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("LANGUAGE", None)
    result = subprocess.run(
        [sys.executable, "-c", START, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    nav = json.loads(result.stdout.strip().splitlines()[-1])["nav"]
    assert nav[0] == "Heute" and nav[-1] == "Einstellungen"


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_a_body_region_keeps_its_capital_inside_a_german_sentence(
    qtbot, english_after: None
) -> None:
    from PySide6.QtCore import Qt

    from attune_journal.ui.application import make_qapplication
    from attune_journal.ui.i18n import install_language
    from attune_journal.ui.widgets.body_map import BodyPicker

    make_qapplication([])
    install_language("de")
    picker = BodyPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.region_list.setFocus()
    qtbot.keyClick(picker.region_list, Qt.Key.Key_Home)  # the first region: the head
    assert picker.current_region() == "head"
    assert picker.region_title.text() == "Spürbar: Kopf"  # never "Spürbar: kopf"
    install_language("en")
    english = BodyPicker()
    qtbot.addWidget(english)
    english.show()
    english.region_list.setFocus()
    qtbot.keyClick(english.region_list, Qt.Key.Key_Home)
    assert english.region_title.text() == "In your head"


def test_the_breathing_circles_german_words_wrap_instead_of_being_cut_at_150_percent(
    qtbot, english_after: None
) -> None:
    from attune_journal.ui.application import make_qapplication
    from attune_journal.ui.breathing import BreathingCircle
    from attune_journal.ui.i18n import install_language

    make_qapplication([])
    install_language("de")
    circle = BreathingCircle()
    qtbot.addWidget(circle)
    assert circle.instruction() == "Bereit, wenn du es bist"
    font = circle.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # the text size a person may set
    circle.setFont(font)
    circle.resize(circle.sizeHint())  # what the check-in's first step gives it
    assert circle.fontMetrics().horizontalAdvance(circle.instruction()) * 1.15 > circle.width()
    image = circle.grab().toImage()
    background = image.pixelColor(0, 0)
    # The halo keeps 4 px from each side: ink in the outermost columns is cut-off text.
    for x in (0, image.width() - 1):
        assert all(image.pixelColor(x, y) == background for y in range(image.height()))

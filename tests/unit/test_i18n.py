"""The translation pipeline and the text below the window (docs/i18n.md).

The ``.ts``/``.qm`` files follow the code and are safe to format (packaging/translations.py
``check``); English plurals come from the English translation file with or without Qt;
dates written without Qt match QLocale's; the command line picks its language as gettext
does (or as the journal's settings say) and loads Qt only for another language.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest

from attune_journal.core import i18n
from attune_journal.core.errors import ValidationError
from attune_journal.core.labels import MARKED_KINDS, intensity_word, kind_label
from attune_journal.core.models import ENTRY_TYPES
from attune_journal.resources import resources_dir
from attune_journal.settings import Settings, language_choice, load_settings, save_settings

ROOT = Path(__file__).resolve().parents[2]


def _pipeline() -> ModuleType:
    """packaging/translations.py (a script, not a package module), loaded once."""
    if "translations" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "translations", ROOT / "packaging" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["translations"] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["translations"]


@pytest.fixture
def english() -> Iterator[None]:
    """English as written (no Qt), whatever an earlier test installed."""
    i18n.reset()
    yield
    i18n.reset()


def test_a_label_inside_a_sentence_keeps_the_capitals_of_its_language(english: None) -> None:
    # English lowers a label's first letter inside a sentence ("mostly movement"); German
    # capitalises its nouns everywhere ("meist Bewegung", "Spürbar: Kopf").
    assert i18n.mid_sentence("Upper back") == "upper back"
    assert i18n.mid_sentence("Check-in") == "check-in"
    assert i18n.mid_sentence("") == ""
    i18n.install("de")
    assert i18n.mid_sentence("Bewegung") == "Bewegung"
    i18n.install("de_AT")  # a region's locale reads as its language
    assert i18n.mid_sentence("Oberer Rücken") == "Oberer Rücken"


def test_translation_files_follow_the_code_and_are_safe() -> None:
    # New strings without an update, a .qm older than its .ts, an English plural without
    # its forms, a translation whose {fields} differ from its source (a KeyError on a
    # person's screen), a plural call lupdate cannot read: each is named here.
    assert _pipeline().problems() == []


def test_the_translations_ship_inside_the_resources() -> None:
    # The wheel force-includes resources/ and the bundle copies it: the .qm files ride along.
    folder = resources_dir() / "i18n"
    for code in i18n.LANGUAGES:
        assert (folder / f"attune_{code}.qm").stat().st_size > 0
        assert (folder / f"attune_{code}.ts").is_file()


def test_a_field_that_differs_from_its_source_is_refused() -> None:
    pipeline = _pipeline()
    message = pipeline.Message(
        context="Sync", source="Last synced {when}.", translation="Zuletzt {wann}."
    )
    plural = pipeline.Message(
        context="Import",
        source="%n entries",
        numerus=True,
        forms=["ein Eintrag", "%n Einträge"],  # a form may leave %n out
    )
    found = pipeline.unsafe_translations(pipeline.TsFile("de", [message, plural]))
    assert len(found) == 1 and "{wann}" in found[0]


def test_the_pseudo_text_keeps_fields_markup_and_accelerators() -> None:
    pseudo = _pipeline().pseudo_text
    text = pseudo("&Save {count} of %n <b>entries</b> &amp; more")
    assert text.startswith("⟦") and text.endswith("⟧")
    for kept in ("&S", "{count}", "%n", "<b>", "</b>", "&amp;"):
        assert kept in text
    assert len(text) >= len("&Save {count} of %n <b>entries</b> &amp; more") * 1.3
    # A date pattern's letters are fields: it is only marked.
    assert pseudo("d MMMM yyyy", "DateFormat").startswith("⟦d MMMM yyyy")


def test_english_plurals_come_from_the_english_translation_without_qt(english: None) -> None:
    assert i18n.translate("Insights", "%n comparisons", None, 1) == "1 comparison"
    assert i18n.translate("Insights", "%n comparisons", None, 3) == "3 comparisons"
    assert i18n.translate("Insights", "%n comparisons", None, 0) == "0 comparisons"
    # A form may say it in words: "noticed once".
    once = i18n.translate("WeekReview", "{region}: noticed %n times", None, 1)
    assert once == "{region}: noticed once"
    # Not a plural: the text as written.
    assert i18n.translate("Sync", "It has not synced yet.") == "It has not synced yet."


def test_a_count_in_the_languages_digits_keeps_its_plural() -> None:
    # %Ln is a plural like %n, written with the language's digit grouping, with or
    # without Qt; the pipeline treats it as a plural and the pseudo text keeps it.
    from attune_journal.ui.i18n import install_for_command_line

    pipeline = _pipeline()
    assert pipeline.is_plural("%Ln entries") and not pipeline.is_plural("100% sure")
    assert "%Ln" in pipeline.pseudo_text("%Ln entries")
    try:
        i18n.reset()
        assert i18n.translate("HistoryScreen", "%Ln entries", None, 1) == "1 entry"
        assert i18n.translate("HistoryScreen", "%Ln entries", None, 1234) == "1,234 entries"
        assert install_for_command_line("de")
        assert i18n.translate("HistoryScreen", "%Ln entries", None, 1) == "1 Eintrag"
        assert i18n.translate("HistoryScreen", "%Ln entries", None, 1234) == "1.234 Einträge"
        damaged = i18n.translate(
            "ImportExport",
            "%n damaged entries could not be read and were left out; `attune-journal check` "
            "names them.",
            None,
            1,
        )
        assert damaged.startswith("1 beschädigter Eintrag konnte nicht gelesen werden")
    finally:
        i18n.reset()


def test_every_entry_kind_and_intensity_is_marked_for_translation(english: None) -> None:
    assert sorted(MARKED_KINDS) == sorted(model.label for model in ENTRY_TYPES.values())
    assert kind_label("checkin") == "Check-in"
    assert kind_label("unknown-kind") == "unknown-kind"
    assert [intensity_word(level) for level in (1, 2, 3, 9)] == [
        "faint",
        "clear",
        "strong",
        "clear",
    ]


@pytest.mark.parametrize("style", sorted(i18n.DATE_STYLES))
def test_dates_without_qt_read_as_qlocale_writes_them(english: None, style: str) -> None:
    # One set of Qt date patterns, two renderers: Python's (English, for a command line
    # without Qt) must write what QLocale("en") writes.
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    moment = datetime(2026, 3, 4, 8, 5)
    pattern = i18n.DATE_STYLES[style]
    qt = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        QDateTime(QDate(2026, 3, 4), QTime(8, 5)), pattern
    )
    assert i18n.format_date(moment, style) == qt


def test_spans_of_days_and_numbers_in_english(english: None) -> None:
    assert i18n.day_range(date(2026, 11, 16), date(2026, 11, 22)) == "16–22 November 2026"
    assert i18n.day_range(date(2026, 11, 30), date(2026, 12, 6)) == "30 November – 6 December 2026"
    assert i18n.day_range(date(2026, 12, 28), date(2027, 1, 3)) == (
        "28 December 2026 – 3 January 2027"
    )
    assert i18n.format_number(1234.5, 1) == "1,234.5"
    assert i18n.format_percent(0.625) == "62%"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),  # LC_MESSAGES first
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_CH.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:de:en", "LANG": "en_US.UTF-8"}, "de"),  # the first one shipped
        ({"LANGUAGE": "fr", "LANG": "de_DE.UTF-8"}, "en"),  # LANGUAGE is set: it decides
        ({"LC_ALL": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
    ],
)
def test_the_language_is_read_from_the_environment_in_gettexts_order(
    environment: dict[str, str], expected: str
) -> None:
    assert i18n.language_from_environment(environment) == expected


def test_the_language_setting_is_kept_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert language_choice(path) == "system"  # no file yet
    save_settings(path, Settings(language="de"))
    assert language_choice(path) == "de"
    assert load_settings(path)[0].language == "de"
    raw = json.loads(path.read_text())
    raw["language"] = "klingon"
    path.write_text(json.dumps(raw))
    assert language_choice(path) == "system"
    assert load_settings(path)[0].language == "system"
    path.write_text("{not json")
    assert language_choice(path) == "system" and path.exists()  # read only, never moved


# ---- the command line ----------------------------------------------------------------------

PROBE = """
import json, sys
from attune_journal import cli
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code, "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}))
"""


def _command(data_dir: Path, *args: str, **environment: str) -> tuple[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", **environment)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    *printed, last = result.stdout.strip().splitlines()
    report = json.loads(last)
    assert report["code"] == 0, result.stderr
    return "\n".join(printed), report["qt"]


def test_the_command_line_speaks_the_environments_language(data_dir: Path) -> None:
    _command(data_dir, "note", "Arrived", "--at", "2026-12-02 09:30")
    english, qt = _command(data_dir, "week", "--week", "2026-W49")
    assert english.startswith("# Week of 30 November – 6 December 2026")
    assert qt == []  # English needs no Qt at all
    german, qt = _command(data_dir, "week", "--week", "2026-W49", LANGUAGE="de")
    assert "Dezember" in german.splitlines()[0]  # the month from QLocale("de")
    assert "PySide6.QtCore" in qt  # QtCore only: no QtGui, no QtWidgets
    assert not {"PySide6.QtGui", "PySide6.QtWidgets"} & set(qt)
    # The journal's own choice in Settings wins over the environment.
    settings = data_dir / "settings.json"
    raw = json.loads(settings.read_text()) if settings.exists() else {}
    settings.write_text(json.dumps({**raw, "language": "en"}))
    chosen, qt = _command(data_dir, "week", "--week", "2026-W49", LANGUAGE="de")
    assert chosen == english and qt == []


def test_the_command_lines_help_speaks_the_language_and_english_needs_no_qt(
    data_dir: Path,
) -> None:
    probe = (
        "import sys\n"
        "from attune_journal import cli\n"
        "try:\n"
        "    cli.main(sys.argv[1:])\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}

    def help_text(**environment: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", probe, "--data-dir", str(data_dir), "week", "-h"],
            capture_output=True,
            text=True,
            env={**env, "LANG": "C.UTF-8", **environment},
            cwd=ROOT,
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    english = help_text()
    assert "an ISO week such as 2026-W47 (default: this week)" in english
    assert english.rstrip().endswith("[]")  # an English -h loads no Qt
    german = help_text(LANGUAGE="de")
    assert "eine ISO-Woche wie 2026-W47 (Standard: diese Woche)" in german
    assert german.startswith("Aufruf: attune-journal week") and "Optionen:" in german


def test_refusals_of_the_store_and_of_an_entry_are_whole_sentences_in_german() -> None:
    from attune_journal.core.models import Note, StrategyTry
    from attune_journal.storage.errors import DamagedStoreError, DiskFullError
    from attune_journal.ui.i18n import install_for_command_line

    try:
        assert install_for_command_line("de")
        damaged = DamagedStoreError(Path("journal.db"), "the file is truncated")
        assert str(damaged) == (
            "Die Journal-Datei journal.db kann nicht gelesen werden (die Datei ist abgeschnitten)."
        )
        assert DiskFullError().for_command_line().startswith("Der Datenträger ist voll")
        with pytest.raises(ValidationError, match=r"^Die Aktivierung nach der Strategie muss"):
            Note(text="x", strategy=StrategyTry("Gehen", 5, 12)).validate()
    finally:
        i18n.reset()

"""The language the app speaks: its translation files, Qt's own, QLocale and core.i18n.

One place chooses the language (the Settings choice, else the first of the system's UI
languages the app ships, else English) and installs everything that follows from it:

- ``resources/i18n/attune_<code>.qm`` (made by packaging/translations.py; English has
  one too, for its plural forms) and Qt's ``qtbase_<code>.qm`` for the standard buttons;
- ``QLocale.setDefault``, so dates, numbers and day names follow the language (the
  system's own locale when it speaks that language, so de_AT keeps Austrian formats);
- core.i18n's hook (translate, dates, numbers), so the weekly review, insights and
  reminders below the window speak it too.

Only QtCore is used: the command line installs a language with
:func:`install_for_command_line` (a non-English language only: docs/i18n.md), without a
QCoreApplication. The window installs it once at start (ui/application.py); a change in
Settings applies from the next start.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from attune_journal.core import i18n as core_i18n
from attune_journal.core.i18n import LANGUAGES, language_code
from attune_journal.resources import ResourceMissingError, resources_dir


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages the app ships ("en" if none is)."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = language_code(name)
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str) -> str:
    """The language a Settings choice ("system", "en", "de", ...) means on this computer."""
    return choice if choice in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers follow: the system's region when it speaks
    ``language`` (de_AT keeps Austrian formats), else the language's own."""
    system = QLocale.system()
    spoken = language_code(system.name()) or "en"  # the "C" locale writes English
    # By name, not QLocale.system() itself: the system locale's month names follow
    # LC_TIME, which may be "C" while LANGUAGE=de names the language ("December").
    return QLocale(system.name()) if spoken == language else QLocale(language)


def translation_file(language: str) -> Path | None:
    """The app's ``.qm`` for ``language``, or None when it ships none."""
    try:
        path = resources_dir() / "i18n" / f"attune_{language}.qm"
    except ResourceMissingError:
        return None
    return path if path.is_file() else None


def _load(path: Path | None) -> QTranslator | None:
    if path is None:
        return None
    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def _qt_date(day: date, clock: time | None, pattern: str) -> str:
    qdate = QDate(day.year, day.month, day.day)
    if clock is None:
        return QLocale().toString(qdate, pattern)
    moment = QDateTime(qdate, QTime(clock.hour, clock.minute, clock.second))
    return QLocale().toString(moment, pattern)


def _qt_number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


# The translators in use: kept alive here (Qt does not own them) and removed on a change;
# the command line's is never installed on an application.
_installed: list[QTranslator] = []
_command_line: list[QTranslator] = []


def install_language(choice: str, translation: Path | None = None) -> str:
    """Install the language ``choice`` means on the running application; returns its code.

    ``translation`` replaces the app's own ``.qm`` (the tests' pseudo translation).
    """
    language = resolve(choice)
    app = QCoreApplication.instance()
    assert app is not None, "the QApplication comes first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = Path(qt_folder) / f"qtbase_{language}.qm"
    for path in (qt_own if language != "en" else None, translation or translation_file(language)):
        translator = _load(path)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    core_i18n.install(language, QCoreApplication.translate, _qt_date, _qt_number)
    return language


def ensure_language() -> None:
    """English with its plural forms, unless a language is installed already (the start
    installs the person's; tests that build a window get English)."""
    if not _installed:
        install_language("en")


def install_for_command_line(language: str) -> bool:
    """Install ``language`` for text printed without a window; False if it has no ``.qm``.

    ``QTranslator.translate`` needs no QCoreApplication (one would stop the app from
    starting later in the same process), so %n and %Ln are filled in here as Qt's own
    ``QCoreApplication.translate`` does.
    """
    translator = _load(translation_file(language))
    if translator is None:
        return False
    _command_line[:] = [translator]

    def translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
        text = translator.translate(context, source, disambiguation, n) or source
        return core_i18n.fill_count(text, n) if n >= 0 else text

    QLocale.setDefault(locale_for(language))
    core_i18n.install(language, translate, _qt_date, _qt_number)
    return True

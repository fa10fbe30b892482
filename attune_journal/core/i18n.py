"""The one way text below the window is translated: a hook the front end fills in.

The core, the exchange and the command line's sentences (the weekly review, strategy
sentences, reminders, insights) must not load Qt, yet they are translated with the same
Qt ``.ts``/``.qm`` files as the screens, so a translator works in one file per language.
Code below ``ui`` therefore calls :func:`translate` with the same arguments as
``QCoreApplication.translate`` (``pyside6-lupdate`` finds these calls by name); the window or
the command line installs Qt's translate function and the language at start
(:func:`install`). Until then, text stays as written (English), which is what tests and
``--smoke`` see unless they install a language themselves.

The language code (``"en"``, ``"de"``, ...) is also what the vocabularies read to show a
word in the person's language (docs/i18n.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: The languages the app ships, each named in itself (Settings lists them so). Adding one
#: is a line here and ``packaging/translations.py update`` (docs/i18n.md).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}

#: ``(context, source, disambiguation, n) -> text``, the shape of QCoreApplication.translate.
TranslateFn = Callable[[str, str, str | None, int], str]


def _as_written(context: str, source: str, disambiguation: str | None, n: int) -> str:
    # Without a translator, Qt itself replaces %n by the number; so do we, so a plural
    # source ("%n entries") reads right in English before any .qm is loaded.
    return source.replace("%n", str(n)) if n >= 0 else source


@dataclass
class _State:
    language: str = "en"
    translate: TranslateFn = _as_written


_state = _State()


def install(language: str, translate_fn: TranslateFn | None = None) -> None:
    """Set the language (``"en"``, ``"de"``, ...) and the function that translates."""
    _state.language = language
    _state.translate = translate_fn or _as_written


def reset() -> None:
    """Back to English as written (tests)."""
    install("en")


def language() -> str:
    """The code of the language text is shown in, e.g. ``"de"``; ``"en"`` by default."""
    return _state.language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the person's language; ``n`` >= 0 picks a plural form and fills ``%n``."""
    return _state.translate(context, source, disambiguation, n)

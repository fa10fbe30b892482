"""The shipped vocabularies in other languages: ``resources/i18n/<language>/vocabulary.json``.

This module owns finding and reading those files and knowing which language the
vocabularies are shown in. English is the vocabulary files themselves
(``resources/feelings.json`` …); another language is a file of its words, labels and
sentences keyed by the same ids (docs/i18n.md, "Vocabularies"). A missing key falls
back to the English text, so a half-written language still shows every word.

The language is the one ``core.i18n`` was given (``"de"``, or a locale name such as
``"de_AT"``, which reads the ``de`` file when there is no ``de_AT`` one). No Qt, no
store: the same look-ups serve the window, the command line and the importers.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from attune_journal.core import i18n
from attune_journal.resources import load_json, resources_dir

ENGLISH = "en"
"""The language the vocabulary files themselves are written in."""

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@cache
def vocabulary_languages() -> tuple[str, ...]:
    """English and every language with a vocabulary file, English first, then by code."""
    root = resources_dir() / "i18n"
    found = (
        sorted(p.name for p in root.iterdir() if (p / "vocabulary.json").is_file())
        if root.is_dir()
        else []
    )
    return (ENGLISH, *(code for code in found if code != ENGLISH))


def vocabulary_language(language: str | None = None) -> str:
    """The vocabulary language for a language or locale name (the current one by default):
    ``"de_AT"`` reads German, an unknown language English."""
    code = (language or i18n.language()).replace("-", "_")
    known = vocabulary_languages()
    if code in known:
        return code
    base = i18n.language_code(code)
    return base if base in known else ENGLISH


@cache
def _file(language: str) -> Mapping[str, Any]:
    if language == ENGLISH:
        return _EMPTY
    data = load_json(f"i18n/{language}/vocabulary.json")
    return data if isinstance(data, Mapping) else _EMPTY


def section(language: str, name: str) -> Mapping[str, Any]:
    """One part of a language's vocabulary file (``"feelings"``: id -> word …, or a part
    inside a part: ``"relationship.pillars"``); empty for English or a part the file
    does not have."""
    found: Any = _file(language)
    for part in name.split("."):
        found = found.get(part) if isinstance(found, Mapping) else None
    return found if isinstance(found, Mapping) else _EMPTY


def text(language: str, name: str, key: str, english: str) -> str:
    """The text ``key`` of part ``name`` in ``language``, else ``english``."""
    found = section(language, name).get(key)
    return found if isinstance(found, str) and found.strip() else english


def field(language: str, name: str, key: str, part: str, english: str) -> str:
    """One field (``part``) of an item given as an object (a strategy's ``description``,
    a helpline's ``region``), else ``english``."""
    item = section(language, name).get(key)
    found = item.get(part) if isinstance(item, Mapping) else None
    return found if isinstance(found, str) and found.strip() else english

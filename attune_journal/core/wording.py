"""Small wording helpers shared by the screens, the command line and the exports.

English plurals are chosen here in one place until the translation files carry them
(Qt's ``%n`` needs a translation file even for English).
"""

from __future__ import annotations


def plural(n: int, one: str, many: str) -> str:
    """``one`` for exactly one, else ``many``."""
    return one if n == 1 else many


def count(n: int, one: str, many: str) -> str:
    """ "1 file", "3 files", "0 files"."""
    return f"{n} {plural(n, one, many)}"

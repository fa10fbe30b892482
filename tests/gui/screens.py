"""Typed access to the main window's screens, for tests that reach into one.

``MainWindow.page`` returns a plain ``QWidget`` (the window does not know its screens'
classes); these helpers check the class, so a test states which screen it expects and
mypy knows its attributes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from attune_journal.ui.main_window import MainWindow

S = TypeVar("S", bound=QWidget)

#: Every screen of the window and the shortcut a person reaches it by, in the menu's order
#: (the walks over every screen: sizes, pseudo language, right to left).
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


def page(window: MainWindow, key: str, kind: type[S]) -> S:
    """The screen for ``key`` (built if need be), checked to be a ``kind``."""
    screen = window.page(key)
    assert isinstance(screen, kind), f"{key!r} is a {type(screen).__name__}, not {kind.__name__}"
    return screen


def shown(window: MainWindow, key: str, kind: type[S]) -> S:
    """Switch to the screen for ``key`` and return it, checked to be a ``kind``."""
    screen = window.show_screen(key)
    assert isinstance(screen, kind), f"{key!r} is a {type(screen).__name__}, not {kind.__name__}"
    return screen

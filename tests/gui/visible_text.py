"""What a person reads on a window, and whether all of it fits: for the language tests.

``texts(window)`` walks the visible widgets of a window (labels, buttons, group boxes,
tabs, menus, window titles, placeholder texts, tool tips, list rows) and returns each
text with where it was found. ``clipped(window)`` returns the text widgets that do not
fit the room they were given: narrower than their own minimum (the layout ran out of
room), a wrapped label shorter than its text needs, or reaching past the window's edge
outside a scroll area. The pseudo-locale test (every text marked and 40 % longer) and
the right-to-left test use both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


@dataclass(frozen=True)
class Seen:
    text: str
    where: str  # "QLabel 'statusLine' in TodayScreen", for a failure message
    widget: QWidget | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.text!r} ({self.where})"


def _name(widget: QWidget) -> str:
    owner = widget.parentWidget()
    while owner is not None and not type(owner).__module__.startswith("attune_journal"):
        owner = owner.parentWidget()
    inside = f" in {type(owner).__name__}" if owner is not None else ""
    label = widget.objectName() or widget.accessibleName()
    return (
        f"{type(widget).__name__} {label!r}{inside}"
        if label
        else f"{type(widget).__name__}{inside}"
    )


def shown(window: QWidget) -> Iterator[QWidget]:
    """The window and every widget in it a person can see now."""
    yield window
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and widget.isVisible():
            yield widget


def texts(window: QWidget) -> Iterator[Seen]:
    """Every text a person can read on ``window`` now (empty ones left out)."""
    if window.windowTitle():
        yield Seen(window.windowTitle(), f"window title of {type(window).__name__}")
    for widget in shown(window):
        where = _name(widget)
        found: list[str] = []
        if _text_of(widget):
            found.append(_text_of(widget))
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found.append(widget.currentText())
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        found.append(widget.toolTip())
        for text in found:
            if text.strip():
                yield Seen(text, where, widget)
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                if action.text() and not action.isSeparator():
                    yield Seen(action.text(), f"menu {menu.title()!r}")
            if menu.title():
                yield Seen(menu.title(), "menu bar")


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _text_of(widget: QWidget) -> str:
    if (isinstance(widget, QLabel) and widget.pixmap().isNull()) or isinstance(
        widget, QAbstractButton
    ):
        return widget.text().strip()
    return ""


def clipped(window: QWidget) -> list[str]:
    """Text widgets that do not fit their room on ``window`` (see the module docstring)."""
    problems = []
    room = QRect(0, 0, window.width(), window.height())
    for widget in shown(window):
        text = _text_of(widget)
        if widget is window or not text:
            continue
        place = f"{_name(widget)}: {text!r}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                problems.append(f"{place} needs {need} px of height, has {widget.height()}")
        elif widget.width() + 1 < widget.minimumSizeHint().width():
            need = widget.minimumSizeHint().width()
            problems.append(f"{place} needs {need} px, has {widget.width()}")
        if not _inside_scroll_area(widget):
            where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not room.contains(where):
                problems.append(f"{place} reaches past the window ({where.getRect()})")
    return problems

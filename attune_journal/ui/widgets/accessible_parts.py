"""What a screen reader finds inside a painted widget: the places it draws, as accessible children.

Owns:
- ``Part``: one drawn place (a quadrant, a word, a body region) as a screen reader needs it:
  name, description, role, state, where it is, its actions and its children.
- ``PartsWidget``: the methods a painted widget implements to describe its parts.
- ``register``: gives a widget class an accessible interface that lists its parts as
  children (through ``QAccessible.installFactory``, installed once per process).
- ``announce_focus``, ``announce_checked``, ``announce``, ``parts_leaving``,
  ``parts_changed``: the events a screen reader listens for when the keyboard moves
  inside the widget, a part changes, or parts come and go.

Why the lifetimes are handled with care: Qt keeps every accessible interface in a cache
by id and deletes it in C++; a part's interface is written in Python and has no QObject
of its own, so Qt would delete it only when the application ends (after Python may be
gone), and Python would free it as soon as nobody in Python held it (while Qt still
does). Here each widget's parts are held by a ``_PartStore`` and registered with Qt the
moment they are made; when the widget is destroyed, or a part stops existing, the store
asks Qt to delete them (``deleteAccessibleInterface``) and only then lets go of them.
A part never holds the widget itself, only the widget's interface, and checks that it
is still alive before every answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

PRESS = QAccessibleActionInterface.pressAction()
TOGGLE = QAccessibleActionInterface.toggleAction()


@dataclass(frozen=True)
class Part:
    """One drawn place of a painted widget, as a screen reader is told about it.

    ``rect`` is in the widget's coordinates. ``parent`` is the key of the part it sits
    in (None for the widget itself); ``children`` are keys, in reading order.
    """

    key: str
    name: str
    role: QAccessible.Role
    rect: QRectF
    parent: str | None = None
    description: str = ""
    children: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    focusable: bool = False
    checkable: bool = False
    checked: bool = False
    selectable: bool = False
    selected: bool = False


class PartsWidget(Protocol):
    """What a painted widget tells the accessibility layer about the places it draws."""

    def accessible_top_parts(self) -> Sequence[str]:
        """Keys of the parts directly inside the widget, in reading order."""
        ...

    def accessible_part(self, key: str) -> Part | None:
        """The part with this key as it is now, or None when it no longer exists."""
        ...

    def accessible_focus_part(self) -> str | None:
        """The part the keyboard is on inside the widget (None: the widget itself)."""
        ...

    def accessible_part_at(self, point: QPointF) -> str | None:
        """The innermost part drawn at ``point`` (widget coordinates), as a click finds it."""
        ...

    def accessible_do_action(self, key: str, action: str) -> None:
        """Do ``action`` (one of the part's ``actions``) on the part, as a key press would."""
        ...


# ---- the widget's own interface -----------------------------------------------------------


class _WidgetInterface(QAccessibleWidget):
    """The painted widget: Qt's own widget interface, with the parts as its first children."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self.store = _PartStore(self, _address(widget))
        _STORES[self.store.address] = self.store
        # Destroyed is emitted before Qt's cache deletes this interface (this connection
        # is made first), so the parts go while everything they point at still exists.
        widget.destroyed.connect(self.store.release)

    def provider(self) -> PartsWidget | None:
        if not shiboken6.isValid(self):
            return None
        widget = self.widget()
        if widget is None or not shiboken6.isValid(widget):
            return None
        return widget  # type: ignore[return-value]  # only PartsWidget classes are registered

    def _top(self) -> Sequence[str]:
        provider = self.provider()
        return provider.accessible_top_parts() if provider is not None else ()

    def childCount(self) -> int:
        return len(self._top()) + super().childCount()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        top = self._top()
        if 0 <= index < len(top):
            return self.store.get(top[index])
        return super().child(index - len(top)) if index >= len(top) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, _PartInterface):
            top = list(self._top())
            return top.index(child.key) if child.key in top else -1
        index = super().indexOfChild(child)
        return index + len(self._top()) if index >= 0 else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        path = self.store.path_at(x, y)
        if path:
            return self.store.get(path[0])
        return super().childAt(x, y)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        provider = self.provider()
        widget = self.widget()
        if provider is not None and widget.hasFocus():
            key = provider.accessible_focus_part()
            if key is not None:
                return self.store.get(key)
        return super().focusChild()


# ---- one part's interface -----------------------------------------------------------------


class _PartActions(QAccessibleActionInterface):
    """The actions of one part; Qt reaches it through the part's ``interface_cast``."""

    def __init__(self, part: _PartInterface) -> None:
        super().__init__()
        self._part = part

    def actionNames(self) -> list[str]:
        part = self._part.part()
        return list(part.actions) if part is not None else []

    def doAction(self, actionName: str) -> None:
        part = self._part.part()
        provider = self._part.store.provider()
        if part is not None and provider is not None and actionName in part.actions:
            provider.accessible_do_action(part.key, actionName)

    def keyBindingsForAction(self, actionName: str) -> list[str]:
        return []


class _PartInterface(QAccessibleInterface):
    """A drawn place: everything it says is read from the widget at the moment it is asked."""

    def __init__(self, store: _PartStore, key: str) -> None:
        super().__init__()
        self.store = store
        self.key = key
        self._actions = _PartActions(self)

    def part(self) -> Part | None:
        provider = self.store.provider()
        return provider.accessible_part(self.key) if provider is not None else None

    def isValid(self) -> bool:
        return self.part() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        root = self.store.root
        return root.window() if shiboken6.isValid(root) else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        part = self.part()
        if part is None:
            return None
        if part.parent is None:
            return self.store.root
        return self.store.get(part.parent)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        part = self.part()
        if part is None or not 0 <= index < len(part.children):
            return None
        return self.store.get(part.children[index])

    def childCount(self) -> int:
        part = self.part()
        return len(part.children) if part is not None else 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        part = self.part()
        if part is None or not isinstance(child, _PartInterface):
            return -1
        return part.children.index(child.key) if child.key in part.children else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        # The child on the way down to the innermost part there (Qt asks level by level).
        path = self.store.path_at(x, y)
        if self.key in path[:-1]:
            return self.store.get(path[path.index(self.key) + 1])
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, t: QAccessible.Text) -> str:
        part = self.part()
        if part is None:
            return ""
        if t == QAccessible.Text.Name:
            return part.name
        if t == QAccessible.Text.Description:
            return part.description
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # the words are the widget's; a screen reader cannot rename them

    def rect(self) -> QRect:
        part = self.part()
        widget = self.store.widget()
        if part is None or widget is None:
            return QRect()
        local = part.rect.toAlignedRect()
        return QRect(widget.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        part = self.part()
        return part.role if part is not None else QAccessible.Role.NoRole

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        part = self.part()
        widget = self.store.widget()
        if part is None or widget is None:
            state.invalid = True
            return state
        state.focusable = part.focusable
        state.checkable = part.checkable
        state.checked = part.checked
        state.selectable = part.selectable
        state.selected = part.selected
        state.disabled = not widget.isEnabled()
        state.invisible = not widget.isVisible()
        provider = self.store.provider()
        state.focused = (
            widget.hasFocus()
            and provider is not None
            and provider.accessible_focus_part() == self.key
        )
        return state

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        # Qt asks for a C++ pointer to the action interface: the address of the separate
        # action object, which lives exactly as long as this part.
        if t == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._actions)[0])
        return shiboken6.VoidPtr(0)


class _PartStore:
    """The parts' interfaces of one widget, made when first asked for, freed with the widget."""

    def __init__(self, root: _WidgetInterface, address: int) -> None:
        self.root = root
        self.address = address
        self._parts: dict[str, _PartInterface] = {}
        self._ids: dict[str, int] = {}
        self._released = False

    def provider(self) -> PartsWidget | None:
        if self._released or not shiboken6.isValid(self.root):
            return None
        return self.root.provider()

    def widget(self) -> QWidget | None:
        provider = self.provider()
        return provider if isinstance(provider, QWidget) else None

    def get(self, key: str) -> _PartInterface | None:
        existing = self._parts.get(key)
        if existing is not None:
            return existing
        provider = self.provider()
        if provider is None or provider.accessible_part(key) is None:
            return None
        made = _PartInterface(self, key)
        # Registered at once, so Qt owns every part the same way and the store knows
        # each one's id when the time comes to delete it.
        self._ids[key] = QAccessible.uniqueId(made)
        self._parts[key] = made
        return made

    def path_at(self, x: int, y: int) -> list[str]:
        """The keys from a top part down to the innermost part at a screen point."""
        provider = self.provider()
        widget = self.widget()
        if provider is None or widget is None:
            return []
        key = provider.accessible_part_at(QPointF(widget.mapFromGlobal(QPoint(x, y))))
        path: list[str] = []
        while key is not None:
            path.insert(0, key)
            part = provider.accessible_part(key)
            key = part.parent if part is not None else None
        return path

    def made(self) -> dict[str, _PartInterface]:
        return dict(self._parts)

    def existing(self, key: str) -> _PartInterface | None:
        """The part's interface if a screen reader has already met it (nothing is made)."""
        return self._parts.get(key)

    def drop_missing(self) -> None:
        """Delete the interfaces of parts that no longer exist (own words removed)."""
        provider = self.provider()
        gone = [
            key for key in self._parts if provider is None or provider.accessible_part(key) is None
        ]
        for key in gone:
            self._delete(key)

    def release(self, _destroyed: QObject | None = None) -> None:
        """The widget is going: every part's interface is deleted, in Qt and here."""
        self._released = True
        _STORES.pop(self.address, None)
        for key in list(self._parts):
            self._delete(key)

    def _delete(self, key: str) -> None:
        part = self._parts.pop(key)
        ident = self._ids.pop(key)
        # Qt's cache may already have deleted it (at the application's end).
        if shiboken6.isValid(part):
            QAccessible.deleteAccessibleInterface(ident)


# ---- registration and events --------------------------------------------------------------

_ROLES: dict[str, tuple[type[QWidget], QAccessible.Role]] = {}
# The stores of the widgets that have an interface now, by the widget's C++ address
# (a store leaves when its widget is destroyed).
_STORES: dict[int, _PartStore] = {}


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    known = _ROLES.get(class_name)
    if known is None or not isinstance(obj, known[0]):
        return None
    return _WidgetInterface(obj, known[1])


def register(widget_class: type[QWidget], role: QAccessible.Role) -> None:
    """Give every ``widget_class`` (a ``PartsWidget``) an interface that lists its parts.

    Call it before the first widget of the class is made (Qt keeps the first interface
    it finds for a widget). PySide keeps each interface its factory returns for the whole
    run; the widget's interface is small and its parts are freed with the widget.
    """
    if not _ROLES:
        QAccessible.installFactory(_factory)
    _ROLES[widget_class.__name__] = (widget_class, role)


def _store(widget: QWidget) -> _PartStore | None:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.store if isinstance(iface, _WidgetInterface) else None


def part_interface(widget: QWidget, key: str) -> QAccessibleInterface | None:
    """The accessible interface of one part of ``widget`` (None if it has no such part)."""
    store = _store(widget)
    return store.get(key) if store is not None else None


def _send(
    event_for: Callable[[QAccessibleInterface], QAccessibleEvent], widget: QWidget, key: str | None
) -> None:
    # As Qt's own widgets do: nothing is made or sent while no assistive technology listens.
    if not QAccessible.isActive():
        return
    iface = part_interface(widget, key) if key is not None else None
    if iface is None:
        iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None:
        QAccessible.updateAccessibility(event_for(iface))


def announce_focus(widget: QWidget, key: str | None) -> None:
    """The keyboard moved to part ``key`` inside ``widget`` (None: back to the widget)."""
    if widget.hasFocus():
        _send(lambda iface: QAccessibleEvent(iface, QAccessible.Event.Focus), widget, key)


def announce_checked(widget: QWidget, key: str) -> None:
    """Part ``key`` was chosen or un-chosen: screen readers say "checked" or "not checked"."""
    changed = QAccessible.State()
    changed.checked = True
    _send(lambda iface: QAccessibleStateChangeEvent(iface, changed), widget, key)


def announce(widget: QWidget, message: str) -> None:
    """A short polite message, said without moving the focus (a quadrant entered)."""
    _send(lambda iface: QAccessibleAnnouncementEvent(iface, message), widget, None)


def live_parts(widget: QWidget) -> int:
    """How many part interfaces ``widget`` holds now (0 when it has no interface)."""
    store = _STORES.get(_address(widget))
    return len(store.made()) if store is not None else 0


def parts_leaving(widget: QWidget, keys: Iterable[str]) -> None:
    """Call before ``widget`` forgets these parts: a screen reader that met them hears
    that they are gone (while they can still say where they were)."""
    store = _STORES.get(_address(widget))
    if store is None or not QAccessible.isActive():
        return
    for key in keys:
        part = store.existing(key)
        if part is not None:
            gone = QAccessibleEvent(part, QAccessible.Event.ObjectDestroyed)
            QAccessible.updateAccessibility(gone)


def parts_changed(widget: QWidget, added: Iterable[str] = ()) -> None:
    """Call after parts came or went (own words changed): the gone ones are freed, and
    a screen reader that has met a new part's parent hears of the new part."""
    # Only a widget that already has an interface has parts to free or news to tell.
    store = _STORES.get(_address(widget))
    provider = store.provider() if store is not None else None
    if store is None or provider is None:
        return
    store.drop_missing()
    for key in added:
        part = provider.accessible_part(key)
        if part is not None and (part.parent is None or store.existing(part.parent)):
            _send(
                lambda iface: QAccessibleEvent(iface, QAccessible.Event.ObjectCreated), widget, key
            )

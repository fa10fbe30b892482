"""What every Settings section shares: saving through the bridge, one status line, own lists.

``SettingsSection`` is a titled group box that saves a change at once and reports
the outcome (or why nothing was saved) through the screen's status line.
``OwnList`` is the person's own items of one kind (prompts, feeling words,
strategies): kept in the store through ``Journal.own_items``, so the vocabularies
and the prompt pool pick them up everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.models import ValidationError, clean_word
from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge
from attune_journal.workspace import Workspace

Report = Callable[[str, bool], None]
"""Show a line to the person: ``(text, problem)``."""

NAME_ROLE = 256  # Qt.UserRole: the item's own name, where the shown text adds to it


class SettingsSection(QGroupBox):
    """One titled part of the Settings screen; changes are saved as they are made."""

    def __init__(
        self,
        workspace: Workspace,
        bridge: JournalBridge,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = workspace.settings
        self.journal = workspace.journal
        self.bridge = bridge
        self._report = report
        self.setTitle(self.heading())
        self.build()

    def heading(self) -> str:
        """The section's title, translated."""
        raise NotImplementedError

    def build(self) -> None:
        """Make the section's controls (each section lays out its own)."""
        raise NotImplementedError

    def save(self, what: str) -> bool:
        """Save the settings (which tells the other screens) and confirm ``what`` changed."""
        try:
            self.bridge.save_settings()
        except (OSError, ValueError) as error:
            self.say(
                self.tr(
                    "Could not save your settings: {error}. They apply until you close."
                ).format(error=getattr(error, "strerror", None) or error),
                problem=True,
            )
            return False
        self.say(self.tr("Saved: {what}.").format(what=what))
        return True

    def say(self, text: str, problem: bool = False) -> None:
        self._report(text, problem)


def no_objection(_name: str) -> str:
    return ""


def no_data() -> dict[str, Any]:
    return {}


def name_only(name: str, _data: dict[str, Any]) -> str:
    return name


class OwnList(QWidget):
    """The person's own items of one ``kind``: a list, a field, Add and Remove.

    ``missing`` is the whole sentence said when Add is pressed with the field empty (one
    sentence per list, so a translation can give its noun the right article);
    ``refuse(name)`` returns why a cleaned, non-empty name cannot be added (or "");
    ``data()`` gives what is stored with a new item; ``shown(name, data)`` its line.
    """

    def __init__(
        self,
        section: SettingsSection,
        kind: str,
        missing: str,
        name: str,
        placeholder: str,
        refuse: Callable[[str], str] = no_objection,
        data: Callable[[], dict[str, Any]] = no_data,
        shown: Callable[[str, dict[str, Any]], str] = name_only,
    ) -> None:
        super().__init__()
        self.section, self.kind, self.missing = section, kind, missing
        self._refuse, self._data, self._shown = refuse, data, shown
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setMaximumHeight(96)
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(placeholder)
        self.field.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen item (Delete)"))
        self.remove_button.clicked.connect(self.remove)
        self.list.installEventFilter(self)  # Delete in the list, as the tooltip says
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.extra_row = QHBoxLayout()
        self.extra_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(self.extra_row)
        self.refresh()

    def refresh(self) -> None:
        """Show the items as the store holds them now."""
        try:
            items = self.section.journal.own_items(self.kind)
        except StoreError as error:
            self.section.say(str(error), problem=True)
            return
        self.list.clear()
        for name, data in items:
            item = QListWidgetItem(self._shown(name, data))
            item.setData(NAME_ROLE, name)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(items))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.list.currentItem() is not None
        ):
            self.remove()
            return True
        return super().eventFilter(watched, event)

    def names(self) -> list[str]:
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def add(self) -> None:
        """Add what the field holds; on a refusal the text stays, so it can be changed."""
        name = clean_word(self.field.text())
        if not name:
            self.section.say(self.missing, problem=True)
            return
        journal = self.section.journal
        try:
            problem = self._refuse(name)
            if not problem and name.casefold() in {
                n.casefold() for n, _ in journal.own_items(self.kind)
            }:
                problem = self.tr("“{name}” is already in your list.").format(name=name)
            if problem:
                self.section.say(problem, problem=True)
                return
            journal.add_own_item(self.kind, name, self._data())
        except (ValidationError, StoreError) as error:
            self.section.say(str(error), problem=True)
            return
        self.refresh()
        self.field.clear()
        self.section.save(self.tr("added “{name}”").format(name=name))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(NAME_ROLE)
        try:
            self.section.journal.remove_own_item(self.kind, name)
        except StoreError as error:
            self.section.say(str(error), problem=True)
            return
        self.refresh()
        self.section.save(self.tr("removed “{name}”").format(name=name))

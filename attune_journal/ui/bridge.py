"""The one object through which screens write, and learn that something changed.

Views observe, they don't poll (Anki's OpChanges): every write through the bridge
emits ``entries_changed`` with the ids touched, and each screen decides whether
to refresh. Settings edits emit ``settings_changed``. Known store errors are
returned as messages for the screen to show; the text on screen is never lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from attune_journal.core.models import Entry, ValidationError
from attune_journal.storage.errors import StoreError
from attune_journal.workspace import Workspace


class SaveFailed(Exception):
    """A save the person asked for did not happen; ``str()`` is the message to show."""


class JournalBridge(QObject):
    entries_changed = Signal(object)  # a set of entry ids, or None for "many"
    settings_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.journal = workspace.journal

    def save(self, entry: Entry) -> Entry:
        """Save and announce; raises ``SaveFailed`` with a message the person can act on."""
        try:
            self.journal.save(entry)
        except (ValidationError, StoreError) as error:
            raise SaveFailed(str(error)) from error
        assert entry.id is not None
        self.entries_changed.emit({entry.id})
        return entry

    def trash(self, entry_id: int) -> None:
        try:
            self.journal.trash(entry_id)
        except StoreError as error:
            raise SaveFailed(str(error)) from error
        self.entries_changed.emit({entry_id})

    def restore(self, entry_id: int) -> None:
        try:
            self.journal.restore(entry_id)
        except (ValidationError, StoreError) as error:
            raise SaveFailed(str(error)) from error
        self.entries_changed.emit({entry_id})

    def purge(self, entry_id: int) -> None:
        """Delete a trashed entry for good (the person confirmed it first)."""
        try:
            self.journal.purge(entry_id)
        except StoreError as error:
            raise SaveFailed(str(error)) from error
        self.entries_changed.emit({entry_id})

    def announce_many(self) -> None:
        """After an import or a restore: everything may have changed."""
        self.entries_changed.emit(None)

    def save_settings(self) -> None:
        self.workspace.save_settings()
        self.settings_changed.emit()

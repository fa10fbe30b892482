"""Editing a Note in place, from History: its text, tags and star.

The dialog edits a copy of the note, so a save that fails (disk full, a bad
tag) leaves both the stored note and the list untouched while the person's new
text stays in the editor. Feelings, needs, activation and strategy are kept
exactly as they were.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.models import Note
from attune_journal.ui.bridge import JournalBridge, SaveFailed


def ask_discard(parent: QWidget) -> bool:
    """Ask whether unsaved changes may be dropped (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Discard changes?"),
        parent.tr("You changed this note. Close without saving the changes?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class NoteEditor(QDialog):
    """A small dialog editing one note; Ctrl+S or Ctrl+Enter saves, Esc closes."""

    def __init__(self, note: Note, bridge: JournalBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.original = note
        self.setWindowTitle(self.tr("Edit note"))
        self.resize(560, 420)

        when = QLabel(note.at.strftime("%A, %d %B %Y · %H:%M").replace(" 0", " "))
        when.setObjectName("caption")
        self.editor = QPlainTextEdit(note.text)
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("Your note (Markdown works here)"))
        self.tags = QLineEdit(" ".join(note.tags))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by spaces (optional)"))
        self.star = QCheckBox(self.tr("Starred"))
        self.star.setChecked(note.starred)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Save status"))
        kept = QLabel(self.tr("Feelings, needs and activation noted with it stay as they were."))
        kept.setObjectName("hint")
        kept.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(when)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.tags)
        layout.addWidget(self.star)
        if note.is_regulation_note or note.feelings or note.needs:
            layout.addWidget(kept)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self.editor.setFocus()

    def changed(self) -> bool:
        return (
            self.editor.toPlainText() != self.original.text
            or self.tags.text().split() != self.original.tags
            or self.star.isChecked() != self.original.starred
        )

    def save(self) -> None:
        edited = copy.deepcopy(self.original)
        edited.text = self.editor.toPlainText()
        edited.tags = self.tags.text().split()
        edited.starred = self.star.isChecked()
        try:
            self.bridge.save(edited)
        except SaveFailed as error:
            # The new text stays in the editor; the stored note is unchanged.
            self.feedback.setText(str(error))
            return
        self.original = edited
        self.accept()

    def reject(self) -> None:
        if self.changed() and not ask_discard(self):
            return
        super().reject()

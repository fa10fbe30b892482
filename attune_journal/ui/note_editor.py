"""Editing a Note in place, from History or Today: its time, text, tags and star.

The "When" field shows the note's own time; changed, the note moves to that local
time (with the UTC offset of that day) and keeps its identity. Left alone, the time
is kept exactly as it was, offset included.

The dialog edits a copy of the note, so a save that fails (disk full, a bad
tag) leaves both the stored note and the list untouched while the person's new
text stays in the editor. Feelings, needs, activation and strategy are kept
exactly as they were.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import format_date
from attune_journal.core.models import Note
from attune_journal.core.timeutil import now_local
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.widgets.when_edit import WhenEdit


def ask_discard(parent: QWidget) -> bool:
    """Ask whether unsaved changes may be dropped (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("NoteEditor", "Discard changes?"),
        QCoreApplication.translate(
            "NoteEditor", "You changed this note. Close without saving the changes?"
        ),
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

        self.when = WhenEdit(self.tr("When this note was written"))
        self.when.set_moment(note.at)
        self.when.problem_changed.connect(self._when_problem)
        self.when_hint = QLabel(format_date(note.at, "weekday_day_month_year_time"))
        self.when_hint.setObjectName("caption")
        self.when.changed.connect(self._when_changed)
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

        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addSpacing(8)
        when_row.addWidget(self.when_hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(when_row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.tags)
        layout.addWidget(self.star)
        if note.is_regulation_note or note.feelings or note.needs:
            layout.addWidget(kept)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.when.edit, self.when.now_button)
        self.setTabOrder(self.when.now_button, self.editor)
        self.editor.setFocus()

    def _when_changed(self) -> None:
        if self.when.is_now():
            self.when_hint.setText(self.tr("The time you save it"))
            return
        moment = self.when.moment_or(self.original.at)
        self.when_hint.setText(format_date(moment, "weekday_day_month_year_time"))

    def _when_problem(self, problem: str) -> None:
        self.feedback.setText(problem)

    def changed(self) -> bool:
        return (
            self.when.is_now()
            or self.when.moment_or(self.original.at) != self.original.at
            or self.editor.toPlainText() != self.original.text
            or self.tags.text().split() != self.original.tags
            or self.star.isChecked() != self.original.starred
        )

    def save(self) -> None:
        try:
            at = self.when.moment() or now_local()
        except ValueError as problem:
            self.feedback.setText(self.tr("Not saved: {problem}").format(problem=problem))
            self.when.setFocus()
            return
        edited = copy.deepcopy(self.original)
        edited.at = at
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

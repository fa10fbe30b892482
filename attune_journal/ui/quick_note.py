"""The quick regulation note: a small dialog from Ctrl+Shift+N anywhere in the window.

Activation before, the strategy tried, activation a few minutes after, and a
line of notes. It saves the same ``Note`` as
``attune-journal note "…" --activation N --strategy S --after M``.

Also home of the strategy chooser shared with the check-in's Regulation step:
an editable combo box of the starter strategies and the person's own.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.models import Note, StrategyTry, clean_word
from attune_journal.core.vocab import load_strategies
from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.support import (
    SupportDialog,
    show_support,
    support_button,
    support_shortcut,
)
from attune_journal.ui.widgets.activation_scale import ActivationScale
from attune_journal.workspace import Workspace


def strategy_names(workspace: Workspace) -> list[str]:
    """Starter strategies, then the person's own, without duplicates (any case)."""
    names: dict[str, str] = {}
    for name in [s.name for s in load_strategies()] + workspace.own_strategies():
        names.setdefault(name.casefold(), name)
    return list(names.values())


def strategy_combo(workspace: Workspace, parent: QWidget | None = None) -> QComboBox:
    """An editable combo: pick a strategy or type your own; empty means none."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(strategy_names(workspace))
    combo.setCurrentIndex(0)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(combo.tr("Pick one or type your own (optional)"))
    combo.setAccessibleName(combo.tr("Strategy tried"))
    completer = combo.completer()
    if completer is not None:
        from PySide6.QtCore import Qt

        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return combo


def canonical_strategy(workspace: Workspace, typed: str) -> str:
    """The typed name, spelled as the known strategy it matches (any case), if one does.

    So "cyclic sigh" and "Cyclic sigh" are counted as one strategy in the trends.
    """
    name = clean_word(typed)
    known = {n.casefold(): n for n in strategy_names(workspace)}
    return known.get(name.casefold(), name)


def remember_strategy(workspace: Workspace, name: str) -> None:
    """A strategy the person typed becomes one of their own, offered next time."""
    name = clean_word(name)
    known = {n.casefold() for n in strategy_names(workspace)}
    if name and name.casefold() not in known:
        # The entry is saved; failing to remember the name only costs a suggestion.
        with contextlib.suppress(StoreError, ValueError):
            workspace.journal.add_own_item("strategy", name)


class QuickNoteDialog(QDialog):
    """Before, strategy, after and a line; Save makes a regulation ``Note``."""

    def __init__(
        self, workspace: Workspace, bridge: JournalBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = bridge
        self.saved_note: Note | None = None
        self.setWindowTitle(self.tr("Quick regulation note"))
        self.setMinimumWidth(440)

        intro = QLabel(
            self.tr(
                "How activated are you, what did you try, and how is it a few minutes later? "
                "Any part is enough."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        settings = workspace.settings
        self.before = ActivationScale()
        self.before.set_window(settings.window_low, settings.window_high)
        self.before.setAccessibleName(self.tr("Activation before"))
        self.strategy = strategy_combo(workspace)
        self.after = ActivationScale()
        self.after.set_window(settings.window_low, settings.window_high)
        self.after.setAccessibleName(self.tr("Activation after"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A line about it (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Save status"))

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Activation &before"), self.before)
        form.addRow(self.tr("&Strategy"), self.strategy)
        form.addRow(self.tr("Activation &after"), self.after)
        form.addRow(self.tr("&Note"), self.note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # Support at the moment of highest activation: a button (it does not close the
        # note, whatever is typed stays) and F1, as in the main window.
        self.support_button = support_button(self.open_support)
        buttons.addButton(self.support_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.support_shortcut = support_shortcut(self, self.open_support)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        self.before.setFocus()

    def open_support(self) -> SupportDialog:
        return show_support(self, self.workspace.settings)

    def build_note(self) -> Note:
        before = self.before.value()
        name = canonical_strategy(self.workspace, self.strategy.currentText())
        strategy = StrategyTry(name, before, self.after.value()) if name else None
        return Note(text=self.note.text(), activation=before, strategy=strategy)

    def save(self) -> None:
        note = self.build_note()
        if self.after.value() is not None and note.strategy is None:
            self.feedback.setText(self.tr("Which strategy was the 'after' for? Add one above."))
            return
        try:
            self.bridge.save(note)
        except SaveFailed as error:
            # Everything stays in the dialog; the person can fix it or try again.
            self.feedback.setText(str(error))
            return
        if note.strategy is not None:
            remember_strategy(self.workspace, note.strategy.name)
        self.saved_note = note
        self.accept()


def run_dialog(dialog: QDialog) -> int:
    """Show a modal dialog; tests replace this to fill it in by keyboard."""
    return dialog.exec()


def open_quick_note(
    workspace: Workspace, bridge: JournalBridge, parent: QWidget | None = None
) -> Note | None:
    """Open the dialog; returns the saved note, or None if the person cancelled."""
    dialog = QuickNoteDialog(workspace, bridge, parent)
    try:
        run_dialog(dialog)
        return dialog.saved_note
    finally:
        dialog.deleteLater()

"""The quick regulation note: a small dialog from Ctrl+Shift+N anywhere in the window.

Activation before, the strategy tried, activation a few minutes after, and a
line of notes. It saves the same ``Note`` as
``attune-journal note "…" --activation N --strategy S --after M``.

Also home of the strategy chooser shared with the check-in's Regulation step:
an editable combo box of the starter strategies and the person's own, and the line
under it that says how to do the chosen starter strategy. Its first choice, "I just
waited (no strategy)", records a wait on purpose: it is stored as the reserved strategy
name ``core.stats.WAITING``, the baseline Trends and the weekly review compare
strategies with (docs/domain.md, "Which strategies help").
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication
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

from attune_journal.core.i18n import QT_TRANSLATE_NOOP
from attune_journal.core.models import Feeling, Note, StrategyTry, clean_word
from attune_journal.core.stats import WAITING, is_waiting
from attune_journal.core.vocab import load_strategies
from attune_journal.core.vocab_terms import shown, term_id
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

# The strategy list's first choice: a wait recorded on purpose, stored as ``WAITING``;
# shown in the person's language (``waited()``), and understood typed in English too.
WAITED = QT_TRANSLATE_NOOP("QuickNoteDialog", "I just waited (no strategy)")
WAITED_HOW = QT_TRANSLATE_NOOP(
    "QuickNoteDialog",
    "Nothing to do: notice how activated you are, let a few minutes pass, then note how "
    "it is now. Your strategies are set against these waits.",
)


def waited() -> str:
    """``WAITED`` in the language shown."""
    return QCoreApplication.translate("QuickNoteDialog", WAITED)


def strategy_names(workspace: Workspace) -> list[str]:
    """Starter strategies, then the person's own, without duplicates (any case).

    Never the reserved word ``WAITING``: a wait is offered as ``WAITED`` instead.
    """
    names: dict[str, str] = {}
    for name in [s.name for s in load_strategies()] + workspace.own_strategies():
        if not is_waiting(name):
            names.setdefault(name.casefold(), name)
    return list(names.values())


def strategy_choices(workspace: Workspace) -> list[str]:
    """What the strategy combo lists after its empty first line: ``WAITED``, then the names."""
    return [waited(), *strategy_names(workspace)]


def shown_strategy(name: str, strategy_id: str | None = None) -> str:
    """A stored strategy name as the combo shows it (a recorded wait as ``WAITED``, a
    starter strategy in the language shown)."""
    return waited() if is_waiting(name) else shown("strategy", strategy_id, name)


def strategy_combo(workspace: Workspace, parent: QWidget | None = None) -> QComboBox:
    """An editable combo: pick a strategy, "I just waited", or type your own; empty is none."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("")
    combo.addItems(strategy_choices(workspace))
    combo.setCurrentIndex(0)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(
        QCoreApplication.translate("QuickNoteDialog", "Pick one or type your own (optional)")
    )
    combo.setAccessibleName(QCoreApplication.translate("QuickNoteDialog", "Strategy tried"))
    completer = combo.completer()
    if completer is not None:
        from PySide6.QtCore import Qt

        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return combo


def strategy_how_to(combo: QComboBox) -> QLabel:
    """A line under ``combo`` saying how to do the starter strategy chosen in it.

    Empty for the person's own strategies (they know how) and when none is chosen.
    """
    how = {s.name.casefold(): s.description for s in load_strategies()}
    wait_how = QCoreApplication.translate("QuickNoteDialog", WAITED_HOW)
    how[waited().casefold()] = how[WAITED.casefold()] = how[WAITING] = wait_how
    label = QLabel()
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("QuickNoteDialog", "How to do it"))

    def show(text: str) -> None:
        description = how.get(clean_word(text).casefold(), "")
        label.setText(description)
        label.setVisible(bool(description))
        combo.setAccessibleDescription(description)

    combo.currentTextChanged.connect(show)
    show(combo.currentText())
    return label


def canonical_strategy(workspace: Workspace, typed: str) -> str:
    """The typed name, spelled as the known strategy it matches (any case), if one does.

    So "cyclic sigh" and "Cyclic sigh" are counted as one strategy in the trends.
    "I just waited (no strategy)" and "waiting" in any case are ``WAITING``.
    """
    name = clean_word(typed)
    if name.casefold() in (WAITED.casefold(), waited().casefold()) or is_waiting(name):
        return WAITING
    known = {n.casefold(): n for n in strategy_names(workspace)}
    return known.get(name.casefold(), name)


def remember_strategy(workspace: Workspace, name: str) -> None:
    """A strategy the person typed becomes one of their own, offered next time."""
    name = clean_word(name)
    known = {n.casefold() for n in strategy_names(workspace)}
    starter = term_id("strategy", name) is not None  # a starter strategy in another language
    if name and name.casefold() not in known and not is_waiting(name) and not starter:
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
        self.how_to = strategy_how_to(self.strategy)
        self.after = ActivationScale()
        self.after.set_window(settings.window_low, settings.window_high)
        self.after.setAccessibleName(self.tr("Activation after"))
        self.feeling = QLineEdit()
        self.feeling.setPlaceholderText(self.tr("A word or two, e.g. tense, restless (optional)"))
        self.feeling.setAccessibleName(self.tr("Feeling"))
        self._complete_feelings()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A line about it (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Save status"))

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Activation &before"), self.before)
        form.addRow(self.tr("&Feeling"), self.feeling)
        form.addRow(self.tr("&Strategy"), self.strategy)
        form.addRow("", self.how_to)
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

    def _complete_feelings(self) -> None:
        """Suggest vocabulary words (and the person's own) for the word being typed.

        The field may hold several words between commas, so the completer is driven by
        hand: it completes the last word only, and a chosen word replaces just that one.
        """
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCompleter

        from attune_journal.core.vocab import feeling_lookup

        words = sorted(w.word for w in feeling_lookup(self.workspace.own_feeling_words()).values())
        completer = QCompleter(words, self)
        completer.setWidget(self.feeling)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.feeling_completer = completer

        def typed(text: str) -> None:
            prefix = text.rpartition(",")[2].strip()
            if len(prefix) < 2:
                popup = completer.popup()
                if popup is not None:
                    popup.hide()
                return
            completer.setCompletionPrefix(prefix)
            completer.complete()

        def chosen(word: str) -> None:
            head = self.feeling.text().rpartition(",")[0].strip()
            self.feeling.setText(f"{head}, {word}" if head else word)

        self.feeling.textEdited.connect(typed)
        completer.activated.connect(chosen)

    def feelings(self) -> list[Feeling]:
        """The words typed in the feeling field (commas between them), as feelings."""
        from attune_journal.core.vocab import feeling_for_word

        own = self.workspace.own_feeling_words()
        words = [clean_word(w) for w in self.feeling.text().split(",")]
        seen: set[str] = set()
        feelings = []
        for word in words:
            if word and word.casefold() not in seen:
                seen.add(word.casefold())
                feelings.append(feeling_for_word(word, own))
        return feelings

    def build_note(self) -> Note:
        before = self.before.value()
        name = canonical_strategy(self.workspace, self.strategy.currentText())
        strategy = (
            StrategyTry(name, before, self.after.value(), term_id("strategy", name))
            if name
            else None
        )
        return Note(
            text=self.note.text(), activation=before, strategy=strategy, feelings=self.feelings()
        )

    def save(self) -> None:
        note = self.build_note()
        if self.after.value() is not None and note.strategy is None:
            self.feedback.setText(self.tr("Which strategy was the 'after' for? Add one above."))
            return
        waited = note.strategy is not None and is_waiting(note.strategy.name)
        if waited and (self.before.value() is None or self.after.value() is None):
            self.feedback.setText(
                self.tr("To note a wait, add how activated you were before and after.")
            )
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

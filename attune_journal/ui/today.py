"""The Today screen: the prompt of the day, a free entry, and what today holds so far."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import format_date
from attune_journal.core.labels import kind_label
from attune_journal.core.markdown_text import summary_line
from attune_journal.core.models import CheckIn, Entry, Note, entry_text
from attune_journal.core.timeutil import now_local, today_local
from attune_journal.core.vocab_terms import shown
from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.drafts import DraftSaver
from attune_journal.ui.navigation import Navigation
from attune_journal.workspace import Workspace


def greeting(moment: datetime) -> str:
    hour = moment.hour
    if hour < 5:
        return QCoreApplication.translate("TodayScreen", "Hello, night owl")
    if hour < 12:
        return QCoreApplication.translate("TodayScreen", "Good morning")
    if hour < 18:
        return QCoreApplication.translate("TodayScreen", "Good afternoon")
    return QCoreApplication.translate("TodayScreen", "Good evening")


def entry_summary(entry: Entry) -> str:
    """One line for a list: time, kind, and the start of the text or what was noted."""
    parts = [format_date(entry.at, "time"), kind_label(entry.kind)]
    details: list[str] = []
    if isinstance(entry, CheckIn | Note):
        if entry.feelings:
            details.append(
                ", ".join(shown("feeling", f.word_id, f.word) for f in entry.feelings[:3])
            )
        if entry.activation is not None:
            details.append(
                QCoreApplication.translate("TodayScreen", "activation {value}").format(
                    value=entry.activation
                )
            )
    text = summary_line(entry_text(entry), 90)  # Markdown marks gone, cut at a word
    if text:
        details.append(text)
    line = " · ".join(parts)
    if details:
        line += " — " + " · ".join(details)
    if entry.starred:
        line = "★ " + line
    return line


class TodayScreen(QWidget):
    entry_saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        bridge: JournalBridge,
        parent: QWidget | None = None,
        *,
        navigation: Navigation | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = bridge
        self.navigation = navigation
        self._prompt_offset = 0
        self._day = today_local()

        self.greeting = QLabel()
        heading_font = QFont(self.font())
        # As large as the Week screen's heading: at 1.6 times a large text size the
        # greeting alone took two lines of a small window.
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        self.greeting.setFont(heading_font)
        self.greeting.setWordWrap(True)  # a narrow window wraps the date rather than cut it
        self.greeting.setAccessibleName(self.tr("Greeting"))

        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        prompt_font = QFont(self.font())
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.25)
        prompt_font.setItalic(True)
        self.prompt_label.setFont(prompt_font)
        self.prompt_label.setAccessibleName(self.tr("Prompt of the day"))
        self.another_prompt = QPushButton(self.tr("Another prompt"))
        self.another_prompt.setToolTip(self.tr("Show a different prompt for today"))
        self.another_prompt.clicked.connect(self._next_prompt)
        self.start_checkin = QPushButton(self.tr("Start check-in"))
        self.start_checkin.setObjectName("primary")
        self.start_checkin.setToolTip(self.tr("A guided check-in with this prompt (Ctrl+N)"))
        self.start_checkin.clicked.connect(self._start_checkin)

        prompt_card = QFrame()
        prompt_card.setObjectName("promptCard")
        prompt_card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(prompt_card)
        caption = QLabel(self.tr("Today's prompt"))
        caption.setObjectName("caption")
        card_layout.addWidget(caption)
        card_layout.addWidget(self.prompt_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.another_prompt)
        row.addWidget(self.start_checkin)
        card_layout.addLayout(row)

        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            self.tr("Write anything: an answer to the prompt, or whatever is here right now…")
        )
        self.editor.setAccessibleName(self.tr("Free entry"))
        self.editor.setTabChangesFocus(True)
        self.tags = QLineEdit()
        # Short enough to be read whole beside "Star" and "Save entry" in a small window;
        # the tooltip says how tags are separated.
        self.tags.setPlaceholderText(self.tr("Tags (optional)"))
        self.tags.setToolTip(self.tr("Tags, separated by spaces (optional)"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.star = QCheckBox(self.tr("Star"))
        self.star.setAccessibleName(self.tr("Star this entry"))
        self.save_button = QPushButton(self.tr("Save entry"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_entry)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_entry)
        # Ctrl+Enter saves too, as it does in the check-in: one habit for both screens.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_entry)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Save status"))

        save_row = QHBoxLayout()
        save_row.addWidget(self.tags, 1)
        save_row.addWidget(self.star)
        save_row.addWidget(self.save_button)

        self.today_list = QListWidget()
        self.today_list.setAccessibleName(self.tr("Today's entries"))
        self.today_list.setWordWrap(True)
        # An entry of today opens where it can be changed: a click, Enter or double-click.
        self.today_list.setToolTip(self.tr("Open an entry to change it (Enter or a click)"))
        self.today_list.itemClicked.connect(self.open_item)
        self.today_list.itemActivated.connect(self.open_item)
        self.note_editor: QDialog | None = None
        self.empty_label = QLabel(
            self.tr("Nothing yet today, and that's fine. A few words are enough.")
        )
        self.empty_label.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.greeting)
        layout.addWidget(prompt_card)
        layout.addWidget(self.editor, 3)
        layout.addLayout(save_row)
        layout.addWidget(self.feedback)
        today_caption = QLabel(self.tr("Today so far"))
        today_caption.setObjectName("caption")
        layout.addWidget(today_caption)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.today_list, 2)

        self.setTabOrder(self.editor, self.tags)
        self.setTabOrder(self.tags, self.star)
        self.setTabOrder(self.star, self.save_button)
        self.setTabOrder(self.save_button, self.another_prompt)
        self.setTabOrder(self.another_prompt, self.start_checkin)
        self.setTabOrder(self.start_checkin, self.today_list)

        bridge.entries_changed.connect(self._on_entries_changed)
        bridge.settings_changed.connect(self.refresh_prompt)
        self.refresh()

        # The free entry is kept as draft "today" a moment after each pause in typing, and
        # comes back on the next start (after a crash too).
        self.draft = DraftSaver(workspace.journal, "today", self._draft_payload, parent=self)
        self.draft.failed.connect(self.feedback.setText)
        self._restore_draft()
        self.editor.textChanged.connect(self.draft.schedule)
        self.tags.textChanged.connect(self.draft.schedule)
        self.star.toggled.connect(self.draft.schedule)
        self._fit_to_font()

    # ---- behaviour -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        """The tags field is never narrower than its hint, at any text size."""
        metrics = self.tags.fontMetrics()
        hint = metrics.horizontalAdvance(self.tags.placeholderText())
        self.tags.setMinimumWidth(hint + metrics.height() + 24)

    def focus_first(self) -> None:
        self.editor.setFocus()

    def refresh(self) -> None:
        self._day = today_local()
        self.greeting.setText(
            f"{greeting(now_local())} · {format_date(self._day, 'weekday_day_month')}"
        )
        self.refresh_prompt()
        self.refresh_entries()

    def current_prompt_text(self) -> str:
        return self.prompt_label.text()

    def refresh_prompt(self) -> None:
        prompt = self.workspace.prompt_for(self._day, self._prompt_offset)
        self._prompt_id = prompt.id
        self.prompt_label.setText(prompt.text)

    def _start_checkin(self) -> None:
        """Open the guided check-in with the prompt shown here."""
        if self.navigation is not None:
            self.navigation.show_checkin().begin(self._prompt_offset)

    def _draft_payload(self) -> dict[str, object] | None:
        text, tags, star = self.editor.toPlainText(), self.tags.text(), self.star.isChecked()
        if not (text.strip() or tags.strip() or star):
            return None
        return {"saved_at": now_local().isoformat(), "text": text, "tags": tags, "star": star}

    def _restore_draft(self) -> None:
        try:
            payload = self.workspace.journal.draft("today")
        except (StoreError, ValueError):  # an unreadable draft must not stop Today opening
            return
        if not payload:
            return
        self.editor.setPlainText(str(payload.get("text", "")))
        self.tags.setText(str(payload.get("tags", "")))
        self.star.setChecked(bool(payload.get("star", False)))
        self.feedback.setText(self.tr("Your unsaved words are back, just as you left them."))

    def before_close(self) -> None:
        self.draft.flush()

    def _next_prompt(self) -> None:
        self._prompt_offset += 1
        self.refresh_prompt()

    def refresh_entries(self) -> None:
        self.today_list.clear()
        entries = self.workspace.journal.entries_on(self._day)
        for entry in entries:
            item = QListWidgetItem(entry_summary(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.today_list.addItem(item)
        self.empty_label.setVisible(not entries)
        self.today_list.setVisible(bool(entries))

    def _on_entries_changed(self, _ids: object) -> None:
        self.refresh_entries()

    def open_item(self, item: QListWidgetItem | None) -> None:
        """Open a "Today so far" entry: a check-in in the check-in, a note in its editor."""
        if item is None or (self.note_editor is not None and self.note_editor.isVisible()):
            return  # the second click of a double-click, with the editor already open
        entry = self.workspace.journal.get(int(item.data(Qt.ItemDataRole.UserRole)))
        if isinstance(entry, Note):
            from attune_journal.ui.note_editor import NoteEditor

            self.note_editor = NoteEditor(entry, self.bridge, self)
            self.note_editor.accepted.connect(
                lambda: self.feedback.setText(self.tr("Your changes are saved."))
            )
            self.note_editor.open()
        elif isinstance(entry, CheckIn):
            if self.navigation is not None:
                self.navigation.show_checkin().load_entry(entry)
        elif entry is None:
            self.refresh_entries()  # it was moved to the trash meanwhile
        else:
            self.feedback.setText(self.tr("This entry opens from its own screen, or from History."))

    def save_entry(self) -> None:
        text = self.editor.toPlainText()
        if not text.strip():
            self.feedback.setText(self.tr("There is nothing to save yet."))
            return
        note = Note(text=text, tags=self.tags.text().split(), starred=self.star.isChecked())
        try:
            self.bridge.save(note)
        except SaveFailed as error:
            # The text stays in the editor: nothing the person wrote is lost.
            self.feedback.setText(str(error))
            return
        self.editor.clear()
        self.tags.clear()
        self.star.setChecked(False)
        self.draft.discard()
        self.feedback.setText(self.tr("Saved at {time}.").format(time=format_date(note.at, "time")))
        assert note.id is not None
        self.entry_saved.emit(note.id)

"""The rupture-and-repair log (optional relationship module, key ``repairs``).

A list of repair entries, open ones first, with a filter for open or all, and an
editor for one entry: what happened, what I felt and needed (the same feelings
and needs pickers as the daily check-in), my part, the repair tried or planned,
how it went, and whether it is resolved. New, save, and delete to the trash
with undo.

Being out of sync is ordinary; coming back together is what matters (Tronick),
so the screen speaks of "open" and "resolved", never of failures. Ordering
comes from ``core.relationship.repairs_open_first``. Switching to another entry,
starting a new one or closing the app saves unsaved edits first, so nothing the
person wrote is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import format_date
from attune_journal.core.models import RepairEntry
from attune_journal.core.relationship import is_blank_repair, repairs_open_first
from attune_journal.core.timeutil import today_local
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.safety_note import about_safety_button
from attune_journal.ui.widgets.mood_grid import FeelingPicker
from attune_journal.ui.widgets.needs_picker import NeedsPicker
from attune_journal.workspace import Workspace

FILTER_ALL = "all"
FILTER_OPEN = "open"


def _day_text(entry: RepairEntry) -> str:
    return format_date(entry.at, "day_month_year")


def _short_day(entry: RepairEntry) -> str:
    if entry.at.year == today_local().year:
        return format_date(entry.at, "day_month_short")
    return format_date(entry.at, "day_month_year_short")


class RepairsScreen(QWidget):
    """The list of repairs beside the editor of the selected (or a new) one."""

    saved = Signal(int)

    def __init__(
        self, workspace: Workspace, bridge: JournalBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = bridge
        self._entry: RepairEntry | None = None  # what the editor shows; None = a new one
        self._dirty = False
        self._loading = False
        self._trashed_id: int | None = None

        # ---- header ---------------------------------------------------------------------
        title = QLabel(self.tr("Repairs"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title.setFont(title_font)
        self.safety_button = about_safety_button(self)
        intro = QLabel(
            self.tr(
                "Falling out of step happens in every close relationship; coming back "
                "together is what counts. Note what happened and what could help mend it. "
                "Abuse is not a rupture to repair: if you are afraid of your partner, this "
                "log is not the right tool. Press F1 for people who can help."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.safety_button)

        # ---- list ------------------------------------------------------------------------
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All repairs, open first"), FILTER_ALL)
        self.filter.addItem(self.tr("Open repairs only"), FILTER_OPEN)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Repair entries"))
        # Two lines per row (status and day; the start of what happened), each elided to the
        # width rather than wrapped: wrapped rows get heights from a stale width and lose text.
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New repair"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+Shift+R)"))
        self.new_button.clicked.connect(self.new_entry)

        list_column = QWidget()
        list_layout = QVBoxLayout(list_column)
        list_layout.setContentsMargins(0, 0, 8, 0)
        show_label = QLabel(self.tr("Show"))
        show_label.setObjectName("caption")
        show_label.setBuddy(self.filter)
        list_layout.addWidget(show_label)
        list_layout.addWidget(self.filter)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.new_button)
        list_column.setMinimumWidth(170)
        self.list.setMinimumHeight(60)

        # ---- editor ----------------------------------------------------------------------
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setAccessibleName(self.tr("Entry"))

        self.what_happened = self._text_edit(self.tr("What happened"), 3)
        self.feelings = FeelingPicker(own_words=workspace.own_feeling_words)
        self.feelings.setAccessibleName(self.tr("What I felt"))
        self.feelings.changed.connect(self._on_edited)
        # The grid grows with its width; capped so the text fields stay within reach.
        self.feelings.setMaximumHeight(300)
        own_needs = [name for name, _ in workspace.journal.own_items("need")]
        self.needs = NeedsPicker(own_needs)
        self.needs.setAccessibleName(self.tr("What I needed"))
        self.needs.changed.connect(self._on_edited)
        self.needs.setMinimumHeight(260)
        self.my_part = self._text_edit(self.tr("My part"), 2)
        self.repair = self._text_edit(self.tr("The repair I tried or want to try"), 2)
        self.how_it_went = self._text_edit(self.tr("How it went"), 2)
        self.resolved = QCheckBox(self.tr("Resolved: we've come back together on this"))
        self.resolved.setAccessibleName(self.tr("Resolved"))
        self.resolved.toggled.connect(self._on_edited)

        editor = QWidget()
        form = QVBoxLayout(editor)
        form.setContentsMargins(8, 0, 16, 12)
        form.setSpacing(6)
        form.addWidget(self.heading)
        for caption, widget in (
            (self.tr("What happened"), self.what_happened),
            (self.tr("What I felt"), self.feelings),
            (self.tr("What I needed"), self.needs),
            (self.tr("My part"), self.my_part),
            (self.tr("The repair I tried or want to try"), self.repair),
            (self.tr("How it went"), self.how_it_went),
        ):
            label = QLabel(caption)
            label.setObjectName("caption")
            label.setBuddy(widget)
            form.addSpacing(4)
            form.addWidget(label)
            form.addWidget(widget)
        form.addSpacing(4)
        form.addWidget(self.resolved)
        form.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(editor)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_column)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([260, 640])

        # ---- action bar ------------------------------------------------------------------
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Save status"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring the entry back from the trash"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move this entry to the trash (you can undo)"))
        self.delete_button.clicked.connect(self.delete_entry)
        self.save_button = QPushButton(self.tr("Save repair"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 6, 24, 0)
        bar.addWidget(self.feedback, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 12)
        layout.setSpacing(8)
        header = QVBoxLayout()
        header.setContentsMargins(24, 0, 24, 0)
        header.setSpacing(4)
        header.addLayout(top)
        header.addWidget(intro)
        layout.addLayout(header)
        body = QHBoxLayout()
        body.setContentsMargins(24, 0, 8, 0)
        body.addWidget(self.splitter)
        layout.addLayout(body, 1)
        layout.addLayout(bar)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=context)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, self.new_entry, context=context)
        self.list.installEventFilter(self)

        bridge.entries_changed.connect(self._on_entries_changed)
        self.refresh_list()
        self._load(None)

    # Below this width the list goes above the editor: side by side, the feelings
    # picker (about 320 px at least) would be cut off.
    STACK_BELOW_WIDTH = 640

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = self.width() < self.STACK_BELOW_WIDTH
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.splitter.setSizes([120, 400] if narrow else [220, 600])
        super().resizeEvent(event)

    # ---- building blocks -----------------------------------------------------------------

    def _text_edit(self, name: str, rows: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 18)
        edit.textChanged.connect(self._on_edited)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete on the list moves the selected entry to the trash (with undo).
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self._entry is not None
            and self._entry.id is not None
        ):
            self.delete_entry()
            return True
        return super().eventFilter(watched, event)

    # ---- the list --------------------------------------------------------------------------

    def show_only_open(self) -> bool:
        return self.filter.currentData() == FILTER_OPEN

    def refresh_list(self) -> None:
        """Rebuild the list, keeping the entry being edited selected if it is listed."""
        entries = repairs_open_first(self.workspace.journal.entries(kinds=("repair",)))
        if self.show_only_open():
            entries = [e for e in entries if not e.resolved]
        keep = self._entry.id if self._entry is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(self._row_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.what_happened[:400])
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if entries:
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No open repairs right now.")
                if self.show_only_open()
                else self.tr(
                    "No repairs noted yet. When a moment of disconnection stays with "
                    "you, writing it down is a first step back."
                )
            )
            self.empty_label.show()

    def _row_text(self, entry: RepairEntry) -> str:
        status = self.tr("Resolved") if entry.resolved else self.tr("Open")
        text = " ".join(entry.what_happened.split()) or self.tr("(nothing written yet)")
        if len(text) > 80:
            text = text[:79] + "…"
        return f"{status} · {_short_day(entry)}\n{text}"

    def listed_ids(self) -> list[int]:
        return [
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def select_index(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def select_entry(self, entry_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == entry_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        entry_id = current.data(Qt.ItemDataRole.UserRole)
        if self._entry is not None and self._entry.id == entry_id:
            return
        if self._dirty and not self._save_quietly():
            # The save failed and says why; stay on the entry being edited.
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            else:
                self.list.setCurrentRow(-1)
            self.list.blockSignals(False)
            return
        entry = self.workspace.journal.get(int(entry_id))
        if isinstance(entry, RepairEntry):
            self._load(entry)

    # ---- the editor ------------------------------------------------------------------------

    def _load(self, entry: RepairEntry | None) -> None:
        self._entry = entry
        shown = entry or RepairEntry()
        self._loading = True
        try:
            for edit, text in (
                (self.what_happened, shown.what_happened),
                (self.my_part, shown.my_part),
                (self.repair, shown.repair),
                (self.how_it_went, shown.how_it_went),
            ):
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            self.feelings.set_feelings(list(shown.feelings))
            self.needs.set_needs(list(shown.needs))
            self.resolved.setChecked(shown.resolved)
        finally:
            self._loading = False
        self._dirty = False
        if entry is None:
            self.heading.setText(self.tr("New repair"))
        else:
            self.heading.setText(
                self.tr("Noted {day}").format(day=f"{_day_text(entry)}, {entry.at:%H:%M}")
            )
        self.delete_button.setEnabled(entry is not None)

    def _draft(self) -> RepairEntry:
        """The entry as it stands on screen (a copy; the loaded entry is not touched)."""
        entry = RepairEntry()
        base = self._entry
        if base is not None:
            entry.id, entry.uid, entry.at = base.id, base.uid, base.at
            entry.starred, entry.tags, entry.updated_at = (
                base.starred,
                list(base.tags),
                base.updated_at,
            )
        entry.what_happened = self.what_happened.toPlainText()
        entry.feelings = self.feelings.feelings()
        entry.needs = self.needs.needs()
        entry.my_part = self.my_part.toPlainText()
        entry.repair = self.repair.toPlainText()
        entry.how_it_went = self.how_it_went.toPlainText()
        entry.resolved = self.resolved.isChecked()
        return entry

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.feedback.clear()
        self.undo_button.hide()

    def is_dirty(self) -> bool:
        return self._dirty

    def current_entry(self) -> RepairEntry | None:
        return self._entry

    # ---- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the entry in the editor; True when it was saved."""
        entry = self._draft()
        if entry.id is None and is_blank_repair(entry):
            self.feedback.setText(
                self.tr("Nothing to save yet: a line about what happened is enough.")
            )
            return False
        try:
            self.bridge.save(entry)
        except SaveFailed as error:
            # Everything stays in the editor: nothing the person wrote is lost.
            self.feedback.setText(str(error))
            return False
        self._entry = entry
        self._dirty = False
        self.heading.setText(
            self.tr("Noted {day}").format(day=f"{_day_text(entry)}, {entry.at:%H:%M}")
        )
        self.delete_button.setEnabled(True)
        self.refresh_list()
        when = entry.updated_at or entry.at
        self.feedback.setText(self.tr("Saved at {time}.").format(time=format_date(when, "time")))
        self.undo_button.hide()
        assert entry.id is not None
        self.saved.emit(entry.id)
        return True

    def _save_quietly(self) -> bool:
        if self._entry is None and is_blank_repair(self._draft()):
            return True
        return self.save()

    def new_entry(self) -> None:
        if self._dirty and not self._save_quietly():
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._load(None)
        self.feedback.clear()
        self.undo_button.hide()
        self.what_happened.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_entry(self) -> None:
        """Move the entry to the trash, with Undo; a new unsaved one is just cleared."""
        entry = self._entry
        if entry is None or entry.id is None:
            self._load(None)
            return
        try:
            self.bridge.trash(entry.id)
        except SaveFailed as error:
            self.feedback.setText(str(error))
            return
        self._trashed_id = entry.id
        self._entry = None
        self._load(None)
        self.refresh_list()
        self.feedback.setText(self.tr("Moved to the trash."))
        self.undo_button.show()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_delete(self) -> None:
        if self._trashed_id is None:
            return
        entry_id, self._trashed_id = self._trashed_id, None
        try:
            self.bridge.restore(entry_id)
        except SaveFailed as error:
            self.feedback.setText(str(error))
            return
        self.undo_button.hide()
        restored = self.workspace.journal.get(entry_id)
        if isinstance(restored, RepairEntry):
            self._load(restored)
            self.refresh_list()
        self.feedback.setText(self.tr("Brought back."))

    # ---- main window hooks and observers ---------------------------------------------------

    def focus_first(self) -> None:
        if self.list.count():
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.what_happened.setFocus(Qt.FocusReason.TabFocusReason)

    def before_close(self) -> None:
        if self._dirty:
            self._save_quietly()

    def _on_entries_changed(self, _ids: object) -> None:
        entry = self._entry
        if entry is not None and entry.id is not None and not self._dirty:
            fresh = self.workspace.journal.get(entry.id)
            if isinstance(fresh, RepairEntry) and not fresh.is_trashed:
                if fresh != entry:
                    self._load(fresh)
            elif fresh is None or fresh.is_trashed:
                self._load(None)
        self.refresh_list()

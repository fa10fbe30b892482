"""The History screen: a calendar, a searchable list of entries, and the entry itself.

It owns finding entries again (full-text search through ``Journal.search`` with
filters by date range, feeling, need, body area, tag and star), showing one in
full (``entry_view``), and acting on it: open or edit, star, move to the trash
with an Undo, and the Trash view (restore, or delete for good after asking).

Typing in the search field (and the date and typed filters) searches on a worker
thread, 200 ms after the last keystroke; each keystroke stops the search still
running (SQLite's statement included, see ``Journal.search``), and a result that
arrives after a newer search was asked for is dropped, never shown. Other changes
(a filter picked from a list, an entry saved or trashed) refresh at once, on the
GUI thread, and make any search in flight stale the same way. A search finds every
matching entry's id (newest first) and reads the first page of them; the list is a
small ``QAbstractListModel`` drawn by a delegate that reads the next page when the
person scrolls near its end (``canFetchMore``/``fetchMore``), so a thirty-year
journal shows as fast as a new one and every entry of it can be reached. The screen
refreshes when the bridge says entries changed; it never polls.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import format_date
from attune_journal.core.markdown_text import ELLIPSIS, summary_line
from attune_journal.core.models import CheckIn, Entry, Note, Quadrant, entry_text
from attune_journal.core.timeutil import today_local
from attune_journal.core.vocab import load_body_regions, load_feelings, load_needs
from attune_journal.core.vocab_terms import shown
from attune_journal.storage.errors import StoreError
from attune_journal.storage.repository import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchCancelled,
    SearchFilters,
    SearchHit,
)
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.entry_view import EntryView, kind_label, search_terms, snippet_html
from attune_journal.ui.navigation import Navigation
from attune_journal.ui.widgets.flow_layout import FlowLayout
from attune_journal.ui.widgets.month_calendar import (
    MonthCalendar,
    open_calendar_popup,
    opens_calendar,
)
from attune_journal.ui.workers import run_in_background
from attune_journal.workspace import Workspace

# Rows read at a time: the first page shows at once however long the journal, and the
# next is read as the person scrolls near the end of the list.
PAGE_SIZE = 100
SEARCH_DELAY_MS = 200
Day = date  # DateField's date() hides the name inside that class

_ROOT = QModelIndex()  # the invisible root of a flat list
EntryRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3
MarkedRole = Qt.ItemDataRole.UserRole + 4  # the snippet line as text, matches between markers


def ask_purge(parent: QWidget, what: str) -> bool:
    """Ask before deleting for good (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("HistoryScreen", "Delete forever?"),
        QCoreApplication.translate(
            "HistoryScreen", "Delete {what} forever? This cannot be undone."
        ).format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def first_line(entry: Entry, limit: int = 140) -> str:
    """The start of an entry's main text on one line, its Markdown marks gone.

    A Markdown heading alone says little ("Morning"), so the text after it joins it; a
    longer text ends at a whole word with "…" (only the start of a long text is read).
    """
    return summary_line(entry_text(entry), limit)


def elide_marked(marked: str, plain: QFontMetrics, bold: QFontMetrics, width: int) -> str:
    """``marked`` (matches between the store's markers, drawn bold) cut to fit ``width``.

    The cut falls after a whole word and ends in "…"; a first word wider than the room
    is cut inside it (there is no better place).
    """
    pieces = [p for p in re.split(f"([{HIGHLIGHT_START}{HIGHLIGHT_END}]|\\s+)", marked) if p]

    def advance(piece: str, inside: bool) -> int:
        return (bold if inside else plain).horizontalAdvance(piece)

    inside, total = False, 0
    for piece in pieces:
        if piece in (HIGHLIGHT_START, HIGHLIGHT_END):
            inside = piece == HIGHLIGHT_START
        else:
            total += advance(piece, inside)
    if total <= width:
        return marked
    room = width - plain.horizontalAdvance(ELLIPSIS) - 2  # 2 px: pieces kern apart
    kept: list[str] = []
    inside, used, words = False, 0, 0
    for piece in pieces:
        if piece in (HIGHLIGHT_START, HIGHLIGHT_END):
            inside = piece == HIGHLIGHT_START
            kept.append(piece)
            continue
        needed = advance(piece, inside)
        if used + needed > room:
            if words == 0 and not piece.isspace():
                metrics = bold if inside else plain
                cut = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, max(room - used, 0))
                kept.append(cut.removesuffix(ELLIPSIS))
            break
        kept.append(piece)
        used += needed
        words += not piece.isspace()
    text = "".join(kept)
    while text and (text[-1].isspace() or text[-1] in (HIGHLIGHT_START, *",;:·—")):
        text = text[:-1]
    return text + ELLIPSIS


def parse_day(text: str, locale: QLocale | None = None) -> date | None:
    """The day a person typed: ``2026-11-01`` (or ``20261101``, ``2026/11/1``), or the
    locale's short form (``01.11.26``, ``11/1/2026``). Empty means any day (None).

    Raises ValueError for anything else.
    """
    text = text.strip()
    if not text:
        return None
    found = re.fullmatch(r"(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})", text)
    if found:
        return date(*(int(part) for part in found.groups()))
    if re.fullmatch(r"\d{8}", text):
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    full_year = re.sub("y+", "yyyy", short)
    for pattern in dict.fromkeys((full_year, short, "d.M.yyyy", "d/M/yyyy")):
        day = locale.toDate(text, pattern)
        if day.isValid():
            year = day.year()
            if "yyyy" not in pattern and str(year) not in text:
                year += 100  # a two-digit year is this century's, not the 1900s
            return date(year, day.month(), day.day())
    raise ValueError(text)


class DateField(QWidget):
    """A day to filter by: typed (``2026-11-01`` or the locale's short form) or picked
    from a calendar pop-up (the button, or Alt+Down / F4). Empty means any day.

    Up and Down step a day (from today when empty). A typed text that is not a date
    shows a gentle hint and counts as "any" until it is one; the field never holds
    the focus hostage.
    """

    changed = Signal()  # the day (or "any") changed
    hint_changed = Signal(str)  # "" when the typed text reads as a date (or is empty)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: date | None = None
        self._hint = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("any"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(name)
        self.edit.setToolTip(
            self.tr("Type a date like 2026-11-01, or pick one (Alt+Down). Empty means any day.")
        )
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("2026-11-01") + 36)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setAccessibleName(self.tr("Pick the {name} from a calendar").format(name=name))
        self.pick.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the field
        self.pick.clicked.connect(self.open_popup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.edit)
        self.popup: MonthCalendar | None = None

    # ---- the value ------------------------------------------------------------------------

    def day(self) -> date | None:
        """The day asked for, or None for any day (also while the text is not a date)."""
        return self._day

    def date(self) -> QDate:
        """The day as a QDate; a null QDate for any day."""
        day = self._day
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, value: QDate | Day | None) -> None:
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        self.edit.setText(value.isoformat() if value else "")

    def text(self) -> str:
        return self.edit.text()

    def hint(self) -> str:
        return self._hint

    def stepUp(self) -> None:
        self._step(1)

    def stepDown(self) -> None:
        self._step(-1)

    def _step(self, days: int) -> None:
        day = self._day
        if day is None:
            self.setDate(today_local())
        else:
            self.setDate(date.fromordinal(day.toordinal() + days))

    def _typed(self, text: str) -> None:
        try:
            day = parse_day(text, self.locale())
        except ValueError:
            day = None  # perhaps half typed: says so only once the person moves on
        else:
            self._set_hint("")
        if day != self._day:
            self._day = day
            self.changed.emit()

    def _finished(self) -> None:
        text = self.edit.text()
        try:
            day = parse_day(text, self.locale())
        except ValueError:
            self._set_hint(
                self.tr(
                    "“{text}” is not a date. Try 2026-11-01, or leave it empty for any day."
                ).format(text=text.strip())
            )
            return
        self._set_hint("")
        if day is not None and text != day.isoformat():
            self.edit.setText(day.isoformat())  # one way of writing it, whatever was typed

    def _set_hint(self, hint: str) -> None:
        if hint != self._hint:
            self._hint = hint
            self.edit.setProperty("invalid", bool(hint))
            self.hint_changed.emit(hint)

    # ---- keys and the pop-up ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if opens_calendar(event):
                self.open_popup()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & ~(
                Qt.KeyboardModifier.KeypadModifier
            ):
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    def open_popup(self) -> None:
        """Show a month calendar under the field; a day clicked or Enter picks it."""
        today = today_local()
        shown = self.date() if self._day else QDate(today.year, today.month, today.day)
        self.popup = open_calendar_popup(self, self.popup, self.edit, shown, self._picked)

    def _picked(self, day: QDate) -> None:
        if self.popup is not None:
            self.popup.close()
        self.setDate(day)
        self._set_hint("")
        self.edit.setFocus()


def row_title(entry: Entry) -> str:
    """Date, time and kind, as the first line of a row."""
    # The year always in four digits (the pattern says yyyy); the hour without a 0.
    moment = entry.at
    when = f"{format_date(moment, 'weekday_day_month_year_short')} · {format_date(moment, 'clock')}"
    star = " ★" if entry.starred else ""
    return f"{when} · {kind_label(entry.kind)}{star}"


def row_lines(entry: Entry, bold: QFontMetrics, width: int) -> tuple[str, str]:
    """A row's first two lines; when the title is wider than the row, its kind moves to
    the start of the second line, so the first is never cut."""
    title, details = row_title(entry), row_details(entry)
    if bold.horizontalAdvance(title) <= width:
        return title, details
    when, _sep, kind = title.rpartition(" · ")
    return when, " · ".join(part for part in (kind, details) if part)


def row_details(entry: Entry) -> str:
    """Feelings and activation, as the second line of a row."""
    parts: list[str] = []
    feelings = getattr(entry, "feelings", [])
    if feelings:
        words = [shown("feeling", f.word_id, f.word) for f in feelings[:4]]
        parts.append(", ".join(words) + ("…" if len(feelings) > 4 else ""))
    activation = getattr(entry, "activation", None)
    if activation is not None:
        parts.append(
            QCoreApplication.translate("HistoryScreen", "activation {value}").format(
                value=activation
            )
        )
    if entry.tags:
        parts.append(" ".join(f"#{tag}" for tag in entry.tags[:4]))
    return " · ".join(parts)


class EntryListModel(QAbstractListModel):
    """The rows of the History list: one search hit (entry plus snippet) each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._ids: list[int] = []  # every row's entry, newest first; _hits the ones read
        self._loader: Callable[[list[int]], list[SearchHit]] | None = None
        self.dark = False

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits``, every one of them already read."""
        self.set_results(Results(_ids_of(hits), hits))

    def set_results(
        self, results: Results, loader: Callable[[list[int]], list[SearchHit]] | None = None
    ) -> None:
        """Show ``results``: its first page now, the rest through ``loader`` as scrolled to."""
        self.beginResetModel()
        self._hits = list(results.hits)
        self._ids = list(results.ids)
        self._loader = loader
        self.endResetModel()

    def total(self) -> int:
        """How many entries the list holds, read or not yet."""
        return max(len(self._ids), len(self._hits))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._loader is not None and self._more()

    def _more(self) -> bool:
        return len(self._hits) < len(self._ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._loader is None:
            return
        start = len(self._hits)
        wanted = self._ids[start : start + PAGE_SIZE]
        if not wanted:
            return
        try:
            found = self._loader(wanted)
        except StoreError:
            self._ids = self._ids[:start]  # nothing more can be read now; the list ends here
            return
        found_ids = [hit.entry.id for hit in found]
        if found_ids != wanted:  # deleted meanwhile: those rows are simply not there
            self._ids[start : start + len(wanted)] = [i for i in found_ids if i is not None]
        if not found:
            return
        self.beginInsertRows(_ROOT, start, start + len(found) - 1)
        self._hits.extend(found)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Read every remaining page (End in the list goes to the oldest entry)."""
        while self.canFetchMore(_ROOT):
            before = len(self._ids)
            self.fetchMore(_ROOT)
            if len(self._ids) == before and not self.canFetchMore(_ROOT):
                break

    def load_row_of(self, entry_id: int | None) -> int:
        """The row of ``entry_id``, reading pages until it is there; -1 if not in the list."""
        if entry_id is None or entry_id not in self._ids:
            return self.row_of(entry_id)
        while self.row_of(entry_id) < 0 and self.canFetchMore(_ROOT):
            self.fetchMore(_ROOT)
        return self.row_of(entry_id)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        entry = hit.entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [row_title(entry), row_details(entry), first_line(entry)]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_title(entry)
        if role == EntryRole:
            return entry
        if role == IdRole:
            return entry.id
        if role == SnippetRole:
            return snippet_html(self._marked(hit), self.dark)
        if role == MarkedRole:
            return self._marked(hit)
        return None

    @staticmethod
    def _marked(hit: SearchHit) -> str:
        # The snippet is a piece of what the person typed: its Markdown marks go too.
        return summary_line(hit.snippet, 400) if hit.snippet else first_line(hit.entry, 400)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def entry_at(self, row: int) -> Entry | None:
        return self._hits[row].entry if 0 <= row < len(self._hits) else None

    def row_of(self, entry_id: int | None) -> int:
        for row, hit in enumerate(self._hits):
            if hit.entry.id == entry_id:
                return row
        return -1

    def entries(self) -> list[Entry]:
        return [hit.entry for hit in self._hits]


class EntryDelegate(QStyledItemDelegate):
    """Three lines per entry: when and what, feelings and activation, the snippet (marked)."""

    PADDING = 8

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 3 * line + 2 * self.PADDING + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        entry = index.data(EntryRole)
        if entry is None:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect: QRect = opt.rect.adjusted(
            self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING
        )
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        painter.save()
        painter.setClipRect(opt.rect)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        bold_metrics = painter.fontMetrics()
        title, details = row_lines(entry, bold_metrics, rect.width())
        title = elide_marked(title, bold_metrics, bold_metrics, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        painter.setFont(opt.font)
        painter.setPen(muted)
        details = elide_marked(details, metrics, metrics, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), 0, details)
        # The snippet's matches are drawn bold and marked: a one-line text document draws
        # it, cut first at a whole word to the row's width (with "…").
        marked = elide_marked(
            index.data(MarkedRole) or "", metrics, QFontMetrics(bold), rect.width()
        )
        html_text = snippet_html(marked, bool(getattr(index.model(), "dark", False)))
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setHtml(f'<span style="white-space:pre;">{html_text}</span>')
        painter.translate(rect.left(), rect.top() + 2 * line)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        context.clip = QRect(0, 0, rect.width(), line + 2).toRectF()
        document.documentLayout().draw(painter, context)
        painter.restore()


@dataclass
class _Undo:
    entry_id: int
    label: str


@dataclass(frozen=True)
class Query:
    """What History searches for: read from the widgets on the GUI thread, then passed on."""

    text: str
    filters: SearchFilters
    trash: bool = False
    only: tuple[int, ...] | None = None  # just these entries (another screen asked for them)


@dataclass
class Results:
    """What a search found: every entry's id, newest first, and the first page read."""

    ids: list[int]
    hits: list[SearchHit]
    text: str = ""  # what was searched for: the later pages' snippets mark it
    paged: bool = False  # True: the rows after the first page are read as scrolled to


def find_hits(journal: Any, query: Query, cancelled: Callable[[], bool] | None = None) -> Results:
    """Every entry ``query`` finds, newest first, with its first page read (any thread).

    The rest are read a page at a time as the list is scrolled (``read_page``).
    """
    if query.trash:
        needle = query.text.casefold().strip()
        trashed = journal.entries(trashed=True)
        hits = [
            SearchHit(entry)
            for entry in trashed
            if not needle or needle in entry_text(entry).casefold()
        ]
        return Results(_ids_of(hits), hits)
    ids = journal.search_ids(query.text, query.filters, cancelled=cancelled)
    if query.only is not None:
        wanted = set(query.only)
        ids = [i for i in ids if i in wanted]
    first = journal.hits(ids[:PAGE_SIZE], query.text, cancelled=cancelled)
    return Results(ids, first, query.text, paged=True)


def _ids_of(hits: list[SearchHit]) -> list[int]:
    return [hit.entry.id for hit in hits if hit.entry.id is not None]


def read_page(journal: Any, text: str) -> Callable[[list[int]], list[SearchHit]]:
    """Reads a page of the entries found for ``text`` (on the GUI thread, as the list scrolls)."""
    return lambda ids: journal.hits(ids, text)


class HistoryScreen(QWidget):
    """Find, read and look after past entries."""

    def __init__(
        self,
        workspace: Workspace,
        bridge: JournalBridge,
        window: Any = None,
        *,
        navigation: Navigation | None = None,
    ) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.bridge = bridge
        self.navigation = navigation
        self.journal = workspace.journal
        self.note_editor: Any = None
        self._undo: _Undo | None = None
        self._trash_mode = False
        self._selected_id: int | None = None
        self._stale = False
        # Exactly these entries, with the caption that says why (``show_entries``).
        self._exact: tuple[tuple[int, ...], str] | None = None
        self.day_quadrants: dict[date, Quadrant] = {}  # main quadrant of the marked days

        self._build_search()
        top = self._build_filters()
        self._build_undo_bar()
        self._build_list()
        actions = self._build_detail()
        self._lay_out(top, actions)
        self._set_tab_order()

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search, context=context)
        QShortcut(QKeySequence("Ctrl+D"), self, self.toggle_star, context=context)
        QShortcut(QKeySequence.StandardKey.Undo, self, self._undo_shortcut, context=context)

        bridge.entries_changed.connect(self._on_entries_changed)
        bridge.settings_changed.connect(self._on_settings_changed)
        self._apply_week_start()
        self._update_mode()
        self.refresh()
        self.mark_calendar()
        self._fit_to_font()

    def _build_search(self) -> None:
        """The search field, and the background search it starts as the person types."""
        self.search = QLineEdit()
        # Short, so the search, "Starred only", "Clear filters" and "Trash" share one row
        # in a small window at a large text size; the tooltip says it in full.
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search your journal (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_in_background)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._search_now)
        # One search at a time off the GUI thread; a newer one waits for the older to stop.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._serial = 0  # the newest search asked for; older results are dropped
        self._cancel = threading.Event()  # set: the search in flight is no longer wanted
        self._focus_list_after = False
        self._shown_serial = 0

    def _build_filters(self) -> FlowLayout:
        """The filters, each label beside its field; returns the top row (search and buttons)."""
        self.trash_toggle = QPushButton(self.tr("Trash"))
        self.trash_toggle.setCheckable(True)
        self.trash_toggle.setToolTip(self.tr("Show entries in the trash"))
        self.trash_toggle.setAccessibleName(self.tr("Show the trash"))
        self.trash_toggle.toggled.connect(self.set_trash_mode)

        self.from_date = self._date_edit(self.tr("From date"))
        self.to_date = self._date_edit(self.tr("To date"))
        self.feeling = self._combo(self.tr("Feeling"), self.tr("any feeling"), editable=True)
        self.need = self._combo(self.tr("Need"), self.tr("any need"), editable=True)
        self.region = self._combo(self.tr("Body area"), self.tr("any body area"))
        self.tag = self._combo(self.tr("Tag"), self.tr("any tag"))
        self.starred_only = QCheckBox(self.tr("Starred only"))
        self.starred_only.setAccessibleName(self.tr("Starred entries only"))
        self.starred_only.toggled.connect(lambda _on: self.refresh())
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setToolTip(self.tr("Show every entry again"))
        self.clear_filters.clicked.connect(self.reset_filters)
        self._fill_vocab_combos()
        self.date_hint = QLabel()
        self.date_hint.setObjectName("hint")
        self.date_hint.setWordWrap(True)
        self.date_hint.setAccessibleName(self.tr("Date hint"))
        self.date_hint.hide()

        # Each label with its field, the pairs in as many columns as the width has room
        # for (three, two or one), so no field is squeezed past its text.
        pair_flow = FlowLayout(spacing=6, uniform=True)
        self.filter_labels: list[QLabel] = []
        pairs = [
            (self.tr("Fro&m"), self.from_date),
            (self.tr("&To"), self.to_date),
            (self.tr("Fee&ling"), self.feeling),
            (self.tr("Nee&d"), self.need),
            (self.tr("&Body"), self.region),
            (self.tr("T&ag"), self.tag),
        ]
        for text, widget in pairs:
            label = QLabel(text)
            label.setBuddy(widget)
            self.filter_labels.append(label)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(widget, 1)
            pair_flow.addWidget(pair)
        self.filter_box = QWidget()
        filters = QVBoxLayout(self.filter_box)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(4)
        filters.addLayout(pair_flow)
        filters.addWidget(self.date_hint)

        # The search box takes the row's spare width; the buttons go to a second row
        # when the window is too narrow for them beside it.
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top = FlowLayout(spacing=6)
        top.addWidget(self.search)
        top.addWidget(self.starred_only)
        top.addWidget(self.clear_filters)
        top.addWidget(self.trash_toggle)

        return top

    def _build_undo_bar(self) -> None:
        """The banner that offers to bring back what was just moved to the trash."""
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("banner")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(12, 4, 6, 4)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring it back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_close = QPushButton("✕")
        undo_close.setFlat(True)
        undo_close.setAccessibleName(self.tr("Dismiss"))
        undo_close.clicked.connect(self.undo_bar.hide)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addWidget(undo_close)
        self.undo_bar.hide()

    def _build_list(self) -> None:
        """The month calendar and the list of entries with its count."""
        self.calendar = MonthCalendar()
        self.calendar.setAccessibleName(self.tr("Calendar: days with entries are bold"))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(False)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.mark_calendar())
        self.calendar.clicked.connect(self.show_day)
        self.calendar.activated.connect(self.show_day)

        self.model = EntryListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setAccessibleName(self.tr("Entries"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(lambda _index: self.open_selected())
        self.list.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        # Wrapped within the list's width, never widening it: in a small window the
        # hints ("Nothing matches. Try fewer words…") are longer than the list is wide.
        self.count_label.setWordWrap(True)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def _build_detail(self) -> FlowLayout:
        """The chosen entry and what can be done with it; returns the row of action buttons."""
        self.detail = EntryView()
        self.detail.installEventFilter(self)
        self.open_button = QPushButton(self.tr("Edit"))
        self.open_button.setToolTip(self.tr("Open to edit (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.star_button = QPushButton(self.tr("Star"))
        self.star_button.setToolTip(self.tr("Star or unstar (Ctrl+D, or S in the list)"))
        self.star_button.clicked.connect(self.toggle_star)
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.delete_button.setToolTip(self.tr("Move to the trash; you can undo (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Bring back from the trash (Enter)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete forever"))
        self.purge_button.setToolTip(self.tr("Delete for good, after asking (Delete)"))
        self.purge_button.clicked.connect(self.purge_selected)
        actions = FlowLayout(spacing=6)  # wraps onto a second row in a narrow window
        for button in (
            self.open_button,
            self.star_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        ):
            actions.addWidget(button)

        return actions

    def _lay_out(self, top: FlowLayout, actions: FlowLayout) -> None:
        """Calendar and list on the left, the entry on the right, filters above."""
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(self.calendar)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.count_label)
        left.addWidget(list_box)
        left.setStretchFactor(1, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 560])

        self.mode_label = QLabel()
        self.mode_label.setObjectName("caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

    def _set_tab_order(self) -> None:
        """Keyboard-first: search, then filters, calendar, the list, the entry, the actions."""
        order: list[QWidget] = [
            self.search,
            self.starred_only,
            self.clear_filters,
            self.trash_toggle,
            self.from_date.edit,
            self.to_date.edit,
            self.feeling,
            self.need,
            self.region,
            self.tag,
            self.calendar,
            self.list,
            self.detail,
            self.open_button,
            self.star_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        """Widths measured from the text size in use, so a larger text size widens them."""
        metrics = self.fontMetrics()
        # Room for the frame, padding and margins, and a line's height for each of the
        # clear button and a list's arrow beside the text.
        side = 24
        button = metrics.height()
        self.search.setMinimumWidth(
            metrics.horizontalAdvance(self.search.placeholderText()) + button + side
        )
        for combo in (self.feeling, self.need, self.region, self.tag):
            any_text = str(combo.property("any_text"))
            buttons = 2 * button if combo.isEditable() else button
            combo.setMinimumWidth(metrics.horizontalAdvance(any_text) + buttons + side)
        widest = max(
            metrics.horizontalAdvance(label.text().replace("&", "")) for label in self.filter_labels
        )
        for label in self.filter_labels:
            label.setMinimumWidth(widest + 4)

    # ---- building filters ---------------------------------------------------------------

    def _date_edit(self, name: str) -> DateField:
        field = DateField(name)
        field.changed.connect(self._date_changed)
        field.hint_changed.connect(lambda _hint: self._show_date_hint())
        return field

    def _date_changed(self) -> None:
        self._supersede()
        self._search_timer.start()

    def _show_date_hint(self) -> None:
        hints = [f.hint() for f in (self.from_date, self.to_date) if f.hint()]
        self.date_hint.setText(" ".join(hints))
        self.date_hint.setVisible(bool(hints))

    def _combo(self, name: str, any_text: str, editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setEditable(editable)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if editable:
            line = combo.lineEdit()
            assert line is not None
            line.setPlaceholderText(any_text)
            line.setClearButtonEnabled(True)
            combo.editTextChanged.connect(lambda _text: self._search_timer.start())
        else:
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        combo.setProperty("any_text", any_text)
        return combo

    def _fill_vocab_combos(self) -> None:
        own_feelings = [w.word for w in self.workspace.own_feeling_words()]
        feelings = sorted({*own_feelings, *(w.word for w in load_feelings())}, key=str.casefold)
        self._set_items(self.feeling, [(w, w) for w in feelings])
        own_needs = [name for name, _ in self.journal.own_items("need")]
        needs = sorted(
            {*own_needs, *(n for cat in load_needs() for n in cat.needs)}, key=str.casefold
        )
        self._set_items(self.need, [(n, n) for n in needs])
        self._set_items(self.region, [(r.label, r.id) for r in load_body_regions()])
        self._fill_tags()

    def _fill_tags(self) -> None:
        try:
            tags = self.journal.tags()
        except StoreError:
            tags = []
        self._set_items(self.tag, [(f"#{t}", t) for t in tags])

    def _set_items(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace a combo's items, keeping what was chosen or typed."""
        current = self._combo_value(combo)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("" if combo.isEditable() else combo.property("any_text"), "")
        for text, value in items:
            combo.addItem(text, value)
        if combo.isEditable():
            combo.setCurrentIndex(0)
            combo.setEditText(current or "")
        else:
            found = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    @staticmethod
    def _combo_value(combo: QComboBox) -> str | None:
        if combo.isEditable():
            text = combo.currentText().strip()
            return text or None
        value = combo.currentData()
        return str(value) if value else None

    def filters(self) -> SearchFilters:
        """What the filter widgets ask for now."""
        start, end = self.from_date.day(), self.to_date.day()
        if start and end and start > end:
            start, end = end, start  # a reversed range still means the days between
        return SearchFilters(
            start=start,
            end=end,
            feeling=self._combo_value(self.feeling),
            need=self._combo_value(self.need),
            region=self._combo_value(self.region),
            tag=self._combo_value(self.tag),
            starred=self.starred_only.isChecked(),
        )

    def reset_filters(self) -> None:
        for widget in (self.from_date, self.to_date):
            widget.blockSignals(True)
            widget.setDate(None)
            widget.blockSignals(False)
        self._show_date_hint()
        for combo in (self.feeling, self.need, self.region, self.tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            if combo.isEditable():
                combo.setEditText("")
            combo.blockSignals(False)
        self.starred_only.blockSignals(True)
        self.starred_only.setChecked(False)
        self.starred_only.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._exact = None  # the way back from ``show_entries``: every entry again
        self.refresh()

    # ---- showing ------------------------------------------------------------------------

    def focus_first(self) -> None:
        self.search.setFocus()

    def before_close(self) -> None:
        # A search still waiting on its debounce, or running, must not outlive the store.
        self._search_timer.stop()
        self._supersede()
        self._pool.waitForDone(10_000)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _typed(self, _text: str) -> None:
        # The search running for the previous text is of no use now: stop it at once.
        self._supersede()
        self._search_timer.start()

    def _search_now(self) -> None:
        self._focus_list_after = True
        self.search_in_background()

    def query(self) -> Query:
        """What the search field and filters say now."""
        if self._exact is not None and (
            self._trash_mode or self.search.text().strip() or self._filters_active()
        ):
            self._exact = None  # a search or a filter of the person's own: every entry again
        only = self._exact[0] if self._exact is not None else None
        return Query(self.search.text(), self.filters(), self._trash_mode, only)

    def run_query(self) -> Results:
        """What the search field and filters find now (on this thread), first page read."""
        return find_hits(self.journal, self.query())

    def _supersede(self) -> threading.Event:
        """Make the search in flight stale (and stop it); returns the next one's flag."""
        self._serial += 1
        self._cancel.set()
        self._cancel = threading.Event()
        return self._cancel

    @property
    def searching(self) -> bool:
        """True while a search asked for is waiting or running (tests wait on it)."""
        return self._search_timer.isActive() or self._serial != self._shown_serial

    def search_in_background(self) -> None:
        """Search on the worker thread; the result shows if no newer one was asked for."""
        self._search_timer.stop()
        cancel = self._supersede()
        serial = self._serial
        journal, query = self.journal, self.query()
        run_in_background(
            lambda: find_hits(journal, query, cancel.is_set),
            lambda results: self._arrived(serial, results),
            lambda error: self._search_failed(serial, error),
            self,
            self._pool,
        )

    def _arrived(self, serial: int, results: Results | list[SearchHit]) -> None:
        if serial != self._serial:
            return  # a newer search was asked for meanwhile: this result is stale
        self._show_hits(results)
        if self._focus_list_after and self.model.rowCount():
            self.list.setFocus()
        self._focus_list_after = False

    def _search_failed(self, serial: int, error: BaseException) -> None:
        if isinstance(error, SearchCancelled) or serial != self._serial:
            return
        self._focus_list_after = False
        if not isinstance(error, StoreError):
            raise error  # a fault of ours: the application's handler reports it
        self._shown_serial = serial
        self.count_label.setText(str(error))

    def refresh(self) -> None:
        """Run the search again and show the results, keeping the selected entry if it is there.

        Here, on the GUI thread: after a change a person expects to see at once (a
        filter chosen, an entry saved). Any search in flight becomes stale.
        """
        self._search_timer.stop()
        self._supersede()
        try:
            results = self.run_query()
        except StoreError as error:
            self._shown_serial = self._serial
            self.count_label.setText(str(error))
            return
        self._show_hits(results)

    def _show_hits(self, results: Results | list[SearchHit]) -> None:
        self._shown_serial = self._serial
        keep = self._selected_id
        from attune_journal.ui.theme import is_dark

        if not isinstance(results, Results):  # every hit read already
            results = Results(_ids_of(results), results)
        self.model.dark = is_dark()
        loader = read_page(self.journal, results.text) if results.paged else None
        self.model.set_results(results, loader)
        count = self.model.total()
        if self._trash_mode:
            text = self.tr("%Ln entries in the trash", "", count)
        elif count == 0 and (self.search.text().strip() or self._filters_active()):
            text = self.tr("Nothing matches. Try fewer words or clear the filters.")
        elif count == 0:
            text = self.tr("No entries yet. What you write will appear here.")
        else:
            text = self._entries_text(count)
        self.count_label.setText(text)
        if self._exact is not None:
            self.mode_label.setText(
                self.tr("Entries behind: {title}. Clear filters to see every entry again.").format(
                    title=self._exact[1]
                )
            )
            self.mode_label.setVisible(True)
        elif not self._trash_mode and self.mode_label.isVisible():
            self._update_mode()
        row = self.model.load_row_of(keep)
        self._select_row(row if row >= 0 else 0)

    def _entries_text(self, count: int) -> str:
        return self.tr("%Ln entries", "", count)  # "1 entry", "1,234 entries"

    def _filters_active(self) -> bool:
        f = self.filters()
        return any((f.start, f.end, f.feeling, f.need, f.region, f.tag, f.starred))

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self._selected_id = None
            self._show_detail(None)
            return
        row = min(max(row, 0), self.model.rowCount() - 1)
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        self._current_changed(index, QModelIndex())

    def _current_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        self._selected_id = entry.id if entry is not None else None
        self._show_detail(entry)

    def _show_detail(self, entry: Entry | None) -> None:
        if entry is None:
            if self._trash_mode:
                self.detail.show_message(self.tr("The trash is empty."))
            else:
                self.detail.show_message(self.tr("Choose an entry to read it here."))
        else:
            settings = self.workspace.settings
            self.detail.show_entry(
                entry,
                [] if self._trash_mode else search_terms(self.search.text()),
                (settings.window_low, settings.window_high),
                self.workspace.own_prompts(),
            )
            if not self._trash_mode and entry.day:
                # Follow the entry on the calendar (a new month re-marks through the signal).
                self.calendar.setSelectedDate(QDate(entry.day.year, entry.day.month, entry.day.day))
        self._update_buttons(entry)

    def _update_buttons(self, entry: Entry | None) -> None:
        has = entry is not None
        trash = self._trash_mode
        self.open_button.setVisible(not trash and self.can_edit(entry))
        self.star_button.setVisible(not trash)
        self.delete_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.purge_button.setVisible(trash)
        for button in (
            self.open_button,
            self.star_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        ):
            button.setEnabled(has)
        if entry is not None:
            self.star_button.setText(self.tr("Unstar") if entry.starred else self.tr("Star"))

    def selected_entry(self) -> Entry | None:
        index = self.list.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def mark_calendar(self) -> None:
        """Bold the days of the shown month (and its edges) that hold entries."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1)
        start = date.fromordinal(first.toordinal() - 7)
        end = date.fromordinal(date(year + month // 12, month % 12 + 1, 1).toordinal() + 13)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        try:
            days = self.journal.days_with_entries(start, end)
        except StoreError:
            return
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        marked.setForeground(self.palette().color(QPalette.ColorRole.Link))
        for day, count in days.items():
            fmt = QTextCharFormat(marked)
            fmt.setToolTip(self._entries_text(count))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        self.marked_days = set(days)
        # Each day's colour from the year calendar: worked out off the GUI thread (it
        # reads the span's columns with numpy), then laid over the marks.
        shown = (year, month)
        run_in_background(
            lambda: self._day_quadrants(start, end),
            lambda moods: self._colour_days(shown, days, moods),
            lambda _error: None,  # the days keep their plain marks
            self,
        )

    def _colour_days(
        self, shown: tuple[int, int], days: dict[date, int], moods: dict[date, Quadrant]
    ) -> None:
        """Underline each marked day in its main quadrant's colour; the tooltip says it."""
        if shown != (self.calendar.yearShown(), self.calendar.monthShown()):
            return  # the person has moved to another month meanwhile
        from attune_journal.ui.charts import quadrant_colours
        from attune_journal.ui.widgets.year_calendar import quadrant_phrases

        colours, phrases = quadrant_colours(), quadrant_phrases()
        for day, quadrant in moods.items():
            if day not in days:
                continue
            when = QDate(day.year, day.month, day.day)
            fmt = self.calendar.dateTextFormat(when)
            # The underline takes the day's colour on the year calendar in Trends; the
            # words say the same for anyone who cannot tell the colours apart.
            fmt.setUnderlineColor(QColor(colours[quadrant]))
            feeling = self.tr("mostly {feeling}").format(feeling=self.tr(phrases[quadrant]))
            fmt.setToolTip(f"{self._entries_text(days[day])} · {feeling}")
            self.calendar.setDateTextFormat(when, fmt)
        self.day_quadrants = moods

    def _day_quadrants(self, start: date, end: date) -> dict[date, Quadrant]:
        """Each day's main quadrant from ``start`` to ``end``, as the year calendar has it."""
        from attune_journal.core import trend_columns
        from attune_journal.core.stats import Window
        from attune_journal.core.year import year_in_feelings

        settings = self.workspace.settings
        window = Window(settings.window_low, settings.window_high)
        try:
            columns = trend_columns.columns_from_text(self.journal.trend_text(start, end))
        except StoreError:
            return {}
        found: dict[date, Quadrant] = {}
        today = today_local()
        for year in range(start.year, end.year + 1):
            data = year_in_feelings(columns, window, year, today)
            day = max(start, date(year, 1, 1))
            while day <= min(end, date(year, 12, 31)):
                quadrant = data.on(day).dominant
                if quadrant is not None:
                    found[day] = quadrant
                day += timedelta(days=1)
        return found

    def show_entries_of(self, day: date, entry_id: int | None = None) -> None:
        """Another screen asks for one day: every other filter and the search cleared, that
        day's entries listed, ``entry_id`` chosen among them."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reset_filters()
        self.show_day(QDate(day.year, day.month, day.day))
        if entry_id is not None:
            row = self.model.load_row_of(entry_id)
            if row >= 0:
                self._select_row(row)

    def show_entries(self, entry_ids: list[int], title: str) -> None:
        """Another screen asks for exactly ``entry_ids`` (those still in the journal,
        newest first), captioned "Entries behind: ``title``". Searching, a filter or
        "Clear filters" goes back to every entry."""
        if self._trash_mode:
            self.trash_toggle.blockSignals(True)
            self.trash_toggle.setChecked(False)
            self.trash_toggle.blockSignals(False)
            self._trash_mode = False
            self._update_mode()
        self.reset_filters()  # clears the search too, and any earlier exact listing
        self.mode_label.setWordWrap(True)
        self._exact = (tuple(entry_ids), title)
        self._selected_id = None
        self.refresh()
        if self.model.rowCount():
            self.list.setFocus()

    def show_day(self, day: QDate) -> None:
        """A day chosen on the calendar: show only that day's entries."""
        if self._trash_mode:
            self.trash_toggle.setChecked(False)
        for edit in (self.from_date, self.to_date):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self._show_date_hint()
        self.refresh()

    def _apply_week_start(self) -> None:
        days = [
            Qt.DayOfWeek.Monday,
            Qt.DayOfWeek.Tuesday,
            Qt.DayOfWeek.Wednesday,
            Qt.DayOfWeek.Thursday,
            Qt.DayOfWeek.Friday,
            Qt.DayOfWeek.Saturday,
            Qt.DayOfWeek.Sunday,
        ]
        first = days[self.workspace.settings.week_start % 7]
        self.calendar.setFirstDayOfWeek(first)
        self.setProperty("first_day_of_week", first)

    def _on_settings_changed(self) -> None:
        self._apply_week_start()
        self._fill_vocab_combos()
        self._refresh_when_seen()

    def _on_entries_changed(self, _ids: object) -> None:
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        # Saving on another screen should not pay for re-reading a list nobody sees:
        # a hidden History only notes that it is stale and catches up when shown.
        if self.isVisible():
            self._catch_up()
        else:
            self._stale = True

    def _catch_up(self) -> None:
        self._stale = False
        self._fill_tags()
        self.refresh()
        self.mark_calendar()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._catch_up()

    # ---- trash mode ---------------------------------------------------------------------

    def set_trash_mode(self, on: bool) -> None:
        if self.trash_toggle.isChecked() != on:
            self.trash_toggle.setChecked(on)  # calls back here through toggled
            return
        self._trash_mode = on
        self._selected_id = None
        self._update_mode()
        self.refresh()

    def _update_mode(self) -> None:
        on = self._trash_mode
        self.filter_box.setEnabled(not on)
        self.starred_only.setEnabled(not on)
        self.clear_filters.setEnabled(not on)
        self.calendar.setEnabled(not on)
        self.mode_label.setVisible(on)
        self.mode_label.setText(
            self.tr("In the trash: restore what you want to keep, or delete it for good.")
        )
        self.trash_toggle.setText(self.tr("Back to entries") if on else self.tr("Trash"))

    # ---- actions ------------------------------------------------------------------------

    def can_edit(self, entry: Entry | None) -> bool:
        """Notes edit here; check-ins in the check-in screen, when the app has one."""
        if isinstance(entry, Note):
            return True
        if isinstance(entry, CheckIn):
            return self.navigation is not None and self.navigation.offers_screen("checkin")
        return False

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if self._trash_mode:
            self.restore_selected()
            return
        if isinstance(entry, Note):
            from attune_journal.ui.note_editor import NoteEditor

            self.note_editor = NoteEditor(entry, self.bridge, self)
            self.note_editor.accepted.connect(self._note_saved)
            self.note_editor.open()
        elif isinstance(entry, CheckIn) and self.navigation is not None and self.can_edit(entry):
            self.navigation.show_checkin().load_entry(entry)
        else:
            self.detail.setFocus()

    def _note_saved(self) -> None:
        self._say(self.tr("Your note was saved."))

    def toggle_star(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._trash_mode:
            return
        fresh = self.journal.get(entry.id) if entry.id is not None else None
        if fresh is None:
            return
        fresh.starred = not fresh.starred
        try:
            self.bridge.save(fresh)
        except SaveFailed as error:
            self._say(str(error))
            return
        self._say(self.tr("Starred.") if fresh.starred else self.tr("Star removed."))

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.id is None or self._trash_mode:
            return
        row = self.list.currentIndex().row()
        try:
            self.bridge.trash(entry.id)
        except SaveFailed as error:
            self._say(str(error))
            return
        label = row_title(entry)
        self._undo = _Undo(entry.id, label)
        self.undo_label.setText(
            self.tr(
                "Moved to the trash: {entry}. It stays there until you delete it for good."
            ).format(entry=label)
        )
        self.undo_bar.show()
        self._say(self.tr("Moved to the trash. Ctrl+Z brings it back."))
        self._select_row(row)

    def _undo_shortcut(self) -> None:
        if self._undo is not None:
            self.undo_delete()

    def undo_delete(self) -> None:
        undo = self._undo
        if undo is None:
            return
        try:
            self.bridge.restore(undo.entry_id)
        except SaveFailed as error:
            self._say(str(error))
            return
        self._undo = None
        self.undo_bar.hide()
        self._selected_id = undo.entry_id
        self.refresh()
        self._say(self.tr("Brought back: {entry}.").format(entry=undo.label))

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.id is None or not self._trash_mode:
            return
        row = self.list.currentIndex().row()
        try:
            self.bridge.restore(entry.id)
        except SaveFailed as error:
            self._say(str(error))
            return
        self._say(self.tr("Restored: {entry}.").format(entry=row_title(entry)))
        self._select_row(row)

    def purge_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.id is None or not self._trash_mode:
            return
        if not ask_purge(self, row_title(entry)):
            return
        row = self.list.currentIndex().row()
        try:
            self.bridge.purge(entry.id)
        except SaveFailed as error:
            self._say(str(error))
            return
        self._say(self.tr("Deleted for good."))
        self._select_row(row)

    def _say(self, text: str) -> None:
        self.last_message = text
        if self.navigation is not None:
            self.navigation.show_message(text)

    # ---- keys in the list and the entry -------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if key == Qt.Key.Key_Delete and plain:
                if self._trash_mode:
                    self.purge_selected()
                else:
                    self.delete_selected()
                return True
            if key == Qt.Key.Key_S and plain and watched is self.list:
                self.toggle_star()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and watched is self.list:
                self.open_selected()
                return True
            end = key == Qt.Key.Key_End and (plain or mods == Qt.KeyboardModifier.ControlModifier)
            if end and watched is self.list:
                # The end of the list is the journal's oldest entry, not the last page read.
                self.model.fetch_all()
                self._select_row(self.model.rowCount() - 1)
                return True
        return super().eventFilter(watched, event)

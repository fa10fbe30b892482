"""The needs picker: which needs are alive, each met or not met, grouped by category.

Owns ``NeedsPicker``: a filter field above a tree of the shipped need categories
(resources/needs.json) plus a "Your own" group for the person's own needs. A
chosen need shows a two-state toggle, "met" / "not met", starting at "not met"
(NVC pairs unpleasant feelings with unmet needs, the more common reason to name one).

Keyboard: arrows move between needs (the group headings are read out but are not
stops), Space chooses, M toggles met; typing in the filter narrows the tree and Enter
chooses the first match, or adds the text as an own need when nothing matches. The
tree is a ``QTreeWidget`` (``HeadedTree``): no custom model to keep honest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.models import MAX_WORD_CHARS, NeedState, clean_word
from attune_journal.core.vocab import load_needs
from attune_journal.core.vocab_terms import shown, term_id

OWN_GROUP = "own"
_MET_ROLE = Qt.ItemDataRole.UserRole + 1


class VisibleCheckDelegate(QStyledItemDelegate):
    """Draws a ring round each item's check box.

    Fusion outlines an empty check box in a shade of the window colour, which all but
    vanishes on a dark base; a ring in the text colour keeps every box findable.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if index.data(Qt.ItemDataRole.CheckStateRole) is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        ring = QColor(opt.palette.color(QPalette.ColorRole.Text))
        ring.setAlpha(130)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ring, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 2.5, 2.5)
        painter.restore()


def _choosable(index: QModelIndex | QPersistentModelIndex) -> bool:
    return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)


class HeadedTree(QTreeWidget):
    """A tree of group headings over choosable items, where the keys stop only on items.

    Headings are items without ``ItemIsSelectable``. Up, Down, Page Up/Down, Home, End
    and typing a name all land on the nearest item instead of a heading; Left and Right
    never climb to a heading. Headings stay in the tree, so screen readers still meet
    them (each says it is a group heading).
    """

    _UPWARD = (
        QAbstractItemView.CursorAction.MoveUp,
        QAbstractItemView.CursorAction.MovePrevious,
        QAbstractItemView.CursorAction.MovePageUp,
        QAbstractItemView.CursorAction.MoveEnd,
    )
    _SIDEWAYS = (
        QAbstractItemView.CursorAction.MoveLeft,
        QAbstractItemView.CursorAction.MoveRight,
    )

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        target = super().moveCursor(cursorAction, modifiers)
        if not target.isValid() or _choosable(target):
            return target
        if cursorAction in self._SIDEWAYS:
            return current if _choosable(current) else self._nearest(target, upward=False)
        return self._nearest(target, upward=cursorAction in self._UPWARD, fallback=current)

    def _nearest(
        self, start: QModelIndex, upward: bool, fallback: QModelIndex | None = None
    ) -> QModelIndex:
        """The first choosable row from ``start`` (which is a heading), looking one way
        and then the other; ``fallback`` (or nothing) when the tree has no items."""
        for step in (upward, not upward):
            index = start
            while index.isValid():
                index = self.indexAbove(index) if step else self.indexBelow(index)
                if _choosable(index):
                    return index
        return fallback if fallback is not None else QModelIndex()

    def keyboardSearch(self, search: str) -> None:
        # Typing a name that starts like a heading goes to the heading's first item.
        super().keyboardSearch(search)
        current = self.currentIndex()
        if current.isValid() and not _choosable(current):
            index = self._nearest(current, upward=False)
            if index.isValid():
                self.setCurrentIndex(index)

    @staticmethod
    def mark_heading(item: QTreeWidgetItem, heading_word: str) -> None:
        """Make ``item`` a heading: readable, not choosable, not a key stop."""
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFirstColumnSpanned(True)
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, heading_word)


class NeedsPicker(QWidget):
    """Choose the needs that are alive and mark each met or not met.

    ``changed`` is emitted for the person's edits; ``set_needs`` restores silently.
    """

    changed = Signal()

    def __init__(self, extra_needs: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # need (as displayed) -> met, in the order the person chose them.
        self._chosen: dict[str, bool] = {}
        self._filling = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a need, or type your own"))
        self.filter_edit.setAccessibleName(self.tr("Find a need"))
        self.filter_edit.setAccessibleDescription(
            self.tr(
                "Typing narrows the list. Enter chooses the first match, or adds what you "
                "typed as your own need. Down moves into the list."
            )
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(MAX_WORD_CHARS)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.returnPressed.connect(self._choose_from_filter)
        self.filter_edit.installEventFilter(self)

        self.tree = HeadedTree()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Need"), self.tr("Met?")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Needs"))
        self.tree.setAccessibleDescription(
            self.tr("Space chooses a need; M switches it between met and not met.")
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setItemDelegate(VisibleCheckDelegate(self.tree))
        self.tree.installEventFilter(self)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemClicked.connect(self._on_item_clicked)

        self.hint = QLabel(self.tr("Space chooses · M: met or not met"))
        self.hint.setObjectName("hint")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)

        self._groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for category in load_needs():
            group = self._add_group(category.id, self.tr(category.label), bold)
            for need in category.needs:
                self._add_need_item(group, need)
        self._own_group = self._add_group(OWN_GROUP, self.tr("Your own"), bold)
        for need in extra_needs:
            if clean_word(need) and self._find_item(need) is None:
                self._add_need_item(self._own_group, clean_word(need))
        self._own_group.setHidden(self._own_group.childCount() == 0)
        first = self._groups[load_needs()[0].id].child(0) if load_needs() else None
        if first is not None:
            self.tree.setCurrentItem(first)
        self.setAccessibleName(self.tr("Needs"))
        self._refresh()

    # ---- API -----------------------------------------------------------------------------

    def needs(self) -> list[NeedState]:
        """The chosen needs as shown, each with its vocabulary id (None for own needs)."""
        return [NeedState(need, met, term_id("need", need)) for need, met in self._chosen.items()]

    def set_needs(self, needs: list[NeedState]) -> None:
        self._filling = True
        self._chosen = {}
        for state in needs:
            # A vocabulary need in the language shown, an own need as written.
            name = clean_word(shown("need", state.need_id, state.need))
            if not name or self._key_in_chosen(name) is not None:
                continue
            item = self._find_item(name)
            if item is None:
                item = self._add_need_item(self._own_group, name)
            self._chosen[item.text(0)] = bool(state.met)
        self._sync_items()
        self._filling = False
        self._refresh()

    def choose(self, need: str, chosen: bool = True) -> None:
        """Choose (or un-choose) a need as Space would; an unknown name becomes an own need."""
        name = clean_word(need)
        if not name:
            return
        item = self._find_item(name)
        if item is None:
            if not chosen:
                return
            item = self._add_need_item(self._own_group, name)
        item.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def set_met(self, need: str, met: bool) -> None:
        key = self._key_in_chosen(need)
        if key is None:
            raise ValueError(f"{need!r} is not chosen")
        if self._chosen[key] != met:
            self._chosen[key] = met
            self._sync_items()
            self._refresh()
            self.changed.emit()

    def item_for(self, need: str) -> QTreeWidgetItem | None:
        return self._find_item(need)

    def focus_first(self) -> None:
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    # ---- internals -----------------------------------------------------------------------

    def _add_group(self, group_id: str, label: str, font: QFont) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [label])
        group.setFont(0, font)
        HeadedTree.mark_heading(group, self.tr("Group heading"))
        group.setData(0, Qt.ItemDataRole.UserRole, group_id)
        group.setExpanded(True)
        self._groups[group_id] = group
        return group

    def _add_need_item(self, group: QTreeWidgetItem, need: str) -> QTreeWidgetItem:
        was_filling = self._filling
        self._filling = True
        item = QTreeWidgetItem(group, [need, ""])
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, need)
        group.setHidden(False)
        self._filling = was_filling
        return item

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = []
        for group in self._groups.values():
            for index in range(group.childCount()):
                child = group.child(index)
                if child is not None:
                    items.append(child)
        return items

    def _find_item(self, need: str) -> QTreeWidgetItem | None:
        key = clean_word(need).casefold()
        return next((item for item in self._all_items() if item.text(0).casefold() == key), None)

    def _key_in_chosen(self, need: str) -> str | None:
        key = clean_word(need).casefold()
        return next((name for name in self._chosen if name.casefold() == key), None)

    def _sync_items(self) -> None:
        """Make every item's check mark and met column match ``_chosen``."""
        was_filling = self._filling
        self._filling = True
        met_colour = QColor("#3d7a55")
        unmet_colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 128:
            met_colour = QColor("#9ad3ac")
        for item in self._all_items():
            key = self._key_in_chosen(item.text(0))
            item.setCheckState(0, Qt.CheckState.Checked if key else Qt.CheckState.Unchecked)
            if key is None:
                item.setText(1, "")
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, item.text(0))
                continue
            met = self._chosen[key]
            item.setText(1, self.tr("✓ met") if met else self.tr("○ not met"))
            item.setForeground(1, met_colour if met else unmet_colour)
            item.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{need}, chosen, {state}").format(
                    need=item.text(0), state=self.tr("met") if met else self.tr("not met")
                ),
            )
        self._filling = was_filling

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.parent() is None:
            return
        key = self._key_in_chosen(item.text(0))
        if item.checkState(0) == Qt.CheckState.Checked and key is None:
            self._chosen[item.text(0)] = False  # DOMAIN: a chosen need starts "not met"
        elif item.checkState(0) != Qt.CheckState.Checked and key is not None:
            del self._chosen[key]
        else:
            return
        self._sync_items()
        self._refresh()
        self.changed.emit()

    def _on_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1 and item.parent() is not None and self._key_in_chosen(item.text(0)):
            self._toggle_met(item)

    def _toggle_met(self, item: QTreeWidgetItem) -> None:
        key = self._key_in_chosen(item.text(0))
        if key is not None:
            self.set_met(key, not self._chosen[key])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.tree:
                item = self.tree.currentItem()
                if item is not None and item.parent() is not None:
                    if event.key() == Qt.Key.Key_Space:
                        checked = item.checkState(0) == Qt.CheckState.Checked
                        item.setCheckState(
                            0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                        )
                        return True
                    if event.key() == Qt.Key.Key_M:
                        self._toggle_met(item)
                        return True
            elif watched is self.filter_edit and event.key() == Qt.Key.Key_Down:
                self._focus_first_visible()
                return True
        return super().eventFilter(watched, event)

    def _visible_needs(self) -> list[QTreeWidgetItem]:
        # A need is hidden by the filter on itself; its group is hidden when all of it is.
        return [item for item in self._all_items() if not item.isHidden()]

    def _focus_first_visible(self) -> None:
        visible = self._visible_needs()
        if visible:
            self.tree.setCurrentItem(visible[0])
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_filter(self, text: str) -> None:
        needle = clean_word(text).casefold()
        for group in self._groups.values():
            shown = 0
            for index in range(group.childCount()):
                child = group.child(index)
                if child is None:
                    continue
                match = not needle or needle in child.text(0).casefold()
                child.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)

    def _choose_from_filter(self) -> None:
        name = clean_word(self.filter_edit.text())
        if not name:
            return
        exact = self._find_item(name)
        visible = self._visible_needs()
        target = exact or (visible[0] if visible else None)
        if target is None:
            target = self._add_need_item(self._own_group, name)
        if not self._key_in_chosen(target.text(0)):
            target.setCheckState(0, Qt.CheckState.Checked)
        self.filter_edit.clear()
        self.tree.setCurrentItem(target)
        self.tree.scrollToItem(target)

    def _refresh(self) -> None:
        if not self._chosen:
            text = self.tr("No needs chosen yet; skipping is fine.")
        else:
            text = self.tr("Chosen: {list}").format(
                list=", ".join(
                    f"{need} ({self.tr('met') if met else self.tr('not met')})"
                    for need, met in self._chosen.items()
                )
            )
        self.summary.setText(text)
        self.setAccessibleDescription(text)

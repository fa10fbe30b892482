"""A row of widgets that wraps onto more rows when the room is too narrow for them
(History's filters and buttons, the Week screen's controls)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto more rows when the room is too narrow for them.

    Each widget keeps at least its size hint's width (so its text is never cut) and
    rows share any width left over among the widgets that ask to expand. With
    ``uniform`` every widget gets the same width, the widest one's, so the rows line
    up as a grid whose number of columns follows the room.
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, uniform: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._uniform = uniform
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell(self) -> int:
        # A grid's columns are as narrow as the widest pair allows (its text whole).
        return max((item.minimumSize().width() for item in self._shown()), default=0)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        margins = self.contentsMargins()
        widths = [self._cell() if self._uniform else i.sizeHint().width() for i in shown]
        width = sum(widths) + self.spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        # One widget a row at the least, each as wide as its text needs.
        margins = self.contentsMargins()
        width = (
            self._cell()
            if self._uniform
            else max((item.sizeHint().width() for item in self._shown()), default=0)
        )
        return QSize(width + margins.left() + margins.right(), self.heightForWidth(width))

    def _rows(self, room: int) -> list[list[tuple[QLayoutItem, int]]]:
        spacing = self.spacing()
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        cell = self._cell()
        for item in self._shown():
            width = min(cell if self._uniform else item.sizeHint().width(), room)
            if rows[-1] and used + spacing + width > room:
                rows.append([])
                used = 0
            used += (spacing if rows[-1] else 0) + width
            rows[-1].append((item, width))
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        room = max(area.width(), 1)
        spacing = self.spacing()
        rows = self._rows(room)
        columns = max((len(row) for row in rows), default=1)
        y = area.top()
        for row in rows:
            height = max(item.sizeHint().height() for item, _width in row)
            if self._uniform:
                cell = (room - spacing * (columns - 1)) // columns
                widths = [cell] * len(row)
            else:
                widths = [width for _item, width in row]
                growing = [
                    i
                    for i, (item, _w) in enumerate(row)
                    if item.expandingDirections() & Qt.Orientation.Horizontal
                ]
                spare = room - sum(widths) - spacing * (len(row) - 1)
                for n, i in enumerate(growing):
                    widths[i] += spare // len(growing) + (1 if n < spare % len(growing) else 0)
            x = area.left()
            for (item, _w), width in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(x, y, width, height))
                x += width + spacing
            y += height + spacing
        return y - spacing - area.top() + margins.top() + margins.bottom() if rows else 0

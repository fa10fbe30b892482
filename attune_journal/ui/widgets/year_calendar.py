"""A year in feelings: twelve small months, each day marked by the feelings it held.

Each day's cell shows the quadrant with the most weight that day (``core.year``) by
its colour *and* a pattern (dots, level lines, rising lines, cross-hatch), so the
calendar reads without telling colours apart. The cell fills from the bottom with
the share of the day's activation readings inside the person's window: a full cell
is a day spent wholly inside it. Days with entries but no feelings on the grid are
grey; days without entries are an outline only.

Twelve month blocks read better than a 53-week strip: days sit where a calendar puts
them, and the cells stay large enough for the patterns. The blocks flow six, four,
three or two to a row as the width allows; the height follows the width
(``heightForWidth``).

Keyboard: Left and Right move a day, Up and Down a week, PageUp and PageDown a month,
Home and End to the month's first and last day (with Ctrl, the year's), Enter or
Space chooses the day (``day_chosen``). The focused day's words ("Tuesday 3 March:
mostly pleasant and calm, 67% of readings in your window, 2 check-ins") are the
widget's accessible description, announced as it changes, and the hover tooltip.
``YearView`` adds the year chooser above the calendar.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.models import Quadrant
from attune_journal.core.stats import QUADRANTS
from attune_journal.core.year import YearDay, YearInFeelings
from attune_journal.ui.charts import quadrant_colours

MONTHS_PER_ROW = (6, 4, 3, 2)  # the widest layout whose cells are at least MIN_CELL
MIN_CELL = 16  # pixels: below this the patterns blur into a colour
MAX_CELL = 30  # pixels: larger cells only spread the year out
CELL_GAP = 2  # pixels between a month's days
WEEKS_SHOWN = 6  # every month fits six week rows
TINT = 0.3  # the quadrant colour's share in a cell's pale part


def quadrant_phrases() -> dict[Quadrant, str]:
    """The quadrants in words, as the Trends screen names them; written to be read inside
    a sentence too ("mostly pleasant and calm"), so a translation keeps that form."""
    return {
        "yellow": QCoreApplication.translate("YearCalendar", "pleasant and energised"),
        "green": QCoreApplication.translate("YearCalendar", "pleasant and calm"),
        "red": QCoreApplication.translate("YearCalendar", "unpleasant and energised"),
        "blue": QCoreApplication.translate("YearCalendar", "unpleasant and low"),
    }


@dataclass(frozen=True)
class _Layout:
    """Where everything goes at one width and font."""

    cell: int
    months_per_row: int
    month_width: int
    month_height: int
    title_height: int
    head_height: int
    legend_top: int
    height: int


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    return QColor(
        round(a.red() * share_of_a + b.red() * (1 - share_of_a)),
        round(a.green() * share_of_a + b.green() * (1 - share_of_a)),
        round(a.blue() * share_of_a + b.blue() * (1 - share_of_a)),
    )


class YearCalendar(QWidget):
    """Twelve months of one year; a day per cell (see the module notes)."""

    day_chosen = Signal(object)  # datetime.date: Enter, Space or a click on a day
    current_changed = Signal(object)  # datetime.date: the focused day moved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.year = date.today().year
        self.data: YearInFeelings | None = None
        self.first_weekday = 0  # Monday, as ``calendar`` counts
        self._current = date(self.year, 1, 1)
        self._tiles: dict[tuple[str, bool, int], QBrush] = {}
        self._layout_cache: tuple[int, _Layout] | None = None
        self._colours_cache = self._colours()
        self._update_accessible()

    # ---- data ----------------------------------------------------------------------------

    def set_data(self, year: int, data: YearInFeelings | None, first_weekday: int = 0) -> None:
        """Show ``year`` with its days (None: not worked out yet, every day empty)."""
        if data is not None and data.year != year:
            raise ValueError("the days belong to another year")
        changed_year = year != self.year
        self.year, self.data, self.first_weekday = year, data, first_weekday % 7
        if changed_year or self._current.year != year:
            self._current = _same_day_in(self._current, year)
        self._layout_cache = None
        self._update_accessible()
        self.update()

    def day_data(self, day: date) -> YearDay | None:
        return self.data.on(day) if self.data is not None and day.year == self.year else None

    @property
    def current_day(self) -> date:
        return self._current

    def set_current_day(self, day: date) -> None:
        """Move the focus to ``day`` (kept inside the year shown)."""
        day = min(max(day, date(self.year, 1, 1)), date(self.year, 12, 31))
        if day == self._current:
            return
        self._current = day
        self._update_accessible()
        self.update()
        self.current_changed.emit(day)

    # ---- words ---------------------------------------------------------------------------

    def describe(self, day: date) -> str:
        """The day in words: its main feelings, its readings inside the window, check-ins."""
        locale = QLocale()
        when = self.tr("{weekday} {day} {month}").format(
            weekday=locale.dayName(day.isoweekday()),
            day=day.day,
            month=locale.standaloneMonthName(day.month),
        )
        data = self.day_data(day)
        if data is None or data.empty:
            return self.tr("{when}: nothing written").format(when=when)
        parts = []
        dominant = data.dominant
        if dominant is not None:
            parts.append(self.tr("mostly {feelings}").format(feelings=quadrant_phrases()[dominant]))
        else:
            parts.append(self.tr("no feelings placed on the grid"))
        share = data.in_window
        if share is None:
            parts.append(self.tr("no activation readings"))
        else:
            parts.append(
                self.tr("{share}% of readings in your window").format(share=round(share * 100))
            )
        checkins = data.checkins  # a plain name: lupdate reads it as the count
        parts.append(self.tr("%n check-ins", "", checkins))
        return f"{when}: " + ", ".join(parts)

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("A year in feelings, {year}").format(year=self.year))
        self.setAccessibleDescription(self.describe(self._current))
        # Screen readers hear the new day as the focus moves within the calendar.
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )

    # ---- geometry ------------------------------------------------------------------------

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        return small

    def _legend_text(self) -> str:
        return self.tr(
            "Each day shows its main feelings by pattern and colour. The solid part, from "
            "the bottom, is the share of that day's activation readings inside your window. "
            "Grey: written, with no feelings on the grid."
        )

    def _legend_rows(self, width: int) -> tuple[list[list[Quadrant]], int]:
        """The legend's swatches in rows that fit ``width``, and the height of one row."""
        metrics = self.fontMetrics()
        swatch = metrics.height()
        phrases = quadrant_phrases()
        rows: list[list[Quadrant]] = [[]]
        used = 0
        for quadrant in QUADRANTS:
            item = swatch + 6 + metrics.horizontalAdvance(phrases[quadrant]) + 18
            if rows[-1] and used + item > width:
                rows.append([])
                used = 0
            rows[-1].append(quadrant)
            used += item
        return rows, swatch + 6

    def _compute_layout(self, width: int) -> _Layout:
        metrics = self.fontMetrics()
        small = QFontMetrics(self._small_font())
        title_height = metrics.height() + 4
        head_height = small.height() + 2
        for months_per_row in MONTHS_PER_ROW:
            cell = (width // months_per_row - 2 * metrics.averageCharWidth()) // 7 - CELL_GAP
            if cell >= MIN_CELL or months_per_row == MONTHS_PER_ROW[-1]:
                break
        cell = max(8, min(MAX_CELL, cell))
        month_width = 7 * (cell + CELL_GAP) + 2 * metrics.averageCharWidth()
        month_height = title_height + head_height + WEEKS_SHOWN * (cell + CELL_GAP) + 8
        rows = -(-12 // months_per_row)
        legend_top = rows * month_height + 4
        swatch_rows, swatch_height = self._legend_rows(width)
        text = metrics.boundingRect(
            QRect(0, 0, max(1, width), 10_000), Qt.TextFlag.TextWordWrap, self._legend_text()
        )
        height = legend_top + len(swatch_rows) * swatch_height + text.height() + 6
        return _Layout(
            cell,
            months_per_row,
            month_width,
            month_height,
            title_height,
            head_height,
            legend_top,
            height,
        )

    def layout_for(self, width: int) -> _Layout:
        if self._layout_cache is None or self._layout_cache[0] != width:
            self._layout_cache = (width, self._compute_layout(width))
        return self._layout_cache[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout_for(width).height

    def sizeHint(self) -> QSize:
        width = 6 * (7 * (MAX_CELL + CELL_GAP) + 2 * self.fontMetrics().averageCharWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = 2 * (7 * (MIN_CELL + CELL_GAP) + 2 * self.fontMetrics().averageCharWidth())
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Layouts that do not ask for a height for each width (a scroll area's) still
        # give the calendar all its rows.
        self.setMinimumHeight(self.heightForWidth(event.size().width()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._layout_cache = None
            self._tiles.clear()
            self.updateGeometry()
            self.setMinimumHeight(self.heightForWidth(self.width()))

    def _month_origin(self, month: int, layout: _Layout) -> QPoint:
        """Top left of a month's block (month 1 to 12); the blocks are centred."""
        used = layout.months_per_row * layout.month_width
        left = max(0, (self.width() - used) // 2)
        row, column = divmod(month - 1, layout.months_per_row)
        return QPoint(left + column * layout.month_width, row * layout.month_height)

    def cell_rect(self, day: date) -> QRect:
        """Where ``day``'s cell is drawn (in the year shown)."""
        layout = self.layout_for(self.width())
        origin = self._month_origin(day.month, layout)
        lead = (date(day.year, day.month, 1).weekday() - self.first_weekday) % 7
        week, weekday = divmod(lead + day.day - 1, 7)
        step = layout.cell + CELL_GAP
        return QRect(
            origin.x() + weekday * step,
            origin.y() + layout.title_height + layout.head_height + week * step,
            layout.cell,
            layout.cell,
        )

    def day_at(self, point: QPoint) -> date | None:
        """The day whose cell holds ``point``, if any."""
        layout = self.layout_for(self.width())
        step = layout.cell + CELL_GAP
        for month in range(1, 13):
            origin = self._month_origin(month, layout)
            x = point.x() - origin.x()
            y = point.y() - origin.y() - layout.title_height - layout.head_height
            if not (0 <= x < 7 * step and 0 <= y < WEEKS_SHOWN * step):
                continue
            if x % step >= layout.cell or y % step >= layout.cell:
                return None  # in the gap between two days
            lead = (date(self.year, month, 1).weekday() - self.first_weekday) % 7
            mday = (y // step) * 7 + x // step - lead + 1
            if 1 <= mday <= calendar.monthrange(self.year, month)[1]:
                return date(self.year, month, mday)
            return None
        return None

    # ---- keyboard and mouse --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        day = self._current
        moves: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            moves[Qt.Key.Key_Left], moves[Qt.Key.Key_Right] = 1, -1
        if key in moves:
            self.set_current_day(day + timedelta(days=moves[key]))
        elif key == Qt.Key.Key_Home:
            self.set_current_day(date(self.year, 1, 1) if ctrl else day.replace(day=1))
        elif key == Qt.Key.Key_End:
            last = calendar.monthrange(day.year, day.month)[1]
            self.set_current_day(date(self.year, 12, 31) if ctrl else day.replace(day=last))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            month = day.month + (-1 if key == Qt.Key.Key_PageUp else 1)
            if 1 <= month <= 12:
                last = calendar.monthrange(day.year, month)[1]
                self.set_current_day(day.replace(month=month, day=min(day.day, last)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_chosen.emit(self._current)
        else:
            super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(
                event.globalPosition().toPoint(), self.describe(day), self, self.cell_rect(day)
            )
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_current_day(day)
            self.day_chosen.emit(day)
            return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # ---- painting ------------------------------------------------------------------------

    def _colours(self) -> tuple[dict[str, QColor], dict[str, QColor], QColor, QColor]:
        """Each quadrant's full colour and pale tint, the grey of days without feelings
        (pale, full), on this palette."""
        base = self.palette().color(QPalette.ColorRole.Base)
        text = self.palette().color(QPalette.ColorRole.Text)
        full = {q: QColor(c) for q, c in quadrant_colours().items()}
        pale = {q: _mix(c, base, TINT) for q, c in full.items()}
        return full, pale, _mix(text, base, 0.14), _mix(text, base, 0.45)

    def _tile(self, quadrant: str, on_full: bool, size: int) -> QBrush:
        """The quadrant's pattern as a texture: drawn in the full colour over the pale
        part and in the pale tint over the solid part, so it shows on both."""
        key = (quadrant, on_full, size)
        brush = self._tiles.get(key)
        if brush is not None:
            return brush
        full, pale, _grey, _grey_full = self._colours()
        ink = pale[quadrant] if on_full else full[quadrant]
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ink, max(1.2, size / 5))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        s = float(size)
        if quadrant == "yellow":  # dots
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.22, s * 0.22)
        elif quadrant == "green":  # level lines: calm
            painter.drawLine(QPointF(0, s / 2), QPointF(s, s / 2))
        elif quadrant == "red":  # cross-hatch: stirred up
            for a, b in ((QPointF(0, 0), QPointF(s, s)), (QPointF(0, s), QPointF(s, 0))):
                painter.drawLine(a, b)
            for corner in (QPointF(0, 0), QPointF(s, 0), QPointF(0, s), QPointF(s, s)):
                painter.drawPoint(corner)
        else:  # rising lines: low
            painter.drawLine(QPointF(0, s), QPointF(s, 0))
            painter.drawLine(QPointF(-s / 2, s / 2), QPointF(s / 2, -s / 2))
            painter.drawLine(QPointF(s / 2, s * 1.5), QPointF(s * 1.5, s / 2))
        painter.end()
        brush = QBrush(pixmap)
        self._tiles[key] = brush
        return brush

    def _paint_cell(self, painter: QPainter, rect: QRect, data: YearDay | None, tile: int) -> None:
        full, pale, grey, grey_full = self._colours_cache
        if data is None or data.empty:
            painter.setPen(QPen(grey, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
            return
        share = data.in_window or 0.0
        solid_height = round(rect.height() * share)
        solid = QRect(rect.x(), rect.bottom() + 1 - solid_height, rect.width(), solid_height)
        upper = QRect(rect.x(), rect.y(), rect.width(), rect.height() - solid_height)
        quadrant = data.dominant
        if quadrant is None:
            painter.fillRect(upper, grey)
            painter.fillRect(solid, grey_full)
            return
        painter.fillRect(upper, pale[quadrant])
        painter.fillRect(solid, full[quadrant])
        painter.setBrushOrigin(rect.topLeft())
        painter.fillRect(upper, self._tile(quadrant, False, tile))
        painter.fillRect(solid, self._tile(quadrant, True, tile))

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_for(self.width())
        painter = QPainter(self)
        self._colours_cache = self._colours()
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        locale = QLocale()
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        tile = max(5, layout.cell // 3)
        step = layout.cell + CELL_GAP
        heads = [_day_initial(locale, (self.first_weekday + i) % 7 + 1) for i in range(7)]
        show_heads = max(small_metrics.horizontalAdvance(h) for h in heads) <= layout.cell
        for month in range(1, 13):
            origin = self._month_origin(month, layout)
            painter.setPen(text)
            painter.setFont(self.font())
            painter.drawText(
                QRect(origin.x(), origin.y(), layout.month_width, layout.title_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                locale.standaloneMonthName(month),
            )
            if show_heads:
                painter.setFont(small)
                painter.setPen(muted)
                for i, head in enumerate(heads):
                    painter.drawText(
                        QRect(
                            origin.x() + i * step,
                            origin.y() + layout.title_height,
                            layout.cell,
                            layout.head_height,
                        ),
                        int(Qt.AlignmentFlag.AlignCenter),
                        head,
                    )
            for mday in range(1, calendar.monthrange(self.year, month)[1] + 1):
                day = date(self.year, month, mday)
                self._paint_cell(painter, self.cell_rect(day), self.day_data(day), tile)
        self._paint_current(painter)
        self._paint_legend(painter, layout, tile)
        painter.end()

    def _paint_current(self, painter: QPainter) -> None:
        """A ring around the focused day: bold in the highlight colour while focused."""
        rect = QRectF(self.cell_rect(self._current))
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
        else:
            pen = QPen(self.palette().color(QPalette.ColorRole.Text), 1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grow = pen.widthF() / 2 + 0.5
        painter.drawRect(rect.adjusted(-grow, -grow, grow, grow))

    def _paint_legend(self, painter: QPainter, layout: _Layout, tile: int) -> None:
        metrics = self.fontMetrics()
        rows, row_height = self._legend_rows(self.width())
        swatch = metrics.height()
        phrases = quadrant_phrases()
        painter.setFont(self.font())
        y = layout.legend_top
        for row in rows:
            x = 0
            for quadrant in row:
                # A day wholly of this quadrant with half its readings inside the window.
                w = [int(q == quadrant) for q in QUADRANTS]
                sample = YearDay(date(self.year, 1, 1), (w[0], w[1], w[2], w[3]), 2, 1, 1)
                self._paint_cell(painter, QRect(x, y, swatch, swatch), sample, tile)
                x += swatch + 6
                painter.setPen(self.palette().color(QPalette.ColorRole.Text))
                width = metrics.horizontalAdvance(phrases[quadrant])
                painter.drawText(
                    QRect(x, y, width + 2, swatch),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    phrases[quadrant],
                )
                x += width + 18
            y += row_height
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(0, y, self.width(), self.height() - y),
            int(Qt.TextFlag.TextWordWrap),
            self._legend_text(),
        )


def _day_initial(locale: QLocale, weekday: int) -> str:
    """A weekday's one-letter name (``weekday`` 1 = Monday); some locales' narrow names
    are digits, so then the short name's first letter."""
    narrow = locale.standaloneDayName(weekday, QLocale.FormatType.NarrowFormat)
    if narrow and not narrow.isdigit():
        return narrow
    return locale.standaloneDayName(weekday, QLocale.FormatType.ShortFormat)[:1]


def _same_day_in(day: date, year: int) -> date:
    """The same day of the year in ``year`` (29 February becomes the 28th)."""
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


class YearView(QWidget):
    """The year calendar with its year chooser: previous year, the year, next year."""

    year_requested = Signal(int)  # the person chose another year; its days are needed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = YearCalendar()
        self.latest_year: int | None = None  # no year after it (the current one)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(self.tr("Previous year"))
        self.previous_button.setToolTip(self.tr("Previous year"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(self.tr("Next year"))
        self.next_button.setToolTip(self.tr("Next year"))
        self.year_label = QLabel()
        self.year_label.setObjectName("caption")
        self.recent_label = QLabel()
        self.recent_label.setObjectName("hint")
        self.recent_label.setWordWrap(True)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.year_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.recent_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.calendar, 1)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.calendar)
        self._sync()

    def set_data(
        self,
        year: int,
        data: YearInFeelings | None,
        first_weekday: int = 0,
        latest_year: int | None = None,
    ) -> None:
        self.latest_year = latest_year
        self.calendar.set_data(year, data, first_weekday)
        self.recent_label.setText(data.recent_text() if data is not None else "")
        self._sync()

    def _step(self, by: int) -> None:
        self.year_requested.emit(self.calendar.year + by)

    def _sync(self) -> None:
        year = self.calendar.year
        self.year_label.setText(str(year))
        self.next_button.setEnabled(self.latest_year is None or year < self.latest_year)
        self.previous_button.setEnabled(year > 1)

"""The month calendar both date fields pop up (History's filters, the When field), and the
History screen's own calendar: one widget, one way to open it under a field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QWidget


class MonthCalendar(QCalendarWidget):
    """The month calendar, never so narrow that Qt cuts the weekday names ("W…").

    Its own minimum leaves each day's column less room than "Wed" needs; in a small
    window the splitter would give it just that. The room follows the font, so a
    larger text size in Settings widens it too.
    """

    NAME_PADDING = 10  # pixels around a day's name in its column (Qt cuts it with less)
    ROW_PADDING = 3  # pixels above and below a row's numbers
    ROWS = 7  # the day names and six weeks

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        names = [self.locale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        widest = max(metrics.horizontalAdvance(name) for name in names)
        # Every row whole, measured from the font: Qt's own count leaves out the padding
        # a style sheet gives the table, and the last week was cut off.
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        bar_height = bar.sizeHint().height() if bar is not None else metrics.height() + 12
        rows = self.ROWS * (metrics.height() + 2 * self.ROW_PADDING) + 4
        return QSize(
            max(hint.width(), 7 * (widest + self.NAME_PADDING)),
            max(hint.height(), bar_height + rows),
        )

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())


def opens_calendar(event: QKeyEvent) -> bool:
    """Alt+Down or F4 in a date field: the keys that open a date edit's calendar."""
    key = event.key()
    alt_down = key == Qt.Key.Key_Down and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return alt_down or key == Qt.Key.Key_F4


def open_calendar_popup(
    owner: QWidget,
    popup: MonthCalendar | None,
    field: QWidget,
    selected: QDate,
    picked: Callable[[QDate], None],
    latest: QDate | None = None,
) -> MonthCalendar:
    """Show ``popup`` (made on first use) under ``field``, on ``selected``, starting the
    week on the day Settings chose; a day clicked or Enter calls ``picked``."""
    if popup is None:
        popup = MonthCalendar(owner)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAccessibleName(field.accessibleName())
        popup.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        popup.setGridVisible(False)
        popup.clicked.connect(picked)
        popup.activated.connect(picked)
    first = owner.window().property("first_day_of_week")
    if isinstance(first, Qt.DayOfWeek):
        popup.setFirstDayOfWeek(first)
    if latest is not None:
        popup.setMaximumDate(latest)
    popup.setSelectedDate(selected)
    popup.resize(popup.sizeHint().expandedTo(popup.minimumSizeHint()))
    popup.move(field.mapToGlobal(QPoint(0, field.height())))
    popup.show()
    popup.setFocus()
    return popup

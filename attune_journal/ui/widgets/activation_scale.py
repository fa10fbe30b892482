"""The activation scale: 0..10 against the person's window of tolerance.

Owns one QPainter widget, ``ActivationScale``. Eleven steps sit on a horizontal
bar; the person's window of tolerance (default 3..6, docs/domain.md) is drawn behind
them as a calm band, and the four zone words ("flat or shut down", "steady",
"revved", "overwhelmed") sit beneath the steps they cover. "Not set" is a real
state, drawn as words rather than as a hidden zero, because skipping is always
allowed and a missing value must never be saved as 0.

Keyboard: Left/Right (and Down/Up) step, digits 0-9 jump, Home/End go to 0/10,
Delete/Backspace clears. The accessible description always says the current
state in words so a screen reader hears it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
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
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from attune_journal.core.models import ACTIVATION_MAX, ACTIVATION_MIN

DEFAULT_WINDOW = (3, 6)

# (first, last, words): the zones of docs/domain.md. Marked for translation tools here (in the
# ActivationScale context that self.tr() uses) and translated at paint time.
ZONES: tuple[tuple[int, int, str], ...] = (
    (0, 2, str(QT_TRANSLATE_NOOP("ActivationScale", "flat or shut down"))),
    (3, 6, str(QT_TRANSLATE_NOOP("ActivationScale", "steady"))),
    (7, 8, str(QT_TRANSLATE_NOOP("ActivationScale", "revved"))),
    (9, 10, str(QT_TRANSLATE_NOOP("ActivationScale", "overwhelmed"))),
)


def zone_of(value: int) -> str:
    """The zone words (untranslated) for an activation value."""
    for first, last, words in ZONES:
        if first <= value <= last:
            return words
    raise ValueError(f"activation {value} is outside 0..10")


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b`` (soft tints that follow the palette)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


TEN_TYPED_WITHIN_S = 1.0


class ActivationScale(QWidget):
    """Activation 0..10 with the window of tolerance; ``None`` means "not set"."""

    value_changed = Signal(object)  # int or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._typed_at = float("-inf")  # when the last digit was typed (for "1", "0" = 10)
        self._low, self._high = DEFAULT_WINDOW
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Activation, 0 to 10"))
        self._update_description()

    # ---- API -----------------------------------------------------------------------------

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Set 0..10 or ``None`` (not set); emits ``value_changed`` when it changes."""
        if value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not ACTIVATION_MIN <= value <= ACTIVATION_MAX
        ):
            raise ValueError(f"activation must be a whole number from 0 to 10, got {value!r}")
        if value == self._value:
            return
        self._value = value
        self._update_description()
        self.update()
        self.value_changed.emit(value)

    def clear(self) -> None:
        self.set_value(None)

    def set_window(self, low: int, high: int) -> None:
        """The person's window of tolerance, inclusive (e.g. 3..6)."""
        if not ACTIVATION_MIN <= low <= high <= ACTIVATION_MAX:
            raise ValueError(f"the window must satisfy 0 <= low <= high <= 10, got {low}..{high}")
        self._low, self._high = low, high
        self._update_description()
        self.update()

    def tolerance_window(self) -> tuple[int, int]:
        """The window of tolerance as (low, high); not ``window()``, which Qt owns."""
        return self._low, self._high

    def state_text(self) -> str:
        """The current state in words, as the accessible description says it."""
        low, high = self._low, self._high
        value = self._value
        if value is None:
            return self.tr("Activation not set. Your window is {low} to {high}.").format(
                low=low, high=high
            )
        if value > high:
            text = self.tr("Activation {value} of 10, above your window ({low} to {high})")
        elif value < low:
            text = self.tr("Activation {value} of 10, below your window ({low} to {high})")
        else:
            text = self.tr("Activation {value} of 10, inside your window ({low} to {high})")
        return text.format(value=value, low=low, high=high) + ": " + self.tr(zone_of(value))

    # ---- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(max(440, fm.horizontalAdvance("M") * 44), self._height_for_font(fm))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(max(260, fm.horizontalAdvance("0") * 30), self._height_for_font(fm))

    def _height_for_font(self, fm: QFontMetrics) -> int:
        # caption line + step cells + zone words, with breathing room.
        return fm.height() * 2 + self._cell_height(fm) + 28

    @staticmethod
    def _cell_height(fm: QFontMetrics) -> int:
        return max(30, fm.height() * 2)

    def _bar_rect(self) -> QRectF:
        fm = QFontMetrics(self.font())
        top = fm.height() + 10
        return QRectF(8, top, self.width() - 16, self._cell_height(fm))

    def _cell_rect(self, step: int) -> QRectF:
        bar = self._bar_rect()
        width = bar.width() / 11
        return QRectF(bar.left() + step * width, bar.top(), width, bar.height())

    def _step_at(self, x: float) -> int:
        bar = self._bar_rect()
        step = int((x - bar.left()) // (bar.width() / 11))
        return max(ACTIVATION_MIN, min(ACTIVATION_MAX, step))

    # ---- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        base = pal.color(QPalette.ColorRole.Base)
        accent = pal.color(QPalette.ColorRole.Highlight)
        calm = QColor("#5f9f8f") if not dark else QColor("#6fb5a3")
        band_fill = _mix(base, calm, 0.28 if dark else 0.22)
        cell_fill = _mix(base, pal.color(QPalette.ColorRole.Mid), 0.35)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        bar = self._bar_rect()

        # Caption: the state in words, so the number never stands alone.
        caption_font = QFont(self.font())
        if self._value is None:
            caption = self.tr("Not set yet: click a number or type 0 to 10")
            painter.setPen(muted)
        else:
            caption_font.setBold(True)
            caption = self.state_text()
            painter.setPen(text)
        painter.setFont(caption_font)
        caption_rect = QRectF(bar.left(), 0, bar.width(), fm.height() + 6)
        painter.drawText(
            caption_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(caption_font).elidedText(
                caption, Qt.TextElideMode.ElideRight, int(caption_rect.width())
            ),
        )
        painter.setFont(self.font())

        # The window of tolerance: a calm band behind the steps it covers.
        band = self._cell_rect(self._low).united(self._cell_rect(self._high))
        band = band.adjusted(1, -5, -1, 5)
        painter.setPen(QPen(_mix(band_fill, calm, 0.5), 1))
        painter.setBrush(band_fill)
        painter.drawRoundedRect(band, 10, 10)

        for step in range(ACTIVATION_MIN, ACTIVATION_MAX + 1):
            cell = self._cell_rect(step).adjusted(3, 2, -3, -2)
            chosen = step == self._value
            if chosen:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
            else:
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
                inside = self._low <= step <= self._high
                painter.setBrush(_mix(cell_fill, band_fill, 0.6) if inside else cell_fill)
            painter.drawRoundedRect(cell, 7, 7)
            number_font = QFont(self.font())
            number_font.setBold(chosen)
            painter.setFont(number_font)
            painter.setPen(pal.color(QPalette.ColorRole.HighlightedText) if chosen else text)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(step))
        painter.setFont(self.font())

        # Zone words beneath the steps they cover, with a thin bracket above each.
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.88))
        painter.setFont(small)
        small_fm = QFontMetrics(small)
        zone_top = bar.bottom() + 9
        for first, last, words in ZONES:
            span = self._cell_rect(first).united(self._cell_rect(last)).adjusted(6, 0, -6, 0)
            painter.setPen(QPen(muted, 1))
            painter.drawLine(
                QPointF(span.left(), zone_top - 2), QPointF(span.right(), zone_top - 2)
            )
            label = small_fm.elidedText(
                self.tr(words), Qt.TextElideMode.ElideRight, int(span.width() + 10)
            )
            painter.drawText(
                QRectF(span.left() - 5, zone_top, span.width() + 10, small_fm.height() + 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )

        if self.hasFocus():
            # Visible focus: a ring round the chosen step, or round the whole bar if none.
            target = (
                self._cell_rect(self._value).adjusted(0, -1, 0, 1)
                if self._value is not None
                else bar.adjusted(-3, -4, 3, 4)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text if self._value is not None else accent, 2))
            painter.drawRoundedRect(target, 9, 9)
        painter.end()

    # ---- input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_value(self._step_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.set_value(self._step_at(event.position().x()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        # Arrows from "not set" start in the middle of the person's window, the calm place.
        start = self._value if self._value is not None else (self._low + self._high) // 2
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(ACTIVATION_MAX, start + 1) if self._value is not None else start)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(ACTIVATION_MIN, start - 1) if self._value is not None else start)
        elif key == Qt.Key.Key_Home:
            self.set_value(ACTIVATION_MIN)
        elif key == Qt.Key.Key_End:
            self.set_value(ACTIVATION_MAX)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = int(key) - int(Qt.Key.Key_0)
            now = time.monotonic()
            # "1" then "0" typed in quick succession is 10, the top of the scale.
            if digit == 0 and self._value == 1 and now - self._typed_at < TEN_TYPED_WITHIN_S:
                digit = 10
            self._typed_at = now
            self.set_value(digit)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.state_text())
        self.setToolTip(
            self.tr(
                "Left and Right step, type a number from 0 to 10 to jump, Home and End go "
                "to 0 and 10, Delete clears."
            )
        )

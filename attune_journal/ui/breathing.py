"""A short paced-breathing animation: a soft circle that grows on the in-breath.

Three slow breaths, about 4 s in and 6 s out (a long exhale helps the body
settle), with "breathe in…" / "breathe out…" written in the circle. It is
optional and can be stopped at any moment; nothing is recorded.

The circle's size is computed from the elapsed time on each frame rather than
stepped per tick, so a slow machine shows the right phase, only less smoothly.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from attune_journal.ui.theme import is_dark

IN_SECONDS = 4.0
OUT_SECONDS = 6.0
BREATHS = 3
FRAME_MS = 33
SMALLEST = 0.38  # the circle's radius at empty lungs, as a share of the largest


def phase_at(seconds: float) -> tuple[int, bool, float]:
    """(breath number from 0, breathing in?, 0..1 fullness) at ``seconds`` from the start."""
    cycle = IN_SECONDS + OUT_SECONDS
    breath = int(seconds // cycle)
    t = seconds - breath * cycle
    if t < IN_SECONDS:
        # Eased so the circle starts and ends each breath gently, never with a jolt.
        return breath, True, (1 - math.cos(math.pi * t / IN_SECONDS)) / 2
    t -= IN_SECONDS
    return breath, False, (1 + math.cos(math.pi * t / OUT_SECONDS)) / 2


class BreathingCircle(QWidget):
    """The animation; ``start()`` runs three breaths, ``stop()`` ends early."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._fullness = 0.0
        self._breathing_in = True
        self._breath = 0
        self._running = False

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._clock.start()
        self._running = True
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        was_running = self._running
        self._timer.stop()
        self._running = False
        self._fullness = 0.0
        self.update()
        if was_running:
            self.finished.emit()

    def _tick(self) -> None:
        seconds = self._clock.elapsed() / 1000
        if seconds >= BREATHS * (IN_SECONDS + OUT_SECONDS):
            self.stop()
            return
        breath, breathing_in, fullness = phase_at(seconds)
        if breathing_in != self._breathing_in or breath != self._breath:
            self._breathing_in, self._breath = breathing_in, breath
            self.setAccessibleDescription(self.instruction())
        self._fullness = fullness
        self.update()

    def instruction(self) -> str:
        if not self._running:
            return self.tr("Ready when you are")
        return self.tr("breathe in…") if self._breathing_in else self.tr("breathe out…")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        largest = side / 2
        radius = largest * (SMALLEST + (1 - SMALLEST) * self._fullness)
        centre = QRectF(self.rect()).center()

        accent = self.palette().color(QPalette.ColorRole.Highlight)
        halo = QColor(accent)
        halo.setAlphaF(0.10 if is_dark() else 0.08)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(centre, largest, largest)

        fill = QColor(accent)
        fill.setAlphaF(0.35 if is_dark() else 0.28)
        painter.setBrush(fill)
        edge = QColor(accent)
        edge.setAlphaF(0.8)
        painter.setPen(edge)
        painter.drawEllipse(centre, radius, radius)

        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = self.instruction()
        if self._running:
            text += "\n" + self.tr("{n} of {total}").format(n=self._breath + 1, total=BREATHS)
        # Wrapped rather than cut off when a language or a larger text size runs wider.
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self.rect(), flags, text)

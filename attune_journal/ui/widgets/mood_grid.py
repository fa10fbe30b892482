"""The mood grid (pleasantness x energy) and the feeling picker built around it.

Owns:
- ``MoodGrid``: a QPainter widget with the four soft quadrants of docs/domain.md
  (yellow p>0,e>0; green p>0,e<=0; red p<=0,e>0; blue p<=0,e<=0), a movable
  point, chosen feelings drawn as small labelled dots, and an optional density
  layer that Trends reuses. The density is binned to a 20 x 20 grid when it is
  set, so painting stays cheap for tens of thousands of points. Given words
  (``set_words``), Page Down and Page Up walk them quadrant by quadrant and Space
  chooses one; a screen reader finds the quadrants and their words as accessible
  children (ui/widgets/accessible_parts.py, docs/accessibility.md).
- ``FeelingPicker``: the grid, the words nearest its point (chosen ones marked with
  a check), a word field with completion and a "did you mean" offer for near-miss
  words, and the chosen feelings with an intensity each.
- ``IntensityBox``: the faint / clear / strong selector (the body picker uses it too).

Coordinates are copied from the vocabulary when a word is chosen (docs/domain.md:
charts must survive later vocabulary edits); a word the person types that is
not in any vocabulary is kept as their own, without coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QRadialGradient,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.labels import intensity_word
from attune_journal.core.models import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    MAX_WORD_CHARS,
    Feeling,
    Quadrant,
    clean_word,
    quadrant_of,
)
from attune_journal.core.vocab import (
    OWN_FAMILY,
    FeelingWord,
    complete_feeling,
    feeling_for_word,
    feeling_lookup,
    nearest_feelings,
    suggest_feeling,
)
from attune_journal.core.vocab_terms import shown
from attune_journal.storage.errors import StoreError
from attune_journal.ui.widgets import accessible_parts
from attune_journal.ui.widgets.accessible_parts import TOGGLE, Part

DENSITY_BINS = 20
NEAREST_COUNT = 6
STEP = 0.1
BIG_STEP = 0.25

CHECK_MARK = "✓"
"""Put before a chosen word on the "words near this spot" buttons (colour alone is not enough)."""

QUADRANT_ORDER: tuple[Quadrant, ...] = ("red", "yellow", "blue", "green")
"""The quadrants as they are read: the top row left to right, then the bottom row."""
QUADRANT_KEY = "quadrant:"
WORD_KEY = "word:"
_QUADRANT_OF_KEY: dict[str, Quadrant] = {QUADRANT_KEY + q: q for q in QUADRANT_ORDER}

# Soft quadrant colours: (light palette, dark palette). Low saturation on purpose:
# the grid is somewhere to rest the eye, not a traffic light.
QUADRANT_COLOURS: dict[Quadrant, tuple[str, str]] = {
    "yellow": ("#f6e7ad", "#5b5232"),
    "green": ("#d3e8cc", "#34503d"),
    "red": ("#f3cfc7", "#5c3835"),
    "blue": ("#cddcf0", "#30425a"),
}
# Stronger tones of the same hues, for dots and labels drawn on top of the quadrants.
QUADRANT_INK: dict[Quadrant, tuple[str, str]] = {
    "yellow": ("#8a6d12", "#f0d77a"),
    "green": ("#3d6b3a", "#a9d7a0"),
    "red": ("#9a4438", "#f2aa9c"),
    "blue": ("#3b5d8c", "#a8c4ec"),
}


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def quadrant_colour(quadrant: Quadrant, dark: bool) -> QColor:
    """The soft fill of a quadrant in the light or dark palette."""
    return QColor(QUADRANT_COLOURS[quadrant][1 if dark else 0])


def quadrant_ink(quadrant: Quadrant, dark: bool) -> QColor:
    """A readable stroke colour of a quadrant's hue in the light or dark palette."""
    return QColor(QUADRANT_INK[quadrant][1 if dark else 0])


def _clamp(value: float) -> float:
    # Rounded to two places so that ten presses of "0.1" land on exactly 1.0.
    return round(max(-1.0, min(1.0, value)), 2)


def bin_density(
    points: Sequence[tuple[float, float, float]], bins: int = DENSITY_BINS
) -> list[list[float]]:
    """Sum ``(p, e, weight)`` points into a ``bins`` x ``bins`` grid, scaled to 0..1.

    Row 0 is the top (most energy), column 0 the left (least pleasant). Points
    outside [-1, 1] are clamped to the edge cells rather than dropped, so a slightly
    off value from an import is still counted.
    """
    cells = [[0.0] * bins for _ in range(bins)]
    for p, e, weight in points:
        if weight <= 0 or math.isnan(p) or math.isnan(e):
            continue
        col = min(bins - 1, max(0, int((p + 1.0) / 2.0 * bins)))
        row = min(bins - 1, max(0, int((1.0 - e) / 2.0 * bins)))
        cells[row][col] += weight
    peak = max((value for row in cells for value in row), default=0.0)
    if peak > 0:
        cells = [[value / peak for value in row] for row in cells]
    return cells


def _soften(cells: list[list[float]], passes: int = 2) -> list[list[float]]:
    """Blur binned density with a small [1 2 1] kernel and rescale its peak to 1.

    Scaling a 20 x 20 image up smoothly still shows its cells; blurring first turns
    them into the soft blobs people read as "more often here".
    """
    size = len(cells)
    kernel = ((-1, 1.0), (0, 2.0), (1, 1.0))
    for _ in range(passes):
        rows = [
            [sum(w * row[c + d] for d, w in kernel if 0 <= c + d < size) / 4.0 for c in range(size)]
            for row in cells
        ]
        cells = [
            [
                sum(w * rows[r + d][c] for d, w in kernel if 0 <= r + d < size) / 4.0
                for c in range(size)
            ]
            for r in range(size)
        ]
    peak = max((value for row in cells for value in row), default=0.0)
    return [[value / peak for value in row] for row in cells] if peak > 0 else cells


class MoodGrid(QWidget):
    """Pleasantness (x, -1..1) by energy (y, -1..1, up = more energy), with a movable point.

    ``point_changed`` is emitted whenever the point moves, whether by mouse, keys
    or ``set_point``; ``point_cleared`` when it is removed. ``word_toggled`` asks for
    a word to be chosen or un-chosen: Space on the word the keyboard is on, or a screen
    reader's toggle; the picker decides (and says so back through ``set_marks``).
    """

    point_changed = Signal(float, float)
    point_cleared = Signal()
    word_toggled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._point: tuple[float, float] | None = None
        self._marks: list[tuple[float, float, str]] = []
        self._density: list[list[float]] = []
        self._density_image: QImage | None = None
        self._density_image_dark = False
        # The words to walk and choose (key -> word), in reading order, and the one the
        # keyboard is on; none until ``set_words`` (Trends' grid only shows a density).
        self._words: dict[str, FeelingWord] = {}
        self._walk: list[str] = []
        self._cursor: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMaximumSize(self.MAXIMUM_SIDE, self.MAXIMUM_SIDE)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Mood grid: pleasantness and energy"))
        self._update_tooltip()
        self._update_description()

    # ---- API -----------------------------------------------------------------------------

    def point(self) -> tuple[float, float] | None:
        return self._point

    def set_point(self, p: float, e: float) -> None:
        new = (_clamp(p), _clamp(e))
        if new == self._point:
            return
        self._point = new
        self._update_description()
        self.update()
        self.point_changed.emit(new[0], new[1])

    def clear_point(self) -> None:
        if self._point is None:
            return
        self._point = None
        self._update_description()
        self.update()
        self.point_cleared.emit()

    def set_marks(self, marks: list[tuple[float, float, str]]) -> None:
        """Chosen feelings as ``(p, e, word)``: drawn as small labelled dots.

        A given word (``set_words``) that is among them reads as checked to a screen
        reader, which hears it change.
        """
        before = self._chosen_keys()
        self._marks = [(_clamp(p), _clamp(e), word) for p, e, word in marks]
        after = self._chosen_keys()
        self.update()
        for key in sorted(before ^ after):
            if key in self._words:
                accessible_parts.announce_checked(self, key)

    def set_words(self, words: Iterable[FeelingWord]) -> None:
        """The words a keyboard or screen-reader user walks and chooses on the grid.

        Words without a place on the grid are left out. Each quadrant's words are kept
        in reading order: from the top (most energy) down, then from the left.
        """
        placed = [w for w in words if w.p is not None and w.e is not None]
        placed.sort(key=lambda w: (-(w.e or 0.0), w.p or 0.0, w.word.casefold()))
        ordered: dict[str, FeelingWord] = {}
        for quadrant in QUADRANT_ORDER:
            for word in placed:
                if word.quadrant == quadrant:
                    ordered.setdefault(self._word_key(word.word), word)
        gone = [key for key in self._words if key not in ordered]
        added = [key for key in ordered if key not in self._words]
        accessible_parts.parts_leaving(self, gone)
        self._words = ordered
        self._walk = list(ordered)
        if self._cursor not in self._words:
            self._cursor = None
        self._update_tooltip()
        if gone or added:
            accessible_parts.parts_changed(self, added)

    def words(self) -> list[str]:
        """The given words in the order Page Down walks them."""
        return [self._words[key].word for key in self._walk]

    def current_word(self) -> str | None:
        """The word the keyboard is on (Page Down, Page Up), or None."""
        return self._words[self._cursor].word if self._cursor is not None else None

    def marks(self) -> list[tuple[float, float, str]]:
        return list(self._marks)

    def set_density(self, points: list[tuple[float, float, float]]) -> None:
        """Soft blobs for ``(p, e, weight)`` points, binned to a 20 x 20 grid scaled to 0..1."""
        self._density = bin_density(points) if points else []
        self._density_image = None
        self._update_description()
        self.update()

    def density_cells(self) -> list[list[float]]:
        """The binned density (rows top to bottom, 0..1), empty when none is set."""
        return [list(row) for row in self._density]

    # ---- geometry ------------------------------------------------------------------------

    # The grid is square and takes the room it really has, up to this side: past it a
    # bigger grid only pushes the question above it out of view without helping the eye.
    MAXIMUM_SIDE = 560
    MINIMUM_SIDE = 180

    def sizeHint(self) -> QSize:
        # A modest hint on purpose: a scrolling page adds up its children's hints, and a
        # bigger one would make the page taller than the window for nothing.
        side = min(320, self.maximumWidth(), self.maximumHeight())
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        # Room for "unpleasant" and "pleasant" side by side on the middle line, in the
        # labels' own (slightly smaller) font, so larger text does not make them overlap.
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        fm = QFontMetrics(small)
        labels = fm.horizontalAdvance(self.tr("unpleasant")) + fm.horizontalAdvance(
            self.tr("pleasant")
        )
        side = min(self.MAXIMUM_SIDE, max(self.MINIMUM_SIDE, labels + 60))
        return QSize(side, side)

    def grid_rect(self) -> QRectF:
        """The square the grid is drawn in (centred, with room for the focus ring)."""
        side = max(10.0, min(self.width(), self.height()) - 8.0)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_widget(self, p: float, e: float) -> QPointF:
        rect = self.grid_rect()
        return QPointF(
            rect.left() + (p + 1.0) / 2.0 * rect.width(),
            rect.top() + (1.0 - e) / 2.0 * rect.height(),
        )

    def from_widget(self, pos: QPointF) -> tuple[float, float]:
        rect = self.grid_rect()
        p = (pos.x() - rect.left()) / rect.width() * 2.0 - 1.0
        e = 1.0 - (pos.y() - rect.top()) / rect.height() * 2.0
        return _clamp(p), _clamp(e)

    def quadrant_rect(self, quadrant: Quadrant) -> QRectF:
        """Where a quadrant is drawn, in widget coordinates."""
        rect = self.grid_rect()
        half_w, half_h = rect.width() / 2, rect.height() / 2
        left = rect.left() + (half_w if quadrant in ("yellow", "green") else 0.0)
        top = rect.top() + (half_h if quadrant in ("green", "blue") else 0.0)
        return QRectF(left, top, half_w, half_h)

    def word_rect(self, word: str) -> QRectF:
        """A small square around a given word's place (where its label would be read)."""
        found = self._words.get(self._word_key(word))
        if found is None or found.p is None or found.e is None:
            return QRectF()
        side = max(12.0, self.grid_rect().width() / 20)
        at = self.to_widget(found.p, found.e)
        return QRectF(at.x() - side / 2, at.y() - side / 2, side, side)

    # ---- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = _is_dark(self)
        pal = self.palette()
        rect = self.grid_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        frame = QPainterPath()
        frame.addRoundedRect(rect, 14, 14)
        painter.save()
        painter.setClipPath(frame)
        centre = rect.center()
        for quadrant in QUADRANT_ORDER:
            area = self.quadrant_rect(quadrant)
            # A gentle gradient towards the outer corner: stronger feeling, deeper colour.
            soft = quadrant_colour(quadrant, dark)
            gradient = QRadialGradient(centre, rect.width() * 0.75)
            gradient.setColorAt(0.0, soft.lighter(104) if not dark else soft.darker(118))
            gradient.setColorAt(1.0, soft.darker(104) if not dark else soft.lighter(112))
            painter.fillRect(area, gradient)

        self._paint_density(painter, rect, dark)

        # Axes through the middle, quiet.
        axis = QColor(pal.color(QPalette.ColorRole.WindowText))
        axis.setAlpha(60)
        painter.setPen(QPen(axis, 1))
        painter.drawLine(QPointF(centre.x(), rect.top()), QPointF(centre.x(), rect.bottom()))
        painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(rect.right(), centre.y()))
        painter.restore()

        self._paint_axis_labels(painter, rect)
        self._paint_marks(painter, rect, dark)
        self._paint_point(painter, dark)
        self._paint_current_word(painter, rect)

        border = (
            pal.color(QPalette.ColorRole.Highlight)
            if self.hasFocus()
            else pal.color(QPalette.ColorRole.Mid)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(border, 2.5 if self.hasFocus() else 1))
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 15, 15)
        painter.end()

    def _paint_density(self, painter: QPainter, rect: QRectF, dark: bool) -> None:
        if not self._density:
            return
        if self._density_image is None or self._density_image_dark != dark:
            self._density_image = self._density_to_image(dark)
            self._density_image_dark = dark
        # One small image, scaled up with smoothing: soft blobs at the cost of one draw,
        # whatever the number of points behind it.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        cell = rect.width() / len(self._density)
        # The image has one empty pixel of margin each side; widening the target by one
        # cell puts each pixel's centre on its cell's centre (the frame clips the rest).
        painter.drawImage(rect.adjusted(-cell, -cell, cell, cell), self._density_image)

    def _density_to_image(self, dark: bool) -> QImage:
        bins = len(self._density)
        # One transparent pixel of margin each side so the edge cells fade out smoothly.
        image = QImage(bins + 2, bins + 2, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        base = QColor("#2f5f63") if not dark else QColor("#bfe6e2")
        for row, values in enumerate(_soften(self._density)):
            for col, weight in enumerate(values):
                if weight > 0.02:
                    colour = QColor(base)
                    colour.setAlphaF(0.72 * weight**0.8)
                    image.setPixelColor(col + 1, row + 1, colour)
        return image

    def _paint_axis_labels(self, painter: QPainter, rect: QRectF) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        fm = QFontMetrics(small)
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlpha(165)
        painter.setPen(colour)
        pad = 6.0
        h = fm.height()
        centre = rect.center()
        # Labels sit inside the grid, next to the axis they name.
        painter.drawText(
            QRectF(rect.left(), rect.top() + pad, rect.width(), h),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("more energy"),
        )
        painter.drawText(
            QRectF(rect.left(), rect.bottom() - pad - h, rect.width(), h),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("less energy"),
        )
        painter.drawText(
            QRectF(rect.left() + pad, centre.y() + 3, rect.width() / 2, h),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("unpleasant"),
        )
        painter.drawText(
            QRectF(centre.x(), centre.y() + 3, rect.width() / 2 - pad, h),
            Qt.AlignmentFlag.AlignRight,
            self.tr("pleasant"),
        )
        painter.setFont(self.font())

    def _paint_marks(self, painter: QPainter, rect: QRectF, dark: bool) -> None:
        if not self._marks:
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        small.setBold(True)
        painter.setFont(small)
        fm = QFontMetrics(small)
        for p, e, word in self._marks:
            at = self.to_widget(p, e)
            ink = quadrant_ink(quadrant_of(p, e), dark)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(ink)
            painter.drawEllipse(at, 4.5, 4.5)
            width = fm.horizontalAdvance(word)
            # Put the label on the side with room, so words near the right edge stay whole.
            left = at.x() + 8 if at.x() + 8 + width < rect.right() - 4 else at.x() - 8 - width
            painter.setPen(ink)
            painter.drawText(QPointF(left, at.y() + fm.ascent() / 2 - 1), word)
        painter.setFont(self.font())

    def _paint_point(self, painter: QPainter, dark: bool) -> None:
        if self._point is None:
            return
        at = self.to_widget(*self._point)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        halo = QColor(text)
        halo.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(at, 14, 14)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(QPen(text, 2.5))
        painter.drawEllipse(at, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(quadrant_ink(quadrant_of(*self._point), dark))
        painter.drawEllipse(at, 3.5, 3.5)

    def _paint_current_word(self, painter: QPainter, rect: QRectF) -> None:
        """The word the keyboard is on, above the point, for sighted keyboard users.

        A chosen word already carries its label beside its dot.
        """
        if self._cursor is None or not self.hasFocus() or self._cursor in self._chosen_keys():
            return
        word = self._words[self._cursor]
        if word.p is None or word.e is None:
            return
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetrics(font)
        at = self.to_widget(word.p, word.e)
        width = fm.horizontalAdvance(word.word) + 10
        left = max(rect.left() + 2, min(at.x() - width / 2, rect.right() - 2 - width))
        top = at.y() - 18 - fm.height()
        if top < rect.top() + 2:  # no room above: below the point instead
            top = at.y() + 18
        label = QRectF(left, top, width, fm.height() + 2)
        pal = self.palette()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(label, 4, 4)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, word.word)
        painter.setFont(self.font())

    # ---- input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._leave_words()
            self.set_point(*self.from_widget(event.position()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.set_point(*self.from_widget(event.position()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        step = BIG_STEP if modifiers & Qt.KeyboardModifier.ShiftModifier else STEP
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, step),
            Qt.Key.Key_Down: (0.0, -step),
        }
        pages = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if key in moves:
            dp, de = moves[Qt.Key(key)]
            # From no point, the first arrow press starts at the centre and moves from there.
            p, e = self._point if self._point is not None else (0.0, 0.0)
            self._leave_words()
            self._move_point(p + dp, e + de)
        elif key == Qt.Key.Key_Home:
            self._leave_words()
            self._move_point(0.0, 0.0)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._leave_words()
            self.clear_point()
        elif key in pages and self._walk:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self._walk_quadrants(pages[Qt.Key(key)])
            else:
                self._walk_words(pages[Qt.Key(key)])
        elif (
            key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
            and self._walk
        ):
            if self._cursor is None:
                self._walk_words(0)  # first find a word: the one nearest the point
            else:
                self.word_toggled.emit(self._words[self._cursor].word)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Coming back in, the grid itself has the focus; Page Down finds a word again.
        self._cursor = None
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._cursor = None
        self.update()

    # ---- words: the keyboard walk and what a screen reader finds -------------------------

    @staticmethod
    def _word_key(word: str) -> str:
        return WORD_KEY + clean_word(word).casefold()

    def _chosen_keys(self) -> set[str]:
        return {self._word_key(word) for _p, _e, word in self._marks}

    def _move_point(self, p: float, e: float) -> None:
        """An arrow key moved the point: a screen reader hears when it enters a quadrant."""
        before = quadrant_of(*self._point) if self._point is not None else None
        self.set_point(p, e)
        assert self._point is not None
        after = quadrant_of(*self._point)
        if after != before:
            accessible_parts.announce(self, self.quadrant_name(after))

    def _walk_words(self, step: int) -> None:
        """Page Down (1) / Page Up (-1): the next or previous word, round the whole grid.

        With no word yet, the walk starts at the word nearest the point (or the first).
        """
        if self._cursor in self._walk:
            index = (self._walk.index(self._cursor) + step) % len(self._walk)
        elif self._point is not None:
            p, e = self._point
            index = min(
                range(len(self._walk)),
                key=lambda i: math.hypot(
                    (self._words[self._walk[i]].p or 0.0) - p,
                    (self._words[self._walk[i]].e or 0.0) - e,
                ),
            )
        else:
            index = 0 if step >= 0 else len(self._walk) - 1
        self._set_cursor(self._walk[index])

    def _walk_quadrants(self, step: int) -> None:
        """Ctrl+Page Down / Up: the first word of the next or previous quadrant with words."""
        current = self._words[self._cursor].quadrant if self._cursor is not None else None
        if current is None and self._point is not None:
            current = quadrant_of(*self._point)
        start = QUADRANT_ORDER.index(current) if current is not None else -1 if step > 0 else 0
        for offset in range(1, len(QUADRANT_ORDER) + 1):
            quadrant = QUADRANT_ORDER[(start + step * offset) % len(QUADRANT_ORDER)]
            keys = self._quadrant_keys(quadrant)
            if keys:
                self._set_cursor(keys[0])
                return

    def _set_cursor(self, key: str) -> None:
        word = self._words[key]
        self._cursor = key
        if word.p is not None and word.e is not None:
            self.set_point(word.p, word.e)  # the words near this spot follow it
        self._update_description()
        self.update()
        accessible_parts.announce_focus(self, key)

    def _leave_words(self) -> None:
        """The point moves freely again: the focus is the grid's own."""
        if self._cursor is None:
            return
        self._cursor = None
        self.update()
        accessible_parts.announce_focus(self, None)

    def _quadrant_keys(self, quadrant: Quadrant) -> list[str]:
        return [key for key in self._walk if self._words[key].quadrant == quadrant]

    def quadrant_name(self, quadrant: Quadrant) -> str:
        """A quadrant in words, as the axis labels name its sides."""
        names = {
            "red": self.tr("Unpleasant, more energy"),
            "yellow": self.tr("Pleasant, more energy"),
            "blue": self.tr("Unpleasant, less energy"),
            "green": self.tr("Pleasant, less energy"),
        }
        return names[quadrant]

    def _quadrant_description(self, quadrant: Quadrant) -> str:
        keys = self._quadrant_keys(quadrant)
        if keys:
            chosen = len(self._chosen_keys().intersection(keys))
            return self.tr("Chosen: {chosen} of {count}.").format(chosen=chosen, count=len(keys))
        share = self._density_shares().get(quadrant)
        if share is not None:
            return self.tr("About {share} % of the feelings shown.").format(
                share=round(share * 100)
            )
        return ""

    def _density_shares(self) -> dict[Quadrant, float]:
        """Each quadrant's part of the density (the binned cells keep the proportions)."""
        bins = len(self._density)
        total = sum(sum(row) for row in self._density)
        if not total:
            return {}
        half = bins // 2
        shares: dict[Quadrant, float] = {}
        for quadrant in QUADRANT_ORDER:
            rows = range(half) if quadrant in ("red", "yellow") else range(half, bins)
            cols = range(half, bins) if quadrant in ("yellow", "green") else range(half)
            shares[quadrant] = sum(self._density[r][c] for r in rows for c in cols) / total
        return shares

    def accessible_top_parts(self) -> Sequence[str]:
        return tuple(QUADRANT_KEY + quadrant for quadrant in QUADRANT_ORDER)

    def accessible_part(self, key: str) -> Part | None:
        quadrant = _QUADRANT_OF_KEY.get(key)
        if quadrant is not None:
            return Part(
                key=key,
                name=self.quadrant_name(quadrant),
                role=QAccessible.Role.Grouping,
                rect=self.quadrant_rect(quadrant),
                description=self._quadrant_description(quadrant),
                children=tuple(self._quadrant_keys(quadrant)),
            )
        word = self._words.get(key)
        if word is None or word.quadrant is None:
            return None
        return Part(
            key=key,
            name=word.word,
            role=QAccessible.Role.CheckBox,
            rect=self.word_rect(word.word),
            parent=QUADRANT_KEY + word.quadrant,
            description=self.tr("Your own word") if word.family == OWN_FAMILY else "",
            actions=(TOGGLE,),
            focusable=True,
            checkable=True,
            checked=key in self._chosen_keys(),
        )

    def accessible_focus_part(self) -> str | None:
        return self._cursor

    def accessible_part_at(self, point: QPointF) -> str | None:
        if not self.grid_rect().contains(point):
            return None
        # The word whose little square holds the point, the nearest if several; else
        # the quadrant (the same test the point's quadrant uses).
        p, e = self.from_widget(point)
        hits = [k for k, w in self._words.items() if self.word_rect(w.word).contains(point)]
        if hits:
            return min(
                hits,
                key=lambda k: math.hypot(
                    (self._words[k].p or 0.0) - p, (self._words[k].e or 0.0) - e
                ),
            )
        return QUADRANT_KEY + quadrant_of(p, e)

    def accessible_do_action(self, key: str, action: str) -> None:
        # As Space on that word would: the keyboard (and the point) go to it, then it toggles.
        if action == TOGGLE and key in self._words:
            self._set_cursor(key)
            self.word_toggled.emit(self._words[key].word)

    def _update_tooltip(self) -> None:
        tip = self.tr(
            "Click or drag to place the point. Arrow keys move it (Shift for bigger steps), "
            "Home centres it, Delete clears it."
        )
        if self._walk:
            tip += " " + self.tr(
                "Page Down and Page Up go from word to word (Ctrl for the next quadrant); "
                "Space chooses the word or lets it go."
            )
        self.setToolTip(tip)

    def describe(self) -> str:
        """The point in words (the accessible description); in Trends, where feelings were."""
        shares = self._density_shares()
        if self._point is None and shares:
            most = max(QUADRANT_ORDER, key=lambda q: shares[q])
            return self.tr("Where feelings were. Most often: {quadrant}.").format(
                quadrant=self.quadrant_name(most)
            )
        if self._point is None:
            return self.tr(
                "No point placed. Use the arrow keys or click to show how pleasant and how "
                "energetic you feel."
            )
        p, e = self._point
        side = self.tr("pleasant") if p > 0 else self.tr("unpleasant")
        if abs(p) < 0.05:
            side = self.tr("neither pleasant nor unpleasant")
        energy = self.tr("more energy") if e > 0 else self.tr("less energy")
        if abs(e) < 0.05:
            energy = self.tr("middling energy")
        return self.tr("Pleasantness {p:+.2f}, energy {e:+.2f}: {side}, {energy}.").format(
            p=p, e=e, side=side, energy=energy
        )

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.describe())


accessible_parts.register(MoodGrid, QAccessible.Role.Grouping)


class IntensityBox(QComboBox):
    """Intensity 1..3 as faint / clear / strong; Up/Down and Left/Right change it."""

    intensity_changed = Signal(int)

    def __init__(self, what: str, intensity: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in range(INTENSITY_MIN, INTENSITY_MAX + 1):
            self.addItem(intensity_word(value), value)
        self.set_intensity(intensity)
        self.setAccessibleName(self.tr("How strong: {what}").format(what=what))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.currentIndexChanged.connect(self._emit)

    def intensity(self) -> int:
        return int(self.currentData())

    def set_intensity(self, value: int) -> None:
        if not INTENSITY_MIN <= value <= INTENSITY_MAX:
            raise ValueError(f"intensity must be 1, 2 or 3, got {value!r}")
        self.setCurrentIndex(value - INTENSITY_MIN)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A closed combo box ignores Left/Right; people reach for them on a 3-step scale.
        if event.key() == Qt.Key.Key_Right:
            self.setCurrentIndex(min(self.count() - 1, self.currentIndex() + 1))
        elif event.key() == Qt.Key.Key_Left:
            self.setCurrentIndex(max(0, self.currentIndex() - 1))
        elif Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_3:
            self.setCurrentIndex(event.key() - int(Qt.Key.Key_1))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _emit(self, _index: int) -> None:
        self.setAccessibleDescription(self.currentText())
        self.intensity_changed.emit(self.intensity())


class _ChosenRow(QFrame):
    """One chosen feeling: a coloured dot, the word, its intensity and a remove button."""

    def __init__(self, feeling: Feeling, dark: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feeling = feeling
        self.setObjectName("chosenFeeling")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.setSpacing(6)
        dot = QLabel("●")
        quadrant = feeling.quadrant
        if quadrant is not None:
            dot.setStyleSheet(f"color: {quadrant_ink(quadrant, dark).name()};")
            dot.setToolTip(self.tr("On the grid"))
        else:
            dot.setText("○")
            dot.setToolTip(self.tr("Your own word (not on the grid)"))
        # A screen reader says what the dot means, not "bullet".
        dot.setAccessibleName(dot.toolTip())
        self.setAccessibleName(feeling.word)
        self.label = QLabel(feeling.word)
        self.intensity = IntensityBox(feeling.word, feeling.intensity)
        # On Linux a combo box's name is its value ("clear"); the word labels it.
        self.label.setBuddy(self.intensity)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove {word}").format(word=feeling.word))
        self.remove.setAccessibleName(self.tr("Remove {word}").format(word=feeling.word))
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(dot)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.intensity)
        layout.addWidget(self.remove)


class _WordField(QLineEdit):
    """The feeling word field: Enter adds either the suggestion the person chose or what they typed.

    The field's completer is attached with ``QCompleter.setWidget``, not
    ``QLineEdit.setCompleter``. A line edit that owns a completer answers Enter with
    ``returnPressed`` even while the popup is open, the completer then answers the same
    key press with ``activated`` for its current row, and the line edit (which connects
    to ``activated`` on every focus-in, so after the picker does) writes that word back
    into the field after the picker has cleared it. Together that added a word twice
    (the second time as "already chosen") and left it in the field, where the next word
    typed was glued onto it. Here one key press has one meaning:

    - a row the person moved to in the open popup (Down/Up, or the mouse): only the
      completer handles it (``activated``), and nothing writes the word back;
    - no row chosen: the popup closes and the field reports Enter for the typed text
      (``returnPressed``); the key stops there, so the completer adds nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.popup_completer: QCompleter | None = None

    def attach_completer(self, completer: QCompleter) -> None:
        self.popup_completer = completer
        completer.setWidget(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        completer = self.popup_completer
        popup = completer.popup() if completer is not None else None
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and popup is not None
            and popup.isVisible()
        ):
            index = popup.currentIndex()
            selection = popup.selectionModel()
            if index.isValid() and selection is not None and selection.isSelected(index):
                event.ignore()  # the completer adds the chosen row (``activated``)
                return
            popup.hide()
            super().keyPressEvent(event)  # reports the typed text (``returnPressed``)
            event.accept()  # and the completer leaves its unchosen rows alone
            return
        super().keyPressEvent(event)


class _SquareHolder(QWidget):
    """Keeps the mood grid square and at the top of the room it is given.

    A layout would stretch the grid to its whole cell, or centre it there once it reaches
    its maximum; here it is always a square of the shorter side (up to the grid's maximum),
    placed at the top and centred across, so it stays next to the step's question.
    """

    def __init__(self, grid: MoodGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = grid
        grid.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusProxy(grid)

    def sizeHint(self) -> QSize:
        return self._grid.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._grid.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = min(self.width(), self.height(), self._grid.maximumWidth())
        self._grid.setGeometry((self.width() - side) // 2, 0, side, side)


class _SuggestionOffer(QFrame):
    """An inline "did you mean" line under the word field: use the known word, or keep one's own.

    Not a dialog: nothing else is blocked, Tab moves on, Esc puts it away, and typing in
    the field again puts it away too. The typed word is added only when the person chooses.
    """

    use_chosen = Signal(str)
    keep_chosen = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestion")
        self.typed = ""
        self.suggested = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.use_button = QPushButton()
        self.keep_button = QPushButton()
        for button in (self.use_button, self.keep_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(True)  # Enter presses it, as Space does
        self.use_button.clicked.connect(lambda: self.use_chosen.emit(self.suggested))
        self.keep_button.clicked.connect(lambda: self.keep_chosen.emit(self.typed))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.setAccessibleName(self.tr("Did you mean"))
        self.hide()

    def offer(self, typed: str, suggested: str) -> None:
        self.typed, self.suggested = typed, suggested
        self.label.setText(
            self.tr("“{typed}” is not in the feelings list. Did you mean “{word}”?").format(
                typed=typed, word=suggested
            )
        )
        self.use_button.setText(self.tr("Use “{word}”").format(word=suggested))
        self.use_button.setAccessibleName(self.tr("Use “{word}”").format(word=suggested))
        self.use_button.setAccessibleDescription(
            self.tr("Add “{word}” from the feelings list").format(word=suggested)
        )
        self.keep_button.setText(self.tr("Keep “{word}”").format(word=typed))
        self.keep_button.setAccessibleName(self.tr("Keep “{word}”").format(word=typed))
        self.keep_button.setAccessibleDescription(
            self.tr("Add “{word}” as your own word").format(word=typed)
        )
        self.setAccessibleDescription(self.label.text())
        self.show()

    def withdraw(self) -> None:
        if self.isHidden():
            return
        self.hide()
        self.typed = self.suggested = ""
        self.dismissed.emit()


class FeelingPicker(QWidget):
    """Choose feelings from the grid, from nearby words, or by typing; each with an intensity.

    ``changed`` is emitted when the person adds, removes or re-weighs a feeling
    (including through ``add_feeling``); ``set_feelings`` restores silently.

    ``own_words`` reads the person's own words from the journal. They may change while
    the picker is open (Settings, a restore), so they are read again each time it comes
    into view: a word added meanwhile is chosen with its place on the grid.
    """

    changed = Signal()

    def __init__(
        self,
        extra_words: Sequence[FeelingWord] = (),
        parent: QWidget | None = None,
        own_words: Callable[[], Sequence[FeelingWord]] | None = None,
    ):
        super().__init__(parent)
        self._own_words = own_words
        if own_words is not None:
            extra_words = own_words()
        self._extra = tuple(extra_words)
        self._lookup = feeling_lookup(self._extra)
        self._rows: list[_ChosenRow] = []

        self.grid = MoodGrid()
        self.grid.point_changed.connect(self._on_point)
        self.grid.point_cleared.connect(self._on_point_cleared)
        self.grid.word_toggled.connect(self._toggle_word)
        self.grid.set_words(self._lookup.values())

        self.near_caption = QLabel(self.tr("Words near this spot"))
        self.near_caption.setObjectName("caption")
        self.near_hint = QLabel(self.tr("Place the point on the grid to see words near it."))
        self.near_hint.setObjectName("hint")
        self.near_hint.setWordWrap(True)
        self.near_buttons: list[QPushButton] = []
        near_layout = QGridLayout()
        near_layout.setSpacing(6)
        self._near_layout = near_layout
        self._near_columns = 3
        for index in range(NEAREST_COUNT):
            button = QPushButton()
            # Styled by name: a chosen word has its own colours (and a check mark in its text).
            button.setObjectName("nearWord")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(
                lambda _checked=False, b=button: self._toggle_word(self._near_word(b))
            )
            button.hide()
            near_layout.addWidget(button, index // 3, index % 3)
            self.near_buttons.append(button)

        self.word_edit = _WordField()
        self.word_edit.setPlaceholderText(self.tr("Type a feeling and press Enter"))
        self.word_edit.setAccessibleName(self.tr("Feeling word"))
        self.word_edit.setAccessibleDescription(
            self.tr("Type a feeling and press Enter to add it. Your own words are welcome.")
        )
        self.word_edit.setMaxLength(MAX_WORD_CHARS)
        self._completion_model = QStringListModel(self)
        self.completer = QCompleter(self._completion_model, self)
        # The core orders matches (starting with the text first); the completer just shows them.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Named so the style sheet can leave out the padding that lists elsewhere get: the
        # completer sizes its popup for the rows alone, and padding squashed a single row.
        popup = self.completer.popup()
        if popup is not None:
            popup.setObjectName("feelingSuggestions")
        self.word_edit.attach_completer(self.completer)
        self.word_edit.textEdited.connect(self._update_completions)
        self.word_edit.textEdited.connect(self._typing_again)
        self.word_edit.returnPressed.connect(self._add_typed)
        self.completer.activated.connect(self._add_completed)

        self.suggestion = _SuggestionOffer()
        self.suggestion.use_chosen.connect(self._use_suggestion)
        self.suggestion.keep_chosen.connect(self._use_suggestion)
        # Esc puts the offer away (and only that: not the check-in's "keep and leave").
        for watched in (
            self.word_edit,
            self.suggestion,
            self.suggestion.use_button,
            self.suggestion.keep_button,
        ):
            watched.installEventFilter(self)

        self.feedback = QLabel()
        self.feedback.setObjectName("hint")
        self.feedback.setWordWrap(True)

        self.chosen_caption = QLabel(self.tr("Chosen feelings"))
        self.chosen_caption.setObjectName("caption")
        self.empty_label = QLabel(self.tr("None yet. Several feelings at once are normal."))
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self._chosen_box = QWidget()
        self._chosen_layout = QVBoxLayout(self._chosen_box)
        self._chosen_layout.setContentsMargins(0, 0, 0, 0)
        self._chosen_layout.setSpacing(2)
        self._chosen_layout.addWidget(self.empty_label)
        self._chosen_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self._chosen_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMinimumHeight(90)

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.near_caption)
        side.addWidget(self.near_hint)
        side.addLayout(near_layout)
        side.addSpacing(8)
        side.addWidget(self.word_edit)
        side.addWidget(self.suggestion)
        side.addWidget(self.feedback)
        side.addSpacing(4)
        side.addWidget(self.chosen_caption)
        side.addWidget(scroll, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self._layout_spacing = 16
        # The grid is a square at the top of its column, next to the question above it.
        self.grid_holder = _SquareHolder(self.grid)
        layout.addWidget(self.grid_holder, 5)
        layout.addLayout(side, 4)

        self.setAccessibleName(self.tr("Feelings"))
        self._refresh_summary()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The grid is a square as tall as the picker (up to its maximum); width beyond
        # that would only be empty space beside it, so the words and chosen feelings get it.
        # In a narrow window it also leaves the word field room for its whole hint text.
        field = self.word_edit.fontMetrics().horizontalAdvance(self.word_edit.placeholderText())
        room = self.width() - self._layout_spacing - field - 24
        side = max(
            self.grid.minimumSizeHint().width(),
            min(MoodGrid.MAXIMUM_SIDE, self.height(), room),
        )
        if self.grid_holder.maximumWidth() != side:
            self.grid_holder.setMaximumWidth(side)
        self._fit_near_words()

    def _fit_near_words(self) -> None:
        """Three words a row when they fit beside the grid, else two, else one.

        Larger text makes the word buttons wider; in a narrow window three a row pushed
        the last one past the edge of the window.
        """
        shown = [b for b in self.near_buttons if not b.isHidden()]
        widest = max((b.sizeHint().width() for b in shown), default=0)
        room = self.width() - self._layout_spacing - self.grid.minimumSizeHint().width()
        gap = self._near_layout.horizontalSpacing()
        columns = 3
        while columns > 1 and columns * widest + (columns - 1) * gap > room:
            columns -= 1
        if columns == self._near_columns:
            return
        self._near_columns = columns
        for button in self.near_buttons:
            self._near_layout.removeWidget(button)
        for index, button in enumerate(self.near_buttons):
            self._near_layout.addWidget(button, index // columns, index % columns)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._own_words is None:
            return
        try:
            words = self._own_words()
        except StoreError:
            return  # the words known so far still work; the store's problem shows elsewhere
        self.set_extra_words(words)

    # ---- API -----------------------------------------------------------------------------

    def feelings(self) -> list[Feeling]:
        return [
            Feeling(
                row.feeling.word,
                row.feeling.pleasantness,
                row.feeling.energy,
                row.intensity.intensity(),
                row.feeling.word_id,
            )
            for row in self._rows
        ]

    def set_extra_words(self, extra_words: Sequence[FeelingWord]) -> None:
        """Use these own words from now on (the person added or removed some elsewhere).

        Feelings already chosen keep the coordinates they were given; the words near the
        point and the completions follow the new list at once.
        """
        extra = tuple(extra_words)
        if extra == self._extra:
            return
        self._extra = extra
        self._lookup = feeling_lookup(extra)
        self.grid.set_words(self._lookup.values())
        point = self.grid.point()
        if point is not None:
            self._on_point(*point)

    def set_feelings(self, feelings: list[Feeling]) -> None:
        """Show these feelings as chosen, coordinates as stored; a vocabulary word in the
        language shown (it keeps its id), an own word as written."""
        self.suggestion.withdraw()
        for row in list(self._rows):
            self._drop_row(row)
        for feeling in feelings:
            word = clean_word(shown("feeling", feeling.word_id, feeling.word))
            if self._index_of(word) is None and word:
                self._append_row(
                    Feeling(
                        word,
                        feeling.pleasantness,
                        feeling.energy,
                        min(INTENSITY_MAX, max(INTENSITY_MIN, feeling.intensity)),
                        feeling.word_id,
                    )
                )
        self._after_change(emit=False)

    def add_feeling(self, word: str) -> bool:
        """Add ``word`` with the vocabulary's coordinates (or none, if it is the person's own).

        Returns False, and says why under the word field, when nothing was added.
        """
        cleaned = clean_word(word)
        if not cleaned:
            return False
        if len(cleaned) > MAX_WORD_CHARS:
            self.feedback.setText(
                self.tr(
                    "That is longer than %n characters; a shorter word fits.", "", MAX_WORD_CHARS
                )
            )
            return False
        if self._index_of(cleaned) is not None:
            self.feedback.setText(self.tr("“{word}” is already chosen.").format(word=cleaned))
            return False
        # A vocabulary word of any language keeps its place and id ("joyful" typed in
        # German is the same feeling as "fröhlich").
        feeling = feeling_for_word(cleaned, self._extra)
        if feeling.word_id is not None or cleaned.casefold() in self._lookup:
            self.feedback.setText(self.tr("Added “{word}”.").format(word=feeling.word))
        else:
            feeling = Feeling(cleaned, None, None, 2)
            self.feedback.setText(self.tr("Added “{word}” as your own word.").format(word=cleaned))
        self._append_row(feeling)
        self._after_change(emit=True)
        return True

    def remove_feeling(self, word: str) -> bool:
        index = self._index_of(word)
        if index is None:
            return False
        self._drop_row(self._rows[index])
        self._after_change(emit=True)
        return True

    def nearest_words(self) -> list[str]:
        """The words offered near the current point (empty when no point is placed)."""
        return [self._near_word(b) for b in self.near_buttons if not b.isHidden()]

    def intensity_box(self, word: str) -> IntensityBox | None:
        index = self._index_of(word)
        return None if index is None else self._rows[index].intensity

    def remove_button(self, word: str) -> QToolButton | None:
        index = self._index_of(word)
        return None if index is None else self._rows[index].remove

    def focus_first(self) -> None:
        self.grid.setFocus(Qt.FocusReason.TabFocusReason)

    # ---- internals -----------------------------------------------------------------------

    def _index_of(self, word: str) -> int | None:
        key = clean_word(word).casefold()
        for index, row in enumerate(self._rows):
            if row.feeling.word.casefold() == key:
                return index
        return None

    def _append_row(self, feeling: Feeling) -> None:
        row = _ChosenRow(feeling, _is_dark(self))
        row.intensity.intensity_changed.connect(lambda _v: self._after_change(emit=True))
        row.remove.clicked.connect(lambda _c=False, w=feeling.word: self._remove_clicked(w))
        self._chosen_layout.insertWidget(self._chosen_layout.count() - 1, row)
        # A layout shows new children later (queued); show now so Tab reaches them at once.
        row.show()
        # A new row is created after every other widget on the page, so by default Tab
        # would reach it only after the page's own buttons; put it right after the
        # word field (or the previous chosen feeling) instead.
        previous = self._rows[-1].remove if self._rows else self.word_edit
        QWidget.setTabOrder(previous, row.intensity)
        QWidget.setTabOrder(row.intensity, row.remove)
        self._rows.append(row)

    def _drop_row(self, row: _ChosenRow) -> None:
        self._rows.remove(row)
        self._chosen_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _remove_clicked(self, word: str) -> None:
        self.remove_feeling(word)
        self.feedback.setText(self.tr("Removed “{word}”.").format(word=word))
        # The button that had focus is gone; the word field is the natural next place.
        self.word_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_word(self, word: str) -> None:
        if not word:
            return
        if self._index_of(word) is not None:
            self.remove_feeling(word)
            self.feedback.setText(self.tr("Removed “{word}”.").format(word=word))
        else:
            self.add_feeling(word)

    def _after_change(self, emit: bool) -> None:
        self.grid.set_marks(
            [
                (row.feeling.pleasantness, row.feeling.energy, row.feeling.word)
                for row in self._rows
                if row.feeling.pleasantness is not None and row.feeling.energy is not None
            ]
        )
        self._sync_near_checks()
        self._refresh_summary()
        if emit:
            self.changed.emit()

    def _refresh_summary(self) -> None:
        self.empty_label.setVisible(not self._rows)
        chosen = ", ".join(
            f"{row.feeling.word} ({intensity_word(row.intensity.intensity())})"
            for row in self._rows
        )
        self.setAccessibleDescription(
            self.tr("Chosen: {list}").format(list=chosen) if chosen else self.tr("None chosen yet")
        )

    @staticmethod
    def _near_word(button: QPushButton) -> str:
        word = button.property("word")
        return word if isinstance(word, str) else ""

    def _on_point(self, p: float, e: float) -> None:
        words = nearest_feelings(p, e, k=NEAREST_COUNT, extra=self._extra)
        for button, word in zip(self.near_buttons, words, strict=False):
            button.setProperty("word", word.word)
            button.setAccessibleName(word.word)
            button.show()
        for button in self.near_buttons[len(words) :]:
            button.hide()
        self.near_hint.hide()
        self._sync_near_checks()

    def _on_point_cleared(self) -> None:
        for button in self.near_buttons:
            button.hide()
        self.near_hint.show()

    def _sync_near_checks(self) -> None:
        for button in self.near_buttons:
            word = self._near_word(button)
            chosen = bool(word) and self._index_of(word) is not None
            button.setChecked(chosen)
            # Colour alone does not say "chosen" to everyone: the text carries a check mark.
            button.setText(f"{CHECK_MARK} {word}" if chosen else word)
            button.setAccessibleDescription(
                self.tr("Chosen; press to remove")
                if chosen
                else self.tr("Not chosen; press to add")
            )
            button.setToolTip(
                self.tr("“{word}” is chosen; press to remove it").format(word=word)
                if chosen
                else self.tr("Press to add “{word}”").format(word=word)
            )
        self._fit_near_words()

    def _update_completions(self, text: str) -> None:
        words = [w.word for w in complete_feeling(text, extra=self._extra, limit=8)]
        self._completion_model.setStringList(words)
        if words:
            self.completer.complete()

    def _add_typed(self) -> None:
        text = self.word_edit.text()
        cleaned = clean_word(text)
        if not cleaned:
            return
        known = cleaned.casefold() in self._lookup or self._index_of(cleaned) is not None
        near = None if known else suggest_feeling(cleaned, self._extra)
        if near is not None and len(cleaned) <= MAX_WORD_CHARS:
            # Nothing is added until the person says which word they meant.
            self.feedback.clear()
            self.suggestion.offer(cleaned, near.word)
            # Right after the field in the Tab order, before the chosen feelings.
            QWidget.setTabOrder(self.word_edit, self.suggestion.use_button)
            QWidget.setTabOrder(self.suggestion.use_button, self.suggestion.keep_button)
            self.suggestion.use_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.add_feeling(text):
            self.word_edit.clear()

    def _add_completed(self, text: str) -> None:
        # A word from the list: added, or already chosen (and said so). Either way it
        # must not stay in the field, or the next word typed is glued onto it.
        self.suggestion.withdraw()
        self.add_feeling(text)
        self.word_edit.clear()

    def _typing_again(self, _text: str) -> None:
        self.suggestion.withdraw()

    def _use_suggestion(self, word: str) -> None:
        self.suggestion.withdraw()
        if self.add_feeling(word):
            self.word_edit.clear()
        self.word_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss_suggestion(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.suggestion.isAncestorOf(focus)
        self.suggestion.withdraw()
        self.feedback.setText(self.tr("Nothing added; the word is still in the field."))
        if had_focus:
            self.word_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.suggestion.isVisible()
        ):
            # Claiming the override keeps a page's Esc shortcut from firing; the key
            # press that follows then puts the offer away.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self._dismiss_suggestion()
            return True
        return super().eventFilter(watched, event)

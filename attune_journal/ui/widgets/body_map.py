"""The body map (a front outline with clickable regions) and the body picker around it.

Owns:
- ``BodyMap``: a QPainter widget that draws a gentle standing figure and lays the
  regions of ``resources/body.json`` over it. Regions that cannot be seen from the
  front (upper back, lower back, whole body) are drawn as labelled tabs beside the
  figure. Hover highlights, click activates; with focus, the arrow keys walk the
  regions in head-to-feet order and Space/Enter activates the focused one (and asks
  to go on to it, ``region_entered``). It also
  draws a chosen intensity per region (check-in) or a 0..1 heat per region (Trends).
  A screen reader finds the front and the back and each region in them as accessible
  children (ui/widgets/accessible_parts.py, docs/accessibility.md).
- ``BodyPicker``: the map beside a list of the same regions (the keyboard and
  screen-reader route), the sensation families for the current region as a checkable
  tree with an intensity per chosen sensation, and a one-line summary. Space or Enter
  on a region (map or list) moves the keyboard on to its sensations; Esc there goes
  back to the region it came from.

Region shapes in body.json are hints in a 0..1 box (x right, y down, width =
aspect x height). The figure outline is drawn from the same coordinates so the
regions sit where the body is; the figure's regions are clipped to its outline.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import mid_sentence
from attune_journal.core.labels import intensity_word
from attune_journal.core.models import INTENSITY_MAX, INTENSITY_MIN, BodySensation, clean_word
from attune_journal.core.vocab import (
    BodyRegion,
    Shape,
    body_map_aspect,
    load_body_regions,
    load_sensation_families,
    region_at,
)
from attune_journal.core.vocab_terms import shown, term_id
from attune_journal.ui.widgets import accessible_parts
from attune_journal.ui.widgets.accessible_parts import PRESS, Part
from attune_journal.ui.widgets.needs_picker import HeadedTree, VisibleCheckDelegate

# The part of the body.json box that holds the figure (x from .. to); the tabs sit right of it.
FIGURE_LEFT = 0.22
FIGURE_RIGHT = 0.78
OWN_SENSATIONS = "own"
FRONT_KEY = "side:front"
BACK_KEY = "side:back"
REGION_KEY = "region:"

# The viewer's left half of the figure's outline in the body.json box, from the top of
# the neck down the outside and back up the inside of the leg to the crotch. The right
# half is its mirror image. Arms hang a little away from the body so the gap shows.
FIGURE_OUTLINE: tuple[tuple[float, float], ...] = (
    (0.5, 0.1),
    (0.462, 0.1),
    (0.46, 0.155),
    (0.405, 0.168),
    (0.345, 0.176),
    (0.31, 0.2),
    (0.294, 0.24),
    (0.285, 0.31),
    (0.277, 0.39),
    (0.274, 0.48),
    (0.33, 0.48),
    (0.336, 0.39),
    (0.342, 0.32),
    (0.348, 0.27),
    (0.356, 0.245),
    (0.37, 0.3),
    (0.384, 0.37),
    (0.374, 0.41),
    (0.356, 0.46),
    (0.362, 0.56),
    (0.378, 0.66),
    (0.386, 0.72),
    (0.392, 0.8),
    (0.408, 0.88),
    (0.404, 0.905),
    (0.362, 0.93),
    (0.372, 0.952),
    (0.47, 0.952),
    (0.474, 0.905),
    (0.468, 0.85),
    (0.47, 0.72),
    (0.478, 0.64),
    (0.488, 0.56),
    (0.5, 0.53),
)


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    result = QColor(colour)
    result.setAlphaF(max(0.0, min(1.0, alpha)))
    return result


class BodyMap(QWidget):
    """A front body outline whose regions can be hovered, focused, chosen and heat-shaded."""

    region_activated = Signal(str)
    # Space or Enter on a region: the keyboard user wants to go on to it (after activated).
    region_entered = Signal(str)
    focused_region_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions = load_body_regions()
        self._by_id = {region.id: region for region in self._regions}
        self._aspect = body_map_aspect()
        self._selected: dict[str, int] = {}
        self._heat: dict[str, float] = {}
        self._hover: str | None = None
        self._focused: str | None = None
        self._editing: str | None = None
        self._entering = False  # focus is coming in: the region is announced after the map
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Body map"))
        self.setToolTip(self.tr("Click a part of the body, or use the arrow keys and press Space."))
        self._update_description()

    # ---- API -----------------------------------------------------------------------------

    def regions(self) -> list[BodyRegion]:
        return list(self._regions)

    def set_selected(self, selected: dict[str, int]) -> None:
        """Region id -> intensity 1..3, drawn with a stronger fill for a higher intensity.

        A chosen region reads as checked to a screen reader, which hears it change.
        """
        before = set(self._selected)
        self._selected = {
            rid: max(INTENSITY_MIN, min(INTENSITY_MAX, int(level)))
            for rid, level in selected.items()
            if rid in self._by_id
        }
        self._update_description()
        self.update()
        for region_id in sorted(before ^ set(self._selected)):
            accessible_parts.announce_checked(self, REGION_KEY + region_id)

    def set_heat(self, heat: dict[str, float]) -> None:
        """Region id -> 0..1, a heat map (Trends: how often each region was noticed)."""
        self._heat = {
            rid: max(0.0, min(1.0, float(value)))
            for rid, value in heat.items()
            if rid in self._by_id
        }
        self.update()

    def focused_region(self) -> str | None:
        return self._focused

    def set_focused_region(self, region_id: str | None) -> None:
        if region_id is not None and region_id not in self._by_id:
            raise ValueError(f"unknown body region {region_id!r}")
        if region_id == self._focused:
            return
        self._focused = region_id
        self._update_description()
        self.update()
        if region_id is not None:
            if not self._entering:
                accessible_parts.announce_focus(self, REGION_KEY + region_id)
            self.focused_region_changed.emit(region_id)

    def editing_region(self) -> str | None:
        """The region whose sensations are being edited beside the map (None for none)."""
        return self._editing

    def set_editing_region(self, region_id: str | None) -> None:
        """Mark the region being edited: it stays outlined after focus leaves the map."""
        if region_id is not None and region_id not in self._by_id:
            region_id = None  # a region only the list knows (an import): nothing to outline
        if region_id != self._editing:
            self._editing = region_id
            self.update()

    def region_rect(self, region_id: str) -> QRectF:
        """Where a region is drawn, in widget coordinates (its largest shape, or its tab)."""
        region = self._by_id[region_id]
        if not region.on_figure:
            return self._tab_rects()[region_id]
        biggest = max(region.shapes, key=lambda shape: shape.area)
        return self._shape_rect(biggest)

    def region_point(self, region_id: str) -> QPointF:
        """A widget point that hits ``region_id`` (a shape's centre may belong to a smaller
        region drawn inside it: the eyes sit in the middle of the head)."""
        rect = self.region_rect(region_id)
        if self.region_at_pos(rect.center()) == region_id:
            return rect.center()
        steps = 12
        for row in range(1, steps):
            for col in range(1, steps):
                point = QPointF(
                    rect.left() + rect.width() * col / steps,
                    rect.top() + rect.height() * row / steps,
                )
                if self.region_at_pos(point) == region_id:
                    return point
        return rect.center()

    def region_at_pos(self, pos: QPointF) -> str | None:
        """The region under a widget point: a tab, or the smallest figure shape there."""
        for rid, rect in self._tab_rects().items():
            if rect.contains(pos):
                return rid
        box = self._box()
        x = (pos.x() - box.left()) / box.width()
        y = (pos.y() - box.top()) / box.height()
        region = region_at(x, y)
        # A tab's hint shape lies in the box too, but the tab is drawn elsewhere.
        return region.id if region is not None and region.on_figure else None

    # ---- geometry ------------------------------------------------------------------------

    # The figure is never drawn shorter than this: the smallest parts (eyes, jaw, throat)
    # stay about 7 px or more across, enough to aim a click at (the list offers them too).
    MIN_FIGURE_HEIGHT = 260
    MARGIN = 8.0
    TAB_GAP = 10.0

    def sizeHint(self) -> QSize:
        # No taller than the minimum: a scrolling page adds up its children's hints, and
        # a taller hint made the step scroll in a window that had room. Spare height
        # still comes to the map (it expands).
        least = self.minimumSizeHint()
        return QSize(max(300, least.width()), least.height())

    def minimumSizeHint(self) -> QSize:
        figure = (FIGURE_RIGHT - FIGURE_LEFT) * self._aspect * self.MIN_FIGURE_HEIGHT
        width = 2 * self.MARGIN + figure + self.TAB_GAP + self._tab_width()
        return QSize(int(width + 0.999), int(self.MIN_FIGURE_HEIGHT + 2 * self.MARGIN))

    def _tab_width(self) -> float:
        fm = QFontMetrics(self._tab_font())
        widest = max(
            (fm.horizontalAdvance(self.tr(r.label)) for r in self._regions if not r.on_figure),
            default=0,
        )
        return widest + 22.0

    def _tab_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        return font

    def _box(self) -> QRectF:
        """The body.json 0..1 box in widget coordinates, fitted with room for the tabs."""
        margin = self.MARGIN
        tab_w = self._tab_width()
        gap = self.TAB_GAP
        avail_w = max(20.0, self.width() - 2 * margin - tab_w - gap)
        avail_h = max(20.0, self.height() - 2 * margin)
        visible = FIGURE_RIGHT - FIGURE_LEFT
        height = min(avail_h, avail_w / (visible * self._aspect))
        width = height * self._aspect
        used = width * visible + gap + tab_w
        left = (self.width() - used) / 2 - FIGURE_LEFT * width
        top = (self.height() - height) / 2
        return QRectF(left, top, width, height)

    def _pt(self, x: float, y: float) -> QPointF:
        box = self._box()
        return QPointF(box.left() + x * box.width(), box.top() + y * box.height())

    def _shape_rect(self, shape: Shape) -> QRectF:
        box = self._box()
        return QRectF(
            box.left() + shape.x * box.width(),
            box.top() + shape.y * box.height(),
            shape.w * box.width(),
            shape.h * box.height(),
        )

    def _tab_rects(self) -> dict[str, QRectF]:
        box = self._box()
        fm = QFontMetrics(self._tab_font())
        left = box.left() + FIGURE_RIGHT * box.width() + self.TAB_GAP
        height = max(fm.height() + 12.0, 26.0)
        rects: dict[str, QRectF] = {}
        for region in self._regions:
            if region.on_figure:
                continue
            shape = region.shapes[0]
            centre_y = box.top() + (shape.y + shape.h / 2) * box.height()
            rects[region.id] = QRectF(left, centre_y - height / 2, self._tab_width(), height)
        return rects

    def _region_path(self, region: BodyRegion) -> QPainterPath:
        path = QPainterPath()
        for shape in region.shapes:
            rect = self._shape_rect(shape)
            if shape.type == "ellipse":
                path.addEllipse(rect)
            else:
                # Soft pads rather than boxes: the body has no corners.
                radius = min(rect.width(), rect.height()) * 0.42
                path.addRoundedRect(rect, radius, radius)
        return path

    def _figure_path(self) -> QPainterPath:
        """A calm, standing figure built from the same coordinates as the regions.

        One outline runs down the viewer's left half (neck, shoulder, arm, side, leg,
        foot, inner leg) and back up its mirror image; corners are rounded by drawing
        through the midpoints between the points. The head and hands are ellipses.
        """
        half = FIGURE_OUTLINE
        mirrored = [(1.0 - x, y) for x, y in reversed(half)]
        points = [self._pt(x, y) for x, y in (*half, *mirrored)]
        outline = QPainterPath()
        outline.moveTo((points[0] + points[1]) / 2)
        for index in range(1, len(points)):
            nxt = points[(index + 1) % len(points)]
            outline.quadTo(points[index], (points[index] + nxt) / 2)
        outline.quadTo(points[0], (points[0] + points[1]) / 2)
        outline.closeSubpath()

        box = self._box()
        path = QPainterPath()
        path.addEllipse(QRectF(self._pt(0.418, 0.0), self._pt(0.582, 0.118)))  # head
        for x in (0.305, 0.695):  # hands
            path.addEllipse(self._pt(x, 0.512), 0.034 * box.width(), 0.042 * box.height())
        return path.united(outline).simplified()

    # ---- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        dark = _is_dark(self)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        skin = QColor("#ece5d8") if not dark else QColor("#39403f")
        outline = QColor("#b3a999") if not dark else QColor("#5d6866")
        warm = QColor("#d9775a") if not dark else QColor("#f0a283")

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        figure = self._figure_path()
        painter.setPen(QPen(outline, 1.4))
        painter.setBrush(skin)
        painter.drawPath(figure)

        tabs = self._tab_rects()
        for region in self._regions:
            fill = self._fill_for(region.id, accent, warm)
            if region.on_figure:
                if fill is None:
                    continue
                painter.save()
                painter.setClipPath(figure)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawPath(self._region_path(region))
                painter.restore()
            else:
                self._paint_tab(painter, region, tabs[region.id], fill, outline, text)

        editing = self._editing
        if editing is not None:
            self._paint_editing(painter, figure, tabs, accent, pal.color(QPalette.ColorRole.Base))

        focus_id = self._focused if self.hasFocus() else None
        if focus_id is not None:
            region = self._by_id[focus_id]
            ring = (
                self._region_path(region)
                if region.on_figure
                else self._rounded(tabs[focus_id].adjusted(-3, -3, 3, 3))
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 4.5))
            painter.drawPath(ring)
            painter.setPen(QPen(text, 2.0))
            painter.drawPath(ring)

        # The name of the region in focus or under the mouse, bottom left, for sighted
        # keyboard users who cannot hover.
        named = self._hover or focus_id or editing
        if named is not None:
            caption = QFont(self.font())
            caption.setBold(True)
            painter.setFont(caption)
            painter.setPen(text)
            label = self.tr(self._by_id[named].label)
            level = self._selected.get(named)
            if level is not None:
                label += " · " + intensity_word(level)
            painter.drawText(
                QRectF(6, self.height() - QFontMetrics(caption).height() - 6, self.width(), 30),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                label,
            )
        painter.end()

    def _paint_editing(
        self,
        painter: QPainter,
        figure: QPainterPath,
        tabs: dict[str, QRectF],
        accent: QColor,
        base: QColor,
    ) -> None:
        """The region whose sensations are open: a soft accent wash and a firm accent outline.

        Drawn whether or not the map has focus (the keyboard is usually in the sensations
        then); the focus ring, when there is one, is drawn over it in the text colour.
        """
        assert self._editing is not None
        region = self._by_id[self._editing]
        if region.on_figure:
            path = self._region_path(region)
            if self._editing not in self._selected:
                painter.save()
                painter.setClipPath(figure)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_with_alpha(accent, 0.22))
                painter.drawPath(path)
                painter.restore()
        else:
            path = self._rounded(tabs[self._editing])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(base, 5.0))
        painter.drawPath(path)
        painter.setPen(QPen(accent, 2.5))
        painter.drawPath(path)

    @staticmethod
    def _rounded(rect: QRectF) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        return path

    def _fill_for(self, region_id: str, accent: QColor, warm: QColor) -> QColor | None:
        """The overlay colour of a region: chosen beats heat beats hover; None for none."""
        level = self._selected.get(region_id)
        if level is not None:
            return _with_alpha(accent, 0.28 + 0.2 * level)
        heat = self._heat.get(region_id)
        if heat is not None and heat > 0:
            return _with_alpha(warm, 0.12 + 0.68 * heat)
        if region_id == self._hover:
            return _with_alpha(accent, 0.18)
        return None

    def _paint_tab(
        self,
        painter: QPainter,
        region: BodyRegion,
        rect: QRectF,
        fill: QColor | None,
        outline: QColor,
        text: QColor,
    ) -> None:
        painter.setPen(QPen(outline, 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 8, 8)
        if fill is not None:
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 8, 8)
        painter.setFont(self._tab_font())
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr(region.label))
        painter.setFont(self.font())

    # ---- input ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.region_at_pos(event.position())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        region = self.region_at_pos(event.position())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if region is not None:
            self.set_focused_region(region)
            self.region_activated.emit(region)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = [region.id for region in self._regions]
        key = event.key()
        current = ids.index(self._focused) if self._focused in ids else -1
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.set_focused_region(ids[(current + 1) % len(ids)])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.set_focused_region(ids[(current - 1) % len(ids)])
        elif key == Qt.Key.Key_Home:
            self.set_focused_region(ids[0])
        elif key == Qt.Key.Key_End:
            self.set_focused_region(ids[-1])
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            if self._focused is None:
                self.set_focused_region(ids[0])
            else:
                region = self._focused
                self.region_activated.emit(region)
                self.region_entered.emit(region)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Focus must be visible at once: start on the first region if none is focused yet
        # (said once, below, rather than also here before Qt names the map).
        if self._focused is None and self._regions:
            self._entering = True
            self.set_focused_region(self._regions[0].id)
            self._entering = False
        self.update()
        # Qt tells screen readers about the map itself after this handler returns; the
        # region the keyboard is on is said once that is done.
        QTimer.singleShot(0, self, self._announce_focused)

    def _announce_focused(self) -> None:
        if self._focused is not None:
            accessible_parts.announce_focus(self, REGION_KEY + self._focused)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _update_description(self) -> None:
        parts = []
        if self._focused is not None:
            focused = self._by_id[self._focused]
            level = self._selected.get(focused.id)
            parts.append(
                self.tr("{region}, chosen, {level}.").format(
                    region=self.tr(focused.label), level=intensity_word(level)
                )
                if level is not None
                else self.tr("{region}.").format(region=self.tr(focused.label))
            )
        parts.append(self.tr("Arrow keys move between parts of the body; Space chooses."))
        self.setAccessibleDescription(" ".join(parts))

    # ---- what a screen reader finds --------------------------------------------------------

    def region_label(self, region_id: str) -> str:
        """A region's name as the map shows it."""
        return self.tr(self._by_id[region_id].label)

    def _side_regions(self, key: str) -> list[str]:
        # The figure is seen from the front; what it cannot show sits beside it as tabs.
        front = key == FRONT_KEY
        return [r.id for r in self._regions if r.on_figure == front]

    def _region_description(self, region_id: str) -> str:
        level = self._selected.get(region_id)
        if level is not None:
            return self.tr("Chosen, {level}").format(level=intensity_word(level))
        heat = self._heat.get(region_id, 0.0)
        if heat >= 0.67:
            return self.tr("Noticed often in this range")
        if heat >= 0.34:
            return self.tr("Noticed sometimes in this range")
        if heat > 0:
            return self.tr("Noticed now and then in this range")
        return ""

    def accessible_top_parts(self) -> Sequence[str]:
        return (FRONT_KEY, BACK_KEY)

    def accessible_part(self, key: str) -> Part | None:
        if key in (FRONT_KEY, BACK_KEY):
            regions = self._side_regions(key)
            area = QRectF()
            for region_id in regions:
                area = area.united(self.region_rect(region_id))
            return Part(
                key=key,
                name=self.tr("Front of the body")
                if key == FRONT_KEY
                else self.tr("Back, and the whole body"),
                role=QAccessible.Role.List,
                rect=area,
                children=tuple(REGION_KEY + region_id for region_id in regions),
            )
        region = self._by_id.get(key.removeprefix(REGION_KEY))
        if region is None or not key.startswith(REGION_KEY):
            return None
        return Part(
            key=key,
            name=self.region_label(region.id),
            role=QAccessible.Role.ListItem,
            rect=self.region_rect(region.id),
            parent=FRONT_KEY if region.on_figure else BACK_KEY,
            description=self._region_description(region.id),
            actions=(PRESS,),
            focusable=True,
            checked=region.id in self._selected,
            selectable=True,
            selected=region.id == self._editing,
        )

    def accessible_focus_part(self) -> str | None:
        return REGION_KEY + self._focused if self._focused is not None else None

    def accessible_part_at(self, point: QPointF) -> str | None:
        region_id = self.region_at_pos(point)
        return REGION_KEY + region_id if region_id is not None else None

    def accessible_do_action(self, key: str, action: str) -> None:
        # As Space on that region would: it becomes the region, and its sensations open.
        region_id = key.removeprefix(REGION_KEY)
        if action == PRESS and region_id in self._by_id:
            self.set_focused_region(region_id)
            self.region_activated.emit(region_id)
            self.region_entered.emit(region_id)


accessible_parts.register(BodyMap, QAccessible.Role.Grouping)


class BodyPicker(QWidget):
    """Regions from the map or a list; sensations by family with an intensity each.

    ``changed`` is emitted for the person's edits; ``set_sensations`` restores silently.
    Sensations or regions not in the vocabulary (from an import, say) are kept and shown.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions = load_body_regions()
        self._labels = {region.id: region.label for region in self._regions}
        self._families = load_sensation_families()
        # region id -> {sensation: intensity}, in the order the person chose them.
        self._chosen: dict[str, dict[str, int]] = {}
        self._current: str | None = None
        self._filling = False

        self.map = BodyMap()
        self.map.region_activated.connect(self.select_region)
        self.map.region_entered.connect(lambda _region: self._enter_sensations(self.map))
        # Where Esc in the sensations goes back to: the map or the list.
        self._came_from: QWidget = self.map
        self._last_typed = 0.0

        self.region_list = QListWidget()
        self.region_list.setAccessibleName(self.tr("Body regions"))
        self.region_list.setAccessibleDescription(
            self.tr("Choose a part of the body, then what you notice there.")
        )
        self.region_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        for region in self._regions:
            item = QListWidgetItem(self.tr(region.label))
            item.setData(Qt.ItemDataRole.UserRole, region.id)
            self.region_list.addItem(item)
        self.region_list.currentItemChanged.connect(self._on_list_current)
        self.region_list.installEventFilter(self)
        fm = QFontMetrics(self.font())
        self.region_list.setMaximumWidth(fm.horizontalAdvance("Upper back · 3") + 48)

        self.region_title = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.region_title.setFont(title_font)
        self.tree = HeadedTree()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Sensation"), self.tr("How strong")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Sensations"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Space chooses a sensation; 1, 2 or 3 (or Left and Right) set how strong. "
                "Esc goes back to the body."
            )
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.tree.setItemDelegate(VisibleCheckDelegate(self.tree))
        self.tree.installEventFilter(self)
        self.tree.setEnabled(False)
        self.hint = QLabel(self.tr("Choose a part of the body to say what you notice there."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("hint")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The region's sensations: beside the map and list when there is room, below them
        # when there is not (see ``_arrange``).
        self.sensations_panel = QWidget()
        right = QVBoxLayout(self.sensations_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(6)
        right.addWidget(self.region_title)
        right.addWidget(self.hint)
        right.addWidget(self.tree, 1)

        self._top = QHBoxLayout()
        self._top.setSpacing(self.SPACING)
        self._top.addWidget(self.map, 3)
        self._top.addWidget(self.region_list, 2)
        self._top.addWidget(self.sensations_panel, 4)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addLayout(self._top, 1)
        self._layout.addWidget(self.summary)
        self._arrangement = self.BESIDE
        self.setAccessibleName(self.tr("Body"))
        self._refresh()

    SPACING = 12
    # Below this width the outline is left out even with small text; the list offers the
    # same regions. (With larger text the outline needs more and gives way sooner.)
    NARROW_WIDTH = 400
    # The three ways the picker lays itself out, widest first.
    BESIDE = "beside"  # map | list | sensations
    BELOW = "below"  # map | list, the sensations underneath
    LIST_ONLY = "list only"  # list | sensations, no outline
    # A vertical scroll bar appearing takes about this much width; going back to a wider
    # arrangement needs this much more than leaving it did, so the two cannot flicker.
    HYSTERESIS = 24

    def arrangement(self) -> str:
        return self._arrangement

    def _needed_widths(self) -> tuple[int, int]:
        """The widths the outline-and-list row and all three columns need, from the fonts."""
        fm = QFontMetrics(self.tree.font())
        sensations = (
            fm.horizontalAdvance("☐ " + max(self.tr("trembling"), self.tr("Sensation"), key=len))
            + fm.horizontalAdvance("●●○  " + self.tr("strong"))
            + 48
        )
        row = self.map.minimumSizeHint().width() + self.region_list.maximumWidth() + self.SPACING
        return max(self.NARROW_WIDTH, row), row + self.SPACING + sensations

    def _arrange(self, width: int) -> None:
        """Choose the arrangement for ``width``: all beside each other, sensations below, or
        (only when even the outline and the list do not fit side by side) no outline."""
        row, beside = self._needed_widths()
        order = (self.LIST_ONLY, self.BELOW, self.BESIDE)
        if width >= beside:
            wanted = self.BESIDE
        elif width >= row:
            wanted = self.BELOW
        else:
            wanted = self.LIST_ONLY
        current = self._arrangement
        if order.index(wanted) > order.index(current):
            # Growing: only when the width clears the threshold with room to spare.
            wanted = current
            if width >= beside + self.HYSTERESIS:
                wanted = self.BESIDE
            elif width >= row + self.HYSTERESIS:
                wanted = self.BELOW
        if wanted == current:
            return
        self._arrangement = wanted
        below = wanted == self.BELOW
        if below:
            # The outline keeps its smallest useful height; the sensations get the rest.
            self._top.removeWidget(self.sensations_panel)
            self._layout.insertWidget(1, self.sensations_panel, 1)
            self._layout.setStretchFactor(self._top, 0)
        elif self._top.indexOf(self.sensations_panel) < 0:
            self._layout.removeWidget(self.sensations_panel)
            self._top.addWidget(self.sensations_panel, 4)
            self._layout.setStretchFactor(self._top, 1)
        narrow = wanted == self.LIST_ONLY
        if narrow and self.map.hasFocus():
            self.region_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.map.setVisible(not narrow)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    # ---- API -----------------------------------------------------------------------------

    def sensations(self) -> list[BodySensation]:
        """What was chosen: region ids (as stored), sensations as shown, with their ids."""
        return [
            BodySensation(
                region,
                sensation,
                level,
                term_id("region", region),
                term_id("sensation", sensation),
            )
            for region, chosen in self._chosen.items()
            for sensation, level in chosen.items()
        ]

    def set_sensations(self, sensations: list[BodySensation]) -> None:
        self._chosen = {}
        for item in sensations:
            # A vocabulary sensation in the language shown, an own one as written; a
            # region by its id when it has one ("Brust" imported is the chest).
            region = item.region_id if item.region_id in self._labels else item.region
            region = clean_word(region or "")
            sensation = clean_word(shown("sensation", item.sensation_id, item.sensation))
            if not region or not sensation:
                continue
            level = max(INTENSITY_MIN, min(INTENSITY_MAX, item.intensity))
            chosen = self._chosen.setdefault(region, {})
            if sensation.casefold() not in {s.casefold() for s in chosen}:
                chosen[sensation] = level
            if region not in self._labels:
                # A region this version does not know (an import): keep it, and list it.
                self._labels[region] = region.replace("_", " ").capitalize()
                list_item = QListWidgetItem(self._labels[region])
                list_item.setData(Qt.ItemDataRole.UserRole, region)
                self.region_list.addItem(list_item)
        self._refresh()
        if self._current is not None:
            self._fill_tree()

    def select_region(self, region_id: str) -> None:
        """Make ``region_id`` the current region in the map, the list and the sensations."""
        if region_id not in self._labels:
            raise ValueError(f"unknown body region {region_id!r}")
        self._current = region_id
        if region_id in {r.id for r in self._regions}:
            self.map.set_focused_region(region_id)
        self.map.set_editing_region(region_id)
        for row in range(self.region_list.count()):
            item = self.region_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == region_id:
                if self.region_list.currentRow() != row:
                    self.region_list.setCurrentRow(row)
                break
        self._fill_tree()

    def current_region(self) -> str | None:
        return self._current

    def set_sensation(self, sensation: str, chosen: bool, intensity: int = 2) -> None:
        """Choose or un-choose a sensation in the current region (as a click would)."""
        if self._current is None:
            raise ValueError("choose a body region first")
        item = self._find_item(sensation)
        if item is None:
            raise ValueError(f"unknown sensation {sensation!r}")
        item.setData(1, Qt.ItemDataRole.UserRole, intensity)
        item.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def focus_first(self) -> None:
        self.map.setFocus(Qt.FocusReason.TabFocusReason)

    # ---- internals -----------------------------------------------------------------------

    def _on_list_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            region = current.data(Qt.ItemDataRole.UserRole)
            if region != self._current:
                self.select_region(region)

    def _fill_tree(self) -> None:
        self._filling = True
        self.tree.clear()
        region = self._current
        if region is None:
            self._filling = False
            return
        self.tree.setEnabled(True)
        self.hint.setText(self.tr("Space chooses; 1, 2, 3 set how strong."))
        self.region_title.setText(
            self.tr("In your {region}").format(region=mid_sentence(self._labels[region]))
            if region != "whole_body"
            else self.tr("In your whole body")
        )
        chosen = self._chosen.get(region, {})
        chosen_keys = {s.casefold(): s for s in chosen}
        known: set[str] = set()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        groups = [(f.label, list(f.sensations)) for f in self._families]
        for _label, words in groups:
            known.update(w.casefold() for w in words)
        own = [s for s in chosen if s.casefold() not in known]
        if own:
            groups.append((self.tr("Your own"), own))
        first: QTreeWidgetItem | None = None
        for label, words in groups:
            family = QTreeWidgetItem(self.tree, [self.tr(label)])
            family.setFont(0, bold)
            HeadedTree.mark_heading(family, self.tr("Group heading"))
            for word in words:
                item = QTreeWidgetItem(family, [word, ""])
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                stored = chosen_keys.get(word.casefold())
                level = chosen[stored] if stored is not None else 2
                item.setData(1, Qt.ItemDataRole.UserRole, level)
                item.setCheckState(
                    0, Qt.CheckState.Checked if stored is not None else Qt.CheckState.Unchecked
                )
                self._show_level(item)
                # The cursor starts on the first chosen sensation, or the first of all.
                unchosen_first = first is None or first.checkState(0) != Qt.CheckState.Checked
                if first is None or (stored is not None and unchosen_first):
                    first = item
            family.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._filling = False

    def _find_item(self, sensation: str) -> QTreeWidgetItem | None:
        key = sensation.casefold()
        for top in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(top)
            if family is None:
                continue
            for index in range(family.childCount()):
                child = family.child(index)
                if child is not None and child.text(0).casefold() == key:
                    return child
        return None

    def _show_level(self, item: QTreeWidgetItem) -> None:
        checked = item.checkState(0) == Qt.CheckState.Checked
        level = int(item.data(1, Qt.ItemDataRole.UserRole) or 2)
        words = intensity_word(level)
        item.setText(1, ("●" * level + "○" * (3 - level) + "  " + words) if checked else "")
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{word}, chosen, {level}").format(word=item.text(0), level=words)
            if checked
            else item.text(0),
        )

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or item.parent() is None or self._current is None:
            return
        self._filling = True
        self._show_level(item)
        self._filling = False
        if column != 0:
            return
        word = item.text(0)
        chosen = self._chosen.setdefault(self._current, {})
        level = int(item.data(1, Qt.ItemDataRole.UserRole) or 2)
        existing = next((s for s in chosen if s.casefold() == word.casefold()), None)
        if item.checkState(0) == Qt.CheckState.Checked:
            chosen[existing or word] = level
        elif existing is not None:
            del chosen[existing]
        if not chosen:
            del self._chosen[self._current]
        self._refresh()
        self.changed.emit()

    def _on_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        # A click on "How strong" steps through faint -> clear -> strong.
        if column == 1 and item.checkState(0) == Qt.CheckState.Checked:
            level = int(item.data(1, Qt.ItemDataRole.UserRole) or 2)
            self._set_level(item, level % INTENSITY_MAX + 1)

    def _set_level(self, item: QTreeWidgetItem, level: int) -> None:
        if self._current is None or item.parent() is None:
            return
        level = max(INTENSITY_MIN, min(INTENSITY_MAX, level))
        self._filling = True
        item.setData(1, Qt.ItemDataRole.UserRole, level)
        self._show_level(item)
        self._filling = False
        if item.checkState(0) != Qt.CheckState.Checked:
            # Giving a strength to an unchosen sensation chooses it: that is what was meant.
            item.setCheckState(0, Qt.CheckState.Checked)
            return
        chosen = self._chosen.setdefault(self._current, {})
        key = next((s for s in chosen if s.casefold() == item.text(0).casefold()), item.text(0))
        chosen[key] = level
        self._refresh()
        self.changed.emit()

    def _enter_sensations(self, origin: QWidget) -> None:
        """Space/Enter on a region: the keyboard goes on to its sensations."""
        if self._current is None or not self.tree.isEnabled():
            return
        self._came_from = origin
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_region(self) -> None:
        """Esc in the sensations: back to the region, in the map if it is shown."""
        origin = self._came_from
        if origin is self.map and self.map.isHidden():
            origin = self.region_list
        if self._current is not None and origin is self.map:
            self.map.set_focused_region(self._current)
        origin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _list_key(self, event: QKeyEvent) -> bool:
        """Enter, or Space outside a typed search, on a listed region opens its sensations."""
        key = event.key()
        if event.text().strip():
            self._last_typed = time.monotonic()
        item = self.region_list.currentItem()
        if item is None:
            return False
        searching = (
            time.monotonic() - self._last_typed
        ) * 1000 < QApplication.keyboardInputInterval()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            key == Qt.Key.Key_Space and not searching
        ):
            self.select_region(item.data(Qt.ItemDataRole.UserRole))
            self._enter_sensations(self.region_list)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.region_list and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            if self._list_key(event):
                return True
        if watched is self.tree and kind == QEvent.Type.ShortcutOverride:
            # Esc here steps back to the region rather than leaving the whole check-in.
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                event.accept()
                return True
        if watched is self.tree and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                self._back_to_region()
                return True
            item = self.tree.currentItem()
            if item is not None and item.parent() is not None:
                key = event.key()
                level = int(item.data(1, Qt.ItemDataRole.UserRole) or 2)
                if key == Qt.Key.Key_Space:
                    checked = item.checkState(0) == Qt.CheckState.Checked
                    item.setCheckState(
                        0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                    )
                    return True
                if Qt.Key.Key_1 <= key <= Qt.Key.Key_3:
                    self._set_level(item, key - int(Qt.Key.Key_0))
                    return True
                if key in (Qt.Key.Key_Right, Qt.Key.Key_Plus):
                    self._set_level(item, level + 1)
                    return True
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
                    self._set_level(item, level - 1)
                    return True
        return super().eventFilter(watched, event)

    def _refresh(self) -> None:
        """Redraw the map fills, the list counts and the summary from ``_chosen``."""
        self.map.set_selected(
            {region: max(chosen.values()) for region, chosen in self._chosen.items() if chosen}
        )
        for row in range(self.region_list.count()):
            item = self.region_list.item(row)
            region = item.data(Qt.ItemDataRole.UserRole)
            count = len(self._chosen.get(region, {}))
            label = self.tr(self._labels[region])
            item.setText(f"{label} · {count}" if count else label)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{region}, {n} chosen").format(region=label, n=count) if count else label,
            )
        parts = [
            "{region}: {list}".format(
                region=self.tr(self._labels.get(region, region)),
                list=", ".join(
                    f"{sensation} ({intensity_word(level)})" for sensation, level in chosen.items()
                ),
            )
            for region, chosen in self._chosen.items()
            if chosen
        ]
        text = "; ".join(parts) if parts else self.tr("Nothing chosen yet; skipping is fine.")
        self.summary.setText(text)
        self.summary.setAccessibleName(self.tr("Body summary"))
        self.summary.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

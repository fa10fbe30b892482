"""Thin wrappers around pyqtgraph for the Trends screen, and a chart frame with "Save as PNG".

pyqtgraph brings numpy and costs a noticeable import, so it is imported only
inside these functions, which run when Trends first opens, never at app start.
Every number is computed in core (``core.stats``, ``core.trend_columns``); here
it is only placed and coloured.

Colours come from the application palette (axes and text readable in light and
dark) plus series colours chosen per theme so that they stay apart for people who
see red and green alike: Okabe and Ito's colour-blind-safe set for the pillars, a
blue and orange pair for met and unmet needs, and quadrant colours whose
lightness differs as well as their hue (tests/gui/test_trends_readable.py checks
them under a simulated deuteranopia). Dialogs go through ``ask_png_path`` so that
tests can replace it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.stats import QUADRANTS
from attune_journal.ui.theme import is_dark

if TYPE_CHECKING:
    from attune_journal.core.stats import (
        NeedCount,
        Reading,
        TrendStats,
        WeekPillars,
        WeekQuadrants,
    )

QUADRANT_COLOURS_LIGHT = {
    "yellow": "#ddaa00",
    "green": "#009e73",
    "red": "#c2410c",
    "blue": "#0072b2",
}
QUADRANT_COLOURS_DARK = {
    "yellow": "#f0e442",
    "green": "#009e73",
    "red": "#d55e00",
    "blue": "#56b4e9",
}
# Met and unmet needs: blue and orange, never red against green.
NEED_COLOURS_LIGHT = {"met": "#0072b2", "unmet": "#e69f00"}
NEED_COLOURS_DARK = {"met": "#56b4e9", "unmet": "#e69f00"}
DOTS_LIMIT = 1500  # more readings than this are drawn as a density image
DAILY_MEAN_DAYS = 365  # from a year on, one dot per day (its mean), not one per reading
# Time slots across the activation chart's width: a few pixels each at a usual width, so
# ten years read as a shaded band rather than a barcode of one-pixel columns.
DENSITY_SLOTS = 200
WIDE_PEN_LIMIT = 150  # points: longer lines are drawn with a 1 px pen
# Ctrl+wheel: one notch of a mouse wheel shows this share of the width before it.
ZOOM_STEP = 0.8
DAY_SECONDS = 86400
# Okabe and Ito's colour-blind-safe colours, one per pillar, readable on light and dark.
PILLAR_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7"]
LANE_PAD = 0.12  # the share of a pillar's row left empty above 5 and below 1
WEEK_SECONDS = 7 * 86400


def ask_png_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save a chart; None when the person cancels. Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ChartPanel", "Save chart as PNG"),
        suggested,
        QCoreApplication.translate("ChartPanel", "PNG images (*.png)"),
    )
    return path or None


def quadrant_colours() -> dict[str, str]:
    return QUADRANT_COLOURS_DARK if is_dark() else QUADRANT_COLOURS_LIGHT


def need_colours() -> dict[str, str]:
    return NEED_COLOURS_DARK if is_dark() else NEED_COLOURS_LIGHT


def _palette_colour(role: QPalette.ColorRole) -> QColor:
    return QGuiApplication.palette().color(role)


def pyqtgraph() -> Any:
    """Import and configure pyqtgraph on first use (not at app start: it brings numpy)."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background=None, exitCleanup=False)
    return pg


def make_plot(accessible_name: str, dates: bool = True, min_height: int = 220) -> Any:
    """A themed ``PlotWidget``; with ``dates`` the x axis shows calendar dates.

    Its ``controls`` (a ``ChartControls``) handle the wheel, the hover readout and
    "Reset view".
    """
    pg = pyqtgraph()
    if dates:
        from attune_journal.ui.calendar_axis import CalendarAxis

        axis_items = {"bottom": CalendarAxis("bottom")}
    else:
        axis_items = {}
    plot = pg.PlotWidget(axisItems=axis_items)
    # A chart reads the same in every language: time runs left to right and the scale
    # sits at its left, as calendars and graphs are printed in right-to-left languages
    # too. Mirrored, pyqtgraph would draw the scale's line away from the plot.
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # its own layout
    plot.setAccessibleName(accessible_name)
    plot.setMinimumHeight(min_height)
    plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    plot.setMenuEnabled(False)  # pyqtgraph's own right-click menu: nothing for a journal
    plot.hideButtons()  # and its unexplained "A" button: "Reset view" replaces it
    plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    apply_plot_theme(plot)
    plot.controls = ChartControls(plot)
    return plot


def apply_plot_theme(plot: Any) -> None:
    """Background, axes and grid from the palette, so both themes stay readable."""
    background = _palette_colour(QPalette.ColorRole.Base)
    text = _palette_colour(QPalette.ColorRole.Text)
    plot.setBackground(background)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(text)
        axis.setTextPen(text)
    plot.showGrid(x=False, y=True, alpha=0.15)


def show_range(
    plot: Any,
    x: tuple[float, float],
    y: tuple[float, float],
    x_padding: float = 0.0,
    y_padding: float = 0.0,
    min_width: float = 0.0,
) -> None:
    """Show the data's whole range, and keep any zoom or pan of the x axis inside it.

    The range (with its padding) becomes the chart's limits: zooming out stops at
    the whole range and panning at its ends, zooming in at ``min_width`` (or a
    two-hundredth of the range). The y axis stays as drawn.
    """
    view = plot.getViewBox()
    x0, x1 = _padded(x, x_padding)
    y0, y1 = _padded(y, y_padding)
    width = x1 - x0
    if width > 0:
        view.setLimits(
            xMin=x0,
            xMax=x1,
            minXRange=min(width, max(width / 200, min_width)),
            maxXRange=width,
            yMin=y0,
            yMax=y1,
        )
        view.setMouseEnabled(x=True, y=False)
    view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)


def _padded(span: tuple[float, float], padding: float) -> tuple[float, float]:
    extra = (span[1] - span[0]) * padding
    return span[0] - extra, span[1] + extra


def _nearest(values: Sequence[float], x: float) -> int:
    """The index of the value nearest ``x`` in sorted ``values`` (not empty)."""
    i = bisect.bisect_left(values, x)
    if i >= len(values) or (i > 0 and x - values[i - 1] < values[i] - x):
        i -= 1
    return i


class ChartControls(QObject):
    """What a person does to a chart with the mouse, the same on every Trends chart.

    A plain wheel scrolls the page (the event is left to the scroll area around);
    Ctrl+wheel zooms the x axis around the pointer and a drag pans it, inside the
    limits ``show_range`` set. Once the view is not the whole range, a "Reset view"
    button shows in the chart's top right corner. Hovering marks the nearest point
    and shows its values in a tooltip and a readout (see ``attach_hover``).
    """

    def __init__(self, plot: Any) -> None:
        super().__init__(plot)
        pg = pyqtgraph()
        self.plot = plot
        self.view = plot.getViewBox()
        self.view.setMouseEnabled(x=False, y=False)  # until show_range gives limits
        self.viewport = plot.viewport()
        self.reset_button = QPushButton(self.tr("Reset view"), plot)
        self.reset_button.setAccessibleName(
            self.tr("Reset view of {chart}").format(chart=plot.accessibleName())
        )
        self.reset_button.setToolTip(self.tr("Show the whole range again"))
        self.reset_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.reset_button.hide()
        self.reset_button.clicked.connect(self.reset)
        self.view.sigXRangeChanged.connect(self._range_changed)
        # Hover: a dashed line at the nearest point's x, and a ring on its value(s).
        self.guide = pg.InfiniteLine(angle=90, movable=False)
        self.marker = pg.ScatterPlotItem(symbol="o", size=12)
        for item in (self.guide, self.marker):
            item.setZValue(100)
            item.hide()
            self.view.addItem(item, ignoreBounds=True)
        self._hover: tuple[Any, ...] | None = None
        self.viewport.installEventFilter(self)
        plot.installEventFilter(self)

    def is_zoomed(self) -> bool:
        """Whether the x axis shows less than the whole range (zoomed in or panned)."""
        lo, hi = self.view.state["limits"]["xLimits"]
        if lo is None or hi is None:
            return False
        left, right = self.view.viewRange()[0]
        slack = (hi - lo) * 1e-6
        return bool(left > lo + slack or right < hi - slack)

    def reset(self) -> None:
        lo, hi = self.view.state["limits"]["xLimits"]
        if lo is not None and hi is not None:
            self.view.setXRange(lo, hi, padding=0)

    def _range_changed(self) -> None:
        zoomed = self.is_zoomed()
        if zoomed == self.reset_button.isVisible():
            return
        if not zoomed and self.reset_button.hasFocus():
            self.plot.setFocus()  # keyboard focus stays on the chart, not lost
        self.reset_button.setVisible(zoomed)
        self._place_button()

    def _place_button(self) -> None:
        self.reset_button.adjustSize()
        self.reset_button.move(self.plot.width() - self.reset_button.width() - 8, 6)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.viewport:
            if isinstance(event, QWheelEvent):
                self._wheel(event)
                return True  # never pyqtgraph's own zoom
            if kind == QEvent.Type.Leave:
                self.hide_marker()
        elif kind == QEvent.Type.Resize:
            self._place_button()
        return False

    def _wheel(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._scroll_page(event)
            return
        event.accept()
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta or not self.view.state["mouseEnabled"][0]:
            return
        scene = self.plot.mapToScene(event.position().toPoint())
        centre = self.view.mapSceneToView(scene)
        self.view.scaleBy(x=ZOOM_STEP ** (delta / 120), center=centre)

    def _scroll_page(self, event: QWheelEvent) -> None:
        """Hand a plain wheel to the scroll area the chart is in: the page scrolls.

        Handed on rather than ignored: Qt passes an ignored wheel event on to the
        parents only when it came from the system, not when a program sent it.
        """
        area = self.plot.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        target = area.viewport()
        handed = QWheelEvent(
            target.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        QApplication.sendEvent(target, handed)
        event.accept()

    def set_hover(
        self,
        xs: Callable[[], Sequence[float]],
        describe: Callable[[int], str],
        readout: QLabel,
        ys: Callable[[int], Sequence[float]] | None = None,
    ) -> None:
        if self._hover is None:
            self.plot.scene().sigMouseMoved.connect(self._moved)
        self._hover = (xs, describe, readout, ys)

    def _moved(self, position: QPointF) -> None:
        """The pointer moved over the chart (``position`` in scene coordinates)."""
        if self._hover is None:
            return
        xs, describe, readout, ys = self._hover
        values = xs()
        if not len(values) or not self.view.sceneBoundingRect().contains(position):
            self.hide_marker()
            return
        i = _nearest(values, self.view.mapSceneToView(position).x())
        text = describe(i)
        readout.setText(text)
        pg = pyqtgraph()
        highlight = _palette_colour(QPalette.ColorRole.Highlight)
        self.guide.setPen(pg.mkPen(highlight, width=1, style=Qt.PenStyle.DashLine))
        self.guide.setPos(values[i])
        self.guide.show()
        heights = list(ys(i)) if ys is not None else []
        self.marker.setData(
            [values[i]] * len(heights),
            heights,
            pen=pg.mkPen(highlight, width=2.5),
            brush=_palette_colour(QPalette.ColorRole.Base),
        )
        self.marker.setVisible(bool(heights))
        # mapFromScene gives a QPoint in the viewport's coordinates.
        at = self.viewport.mapToGlobal(self.plot.mapFromScene(position))
        QToolTip.showText(at, text, self.plot)

    def hide_marker(self) -> None:
        self.guide.hide()
        self.marker.hide()


def attach_hover(
    plot: Any,
    xs: Callable[[], Sequence[float]],
    describe: Callable[[int], str],
    readout: QLabel,
    ys: Callable[[int], Sequence[float]] | None = None,
) -> None:
    """Show the nearest point's values (by x) in ``readout`` and a tooltip as the mouse moves.

    ``ys`` gives the y values to ring at that point; without it only its x is marked.
    """
    plot.controls.set_hover(xs, describe, readout, ys)


class ChartPanel(QFrame):
    """A titled chart with a one-line summary, a hover readout and "Save as PNG"."""

    def __init__(self, title: str, content: QWidget, file_stem: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.content = content
        self.file_stem = file_stem
        self.title = QLabel(title)
        self.title.setObjectName("caption")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout = QLabel()
        self.readout.setObjectName("hint")
        self.readout.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a picture"))
        self.save_button.setAccessibleName(self.tr("Save {title} as PNG").format(title=title))
        self.save_button.clicked.connect(self.save_png)
        self.message = QLabel()
        self.message.setObjectName("hint")
        # A screen reader names the panel and its chart by the title; a chart that names
        # itself more exactly ("Activation over time") keeps its own name.
        self.setAccessibleName(title)
        if not content.accessibleName():
            content.setAccessibleName(title)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(content, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.message)

    def set_summary(self, text: str) -> None:
        """The numbers in words: shown under the title and read by screen readers."""
        self.summary.setText(text)
        self.content.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    def save_png(self) -> str | None:
        path = ask_png_path(self, f"{self.file_stem}-{datetime.now():%Y-%m-%d}.png")
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.grab().save(path, "PNG"):
            self.message.setText(self.tr("Saved to {path}.").format(path=path))
            return path
        self.message.setText(self.tr("The picture could not be saved to {path}.").format(path=path))
        return None


# ---- drawing ------------------------------------------------------------------------------
#
# Each chart keeps its pyqtgraph items and only replaces their data on a refresh:
# building and removing items costs far more than the drawing itself (tens of
# milliseconds per item), and a person switches ranges often.


# Local noons already worked out, by day: "All" over ten years places ~5,000 days and
# weeks on every draw, and asking the time zone for each costs more than the drawing.
_NOONS: dict[date, float] = {}


def noon(day: date) -> float:
    """A day's local noon as a timestamp: the x of a per-day or per-week value."""
    found = _NOONS.get(day)
    if found is None:
        found = _NOONS[day] = datetime(day.year, day.month, day.day, 12).timestamp()
    return found


def week_middle(first_day: date) -> float:
    return noon(first_day) + 3 * 86400


def line_pen(colour: QColor | str, points: int) -> Any:
    """A 2 px pen for short lines, 1 px for long ones.

    Qt's antialiased stroker is very slow for pens wider than one pixel: six
    pillar lines over ten years took over a second to paint at 2 px, 7 ms at 1 px.
    """
    return pyqtgraph().mkPen(colour, width=2 if points <= WIDE_PEN_LIMIT else 1)


def _accent() -> QColor:
    return QColor("#8cc7c4" if is_dark() else "#3f6f73")


class ActivationChart:
    """Readings, smoothed line and window band.

    Up to a year each reading is a dot. Whole-number readings over a year or more
    would pile into eleven rows of dots, so from a year on each day's mean is one
    dot instead (the hover still names the readings themselves), and beyond
    ``DOTS_LIMIT`` readings a density image shows where they cluster.
    """

    def __init__(self, plot: Any) -> None:
        pg = pyqtgraph()
        self.plot = plot
        self.band = pg.LinearRegionItem(values=(3, 6), orientation="horizontal", movable=False)
        self.band.setZValue(-10)
        self.density = pg.ImageItem()
        self.density.setZValue(-5)
        self.dots = pg.PlotDataItem(pen=None, symbol="o", symbolPen=None)
        self.line = pg.PlotDataItem()
        self.daily_means = False  # whether the dots are each day's mean (a year or more)
        for item in (self.band, self.density, self.dots, self.line):
            plot.addItem(item)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])

    def update(self, stats: TrendStats) -> None:
        pg = pyqtgraph()
        accent = _accent()
        band = QColor(accent)
        band.setAlpha(45)
        self.band.setBrush(band)
        for line in self.band.lines:
            line.setPen(pg.mkPen(accent, width=1, style=Qt.PenStyle.DashLine))
        self.band.setRegion((stats.window.low, stats.window.high))
        readings = stats.readings
        x0 = noon(stats.start) - 43200
        x1 = noon(stats.end) + 43200
        days = (stats.end - stats.start).days + 1
        self.daily_means = days >= DAILY_MEAN_DAYS and len(readings) <= DOTS_LIMIT
        if len(readings) > DOTS_LIMIT:
            self.dots.setData([], [])
            image = _reading_density(readings, x0, x1, (stats.end - stats.start).days + 1)
            self.density.setImage(image, autoLevels=False)
            self.density.setRect(QRectF(x0, -0.5, x1 - x0, 11))
            self.density.show()
        elif self.daily_means:
            self.density.hide()
            dots = QColor(_palette_colour(QPalette.ColorRole.Text))
            dots.setAlpha(110)
            self.dots.setData(
                [noon(p.day) for p in stats.daily],
                [p.mean for p in stats.daily],
                symbolBrush=dots,
                symbolSize=4,
            )
        else:
            self.density.hide()
            dots = QColor(_palette_colour(QPalette.ColorRole.Text))
            dots.setAlpha(150)
            self.dots.setData(
                [r.t for r in readings],
                [r.value for r in readings],
                symbolBrush=dots,
                symbolSize=6 if len(readings) < 300 else 4,
            )
        self.line.setData(
            [noon(p.day) for p in stats.daily],
            [p.smooth for p in stats.daily],
            pen=line_pen(accent, len(stats.daily)),
        )
        show_range(self.plot, (x0, x1), (0, 10), 0.01, 0.05, min_width=2 * DAY_SECONDS)


def _reading_density(readings: Sequence[Reading], x0: float, x1: float, days: int) -> Any:
    """Many readings as one RGBA image: stronger where more readings share a level and slot.

    Thousands of separate dots cost hundreds of milliseconds to build and draw and
    overlap into noise; an image of counts per (time slot, activation level) draws
    in a few milliseconds and shows where readings cluster.
    """
    import numpy as np

    from attune_journal.core.trend_columns import reading_counts

    counts = reading_counts(readings, x0, x1, max(1, min(DENSITY_SLOTS, days)))
    colour = _palette_colour(QPalette.ColorRole.Text)
    image = np.zeros((*counts.shape, 4), dtype=np.uint8)
    image[..., 0], image[..., 1], image[..., 2] = colour.red(), colour.green(), colour.blue()
    seen = counts > 0
    # A square-root scale so that single readings still show beside busy days, kept
    # below half opacity so that the one-pixel rolling-mean line stays readable on top.
    image[..., 3][seen] = (25 + 100 * np.sqrt(counts[seen] / counts.max())).astype(np.uint8)
    return image


class QuadrantChart:
    """Stacked bars of each week's quadrant shares (weeks without feelings stay empty)."""

    def __init__(self, plot: Any) -> None:
        pg = pyqtgraph()
        self.plot = plot
        self.xs: list[float] = []  # the weeks' x, as last drawn (hover finds its week by it)
        self.bars = {
            q: pg.BarGraphItem(x=[], y0=[], height=[], width=1, pen=pg.mkPen(None))
            for q in QUADRANTS
        }
        for bar in self.bars.values():
            plot.addItem(bar)
        plot.setYRange(0, 100, padding=0.02)

    def update(self, weeks: Sequence[WeekQuadrants], half_width: int = 0) -> None:
        """Each week's shares; with ``half_width``, the shares of the weeks around it."""
        import numpy as np

        from attune_journal.core.trend_columns import quadrant_shares

        colours = quadrant_colours()
        self.xs = xs = [week_middle(w.start) for w in weeks]
        heights = quadrant_shares(weeks, half_width)  # percent, one row per week
        bottoms = np.cumsum(heights, axis=1) - heights  # each quadrant on the ones before
        for column, quadrant in enumerate(QUADRANTS):
            self.bars[quadrant].setOpts(
                x=xs,
                y0=bottoms[:, column],
                height=heights[:, column],
                # Spaced bars while each week is its own; shared over the weeks around
                # (a long range), gaps between hundreds of thin bars only make stripes.
                width=WEEK_SECONDS * (1.0 if half_width else 0.8),
                brush=colours[quadrant],
            )
        if xs:
            span = (xs[0] - WEEK_SECONDS, xs[-1] + WEEK_SECONDS)
            show_range(self.plot, span, (0, 100), y_padding=0.02, min_width=3 * WEEK_SECONDS)
        else:
            self.plot.setYRange(0, 100, padding=0.02)


class NeedsChart:
    """Horizontal bars, met then unmet, the most frequent need at the top."""

    def __init__(self, plot: Any) -> None:
        pg = pyqtgraph()
        self.plot = plot
        self.met = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], pen=pg.mkPen(None))
        self.unmet = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], pen=pg.mkPen(None))
        plot.addItem(self.met)
        plot.addItem(self.unmet)

    def update(self, needs: Sequence[NeedCount]) -> None:
        colours = need_colours()
        count = len(needs)
        ys = [count - i for i in range(count)]
        self.met.setOpts(
            x0=[0] * count,
            y=ys,
            width=[n.met for n in needs],
            brush=colours["met"],
        )
        self.unmet.setOpts(
            x0=[n.met for n in needs],
            y=ys,
            width=[n.unmet for n in needs],
            brush=colours["unmet"],
        )
        if needs:
            show_range(self.plot, (0, max(n.total for n in needs) * 1.05), (0.4, count + 0.6))
        axis = self.plot.getAxis("left")
        axis.setTicks([[(y, n.need) for y, n in zip(ys, needs, strict=True)]])
        # Room for the longest need's name (pyqtgraph sizes the axis for numbers).
        metrics = QFontMetrics(self.plot.font())
        widest = max((metrics.horizontalAdvance(n.need) for n in needs), default=20)
        axis.setWidth(widest + 16)


class PillarChart:
    """Small multiples: one row per relationship pillar, all sharing the weeks' axis.

    Six lines on one 1-5 scale crossed into a tangle; here each pillar has a row of
    its own (named on the left, 1 at the bottom of its row, 5 at the top), so each
    reads on its own and the rows still line up week by week. The lines keep their
    scores as data (``getData`` gives 1-5); a transform places each in its row.
    Weeks without an answer have no point, and the line joins the answered ones.
    """

    def __init__(self, plot: Any, labels: dict[str, str]) -> None:
        from PySide6.QtGui import QTransform

        pg = pyqtgraph()
        self.plot = plot
        self.labels = dict(labels)
        self.xs: list[float] = []  # the weeks' x, as last drawn (the hover finds weeks by it)
        self.lines: dict[str, Any] = {}
        self.colours: dict[str, str] = {}
        self.rows: dict[str, tuple[float, float]] = {}  # pillar -> (scale, offset) of its row
        count = len(labels)
        scale = (1 - 2 * LANE_PAD) / 4
        for i, pillar in enumerate(labels):
            colour = PILLAR_COLOURS[i % len(PILLAR_COLOURS)]
            bottom = count - 1 - i  # the first pillar on top
            offset = bottom + LANE_PAD - scale  # a score of 1 sits LANE_PAD above the row's floor
            line = plot.plot([], [], pen=pg.mkPen(colour))
            line.setTransform(QTransform(1, 0, 0, 0, scale, 0, 0, offset, 1))
            self.lines[pillar] = line
            self.colours[pillar] = colour
            self.rows[pillar] = (scale, offset)
        self.dividers = [pg.InfiniteLine(pos=y, angle=0, movable=False) for y in range(1, count)]
        for divider in self.dividers:
            plot.addItem(divider, ignoreBounds=True)
        self.count = count

    def update(self, weeks: Sequence[WeekPillars], half_width: int = 0) -> None:
        """Each pillar's line over ``weeks``: own scores, or rolling means (``half_width``)."""
        import numpy as np

        from attune_journal.core.trend_columns import pillar_points

        pg = pyqtgraph()
        markers = not half_width  # a marker on each week's own score, none on a mean
        # Every pillar shares the weeks: their x once, not once per pillar and point.
        xs = np.array([week_middle(week.start) for week in weeks], dtype=float)
        self.xs = xs.tolist()
        for pillar, line in self.lines.items():
            scores = np.array([week.scores.get(pillar) for week in weeks], dtype=float)
            at, values = pillar_points(scores, half_width)
            line.setData(
                xs[at],
                values,
                pen=line_pen(self.colours[pillar], len(at)),
                symbol="o" if markers else None,
                symbolSize=5,
                symbolPen=None,
                symbolBrush=self.colours[pillar],
            )
        divider = QColor(_palette_colour(QPalette.ColorRole.Text))
        divider.setAlpha(60)
        for line in self.dividers:
            line.setPen(pg.mkPen(divider, width=1))
        axis = self.plot.getAxis("left")
        axis.setTicks(
            [[(self.count - 1 - i + 0.5, label) for i, label in enumerate(self.labels.values())]]
        )
        metrics = QFontMetrics(self.plot.font())
        widest = max((metrics.horizontalAdvance(t) for t in self.labels.values()), default=20)
        axis.setWidth(widest + 16)
        y = (0, self.count)
        if weeks:
            x = (self.xs[0] - WEEK_SECONDS, self.xs[-1] + WEEK_SECONDS)
            show_range(self.plot, x, y, min_width=3 * WEEK_SECONDS)
        else:
            self.plot.setYRange(*y, padding=0)

    def drawn_y(self, pillar: str, score: float) -> float:
        """Where a pillar's score sits on the chart (its row's place for it)."""
        scale, offset = self.rows[pillar]
        return score * scale + offset

    def values_at(self, index: int) -> list[float]:
        """The lines' places as drawn (in their rows) at the ``index``-th week, to ring."""
        import numpy as np

        found = []
        for pillar, line in self.lines.items():
            xs, ys = line.getData()
            if xs is None or not 0 <= index < len(self.xs):
                continue
            at = int(np.searchsorted(xs, self.xs[index]))
            if at < len(xs) and xs[at] == self.xs[index]:
                found.append(self.drawn_y(pillar, float(ys[at])))
        return found

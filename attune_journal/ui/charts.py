"""Thin wrappers around pyqtgraph for the Trends screen, and a chart frame with "Save as PNG".

pyqtgraph brings numpy and costs a noticeable import, so it is imported only
inside these functions, which run when Trends first opens, never at app start.
The numbers are computed in ``core.stats``; here they are only drawn.

Colours come from the application palette (axes and text readable in light and
dark) plus four quadrant colours chosen per theme. Dialogs go through
``ask_png_path`` so that tests can replace it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
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
    "yellow": "#c99700",
    "green": "#4c9157",
    "red": "#c0513a",
    "blue": "#4a74b0",
}
QUADRANT_COLOURS_DARK = {
    "yellow": "#e8c04a",
    "green": "#7cc287",
    "red": "#e58a73",
    "blue": "#86a9e0",
}
DOTS_LIMIT = 1500  # more readings than this are drawn as a density image
# Time slots across the activation chart's width: a few pixels each at a usual width, so
# ten years read as a shaded band rather than a barcode of one-pixel columns.
DENSITY_SLOTS = 200
WIDE_PEN_LIMIT = 150  # points: longer lines are drawn with a 1 px pen
PILLAR_COLOURS = ["#3f6f73", "#c0513a", "#c99700", "#4a74b0", "#8a5aa8", "#4c9157"]
WEEK_SECONDS = 7 * 86400


def ask_png_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save a chart; None when the person cancels. Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, parent.tr("Save chart as PNG"), suggested, parent.tr("PNG images (*.png)")
    )
    return path or None


def quadrant_colours() -> dict[str, str]:
    return QUADRANT_COLOURS_DARK if is_dark() else QUADRANT_COLOURS_LIGHT


def _palette_colour(role: QPalette.ColorRole) -> QColor:
    return QGuiApplication.palette().color(role)


def pyqtgraph() -> Any:
    """Import and configure pyqtgraph on first use (not at app start: it brings numpy)."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background=None, exitCleanup=False)
    return pg


def make_plot(accessible_name: str, dates: bool = True, min_height: int = 220) -> Any:
    """A themed ``PlotWidget``; with ``dates`` the x axis shows calendar dates."""
    pg = pyqtgraph()
    if dates:
        from attune_journal.ui.calendar_axis import CalendarAxis

        axis_items = {"bottom": CalendarAxis("bottom")}
    else:
        axis_items = {}
    plot = pg.PlotWidget(axisItems=axis_items)
    plot.setAccessibleName(accessible_name)
    plot.setMinimumHeight(min_height)
    plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    plot.setMenuEnabled(False)
    plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    apply_plot_theme(plot)
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


def attach_hover(
    plot: Any,
    xs: Callable[[], Sequence[float]],
    describe: Callable[[int], str],
    readout: QLabel,
) -> Any:
    """Show the nearest point's values (by x) in ``readout`` and a tooltip as the mouse moves.

    Returns the ``SignalProxy``; keep a reference or it stops working.
    """
    pg = pyqtgraph()

    def moved(event: tuple[QPointF]) -> None:
        position = event[0]
        view = plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(position):
            return
        x = view.mapSceneToView(position).x()
        values = xs()
        if not len(values):
            return
        i = bisect.bisect_left(values, x)
        if i >= len(values) or (i > 0 and x - values[i - 1] < values[i] - x):
            i -= 1
        text = describe(i)
        readout.setText(text)
        QToolTip.showText(plot.mapToGlobal(plot.mapFromScene(position).toPoint()), text, plot)

    return pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=30, slot=moved)


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
    """Readings (dots, or a density image when there are many), smoothed line, window band."""

    def __init__(self, plot: Any) -> None:
        pg = pyqtgraph()
        self.plot = plot
        self.band = pg.LinearRegionItem(values=(3, 6), orientation="horizontal", movable=False)
        self.band.setZValue(-10)
        self.density = pg.ImageItem()
        self.density.setZValue(-5)
        self.dots = pg.PlotDataItem(pen=None, symbol="o", symbolPen=None)
        self.line = pg.PlotDataItem()
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
        if len(readings) > DOTS_LIMIT:
            self.dots.setData([], [])
            image = _reading_density(readings, x0, x1, (stats.end - stats.start).days + 1)
            self.density.setImage(image, autoLevels=False)
            self.density.setRect(QRectF(x0, -0.5, x1 - x0, 11))
            self.density.show()
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
        self.plot.setYRange(0, 10, padding=0.05)
        self.plot.setXRange(x0, x1, padding=0.01)


def _reading_density(readings: Sequence[Reading], x0: float, x1: float, days: int) -> Any:
    """Many readings as one RGBA image: stronger where more readings share a level and slot.

    Thousands of separate dots cost hundreds of milliseconds to build and draw and
    overlap into noise; an image of counts per (time slot, activation level) draws
    in a few milliseconds and shows where readings cluster.
    """
    import numpy as np

    slots = max(1, min(DENSITY_SLOTS, days))
    # Reading is a named tuple (t, day, value, ...): its fields by index, read in C.
    xs = np.fromiter(map(itemgetter(0), readings), dtype=float, count=len(readings))
    ys = np.fromiter(map(itemgetter(2), readings), dtype=np.int64, count=len(readings))
    columns = ((xs - x0) / (x1 - x0) * slots).astype(np.int64).clip(0, slots - 1)
    cells = columns * 11 + ys.clip(0, 10)
    counts = np.bincount(cells, minlength=slots * 11).reshape(slots, 11).astype(float)
    colour = _palette_colour(QPalette.ColorRole.Text)
    image = np.zeros((slots, 11, 4), dtype=np.uint8)
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

        colours = quadrant_colours()
        self.xs = xs = [week_middle(w.start) for w in weeks]
        weights = np.array([[w.weights[q] for q in QUADRANTS] for w in weeks], dtype=float).reshape(
            len(weeks), len(QUADRANTS)
        )
        if half_width:
            # The weights of the weeks [i - h, i + h] summed (running sums of whole
            # numbers, so exact): a long range reads as drifts, not a barcode.
            running = np.concatenate((np.zeros((1, len(QUADRANTS))), np.cumsum(weights, axis=0)))
            at = np.arange(len(weeks))
            lo = np.maximum(0, at - half_width)
            hi = np.minimum(len(weeks), at + half_width + 1)
            weights = running[hi] - running[lo]
        # Shares in percent (0 where nothing was placed), one row per week.
        totals = weights.sum(axis=1, keepdims=True)
        heights = np.divide(weights * 100, totals, out=np.zeros_like(weights), where=totals > 0)
        bottoms = np.cumsum(heights, axis=1) - heights
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
        self.plot.setYRange(0, 100, padding=0.02)
        if xs:
            self.plot.setXRange(xs[0] - WEEK_SECONDS, xs[-1] + WEEK_SECONDS, padding=0)


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
        dark = is_dark()
        count = len(needs)
        ys = [count - i for i in range(count)]
        self.met.setOpts(
            x0=[0] * count,
            y=ys,
            width=[n.met for n in needs],
            brush="#7cc287" if dark else "#4c9157",
        )
        self.unmet.setOpts(
            x0=[n.met for n in needs],
            y=ys,
            width=[n.unmet for n in needs],
            brush="#e58a73" if dark else "#c0513a",
        )
        if needs:
            self.plot.setXRange(0, max(n.total for n in needs) * 1.05, padding=0)
            self.plot.setYRange(0.4, count + 0.6, padding=0)
        axis = self.plot.getAxis("left")
        axis.setTicks([[(y, n.need) for y, n in zip(ys, needs, strict=True)]])
        # Room for the longest need's name (pyqtgraph sizes the axis for numbers).
        metrics = QFontMetrics(self.plot.font())
        widest = max((metrics.horizontalAdvance(n.need) for n in needs), default=20)
        axis.setWidth(widest + 16)


class PillarChart:
    """One line per relationship pillar, week by week, with gaps where a week had no answer."""

    def __init__(self, plot: Any, labels: dict[str, str]) -> None:
        pg = pyqtgraph()
        self.plot = plot
        legend = plot.addLegend(offset=(8, 8), colCount=3)
        legend.setLabelTextColor(_palette_colour(QPalette.ColorRole.Text))
        backdrop = QColor(_palette_colour(QPalette.ColorRole.Base))
        backdrop.setAlpha(210)
        legend.setBrush(backdrop)
        self.lines: dict[str, Any] = {}
        self.colours: dict[str, str] = {}
        for i, (pillar, label) in enumerate(labels.items()):
            colour = PILLAR_COLOURS[i % len(PILLAR_COLOURS)]
            self.lines[pillar] = plot.plot([], [], pen=pg.mkPen(colour), name=label)
            self.colours[pillar] = colour

    def update(self, weeks: Sequence[WeekPillars], half_width: int = 0) -> None:
        """Each pillar's line over ``weeks``: own scores, or rolling means (``half_width``)."""
        import numpy as np

        markers = not half_width  # a marker on each week's own score, none on a mean
        # Every pillar shares the weeks: their x once, not once per pillar and point.
        xs = np.array([week_middle(week.start) for week in weeks], dtype=float)
        for pillar, line in self.lines.items():
            # Weeks without an answer have no point, and the line joins the answered
            # ones: a chart of broken stubs is harder to read than a trend.
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
        self.plot.setYRange(1, 5.9, padding=0.02)  # room above 5 for the legend
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)]])
        if weeks:
            first, last = week_middle(weeks[0].start), week_middle(weeks[-1].start)
            self.plot.setXRange(first - WEEK_SECONDS, last + WEEK_SECONDS, padding=0)


def pillar_points(scores: Any, half_width: int) -> tuple[Any, Any]:
    """``core.stats.pillar_line`` on a numpy row of scores (NaN: no score that week).

    Returns the scored weeks' indices and their values, the very floats
    ``pillar_line`` gives: the same running sums (``cumsum`` adds in order, as its
    loop does) and the same differences and divisions. Over thirty years the
    loop, run per pillar, took most of drawing the relationship chart.
    """
    import numpy as np

    scored = ~np.isnan(scores)
    at = np.flatnonzero(scored)
    sums = np.concatenate(([0.0], np.cumsum(np.where(scored, scores, 0.0))))
    counts = np.concatenate(([0], np.cumsum(scored)))
    lo = np.maximum(0, at - half_width)
    hi = np.minimum(len(scores), at + half_width + 1)
    return at, (sums[hi] - sums[lo]) / (counts[hi] - counts[lo])

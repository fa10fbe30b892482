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
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
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
    from attune_journal.core.stats import NeedCount, TrendStats, WeekPillars, WeekQuadrants

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

    from attune_journal.ui.workers import guard_true_refcount

    guard_true_refcount()  # pyqtgraph emits signals for every item it draws
    pg.setConfigOptions(antialias=True, background=None, exitCleanup=False)
    return pg


def make_plot(accessible_name: str, dates: bool = True, min_height: int = 220) -> Any:
    """A themed ``PlotWidget``; with ``dates`` the x axis shows calendar dates."""
    pg = pyqtgraph()
    axis_items = {"bottom": pg.DateAxisItem(orientation="bottom")} if dates else {}
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


def draw_activation(plot: Any, stats: TrendStats) -> None:
    """Readings as dots, the smoothed line, and the window band."""
    pg = pyqtgraph()
    plot.clear()
    dark = is_dark()
    accent = QColor("#8cc7c4" if dark else "#3f6f73")
    band = QColor(accent)
    band.setAlpha(45)
    region = pg.LinearRegionItem(
        values=(stats.window.low, stats.window.high),
        orientation="horizontal",
        movable=False,
        brush=band,
        pen=pg.mkPen(accent, width=1, style=Qt.PenStyle.DashLine),
    )
    region.setZValue(-10)
    plot.addItem(region)
    readings = stats.readings
    if readings:
        dots = QColor(_palette_colour(QPalette.ColorRole.Text))
        dots.setAlpha(90 if len(readings) > 2000 else 150)
        plot.plot(
            [r.t for r in readings],
            [r.value for r in readings],
            pen=None,
            symbol="o",
            symbolSize=4 if len(readings) > 1000 else 6,
            symbolPen=None,
            symbolBrush=dots,
        )
    if stats.daily:
        xs = [_noon(p.day) for p in stats.daily]
        plot.plot(xs, [p.smooth for p in stats.daily], pen=pg.mkPen(accent, width=2.5))
    plot.setYRange(0, 10, padding=0.05)
    plot.setXRange(_noon(stats.start) - 43200, _noon(stats.end) + 43200, padding=0.01)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])


def _noon(day: Any) -> float:
    """A day's local noon as a timestamp: the x of a per-day value."""
    return datetime(day.year, day.month, day.day, 12).timestamp()


def draw_quadrant_weeks(plot: Any, weeks: Sequence[WeekQuadrants]) -> None:
    """Stacked bars of each week's quadrant shares (weeks without feelings stay empty)."""
    pg = pyqtgraph()
    plot.clear()
    colours = quadrant_colours()
    xs = [_noon(w.start) + 3 * 86400 for w in weeks]
    bottoms = [0.0] * len(weeks)
    for quadrant in QUADRANTS:
        heights = [w.share(quadrant) * 100 for w in weeks]
        if any(heights):
            plot.addItem(
                pg.BarGraphItem(
                    x=xs,
                    y0=list(bottoms),
                    height=heights,
                    width=WEEK_SECONDS * 0.8,
                    brush=colours[quadrant],
                    pen=pg.mkPen(None),
                )
            )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    plot.setYRange(0, 100, padding=0.02)
    if xs:
        plot.setXRange(xs[0] - WEEK_SECONDS, xs[-1] + WEEK_SECONDS, padding=0)


def draw_needs(plot: Any, needs: Sequence[NeedCount], met_label: str, unmet_label: str) -> None:
    """Horizontal bars, met then unmet, most frequent need at the top."""
    pg = pyqtgraph()
    plot.clear()
    dark = is_dark()
    met_colour = "#7cc287" if dark else "#4c9157"
    unmet_colour = "#e58a73" if dark else "#c0513a"
    count = len(needs)
    ys = [count - i for i in range(count)]
    if needs:
        plot.addItem(
            pg.BarGraphItem(
                x0=[0] * count,
                y=ys,
                height=0.6,
                width=[n.met for n in needs],
                brush=met_colour,
                pen=pg.mkPen(None),
                name=met_label,
            )
        )
        plot.addItem(
            pg.BarGraphItem(
                x0=[n.met for n in needs],
                y=ys,
                height=0.6,
                width=[n.unmet for n in needs],
                brush=unmet_colour,
                pen=pg.mkPen(None),
                name=unmet_label,
            )
        )
        plot.setXRange(0, max(n.total for n in needs) * 1.05, padding=0)
        plot.setYRange(0.4, count + 0.6, padding=0)
    plot.getAxis("left").setTicks([[(y, n.need) for y, n in zip(ys, needs, strict=True)]])


def draw_pillars(plot: Any, weeks: Sequence[WeekPillars], labels: dict[str, str]) -> None:
    """One line per pillar, week by week (gaps where a week had no answer)."""
    pg = pyqtgraph()
    plot.clear()
    legend = plot.getPlotItem().legend
    if legend is None:
        legend = plot.addLegend(offset=(8, 8))
        legend.setLabelTextColor(_palette_colour(QPalette.ColorRole.Text))
    legend.clear()
    xs = [_noon(w.start) + 3 * 86400 for w in weeks]
    for i, (pillar, label) in enumerate(labels.items()):
        ys = [w.scores.get(pillar) for w in weeks]
        points = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
        if not points:
            continue
        colour = PILLAR_COLOURS[i % len(PILLAR_COLOURS)]
        plot.plot(
            [p[0] for p in points],
            [p[1] for p in points],
            pen=pg.mkPen(colour, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=colour,
            symbolPen=None,
            name=label,
        )
    plot.setYRange(1, 5, padding=0.05)

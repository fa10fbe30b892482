"""The Trends screen: activation, feelings, needs, body, strategies and relationship over a range.

The numbers come from ``core.trend_columns`` (a ``core.stats.TrendStats`` worked
out on numpy columns); this screen only asks for them and draws them. Reading and
computing run off the GUI thread (``ui.workers``). Once the whole journal has been
read (range "All"), its columns are kept and every range is computed from them; any
change to any entry drops them, and the next refresh reads afresh (a few tens of milliseconds even
for ten years, so a save costs one read in the background, with nothing to patch).
Every request carries a token, and a result for a range the person has already
left is dropped.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core import stats as core_stats
from attune_journal.core import trend_columns
from attune_journal.core import year as core_year
from attune_journal.core.i18n import format_date, format_number, format_percent, mid_sentence
from attune_journal.core.relationship import WeekAnswers
from attune_journal.core.review import family_label, region_label
from attune_journal.core.timeutil import today_local
from attune_journal.core.vocab import load_relationship
from attune_journal.ui import charts
from attune_journal.ui.bridge import JournalBridge
from attune_journal.ui.insights_panel import InsightsPanel
from attune_journal.ui.navigation import Navigation
from attune_journal.ui.widgets.body_map import BodyMap
from attune_journal.ui.widgets.mood_grid import MoodGrid
from attune_journal.ui.widgets.year_calendar import YearView
from attune_journal.ui.workers import run_in_background
from attune_journal.workspace import Workspace

RANGE_KEYS = ("4w", "3m", "1y", "all", "custom")
NEEDS_SHOWN = 10
# Fewer readings than this in a range: a kind sentence instead of charts squashed
# around four dots.
FEW_READINGS = 5


def opening_range(first_day: date | None, today: date) -> str:
    """The smallest range button that holds the whole journal (first entry on ``first_day``)."""
    for key in ("4w", "3m", "1y"):
        start, _end = range_dates(key, today, (today, today))
        if first_day is None or (start is not None and first_day >= start):
            return key
    return "all"


def range_dates(
    key: str, today: date, custom: tuple[date, date]
) -> tuple[date | None, date | None]:
    """The days a range button covers (``None`` bounds: from the first / to the last entry)."""
    if key == "4w":
        return today - timedelta(days=27), today
    if key == "3m":
        return today - timedelta(days=90), today
    if key == "1y":
        return today - timedelta(days=364), today
    if key == "custom":
        start, end = custom
        return (start, end) if start <= end else (end, start)
    return None, None


@dataclass
class _Result:
    token: int
    generation: int  # which state of the journal the rows were read in
    columns: trend_columns.TrendColumns | None  # the whole journal's, when it was read
    relationship: list[WeekAnswers]
    stats: core_stats.TrendStats
    seconds: float
    range_key: str | None = None  # the range chosen to open on, on the first refresh


class TrendsScreen(QWidget):
    # After a requested range has been drawn, or has failed (tests and the benchmark
    # wait on this instead of polling the event loop).
    settled = Signal()

    def __init__(
        self,
        workspace: Workspace,
        bridge: JournalBridge,
        parent: QWidget | None = None,
        *,
        navigation: Navigation | None = None,
    ):
        super().__init__(parent)
        self.navigation = navigation
        self.workspace = workspace
        self.bridge = bridge
        # The whole journal's columns once read, and every relationship check-in (the
        # pillar panel shows when there are any, whatever the range); ``_generation``
        # counts changes so that a result read before one is never kept.
        self._columns: trend_columns.TrendColumns | None = None
        self._relationship: list[WeekAnswers] = []
        self._generation = 0
        self._token = 0
        self._dirty = True
        self.stats: core_stats.TrendStats | None = None
        self.compute_ms = 0.0
        self.draw_ms = 0.0
        self.error: str | None = None

        # ---- range bar --------------------------------------------------------------------
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QPushButton] = {}
        labels = {
            "4w": self.tr("4 weeks"),
            "3m": self.tr("3 months"),
            "1y": self.tr("1 year"),
            "all": self.tr("All"),
            "custom": self.tr("Custom"),
        }
        self.range_bar = QWidget()
        self.range_bar.setObjectName("rangeBar")
        # The chosen range looks chosen (the base style sheet has no :checked look).
        self.range_bar.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); "
            "color: palette(highlighted-text); border: 1px solid palette(highlight); }"
            "QPushButton:checked:focus { border: 2px solid palette(text); }"
        )
        bar = QHBoxLayout(self.range_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Show:"))
        bar.addWidget(caption)
        for key in RANGE_KEYS:
            button = QPushButton(labels[key])
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Range: {name}").format(name=labels[key]))
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        # The custom dates get a row of their own, shown while "Custom" is chosen: on one
        # row with the buttons they squeezed the buttons' words in a small window.
        day = today_local()
        today = QDate(day.year, day.month, day.day)
        self.from_edit = QDateEdit(today.addDays(-27))
        self.to_edit = QDateEdit(today)
        self.custom_row = QWidget()
        custom_layout = QHBoxLayout(self.custom_row)
        custom_layout.setContentsMargins(0, 0, 0, 0)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(self.tr("Custom range: {which}").format(which=name))
            edit.dateChanged.connect(self._custom_changed)
            label = QLabel(name)
            label.setBuddy(edit)
            custom_layout.addWidget(label)
            custom_layout.addWidget(edit)
        custom_layout.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setAccessibleName(self.tr("Trends status"))

        # ---- charts -------------------------------------------------------------------------
        self.activation_plot = charts.make_plot(self.tr("Activation over time"))
        self.activation_chart = charts.ActivationChart(self.activation_plot)
        self.activation_panel = charts.ChartPanel(
            self.tr("Activation and your window"), self.activation_plot, "activation"
        )
        charts.attach_hover(
            self.activation_plot,
            lambda: self._reading_xs,
            self._describe_reading,
            self.activation_panel.readout,
            self._reading_level,
        )
        self._reading_xs: list[float] = []

        self.feelings_box = QWidget()
        feelings_layout = QHBoxLayout(self.feelings_box)
        feelings_layout.setContentsMargins(0, 0, 0, 0)
        self.mood_grid = MoodGrid()
        # Here the grid only shows where feelings were: no point to place or move. The
        # panel's summary carries the numbers for keyboard and screen-reader users.
        self.mood_grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mood_grid.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.mood_grid.setAccessibleName(self.tr("Where your feelings were on the grid"))
        self.mood_grid.setMinimumSize(200, 200)
        self.mood_grid.setMaximumWidth(260)
        feelings_layout.addWidget(self.mood_grid)
        self.quadrant_plot = charts.make_plot(self.tr("Feelings by quadrant, week by week"))
        self.quadrant_chart = charts.QuadrantChart(self.quadrant_plot)
        self.quadrant_key = QLabel()
        self.quadrant_key.setWordWrap(True)
        bars_box = QVBoxLayout()
        bars_box.addWidget(self.quadrant_plot, 1)
        bars_box.addWidget(self.quadrant_key)
        feelings_layout.addLayout(bars_box, 1)
        self.feelings_panel = charts.ChartPanel(self.tr("Feelings"), self.feelings_box, "feelings")
        charts.attach_hover(
            self.quadrant_plot,
            lambda: self._week_xs,
            self._describe_week,
            self.feelings_panel.readout,
        )
        self._week_xs: list[float] = []

        self.needs_plot = charts.make_plot(self.tr("Needs: met and not met"), dates=False)
        self.needs_chart = charts.NeedsChart(self.needs_plot)
        self.needs_panel = charts.ChartPanel(self.tr("Needs"), self.needs_plot, "needs")

        self.body_box = QWidget()
        body_layout = QHBoxLayout(self.body_box)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_map = BodyMap()
        # How the map's colours map to counts: spread over this range's own regions.
        self.body_scale = QLabel()
        self.body_scale.setObjectName("hint")
        self.body_scale.setWordWrap(True)
        map_box = QVBoxLayout()
        self.body_map.setMaximumWidth(240)
        map_box.addWidget(self.body_map, 1)
        map_box.addWidget(self.body_scale)
        body_layout.addLayout(map_box, 1)
        self.body_list = QListWidget()
        self.body_list.setWordWrap(True)
        self.body_list.setMinimumWidth(190)
        self.body_list.setAccessibleName(self.tr("Body regions and sensation families"))
        body_layout.addWidget(self.body_list, 1)
        self.body_panel = charts.ChartPanel(self.tr("Body"), self.body_box, "body")

        self.strategy_list = QListWidget()
        self.strategy_list.setWordWrap(True)
        self.strategy_list.setSpacing(3)
        self.strategy_list.setAccessibleName(self.tr("What seems to help you"))
        self.strategy_panel = charts.ChartPanel(
            self.tr("What seems to help you"), self.strategy_list, "strategies"
        )

        self.pillar_plot = charts.make_plot(
            self.tr("Relationship pillars, week by week"), min_height=300
        )
        self.pillar_chart = charts.PillarChart(
            self.pillar_plot, {p.id: p.label for p in load_relationship().pillars}
        )
        self.pillar_panel = charts.ChartPanel(
            self.tr("Relationship, week by week"), self.pillar_plot, "relationship"
        )
        charts.attach_hover(
            self.pillar_plot,
            lambda: self.pillar_chart.xs,
            self._describe_pillars,
            self.pillar_panel.readout,
            self.pillar_chart.values_at,
        )

        # ---- a year in feelings: the year of the range's end, one cell per day ------------
        self.year_view = YearView()
        self.year_panel = charts.ChartPanel(
            self.tr("A year in feelings"), self.year_view, "year-in-feelings"
        )
        self.year_view.year_requested.connect(self._show_year)
        self.year_view.calendar.day_chosen.connect(self._open_day)
        self.year_view.calendar.current_changed.connect(
            lambda day: self.year_panel.readout.setText(self.year_view.calendar.describe(day))
        )
        self._year_token = 0
        self._year_shown: int | None = None  # None: to be worked out (again) on the next draw
        bridge.entries_changed.connect(self._year_stale)
        bridge.settings_changed.connect(self._year_stale)

        # ---- what stands out: the insights of the range, worked out on their own --------
        self.insights_panel = InsightsPanel(workspace, bridge, navigation=navigation)

        self._nothing_yet = self.tr(
            "Nothing to chart in this range yet. As you write check-ins and notes, "
            "your patterns will show up here, gently and at your pace."
        )
        self.empty_note = QLabel(self._nothing_yet)
        self.empty_note.setWordWrap(True)
        self.empty_note.setObjectName("hint")
        self.empty_note.hide()

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.empty_note, 0, 0, 1, 2)
        grid.addWidget(self.activation_panel, 1, 0, 1, 2)
        grid.addWidget(self.feelings_panel, 2, 0, 1, 2)
        # Needs and body sit side by side, or one above the other when the window is too
        # narrow for both (see resizeEvent): side by side they forced a sideways scroll.
        self._pair = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._pair.setContentsMargins(0, 0, 0, 0)
        self._pair.setSpacing(12)
        self._pair.addWidget(self.needs_panel, 1)
        self._pair.addWidget(self.body_panel, 1)
        pair = self._pair_widget = QWidget()
        pair.setLayout(self._pair)
        grid.addWidget(pair, 3, 0, 1, 2)
        grid.addWidget(self.strategy_panel, 4, 0, 1, 2)
        grid.addWidget(self.pillar_panel, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.year_panel, 6, 0, 1, 2)
        grid.addWidget(self.insights_panel, 7, 0, 1, 2)
        grid.setRowStretch(8, 1)  # room left over (few charts shown) stays below them
        # Each chart row's least height while it shows (a hidden row takes none).
        self._row_heights = {1: 300, 2: 300, 3: 320, 4: 260, 5: 380}
        self._row_panels: dict[int, QWidget] = {
            1: self.activation_panel,
            2: self.feelings_panel,
            3: pair,
            4: self.strategy_panel,
            5: self.pillar_panel,
        }
        self._grid = grid
        self._fit_rows()
        inner = QWidget()
        inner.setLayout(grid)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.range_bar)
        layout.addWidget(self.custom_row)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)

        # Several saves in a row (an import, a quick burst) cause one refresh.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.refresh)
        bridge.entries_changed.connect(self._entries_changed)
        bridge.settings_changed.connect(self._settings_changed)
        self._fit_axis_labels()

        # Until the first result arrives: it reads the whole journal and opens on the
        # smallest range that holds it (a new journal on 4 weeks, not a year of air).
        self._opening = True
        self.range_key = "4w"
        self.range_buttons["4w"].setChecked(True)
        self._sync_custom_enabled()
        self.refresh()

    # ---- range ---------------------------------------------------------------------------

    def focus_first(self) -> None:
        self.range_buttons[self.range_key].setFocus()

    def set_range(self, key: str) -> None:
        self._opening = False  # the person's choice wins over the opening range
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        self._sync_custom_enabled()
        self.refresh()

    def _sync_custom_enabled(self) -> None:
        custom = self.range_key == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.custom_row.setVisible(custom)

    def _custom_changed(self) -> None:
        if self.range_key == "custom":
            self._debounce.start()

    def current_dates(self) -> tuple[date | None, date | None]:
        custom = (self.from_edit.date().toPython(), self.to_edit.date().toPython())
        return range_dates(self.range_key, today_local(), custom)  # type: ignore[arg-type]

    # ---- refresh -------------------------------------------------------------------------

    def _entries_changed(self, _ids: object) -> None:
        # One entry or many (an import, a restore): the next refresh reads afresh.
        self._columns = None
        self._generation += 1
        self._dirty = True
        if self.isVisible():
            self._debounce.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_axis_labels()

    def _fit_axis_labels(self) -> None:
        """Each chart's bottom axis as tall as a line of its labels at the text size in use.

        pyqtgraph keeps room for 18-pixel labels until it has drawn a taller one, and it
        does not draw a label that would not fit: at a large text size the dates were
        cut at the bottom or left out.
        """
        for plot in (self.activation_plot, self.quadrant_plot, self.needs_plot, self.pillar_plot):
            axis = plot.getAxis("bottom")
            metrics = QFontMetrics(axis.style.get("tickFont") or plot.font())
            offset = axis.style["tickTextOffset"][1]
            axis.setHeight(metrics.height() + offset + max(0, axis.style["tickLength"]) + 2)

    def _settings_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._debounce.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Measured from this screen's new width: the scroll area inside is resized only
        # after this event, so its viewport still has the old width here.
        margins = self._outer.contentsMargins()
        room = (
            event.size().width()
            - margins.left()
            - margins.right()
            - self.scroll_area.verticalScrollBar().sizeHint().width()
            - self._grid.contentsMargins().left()
            - self._grid.contentsMargins().right()
        )
        side_by_side = (
            self.needs_panel.minimumSizeHint().width()
            + self.body_panel.minimumSizeHint().width()
            + self._pair.spacing()
            <= room
        )
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self._pair.direction() != direction:
            self._pair.setDirection(direction)
            self._row_heights[3] = 320 if side_by_side else 640
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows keep their heights while their panel shows; hidden ones close up."""
        for row, height in self._row_heights.items():
            shown = not self._row_panels[row].isHidden()
            if row == 5:
                shown = shown and not self.pillar_plot.isHidden()
            self._grid.setRowMinimumHeight(row, height if shown else 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and not self._debounce.isActive() and self.stats is not None:
            self.refresh()

    def refresh(self) -> None:
        """Ask for the current range's numbers in the background; draw when they arrive."""
        self._debounce.stop()  # this request covers any refresh that was waiting
        self._token += 1
        self._dirty = False
        token = self._token
        start, end = self.current_dates()
        settings = self.workspace.settings
        window = core_stats.Window(settings.window_low, settings.window_high)
        first_weekday = settings.week_start
        journal = self.workspace.journal
        cached = self._columns
        cached_relationship = self._relationship
        generation = self._generation
        opening = self._opening

        def work() -> _Result:
            began = time.perf_counter()
            whole = None
            key = None
            nonlocal start, end
            # The cyclic collector stays off for the whole request, the read included:
            # the tens of thousands of row tuples and readings would otherwise set off
            # full collections of the GUI's large heap (Qt, pyqtgraph, numpy).
            with core_stats.bulk_allocation():
                if cached is not None:
                    columns, relationship = cached, cached_relationship
                else:
                    low, high = (None, None) if opening else trend_columns.read_range(start, end)
                    columns = trend_columns.columns_from_text(journal.trend_text(low, high))
                    relationship = journal.relationship_answers()
                    if low is None:
                        whole = columns
                if opening:
                    first = date.fromordinal(int(columns.day.min())) if len(columns) else None
                    key = opening_range(first, today_local())
                    start, end = range_dates(key, today_local(), (today_local(), today_local()))
                result = trend_columns.compute_trends(
                    columns, window, start, end, first_weekday, relationship
                )
            return _Result(
                token, generation, whole, relationship, result, time.perf_counter() - began, key
            )

        self.status.setText(self.tr("Working out your trends…"))
        run_in_background(work, self._arrived, self._failed, self)

    def _failed(self, error: BaseException) -> None:
        self.error = str(error)
        self.status.setText(
            self.tr("The trends could not be worked out: {error}").format(error=error)
        )
        self.settled.emit()

    def _arrived(self, result: _Result) -> None:
        if result.token != self._token:
            return  # the person has moved on to another range; this one is stale
        if result.range_key is not None and self._opening:
            self._opening = False
            had_focus = self.range_buttons[self.range_key].hasFocus()
            self.range_key = result.range_key
            self.range_buttons[result.range_key].setChecked(True)
            if had_focus:  # the keyboard stays on the chosen range
                self.range_buttons[result.range_key].setFocus()
            self._sync_custom_enabled()
        if result.generation == self._generation:
            self._relationship = result.relationship
            if result.columns is not None:
                self._columns = result.columns
        self.compute_ms = result.seconds * 1000
        began = time.perf_counter()
        self.show_stats(result.stats)
        self.draw_ms = (time.perf_counter() - began) * 1000
        self.insights_panel.load(*self.current_dates())
        self.error = None
        self.settled.emit()

    # ---- drawing -------------------------------------------------------------------------

    def show_stats(self, stats: core_stats.TrendStats) -> None:
        self.stats = stats
        start, end = stats.start, stats.end
        entries = stats.entry_count  # %Ln: 1,000 rather than 1000
        self.status.setText(
            self.tr("{start} to {end} · %Ln check-ins and notes", "", entries).format(
                start=format_date(start, "day_month_year_short"),
                end=format_date(end, "day_month_year_short"),
            )
        )
        readings = stats.shares.total
        few = readings < FEW_READINGS
        if readings == 0:
            self.empty_note.setText(self._nothing_yet)
        else:
            self.empty_note.setText(
                self.tr(
                    "A few more check-ins and patterns will start to show. "
                    "So far %n readings in this range; the charts appear from {min}.",
                    "",
                    readings,
                ).format(min=FEW_READINGS)
            )
        self.empty_note.setVisible(few)
        # A handful of dots squashed into wide charts says nothing: the sentence instead.
        for panel in (self.activation_panel, self.feelings_panel, self._pair_widget):
            panel.setVisible(not few)
        self.strategy_panel.setVisible(not few or bool(stats.strategies.uses))
        self._show_activation(stats)
        self._show_feelings(stats)
        self._show_needs(stats)
        self._show_body(stats)
        self._show_strategies(stats)
        self._show_pillars(stats)
        if self._year_shown != stats.end.year:
            self._show_year(stats.end.year)
        self._fit_rows()

    def _show_activation(self, stats: core_stats.TrendStats) -> None:
        self.activation_chart.update(stats)
        self._reading_xs = list(map(itemgetter(0), stats.readings))  # each Reading's t
        shares = stats.shares
        window = stats.window
        if shares.total:
            readings, days = shares.total, 2 * stats.half_width + 1  # plain names for lupdate
            text = self.tr(
                "Activation: {inside}% of readings inside your window ({low}–{high}), "
                "{above}% above, {below}% below; %Ln readings.",
                "",
                readings,
            ).format(
                inside=round(shares.share("inside") * 100),
                above=round(shares.share("above") * 100),
                below=round(shares.share("below") * 100),
                low=window.low,
                high=window.high,
            )
            text += " " + self.tr("The line is a rolling mean over %n days.", "", days)
            if self.activation_chart.daily_means:
                text += " " + self.tr(
                    "Each dot is one day's mean; hover for the readings themselves."
                )
        else:
            text = self.tr("Activation: no readings in this range yet.")
        self.activation_panel.set_summary(text)

    def _describe_reading(self, index: int) -> str:
        if self.stats is None or not 0 <= index < len(self.stats.readings):
            return ""
        reading = self.stats.readings[index]
        kinds = {
            "checkin": self.tr("check-in"),
            "note": self.tr("note"),
            "after": self.tr("after a strategy"),
        }
        moment = reading.at.astimezone()
        return self.tr("{when}: activation {value} ({kind})").format(
            when=(
                f"{format_date(moment, 'weekday_day_month_year_short')}, "
                f"{format_date(moment, 'time')}"
            ),
            value=reading.value,
            kind=kinds[reading.source],
        )

    def _reading_level(self, index: int) -> list[float]:
        if self.stats is None or not 0 <= index < len(self.stats.readings):
            return []
        return [self.stats.readings[index].value]

    def _show_feelings(self, stats: core_stats.TrendStats) -> None:
        half_width = core_stats.weekly_half_width(len(stats.quadrant_weeks))
        self.quadrant_chart.update(stats.quadrant_weeks, half_width)
        self._week_xs = self.quadrant_chart.xs
        self.mood_grid.set_density(stats.density)  # the grid scales what it bins
        colours = charts.quadrant_colours()
        names = {
            "yellow": self.tr("pleasant, energised"),
            "green": self.tr("pleasant, calm"),
            "red": self.tr("unpleasant, energised"),
            "blue": self.tr("unpleasant, low"),
        }
        self.quadrant_key.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{colours[q]}">■</span>&nbsp;{html.escape(names[q])}'
                for q in core_stats.QUADRANTS
            )
        )
        totals = core_stats.quadrant_totals(stats.quadrant_weeks)
        whole = sum(totals.values())
        if whole:
            text = self.tr(
                "Feelings (weighted by intensity): pleasant and energised {yellow}%, "
                "pleasant and calm {green}%, unpleasant and energised {red}%, "
                "unpleasant and low {blue}%."
            ).format(**{q: round(totals[q] * 100 / whole) for q in core_stats.QUADRANTS})
            if half_width:
                weeks = 2 * half_width + 1
                text += " " + self.tr(
                    "Each bar shows the %n weeks around it; hover for a week's own shares.",
                    "",
                    weeks,
                )
        else:
            text = self.tr("Feelings: none placed on the grid in this range yet.")
        self.feelings_panel.set_summary(text)

    def _describe_week(self, index: int) -> str:
        if self.stats is None or not 0 <= index < len(self.stats.quadrant_weeks):
            return ""
        week = self.stats.quadrant_weeks[index]
        if not week.total:
            return self.tr("{week}: no feelings placed").format(week=week.week)
        return self.tr(
            "{week}: pleasant-energised {yellow}%, pleasant-calm {green}%, "
            "unpleasant-energised {red}%, unpleasant-low {blue}%"
        ).format(
            week=week.week,
            **{q: round(week.share(q) * 100) for q in core_stats.QUADRANTS},
        )

    def _show_needs(self, stats: core_stats.TrendStats) -> None:
        shown = stats.needs[:NEEDS_SHOWN]
        self.needs_chart.update(shown)
        if shown:
            parts = [
                self.tr("{need} {met} met, {unmet} not met").format(
                    need=n.need, met=n.met, unmet=n.unmet
                )
                for n in shown[:3]
            ]
            text = self.tr("Most alive needs (blue met, orange not met): {list}.").format(
                list="; ".join(parts)
            )
        else:
            text = self.tr("Needs: none noted in this range yet.")
        self.needs_panel.set_summary(text)

    def _show_body(self, stats: core_stats.TrendStats) -> None:
        heat, fewest, most = core_stats.body_heat_spread(stats.body)
        self.body_map.set_heat(heat)
        if not stats.body:
            self.body_scale.clear()
        elif fewest == most:
            self.body_scale.setText(
                self.tr("Each region shown was noticed %n times in this range.", "", most)
            )
        else:
            self.body_scale.setText(
                # The most is at least 2 here (more than the fewest): only the fewest needs
                # the language's plural ("faintest once").
                self.tr(
                    "Colour spread over this range: faintest %n times, strongest {most} times.",
                    "",
                    fewest,
                ).format(most=format_number(most))
            )
        self.body_list.clear()
        totals = core_stats.family_totals(stats.body)
        whole = sum(totals.values())
        for family, count in sorted(totals.items(), key=lambda item: -item[1]):
            self.body_list.addItem(
                self.tr("{family}: {share} of sensations").format(
                    family=family_label(family), share=format_percent(count / whole)
                )
            )
        for region in stats.body[:8]:
            top, times = region.top_family(), region.total
            self.body_list.addItem(
                (
                    self.tr("{region}: noticed %n times, mostly {family}", "", times)
                    if top
                    else self.tr("{region}: noticed %n times", "", times)
                ).format(
                    region=region_label(region.region),
                    family=mid_sentence(family_label(top)) if top else "",
                )
            )
        if stats.body:
            text = self.tr("Body: most noticed {regions}.").format(
                regions=", ".join(mid_sentence(region_label(r.region)) for r in stats.body[:3])
            )
        else:
            text = self.tr("Body: nothing noted in this range yet.")
        self.body_panel.set_summary(text)

    def _show_strategies(self, stats: core_stats.TrendStats) -> None:
        report = stats.strategies
        self.strategy_list.clear()
        # The weekly review words them the same way, by the same rule (core.stats).
        lines = core_stats.helped_lines(report)
        # Greyed: what cannot be told yet (a strategy with too few tries, no waiting yet).
        muted = {lines[-1]} if report.too_few else set()
        if report.waiting.n < core_stats.MIN_TRIES:
            muted.add(core_stats.waiting_line(report.waiting))
        for line in lines:
            item = QListWidgetItem(line)
            if line in muted:
                item.setForeground(self.palette().placeholderText())
            self.strategy_list.addItem(item)
        uses = report.uses  # plain names: lupdate reads them as the counts
        least = core_stats.MIN_TRIES
        minutes = int(core_stats.WAITING_MAX_GAP.total_seconds() // 60)
        if report.ranked:
            helping = sum(1 for s in report.ranked if s.helps)
            ranked = len(report.ranked)
            sentences = [
                self.tr("%Ln tries of a strategy with a before and after.", "", uses),
                self.tr(
                    "Activation often settles by itself, so each strategy tried %n times or "
                    "more is set against waiting: how your readings moved toward the middle "
                    "of your window when two came up to {minutes} minutes apart with no "
                    "strategy noted.",
                    "",
                    least,
                ).format(minutes=minutes),
                self.tr(
                    "Of {ranked}, %n seem to help more than waiting, and only when the "
                    "difference holds even at the cautious end of its range (a 95% interval).",
                    "",
                    helping,
                ).format(ranked=ranked)
                if helping
                else self.tr(
                    "Of {ranked}, none seems to help more than waiting so far: a strategy "
                    "counts as helping only when the difference holds even at the cautious "
                    "end of its range (a 95% interval)."
                ).format(ranked=ranked),
                self.tr("Hints, not proof."),
            ]
            text = " ".join(sentences)
        elif report.uses:
            text = " ".join(
                (
                    self.tr("%Ln tries of a strategy with a before and after so far.", "", uses),
                    self.tr(
                        "After %n tries of one strategy, this shows whether it seems to help "
                        "more than waiting.",
                        "",
                        least,
                    ),
                )
            )
        else:
            text = self.tr(
                "No strategies with a before and after in this range yet. "
                "A quick regulation note (Ctrl+Shift+N) records one."
            )
        self.strategy_panel.set_summary(text)

    def _show_pillars(self, stats: core_stats.TrendStats) -> None:
        answered = [w for w in stats.pillar_weeks if w.answered]
        visible = self.workspace.settings.relationship_enabled or bool(
            self._relationship if self._relationship else answered
        )
        self.pillar_panel.setVisible(visible)
        if not visible:
            return
        labels = {p.id: p.label for p in load_relationship().pillars}
        half_width = core_stats.weekly_half_width(len(stats.pillar_weeks))
        self.pillar_chart.update(stats.pillar_weeks, half_width)
        self.pillar_plot.setVisible(bool(answered))  # six empty rows say nothing
        if answered:
            latest = answered[-1]
            parts = [
                f"{labels[p]} {format_number(s, 1)}"
                for p, s in latest.scores.items()
                if s is not None
            ]
            weeks_answered = len(answered)
            text = self.tr(
                "%n weekly check-ins in this range. Latest ({week}): {scores}. "
                "A direction to notice, never a grade. Each row is one pillar, 1 at the "
                "bottom of its row and 5 at the top.",
                "",
                weeks_answered,
            ).format(week=latest.week, scores=", ".join(parts))
            if half_width:
                # Over years the weekly ups and downs would turn each row into a scribble.
                weeks = 2 * half_width + 1
                text += " " + self.tr(
                    "Each line is a rolling mean over %n weeks; hover for a week's own scores.",
                    "",
                    weeks,
                )
        else:
            text = self.tr("No relationship check-ins in this range yet.")
        self.pillar_panel.set_summary(text)

    def _year_stale(self, *_args: object) -> None:
        self._year_shown = None

    def _show_year(self, year: int) -> None:
        """Work out ``year``'s days in the background, from the whole journal's columns
        when they are kept, else from that year's own reading; then show them."""
        self._year_token += 1
        token = self._year_token
        settings = self.workspace.settings
        window = core_stats.Window(settings.window_low, settings.window_high)
        first_weekday = settings.week_start
        journal = self.workspace.journal
        cached = self._columns
        today = today_local()

        def work() -> tuple[int, core_year.YearInFeelings]:
            with core_stats.bulk_allocation():
                if cached is not None:
                    columns = cached
                else:
                    span = core_year.read_span(year, today)
                    columns = trend_columns.columns_from_text(journal.trend_text(*span))
                return token, core_year.year_in_feelings(columns, window, year, today)

        def arrived(result: tuple[int, core_year.YearInFeelings]) -> None:
            if result[0] != self._year_token:
                return  # another year was asked for since
            data = result[1]
            self._year_shown = year
            self.year_view.set_data(year, data, first_weekday, latest_year=today.year)
            # How often lately sits beside the year chooser (``YearView``), not twice.
            days = data.days_with_checkin
            self.year_panel.set_summary(
                self.tr("{year}: a check-in on %n days.", "", days).format(year=year)
            )

        def failed(error: BaseException) -> None:
            self.year_panel.set_summary(
                self.tr("The year could not be worked out: {error}").format(error=error)
            )

        run_in_background(work, arrived, failed, self)

    def _open_day(self, day: date) -> None:
        """A day chosen on the year calendar: its entries in History, when there is one."""
        if self.navigation is None or not self.navigation.offers_screen("history"):
            return
        self.navigation.show_in_history(day)

    def _describe_pillars(self, index: int) -> str:
        if self.stats is None or not 0 <= index < len(self.stats.pillar_weeks):
            return ""
        week = self.stats.pillar_weeks[index]
        if not week.answered:
            return self.tr("{week}: no check-in").format(week=week.week)
        labels = {p.id: p.label for p in load_relationship().pillars}
        parts = [
            f"{labels[p]} {format_number(s, 1)}" for p, s in week.scores.items() if s is not None
        ]
        return f"{week.week}: " + ", ".join(parts)

"""The year calendar: keys move a day, the focused day in words, hover, click, no streaks."""

from __future__ import annotations

import inspect
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QToolTip

from attune_journal.core import trend_columns
from attune_journal.core import year as core_year
from attune_journal.core.models import CheckIn, Feeling, StrategyTry
from attune_journal.core.stats import Window
from attune_journal.storage.repository import Journal
from attune_journal.ui.widgets import year_calendar
from attune_journal.ui.widgets.year_calendar import YearCalendar, YearView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

CET = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 25)


def _at(day: date, hour: int = 8) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CET)


@pytest.fixture
def days(journal: Journal) -> core_year.YearInFeelings:
    """3 March 2026: two check-ins, mostly pleasant and calm, 2 of 3 readings inside 3..6."""
    march_3 = date(2026, 3, 3)
    journal.save(
        CheckIn(
            at=_at(march_3),
            feelings=[Feeling("calm", 0.5, -0.5, 3), Feeling("tense", -0.4, 0.7, 1)],
            activation=5,
            strategy=StrategyTry("cyclic sigh", 7, 4),
        )
    )
    journal.save(CheckIn(at=_at(march_3, 20), activation=8))
    journal.save(CheckIn(at=_at(date(2026, 3, 10)), activation=2))  # no feelings placed
    text = journal.trend_text(*core_year.read_span(2026, TODAY))
    return core_year.year_in_feelings(
        trend_columns.columns_from_text(text), Window(3, 6), 2026, TODAY
    )


@pytest.fixture
def calendar(qtbot, days) -> YearCalendar:
    widget = YearCalendar()
    qtbot.addWidget(widget)
    widget.set_data(2026, days, first_weekday=0)
    widget.resize(900, widget.heightForWidth(900))
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def test_the_day_in_words(calendar) -> None:
    assert calendar.describe(date(2026, 3, 3)) == (
        "Tuesday 3 March: mostly pleasant and calm, 67% of readings in your window, 2 check-ins"
    )
    assert calendar.describe(date(2026, 3, 10)) == (
        "Tuesday 10 March: no feelings placed on the grid, 0% of readings in your window, "
        "1 check-in"
    )
    assert calendar.describe(date(2026, 7, 1)) == "Wednesday 1 July: nothing written"
    assert calendar.accessibleName() == "A year in feelings, 2026"


def test_keys_move_a_day_a_week_a_month_and_the_words_follow(qtbot, calendar) -> None:
    calendar.set_current_day(date(2026, 3, 2))
    moved: list[date] = []
    calendar.current_changed.connect(moved.append)
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.current_day == date(2026, 3, 3)
    assert calendar.accessibleDescription().startswith("Tuesday 3 March: mostly pleasant and calm")
    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    assert calendar.current_day == date(2026, 3, 10)
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.current_day == date(2026, 3, 2)
    qtbot.keyClick(calendar, Qt.Key.Key_End)
    assert calendar.current_day == date(2026, 3, 31)
    qtbot.keyClick(calendar, Qt.Key.Key_Home)
    assert calendar.current_day == date(2026, 3, 1)
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.current_day == date(2026, 4, 1)
    qtbot.keyClick(calendar, Qt.Key.Key_PageUp)
    qtbot.keyClick(calendar, Qt.Key.Key_PageUp)
    assert calendar.current_day == date(2026, 2, 1)
    qtbot.keyClick(calendar, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert calendar.current_day == date(2026, 12, 31)
    qtbot.keyClick(calendar, Qt.Key.Key_Right)  # the year ends here
    assert calendar.current_day == date(2026, 12, 31)
    qtbot.keyClick(calendar, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert calendar.current_day == date(2026, 1, 1)
    assert moved[0] == date(2026, 3, 3) and moved[-1] == date(2026, 1, 1)


def test_enter_chooses_the_focused_day(qtbot, calendar) -> None:
    calendar.set_current_day(date(2026, 3, 3))
    with qtbot.waitSignal(calendar.day_chosen) as chosen:
        qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert chosen.args == [date(2026, 3, 3)]


def test_hover_tells_the_day_and_a_click_chooses_it(qtbot, calendar) -> None:
    cell = calendar.cell_rect(date(2026, 3, 3))
    assert calendar.day_at(cell.center()) == date(2026, 3, 3)
    qtbot.mouseMove(calendar, cell.center())
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text().startswith("Tuesday 3 March: mostly pleasant and calm")
    with qtbot.waitSignal(calendar.day_chosen) as chosen:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=cell.center())
    assert chosen.args == [date(2026, 3, 3)]
    assert calendar.current_day == date(2026, 3, 3)
    gap = QPoint(cell.right() + 2, cell.center().y())  # between two days: nothing
    assert calendar.day_at(gap) is None


def test_every_cell_inside_the_widget_at_a_small_width(qtbot, calendar) -> None:
    for width in (300, 560, 900, 1650):
        calendar.resize(width, calendar.heightForWidth(width))
        for day in (date(2026, 1, 1), date(2026, 8, 31), date(2026, 12, 31)):
            assert calendar.rect().contains(calendar.cell_rect(day)), (width, day)


def test_the_year_chooser_asks_for_the_next_and_previous_year(qtbot, days) -> None:
    view = YearView()
    qtbot.addWidget(view)
    view.set_data(2026, days, latest_year=2026)
    view.show()
    assert not view.next_button.isEnabled()  # no days after this year yet
    with qtbot.waitSignal(view.year_requested) as asked:
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert asked.args == [2025]
    assert "28 days" in view.recent_label.text()


def test_no_streaks_anywhere() -> None:
    for module in (year_calendar, core_year):
        assert "streak" not in inspect.getsource(module).lower()
    view = YearView()
    texts = [view.calendar.describe(date(2026, 1, 1)), view.calendar._legend_text()]
    texts += [label.text() for label in view.findChildren(QLabel)]
    assert not any("streak" in text.lower() for text in texts)
    view.deleteLater()


def test_in_trends_a_day_chosen_opens_it_in_history(qtbot, data_dir, fixed_clock, request) -> None:
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    day = fixed_clock.today - timedelta(days=2)
    for back in range(6):
        workspace.journal.save(
            CheckIn(
                at=_at(day - timedelta(days=back)),
                activation=5,
                feelings=[Feeling("calm", 0.5, -0.5, 2)],
            )
        )
    workspace.close()
    window = request.getfixturevalue("main_window")
    window.show_screen("trends")
    trends = window.page("trends")
    calendar = trends.year_view.calendar
    qtbot.waitUntil(lambda: calendar.data is not None, timeout=10000)
    assert calendar.year == fixed_clock.today.year
    assert "a check-in on 6 days" in trends.year_panel.summary.text()
    assert "6 of the last 28 days" in trends.year_view.recent_label.text()
    assert calendar.describe(day).endswith(
        "mostly pleasant and calm, 100% of readings in your window, 1 check-in"
    )
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=calendar.cell_rect(day).center())
    history = window.page("history")
    assert history.isVisible()
    assert history.from_date.day() == day and history.to_date.day() == day

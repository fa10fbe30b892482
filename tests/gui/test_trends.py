"""The Trends screen on a generated three-year journal: ranges, workers, charts, PNG, refresh."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from attune_journal.core.models import Note
from tests.clock import Clock
from tests.journal_gen import generate


@pytest.fixture
def generated(data_dir: Path, fixed_clock: Clock) -> int:
    """Three years of entries up to the pinned today (the screen's ranges end there too)."""
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    workspace.settings.relationship_enabled = True
    workspace.save_settings()
    count = generate(workspace.journal, end=fixed_clock.today, years=3)
    workspace.close()
    return count


@pytest.fixture
def trends(qtbot, generated: int, request: pytest.FixtureRequest) -> Iterator[object]:
    window = request.getfixturevalue("main_window")
    window.show_screen("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.stats is not None, timeout=10000)
    yield page


def _wait_for(qtbot, page, start: date | None) -> None:
    qtbot.waitUntil(
        lambda: (
            page.stats is not None
            and not page._debounce.isActive()
            and (start is None or page.stats.start == start)
        ),
        timeout=10000,
    )


def test_opens_on_all_then_a_year_with_every_chart_filled(
    qtbot, fixed_clock: Clock, trends, generated: int
) -> None:
    today = fixed_clock.today
    # Three years of entries: the smallest range holding them all is "All".
    assert trends.range_key == "all" and trends.range_buttons["all"].isChecked()
    assert trends.stats.start == today - timedelta(days=365 * 3 - 1)
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("1y")
    stats = trends.stats
    assert (stats.start, stats.end) == (today - timedelta(days=364), today)
    assert stats.entry_count > 600 and generated > stats.entry_count
    # Dots, smoothed line and the window band are all on the activation chart.
    items = trends.activation_plot.getPlotItem().items
    assert len(trends.activation_plot.getPlotItem().listDataItems()) == 2
    assert any(type(item).__name__ == "LinearRegionItem" for item in items)
    assert trends.activation_plot.accessibleDescription().startswith("Activation: ")
    assert "% of readings inside your window (3–6)" in trends.activation_panel.summary.text()
    bars = [
        i for i in trends.quadrant_plot.getPlotItem().items if type(i).__name__ == "BarGraphItem"
    ]
    assert len(bars) == 4
    assert trends.needs_plot.getPlotItem().items  # met and unmet bars
    sentences = [trends.strategy_list.item(i).text() for i in range(trends.strategy_list.count())]
    assert any(", on average" in s and "toward the middle of your window (" in s for s in sentences)
    assert trends.body_list.count() > 3
    assert trends.pillar_panel.isVisibleTo(trends)
    assert any(any(row) for row in trends.mood_grid.density_cells())
    assert trends.compute_ms > 0 and trends.draw_ms > 0


def test_switching_ranges(qtbot, fixed_clock: Clock, trends) -> None:
    today = fixed_clock.today
    qtbot.mouseClick(trends.range_buttons["4w"], Qt.MouseButton.LeftButton)
    _wait_for(qtbot, trends, today - timedelta(days=27))
    assert len(trends.stats.quadrant_weeks) in (4, 5)
    trends.set_range("3m")
    _wait_for(qtbot, trends, today - timedelta(days=90))
    assert "rolling mean" not in trends.pillar_panel.summary.text()  # each week's own
    assert "weeks around it" not in trends.feelings_panel.summary.text()
    trends.set_range("all")
    first = today - timedelta(days=365 * 3 - 1)
    _wait_for(qtbot, trends, first)
    assert trends.stats.half_width == max(3, (today - first).days // 100)
    # Three years of readings are drawn as a density image, not thousands of dots.
    assert trends.activation_chart.density.isVisible()
    # ...and ~157 weeks of pillar scores as rolling means over nine weeks, said so.
    assert "rolling mean over 9 weeks" in trends.pillar_panel.summary.text()
    assert "Each bar shows the 9 weeks around it" in trends.feelings_panel.summary.text()
    assert not trends.custom_row.isVisibleTo(trends)  # the dates show only for "Custom"
    trends.set_range("custom")
    assert trends.from_edit.isEnabled() and trends.custom_row.isVisibleTo(trends)
    trends.from_edit.setDate(today - timedelta(days=10))
    trends.to_edit.setDate(today - timedelta(days=3))
    _wait_for(qtbot, trends, today - timedelta(days=10))
    assert trends.stats.end == today - timedelta(days=3)


def test_a_stale_result_is_dropped(qtbot, fixed_clock: Clock, trends) -> None:
    four_weeks = fixed_clock.today - timedelta(days=27)
    trends.set_range("all")
    trends.set_range("4w")  # before "all" arrives
    token = trends._token
    _wait_for(qtbot, trends, four_weeks)
    qtbot.wait(300)  # any late "all" result has had time to arrive
    assert trends.stats.start == four_weeks
    assert trends._token == token


def test_save_as_png(qtbot, trends, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from attune_journal.ui import charts

    monkeypatch.setattr(charts, "ask_png_path", lambda parent, suggested: str(tmp_path / "mine"))
    saved = trends.activation_panel.save_png()
    assert saved == str(tmp_path / "mine.png")
    assert (tmp_path / "mine.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Saved to" in trends.activation_panel.message.text()
    monkeypatch.setattr(charts, "ask_png_path", lambda parent, suggested: None)
    assert trends.needs_panel.save_png() is None  # cancelled: nothing written


def test_a_save_and_a_trash_show_up_after_the_refresh(qtbot, trends) -> None:
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("all")
    assert trends._columns is not None  # the whole journal, kept for the next range
    before = trends.stats.entry_count
    note = trends.bridge.save(Note(text="A wave of it.", activation=9))
    assert trends._columns is None  # any change: read afresh
    qtbot.waitUntil(lambda: trends.stats.entry_count == before + 1, timeout=10000)
    assert [r.value for r in trends.stats.readings if r.entry_id == note.id] == [9]
    trends.bridge.trash(note.id)
    qtbot.waitUntil(lambda: trends.stats.entry_count == before, timeout=10000)
    assert note.id not in {r.entry_id for r in trends.stats.readings}
    assert trends.error is None


def test_ranges_after_all_are_worked_out_from_the_kept_columns(
    qtbot, fixed_clock: Clock, trends, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("all")
    fresh = trends.stats

    def no_reread(*_args: object) -> None:
        raise AssertionError("the kept columns should serve every range")

    monkeypatch.setattr(trends.workspace.journal, "trend_text", no_reread)
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("4w")
    assert trends.error is None and trends.stats.start == fixed_clock.today - timedelta(days=27)
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("all")
    assert trends.stats == fresh


def test_many_changes_reread_everything(qtbot, trends) -> None:
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("all")
    generation = trends._generation
    trends.workspace.journal.save(Note(text="Imported.", activation=1))
    before = trends.stats.entry_count
    trends.bridge.announce_many()
    assert trends._columns is None and trends._generation == generation + 1
    qtbot.waitUntil(lambda: trends.stats.entry_count == before + 1, timeout=10000)
    assert trends._columns is not None and len(trends._columns) == before + 1


def test_a_failure_is_reported_not_raised(qtbot, trends, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(trends.workspace.journal, "trend_text", broken)
    trends._columns = None
    trends.refresh()
    qtbot.waitUntil(lambda: trends.error is not None, timeout=10000)
    assert "disk went away" in trends.status.text()


def test_settled_follows_a_drawn_range_and_a_failure(
    qtbot, trends, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("all")
    # Drawn before it said so: the whole journal, from its first day.
    assert trends.stats.start == date.fromordinal(int(trends._columns.day.min()))

    def broken(*_args: object) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(trends.workspace.journal, "trend_text", broken)
    trends._columns = None
    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.refresh()
    assert trends.error is not None


def test_empty_journal(qtbot, main_window) -> None:
    main_window.show_screen("trends")
    page = main_window.page("trends")
    qtbot.waitUntil(lambda: page.stats is not None, timeout=10000)
    assert page.stats.entry_count == 0
    assert page.empty_note.isVisibleTo(page)
    assert page.activation_panel.summary.text() == "Activation: no readings in this range yet."
    assert page.strategy_list.count() == 0
    assert not page.pillar_panel.isVisibleTo(page)  # relationship module off and no data


def test_keyboard_reaches_the_range_buttons(qtbot, trends) -> None:
    trends.focus_first()
    qtbot.waitUntil(lambda: trends.range_buttons["all"].hasFocus())
    for button in trends.range_buttons.values():
        assert button.focusPolicy() != button.focusPolicy().NoFocus
        assert button.accessibleName().startswith("Range: ")


def test_counts_are_written_the_way_the_locale_writes_numbers(qtbot, trends) -> None:
    from PySide6.QtCore import QLocale

    with qtbot.waitSignal(trends.settled, timeout=10000):
        trends.set_range("all")
    count = trends.stats.entry_count
    assert count >= 1000  # three generated years: a count with a group separator
    assert QLocale().toString(count) in trends.status.text()
    assert QLocale().toString(trends.stats.shares.total) in trends.activation_panel.summary.text()


def test_a_small_window_stacks_needs_over_body_and_never_scrolls_sideways(
    qtbot, main_window
) -> None:
    from PySide6.QtWidgets import QBoxLayout

    main_window.show_screen("trends")
    page = main_window.page("trends")
    qtbot.waitUntil(lambda: page.stats is not None, timeout=10000)
    main_window.resize(700, 500)
    qtbot.waitUntil(lambda: page._pair.direction() == QBoxLayout.Direction.TopToBottom)
    inner = page.scroll_area.widget()
    qtbot.waitUntil(lambda: inner.minimumSizeHint().width() <= page.scroll_area.viewport().width())
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    # The range buttons keep their words: none is narrower than its text needs.
    for button in page.range_buttons.values():
        assert button.width() >= button.minimumSizeHint().width()
    main_window.resize(1280, 800)
    qtbot.waitUntil(lambda: page._pair.direction() == QBoxLayout.Direction.LeftToRight)

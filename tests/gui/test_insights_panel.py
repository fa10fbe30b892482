"""Trends' "What stands out": a journal with known patterns shows them in words, explains
how they are worked out, hides one from the keyboard (and remembers it), and opens
exactly the entries behind one in History."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from attune_journal.settings import load_settings
from bench.generate import generate_entries
from tests.clock import Clock

# The offscreen platform cannot pass a dialog's size hints on to a window system.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def trends(qtbot, data_dir: Path, fixed_clock: Clock, request: pytest.FixtureRequest):
    """Trends open on a two-year journal with planted patterns, insights shown."""
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    workspace.journal.save_many(list(generate_entries(2, end=fixed_clock.today, planted=True)))
    workspace.close()

    window = request.getfixturevalue("main_window")
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(window, QKeySequence("Ctrl+3"))
    page = window.page("trends")
    panel = page.insights_panel
    qtbot.waitUntil(lambda: page.isVisible() and not page._opening, timeout=10000)
    qtbot.waitUntil(lambda: panel.report is not None and bool(panel.rows), timeout=10000)
    page.scroll_area.ensureWidgetVisible(panel)
    return window, page, panel


def test_what_stands_out_shows_the_insights_in_words(qtbot, trends) -> None:
    _window, _page, panel = trends
    report = panel.report
    assert report.headline().endswith("stand out.")
    assert panel.headline.text() == report.headline()
    assert [row.sentence.text() for row in panel.rows] == [i.sentence() for i in report.insights]
    assert any("rest was unmet" in row.sentence.text() for row in panel.rows)
    # Each sentence wraps inside the panel; every button says what it is about.
    first = panel.rows[0]
    assert first.sentence.wordWrap()
    assert first.sentence.width() <= panel.width()
    assert first.show_button.accessibleName().startswith("Show the entries behind: ")
    assert first.hide_button.accessibleName().startswith("Hide: ")


def test_how_is_this_worked_out_opens_the_explanation(qtbot, trends) -> None:
    _window, _page, panel = trends
    qtbot.mouseClick(panel.explain_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    dialog = panel.dialog
    assert dialog.windowTitle() == "How is this worked out?"
    assert "Benjamini–Hochberg" in dialog.body.text()
    assert f"{panel.report.tested} comparisons were made" in dialog.body.text()
    qtbot.keyClick(dialog.body, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert panel.explain_button.hasFocus()


def test_hide_with_the_keyboard_and_show_again(qtbot, trends, data_dir: Path) -> None:
    window, _page, panel = trends
    first = panel.rows[0].insight
    second = panel.rows[1].insight
    panel.explain_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # "Show these entries"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # "Hide"
    assert QApplication.focusWidget() is panel.rows[0].hide_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)

    assert panel.rows[0].insight.id == second.id
    assert first.id not in [row.insight.id for row in panel.rows]
    assert panel.rows[0].show_button.hasFocus()  # the keyboard stays in the list
    assert window.workspace.settings.hidden_insights == [first.id]
    saved, _problem = load_settings(window.workspace.paths.settings)
    assert saved.hidden_insights == [first.id]
    assert panel.hidden_box.isVisible() and "1 of them is hidden" in panel.hidden_note.text()

    # A refresh of Trends (saving settings asks for one) keeps it hidden.
    qtbot.wait(600)
    assert first.id not in [row.insight.id for row in panel.rows]

    qtbot.mouseClick(panel.show_hidden_button, Qt.MouseButton.LeftButton)
    assert panel.rows[0].insight.id == first.id
    assert not panel.hidden_box.isVisible()
    saved, _problem = load_settings(window.workspace.paths.settings)
    assert saved.hidden_insights == [] and saved.hidden_insight_kinds == []


def test_hide_all_like_this_hides_the_kind(qtbot, trends) -> None:
    window, _page, panel = trends
    tagged = next(row for row in panel.rows if row.insight.kind == "tag-activation")
    qtbot.mouseClick(tagged.hide_kind_button, Qt.MouseButton.LeftButton)
    assert all(row.insight.kind != "tag-activation" for row in panel.rows)
    assert window.workspace.settings.hidden_insight_kinds == ["tag-activation"]


def test_show_these_entries_lists_exactly_them_in_history(qtbot, trends) -> None:
    window, _page, panel = trends
    row = next(r for r in panel.rows if r.insight.id == "need-activation:rest:unmet")
    wanted = set(row.insight.entry_ids)
    qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)

    history = window.page("history")
    qtbot.waitUntil(history.isVisible)
    history.model.fetch_all()
    listed = [history.model.entry_at(i).id for i in range(history.model.rowCount())]
    assert set(listed) == wanted and len(listed) == len(wanted)
    times = [history.model.entry_at(i).at for i in range(history.model.rowCount())]
    assert times == sorted(times, reverse=True)  # newest first, as History always lists
    assert history.mode_label.isVisible()
    assert history.mode_label.text().startswith(
        "Entries behind: Rest being unmet went with higher activation."
    )
    assert history.count_label.text() == f"{len(wanted)} entries"

    # "Clear filters" is the way back to every entry.
    qtbot.mouseClick(history.clear_filters, Qt.MouseButton.LeftButton)
    assert not history.mode_label.isVisible()
    assert history.model.total() > len(wanted)

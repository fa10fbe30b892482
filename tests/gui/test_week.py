"""The Week screen: browsing weeks, the review, the reflection autosave, the Markdown export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from attune_journal.core.weeks import label_for_day, week_range
from tests.clock import Clock
from tests.journal_gen import generate
from tests.unit.test_stats import hand_journal


@pytest.fixture
def week_page(
    qtbot, data_dir: Path, request: pytest.FixtureRequest, fixed_clock: Clock
) -> Iterator[object]:
    """The Week screen on the hand-built journal, opened at the pinned time (a param moves it)."""
    from attune_journal.workspace import open_workspace

    if hasattr(request, "param"):
        fixed_clock.set(request.param)

    workspace = open_workspace(data_dir)
    entries = hand_journal()
    for entry in entries:
        entry.id = None
    workspace.journal.save_many(entries)
    workspace.close()
    window = request.getfixturevalue("main_window")
    window.show_screen("week")
    yield window.page("week")


@pytest.mark.parametrize(
    ("week_page", "week"),
    [
        (datetime(2026, 11, 25, 10, 0), "2026-W48"),
        (datetime(2026, 12, 31, 23, 59, 50), "2026-W53"),  # New Year's Eve, in week 53
        (datetime(2027, 1, 1, 0, 0, 5), "2026-W53"),  # the new year starts in the old week
        (datetime(2027, 1, 4, 0, 0, 5), "2027-W01"),
    ],
    indirect=["week_page"],
)
def test_opens_on_this_week(week_page, week: str, fixed_clock: Clock) -> None:
    assert week_page.week == week == label_for_day(fixed_clock.today)
    assert not week_page.next_button.isEnabled()  # no browsing into the future


def test_shows_the_hand_built_week(week_page) -> None:
    week_page.show_week("2026-W47")
    assert week_page.title.text() == "Week of 16–22 November 2026"
    text = week_page.review_view.toPlainText()
    assert "Days with a check-in: 2 of 7" in text
    assert "Cyclic sigh: too soon to say, on average 1.3 steps toward the middle" in text
    assert "My reflection" not in text  # edited beside, not repeated
    # The week's own reflection was loaded into the editors.
    assert week_page.went_well.toPlainText() == "Walks."
    assert week_page.next_button.isEnabled()


def test_browsing(qtbot, week_page) -> None:
    week_page.show_week("2026-W47")
    week_page.prev_button.click()
    assert week_page.week == "2026-W46"
    week_page.next_button.click()
    week_page.next_button.click()
    assert week_page.week == "2026-W48"
    week_page.this_week_button.click()
    assert week_page.week == "2026-W48"  # the pinned day, 25 November 2026
    week_page.picker.setDate(date(2026, 11, 18))
    assert week_page.week == "2026-W47"


def test_a_quiet_week_is_gentle(week_page) -> None:
    week_page.show_week("2026-W40")
    text = week_page.review_view.toPlainText()
    assert "No check-ins this week, and that's all right." in text
    assert week_page.went_well.toPlainText() == ""


def test_reflection_autosaves_as_one_review_per_week(qtbot, week_page) -> None:
    journal = week_page.workspace.journal
    week_page.show_week("2026-W45")
    week_page.went_well.setFocus()
    qtbot.keyClicks(week_page.went_well, "Two long walks")
    qtbot.waitUntil(lambda: journal.weekly_review("2026-W45") is not None, timeout=5000)
    saved = journal.weekly_review("2026-W45")
    assert saved.went_well == "Two long walks"
    week_page.intention.setPlainText("Rest on Sunday")
    assert week_page.save_reflection()
    again = journal.weekly_review("2026-W45")
    assert again.id == saved.id and again.intention == "Rest on Sunday"
    # Leaving the week with a pending edit saves it first.
    week_page.was_hard.setPlainText("Mondays")
    week_page.show_week("2026-W44")
    assert journal.weekly_review("2026-W45").was_hard == "Mondays"
    assert journal.weekly_review("2026-W44") is None  # an untouched week stays empty


def test_existing_reflection_is_edited_not_duplicated(week_page) -> None:
    journal = week_page.workspace.journal
    week_page.show_week("2026-W47")
    original = journal.weekly_review("2026-W47")
    week_page.went_well.setPlainText("Walks, and soup with a friend.")
    assert week_page.save_reflection()
    edited = journal.weekly_review("2026-W47")
    assert edited.id == original.id and edited.went_well == "Walks, and soup with a friend."


def test_export_markdown(week_page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from attune_journal.ui import week

    week_page.show_week("2026-W47")
    monkeypatch.setattr(week, "ask_markdown_path", lambda parent, suggested: str(tmp_path / "w"))
    path = week_page.export_markdown()
    assert path == tmp_path / "w.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Week of 16–22 November 2026\n")
    assert "### What went well\n\nWalks." in text
    assert not list(tmp_path.glob(".*.tmp"))  # the temp file was renamed into place
    monkeypatch.setattr(
        week, "ask_markdown_path", lambda parent, suggested: str(tmp_path / "no" / "w.md")
    )
    assert week_page.export_markdown() is None  # a folder that isn't there: a message
    assert "could not be exported" in week_page.save_status.text()


def test_week_on_a_generated_journal(qtbot, data_dir: Path, request: pytest.FixtureRequest) -> None:
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    generate(workspace.journal, years=3)
    workspace.close()
    window = request.getfixturevalue("main_window")
    window.show_screen("week")
    page = window.page("week")
    page.prev_button.click()
    assert page.data is not None and page.data.checkins > 0
    assert "Average activation" in page.review_view.toPlainText()


def test_a_small_window_keeps_every_control_readable_and_tab_follows_the_eye(
    qtbot, week_page
) -> None:
    window = week_page.window()
    window.resize(700, 500)
    buttons = (
        week_page.prev_button,
        week_page.this_week_button,
        week_page.next_button,
        week_page.export_button,
    )
    # None is squeezed narrower than its words (they were cut to "Previous we" before).
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))
    assert week_page.title.wordWrap()  # the dates wrap rather than get cut
    assert week_page.export_button.accessibleName() == "Export this week as Markdown"
    # Tab goes left to right along the week controls, then to the export beside the title.
    chain = [week_page.prev_button]
    while len(chain) < 12:
        chain.append(chain[-1].nextInFocusChain())
    expected = [
        week_page.prev_button,
        week_page.this_week_button,
        week_page.next_button,
        week_page.picker,
        week_page.export_button,
        week_page.review_view,
    ]
    assert [w for w in chain if w in expected] == expected


def test_what_stands_out_names_patterns_this_week_is_part_of(
    qtbot, data_dir: Path, fixed_clock, request: pytest.FixtureRequest
) -> None:
    """A journal with a planted pattern (unmet rest went with higher activation): a week
    holding such check-ins names it under "What stands out"; a hidden kind is left out."""
    from attune_journal.core.insights import load_insights, touching
    from attune_journal.workspace import open_workspace
    from bench.generate import generate_entries

    workspace = open_workspace(data_dir)
    workspace.journal.save_many(list(generate_entries(2, end=fixed_clock.today, planted=True)))
    report = load_insights(workspace.journal, None, None)
    last_week = label_for_day(fixed_clock.today - timedelta(days=7))
    start, end = week_range(last_week)
    ids = [e.id for e in workspace.journal.entries(start, end, kinds=("checkin",)) if e.id]
    expected = [i.sentence() for i in touching(report.insights, ids)]
    workspace.close()
    assert expected  # the planted patterns touch an ordinary week

    window = request.getfixturevalue("main_window")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    QTest.keySequence(window, QKeySequence("Ctrl+4"))
    page = window.page("week")
    assert window.stack.currentWidget() is page
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.week == last_week
    qtbot.waitUntil(lambda: page.stand_out == expected, timeout=10000)
    text = page.review_view.toPlainText()
    assert "What stands out, with this week in it" in text
    assert expected[0].split(";")[0] in text

    kind = next(i.kind for i in report.insights if i.sentence() == expected[0])
    window.workspace.settings.hidden_insight_kinds.append(kind)
    window.bridge.save_settings()  # as "Hide all like this" in Trends does
    qtbot.waitUntil(lambda: expected[0] not in page.stand_out, timeout=10000)

"""History as a person uses it every day: dates typed or picked in the From/To fields, a
long journal scrolled to its oldest entry a page at a time, row lines that end at a whole
word with "…", and Markdown read as plain words in History, Today and Week."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton

from attune_journal.core.models import CheckIn, Note
from attune_journal.ui import history as history_module
from tests.clock import Clock
from tests.factories import at

# The offscreen platform says what it cannot do for a pop-up (raise it, grab the keyboard).
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

LONG = (
    "The walk by the river was long and slow, the light going amber over the water, "
    "and somewhere past the second bridge my shoulders finally came down from my ears "
    "while a heron stood completely still in the reeds and did not mind me at all."
)


@pytest.fixture
def prepared(main_window) -> dict[str, int]:
    journal = main_window.workspace.journal
    entries = {
        "walk": CheckIn(at=at(day=2, hour=8), reflection="A long walk by the river."),
        "meeting": CheckIn(at=at(day=10, hour=9), reflection="Chest **tight** all morning."),
        "sister": Note(at=at(day=15, hour=20), text="# Evening\n\nCalled my _sister_."),
    }
    journal.save_many(entries.values())
    main_window.bridge.announce_many()
    return {name: entry.id for name, entry in entries.items() if entry.id is not None}


@pytest.fixture
def history(main_window, prepared):
    return main_window.show_screen("history")


def shown(history) -> set[int]:
    return {entry.id for entry in history.model.entries()}


def settle(qtbot, history) -> None:
    qtbot.waitUntil(lambda: not history.searching)


def click_into(qtbot, field) -> None:
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.edit.hasFocus)


# ---- the date fields --------------------------------------------------------------------------


def test_type_a_from_and_to_date_and_tab_on(qtbot, history, prepared) -> None:
    assert history.from_date.text() == "" and history.from_date.edit.placeholderText() == "any"
    click_into(qtbot, history.from_date)
    qtbot.keyClicks(history.from_date.edit, "2026-11-03")
    qtbot.keyClick(history.from_date.edit, Qt.Key.Key_Tab)
    assert history.to_date.edit.hasFocus()  # Tab moves on, nothing holds the focus
    settle(qtbot, history)
    assert shown(history) == {prepared["meeting"], prepared["sister"]}
    assert history.filters().start == date(2026, 11, 3)

    qtbot.keyClicks(history.to_date.edit, "2026-11-12")
    qtbot.keyClick(history.to_date.edit, Qt.Key.Key_Tab)
    settle(qtbot, history)
    assert shown(history) == {prepared["meeting"]}
    assert not history.date_hint.isVisible()

    # Emptied with the keyboard: any day again.
    click_into(qtbot, history.to_date)
    qtbot.keyClick(history.to_date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(history.to_date.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(history.to_date.edit, Qt.Key.Key_Tab)
    settle(qtbot, history)
    assert shown(history) == {prepared["meeting"], prepared["sister"]}

    # Emptied with the field's clear button: every entry again.
    clear = [
        b for b in history.from_date.edit.findChildren(QToolButton) if b.isVisible()
    ] or history.from_date.edit.findChildren(QToolButton)
    assert clear
    qtbot.mouseClick(clear[0], Qt.MouseButton.LeftButton)
    settle(qtbot, history)
    assert history.from_date.text() == ""
    assert shown(history) == set(prepared.values())
    assert history.filters().start is None


def test_a_typed_text_that_is_no_date_gets_a_hint_and_lets_go(qtbot, history, prepared) -> None:
    click_into(qtbot, history.from_date)
    qtbot.keyClicks(history.from_date.edit, "2026-13-40")
    assert not history.date_hint.isVisible()  # no scolding while still typing
    qtbot.keyClick(history.from_date.edit, Qt.Key.Key_Tab)
    assert history.to_date.edit.hasFocus()
    assert history.date_hint.isVisible() and "not a date" in history.date_hint.text()
    settle(qtbot, history)
    assert shown(history) == set(prepared.values())  # ignored until it is a date
    # Mended: the hint goes and the filter applies.
    click_into(qtbot, history.from_date)
    qtbot.keyClick(history.from_date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(history.from_date.edit, "2026-11-15")
    qtbot.keyClick(history.from_date.edit, Qt.Key.Key_Tab)
    settle(qtbot, history)
    assert not history.date_hint.isVisible()
    assert shown(history) == {prepared["sister"]}


def test_the_locale_short_form_is_understood_and_written_out(qtbot, history, prepared) -> None:
    history.from_date.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    click_into(qtbot, history.from_date)
    qtbot.keyClicks(history.from_date.edit, "15.11.26")
    qtbot.keyClick(history.from_date.edit, Qt.Key.Key_Tab)
    settle(qtbot, history)
    assert history.from_date.text() == "2026-11-15"
    assert shown(history) == {prepared["sister"]}
    assert history_module.parse_day("20261101") == date(2026, 11, 1)
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert history_module.parse_day("11/1/2026", us) == date(2026, 11, 1)


def test_up_steps_from_any_to_today_and_on(qtbot, history, prepared) -> None:
    click_into(qtbot, history.from_date)
    qtbot.keyClick(history.from_date.edit, Qt.Key.Key_Up)
    assert history.from_date.date() == QDate.currentDate()
    qtbot.keyClick(history.from_date.edit, Qt.Key.Key_Down)
    assert history.from_date.date() == QDate.currentDate().addDays(-1)


def test_the_calendar_pop_up_by_keyboard_and_by_mouse(qtbot, history, prepared) -> None:
    field = history.from_date
    click_into(qtbot, field)
    qtbot.keyClicks(field.edit, "2026-11-10")
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.selectedDate() == QDate(2026, 11, 10)  # opens on the day in the field
    target = QApplication.focusWidget()
    assert target is not None and popup.isAncestorOf(target)
    for _ in range(5):
        qtbot.keyClick(target, Qt.Key.Key_Right)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert field.text() == "2026-11-15"
    assert field.edit.hasFocus()
    settle(qtbot, history)
    assert shown(history) == {prepared["sister"]}

    # The button beside the field opens it too; Escape closes it, the day unchanged.
    qtbot.mouseClick(field.pick, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(QApplication.focusWidget() or popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert field.text() == "2026-11-15"


# ---- a long journal, scrolled ------------------------------------------------------------------


@pytest.fixture
def long_history(qtbot, main_window):
    from tests.journal_gen import generate

    journal = main_window.workspace.journal
    count = generate(journal, end=date(2026, 11, 1), years=1.5)
    assert count > 1000
    main_window.bridge.announce_many()
    main_window.resize(1000, 700)
    history = main_window.show_screen("history")
    settle(qtbot, history)
    return history


def oldest_id(journal) -> int:
    return journal.entries(newest_first=False, limit=1)[0].id


def test_the_whole_journal_is_reached_by_scrolling(qtbot, main_window, long_history) -> None:
    history = long_history
    journal = main_window.workspace.journal
    total = journal.count()
    assert history.model.rowCount() == history_module.PAGE_SIZE  # one page read at first
    assert history.count_label.text() == history._entries_text(total)
    assert "first" not in history.count_label.text()

    history.list.setFocus()
    first = history.model.rowCount()
    for _ in range(60):
        qtbot.keyClick(history.list, Qt.Key.Key_PageDown)
        if history.model.rowCount() > first:
            break
    assert history.model.rowCount() > first  # more rows arrived near the end

    # The wheel, turned towards the end, reads more again.
    loaded = history.model.rowCount()
    viewport = history.list.viewport()
    centre = QPointF(viewport.rect().center())
    for _ in range(400):
        wheel = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)
        if history.model.rowCount() > loaded:
            break
    assert history.model.rowCount() > loaded

    # End goes to the journal's oldest entry.
    qtbot.keyClick(history.list, Qt.Key.Key_End)
    assert history.model.rowCount() == total
    assert history.selected_entry().id == oldest_id(journal)
    assert history.list.currentIndex().row() == total - 1


def test_search_results_page_the_same_way(qtbot, main_window, long_history) -> None:
    history = long_history
    journal = main_window.workspace.journal
    ids = journal.search_ids("the")
    assert len(ids) > history_module.PAGE_SIZE
    qtbot.keyClicks(history.search, "the")
    settle(qtbot, history)
    assert history.model.rowCount() == history_module.PAGE_SIZE
    assert history.count_label.text() == history._entries_text(len(ids))
    history.list.setFocus()
    qtbot.keyClick(history.list, Qt.Key.Key_End)
    assert [e.id for e in history.model.entries()] == ids  # newest first, every one
    last = history.model.index(history.model.rowCount() - 1, 0)
    assert "<b style" in last.data(history_module.SnippetRole)  # later pages marked too


@pytest.mark.slow
def test_the_first_page_is_fast_at_thirty_years(journal) -> None:
    import time

    from tests.journal_gen import generate

    generate(journal, end=date(2026, 11, 1), years=30)
    query = history_module.Query("", history_module.SearchFilters())
    history_module.find_hits(journal, query)  # the pages in the OS cache, as after a start
    started = time.perf_counter()
    results = history_module.find_hits(journal, query)
    took = time.perf_counter() - started
    assert len(results.ids) > 25_000 and len(results.hits) == history_module.PAGE_SIZE
    assert took < 0.5, took  # about 20 ms here; generous for a slow shared machine


# ---- summary lines ---------------------------------------------------------------------------


def test_a_long_row_ends_at_a_whole_word_with_an_ellipsis(
    qtbot, main_window, history, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = Note(at=at(day=20, hour=7), text=LONG)
    main_window.bridge.save(note)
    main_window.resize(800, 600)
    drawn: list[str] = []
    real = history_module.snippet_html

    def recording(snippet: str, dark: bool = False) -> str:
        drawn.append(snippet)
        return real(snippet, dark)

    monkeypatch.setattr(history_module, "snippet_html", recording)
    history.list.viewport().grab()  # paint every row
    line = next(text for text in drawn if text.startswith("The walk by the river"))
    assert line.endswith("…")
    kept = line.removesuffix("…")
    assert LONG.startswith(kept) and LONG[len(kept)] in " ,"  # a whole word, then the cut
    # The text a screen reader hears, too.
    row = history.model.row_of(note.id)
    spoken = history.model.index(row, 0).data().splitlines()[-1]
    assert spoken.endswith("…") and LONG[len(spoken) - 1] in " ,"


def test_markdown_reads_as_plain_words_in_history_today_and_week(
    qtbot, fixed_clock: Clock, main_window, history, prepared
) -> None:
    row = history.model.row_of(prepared["meeting"])
    index = history.model.index(row, 0)
    assert "Chest tight all morning." in index.data()
    assert "**" not in index.data() and "**" not in index.data(history_module.MarkedRole)
    sister = history.model.index(history.model.row_of(prepared["sister"]), 0)
    assert sister.data().splitlines()[-1] == "Evening · Called my sister."

    # Today: a starred entry written now with Markdown.
    today = main_window.show_screen("today")
    main_window.bridge.save(
        CheckIn(at=fixed_clock.now, reflection="Chest **tight**.", starred=True)
    )
    lines = [today.today_list.item(i).text() for i in range(today.today_list.count())]
    assert any(line.endswith("Chest tight.") for line in lines), lines
    assert not any("**" in line for line in lines)

    week = main_window.show_screen("week")
    week.show_this_week()
    text = week.review_view.toPlainText()
    assert "Chest tight." in text and "**" not in text and "\\*" not in text


def test_ctrl_enter_saves_on_today_as_ctrl_s_does(qtbot, main_window) -> None:
    today = main_window.show_screen("today")
    journal = main_window.workspace.journal
    today.editor.setFocus()
    qtbot.keyClicks(today.editor, "Saved with Ctrl+Enter")
    qtbot.keyClick(today.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert today.editor.toPlainText() == ""
    assert any(getattr(e, "text", "") == "Saved with Ctrl+Enter" for e in journal.entries())
    qtbot.keyClicks(today.editor, "Saved with Ctrl+S")
    qtbot.keyClick(today.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert any(getattr(e, "text", "") == "Saved with Ctrl+S" for e in journal.entries())

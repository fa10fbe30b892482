"""History's search field as a person types into it: the search runs on a worker after the
last keystroke, the next keystroke stops the one running, a late result never replaces a
newer one, and a pasted log of several MB is found without the window waiting on it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import Qt

from attune_journal.core.models import CheckIn, Note
from attune_journal.storage.repository import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from attune_journal.ui import history as history_module
from tests.factories import at
from tests.gui.screens import shown

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

CET = timezone(timedelta(hours=1))
LOG_LINE = "2026-03-14 09:12:33 INFO sync worker-3 request handled in 12 ms status=200\n"


@pytest.fixture
def prepared(main_window) -> dict[str, int]:
    journal = main_window.workspace.journal
    entries = {
        "walk": CheckIn(at=at(day=2, hour=8), reflection="A long walk by the river."),
        "meeting": CheckIn(at=at(day=10), reflection="The meeting ran late.", starred=True),
        "sister": Note(at=at(day=15, hour=20), text="Called my sister. Walked home."),
    }
    journal.save_many(entries.values())
    main_window.bridge.announce_many()
    return {name: entry.id for name, entry in entries.items() if entry.id is not None}


@pytest.fixture
def history(main_window, prepared):
    return main_window.show_screen("history")


def shown_ids(history) -> set[int]:
    return {entry.id for entry in history.model.entries()}


class Calls:
    """Every ``find_hits`` call: the text searched for, and whether on the GUI thread."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.on_gui_thread: list[bool] = []


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    real = history_module.find_hits
    seen = Calls()

    def recording(journal: Any, query: Any, cancelled: Any = None) -> history_module.Results:
        seen.texts.append(query.text)
        seen.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(journal, query, cancelled)

    monkeypatch.setattr(history_module, "find_hits", recording)
    return seen


class Held:
    """A search for one text that waits to be let go, then answers with stale hits."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.cancelled: Callable[[], bool] = lambda: False
        self.stale: list[SearchHit] = []


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[Held]:
    real = history_module.find_hits
    hold = Held()

    def slow(journal: Any, query: Any, cancelled: Any = None) -> history_module.Results:
        if query.text != "wal" or threading.current_thread() is threading.main_thread():
            return real(journal, query, cancelled)
        hold.cancelled = cancelled
        hold.started.set()
        hold.release.wait(20)
        # As if it had finished just before it was stopped.
        ids = [hit.entry.id for hit in hold.stale if hit.entry.id is not None]
        return history_module.Results(ids, hold.stale)

    monkeypatch.setattr(history_module, "find_hits", slow)
    try:
        yield hold
    finally:
        hold.release.set()  # never leave a worker waiting when the window closes


def test_typing_searches_once_after_the_last_key_and_off_the_gui_thread(
    qtbot, history, prepared, calls: Calls
) -> None:
    calls.texts.clear()
    calls.on_gui_thread.clear()
    qtbot.keyClicks(history.search, "walk")
    assert history.searching
    qtbot.waitUntil(lambda: not history.searching)
    assert shown_ids(history) == {prepared["walk"], prepared["sister"]}
    assert calls.texts == ["walk"]  # "w", "wa" and "wal" were never searched
    assert calls.on_gui_thread == [False]
    snippets = [history.model.index(r, 0).data(history_module.SnippetRole) for r in range(2)]
    assert all("<b style" in snippet for snippet in snippets)
    assert history.detail.match_count >= 1
    assert history.count_label.text() == "2 entries"

    qtbot.keyClick(history.search, Qt.Key.Key_Backspace)
    qtbot.keyClicks(history.search, "z")
    qtbot.waitUntil(lambda: not history.searching)
    assert history.model.rowCount() == 0
    assert "Nothing matches" in history.count_label.text()


def test_the_next_key_stops_the_running_search_and_its_result_is_dropped(
    qtbot, history, prepared, held: Held
) -> None:
    journal = history.journal
    held.stale = [SearchHit(journal.get(prepared["meeting"]))]
    shown: list[set[int]] = []
    history.model.modelReset.connect(lambda: shown.append(shown_ids(history)))

    qtbot.keyClicks(history.search, "wal")
    qtbot.waitUntil(held.started.is_set)
    assert not held.cancelled()
    qtbot.keyClicks(history.search, "k")
    qtbot.waitUntil(held.cancelled)  # the keystroke itself stopped it, before any delay
    held.release.set()
    qtbot.waitUntil(lambda: not history.searching)
    assert shown_ids(history) == {prepared["walk"], prepared["sister"]}
    assert {prepared["meeting"]} not in shown  # the stale answer never showed
    assert history.search.text() == "walk"


def test_a_late_result_never_replaces_what_a_newer_change_showed(
    qtbot, history, prepared, held: Held, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = history.journal
    held.stale = [SearchHit(journal.get(prepared["walk"]))]
    arrived: list[int] = []
    real_arrived = history._arrived

    def arriving(serial: int, hits: Any) -> None:
        arrived.append(serial)
        real_arrived(serial, hits)

    monkeypatch.setattr(history, "_arrived", arriving)

    qtbot.keyClicks(history.search, "wal")
    qtbot.waitUntil(held.started.is_set)
    # A filter chosen now shows its result at once: starred entries matching "wal".
    qtbot.mouseClick(history.starred_only, Qt.MouseButton.LeftButton)
    assert history.model.rowCount() == 0 and not history.searching
    held.release.set()
    qtbot.waitUntil(lambda: bool(arrived))
    qtbot.wait(20)
    assert history.model.rowCount() == 0  # the late "wal" answer was dropped
    assert "Nothing matches" in history.count_label.text()


def test_enter_searches_at_once_and_moves_to_the_list(qtbot, history, prepared) -> None:
    history.search.setFocus()
    qtbot.keyClicks(history.search, "sister")
    qtbot.keyClick(history.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not history.searching)
    assert shown_ids(history) == {prepared["sister"]}
    qtbot.waitUntil(history.list.hasFocus)


def test_a_pasted_log_of_4_mb_is_found_through_the_field(
    qtbot, main_window, history, prepared, calls: Calls
) -> None:
    text = LOG_LINE * (4_000_000 // len(LOG_LINE))
    log = Note(at=datetime(2026, 11, 20, 9, tzinfo=CET), text=text, tags=["log"])
    main_window.bridge.save(log)
    calls.texts.clear()
    calls.on_gui_thread.clear()
    qtbot.keyClicks(history.search, "request handled")
    qtbot.waitUntil(lambda: not history.searching, timeout=30_000)
    assert shown_ids(history) == {log.id}
    assert calls.on_gui_thread == [False]
    snippet = history.model.index(0, 0).data(history_module.SnippetRole)
    assert ">request</b>" in snippet and ">handled</b>" in snippet
    assert len(snippet) < 1000
    raw = history.model._hits[0].snippet
    assert raw.count(HIGHLIGHT_START) == raw.count(HIGHLIGHT_END) >= 2
    # The list's own lines read only the start of the entry.
    assert len(history.model.index(0, 0).data()) < 400
    assert history.selected_entry().id == log.id
    assert "request handled" in history.detail.toPlainText()[:2000]
    # The shown entry marks the words too, as many as a person reads, not every one.
    from attune_journal.ui.entry_view import MAX_MARKS

    assert history.detail.match_count == MAX_MARKS


def test_entries_before_year_1000_take_their_place_in_a_migrated_journal(
    qtbot, data_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal written with the old key (year 999 sorted as the newest), opened now."""
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace
    from tests.unit.test_sort_key import _store_with_the_old_key

    data_dir.mkdir(parents=True)
    ids = _store_with_the_old_key(data_dir / "journal.sqlite3", monkeypatch)
    workspace = open_workspace(data_dir)
    window = open_main_window(make_qapplication([]), workspace)
    qtbot.addWidget(window)
    try:
        history = shown(window, "history", history_module.HistoryScreen)
        by_id: dict[int | None, str] = {entry_id: name for name, entry_id in ids.items()}
        newest_first = ["today", "last_year", "medieval", "ancient"]
        assert [by_id[e.id] for e in history.model.entries()] == newest_first
        titles = [history.model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(4)]
        assert " 0999 · " in titles[2] and " 0050 · " in titles[3]
        qtbot.keyClicks(history.search, "river")
        qtbot.waitUntil(lambda: not history.searching)
        assert [by_id[e.id] for e in history.model.entries()] == ["today", "medieval", "ancient"]
        history.list.setCurrentIndex(history.model.index(2, 0))  # the one from year 50
        assert "ancient" in history.detail.toPlainText()
    finally:
        window.close()
        workspace.close()

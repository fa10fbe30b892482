"""Disk full, read-only and locked stores while writing in Today: a clear message, the text
stays in the editor and in its draft, and nothing half-written reaches the store.

Simulated with SQLite itself (tests may run as root, where chmod does not stop writes):
``max_page_count`` gives SQLITE_FULL, ``query_only`` SQLITE_READONLY, and a second
connection holding the write lock SQLITE_BUSY (with a short busy timeout).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest


def _full(journal) -> Callable[[], None]:
    pages = journal.conn.execute("PRAGMA page_count").fetchone()[0]
    journal.conn.execute(f"PRAGMA max_page_count = {pages}")
    return lambda: journal.conn.execute("PRAGMA max_page_count = 1073741823")


def _read_only(journal) -> Callable[[], None]:
    journal.conn.execute("PRAGMA query_only = 1")
    return lambda: journal.conn.execute("PRAGMA query_only = 0")


def _locked(journal) -> Callable[[], None]:
    store = journal.conn.execute("PRAGMA database_list").fetchone()[2]
    journal.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(store)
    other.execute("BEGIN IMMEDIATE")

    def release() -> None:
        other.rollback()
        other.close()

    return release


@pytest.mark.parametrize(
    ("make_trouble", "message"),
    [(_full, "disk is full"), (_read_only, "read-only"), (_locked, "busy in another program")],
    ids=["disk-full", "read-only", "locked"],
)
def test_a_failed_save_keeps_the_text_and_the_draft(main_window, make_trouble, message) -> None:
    today = main_window.page("today")
    journal = main_window.workspace.journal
    long_text = "Everything I wanted to say today. " * 3000  # needs new pages to store
    today.editor.setPlainText(long_text)
    today.draft.flush()
    assert journal.draft("today") is not None
    rows_before = journal.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    fts_before = journal.conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0]

    release = make_trouble(journal)
    try:
        today.save_entry()
        assert message in today.feedback.text()
        assert today.editor.toPlainText() == long_text
    finally:
        release()
    assert journal.draft("today")["text"] == long_text
    assert journal.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == rows_before
    assert journal.conn.execute("SELECT count(*) FROM entries_fts").fetchone()[0] == fts_before
    assert journal.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    today.save_entry()  # once the trouble is gone, the same text saves
    assert today.editor.toPlainText() == ""
    assert journal.count() == 1

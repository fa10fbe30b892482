"""The None reference-count guard: long painting sessions must not abort the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor

from attune_journal.ui.widgets import guard_none_refcount, none_refcount_leaks


def test_many_void_qt_calls_do_not_exhaust_none(qtbot) -> None:
    # With PySide6 6.12.0 on Python 3.11 and no guard, this aborts the whole test run
    # ("none_dealloc: deallocating None") after about five thousand calls.
    colour = QColor()
    for _ in range(200_000):
        colour.setAlpha(1)
    assert sys.getrefcount(None) > 1_000


def test_guard_is_idempotent(qtbot) -> None:
    before = sys.getrefcount(None)
    needed = guard_none_refcount()
    assert needed == none_refcount_leaks()
    # A second call never adds another top-up once the count is far out of reach.
    assert sys.getrefcount(None) <= before + 64

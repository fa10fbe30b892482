"""ui.workers: results and failures come back on the GUI thread; a deleted owner gets nothing."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from attune_journal.ui.workers import run_in_background


def test_done_runs_on_the_gui_thread(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    run_in_background(
        work,
        lambda result: seen.append((result, threading.current_thread() is threading.main_thread())),
        lambda error: seen.append((error, False)),
        owner,
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()


def test_failed_gets_the_exception(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("no such week")

    run_in_background(work, lambda _r: None, errors.append, owner)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "no such week"
    assert "ValueError" in errors[0].__traceback_text__  # type: ignore[attr-defined]


def test_a_deleted_owner_gets_no_callback(qtbot) -> None:
    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    pool = QThreadPool()
    run_in_background(lambda: release.wait(5) and 1, called.append, called.append, owner, pool)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    pool.waitForDone(5000)
    qtbot.wait(50)
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)

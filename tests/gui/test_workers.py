"""Background work outlives its owner safely: a widget closed and deleted while its work
runs gets no callback, and nothing is emitted on a deleted object."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from attune_journal.ui.workers import run_in_background


def test_an_owner_deleted_while_its_work_runs_hears_nothing(qtbot: Any) -> None:
    for _ in range(30):  # the race the relay guards against: delete, then the work ends
        owner = QWidget()
        release = threading.Event()
        called: list[object] = []

        def work(release: threading.Event = release) -> str:
            release.wait(5)
            return "done"

        run_in_background(
            work,
            called.append,
            called.append,
            owner,
        )
        shiboken6.delete(owner)  # the window closed while the work ran
        release.set()
        assert QThreadPool.globalInstance().waitForDone(5000)
        QApplication.processEvents()  # the relay's signal arrives: dropped, no crash
        assert called == []


def test_a_live_owner_hears_the_result(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    got: list[object] = []
    run_in_background(lambda: 6 * 7, got.append, got.append, owner)
    qtbot.waitUntil(lambda: got == [42])

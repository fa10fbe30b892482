"""Run slow work off the GUI thread, with done/failed callbacks on the GUI thread.

One helper for every screen (Anki's ``CollectionOp`` idea): ``run_in_background(fn,
done, failed, owner)`` runs ``fn()`` on the global ``QThreadPool`` and calls
``done(result)`` or ``failed(exception)`` back on the thread that owns ``owner``
(the GUI thread for a widget). The work function must never touch widgets; it
gets plain data and returns plain data.

Hazard it handles: the owner widget may be deleted while the work is running (a
window closed, a test over). The worker emits on a relay object that is NOT the
owner's child, so it cannot be deleted under the worker's feet (emitting on an
object the GUI thread is deleting crashed the process now and then); the relay
lives until its signal is delivered, and the callbacks are dropped there when the
owner is gone.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the owner's thread; its signals cross back from the worker thread."""

    finished = Signal(object)
    crashed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # reported to the GUI thread, never lost
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self._relay.crashed, error)
        else:
            self._emit(self._relay.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # The relay is only deleted once this emission is delivered; the suppression is
        # for an application already shutting down.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(
    fn: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    owner: QObject,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn()`` in ``pool`` (the global pool by default); report back on ``owner``'s thread.

    ``done`` and ``failed`` are called through queued connections to a relay object
    made on ``owner``'s thread; when ``owner`` is destroyed first, nothing is called.
    """
    relay = _Relay()  # no parent: deleting the owner must not delete it mid-emit
    if relay.thread() is not owner.thread():
        relay.moveToThread(owner.thread())

    def finish(result: object) -> None:
        relay.deleteLater()
        if shiboken6.isValid(owner):
            done(result)

    def crash(error: object) -> None:
        relay.deleteLater()
        if shiboken6.isValid(owner):
            failed(error if isinstance(error, BaseException) else RuntimeError(str(error)))

    relay.finished.connect(finish)
    relay.crashed.connect(crash)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))

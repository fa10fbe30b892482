"""Run slow work off the GUI thread, with done/failed callbacks on the GUI thread.

One helper for every screen (Anki's ``CollectionOp`` idea): ``run_in_background(fn,
done, failed, owner)`` runs ``fn()`` on the global ``QThreadPool`` and calls
``done(result)`` or ``failed(exception)`` back on the thread that owns ``owner``
(the GUI thread for a widget). The work function must never touch widgets; it
gets plain data and returns plain data.

Hazard it handles: if the owner widget is deleted while the work is running, the
callbacks are silently dropped (the signal's receiver is gone) instead of
calling into a destroyed C++ object.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

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
        # When the owner (and with it the relay) was deleted, nobody is waiting.
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
    parented to ``owner``: when ``owner`` is destroyed first, nothing is called.
    """
    relay = _Relay(owner)

    def finish(result: object) -> None:
        relay.deleteLater()
        done(result)

    def crash(error: object) -> None:
        relay.deleteLater()
        failed(error if isinstance(error, BaseException) else RuntimeError(str(error)))

    relay.finished.connect(finish)
    relay.crashed.connect(crash)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))

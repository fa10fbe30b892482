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
import ctypes
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Probe(QObject):
    ping = Signal()


_true_guarded = False


def guard_true_refcount() -> bool:
    """Work around a PySide6 6.12.0 bug on CPython 3.11; True when the guard was applied.

    There, every ``Signal.emit()`` called from Python drops one reference to
    ``True`` that it never took. Trends (through pyqtgraph, which emits on every
    item it draws) does thousands of emits, and once the count reaches zero the
    interpreter aborts with "bool_dealloc: deallocating True or False", mid-session
    or at exit. The bug is detected, not assumed: ten probe emits are counted, and
    only if ``True`` lost ten references is it given a very large reference count,
    which is what CPython 3.12+ does for every such object (immortal objects).
    """
    global _true_guarded
    if _true_guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    _true_guarded = True
    if lost < 10:
        return False
    # ob_refcnt is the first field of every CPython object (non-debug build).
    ctypes.c_ssize_t.from_address(id(True)).value += 1 << 40
    return True


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
    guard_true_refcount()
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

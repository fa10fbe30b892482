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


_guarded = False


def guard_pyside_refcounts() -> bool:
    """Work around a PySide6 6.12.0 bug on CPython 3.11; True when the guard was applied.

    There, every ``Signal.emit()`` called from Python drops a reference to ``True``
    it never took, and every call of a Qt method returning ``void`` drops one to
    ``None`` (``setText``, ``processEvents``, ``repaint`` …). Once either count
    reaches zero the interpreter aborts ("bool_dealloc" / "none_dealloc"), mid-session
    or at exit; Trends, through pyqtgraph, makes thousands of such calls. The bug is
    detected, not assumed: a few probe calls are counted, and only if references
    went missing are ``None``, ``True`` and ``False`` given a very large reference
    count, which is what CPython 3.12+ does for them anyway (immortal objects).
    Idempotent and cheap; the application should call it once at start-up.
    """
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _guarded = True
    probe = _Probe()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(10):
        probe.ping.emit()
        probe.setObjectName("probe")  # a void method
    lost_true = true_before - sys.getrefcount(True)
    lost_none = none_before - sys.getrefcount(None)
    if lost_true < 10 and lost_none < 10:
        return False
    for constant in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug build).
        ctypes.c_ssize_t.from_address(id(constant)).value += 1 << 40
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
    guard_pyside_refcounts()
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

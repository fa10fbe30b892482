"""A fixed clock for tests whose claims depend on what day or time it is.

The app has no single clock of its own: it reads ``date.today()`` and ``datetime.now()``
(``core/timeutil.now_local`` among them) in many modules, each imported by name. So the
``fixed_clock`` fixture (tests/conftest.py) imports every app module first and swaps the
``date`` and ``datetime`` each holds for subclasses whose ``today()`` and ``now()`` answer
the pinned moment; ``now_local()`` follows, as it reads ``timeutil``'s ``datetime``.

Not covered (they read the real clock): ``from datetime import ...`` inside a function
(``cli.py``'s week label, ``ui/drafts.py``'s "today at"), and Qt's own
``QDate.currentDate()`` (the History and Week date pickers, the Trends custom range).
"""

from __future__ import annotations

import datetime as _dt
import importlib
import pkgutil
import sys
from types import ModuleType
from typing import Self

import pytest

_REAL_DATE = _dt.date
_REAL_DATETIME = _dt.datetime

# The pinned wall-clock time on this machine (naive: local, like ``datetime.now()``).
_pinned: list[_dt.datetime] = []


class _DateMeta(type):
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, _REAL_DATE)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, _REAL_DATE)


class _DateTimeMeta(_DateMeta):
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, _REAL_DATETIME)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, _REAL_DATETIME)


class FixedDate(_REAL_DATE, metaclass=_DateMeta):
    @classmethod
    def today(cls) -> Self:
        day = _pinned[-1].date() if _pinned else _REAL_DATE.today()
        return cls(day.year, day.month, day.day)


class FixedDateTime(_REAL_DATETIME, metaclass=_DateTimeMeta):
    @classmethod
    def now(cls, tz: _dt.tzinfo | None = None) -> Self:
        moment = _pinned[-1] if _pinned else _REAL_DATETIME.now()
        if tz is not None:
            moment = moment.astimezone(tz)
        return cls.combine(moment.date(), moment.timetz())

    @classmethod
    def today(cls) -> Self:
        return cls.now()


def _app_modules() -> list[ModuleType]:
    import attune_journal

    for info in pkgutil.walk_packages(attune_journal.__path__, "attune_journal."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    return [m for n, m in list(sys.modules.items()) if n.startswith("attune_journal")]


class Clock:
    """The pinned moment; ``set`` moves it (a naive local time, as a wall clock shows)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, moment: _dt.datetime) -> None:
        for module in _app_modules():
            if getattr(module, "date", None) is _REAL_DATE:
                monkeypatch.setattr(module, "date", FixedDate)
            if getattr(module, "datetime", None) is _REAL_DATETIME:
                monkeypatch.setattr(module, "datetime", FixedDateTime)
        _pinned.append(moment)
        self.set(moment)

    def set(self, moment: _dt.datetime) -> None:
        assert moment.tzinfo is None, "pin a wall-clock (naive local) time"
        _pinned[-1] = moment.replace(microsecond=0)

    def stop(self) -> None:
        _pinned.clear()

    @property
    def now(self) -> _dt.datetime:
        """The pinned moment with this machine's UTC offset, like ``now_local()``."""
        return _pinned[-1].astimezone()

    @property
    def today(self) -> _dt.date:
        return _pinned[-1].date()

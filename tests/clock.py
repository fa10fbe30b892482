"""A fixed clock for tests whose claims depend on what day or time it is.

Every "now" and "today" in the app reads one clock, ``core.timeutil.wall_clock``
(through ``now_local`` and ``today_local``), so the ``fixed_clock`` fixture
(tests/conftest.py) pins the day by replacing that one function. File-name stamps
(backups, damaged copies) read the real time on purpose and are not pinned.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from attune_journal.core import timeutil


class Clock:
    """The pinned moment; ``set`` moves it (a naive local time, as a wall clock shows)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, moment: _dt.datetime) -> None:
        self._moment = moment
        self.set(moment)
        monkeypatch.setattr(timeutil, "wall_clock", lambda: self._moment)

    def set(self, moment: _dt.datetime) -> None:
        assert moment.tzinfo is None, "pin a wall-clock (naive local) time"
        self._moment = moment.replace(microsecond=0)

    @property
    def now(self) -> _dt.datetime:
        """The pinned moment with this machine's UTC offset, like ``now_local()``."""
        return self._moment.astimezone()

    @property
    def today(self) -> _dt.date:
        return self._moment.date()

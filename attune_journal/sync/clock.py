"""The hybrid logical clock of docs/sync-format.md ("Clocks").

A clock reads ``<ms>.<counter>.<device>``: 13 digits of milliseconds since 1970, a
4-digit counter, the device id. Fixed widths make the text sort in time order, and
the device id breaks ties, so two devices never make the same clock. A clock never
goes below one it has made or seen: when the wall clock stands still or goes back,
or another computer's clock runs ahead, the counter carries the order instead.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

_STAMP_RE = re.compile(r"^(\d{13})\.(\d{4})\.([^.\s]+)$")
_COUNTER_LIMIT = 10_000  # four digits


def now_ms() -> int:
    """Milliseconds since 1970 by this computer's clock."""
    return time.time_ns() // 1_000_000


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    """``(ms, counter, device)`` of a clock's text; ``ValueError`` for anything else."""
    found = _STAMP_RE.match(stamp) if isinstance(stamp, str) else None
    if found is None:
        raise ValueError(f"not a sync clock: {stamp!r:.60}")
    return int(found[1]), int(found[2]), found[3]


def format_stamp(ms: int, counter: int, device: str) -> str:
    return f"{ms:013d}.{counter:04d}.{device}"


class Clock:
    """One device's clock: ``tick`` for each change it makes, ``observe`` for each clock
    it reads (its own store's newest at start, every applied file's)."""

    def __init__(self, device: str, wall: Callable[[], int] = now_ms) -> None:
        if not device or "." in device or any(c.isspace() for c in device):
            raise ValueError(f"not a device id: {device!r:.60}")
        self.device = device
        self._wall = wall
        self._ms = 0
        self._counter = 0

    def tick(self) -> str:
        """A clock above every clock made or seen so far."""
        wall = self._wall()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
            if self._counter >= _COUNTER_LIMIT:
                # Ten thousand changes in one millisecond (or while the wall clock stood
                # behind): borrow the next millisecond rather than widen the text.
                self._ms, self._counter = self._ms + 1, 0
        return format_stamp(self._ms, self._counter, self.device)

    def observe(self, stamp: str) -> None:
        """Move past ``stamp`` (the next ``tick`` is above it); a bad stamp raises
        ``ValueError`` and changes nothing."""
        ms, counter, _device = parse_stamp(stamp)
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

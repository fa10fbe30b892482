"""Custom widgets the check-in, Trends and History share.

- ``mood_grid``: ``MoodGrid`` (pleasantness x energy) and ``FeelingPicker``; ``IntensityBox``.
- ``body_map``: ``BodyMap`` (front outline, regions) and ``BodyPicker``.
- ``needs_picker``: ``NeedsPicker`` (needs by category, met or not met).
- ``activation_scale``: ``ActivationScale`` (0..10 with the window of tolerance).

Each widget has a keyboard path, visible focus, accessible names and descriptions
that say the current state, and colours taken from the palette (light and dark).

Importing this package also runs ``guard_none_refcount()`` (see there): these widgets
paint from Python, which makes thousands of Qt calls a second while the mouse moves.
"""

import ctypes
import sys

from attune_journal.ui.widgets.activation_scale import ActivationScale
from attune_journal.ui.widgets.body_map import BodyMap, BodyPicker
from attune_journal.ui.widgets.mood_grid import FeelingPicker, IntensityBox, MoodGrid
from attune_journal.ui.widgets.needs_picker import NeedsPicker

_NONE_TOP_UP = 1 << 40


def none_refcount_leaks() -> bool:
    """Whether calling a Qt method that returns nothing takes a reference from None.

    PySide6 6.12.0's stable-ABI wheels, built against Python 3.12+ headers where None
    is immortal, skip the reference they should add to None when a void method
    returns. On Python 3.11 every such call (``painter.setPen``, ``widget.update`` …)
    lowers None's count by one until the interpreter aborts with "none_dealloc:
    deallocating None", within seconds of dragging on the mood grid. Measured here,
    not guessed from version numbers, so a fixed build is left alone.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6.QtGui import QColor

    colour = QColor()
    before = sys.getrefcount(None)
    for _ in range(64):
        colour.setAlpha(255)
    return sys.getrefcount(None) <= before - 32


def guard_none_refcount() -> bool:
    """Raise None's reference count far out of reach when the leak above is present.

    None is never freed while the interpreter runs, so a very high count is harmless;
    2**40 lasts for years at a million leaked references a second. Returns whether the
    guard was needed. The cure is a PySide6 without the bug (6.11 here), or Python 3.12+.
    """
    if not none_refcount_leaks():
        return False
    # CPython 3.11 keeps ob_refcnt as the first field of every object.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _NONE_TOP_UP // 2:
        count.value += _NONE_TOP_UP
    return True


guard_none_refcount()

__all__ = [
    "ActivationScale",
    "BodyMap",
    "BodyPicker",
    "FeelingPicker",
    "IntensityBox",
    "MoodGrid",
    "NeedsPicker",
    "guard_none_refcount",
    "none_refcount_leaks",
]

"""Custom widgets the check-in, Trends and History share.

- ``mood_grid``: ``MoodGrid`` (pleasantness x energy) and ``FeelingPicker``; ``IntensityBox``.
- ``body_map``: ``BodyMap`` (front outline, regions) and ``BodyPicker``.
- ``needs_picker``: ``NeedsPicker`` (needs by category, met or not met).
- ``activation_scale``: ``ActivationScale`` (0..10 with the window of tolerance).

Each widget has a keyboard path, visible focus, accessible names and descriptions
that say the current state, and colours taken from the palette (light and dark).

Importing this package also runs ``ui.workers.guard_pyside_refcounts()``: with
PySide6 6.12.0 on Python 3.11 each void Qt call or emit from Python loses a reference
to None or True, and painting these widgets makes thousands a second.
"""

from attune_journal.ui.widgets.activation_scale import ActivationScale
from attune_journal.ui.widgets.body_map import BodyMap, BodyPicker
from attune_journal.ui.widgets.mood_grid import FeelingPicker, IntensityBox, MoodGrid
from attune_journal.ui.widgets.needs_picker import NeedsPicker
from attune_journal.ui.workers import guard_pyside_refcounts

# These widgets paint and emit from Python: thousands of void calls and emits a second
# while the mouse moves. ui.workers owns the guard for PySide6 6.12's reference bug.
guard_pyside_refcounts()

__all__ = [
    "ActivationScale",
    "BodyMap",
    "BodyPicker",
    "FeelingPicker",
    "IntensityBox",
    "MoodGrid",
    "NeedsPicker",
]

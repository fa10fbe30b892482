"""Custom widgets the check-in, Trends and History share.

- ``mood_grid``: ``MoodGrid`` (pleasantness x energy) and ``FeelingPicker``; ``IntensityBox``.
- ``body_map``: ``BodyMap`` (front outline, regions) and ``BodyPicker``.
- ``needs_picker``: ``NeedsPicker`` (needs by category, met or not met).
- ``activation_scale``: ``ActivationScale`` (0..10 with the window of tolerance).

Each widget has a keyboard path, visible focus, accessible names and descriptions
that say the current state, and colours taken from the palette (light and dark).
"""

from attune_journal.ui.widgets.activation_scale import ActivationScale
from attune_journal.ui.widgets.body_map import BodyMap, BodyPicker
from attune_journal.ui.widgets.mood_grid import FeelingPicker, IntensityBox, MoodGrid
from attune_journal.ui.widgets.needs_picker import NeedsPicker

__all__ = [
    "ActivationScale",
    "BodyMap",
    "BodyPicker",
    "FeelingPicker",
    "IntensityBox",
    "MoodGrid",
    "NeedsPicker",
]

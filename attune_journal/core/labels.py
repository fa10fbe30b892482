"""The names the app gives its own fixed things, in the person's language: entry kinds
("Check-in", "Note", ...) and the three intensities ("faint", "clear", "strong").

Kinds' English names live in ``core.models`` (each model's ``label``) and are marked
here again so that lupdate finds them (it reads calls, not attributes);
tests/unit/test_i18n.py checks that the two agree. ``INTENSITIES`` is the one list of
the intensity words.
"""

from __future__ import annotations

from attune_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from attune_journal.core.models import ENTRY_TYPES

MARKED_KINDS = (
    QT_TRANSLATE_NOOP("EntryKind", "Check-in"),
    QT_TRANSLATE_NOOP("EntryKind", "Note"),
    QT_TRANSLATE_NOOP("EntryKind", "Weekly review"),
    QT_TRANSLATE_NOOP("EntryKind", "Relationship check-in"),
    QT_TRANSLATE_NOOP("EntryKind", "Rupture and repair"),
)
INTENSITIES = {
    1: QT_TRANSLATE_NOOP("Intensity", "faint"),
    2: QT_TRANSLATE_NOOP("Intensity", "clear"),
    3: QT_TRANSLATE_NOOP("Intensity", "strong"),
}


def kind_label(kind: str) -> str:
    """The person-facing name of an entry kind, translated (the kind itself if unknown)."""
    model = ENTRY_TYPES.get(kind)
    return translate("EntryKind", model.label) if model is not None else kind


def intensity_word(level: int) -> str:
    """How strong, in words ("faint", "clear", "strong"); the middle one if out of range."""
    return translate("Intensity", INTENSITIES.get(level, INTENSITIES[2]))

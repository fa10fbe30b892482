"""An entry kind's name in the person's language ("Check-in", "Note", ...).

The names are the ``label`` of each model in ``core.models``; they are listed here
again only so that lupdate finds them for the translation files (it reads calls, not
class attributes). tests/unit/test_i18n.py checks that the two lists agree.
"""

from __future__ import annotations

from attune_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from attune_journal.core.models import ENTRY_TYPES

MARKED = (
    QT_TRANSLATE_NOOP("EntryKind", "Check-in"),
    QT_TRANSLATE_NOOP("EntryKind", "Note"),
    QT_TRANSLATE_NOOP("EntryKind", "Weekly review"),
    QT_TRANSLATE_NOOP("EntryKind", "Relationship check-in"),
    QT_TRANSLATE_NOOP("EntryKind", "Rupture and repair"),
)


def kind_label(kind: str) -> str:
    """The person-facing name of an entry kind, translated (the kind itself if unknown)."""
    model = ENTRY_TYPES.get(kind)
    return translate("EntryKind", model.label) if model is not None else kind

"""The readable definition of an exported entry's front matter, as a dict.

The export writes its front matter directly as text (``markdown_render.front_matter_text``,
three times faster on a ten-year journal); the tests check that text against
``frontmatter.dump(front_matter(entry))`` for every kind and for generated journals.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attune_journal.core.models import (
    CheckIn,
    Entry,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
)
from attune_journal.core.timeutil import to_text
from attune_journal.exchange.markdown_render import prompt_text


def _strategy(strategy: StrategyTry | None) -> dict[str, Any] | None:
    if strategy is None:
        return None
    return {"name": strategy.name, "before": strategy.before, "after": strategy.after}


def _feelings(entry: CheckIn | Note | RepairEntry) -> list[dict[str, Any]]:
    return [
        {
            "word": f.word,
            "pleasantness": f.pleasantness,
            "energy": f.energy,
            "intensity": f.intensity,
        }
        for f in entry.feelings
    ]


def _needs(entry: CheckIn | Note | RepairEntry) -> list[dict[str, Any]]:
    return [{"need": n.need, "met": n.met} for n in entry.needs]


def front_matter(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every structured field of ``entry``, in a fixed order (the main text is the body)."""
    data: dict[str, Any] = {
        "uid": entry.uid,
        "kind": entry.kind,
        "at": to_text(entry.at),
        "updated_at": to_text(entry.updated_at) if entry.updated_at else None,
        "starred": entry.starred,
        "tags": list(entry.tags),
    }
    if isinstance(entry, CheckIn):
        data["prompt_id"] = entry.prompt_id
        data["prompt"] = prompt_text(entry.prompt_id, prompt_texts)
        data["activation"] = entry.activation
        data["strategy"] = _strategy(entry.strategy)
        data["feelings"] = _feelings(entry)
        data["needs"] = _needs(entry)
        data["body"] = [
            {"region": b.region, "sensation": b.sensation, "intensity": b.intensity}
            for b in entry.body
        ]
        data["regulation_note"] = entry.regulation_note
    elif isinstance(entry, Note):
        data["activation"] = entry.activation
        data["strategy"] = _strategy(entry.strategy)
        data["feelings"] = _feelings(entry)
        data["needs"] = _needs(entry)
    elif isinstance(entry, WeeklyReview):
        data["week"] = entry.week
        data["was_hard"] = entry.was_hard
        data["intention"] = entry.intention
    elif isinstance(entry, RelationshipCheckIn):
        data["week"] = entry.week
        data["answers"] = dict(entry.answers)
        data["more_of"] = entry.more_of
        data["attune"] = dict(entry.attune)
    elif isinstance(entry, RepairEntry):
        data["feelings"] = _feelings(entry)
        data["needs"] = _needs(entry)
        data["my_part"] = entry.my_part
        data["repair"] = entry.repair
        data["how_it_went"] = entry.how_it_went
        data["resolved"] = entry.resolved
    if entry.meta:
        # Details from where the entry was imported, last and only when there are some.
        data["meta"] = dict(entry.meta)
    return data

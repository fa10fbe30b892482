"""Small builders of fully populated entries, one of each kind, for round-trip tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, TypeVar

from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Entry,
    Feeling,
    NeedState,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
)

if TYPE_CHECKING:
    from attune_journal.storage.repository import Journal

E = TypeVar("E", CheckIn, Note, WeeklyReview, RelationshipCheckIn, RepairEntry)

CET = timezone(timedelta(hours=1))
LISBON_SUMMER = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))


def at(day: int = 23, hour: int = 8, minute: int = 30, tz: timezone = CET) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def full_checkin(**overrides: object) -> CheckIn:
    fields: dict[str, object] = {
        "at": at(),
        "body": [BodySensation("chest", "tight", 3), BodySensation("shoulders", "heavy", 2)],
        "feelings": [Feeling("anxious", -0.4, 0.7, 3), Feeling("hopeful", 0.6, 0.2, 1)],
        "needs": [NeedState("rest", False), NeedState("being heard", True)],
        "activation": 7,
        "strategy": StrategyTry("cyclic sigh", 7, 5),
        "regulation_note": "Two sighs helped a bit.",
        "reflection": "# Morning\n\nSlept badly; the meeting is on my mind.",
        "tags": ["work", "sleep"],
        "starred": True,
        "prompt_id": "p18",
    }
    fields.update(overrides)
    return CheckIn(**fields)  # type: ignore[arg-type]


def full_note(**overrides: object) -> Note:
    fields: dict[str, object] = {
        "at": at(hour=14, tz=NEW_YORK),
        "text": "Shook out my arms before the call.",
        "activation": 8,
        "strategy": StrategyTry("movement", 8, 5),
        "feelings": [Feeling("on edge", -0.5, 0.5, 2)],
        "needs": [NeedState("calm", False)],
        "tags": ["call"],
    }
    fields.update(overrides)
    return Note(**fields)  # type: ignore[arg-type]


def full_weekly_review(**overrides: object) -> WeeklyReview:
    fields: dict[str, object] = {
        "at": at(day=29, hour=19),
        "week": "2026-W48",
        "went_well": "Walks most days.",
        "was_hard": "Sleep.",
        "intention": "Lights out by eleven.",
        "tags": ["review"],
    }
    fields.update(overrides)
    return WeeklyReview(**fields)  # type: ignore[arg-type]


def full_relationship(**overrides: object) -> RelationshipCheckIn:
    fields: dict[str, object] = {
        "at": at(day=29, hour=20),
        "week": "2026-W48",
        "answers": {"safety.1": 4, "safety.2": 5, "fun.1": 2},
        "more_of": "Evenings without phones.",
        "appreciated": "The soup when I was ill.",
        "attune": {"awareness": "I missed that they were tired.", "empathy": "Say it out loud."},
    }
    fields.update(overrides)
    return RelationshipCheckIn(**fields)  # type: ignore[arg-type]


def full_repair(**overrides: object) -> RepairEntry:
    fields: dict[str, object] = {
        "at": at(day=24, hour=21),
        "what_happened": "Snapped about the dishes.",
        "feelings": [Feeling("irritated", -0.5, 0.5, 2)],
        "needs": [NeedState("support", False)],
        "my_part": "I was tired and didn't say so.",
        "repair": "Apologised the next morning.",
        "how_it_went": "We laughed about it.",
        "resolved": True,
    }
    fields.update(overrides)
    return RepairEntry(**fields)  # type: ignore[arg-type]


def one_of_each() -> list[Entry]:
    return [full_checkin(), full_note(), full_weekly_review(), full_relationship(), full_repair()]


def of_kind(kind: type[E], entries: Iterable[Entry]) -> list[E]:
    """``entries`` as a list, each checked to be a ``kind`` (a test's claim, typed)."""
    checked: list[E] = []
    for entry in entries:
        assert isinstance(entry, kind), f"expected a {kind.__name__}, got {entry!r}"
        checked.append(entry)
    return checked


def stored(journal: Journal, entry_id: int | None, kind: type[E]) -> E:
    """The entry ``journal`` holds under ``entry_id``, checked to be there and a ``kind``."""
    assert entry_id is not None
    entry = journal.get(entry_id)
    assert isinstance(entry, kind), f"expected a {kind.__name__} for #{entry_id}, got {entry!r}"
    return entry

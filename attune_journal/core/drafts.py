"""Unfinished check-ins as plain JSON-able dicts, and back: the draft format.

The check-in screen autosaves what the person has entered so far with
``Journal.save_draft(key, payload)``; after a crash or an Esc the payload comes
back through ``checkin_from_payload``. This module owns that payload's shape. It
never imports Qt, so the conversion is tested without a QApplication.

A draft is *not* an entry: it may be half-filled and is never validated on the
way in, because refusing to keep a draft would lose words. Reading one back is
forgiving in the same spirit: an unknown field is ignored, a malformed item is
dropped (and only that item), so one bad value never costs the whole draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Feeling,
    NeedState,
    StrategyTry,
)
from attune_journal.core.timeutil import from_text, now_local, to_text

DRAFT_VERSION = 1
CHECKIN_DRAFT = "checkin"
"""Draft key of a new check-in in progress."""
CHECKIN_EDIT_DRAFT = "checkin-edit"
"""Draft key of an edit of a saved check-in (kept apart so it never overwrites a new one)."""


@dataclass
class CheckInDraft:
    """A check-in in progress plus where the person was in the flow."""

    entry: CheckIn
    step: int = 0
    prompt_offset: int = 0
    saved_at: datetime | None = None


def checkin_to_payload(draft: CheckInDraft) -> dict[str, Any]:
    """Everything needed to carry on later, as JSON-able values only."""
    entry = draft.entry
    return {
        "version": DRAFT_VERSION,
        "saved_at": to_text(draft.saved_at or now_local()),
        "step": draft.step,
        "prompt_offset": draft.prompt_offset,
        "entry": {
            "id": entry.id,
            "uid": entry.uid,
            "at": to_text(entry.at),
            "body": [[b.region, b.sensation, b.intensity] for b in entry.body],
            "feelings": [[f.word, f.pleasantness, f.energy, f.intensity] for f in entry.feelings],
            "needs": [[n.need, n.met] for n in entry.needs],
            "activation": entry.activation,
            "strategy": (
                None
                if entry.strategy is None
                else [entry.strategy.name, entry.strategy.before, entry.strategy.after]
            ),
            "regulation_note": entry.regulation_note,
            "reflection": entry.reflection,
            "prompt_id": entry.prompt_id,
            "tags": list(entry.tags),
            "starred": entry.starred,
        },
    }


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _float_or_none(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _items(raw: Any, build: Any) -> list[Any]:
    """Build each item; one malformed item is dropped, the rest are kept."""
    items = []
    for value in raw if isinstance(raw, list) else []:
        try:
            items.append(build(value))
        except (TypeError, ValueError, IndexError):
            continue
    return items


def _body(value: Any) -> BodySensation:
    region, sensation, intensity = value
    return BodySensation(str(region), str(sensation), _int_or_none(intensity) or 2)


def _feeling(value: Any) -> Feeling:
    word, p, e, intensity = value
    p, e = _float_or_none(p), _float_or_none(e)
    if p is None or e is None:
        p = e = None
    return Feeling(str(word), p, e, _int_or_none(intensity) or 2)


def _need(value: Any) -> NeedState:
    need, met = value
    return NeedState(str(need), bool(met))


def _strategy(value: Any) -> StrategyTry | None:
    if not isinstance(value, list) or len(value) != 3:
        return None
    name, before, after = value
    return StrategyTry(str(name), _int_or_none(before), _int_or_none(after))


def _time(value: Any) -> datetime | None:
    try:
        return from_text(value) if isinstance(value, str) else None
    except ValueError:
        return None


def checkin_from_payload(payload: dict[str, Any]) -> CheckInDraft:
    """The draft a payload describes; whatever cannot be read is left at its default."""
    raw = payload.get("entry")
    raw = raw if isinstance(raw, dict) else {}
    entry = CheckIn(
        body=_items(raw.get("body"), _body),
        feelings=_items(raw.get("feelings"), _feeling),
        needs=_items(raw.get("needs"), _need),
        activation=_int_or_none(raw.get("activation")),
        strategy=_strategy(raw.get("strategy")),
        regulation_note=str(raw.get("regulation_note") or ""),
        reflection=str(raw.get("reflection") or ""),
        prompt_id=raw.get("prompt_id") if isinstance(raw.get("prompt_id"), str) else None,
        tags=[str(t) for t in raw.get("tags") or [] if isinstance(t, str)],
        starred=bool(raw.get("starred")),
    )
    at = _time(raw.get("at"))
    if at is not None:
        entry.at = at
    entry.id = _int_or_none(raw.get("id"))
    if isinstance(raw.get("uid"), str) and raw["uid"]:
        entry.uid = raw["uid"]
    return CheckInDraft(
        entry=entry,
        step=max(0, _int_or_none(payload.get("step")) or 0),
        prompt_offset=_int_or_none(payload.get("prompt_offset")) or 0,
        saved_at=_time(payload.get("saved_at")),
    )


def payload_saved_at(payload: dict[str, Any]) -> datetime | None:
    """When a draft payload (of any kind) was last written, if it says so."""
    return _time(payload.get("saved_at"))

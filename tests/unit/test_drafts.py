"""The check-in draft format: a whole check-in survives the round trip, bad parts are dropped."""

from __future__ import annotations

import json
import time

from attune_journal.core.drafts import (
    CheckInDraft,
    checkin_from_payload,
    checkin_to_payload,
    payload_saved_at,
)
from attune_journal.core.models import CheckIn, Feeling
from tests.factories import at, full_checkin


def test_full_checkin_round_trips_through_json() -> None:
    entry = full_checkin(id=12)
    draft = CheckInDraft(entry=entry, step=4, prompt_offset=2, saved_at=at(hour=9))
    payload = json.loads(json.dumps(checkin_to_payload(draft)))
    back = checkin_from_payload(payload)
    assert back.entry == entry
    assert (back.step, back.prompt_offset, back.saved_at) == (4, 2, at(hour=9))
    assert payload_saved_at(payload) == at(hour=9)


def test_empty_checkin_round_trips() -> None:
    entry = CheckIn(at=at())
    back = checkin_from_payload(checkin_to_payload(CheckInDraft(entry=entry)))
    assert back.entry == entry
    assert back.entry.strategy is None and back.entry.activation is None


def test_own_feeling_without_coordinates_survives() -> None:
    entry = CheckIn(at=at(), feelings=[Feeling("fizzy", None, None, 3)])
    back = checkin_from_payload(checkin_to_payload(CheckInDraft(entry=entry)))
    assert back.entry.feelings == [Feeling("fizzy", None, None, 3)]


def test_malformed_parts_are_dropped_one_by_one() -> None:
    payload = checkin_to_payload(CheckInDraft(entry=full_checkin()))
    raw = payload["entry"]
    raw["body"].append(["only-a-region"])  # wrong length: this item alone is dropped
    raw["feelings"].append("not a list")
    raw["activation"] = "seven"
    raw["at"] = "yesterday-ish"
    raw["strategy"] = {"name": "x"}
    payload["step"] = -3
    back = checkin_from_payload(payload)
    assert len(back.entry.body) == 2 and len(back.entry.feelings) == 2
    assert back.entry.activation is None
    assert back.entry.strategy is None
    assert back.entry.reflection == full_checkin().reflection
    assert back.step == 0
    assert back.entry.at.tzinfo is not None  # an unreadable time falls back to now


def test_not_even_a_dict_inside_gives_an_empty_checkin() -> None:
    back = checkin_from_payload({"entry": "garbage", "version": 99})
    assert back.entry.reflection == "" and back.entry.body == []
    back.entry.validate()


def test_draft_write_is_quick_enough_for_a_timer_slot(journal) -> None:
    """Measured, not asserted as a hard limit: a few-KB upsert is far below a keystroke."""
    entry = full_checkin(reflection="word " * 800)  # ~4 KB of text
    payload = checkin_to_payload(CheckInDraft(entry=entry))
    started = time.perf_counter()
    for _ in range(20):
        journal.save_draft("checkin", payload)
    per_write_ms = (time.perf_counter() - started) * 1000 / 20
    print(f"draft write: {per_write_ms:.2f} ms")
    assert checkin_from_payload(journal.draft("checkin")).entry == entry

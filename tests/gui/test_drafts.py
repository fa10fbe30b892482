"""DraftSaver: debounced, capped, and a failed write is reported once and retried."""

from __future__ import annotations

from typing import Any

from attune_journal.storage.errors import StoreError
from attune_journal.ui.drafts import DraftSaver, describe_when


class FlakyJournal:
    """Stands in for Journal: fails the first ``failures`` writes, then keeps them."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.saved: list[dict[str, Any]] = []
        self.cleared = 0

    def save_draft(self, key: str, payload: dict[str, Any]) -> None:
        if self.failures:
            self.failures -= 1
            raise StoreError("The disk is full.")
        self.saved.append(payload)

    def clear_draft(self, key: str) -> None:
        self.cleared += 1


def test_changes_are_coalesced_into_one_write(qtbot) -> None:
    journal = FlakyJournal(0)
    value = {"n": 0}
    saver = DraftSaver(journal, "k", lambda: dict(value), delay_ms=30)  # type: ignore[arg-type]
    for n in range(5):
        value["n"] = n
        saver.schedule()
    assert journal.saved == []  # nothing is written while the keys arrive
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    assert journal.saved == [{"n": 4}]
    assert not saver.pending


def test_a_failed_write_is_reported_once_and_retried(qtbot) -> None:
    journal = FlakyJournal(2)
    saver = DraftSaver(journal, "k", lambda: {"text": "still here"})  # type: ignore[arg-type]
    messages: list[str] = []
    saver.failed.connect(messages.append)
    saver.schedule()
    saver.flush()
    saver.flush()
    assert messages == ["The disk is full."]  # said once, not on every keystroke
    assert saver.pending
    saver.flush()
    assert journal.saved == [{"text": "still here"}] and not saver.pending


def test_nothing_worth_keeping_clears_the_draft(qtbot) -> None:
    journal = FlakyJournal(0)
    saver = DraftSaver(journal, "k", lambda: None)  # type: ignore[arg-type]
    saver.schedule()
    saver.flush()
    assert journal.saved == [] and journal.cleared == 1


def test_describe_when_is_plain() -> None:
    assert describe_when({}) == "earlier"
    assert describe_when({"saved_at": "2020-11-03T07:45:00+01:00"}).endswith("November at 07:45")

"""The benchmark's journal generator: seeded, plausible, valid, and readable by jrnl's rules."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from attune_journal.core.models import (
    CheckIn,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    WeeklyReview,
)
from attune_journal.core.vocab import feeling_lookup, load_relationship
from attune_journal.storage.repository import _clean
from attune_journal.workspace import open_workspace
from bench.generate import JRNL_TIMEFORMAT, generate_entries, write_jrnl_text, write_store

END = date(2026, 11, 23)


@pytest.fixture(scope="module")
def one_year() -> list:
    return list(generate_entries(1, seed=7, end=END))


def test_same_seed_same_journal_other_seed_another() -> None:
    first = list(generate_entries(0.1, seed=3, end=END))
    again = list(generate_entries(0.1, seed=3, end=END))
    other = list(generate_entries(0.1, seed=4, end=END))
    assert first == again
    assert [e.uid for e in first] != [e.uid for e in other]


def test_one_year_has_plausible_counts(one_year: list) -> None:
    kinds = Counter(type(e) for e in one_year)
    assert 690 <= kinds[CheckIn] <= 731  # two a day, a rare one missed
    assert 250 <= kinds[Note] <= 330  # a regulation note most days
    assert kinds[WeeklyReview] in (52, 53)
    assert 35 <= kinds[RelationshipCheckIn] <= 53
    assert 5 <= kinds[RepairEntry] <= 60
    days = {e.day for e in one_year}
    assert min(days) == END - timedelta(days=364) and max(days) == END  # 365 days


def test_every_entry_validates_and_stays_as_the_store_would_keep_it(one_year: list) -> None:
    for entry in one_year:
        before = repr(entry)
        _clean(entry)  # the store's normalisation must have nothing to change
        entry.validate()
        assert repr(entry) == before


def test_content_is_realistic(one_year: list) -> None:
    lookup = feeling_lookup()
    evening = [e for e in one_year if isinstance(e, CheckIn) and e.at.hour >= 12]
    for checkin in evening:
        words = len(checkin.reflection.split())
        assert 150 <= words <= 440
        for feeling in checkin.feelings:
            known = lookup[feeling.word.casefold()]
            assert (feeling.pleasantness, feeling.energy) == (known.p, known.e)
        assert checkin.needs and checkin.activation is not None
    text = " ".join(e.reflection for e in evening)
    assert re.search(r"[éüöøł]", text) and re.search("[\U0001f300-\U0001faff]", text)
    assert sum(bool(e.tags) for e in evening) > len(evening) / 2
    notes = [e for e in one_year if isinstance(e, Note)]
    assert all(n.strategy is not None and n.activation is not None for n in notes)
    items = set(load_relationship().item_ids)
    for rel in (e for e in one_year if isinstance(e, RelationshipCheckIn)):
        assert rel.answers and set(rel.answers) <= items
    weeks = [e.week for e in one_year if isinstance(e, WeeklyReview)]
    assert len(weeks) == len(set(weeks))


def test_berlin_summer_time_and_trips_show_in_the_offsets(one_year: list) -> None:
    offsets = Counter(e.at.utcoffset() for e in one_year)
    assert offsets[timedelta(hours=1)] > 100 and offsets[timedelta(hours=2)] > 100
    # Over ten years the person travels into other zones now and then.
    decade = {e.at.utcoffset() for e in generate_entries(10, seed=7, end=END)}
    assert len(decade) > 2


def test_write_store_saves_every_entry(tmp_path: Path) -> None:
    count = write_store(tmp_path / "data", 0.1, seed=5, end=END)
    expected = list(generate_entries(0.1, seed=5, end=END))
    assert count == len(expected)
    workspace = open_workspace(tmp_path / "data")
    try:
        assert workspace.journal.count() == count
        stored = workspace.journal.get_by_uid(expected[-1].uid)
        assert stored is not None and stored.at == expected[-1].at
    finally:
        workspace.close()


def test_jrnl_text_has_one_dated_entry_per_entry(tmp_path: Path) -> None:
    entries = list(generate_entries(0.2, seed=2, end=END))
    path = tmp_path / "journal.txt"
    assert write_jrnl_text(entries, path) == len(entries)
    text = path.read_text(encoding="utf-8")
    # The same pattern jrnl 4 splits a plain-text journal on.
    heads = re.findall(r"(?:^|\n)\[([^\]]+)\] ", text)
    assert heads == [e.at.strftime(JRNL_TIMEFORMAT) for e in entries]
    assert sum(1 for line in text.splitlines() if line.endswith("] Evening check-in. *")) == sum(
        1 for e in entries if isinstance(e, CheckIn) and e.starred and e.at.hour >= 12
    )
    assert "@" in text and "ü" in text

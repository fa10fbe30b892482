"""The fast paths of the Markdown export give exactly what the plain ones gave.

Covers the cached YAML blocks (against the generic ``frontmatter.dump``), the
cheap time-order key and file names (against their text/strftime forms), and
exports larger than one chunk of files (same files, same guarantees: nothing
half-written, errors such as a full disk raised unchanged, cancellation,
progress, fsync when asked).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attune_journal.core.models import (
    BodySensation,
    Entry,
    Feeling,
    NeedState,
    Note,
    StrategyTry,
)
from attune_journal.exchange import frontmatter
from attune_journal.exchange import markdown_export as me
from attune_journal.exchange import markdown_render as mr
from attune_journal.exchange.markdown_export import ExportCancelled, export_markdown_folder
from attune_journal.exchange.markdown_render import (
    front_matter_text,
    plan_folder,
    plan_names,
)
from tests.export_oracle import front_matter
from tests.factories import CET, at, full_checkin, full_note, full_repair

# ---- cached YAML blocks -----------------------------------------------------------------

coordinates = st.one_of(
    st.none(),
    st.sampled_from([0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.1 + 0.2]),
    st.sampled_from([0, 1, -1]),  # ints in a hand-made model: written "1", not "1.0"
    st.floats(min_value=-1.0, max_value=1.0, allow_nan=False),
)
intensities = st.one_of(st.integers(1, 3), st.booleans())  # True must stay "true"
# One-line words, as the store keeps them (clean_word folds line breaks); both
# writers have always put a multi-line word in quotes or a block differently.
words = st.one_of(
    st.sampled_from(["calm", "on edge", "yes", "2026-11-23", "café", "null", "a #b"]),
    st.text(max_size=12).filter(lambda word: "\n" not in word),
)
feelings = st.builds(Feeling, words, coordinates, coordinates, intensities)
needs = st.builds(NeedState, words, st.booleans())
sensations = st.builds(BodySensation, words, words, intensities)
strategies = st.one_of(
    st.none(),
    st.builds(
        StrategyTry,
        words,
        st.one_of(st.none(), st.integers(0, 10), st.booleans()),
        st.one_of(st.none(), st.integers(0, 10), st.booleans()),
    ),
)


@st.composite
def regulation_entries(draw: st.DrawFn) -> Entry:
    common: dict[str, Any] = {
        "feelings": draw(st.lists(feelings, max_size=3)),
        "needs": draw(st.lists(needs, max_size=3)),
        "strategy": draw(strategies),
        "activation": draw(st.one_of(st.none(), st.integers(0, 10), st.booleans())),
        "tags": draw(st.lists(words, max_size=3)),
    }
    kind = draw(st.sampled_from(["checkin", "note", "repair"]))
    if kind == "checkin":
        return full_checkin(
            **common,
            body=draw(st.lists(sensations, max_size=3)),
            prompt_id=draw(st.sampled_from([None, "p18", "own:What helped?", "gone"])),
        )
    if kind == "note":
        return full_note(**common)
    del common["strategy"], common["activation"]
    return full_repair(**common)


@settings(max_examples=300, deadline=None)
@given(st.lists(regulation_entries(), min_size=1, max_size=4))
def test_cached_front_matter_is_the_generic_dump_whatever_came_before(
    entries: list[Entry],
) -> None:
    # Several entries in a row, so a cached block made for one value is offered
    # to the next: 0.0 then -0.0, 1 then 1.0 or True must each keep their own text.
    for entry in entries:
        assert front_matter_text(entry) == frontmatter.dump(front_matter(entry))


def test_block_tables_are_emptied_when_full_and_stay_correct(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = mr._Blocks(limit=2)
    monkeypatch.setattr(mr, "_BLOCKS", small)
    entries = [
        full_checkin(feelings=[Feeling(f"word{n}", 0.5, 0.25, 2)], needs=[NeedState(f"n{n}", True)])
        for n in range(7)
    ]
    for entry in entries * 2:
        assert front_matter_text(entry) == frontmatter.dump(front_matter(entry))
    assert len(small._feelings) <= 2 and len(small._needs) <= 2


# ---- time order and file names ----------------------------------------------------------

offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(
    lambda day, offset, micro: day.replace(tzinfo=offset, microsecond=micro),
    st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 30)),
    offsets,
    st.sampled_from([0, 0, 0, 1, 999_999]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(moments, st.sampled_from(["a", "b", "c", "d"])), max_size=8))
def test_time_order_key_sorts_like_the_text_key(items: list[tuple[datetime, str]]) -> None:
    entries = [Note(at=moment, uid=f"{uid}{n}") for n, (moment, uid) in enumerate(items)]
    assert mr._in_time_order(entries) == sorted(entries, key=mr._sort_key)


def test_same_second_and_old_years_keep_the_text_order() -> None:
    second = datetime(2026, 11, 23, 8, 30, 5, tzinfo=CET)
    entries = [
        Note(at=second.replace(microsecond=900), uid="a"),
        Note(at=second, uid="b"),
        Note(at=datetime(999, 5, 1, 12, 0, tzinfo=CET), uid="c"),
        Note(at=datetime(1000, 1, 1, 0, 30, tzinfo=CET), uid="d"),
        # A float timestamp rounds this one up into the next second.
        Note(at=datetime(2515, 1, 1, 0, 0, 0, 999_999, tzinfo=UTC), uid="e"),
        Note(at=datetime(2515, 1, 1, 0, 0, 0, tzinfo=UTC), uid="f"),
    ]
    assert mr._in_time_order(entries) == sorted(entries, key=mr._sort_key)
    assert [e.uid for e in mr._in_time_order(entries[:2])] == ["a", "b"]


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
def test_file_names_match_the_strftime_form(moment: datetime) -> None:
    entry = Note(at=moment.replace(tzinfo=CET))
    assert mr._base_name(entry) == f"{moment:%Y}/{moment:%m}/{moment:%Y-%m-%d-%H%M}-note"


# ---- exports of many files --------------------------------------------------------------


def many_entries(count: int) -> list[Entry]:
    start = at(day=1, hour=6, minute=0)
    entries: list[Entry] = []
    for n in range(count):
        moment = start + timedelta(minutes=37 * n)
        if n % 3:
            entries.append(full_note(at=moment, uid=f"note{n:05d}", text=f"Note {n}."))
        else:
            entries.append(full_checkin(at=moment, uid=f"check{n:05d}", reflection=f"Day {n}."))
    # Two entries in one minute: the -2 name must be the same on every path.
    entries.append(full_checkin(at=start, uid="zz-same-minute", reflection="Same minute."))
    return entries


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_large_export_writes_exactly_the_planned_files(tmp_path: Path) -> None:
    entries = many_entries(5 * me.CHUNK + 17)
    expected = dict(plan_folder(entries))
    assert len(expected) == len(entries)
    report = export_markdown_folder(list(reversed(entries)), tmp_path / "out")
    assert report.written == len(entries) and sorted(report.files) == sorted(expected)
    assert files_under(tmp_path / "out") == expected
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def full_disk_after(monkeypatch: pytest.MonkeyPatch, writes: int) -> OSError:
    """Make ``os.write`` of an exported file (its bytes start with the front matter's
    ``---`` line) fail with ENOSPC after ``writes`` such writes; other writes (pytest's
    own) go through."""
    error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    real_write = os.write
    count = [0]

    def fake_write(fd: int, data: Any) -> int:
        if bytes(data[:4]) == b"---\n" and stat.S_ISREG(os.fstat(fd).st_mode):
            count[0] += 1
            if count[0] > writes:
                raise error
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", fake_write)
    return error


def test_full_disk_is_raised_unchanged_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = full_disk_after(monkeypatch, 150)
    with pytest.raises(OSError) as caught:
        export_markdown_folder(many_entries(4 * me.CHUNK), tmp_path / "out")
    assert caught.value is error and caught.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == [], "no target and no staging folder left"


def test_full_disk_over_an_existing_folder_leaves_every_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    entries = many_entries(3 * me.CHUNK)
    export_markdown_folder(entries, out)
    old = files_under(out)
    for entry in entries:
        if isinstance(entry, Note):
            entry.text += " Edited."
    error = full_disk_after(monkeypatch, 40)
    with pytest.raises(OSError) as caught:
        export_markdown_folder(entries, out, force=True)
    assert caught.value is error
    new = dict(plan_folder(entries))
    now = files_under(out)
    assert set(now) == set(old), "no temp files left, nothing missing"
    assert all(data in (old[name], new[name]) for name, data in now.items())
    assert any(data == new[name] != old[name] for name, data in now.items())


def cancel_on_third_check() -> Callable[[], bool]:
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > 2

    return cancelled


def test_cancelling_a_large_export_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_markdown_folder(
            many_entries(6 * me.CHUNK), tmp_path / "out", cancelled=cancel_on_third_check()
        )
    assert list(tmp_path.iterdir()) == []


def test_progress_rises_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    entries = many_entries(4 * me.CHUNK)
    export_markdown_folder(entries, tmp_path / "out", progress=lambda d, t: seen.append((d, t)))
    total = len(entries)
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(t == total for _, t in seen)


def test_durable_export_fsyncs_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced_files = [0]
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            synced_files[0] += 1
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    entries = many_entries(2 * me.CHUNK)
    export_markdown_folder(entries, tmp_path / "out", durable=True)
    assert synced_files[0] == len(entries)


def test_reexport_of_many_entries_keeps_names_and_touches_only_changes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    entries = many_entries(3 * me.CHUNK)
    first = export_markdown_folder(entries, out)
    names = {name for name, _ in plan_names(entries)}
    assert set(first.files) == names
    again = export_markdown_folder(list(reversed(entries)), out)
    assert again.written == 0 and again.unchanged == len(entries)
    edited = entries[5]
    assert isinstance(edited, Note)
    edited.text = "Edited."
    changed = export_markdown_folder(entries, out, force=True)
    assert changed.written == 1 and changed.files == [plan_names([edited])[0][0]]
    assert files_under(out) == dict(plan_folder(entries))


# ---- the YAML writer's character classes ------------------------------------------------


def test_unsafe_characters_are_exactly_those_outside_yaml_printable_set() -> None:
    # YAML's printable set, minus the line breaks (NEL, LS, PS) and the BOM: the
    # definition the short list in frontmatter must match, for every code point.
    printable = re.compile(
        "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
        "|[\u2028\u2029]"
    )
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert frontmatter._UNSAFE_CHAR_RE.findall(everything) == printable.findall(everything)
    escaped = re.compile(r'[\\"\x00-\x1f]|' + printable.pattern)
    assert frontmatter._NEEDS_ESCAPE_RE.findall(everything) == escaped.findall(everything)

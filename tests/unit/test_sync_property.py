"""Sync through the real folder layer (sync/session.py and sync/folder.py), drawn by
Hypothesis: 2-4 computers, each with its own journal and its own copy of the sync
folder, and a sync tool between them that carries files late, twice, out of order, cut
short (whole later), as conflict copies, carries the removal of a computer's old files,
and leaves a computer offline for a while. At the end everything is carried whole to
everyone and every computer syncs until nothing changes: every computer's Markdown
export is the same, byte for byte, and no entry saved anywhere is missing (purged ones
excepted).

Snapshots come every few logs (``SNAPSHOT_EVERY``), so old logs are removed from the
folder and a computer behind builds on a snapshot.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attune_journal.core.errors import ValidationError
from attune_journal.core.models import (
    Entry,
    Note,
    RelationshipCheckIn,
    WeeklyReview,
    entry_text,
)
from attune_journal.exchange.markdown_export import export_markdown_folder
from attune_journal.storage.sync_store import SyncStore
from attune_journal.sync import session
from attune_journal.sync.merge import conflicts
from attune_journal.workspace import Workspace, open_workspace

FAST = {"ops": 1, "mem": 8192}
PASS = "correct horse battery staple"
CONFLICT = ".sync-conflict-20261203-101010-ABCDEFG"
FILE_NAME = re.compile(r"\d{12}\.(log|snap)\Z")
OPS = ["create", "edit", "trash", "restore", "purge", "sync", "sync", "deliver", "deliver"]
OPS += ["deliver", "deliver", "deliver", "forget", "offline", "review", "review", "resolve"]
OPS += ["resolve"]
WEEKS = ["2026-W47", "2026-W48"]
MODES = ["whole", "whole", "twice", "half", "conflict"]


class Computer:
    def __init__(self, base: Path, index: int) -> None:
        self.folder = base / f"folder-{index}"
        self.folder.mkdir()
        self.ws: Workspace = open_workspace(base / f"computer-{index}")
        self.device = SyncStore(self.ws.journal.db).device()
        self.offline = 0  # steps left without the sync tool
        self.own: set[str] = set()  # own files ever seen in its folder

    @property
    def devices(self) -> Path:
        return self.folder / "attune-journal" / "devices"

    def files(self) -> dict[str, Path]:
        """Every file of every device in this folder, by its path below ``devices/``."""
        if not self.devices.exists():
            return {}
        return {
            str(path.relative_to(self.devices)): path
            for path in sorted(self.devices.glob("*/*"))
            if FILE_NAME.match(path.name)
        }

    def note_own(self) -> set[str]:
        """This computer's own files it removed since last time (compaction)."""
        present = {name for name in self.files() if name.startswith(self.device)}
        gone = self.own - present
        self.own |= present
        return gone

    def sync(self) -> session.SyncReport:
        return session.sync_now(self.ws)

    def export(self, folder: Path) -> dict[str, bytes]:
        export_markdown_folder(self.ws.journal.entries(newest_first=False), folder)
        return {
            str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*"))
            if path.is_file()
        }

    def state(self) -> dict[str, tuple[str, bool]]:
        journal = self.ws.journal
        every = journal.entries() + journal.entries(trashed=True)
        return {e.uid: (entry_text(e), e.is_trashed) for e in every}


class SyncTool:
    """Carries files between the computers' folders, the way a sync tool does."""

    def __init__(self, group: list[Computer]) -> None:
        self.group = group
        self.removed: set[str] = set()  # files their writer removed: removed everywhere

    def notice_removals(self) -> None:
        for computer in self.group:
            self.removed |= computer.note_own()

    def carry(self, src: Computer, dst: Computer, n: int, mode: str) -> None:
        if src is dst or src.offline or dst.offline:
            return
        files = [
            (name, path)
            for name, path in src.files().items()
            if name not in self.removed and not name.startswith(dst.device)
        ]
        if not files:
            return
        name, path = files[n % len(files)]
        data = path.read_bytes()
        if data != self.whole(name):
            return  # a copy still cut short here: the tool carries only whole files
        target = dst.devices / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if mode == "half":
            if not (target.exists() and target.read_bytes() == data):
                target.write_bytes(data[: len(data) // 2])
        elif mode == "conflict":
            target.with_name(target.stem + CONFLICT + target.suffix).write_bytes(data)
        else:
            for _ in range(2 if mode == "twice" else 1):
                target.write_bytes(data)

    def whole(self, name: str) -> bytes | None:
        """The file as its writer wrote it (in the writer's own folder)."""
        for computer in self.group:
            if name.startswith(computer.device + "/"):
                path = computer.devices / name
                return path.read_bytes() if path.exists() else None
        return None

    def forget(self, dst: Computer) -> None:
        """Removals reach ``dst``'s folder."""
        if dst.offline:
            return
        for name in self.removed:
            (dst.devices / name).unlink(missing_ok=True)

    def everything(self) -> None:
        """Every file whole in every folder, every removal done everywhere."""
        self.notice_removals()
        every = {
            name: path.read_bytes()
            for computer in self.group
            for name, path in computer.files().items()
            if name.startswith(computer.device + "/")
        }
        for computer in self.group:
            computer.offline = 0
            self.forget(computer)
            for name, data in every.items():
                if name.startswith(computer.device):
                    continue
                target = computer.devices / name
                target.parent.mkdir(parents=True, exist_ok=True)
                if not (target.exists() and target.read_bytes() == data):
                    target.write_bytes(data)


def _pick(ws: Workspace, n: int, trashed: bool) -> Entry | None:
    pool = ws.journal.entries(trashed=True) if trashed else ws.journal.entries()
    pool.sort(key=lambda e: e.uid)
    return pool[n % len(pool)] if pool else None


def _set_up(base: Path, count: int) -> list[Computer]:
    group = [Computer(base, i) for i in range(count)]
    first = group[0]
    first.ws.journal.save(Note(text="written before sync on computer 0"))
    session.set_up(first.ws, first.folder, PASS, "Computer 0", **FAST)
    description = first.folder / "attune-journal" / "folder.json"
    for i, computer in enumerate(group[1:], start=1):
        computer.ws.journal.save(Note(text=f"written before sync on computer {i}"))
        (computer.folder / "attune-journal").mkdir()
        shutil.copy(description, computer.folder / "attune-journal" / "folder.json")
        session.set_up(computer.ws, computer.folder, PASS, f"Computer {i}")
    return group


def _run(base: Path, count: int, steps: list[tuple[str, int, int, int]]) -> None:
    group = _set_up(base, count)
    tool = SyncTool(group)
    saved = {uid for c in group for uid in c.state()}
    purged: set[str] = set()
    trashed_here: set[str] = set()  # by the person, on some computer
    made = 0
    try:
        for op, who, n, other in steps:
            computer, ws = group[who], group[who].ws
            tool.notice_removals()
            if op == "create":
                made += 1
                saved.add(ws.journal.save(Note(text=f"note {made} on computer {who}")).uid)
            elif op == "review":
                # The week's review (or check-in) as the Week screen writes it: a new one
                # only where this computer has none for that week yet.
                made += 1
                week = WEEKS[n % 2]
                if n % 3:
                    if ws.journal.weekly_review(week) is None:
                        review = WeeklyReview(week=week, went_well=f"review {made} on {who}")
                        saved.add(ws.journal.save(review).uid)
                elif ws.journal.relationship_checkin(week) is None:
                    checkin = RelationshipCheckIn(week=week, appreciated=f"check-in {made}")
                    saved.add(ws.journal.save(checkin).uid)
            elif op == "resolve" and (pairs := conflicts(ws.journal)):
                first, second = pairs[n % len(pairs)]
                keep, drop = (first, second) if n % 3 != 1 else (second, first)
                session.resolve(ws, keep.uid, drop.uid, joined=n % 3 == 2)
                trashed_here.add(drop.uid)
            elif op == "edit" and (entry := _pick(ws, n, trashed=False)):
                edited = replace(entry)
                setattr(edited, entry.main_text, f"{entry_text(entry)} / edited {n} on {who}")
                ws.journal.save(edited)
            elif op == "trash" and (entry := _pick(ws, n, trashed=False)):
                assert entry.id is not None
                ws.journal.trash(entry.id)
                trashed_here.add(entry.uid)
            elif op == "restore" and (entry := _pick(ws, n, trashed=True)):
                assert entry.id is not None
                with contextlib.suppress(ValidationError):  # a review over its week's
                    ws.journal.restore(entry.id)
            elif op == "purge" and (entry := _pick(ws, n, trashed=True)):
                assert entry.id is not None
                ws.journal.purge(entry.id)
                purged.add(entry.uid)
            elif op == "sync":
                computer.sync()
            elif op == "deliver":
                src = group[other % count]
                tool.carry(src, computer, n, MODES[n % len(MODES)])
            elif op == "forget":
                tool.forget(computer)
            elif op == "offline":
                computer.offline = 3 + n % 12
            for each in group:
                if each is not computer and each.offline:
                    each.offline -= 1
        # Everything whole to everyone; every computer syncs until nothing changes.
        for round_no in range(7):
            tool.everything()
            before = {name for c in group for name in c.files()}
            quiet = True
            for i, computer in enumerate(group):
                report = computer.sync()
                quiet = quiet and not report.published and not report.changed_uids
                if round_no == 0 and (pairs := conflicts(computer.ws.journal)):
                    # Each computer settles its first conflict its own way, at the same
                    # time as the others: one, the other, or both joined.
                    first, second = pairs[0]
                    keep, drop = (first, second) if i % 3 != 1 else (second, first)
                    session.resolve(computer.ws, keep.uid, drop.uid, joined=i % 3 == 2)
                    trashed_here.add(drop.uid)
                    quiet = False
            tool.notice_removals()
            if quiet and before == {name for c in group for name in c.files()}:
                break
        else:
            pytest.fail("the computers still had changes after seven rounds")
        exports = [c.export(base / f"export-{i}") for i, c in enumerate(group)]
        states = [c.state() for c in group]
        for i in range(1, count):
            assert states[i] == states[0]
            assert exports[i] == exports[0], f"computer {i}'s export differs from computer 0's"
        for uid in saved - purged:
            assert uid in states[0], f"{uid} was lost"
        # Only a person's hand moves an entry to the trash: two reviews written for one
        # week on two computers both stay out of it, listed as a conflict to resolve.
        for uid in saved - purged - trashed_here:
            assert not states[0][uid][1], f"{uid} was moved to the trash by the merge"
    finally:
        for computer in group:
            computer.ws.close()


@st.composite
def scripts(draw: st.DrawFn) -> tuple[int, list[tuple[str, int, int, int]]]:
    count = draw(st.integers(2, 4))
    steps = draw(
        st.lists(
            st.tuples(
                st.sampled_from(OPS),
                st.integers(0, count - 1),
                st.integers(0, 1000),
                st.integers(0, count - 1),
            ),
            min_size=10,
            max_size=45,
        )
    )
    return count, steps


# Seven notes, then two computers each write the same week's review and one syncs: once,
# the computers answered each other's "I have read this" logs without end.
_ANSWERING = [("create", 0, 0, 0)] * 7 + [
    ("review", 0, 1, 0),
    ("review", 1, 1, 0),
    ("sync", 0, 0, 0),
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scripts())
@example((3, _ANSWERING))
def test_every_computer_reaches_the_same_journal_through_its_folder(
    script: tuple[int, list[tuple[str, int, int, int]]],
) -> None:
    count, steps = script
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        patch.setattr(session, "SNAPSHOT_EVERY", 2)
        # Settle changes as soon as every computer has seen them, at every sync.
        patch.setattr(session, "SETTLE_AFTER_MS", 0)
        patch.setattr(session, "COMPACT_EVERY_MS", 0)
        # A computer says what it has read at every sync, not once a week: the computers
        # must still fall quiet (a log without changes calls for no answer).
        patch.setattr(session, "ACK_EVERY_MS", 0)
        _run(Path(tmp), count, steps)


def test_two_computers_that_compacted_before_meeting_reach_a_third(tmp_path: Path) -> None:
    """Each of two computers wrote a snapshot and removed its logs before it had heard of
    the other; a third computer then holds both snapshots and no logs. It once read only
    the newest snapshot and took the other as covered: that computer's entries never
    arrived. Every snapshot needed is read now."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(session, "SNAPSHOT_EVERY", 2)
        group = _set_up(tmp_path, 3)
        tool = SyncTool(group)
        try:
            for computer in group[:2]:
                for n in range(3):
                    computer.ws.journal.save(Note(text=f"note {n} on {computer.folder.name}"))
                    computer.sync()
                own = [name for name in computer.files() if name.startswith(computer.device)]
                assert any(name.endswith(".snap") for name in own)
                assert not any(name.endswith("/000000000001.log") for name in own)  # went
            tool.everything()
            third = group[2]
            third.sync()
            assert third.state().items() >= (group[0].state() | group[1].state()).items()
            assert len(third.state()) == 3 + 6  # each one's first entry and three notes
        finally:
            for computer in group:
                computer.ws.close()


def test_a_snapshot_arriving_after_a_later_log_is_still_read(tmp_path: Path) -> None:
    """A computer that had not heard of the other wrote a snapshot and removed its old
    logs; the sync tool brought the other its newest log first and the snapshot later.
    The snapshot was once taken as read (a later file of that computer was applied):
    the entries only it held never arrived."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(session, "SNAPSHOT_EVERY", 2)
        a, b = _set_up(tmp_path, 2)
        tool = SyncTool([a, b])
        try:
            for n in range(4):
                a.ws.journal.save(Note(text=f"note {n} on A"))
                a.sync()
            own = sorted(name for name in a.files() if name.startswith(a.device))
            assert own[0].endswith(".snap") and not own[0].endswith("/000000000001.snap")
            (b.devices / a.device).mkdir(parents=True)
            shutil.copy(a.devices / own[-1], b.devices / own[-1])  # the newest log first
            b.sync()
            tool.everything()
            b.sync()
            assert b.state().items() >= a.state().items()
        finally:
            a.ws.close()
            b.ws.close()


def test_a_snapshot_first_seen_cut_short_is_read_once_whole(tmp_path: Path) -> None:
    """The snapshot a computer needed arrived cut short (still being copied): it was
    named as unreadable but also taken as read, so once whole it was never read and
    the entries only it held never arrived."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(session, "SNAPSHOT_EVERY", 2)
        a, b = _set_up(tmp_path, 2)
        tool = SyncTool([a, b])
        try:
            for n in range(3):
                a.ws.journal.save(Note(text=f"note {n} on A"))
                a.sync()
            own = sorted(name for name in a.files() if name.startswith(a.device))
            snap = next(name for name in own if name.endswith(".snap"))
            assert not any(name.endswith("/000000000001.log") for name in own)
            (b.devices / a.device).mkdir(parents=True)
            whole = (a.devices / snap).read_bytes()
            (b.devices / snap).write_bytes(whole[: len(whole) // 2])
            assert session.sync_now(b.ws).unreadable == [f"devices/{snap}"]
            tool.everything()
            report = session.sync_now(b.ws)
            assert not report.unreadable
            assert b.state().items() >= a.state().items()
        finally:
            a.ws.close()
            b.ws.close()


def test_a_snapshot_is_read_when_logs_between_two_files_were_removed(tmp_path: Path) -> None:
    """The sync tool brought a computer's first log, then (after that computer had
    written a snapshot and removed its old logs) the snapshot, but never the logs in
    between: the snapshot was taken as not needed, and what only those logs held never
    arrived."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(session, "SNAPSHOT_EVERY", 2)
        a, b = _set_up(tmp_path, 2)
        tool = SyncTool([a, b])
        try:
            (b.devices / a.device).mkdir(parents=True)
            first = f"{a.device}/000000000001.log"
            shutil.copy(a.devices / first, b.devices / first)
            for n in range(3):
                a.ws.journal.save(Note(text=f"note {n} on A"))
                a.sync()
            own = sorted(name for name in a.files() if name.startswith(a.device))
            snap = next(name for name in own if name.endswith(".snap"))
            assert first not in own
            shutil.copy(a.devices / snap, b.devices / snap)
            b.sync()
            tool.everything()
            b.sync()
            assert b.state().items() >= a.state().items()
        finally:
            a.ws.close()
            b.ws.close()

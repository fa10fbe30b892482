"""Sync as a person uses it (sync/session.py, ``attune-journal sync``): computers in temp
folders sharing one sync folder, through the API and the command line.

The folder is set up with libsodium's smallest Argon2id settings (ops 1, 8 KiB) so the
tests stay quick; a joining computer takes the folder's settings. Where a sync tool's
ways matter (files late, twice, out of order, cut short, renamed as conflict copies),
each computer gets its own copy of the folder and the test carries files between them.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from attune_journal import cli
from attune_journal.core.models import Note, entry_text
from attune_journal.storage.sync_store import SyncStore
from attune_journal.sync import merge, session
from attune_journal.sync.crypto import WrongPassphraseError
from attune_journal.sync.folder import SyncFolder
from attune_journal.workspace import Workspace, open_workspace

FAST = {"ops": 1, "mem": 8192}
PASS = "correct horse battery staple"
MARKER = "zebrafinch-plaintext-marker"
ROOT = Path(__file__).resolve().parents[2]


def texts(ws: Workspace) -> set[str]:
    return {entry_text(e) for e in ws.journal.entries()}


def note(ws: Workspace, text: str) -> None:
    ws.journal.save(Note(text=text))


def create(tmp: Path, name: str = "a", folder: Path | None = None) -> Workspace:
    folder = folder or tmp / "folder"
    folder.mkdir(exist_ok=True)
    ws = open_workspace(tmp / name)
    session.set_up(ws, folder, PASS, name.upper(), **FAST)
    return ws


def join(tmp: Path, name: str, folder: Path | None = None) -> Workspace:
    ws = open_workspace(tmp / name)
    session.set_up(ws, folder or tmp / "folder", PASS, name.upper())
    return ws


def folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "attune-journal" / "devices").rglob("*") if p.is_file())


def cli_run(data: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# ---- the API and the command line --------------------------------------------------------


def test_two_computers_with_their_own_journals_keep_everything(tmp_path: Path) -> None:
    a = open_workspace(tmp_path / "a")
    note(a, "written on A before sync")
    a.settings.window_low = 2  # the journal's choice, published with A's first sync
    (tmp_path / "folder").mkdir()
    session.set_up(a, tmp_path / "folder", PASS, "Laptop", **FAST)
    b = open_workspace(tmp_path / "b")
    note(b, "written on B before sync")
    b.settings.window_low = 1  # B's own choice gives way to the journal's on joining
    found = session.set_up(b, tmp_path / "folder", PASS, "Desk")
    assert texts(b) == {"written on A before sync", "written on B before sync"}
    assert b.settings.window_low == 2
    assert any("Laptop" in line for line in found.lines())
    report = session.sync_now(a)
    assert len(report.changed_uids) == 1
    assert texts(a) == texts(b)
    assert session.status(a).name == "Laptop" and session.is_set_up(a)
    with pytest.raises(WrongPassphraseError):
        session.set_up(open_workspace(tmp_path / "c"), tmp_path / "folder", "wrong", "C")
    assert len(list((tmp_path / "folder" / "attune-journal" / "devices").iterdir())) == 2
    session.stop(a)
    assert not session.is_set_up(a) and session.status(a).lines()
    assert folder_files(tmp_path / "folder")  # the folder stays for the others
    for ws in (a, b):
        ws.close()


def test_three_computers_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    create(tmp_path).close()
    monkeypatch.setenv("ATTUNE_JOURNAL_SYNC_PASSPHRASE", PASS)
    for name in ("b", "c"):
        code, out = cli_run(
            tmp_path / name,
            "sync",
            "--folder",
            str(tmp_path / "folder"),
            "--name",
            name,
            capsys=capsys,
        )
        assert code == 0, out
        assert "Joined" in out
    for name in ("a", "b", "c"):
        code, out = cli_run(tmp_path / name, "note", f"note from {name}", capsys=capsys)
        assert code == 0, out
        code, out = cli_run(tmp_path / name, "sync", "now", capsys=capsys)
        assert code == 0, out
    for name in ("a", "b", "c"):
        code, out = cli_run(tmp_path / name, "sync", "now", capsys=capsys)
        assert code == 0, out
    for name in ("a", "b", "c"):
        ws = open_workspace(tmp_path / name)
        assert texts(ws) == {"note from a", "note from b", "note from c"}, name
        ws.close()
    code, out = cli_run(tmp_path / "a", "sync", "status", capsys=capsys)
    assert code == 0 and '"b"' in out and '"c"' in out, out
    code, out = cli_run(tmp_path / "d", "sync", "now", capsys=capsys)
    assert code == 1 and "does not sync yet" in out and "Traceback" not in out
    code, out = cli_run(tmp_path / "a", "sync", capsys=capsys)
    assert code == 1 and out.count("\n") == 1
    code, out = cli_run(tmp_path / "a", "sync", "stop", capsys=capsys)
    assert code == 0 and "no longer syncs" in out


def test_an_offline_computer_catches_up_and_a_new_one_builds_from_a_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session, "SNAPSHOT_EVERY", 3)
    a = create(tmp_path)
    b = join(tmp_path, "b")
    written = set()
    for n in range(40):
        written.add(f"offline note {n}")
        note(a, f"offline note {n}")
        if n % 2:
            session.sync_now(a)
    session.sync_now(a)
    assert texts(b) == set()
    session.sync_now(b)
    assert texts(b) == written
    # Now every computer has seen A's logs: they go, and a new computer joining
    # later builds its journal from A's snapshot.
    session.sync_now(a)
    note(a, "after the snapshot")
    session.sync_now(a)
    logs = [p for p in folder_files(tmp_path / "folder") if p.suffix == ".log"]
    assert len(logs) < 10
    c = join(tmp_path, "c")
    assert texts(c) == written | {"after the snapshot"}
    for ws in (a, b, c):
        ws.close()


def test_files_late_twice_out_of_order_cut_short_and_renamed(tmp_path: Path) -> None:
    """A writes into its copy of the folder; the test is B's sync tool."""
    fa, fb = tmp_path / "fa", tmp_path / "fb"
    a = create(tmp_path, "a", fa)
    fb.mkdir()
    (fb / "attune-journal").mkdir()
    shutil.copy(fa / "attune-journal" / "folder.json", fb / "attune-journal" / "folder.json")
    b = join(tmp_path, "b", fb)
    for n in range(5):
        note(a, f"delivered {n}")
        session.sync_now(a)
    logs = [p for p in folder_files(fa) if p.suffix == ".log"]
    assert len(logs) == 5
    device = logs[0].parent.name
    into = fb / "attune-journal" / "devices" / device
    into.mkdir(parents=True)

    def deliver(path: Path, name: str | None = None, data: bytes | None = None) -> None:
        (into / (name or path.name)).write_bytes(path.read_bytes() if data is None else data)

    deliver(logs[4])
    deliver(logs[2])
    deliver(logs[0], data=logs[0].read_bytes()[:40])  # still being copied
    report = session.sync_now(b)
    assert texts(b) == {"delivered 2", "delivered 4"}
    assert report.unreadable == [f"devices/{device}/{logs[0].name}"]
    assert any(logs[0].name in line for line in session.status(b).lines())
    deliver(logs[0])
    deliver(logs[2])  # twice
    deliver(logs[1], name=logs[1].stem + ".sync-conflict-20261203-120000-ABCDEFG.log")
    deliver(logs[3], name=".syncthing." + logs[3].name + ".tmp")
    report = session.sync_now(b)
    assert texts(b) == {"delivered 0", "delivered 2", "delivered 4"}
    assert report.passed_over == 2 and not report.unreadable
    assert not session.status(b).unreadable
    deliver(logs[1])
    deliver(logs[3])
    session.sync_now(b)
    assert texts(b) == {f"delivered {n}" for n in range(5)}
    a.close()
    b.close()


def test_a_changed_byte_is_named_and_the_rest_applies(tmp_path: Path) -> None:
    a = create(tmp_path)
    b = join(tmp_path, "b")
    for n in range(3):
        note(a, f"note {n}")
        session.sync_now(a)
    own = SyncStore(a.journal.db).device()
    spoiled = [p for p in folder_files(tmp_path / "folder") if p.parent.name == own][-2]
    data = bytearray(spoiled.read_bytes())
    data[len(data) // 2] ^= 1
    spoiled.write_bytes(bytes(data))
    report = session.sync_now(b)
    assert len(texts(b)) == 2
    name = spoiled.name
    assert any(name in path for path in report.unreadable)
    assert any(name in line and "passed over" in line for line in session.status(b).lines())
    a.close()
    b.close()


def test_no_plain_text_reaches_the_folder(tmp_path: Path) -> None:
    a = create(tmp_path)
    b = join(tmp_path, "b")
    c = join(tmp_path, "c")
    for ws in (a, b, c):
        note(ws, f"{MARKER} from {ws.settings.sync_name}")
        ws.journal.add_own_item("feeling", f"{MARKER}-word")
        session.sync_now(ws)
    for ws in (a, b, c):
        session.sync_now(ws)
        assert len(texts(ws)) == 3
    for path in (tmp_path / "folder").rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path
            assert MARKER.encode("utf-16-le") not in path.read_bytes(), path
    for ws in (a, b, c):
        ws.close()


def test_a_computer_restored_from_a_backup_overwrites_nothing_and_loses_nothing(
    tmp_path: Path,
) -> None:
    a = create(tmp_path)
    b = join(tmp_path, "b")
    note(a, "before the backup")
    session.sync_now(a)
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "a-backup")
    a = open_workspace(tmp_path / "a")
    note(a, "after the backup")
    session.sync_now(a)
    before = {p: p.read_bytes() for p in folder_files(tmp_path / "folder")}
    a.close()
    shutil.rmtree(tmp_path / "a")
    shutil.copytree(tmp_path / "a-backup", tmp_path / "a")  # the older store comes back
    a = open_workspace(tmp_path / "a")
    note(a, "after the restore")
    session.sync_now(a)
    for path, data in before.items():
        assert path.read_bytes() == data, f"{path} was overwritten"
    session.sync_now(a)
    session.sync_now(b)
    every = {"before the backup", "after the backup", "after the restore"}
    assert texts(a) == every and texts(b) == every
    a.close()
    b.close()


def test_a_conflict_is_resolved_as_an_ordinary_change(tmp_path: Path) -> None:
    a = create(tmp_path)
    note(a, "the first words")
    session.sync_now(a)
    b = join(tmp_path, "b")
    for ws, words in ((a, "A's words"), (b, "B's words")):
        entry = ws.journal.entries()[0]
        assert isinstance(entry, Note)
        entry.text = words
        ws.journal.save(entry)
    for ws in (a, b, a):
        session.sync_now(ws)
    status = session.status(a)
    assert status.conflicts == 1 and any("Conflicts to resolve" in s for s in status.lines())
    from attune_journal.sync.merge import conflicts

    entry, copy = conflicts(a.journal)[0]
    session.resolve(a, copy.uid, entry.uid)
    session.sync_now(a)
    session.sync_now(b)
    assert session.status(b).conflicts == 0
    assert len(texts(a)) == len(texts(b)) == 1
    a.close()
    b.close()


# ---- killed at random moments ------------------------------------------------------------


def _env() -> dict[str, str]:
    values = {**os.environ, "PYTHONPATH": str(ROOT)}
    values.pop("ATTUNE_JOURNAL_PASSPHRASE", None)
    return values


def _sync_command(data: Path) -> list[str]:
    return [sys.executable, "-m", "attune_journal", "--data-dir", str(data), "sync", "now"]


@pytest.mark.slow
def test_sync_now_killed_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    chance = random.Random(20261203)
    a = create(tmp_path)
    b = join(tmp_path, "b")
    b.close()
    body = "a quiet morning by the window, tea going cold. " * 20
    saved: set[str] = set()
    round_no = half_written = interrupted = 0

    def add_notes(count: int) -> None:
        nonlocal round_no
        round_no += 1
        batch = [f"round {round_no} note {n} {body}" for n in range(count)]
        a.journal.save_many([Note(text=text) for text in batch])
        saved.update(batch)

    add_notes(300)
    a.close()
    start = time.monotonic()
    done = subprocess.run(_sync_command(tmp_path / "a"), env=_env(), capture_output=True)
    typical = time.monotonic() - start
    assert done.returncode == 0, done.stderr
    for _ in range(15):
        a = open_workspace(tmp_path / "a")
        add_notes(chance.randint(150, 400))
        a.close()
        proc = subprocess.Popen(
            _sync_command(tmp_path / "a"),
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chance.uniform(0.0, typical * 1.1))
        interrupted += proc.poll() is None
        proc.kill()
        proc.wait()
        scan = SyncFolder(tmp_path / "folder").scan()  # scans cleanly, whatever was left
        assert not scan.passed_over
        half_written += scan.half_written
    done = subprocess.run(_sync_command(tmp_path / "a"), env=_env(), capture_output=True)
    assert done.returncode == 0, done.stderr
    b = open_workspace(tmp_path / "b")
    report = session.sync_now(b)
    assert not report.unreadable
    assert texts(b) == saved
    b.close()
    assert interrupted >= 5, "the kills came after the command had finished"
    print(f"typical {typical:.2f} s, {interrupted} killed mid-way, {half_written} half-written")


# The app as a child process that saves large notes and syncs in a loop, so that each
# round writes a log of about 2 MB. It says on stdout when a round is saved (committed
# to its store) and when it starts and ends writing a log file, so that a kill can be
# aimed at the write itself; the file is written by the app's own code.
WRITER = """
import sys
from attune_journal.core.models import Note
from attune_journal.sync import folder as sync_folder, session
from attune_journal.workspace import open_workspace

data, start, size, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
real = sync_folder._write_new

def announced(folder, temp, final, payload):
    print("write", final, flush=True)
    written = real(folder, temp, final, payload)
    print("wrote", final, flush=True)
    return written

sync_folder._write_new = announced
workspace = open_workspace(data)
words = ("a quiet morning by the window, tea going cold. " * (size // 47 + 1))[:size]
print("ready", flush=True)
for n in range(start, start + 20):
    workspace.journal.save_many([Note(text=f"round {n} note {k} {words}") for k in range(per)])
    print("saved", n, flush=True)
    session.sync_now(workspace)
workspace.close()
"""


class _Child:
    """A child's stdout lines as they come, each with the moment it was read."""

    def __init__(self, command: list[str]) -> None:
        import queue
        import threading

        self.proc = subprocess.Popen(
            command,
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.saved: set[int] = set()
        stream = self.proc.stdout
        assert stream is not None

        def read() -> None:
            for line in stream:
                self.lines.put((time.monotonic(), line.strip()))
            self.lines.put((time.monotonic(), "end"))

        threading.Thread(target=read, daemon=True).start()

    def next(self, word: str, timeout: float = 20.0) -> float | None:
        """The moment of the next line starting with ``word``; None when the child ended."""
        while True:
            moment, line = self.lines.get(timeout=timeout)
            if line.startswith("saved"):
                self.saved.add(int(line.split()[1]))
            if line == "end":
                return None
            if line.startswith(word):
                return moment

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        while self.next("end") is not None:  # what it said before it died
            pass


def _temp_files(folder: Path) -> set[str]:
    return {p.name for p in (folder / "attune-journal" / "devices").rglob("*.tmp")}


@pytest.mark.slow
def test_killed_while_writing_a_log_the_folder_stays_readable_and_nothing_saved_is_lost(
    tmp_path: Path,
) -> None:
    """SIGKILL the app while it writes a log file of about 2 MB, many times: most kills
    aimed at the write (a random moment after the app says it starts a file, within
    about the time a write takes), every third at any moment of its loop. A kill that
    lands mid-write leaves the app's temporary file behind (``.<seq>.<random>.tmp``):
    they are counted, and most kills must leave one. After every kill another computer
    syncs: no file is unreadable (a file gets its name only whole) and the temporary
    files are passed over; at the end every round the app said it saved is there."""
    chance = random.Random(20261204)
    folder = tmp_path / "folder"
    create(tmp_path).close()
    b = join(tmp_path, "b")
    script = [sys.executable, "-c", WRITER, str(tmp_path / "a")]
    saved: set[int] = set()
    write_times: list[float] = []
    kills = aimed = mid_write = 0
    started = time.monotonic()
    while kills < 30 and time.monotonic() - started < 20:
        before = _temp_files(folder)
        child = _Child([*script, str(kills * 100), "500000", "4"])
        if child.next("ready") is None:
            pytest.fail("the writer did not start")
        if kills % 3 == 2 or len(write_times) < 3:
            # Any moment of the loop; meanwhile, how long a write takes.
            deadline = time.monotonic() + chance.uniform(0.05, 0.5)
            while time.monotonic() < deadline:
                began = child.next("write", timeout=5)
                ended = child.next("wrote", timeout=5) if began is not None else None
                if began is None or ended is None:
                    break
                write_times.append(ended - began)
        else:
            for _ in range(chance.randint(1, 2)):
                began = child.next("write", timeout=5)
            typical = sorted(write_times)[len(write_times) // 2]
            time.sleep(chance.uniform(0.0, typical * 1.2))
            aimed += 1
        child.kill()
        kills += 1
        saved |= child.saved
        left = _temp_files(folder) - before
        mid_write += bool(left)
        scan = SyncFolder(folder).scan()
        assert not scan.passed_over, scan.passed_over_paths
        report = session.sync_now(b)  # the other computer reads the folder meanwhile
        assert not report.unreadable, report.unreadable
    a = open_workspace(tmp_path / "a")  # the app once more, to the end of a sync
    session.sync_now(a)
    report = session.sync_now(b)
    assert not report.unreadable and report.half_written >= mid_write
    assert texts(b) == texts(a)
    rounds = {int(text.split()[1]) for text in texts(b)}
    assert saved <= rounds, f"rounds saved but lost: {sorted(saved - rounds)}"
    a.close()
    b.close()
    print(
        f"{kills} kills ({aimed} aimed at a write), {mid_write} left a half-written file; "
        f"a write took {1000 * sorted(write_times)[len(write_times) // 2]:.1f} ms"
    )
    assert kills >= 20 and mid_write >= kills // 3, (kills, mid_write)


def test_a_file_not_read_yet_is_not_removed_as_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = create(tmp_path)
    b = join(tmp_path, "b")
    note(a, "first")
    session.sync_now(a)
    note(a, "second, still being copied")
    session.sync_now(a)
    note(a, "third")
    session.sync_now(a)
    own = SyncStore(a.journal.db).device()
    slow = [p for p in folder_files(tmp_path / "folder") if p.parent.name == own][-2]
    whole = slow.read_bytes()
    slow.write_bytes(whole[:40])
    note(b, "from B")
    session.sync_now(b)
    assert "second, still being copied" not in texts(b)
    monkeypatch.setattr(session, "SNAPSHOT_EVERY", 0)
    report = session.sync_now(a)
    assert report.snapshot and slow.exists()
    slow.write_bytes(whole)
    session.sync_now(b)
    assert texts(b) == texts(a) == {"first", "second, still being copied", "third", "from B"}
    a.close()
    b.close()


def test_status_lines_say_one_and_many_in_plain_english() -> None:
    one = session.SyncStatus(folder="/x", name="Laptop", conflicts=1, passed_over=1)
    many = session.SyncStatus(folder="/x", name="Laptop", conflicts=3, half_written=2)
    assert "1 entry was edited on two computers at once" in " ".join(one.lines())
    assert "1 file the sync tool left behind was passed over." in one.lines()
    assert "3 entries were edited on two computers at once" in " ".join(many.lines())
    assert any(line.startswith("2 files still being written") for line in many.lines())
    weeks = session.SyncStatus(folder="/x", name="Laptop", week_conflicts=2)
    assert (
        "2 weeks have a weekly review or check-in written on each of two computers; both "
        "are kept under Conflicts to resolve." in weeks.lines()
    )


# ---- what the store and the folder keep ------------------------------------------------


def entry_rows(ws: Workspace) -> int:
    row = ws.journal.db.execute(
        "SELECT count(*) FROM sync_changes WHERE op IN ('put', 'trash', 'restore', 'purge', "
        "'state')"
    ).fetchone()
    return int(row[0])


def exported(ws: Workspace, folder: Path) -> dict[str, bytes]:
    from attune_journal.exchange.markdown_export import export_markdown_folder

    export_markdown_folder(ws.journal.entries(newest_first=False), folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def settle_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settle changes as soon as every computer has seen them, at every sync."""
    monkeypatch.setattr(session, "SETTLE_AFTER_MS", 0)
    monkeypatch.setattr(session, "COMPACT_EVERY_MS", 0)


def test_the_store_keeps_one_state_per_settled_entry_however_often_it_is_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle_at_once(monkeypatch)
    a = create(tmp_path)
    for n in range(5):
        note(a, f"note {n}")
    session.sync_now(a)
    b = join(tmp_path, "b")
    # The same note's text changed on both computers at once: a conflict copy, kept
    # through everything that follows.
    for ws, words in ((a, "A's words"), (b, "B's words")):
        first = min(ws.journal.entries(), key=lambda e: e.uid)
        assert isinstance(first, Note)
        first.text = words
        ws.journal.save(first)
    for ws in (a, b, a, b):
        session.sync_now(ws)
    rows: list[int] = []
    for round_no in range(25):
        ws = (a, b)[round_no % 2]
        for entry in ws.journal.entries():
            assert isinstance(entry, Note)
            if "~" not in entry.uid:
                entry.text = f"{entry.text.split(' /')[0]} / round {round_no}"
                entry.starred = not entry.starred
                ws.journal.save(entry)
        session.sync_now(ws)
        session.sync_now((b, a)[round_no % 2])
        rows.append(entry_rows(a))
    # 25 rounds of two edits of five entries (250 changes without settling): each
    # entry keeps one state and at most the changes the other computer has not yet said
    # it has seen; the count does not grow with the rounds.
    entries = len(a.journal.entries())
    assert max(rows) <= 2 * entries, rows
    assert max(rows[-10:]) <= max(rows[:10]) and min(rows) <= entries, rows
    states = a.journal.db.execute("SELECT count(*) FROM sync_changes WHERE op = 'state'")
    assert states.fetchone()[0] >= 5
    # What was published is kept as digests, not as a second copy of every entry.
    published = " ".join(r[0] for r in a.journal.db.execute("SELECT fields FROM sync_published"))
    assert "round 24" not in published
    assert len(merge.conflicts(a.journal)) == 1
    # A new computer, built from a snapshot of settled changes, reaches the same journal.
    monkeypatch.setattr(session, "SNAPSHOT_EVERY", 0)
    note(a, "one more")
    session.sync_now(a)
    c = join(tmp_path, "c")
    session.sync_now(b)
    exports = [exported(ws, tmp_path / f"export-{i}") for i, ws in enumerate((a, b, c))]
    for name in exports[0]:
        for other in exports[1:]:
            assert exports[0][name].decode() == other.get(name, b"").decode(), name
    assert exports[0] == exports[1] == exports[2]
    assert len(merge.conflicts(c.journal)) == 1
    for ws in (a, b, c):
        ws.close()


def test_a_computer_that_only_reads_lets_old_snapshots_and_logs_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B writes nothing of its own after joining. It says which snapshot of A it has
    read (a log without changes), so A's older snapshots and logs go instead of piling up."""
    monkeypatch.setattr(session, "SNAPSHOT_EVERY", 3)
    a = create(tmp_path)
    note(a, "first")
    session.sync_now(a)
    b = open_workspace(tmp_path / "b")
    note(b, "B's only note")
    session.set_up(b, tmp_path / "folder", PASS, "B")
    written = {"first", "B's only note"}
    for n in range(40):
        note(a, f"n{n}")
        written.add(f"n{n}")
        session.sync_now(a)
        session.sync_now(b)
    session.sync_now(a)
    a_files = [p for p in folder_files(tmp_path / "folder") if p.parent.name == device_of(a)]
    b_files = [p for p in folder_files(tmp_path / "folder") if p.parent.name == device_of(b)]
    assert sum(p.suffix == ".snap" for p in a_files) <= 2, a_files
    assert len(a_files) <= 8, a_files
    assert len(b_files) <= 15, b_files  # its join log and one short log per snapshot read
    assert texts(b) == written
    c = join(tmp_path, "c")
    assert texts(c) == written
    for ws in (a, b, c):
        ws.close()


def test_a_computer_away_for_long_gets_one_snapshot_not_one_per_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session, "SNAPSHOT_EVERY", 2)
    a = create(tmp_path)
    b = open_workspace(tmp_path / "b")
    note(b, "from B before it went away")
    session.set_up(b, tmp_path / "folder", PASS, "B")
    for n in range(30):
        note(a, f"while B is away {n}")
        session.sync_now(a)
    a_files = [p for p in folder_files(tmp_path / "folder") if p.parent.name == device_of(a)]
    assert sum(p.suffix == ".snap" for p in a_files) == 1
    session.sync_now(b)  # B comes back: reads everything and says so
    session.sync_now(a)
    assert texts(b) == texts(a)
    for ws in (a, b):
        ws.close()


def test_joining_with_an_entry_the_folder_has_with_other_words_keeps_both(
    tmp_path: Path,
) -> None:
    """The same imported entry (the same uid) on both computers before the second joins:
    where the texts differ, the joining computer's version is kept beside the folder's
    and listed under Conflicts to resolve; where they agree, nothing is doubled."""
    a = create(tmp_path)
    shared = Note(uid="import-1", text="Imported, then edited on A.")
    same = Note(uid="import-2", text="Imported and never edited.")
    a.journal.save_many([shared, same])
    session.sync_now(a)
    b = open_workspace(tmp_path / "b")
    b.journal.save_many(
        [
            Note(uid="import-1", text="Imported, then edited on B."),
            Note(uid="import-2", text=same.text),
        ]
    )
    session.set_up(b, tmp_path / "folder", PASS, "B")
    session.sync_now(a)
    for ws in (a, b):
        assert texts(ws) == {
            "Imported, then edited on A.",
            "Imported, then edited on B.",
            "Imported and never edited.",
        }
        pairs = merge.conflicts(ws.journal)
        assert [(e.uid, getattr(o, "text", "")) for e, o in pairs] == [
            ("import-1", "Imported, then edited on B.")
        ]
        assert ws.journal.entries(trashed=True) == []
    for ws in (a, b):
        ws.close()


def test_a_computer_back_from_a_backup_keeps_its_edit_and_the_later_one(
    tmp_path: Path,
) -> None:
    a = create(tmp_path)
    b = join(tmp_path, "b")
    note(a, "the first words")
    session.sync_now(a)
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "a-backup")
    a = open_workspace(tmp_path / "a")
    entry = a.journal.entries()[0]
    assert isinstance(entry, Note)
    entry.text = "edited after the backup"
    a.journal.save(entry)
    session.sync_now(a)
    a.close()
    shutil.rmtree(tmp_path / "a")
    shutil.copytree(tmp_path / "a-backup", tmp_path / "a")  # the older store comes back
    a = open_workspace(tmp_path / "a")
    entry = a.journal.entries()[0]
    assert isinstance(entry, Note) and entry.text == "the first words"
    entry.text = "edited after the restore"
    a.journal.save(entry)
    session.sync_now(a)
    session.sync_now(b)
    session.sync_now(a)
    expected = {"edited after the backup", "edited after the restore"}
    assert texts(a) == texts(b) == expected
    assert len(merge.conflicts(a.journal)) == len(merge.conflicts(b.journal)) == 1
    a.close()
    b.close()


def device_of(ws: Workspace) -> str:
    return SyncStore(ws.journal.db).device()

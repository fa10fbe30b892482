"""Exports that are killed, pointed at links or at the journal itself stay safe.

- A killed ``attune-journal export`` leaves nothing writing, and the next export run
  removes whatever it left (a staging folder, temp files, its record in the data
  folder): no plain text of an encrypted journal survives that run.
- Nothing is written through a link inside the target folder.
- Every folder an export makes is 0700 and every file 0600.
- An export never writes over the journal's store, its -wal/-shm or its backups.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from attune_journal import cli
from attune_journal.exchange import export_files as ef
from attune_journal.exchange.export_files import ExportError, remove_export_leftovers
from attune_journal.exchange.markdown_export import (
    ExportConflict,
    export_markdown_file,
    export_markdown_folder,
)
from attune_journal.exchange.markdown_render import plan_folder
from attune_journal.workspace import open_workspace
from tests.factories import full_note, one_of_each

REPO = Path(__file__).resolve().parents[2]
LINUX = sys.platform.startswith("linux")
needs_linux = pytest.mark.skipif(not LINUX, reason="kills and stops exports by signal (Linux)")
PASSPHRASE = "correct horse battery staple"
# A sentence written into the test journals; never anywhere in plain text but in a
# finished export once the journal is encrypted.
KNOWN = "The heron stood by lantern 4417 until the rain stopped."
# The first bytes of every exported entry: what a half-written staging folder holds.
FRONT = b"---\nuid: "


# ---- helpers ----------------------------------------------------------------------------


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


def digest_tree(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256(data).hexdigest() for name, data in files_under(folder).items()}


LEFTOVER_RES = (
    ef.STAGING_RE,
    ef.TEMP_FILE_RE,
    re.compile(r"\..+\.partial-[0-9a-f]{8}\Z"),  # what versions before this one left
)


def leftovers(*roots: Path) -> list[str]:
    """Every staging folder, temp file or export record anywhere under ``roots``."""
    found = []
    for root in roots:
        for folder, dirs, names in os.walk(root):
            for name in dirs + names:
                path = Path(folder, name)
                record = path.parent.name == ef.RECORDS_FOLDER and name.startswith("export-")
                if record or any(pattern.match(name) for pattern in LEFTOVER_RES):
                    found.append(str(path))
    return found


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``root`` with its size and modification time (links not followed)."""
    seen: dict[str, tuple[int, int]] = {}
    for folder, dirs, names in os.walk(root):
        for name in dirs + names:
            path = os.path.join(folder, name)
            try:
                info = os.lstat(path)
            except FileNotFoundError:
                continue
            seen[path] = (info.st_size, info.st_mtime_ns)
    return seen


def subprocess_env(home: Path, passphrase: str | None = None) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ATTUNE_JOURNAL_") and key != "PYTHONDONTWRITEBYTECODE"
    }
    env["PYTHONPATH"] = str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if passphrase is not None:
        env["ATTUNE_JOURNAL_PASSPHRASE"] = passphrase
    return env


def export_cmd(data: Path, out: Path, *more: str) -> list[str]:
    command = [sys.executable, "-m", "attune_journal", "--data-dir", str(data), "export"]
    return [*command, "--out", str(out), *more]


def seed_small(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        workspace.journal.save_many([*one_of_each(), full_note(text=KNOWN)])
    finally:
        workspace.close()


# ---- killed exports ---------------------------------------------------------------------


@needs_linux
@pytest.mark.slow
def test_killed_exports_leave_nothing_writing_and_the_next_run_leaves_no_staging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench.generate import write_store

    started = time.monotonic()
    rng = random.Random(20261123)
    plain = tmp_path / "data-plain"
    count = write_store(plain, years=2, end=date(2026, 11, 23))
    workspace = open_workspace(plain)
    try:
        workspace.journal.save_many([full_note(text=KNOWN)])
    finally:
        workspace.close()
    assert count > 2000
    encrypted = tmp_path / "data-encrypted"
    shutil.copytree(plain, encrypted)
    monkeypatch.setenv("ATTUNE_JOURNAL_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(encrypted), "encrypt"]) == 0
    monkeypatch.delenv("ATTUNE_JOURNAL_PASSPHRASE", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    envs = {
        plain: subprocess_env(home),
        encrypted: subprocess_env(home, PASSPHRASE),
    }
    stored = b"".join(p.read_bytes() for p in encrypted.rglob("*") if p.is_file())
    assert KNOWN.encode() not in stored, "the encrypted journal holds no plain text"

    # One finished export of each journal: what every later run must match, and
    # how long a run takes here (the kills are spread over that time).
    reference: dict[Path, dict[str, str]] = {}
    typical: dict[Path, float] = {}
    for data, env in envs.items():
        times = []
        for n in range(2):
            out = tmp_path / "reference" / f"{data.name}-{n}"
            began = time.monotonic()
            done = subprocess.run(export_cmd(data, out), env=env, capture_output=True, timeout=60)
            times.append(time.monotonic() - began)
            assert done.returncode == 0, done.stderr
        reference[data] = digest_tree(out)
        assert len(reference[data]) == count + 1
        typical[data] = sorted(times)[0]
    shutil.rmtree(tmp_path / "reference")
    exports = tmp_path / "exports"
    exports.mkdir()

    # 26 kills of exports into a new folder, 6 of them on the encrypted journal, and
    # 6 of exports over an existing folder with --force (those write temp files).
    plan = [("new", plain)] * 20 + [("new", encrypted)] * 6 + [("over", plain)] * 6
    rng.shuffle(plan)
    cleaned = 0
    finished: tuple[Path, Path] | None = None  # the last finished export, kept for an "over" run
    for n, (mode, data) in enumerate(plan):
        env = envs[data]
        out = exports / f"out-{n}"
        more: tuple[str, ...] = ()
        if mode == "over":
            if finished is not None and finished[1] == data:
                finished[0].rename(out)  # the last run's finished export of this journal
                finished = None
            else:
                subprocess.run(export_cmd(data, out), env=env, check=True, capture_output=True)
            for path in sorted(out.rglob("*.md"))[::3]:
                path.write_bytes(b"changed by hand\n")
            more = ("--force",)
        delay = rng.uniform(0.05, typical[data])
        proc = subprocess.Popen(
            export_cmd(data, out, *more),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()

        before = snapshot(tmp_path)
        time.sleep(0.3)
        assert snapshot(tmp_path) == before, f"something still writes after kill {n}"
        cleaned += bool(leftovers(tmp_path))

        done = subprocess.run(
            export_cmd(data, out, *more), env=env, capture_output=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert leftovers(tmp_path) == [], f"after the run that followed kill {n} ({mode})"
        assert digest_tree(out) == reference[data], "the finished export is complete"
        if data == encrypted:
            expected = set(reference[data])
            for path in tmp_path.rglob("*"):
                if not path.is_file() or path.is_symlink() or path.is_relative_to(plain):
                    continue  # (the plain journal's own store holds its text, of course)
                if path.is_relative_to(exports):
                    inside = path.relative_to(exports).parts[1:]  # within its out-<n>
                    if "/".join(inside) in expected:
                        continue  # a finished export itself: plain text by design
                content = path.read_bytes()
                assert KNOWN.encode() not in content and FRONT not in content, path
        if finished is not None:
            shutil.rmtree(finished[0])
        finished = (out, data)

    # The kills did land in the middle of exports, with staging for the next run to remove.
    assert cleaned >= 3, (cleaned, len(plan))
    print(
        f"{len(plan)} kills, {cleaned} left staging or temp files for the next run; "
        f"{time.monotonic() - started:.1f} s"
    )


# ---- links inside the target ------------------------------------------------------------


def test_a_linked_year_folder_is_never_written_through(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_small(data_dir)
    out, outside = tmp_path / "export", tmp_path / "outside"
    outside.mkdir()
    args = ["--data-dir", str(data_dir), "export", "--out", str(out)]
    assert cli.main(args) == 0
    years = sorted(p for p in out.iterdir() if p.name.isdigit())
    shutil.rmtree(years[0])
    years[0].symlink_to(outside, target_is_directory=True)
    capsys.readouterr()
    for more in ([], ["--force"]):
        assert cli.main([*args, *more]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and str(years[0]) in err and "link" in err
        assert list(outside.iterdir()) == [], "nothing written outside the target"
    # A fresh export folder holding nothing but a link: the same.
    shutil.rmtree(out)
    out.mkdir()
    (out / years[0].name).symlink_to(outside, target_is_directory=True)
    with pytest.raises(ExportError, match="link"):
        export_markdown_folder(one_of_each(), out, force=True)
    assert list(outside.iterdir()) == []


def test_a_linked_month_folder_or_file_is_replaced_never_written_through(
    tmp_path: Path,
) -> None:
    out, outside = tmp_path / "export", tmp_path / "outside"
    outside.mkdir()
    entries = one_of_each()
    export_markdown_folder(entries, out)
    name = next(name for name, _ in plan_folder(entries) if name.count("/") == 2)
    month = (out / name).parent
    shutil.rmtree(month)
    month.symlink_to(outside, target_is_directory=True)
    with pytest.raises(ExportError, match="link"):
        export_markdown_folder(entries, out, force=True)
    assert list(outside.iterdir()) == []
    month.unlink()
    export_markdown_folder(entries, out)
    secret = outside / "secret.md"
    secret.write_bytes(b"not the export's\n")
    (out / name).unlink()
    (out / name).symlink_to(secret)
    with pytest.raises(ExportConflict):
        export_markdown_folder(entries, out)
    export_markdown_folder(entries, out, force=True)
    assert secret.read_bytes() == b"not the export's\n"
    assert not (out / name).is_symlink() and (out / name).read_bytes().startswith(FRONT)
    # A single-file target that is a link: the link is replaced, its target untouched.
    link = tmp_path / "week.md"
    link.symlink_to(secret)
    export_markdown_file(entries, link, force=True)
    assert secret.read_bytes() == b"not the export's\n" and not link.is_symlink()


def test_a_link_named_like_a_staging_folder_is_removed_not_followed(tmp_path: Path) -> None:
    out, outside = tmp_path / "export", tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.md").write_text("mine\n")
    out.mkdir()
    (out / f"{ef.STAGING_PREFIX}0123abcd").symlink_to(outside, target_is_directory=True)
    export_markdown_folder(one_of_each(), out)
    assert (outside / "keep.md").read_text() == "mine\n"
    assert leftovers(out) == []


# ---- modes ------------------------------------------------------------------------------


@pytest.fixture
def usual_umask() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
@pytest.mark.usefixtures("usual_umask")
def test_every_folder_an_export_makes_is_0700_and_every_file_0600(tmp_path: Path) -> None:
    entries = one_of_each()
    out = tmp_path / "new" / "nested" / "export"
    export_markdown_folder(entries, out)
    made = [tmp_path / "new", tmp_path / "new" / "nested", out]
    made += [p for p in out.rglob("*") if p.is_dir()]
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in made} == {"0o700"}
    files = [p for p in out.rglob("*") if p.is_file()]
    assert files and {oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {"0o600"}

    # Over an existing folder: the new year and month folders and files too.
    later = full_note(text="A later note.")
    later.at = later.at.replace(year=2031)
    export_markdown_folder([*entries, later], out)
    assert oct(stat.S_IMODE((out / "2031").stat().st_mode)) == "0o700"
    assert oct(stat.S_IMODE(next((out / "2031").iterdir()).stat().st_mode)) == "0o700"
    assert oct(stat.S_IMODE(next((out / "2031").rglob("*.md")).stat().st_mode)) == "0o600"

    single = tmp_path / "one" / "two" / "week.md"
    export_markdown_file(entries, single)
    for folder in (tmp_path / "one", single.parent):
        assert oct(stat.S_IMODE(folder.stat().st_mode)) == "0o700"
    assert oct(stat.S_IMODE(single.stat().st_mode)) == "0o600"


# ---- the journal's own files ------------------------------------------------------------


def test_single_file_force_never_writes_over_the_journal(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_small(data_dir)
    # The first command of the day takes the daily backup (and notes it in the store).
    assert cli.main(["--data-dir", str(data_dir), "export", "--out", str(tmp_path / "e")]) == 0
    # Held open, with a write not yet checkpointed: the -wal and -shm exist.
    workspace = open_workspace(data_dir)
    try:
        workspace.journal.save(full_note(text="Still in the write-ahead log."))
        store = workspace.paths.store
        wal, shm = Path(f"{store}-wal"), Path(f"{store}-shm")
        backup = next(p for p in workspace.paths.backups.iterdir() if p.is_file())
        assert wal.exists() and shm.exists()
        targets = [
            store,
            wal,
            shm,
            backup,
            workspace.paths.backups / "new.md",
            data_dir / ".." / data_dir.name / store.name,
            workspace.paths.settings,
        ]
        link = tmp_path / "looks-harmless.md"
        link.symlink_to(store)
        targets.append(link)
        watched = [store, wal, backup, link]
        before = {p: p.read_bytes() for p in watched}
        backups_before = sorted(p.name for p in workspace.paths.backups.iterdir())
        capsys.readouterr()
        for target in targets:
            args = ["--data-dir", str(data_dir), "export", "--out", str(target)]
            assert cli.main([*args, "--single-file", "--force"]) == 1, target
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and err.startswith("attune-journal: "), err
            assert str(target) in err and "Traceback" not in err
            assert {p: p.read_bytes() for p in watched} == before, target
        assert cli.main([*args[:-1], str(workspace.paths.backups), "--force"]) == 1
        assert "backups" in capsys.readouterr().err
        assert {p: p.read_bytes() for p in watched} == before
        assert sorted(p.name for p in workspace.paths.backups.iterdir()) == backups_before
    finally:
        workspace.close()


# ---- leftovers and locks ----------------------------------------------------------------


def test_the_cleaner_leaves_a_running_export_alone_and_removes_a_dead_ones(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    out, single = tmp_path / "out", tmp_path / "one.md"
    out.mkdir()
    staging = out / f"{ef.STAGING_PREFIX}00aa11bb"
    (staging / "2026" / "11").mkdir(parents=True)
    (staging / "2026" / "11" / "a.md").write_bytes(FRONT)
    temp = single.with_name(f".{single.name}{ef.TEMP_FILE_MARK}00aa11bb.tmp")
    temp.write_bytes(FRONT)
    old = tmp_path / ".out.partial-0123abcd"  # beside the target, as older versions left it
    old.mkdir()
    (old / "b.md").write_bytes(FRONT)
    assert ef.record_export(data, out, "folder") is not None
    assert ef.record_export(data, single, "file") is not None

    # While the exports "run" (their locks held) nothing of theirs goes.
    folder_lock = ef.lock_folder(out)
    temp_fd = os.open(temp, os.O_RDONLY)
    ef.try_lock(temp_fd)
    try:
        assert remove_export_leftovers(data) == []
        assert staging.exists() and temp.exists()
        assert len(list((data / ef.RECORDS_FOLDER).iterdir())) == 2
        with pytest.raises(ExportError, match="Another export is writing into"):
            export_markdown_folder(one_of_each(), out)
    finally:
        assert folder_lock is not None
        os.close(folder_lock)
        os.close(temp_fd)

    removed = remove_export_leftovers(data)
    assert set(removed) == {staging, temp, old}
    assert leftovers(tmp_path) == []
    assert remove_export_leftovers(data, [out, single]) == []


def test_an_export_run_removes_what_a_killed_run_left_in_its_target(tmp_path: Path) -> None:
    entries = one_of_each()
    out = tmp_path / "out"
    export_markdown_folder(entries, out)
    name = plan_folder(entries)[0][0]
    temp = (out / name).with_name(f".{Path(name).name}{ef.TEMP_FILE_MARK}feedbeef.tmp")
    temp.write_bytes(FRONT)
    staging = out / f"{ef.STAGING_PREFIX}feedbeef"
    staging.mkdir()
    (staging / "x.md").write_bytes(FRONT)
    report = export_markdown_folder(entries, out)
    assert report.written == 0 and leftovers(tmp_path) == []


@needs_linux
def test_sigterm_stops_an_export_with_one_line_and_nothing_left(
    tmp_path: Path, data_dir: Path
) -> None:
    from bench.generate import write_store

    write_store(data_dir, years=2, end=date(2026, 11, 23))
    out = tmp_path / "out"
    env = subprocess_env(tmp_path)
    # Stop it once it has begun writing (its staging folder exists).
    proc = subprocess.Popen(
        export_cmd(data_dir, out), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and any(ef.STAGING_RE.match(p.name) for p in out.iterdir()):
            proc.send_signal(signal.SIGTERM)
            break
        time.sleep(0.002)
    _, stderr = proc.communicate(timeout=30)
    if proc.returncode == 0:
        pytest.skip("the export finished before it could be stopped")
    assert proc.returncode == 1, stderr
    lines = stderr.decode().splitlines()
    assert len(lines) == 1 and "stopped (SIGTERM)" in lines[0], lines
    assert leftovers(tmp_path) == [] and not out.exists()


def test_a_refused_export_leaves_nothing_behind(tmp_path: Path) -> None:
    entries = one_of_each()
    out = tmp_path / "out"
    out.mkdir()
    year = plan_folder(entries)[0][0].partition("/")[0]
    (out / year).symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(ExportError):
        export_markdown_folder(entries, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "nothing written via the link"
    assert [p.name for p in out.iterdir()] == [year], "no staging folder, no temp files"

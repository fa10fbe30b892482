"""The store among several programs: the daily backup once a day, rotation that keeps what
matters, the passphrase kept out of child processes, what the next start finishes or rolls
back, and one clear line for what a command cannot take."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from attune_journal import cli
from attune_journal.core.models import Note
from attune_journal.storage import crypto, swap
from attune_journal.storage.backup import backup_name, list_backups, prune_backups
from attune_journal.workspace import open_workspace
from tests.factories import of_kind
from tests.unit.store_harness import command, env, leftovers, run, texts


def test_a_burst_of_commands_takes_one_daily_backup(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    workspace = open_workspace(folder)
    workspace.journal.save(Note(text="the day before"))
    workspace.backup("manual")
    workspace.journal.set_meta("last_daily_backup", "2000-01-01")
    workspace.close()
    procs = [
        subprocess.Popen(
            command(folder, "note", f"burst {n}"),
            env=env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(20)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    reasons = [p.name.rsplit("-", 1)[-1] for p in list_backups(folder / "backups")]
    assert reasons.count("daily.sqlite3") == 1
    assert reasons.count("manual.sqlite3") == 1  # nothing older was rotated away
    assert len(texts(folder / "journal.sqlite3", None)) == 21


def test_rotation_keeps_the_newest_manual_and_pre_encryption_backups(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 1, 1, tzinfo=UTC)
    names = [backup_name("manual", start), backup_name("encryption", start + timedelta(1))]
    names += [backup_name("daily", start + timedelta(days=2 + n)) for n in range(12)]
    for name in names:
        (folder / name).write_bytes(b"x")
    prune_backups(folder, keep=5)
    left = {p.name for p in list_backups(folder)}
    assert names[0] in left and names[1] in left
    assert len(left) == 7  # the five newest, and the two that only their own kind replaces


def test_the_passphrase_is_taken_out_of_the_environment(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTUNE_JOURNAL_PASSPHRASE", "kept out of children")
    workspace = open_workspace(data_dir)
    workspace.close()
    assert "ATTUNE_JOURNAL_PASSPHRASE" not in os.environ
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ.get('ATTUNE_JOURNAL_PASSPHRASE'))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert child.stdout.strip() == "None"
    assert crypto.passphrase_from_env() == "kept out of children"  # still known here


def test_encryption_state_is_never_read_from_the_live_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(data_dir)
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args, **kwargs):
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(Path, "open", spy)
        assert workspace.encrypted is False
    workspace.change_encryption(None, "pw")
    with monkeypatch.context() as patched:
        patched.setattr(Path, "open", spy)
        assert workspace.encrypted is True
    assert opened == []
    workspace.close()


def test_a_recorded_change_is_finished_at_the_next_start(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="before"))
    workspace.backup("manual")
    store = workspace.paths.store
    workspace.close()
    # As a killed restore leaves it: a checked copy staged, the record made, no rename yet.
    staged = store.with_name(store.name + ".restoring")
    other = open_workspace(data_dir.parent / "other")
    other.journal.save(Note(text="restored"))
    other.backup("manual")
    copy = next((data_dir.parent / "other" / "backups").iterdir())
    other.close()
    staged.write_bytes(copy.read_bytes())
    (data_dir / swap.PLAN_NAME).write_text(
        f'[{{"staged": "{staged}", "final": "{store}"}}]', encoding="utf-8"
    )
    workspace = open_workspace(data_dir)
    assert workspace.recovery_message and "completed" in workspace.recovery_message
    assert [e.text for e in of_kind(Note, workspace.journal.entries())] == ["restored"]
    workspace.close()
    assert leftovers(data_dir) == []


def test_unrecorded_staging_is_removed_at_the_next_start(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="kept as it was"))
    workspace.close()
    for name in ("journal.sqlite3.rekeying", "journal.sqlite3.rekeying-journal"):
        (data_dir / name).write_bytes(b"half a copy")
    (data_dir / "backups").mkdir(exist_ok=True)
    (data_dir / "backups" / "journal-20260101T000000Z-daily.sqlite3.partial").write_bytes(b"x")
    (data_dir / "backups" / "journal-20260101T000000Z-daily.sqlite3.converting").write_bytes(b"x")
    assert run(data_dir, "check").returncode == 0
    assert leftovers(data_dir) == []


def test_a_record_naming_files_outside_the_folder_is_not_followed(
    data_dir: Path, tmp_path: Path
) -> None:
    workspace = open_workspace(data_dir)
    workspace.close()
    outside = tmp_path / "precious.txt"
    outside.write_text("mine")
    (data_dir / swap.PLAN_NAME).write_text(
        f'[{{"staged": "{data_dir / "x.restoring"}", "final": "{outside}"}}]', encoding="utf-8"
    )
    (data_dir / "x.restoring").write_text("not yours")
    open_workspace(data_dir).close()
    assert outside.read_text() == "mine"


def test_restoring_the_journal_onto_itself_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(data_dir)]
    assert cli.main([*args, "note", "x"]) == 0
    assert cli.main([*args, "restore", str(data_dir / "journal.sqlite3")]) == 1
    assert capsys.readouterr().err.strip().endswith("not a backup of it.")


@pytest.mark.parametrize(
    "argv",
    [
        ["note", "caf\udce9"],
        ["note", "x", "--feeling", "\udcff"],
        ["note", "x", "--tag", "a\udc80"],
        ["note", "x", "--need", "\udcc3:met"],
        ["note", "x", "--strategy", "\udcc3"],
        ["week", "--week", "2026-W\udcb1"],
        ["--data-dir", "/tmp/\udcff", "check"],
        ["import", "--from", "jrnl", "\udcff.txt"],
        ["export", "--out", "/tmp/\udcff"],
    ],
)
def test_arguments_that_are_not_utf8_get_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not valid UTF-8" in err and "\\x" in err


@pytest.mark.parametrize("week", ["0001-W01", "0001-W02", "9999-W51", "9999-W52"])
def test_weeks_at_the_edge_of_the_calendar_get_one_line(
    data_dir: Path, week: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(data_dir), "week", "--week", week]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "0001-W03 to 9999-W50" in err


@pytest.mark.parametrize("week", ["0001-W03", "9999-W50"])
def test_the_first_and_last_weeks_that_can_be_shown(
    data_dir: Path, week: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(data_dir), "week", "--week", week]) == 0
    assert capsys.readouterr().out.startswith("# Week of ")


def test_the_command_line_never_says_it_kept_text(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from attune_journal.storage.errors import DiskFullError, ReadOnlyStoreError, StoreLockedError
    from attune_journal.storage.repository import Journal

    for error in (DiskFullError, ReadOnlyStoreError, StoreLockedError):

        def fail(self: Journal, entry: object, error: type = error) -> None:
            raise error()

        monkeypatch.setattr(Journal, "save", fail)
        assert cli.main(["--data-dir", str(data_dir), "note", "lost?"]) == 1
        err = capsys.readouterr().err
        assert "kept" not in err and "nothing was saved" in err and "again" in err


def test_a_damaged_store_message_names_no_question_mark(tmp_path: Path) -> None:
    from attune_journal.storage.errors import translate_sqlite_error

    error = translate_sqlite_error(Exception("database disk image is malformed"))
    assert error is not None and "?" not in str(error)


def test_a_daily_backup_is_not_taken_twice_in_one_day(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="x"))
    today = date(2026, 12, 3)
    assert workspace.backup_if_due(today) is not None
    assert workspace.backup_if_due(today) is None
    workspace.close()


def test_a_folder_that_cannot_hold_locks_still_opens(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network folders refuse flock (ENOLCK): the journal opens; SQLite still guards."""
    import errno

    from attune_journal.storage import locks

    def no_locks(*_args: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(locks.fcntl, "flock", no_locks)
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="kept"))
    assert workspace.backup_if_due(date(2026, 12, 3)) is not None
    workspace.close()
    assert cli.main(["--data-dir", str(data_dir), "check"]) == 0

"""Damaged or foreign store files: moved aside, reported, never overwritten; restore works."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import Note
from attune_journal.storage.errors import DamagedStoreError
from attune_journal.storage.recovery import damage_reason, move_aside, recover_damaged
from attune_journal.workspace import open_workspace
from tests.factories import of_kind


def _truncated(store: Path) -> bytes:
    data = store.read_bytes()
    return data[: len(data) // 2]


DAMAGE = {
    "truncated": _truncated,
    "random": lambda _store: os.urandom(10_000),
    "text": lambda _store: b"Dear diary,\nthis is not a database.\n" * 40,
    "empty": lambda _store: b"",
}


def _journal_with_backup(data_dir: Path) -> Path:
    workspace = open_workspace(data_dir)
    for text in ("one", "two", "three"):
        workspace.journal.save(Note(text=text))
    backup = workspace.backup("daily")
    workspace.journal.save(Note(text="after the backup"))
    workspace.close()  # checkpoints: the store file alone holds everything
    return backup


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_store_is_moved_aside_reported_and_restorable(data_dir: Path, kind: str) -> None:
    backup = _journal_with_backup(data_dir)
    store = data_dir / "journal.sqlite3"
    damaged_bytes = DAMAGE[kind](store)
    store.write_bytes(damaged_bytes)
    # Companions travel with the file (a truncated SQLite file with a WAL is SQLite's own
    # business: it replays or discards the WAL, so that case has none here).
    wal = b"left-over wal" if kind != "truncated" else None
    if wal:
        (data_dir / "journal.sqlite3-wal").write_bytes(wal)

    with pytest.raises(DamagedStoreError) as caught:
        open_workspace(data_dir)
    assert store.read_bytes() == damaged_bytes  # detection never writes

    report = recover_damaged(
        store, data_dir / "damaged", data_dir / "backups", damage_reason(caught.value)
    )
    assert not store.exists()
    assert report.moved_to.parent == data_dir / "damaged"
    assert report.moved_to.read_bytes() == damaged_bytes
    if wal:
        assert Path(str(report.moved_to) + "-wal").read_bytes() == wal
    assert stat.S_IMODE(report.moved_to.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.moved_to.parent.stat().st_mode) == 0o700
    assert report.backup is not None and report.backup.path == backup
    assert "moved" in report.message() and damage_reason(caught.value) in report.message()

    workspace = open_workspace(data_dir)  # a fresh, empty journal
    assert workspace.journal.count() == 0
    workspace.restore(report.backup.path)
    notes = of_kind(Note, workspace.journal.entries())
    assert sorted(e.text for e in notes) == ["one", "three", "two"]
    workspace.close()


def test_moving_aside_never_overwrites_an_earlier_damaged_file(tmp_path: Path) -> None:
    moment = datetime(2026, 11, 23, 8, 30)
    moved = []
    for content in (b"first", b"second", b"third"):
        store = tmp_path / "journal.sqlite3"
        store.write_bytes(content)
        moved.append(move_aside(store, tmp_path / "damaged", moment))
    assert len(set(moved)) == 3
    assert [p.read_bytes() for p in moved] == [b"first", b"second", b"third"]
    assert moved[0].name == "journal-20261123-083000.sqlite3"


def test_the_cli_sets_a_damaged_store_aside_and_says_what_to_run(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with_backup(data_dir)
    (data_dir / "journal.sqlite3").write_bytes(b"not a journal at all\n")
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    err = capsys.readouterr().err
    assert "it is a text file" in err and "attune-journal restore" in err
    assert len(list((data_dir / "damaged").iterdir())) == 1

    (data_dir / "journal.sqlite3").write_bytes(b"")
    assert main(["--data-dir", str(data_dir), "restore", "--latest"]) == 0
    assert "Restored" in capsys.readouterr().out
    assert len(list((data_dir / "damaged").iterdir())) == 2
    workspace = open_workspace(data_dir)
    assert workspace.journal.count() == 3
    workspace.close()


def test_no_backup_is_reported_plainly(data_dir: Path) -> None:
    data_dir.mkdir()
    store = data_dir / "journal.sqlite3"
    store.write_bytes(b"")
    report = recover_damaged(store, data_dir / "damaged", data_dir / "backups", "the file is empty")
    assert report.backup is None
    assert "no backup" in report.message()

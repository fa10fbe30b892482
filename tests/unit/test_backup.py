"""Backups: private files, rotation, the daily decision, the migration hook, restore."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import Note
from attune_journal.storage import open_store
from attune_journal.storage.backup import (
    DAILY_META_KEY,
    backup_problem,
    backup_reason,
    daily_backup_due,
    list_backups,
    newest_good_backup,
)
from attune_journal.storage.errors import StoreError
from attune_journal.workspace import Workspace, open_workspace
from tests.factories import of_kind


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backups_are_private_files_in_a_private_folder(workspace: Workspace) -> None:
    workspace.journal.save(Note(text="private"))
    path = workspace.backup("manual")
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert not list(path.parent.glob("*.partial"))
    assert backup_problem(path, None) is None


def test_rotation_keeps_the_configured_number_newest_first(workspace: Workspace) -> None:
    workspace.settings.backups_kept = 3
    workspace.journal.save(Note(text="x"))
    made = [workspace.backup(reason) for reason in ("manual", "import", "daily", "manual")]
    kept = list_backups(workspace.paths.backups)
    assert kept == list(reversed(made[1:]))
    assert [backup_reason(p) for p in kept] == ["manual", "daily", "import"]


def test_the_daily_backup_happens_once_per_local_day(workspace: Workspace) -> None:
    assert workspace.backup_if_due(date(2026, 11, 23)) is None  # an empty journal: nothing to keep
    workspace.journal.save(Note(text="x"))
    assert workspace.backup_if_due(date(2026, 11, 23)) is not None
    assert workspace.backup_if_due(date(2026, 11, 23)) is None
    assert workspace.journal.meta(DAILY_META_KEY) == "2026-11-23"
    assert workspace.backup_if_due(date(2026, 11, 24)) is not None
    assert len(list_backups(workspace.paths.backups)) == 2


@pytest.mark.parametrize(
    ("last", "today", "due"),
    [
        (None, date(2026, 1, 1), True),
        ("2026-01-01", date(2026, 1, 1), False),
        ("2026-01-01", date(2026, 1, 2), True),
        ("2026-02-01", date(2026, 1, 2), True),  # a clock set back still gets a backup
        ("garbage", date(2026, 1, 2), True),
    ],
)
def test_daily_backup_due(last: str | None, today: date, due: bool) -> None:
    assert daily_backup_due(last, today) is due


def test_pending_migrations_of_an_existing_store_are_preceded_by_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlite_utils.migrations import Migrations

    from attune_journal.storage import db as db_module
    from attune_journal.storage import migrations as shipped

    store = tmp_path / "journal.sqlite3"
    first = open_store(store)
    first.conn.execute("INSERT INTO own_items (kind, name, data) VALUES ('feeling', 'x', '{}')")
    first.conn.commit()
    first.conn.close()
    assert not (tmp_path / "backups").exists()

    # A newer app version: the shipped migrations plus one more.
    newer = Migrations(shipped.MIGRATION_SET)
    newer._migrations = list(shipped.migrations._migrations)

    @newer(name="9999_test_extra_column")
    def _extra(db: object) -> None:
        db.execute("CREATE TABLE test_extra (x INTEGER)")  # type: ignore[attr-defined]

    monkeypatch.setattr(db_module, "migrations", newer)
    known = {*db_module.KNOWN_MIGRATIONS, "9999_test_extra_column"}
    monkeypatch.setattr(db_module, "KNOWN_MIGRATIONS", known)
    reopened = open_store(store)
    backups = list_backups(tmp_path / "backups")
    assert [backup_reason(p) for p in backups] == ["migration"]
    assert backup_problem(backups[0], None) is None
    # The backup holds the store as it was: without the new table.
    old = sqlite3.connect(backups[0])
    names = {row[0] for row in old.execute("SELECT name FROM sqlite_master")}
    old.close()
    assert "own_items" in names and "test_extra" not in names
    assert "test_extra" in reopened.utils.table_names()
    reopened.conn.close()


def test_a_fresh_store_takes_no_migration_backup(tmp_path: Path) -> None:
    open_store(tmp_path / "journal.sqlite3").conn.close()
    open_store(tmp_path / "journal.sqlite3").conn.close()
    assert list_backups(tmp_path / "backups") == []


def test_restore_brings_back_the_backup_and_keeps_the_present_as_a_safety_copy(
    workspace: Workspace,
) -> None:
    first = workspace.journal.save(Note(text="before"))
    backup = workspace.backup("manual")
    workspace.journal.save(Note(text="after"))
    assert first.id is not None
    workspace.journal.trash(first.id)

    safety = workspace.restore(backup)
    assert [e.text for e in of_kind(Note, workspace.journal.entries())] == ["before"]
    assert safety is not None and backup_reason(safety) == "before-restore"
    assert not (workspace.paths.store.parent / "journal.sqlite3.restoring").exists()
    workspace.journal.save(Note(text="new after restore"))  # still usable
    assert workspace.journal.count() == 2

    # The restore can itself be undone from the safety copy.
    workspace.restore(safety)
    trashed = of_kind(Note, workspace.journal.entries(trashed=True))
    assert sorted(e.text for e in trashed) == ["before"]
    assert sorted(e.text for e in of_kind(Note, workspace.journal.entries())) == ["after"]


def test_a_damaged_backup_is_refused_and_the_journal_is_untouched(workspace: Workspace) -> None:
    workspace.journal.save(Note(text="keep me"))
    bad = workspace.paths.backups / "journal-20260101T000000000000Z-manual.sqlite3"
    workspace.paths.backups.mkdir(exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 3000)
    with pytest.raises(StoreError):
        workspace.restore(bad)
    assert workspace.journal.count() == 1
    assert newest_good_backup(workspace.paths.backups) is None


def test_an_encrypted_backup_needs_its_passphrase(data_dir: Path) -> None:
    from attune_journal.storage.crypto import export_copy

    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="secret"))
    plain = workspace.backup("manual")
    encrypted = plain.with_name("journal-20200101T000000000000Z-manual.sqlite3")
    export_copy(plain, None, encrypted, "pass")  # as if made while the journal was encrypted
    assert "passphrase" in (backup_problem(encrypted, None) or "")
    assert "passphrase" in (backup_problem(encrypted, "wrong") or "")
    with pytest.raises(StoreError, match="passphrase"):
        workspace.restore(encrypted, None)
    workspace.restore(encrypted, "pass")
    assert workspace.encrypted  # the restored journal is the encrypted one
    workspace.close()
    assert open_workspace(data_dir, "pass").journal.count() == 1


def test_cli_backup_lists_and_restores(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "note", "first"]) == 0
    assert main([*args, "backup"]) == 0
    assert main([*args, "note", "second"]) == 0
    capsys.readouterr()
    assert main([*args, "restore"]) == 0
    listing = capsys.readouterr().out
    assert " 1. " in listing and "made by you" in listing
    assert main([*args, "restore", "1"]) == 0
    assert "Restored the journal" in capsys.readouterr().out
    workspace = open_workspace(data_dir)
    assert [e.text for e in of_kind(Note, workspace.journal.entries())] == ["first"]
    workspace.close()
    assert main([*args, "restore", "no-such-backup"]) == 1
    assert "no backup" in capsys.readouterr().err

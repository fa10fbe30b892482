"""Encryption at rest: nothing readable on disk, no way in without the passphrase."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from attune_journal.core.models import Note
from attune_journal.storage import crypto
from attune_journal.storage.errors import (
    DamagedStoreError,
    PassphraseNeeded,
    StoreError,
    WrongPassphraseError,
)
from attune_journal.workspace import Workspace, open_workspace
from tests.factories import of_kind

MARKER = "zebracornmarker"


def _files_holding(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _write_marked(workspace: Workspace, count: int = 20) -> None:
    for index in range(count):
        workspace.journal.save(Note(text=f"{MARKER} number {index}", tags=[MARKER]))
    workspace.journal.save_draft("today", {"text": f"draft with {MARKER}"})


def test_with_encryption_on_the_marker_is_in_no_file_and_needs_the_passphrase(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # where SQLite would put temporary files
    workspace = open_workspace(data_dir)
    _write_marked(workspace)
    workspace.backup("manual")  # a plain backup, taken before encryption
    assert _files_holding(data_dir, MARKER.encode())  # the test can see plaintext

    change = workspace.change_encryption(None, "correct horse")
    assert len(change.converted) == 2  # the manual backup and the safety backup
    # Written while encrypted: entries, search index, drafts, backups, the daily one.
    _write_marked(workspace, 30)
    assert of_kind(Note, [hit.entry for hit in workspace.journal.search(MARKER)])
    workspace.backup("manual")
    assert workspace.backup_if_due() is not None
    workspace.close()

    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), b"number 7"]
    for needle in needles:
        assert _files_holding(data_dir, needle) == []
        assert _files_holding(temp, needle) == []
    assert len(list((data_dir / "backups").iterdir())) == 4

    with pytest.raises(PassphraseNeeded):
        open_workspace(data_dir)
    with pytest.raises(WrongPassphraseError):
        open_workspace(data_dir, "Correct horse")
    plain = sqlite3.connect(data_dir / "journal.sqlite3")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()
    for backup in (data_dir / "backups").iterdir():
        assert crypto.is_encrypted(backup)
        assert not crypto.passphrase_opens(backup, "wrong")
        assert crypto.passphrase_opens(backup, "correct horse")

    again = open_workspace(data_dir, "correct horse")
    assert again.journal.count() == 50
    assert again.journal.draft("today") == {"text": f"draft with {MARKER}"}
    again.close()


def test_the_passphrase_comes_from_the_environment_for_scripts(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(data_dir)
    workspace.change_encryption(None, "from env")
    workspace.close()
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "from env")
    reopened = open_workspace(data_dir)
    assert reopened.encrypted
    reopened.close()


def test_keyed_connections_keep_temporary_data_in_memory(tmp_path: Path) -> None:
    conn = crypto.connect(tmp_path / "j.sqlite3", "pass")
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY: no temp files
    # Off by choice (see storage/crypto.py): memory, not data at rest, at 3.5x search cost.
    assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "0"
    conn.close()


def test_any_passphrase_text_round_trips(data_dir: Path) -> None:
    passphrase = "it's ünïcödé ✓ 日本 '; DROP TABLE entries; --"
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="kept"))
    workspace.change_encryption(None, passphrase)
    workspace.close()
    reopened = open_workspace(data_dir, passphrase)
    assert [e.text for e in of_kind(Note, reopened.journal.entries())] == ["kept"]
    reopened.close()


@pytest.mark.parametrize("bad", ["", "   ", "nul\x00inside"])
def test_unusable_passphrases_are_refused_and_nothing_changes(data_dir: Path, bad: str) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="kept"))
    with pytest.raises(StoreError):
        workspace.change_encryption(None, bad)
    assert not workspace.encrypted
    assert workspace.journal.count() == 1
    workspace.close()


def test_change_passphrase_then_turn_it_off(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text=f"{MARKER} one"))
    workspace.change_encryption(None, "first")
    with pytest.raises(WrongPassphraseError):
        workspace.change_encryption("not it", "second")
    with pytest.raises(PassphraseNeeded):
        workspace.change_encryption(None, "second")
    workspace.change_encryption("first", "second")
    workspace.journal.save(Note(text="two"))  # the journal object keeps working after the swap
    workspace.close()
    with pytest.raises(WrongPassphraseError):
        open_workspace(data_dir, "first")
    workspace = open_workspace(data_dir, "second")
    assert all(crypto.passphrase_opens(b.path, "second") for b in workspace.backups())

    workspace.change_encryption("second", None)
    assert not workspace.encrypted
    assert workspace.journal.count() == 2
    assert [hit.entry.id for hit in workspace.journal.search("one")]
    workspace.close()
    assert open_workspace(data_dir).journal.count() == 2


def test_an_encryption_change_is_refused_while_another_program_has_the_journal_open(
    data_dir: Path,
) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="kept"))
    other = sqlite3.connect(data_dir / "journal.sqlite3", timeout=0.1)
    other.execute("SELECT count(*) FROM entries").fetchone()
    workspace.journal.conn.execute("PRAGMA busy_timeout=100")
    with pytest.raises(StoreError, match="open in another program"):
        workspace.change_encryption(None, "secret")
    other.close()
    assert not workspace.encrypted
    workspace.journal.save(Note(text="still writable"))
    assert workspace.journal.count() == 2
    assert not (data_dir / "journal.sqlite3.rekeying").exists()
    workspace.close()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"dear diary\n" * 500, "text"),
        (bytes(8192), "wiped"),
        (bytes(range(256)) * 20, "truncated"),
    ],
)
def test_files_that_cannot_be_encrypted_journals_are_called_damaged(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DamagedStoreError, match=expected):
        crypto.classify_store_file(path)


def test_page_sized_random_bytes_may_be_encrypted_so_a_passphrase_is_asked(
    data_dir: Path,
) -> None:
    import os

    data_dir.mkdir()
    (data_dir / "journal.sqlite3").write_bytes(os.urandom(8192))
    with pytest.raises(PassphraseNeeded):
        open_workspace(data_dir)
    with pytest.raises(WrongPassphraseError):
        open_workspace(data_dir, "anything")

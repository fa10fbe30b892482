"""Whole-store commands while a second program saves notes in a tight loop.

Each command runs at least 20 times against a writer that opens the data folder,
saves one note and closes it, over and over, as the command line does. Every note
the writer reported saved must be in the journal afterwards (after a restore: in the
journal or in the backup the restore took first), and the command must succeed: it
waits for the writers, they wait for it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.unit.store_harness import WRITER, env, run, store_key, texts

pytestmark = pytest.mark.slow

ROUNDS = 20


class Writer:
    """The second program: saves notes until told to stop; what it printed was saved."""

    def __init__(self, folder: Path, tag: str, keys: list[str]) -> None:
        self.stop_file = folder.parent / f"stop-{tag}"
        self.stop_file.unlink(missing_ok=True)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), str(self.stop_file), tag, *keys],
            env=env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_for_notes(self, count: int = 3) -> None:
        # Let it get going (a fresh interpreter takes a moment) before the command starts.
        deadline = time.monotonic() + 30
        seen = 0
        assert self.proc.stdout is not None
        while seen < count and time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if line:
                self.reported.add(line.strip())
                seen += 1
        assert seen == count, "the writer saved nothing"

    reported: set[str]

    def finish(self) -> set[str]:
        self.stop_file.touch()
        out, err = self.proc.communicate(timeout=60)
        assert "Traceback" not in err, err
        self.reported |= {line.strip() for line in out.splitlines() if line.strip()}
        return self.reported


def _race(folder: Path, tag: str, keys: list[str], *args: str, **pw: str | None) -> set[str]:
    writer = Writer(folder, tag, keys)
    writer.reported = set()
    writer.wait_for_notes()
    done = run(folder, *args, **pw)
    assert done.returncode == 0, done.stderr
    time.sleep(0.2)  # the writer goes on after the command, on the new store
    return writer.finish()


def _journal(folder: Path) -> None:
    from attune_journal.core.models import Note
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(folder)
    # Each re-key derives a key per backup (~0.2 s each): a short rotation keeps the
    # loops quick without changing what they prove.
    workspace.settings.backups_kept = 3
    workspace.save_settings()
    try:
        workspace.journal.save_many(
            [Note(text=f"earlier {n} " + "words " * 60) for n in range(200)]
        )
        workspace.backup("manual")
    finally:
        workspace.close()


def test_encrypt_and_decrypt_wait_for_a_busy_writer(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _journal(folder)
    key = "tea and toast"
    for n in range(ROUNDS):
        saved = _race(folder, f"e{n}", [key], "encrypt", passphrase=key)
        assert store_key(folder, [key]) == key
        assert saved <= texts(folder / "journal.sqlite3", key), "a saved note was lost"
        saved = _race(folder, f"d{n}", [key], "decrypt", passphrase=key)
        assert store_key(folder, [key]) is None
        assert saved <= texts(folder / "journal.sqlite3", None), "a saved note was lost"
    assert run(folder, "check").returncode == 0


def test_change_passphrase_waits_for_a_busy_writer(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _journal(folder)
    keys = ["first words", "second words"]
    assert run(folder, "encrypt", passphrase=keys[0]).returncode == 0
    for n in range(ROUNDS):
        old, new = (keys[0], keys[1]) if n % 2 == 0 else (keys[1], keys[0])
        saved = _race(folder, f"c{n}", keys, "change-passphrase", passphrase=old, new=new)
        assert store_key(folder, keys) == new
        assert saved <= texts(folder / "journal.sqlite3", new), "a saved note was lost"
    assert run(folder, "check", passphrase=keys[ROUNDS % 2]).returncode == 0


def test_restore_keeps_every_note_a_busy_writer_saved(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _journal(folder)
    manual = next((folder / "backups").iterdir())
    for n in range(ROUNDS):
        before = {p.name for p in (folder / "backups").iterdir()}
        saved = _race(folder, f"r{n}", [], "restore", str(manual))
        kept = texts(folder / "journal.sqlite3", None)
        for backup in (folder / "backups").iterdir():
            if backup.name not in before:  # the backup this restore took first
                kept |= texts(backup, None)
        assert saved <= kept, "a saved note is in neither the journal nor the restore's backup"
    assert run(folder, "check").returncode == 0

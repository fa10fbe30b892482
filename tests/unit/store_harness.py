"""Helpers for tests that run real commands against one data folder, kill them, and look
at every byte left on disk: which files exist, which are plain SQLite, which passphrase
opens which, and which note texts each holds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from attune_journal.storage import crypto
from attune_journal.storage.errors import DamagedStoreError, database_errors

ROOT = Path(__file__).resolve().parents[2]
MARKER = "plain-words-that-must-never-leak"

# A writer that saves notes as a command does: open the data folder, save, close; it
# prints each note's text only once the save returned (that is "reported saved").
WRITER = r"""
import os, sys, time
sys.modules["numpy"] = sys.modules["pandas"] = None
from attune_journal.core.models import Note
from attune_journal.storage.errors import StoreError, WrongPassphraseError
from attune_journal.workspace import open_workspace

folder, stop, tag = sys.argv[1], sys.argv[2], sys.argv[3]
keys = [k for k in sys.argv[4:]] or [None]
n = 0
while not os.path.exists(stop):
    n += 1
    text = f"{tag} note {n}"
    for key in keys:
        try:
            workspace = open_workspace(folder, key)
        except WrongPassphraseError:
            continue
        except StoreError:
            time.sleep(0.01)
            break
        try:
            workspace.journal.save(Note(text=text))
            print(text, flush=True)
        except StoreError:
            pass
        finally:
            workspace.close()
        break
"""


def env(passphrase: str | None = None, new: str | None = None) -> dict[str, str]:
    values = {**os.environ, "PYTHONPATH": str(ROOT)}
    values.pop("ATTUNE_JOURNAL_PASSPHRASE", None)
    values.pop("ATTUNE_JOURNAL_NEW_PASSPHRASE", None)
    if passphrase is not None:
        values["ATTUNE_JOURNAL_PASSPHRASE"] = passphrase
    if new is not None:
        values["ATTUNE_JOURNAL_NEW_PASSPHRASE"] = new
    return values


def command(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "attune_journal", "--data-dir", str(folder), *args]


def run(
    folder: Path, *args: str, passphrase: str | None = None, new: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(folder, *args),
        env=env(passphrase, new),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def holds_marker(path: Path) -> bool:
    return MARKER.encode() in path.read_bytes()


def is_plain_sqlite(path: Path) -> bool:
    return path.read_bytes()[:16] == crypto.SQLITE_HEADER


def opens_with(path: Path, key: str | None) -> bool:
    """True if ``path`` opens as a journal with ``key`` (None: plain)."""
    try:
        kind = crypto.classify_store_file(path)
    except (DamagedStoreError, OSError):
        return False
    if (kind is crypto.StoreFile.SQLITE) != (key is None):
        return False
    if key is None:
        return True
    return crypto.passphrase_opens(path, key)


def texts(path: Path, key: str | None) -> set[str]:
    """Every entry text in the store or backup at ``path`` (empty if it does not open)."""
    unreadable: tuple[type[Exception], ...] = (*database_errors(), crypto.StoreError, OSError)
    try:
        conn = crypto.connect(path, key) if key is not None else sqlite3.connect(path)
        try:
            return {row[0] for row in conn.execute("SELECT text FROM entries")}
        finally:
            conn.close()
    except unreadable:
        return set()


def store_key(folder: Path, candidates: list[str]) -> str | None:
    """The passphrase that opens the store (None: plain); fails the test if none does."""
    store = folder / "journal.sqlite3"
    if is_plain_sqlite(store):
        return None
    for key in candidates:
        if crypto.passphrase_opens(store, key):
            return key
    raise AssertionError("the store opens with none of the passphrases")


def leftovers(folder: Path) -> list[Path]:
    """Staged or half-written files that must not outlive the next start."""
    from attune_journal.storage.swap import PLAN_NAME, is_staged

    return [p for p in files(folder) if is_staged(p.name) or p.name.startswith(PLAN_NAME)]

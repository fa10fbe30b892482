"""Encrypt, decrypt, change-passphrase and restore killed at random moments, then started
again: nothing reported saved is lost, no plain or old-passphrase copy sits beside an
encrypted store, and the next start leaves no staged file behind.

Each loop makes at least 30 kills with delays spread over the command's whole run time
(measured first on the same journal). Right after every kill, and again after the next
start (``attune-journal check``), every byte in the data folder is searched.
"""

from __future__ import annotations

import random
import subprocess
import time
from pathlib import Path

import pytest

from tests.unit.store_harness import (
    MARKER,
    command,
    env,
    files,
    holds_marker,
    is_plain_sqlite,
    leftovers,
    opens_with,
    run,
    store_key,
    texts,
)

pytestmark = pytest.mark.slow

KILLS = 30


def _journal(folder: Path, entries: int = 250) -> None:
    """A journal big enough that copying it takes a measurable part of a command."""
    from attune_journal.core.models import Note
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(folder)
    # Each re-key derives a key per backup (~0.2 s each): a short rotation keeps the
    # loops quick without changing what they prove.
    workspace.settings.backups_kept = 3
    workspace.save_settings()
    try:
        body = f"{MARKER} " + "a quiet morning by the window, tea going cold. " * 30
        workspace.journal.save_many([Note(text=f"entry {n} {body}") for n in range(entries)])
        workspace.backup("manual")
        workspace.backup("daily")
    finally:
        workspace.close()


def _typical_seconds(folder: Path, *args: str, passphrase: str | None, new: str | None) -> float:
    start = time.monotonic()
    done = run(folder, *args, passphrase=passphrase, new=new)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - start


def _kill_at(folder: Path, delay: float, *args: str, passphrase: str | None, new: str | None):
    proc = subprocess.Popen(
        command(folder, *args),
        env=env(passphrase, new),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.kill()
    return proc.wait()


def _assert_private(folder: Path, keys: list[str], old: str | None) -> None:
    """No plain copy beside an encrypted store; no backup under ``old`` beside the current key."""
    current = store_key(folder, keys)
    if current is None:
        return
    for path in files(folder):
        if path.name.endswith((".rekeying", ".converting")) and not is_plain_sqlite(path):
            continue  # a staged copy under the new passphrase
        assert not holds_marker(path), f"plain text in {path.name} beside an encrypted store"
        assert not is_plain_sqlite(path) or path.stat().st_size == 0, path.name
        if old is not None and old != current and path.parent.name == "backups":
            assert not opens_with(path, old), f"{path.name} still opens with the old passphrase"


def _next_start_is_whole(folder: Path, keys: list[str], entries: int) -> str | None:
    key = store_key(folder, keys)
    checked = run(folder, "check", passphrase=key)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Traceback" not in checked.stderr
    assert leftovers(folder) == []
    assert not (folder / "damaged").exists()
    key = store_key(folder, keys)
    assert len(texts(folder / "journal.sqlite3", key)) == entries  # 0 lost
    for backup in (folder / "backups").iterdir():
        assert opens_with(backup, key), f"{backup.name} does not match the store's encryption"
    return key


def test_encrypt_and_decrypt_killed_at_random(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _journal(folder)
    entries = len(texts(folder / "journal.sqlite3", None))
    keys = ["tea and toast"]
    # Time both directions once, undisturbed.
    encrypt_s = _typical_seconds(folder, "encrypt", passphrase=keys[0], new=None)
    decrypt_s = _typical_seconds(folder, "decrypt", passphrase=keys[0], new=None)
    rng = random.Random(11)
    for n in range(2 * KILLS):
        verb, typical = ("encrypt", encrypt_s) if n % 2 == 0 else ("decrypt", decrypt_s)
        # Most kills land before the change takes effect: bring the journal to where this
        # command starts from, so each direction gets its share of kills.
        if (store_key(folder, keys) is None) != (verb == "encrypt"):
            undo = "decrypt" if verb == "encrypt" else "encrypt"
            assert run(folder, undo, passphrase=keys[0]).returncode == 0
        _kill_at(folder, rng.uniform(0.0, typical), verb, passphrase=keys[0], new=None)
        if verb == "encrypt":
            _assert_private(folder, keys, None)  # right after the kill, before any start
        _next_start_is_whole(folder, keys, entries)
        _assert_private(folder, keys, None)


def test_change_passphrase_killed_at_random(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _journal(folder)
    entries = len(texts(folder / "journal.sqlite3", None))
    keys = ["first words", "second words"]
    assert run(folder, "encrypt", passphrase=keys[0]).returncode == 0
    typical = _typical_seconds(folder, "change-passphrase", passphrase=keys[0], new=keys[1])
    rng = random.Random(12)
    for _ in range(KILLS):
        current = store_key(folder, keys)
        other = keys[1] if current == keys[0] else keys[0]
        _kill_at(
            folder, rng.uniform(0.0, typical), "change-passphrase", passphrase=current, new=other
        )
        _assert_private(folder, keys, current)  # right after the kill
        after = _next_start_is_whole(folder, keys, entries)
        _assert_private(folder, keys, other if after == current else current)


def test_restore_killed_at_random(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _journal(folder, entries=300)
    manual = next(p for p in (folder / "backups").iterdir() if p.name.endswith("-manual.sqlite3"))
    typical = _typical_seconds(folder, "restore", str(manual), passphrase=None, new=None)
    rng = random.Random(13)
    for n in range(KILLS):
        assert run(folder, "note", f"written before restore {n}").returncode == 0
        before = texts(folder / "journal.sqlite3", None)
        _kill_at(
            folder, rng.uniform(0.0, typical), "restore", str(manual), passphrase=None, new=None
        )
        checked = run(folder, "check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert leftovers(folder) == []
        assert not (folder / "damaged").exists()
        kept = texts(folder / "journal.sqlite3", None)
        for backup in (folder / "backups").iterdir():
            kept |= texts(backup, None)
        assert before <= kept, "a note was in neither the journal nor any backup"
        assert manual.exists()  # the newest backup the person made is never rotated away

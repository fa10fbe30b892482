"""The sync folder carried by real Syncthing: two instances on this machine, loopback only.

Two ``syncthing`` processes, each with its own config and data folder, share one folder
over 127.0.0.1 (tests/syncthing_pair.py: no discovery, relays, NAT, reporting or
upgrades). A plain file proves the pair works; then a journal set up on one "computer"
is joined from the other, both write, and ``sync now`` on each brings both notes into
both stores while the synced folders hold no word of them in plain text.

Skipped only when ``syncthing`` is not on PATH (CI installs it: .ci/system-deps.sh).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.syncthing_pair import SyncthingPair, syncthing_binary

pytestmark = pytest.mark.skipif(
    syncthing_binary() is None, reason="syncthing is not installed (not on PATH)"
)

SYNC_PASSPHRASE = "correct horse battery staple, on loopback"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    binary = syncthing_binary()
    assert binary is not None
    pair = SyncthingPair(tmp_path / "syncthing", binary)
    try:
        started = time.monotonic()
        pair.start()
        print(f"two syncthing instances up and connected in {time.monotonic() - started:.1f} s")
        yield pair
    finally:
        stopping = time.monotonic()
        pair.stop()
        print(f"both stopped in {time.monotonic() - stopping:.1f} s")


def _carry_a_plain_file(pair: SyncthingPair) -> float:
    """Write a file on A; return the seconds until B has it, byte for byte."""
    content = f"hello from a, {time.time_ns()}\n".encode()
    (pair.a.folder / "hello.txt").write_bytes(content)
    pair.a.scan()

    def arrived() -> bool:
        target = pair.b.folder / "hello.txt"
        if target.exists() and target.read_bytes() == content:
            return True
        pair.a.scan()
        return False

    return pair.wait_for(arrived, 60, "hello.txt to reach b", every=0.5)


def test_a_plain_file_crosses_from_one_instance_to_the_other(pair: SyncthingPair) -> None:
    took = _carry_a_plain_file(pair)
    print(f"plain file a -> b in {took:.1f} s")


# ---- the journal ---------------------------------------------------------------------------


def _cli(data_dir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ATTUNE_JOURNAL_SYNC_PASSPHRASE": SYNC_PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "attune_journal", "--data-dir", str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if check:
        assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


def _texts(data_dir: Path) -> list[str]:
    from attune_journal.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        return [str(getattr(entry, "text", "") or "") for entry in ws.journal.entries()]
    finally:
        ws.close()


def _has_all(data_dir: Path, words: list[str]) -> bool:
    texts = _texts(data_dir)
    return all(any(word in text for text in texts) for word in words)


def _files_with_any(folder: Path, words: list[str]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {w}" for w in words if w.encode("utf-8") in data]
    return found


def test_a_journal_set_up_on_one_computer_and_joined_on_the_other_syncs_through_syncthing(
    pair: SyncthingPair, tmp_path: Path
) -> None:
    laptop, desktop = tmp_path / "laptop-data", tmp_path / "desktop-data"
    _carry_a_plain_file(pair)
    began = time.monotonic()

    # The laptop has a journal already, then sets the sync folder up in Syncthing's folder.
    first, laptop_word, desktop_word = "lighthousefirst", "heronlaptop", "otterdesktop"
    _cli(laptop, "note", f"written on the laptop before sync, {first}")
    _cli(laptop, "sync", "--folder", str(pair.a.folder), "--name", "Laptop")
    assert (pair.a.folder / "attune-journal" / "folder.json").is_file()

    # Syncthing carries folder.json to the desktop, which joins with the same passphrase.
    def described() -> bool:
        if (pair.b.folder / "attune-journal" / "folder.json").is_file():
            return True
        pair.a.scan()
        return False

    took = pair.wait_for(described, 60, "folder.json to reach the desktop", every=0.5)
    print(f"folder.json laptop -> desktop in {took:.1f} s")
    _cli(desktop, "sync", "--folder", str(pair.b.folder), "--name", "Desktop")
    print(f"set up and joined in {time.monotonic() - began:.1f} s")

    # Both write; `sync now` on each, Syncthing asked to rescan, until both have everything.
    _cli(laptop, "note", f"the laptop's second note, {laptop_word}")
    _cli(desktop, "note", f"written on the desktop, {desktop_word}")
    words = [first, laptop_word, desktop_word]
    rounds = 0

    def both_have_everything() -> bool:
        nonlocal rounds
        rounds += 1
        _cli(laptop, "sync", "now")
        _cli(desktop, "sync", "now")
        pair.scan()
        return _has_all(laptop, words) and _has_all(desktop, words)

    took = pair.wait_for(both_have_everything, 90, "both stores to have all three notes", 1.0)
    print(f"both stores complete after {rounds} rounds of `sync now`, {took:.1f} s")

    for data_dir in (laptop, desktop):
        texts = _texts(data_dir)
        missing = [w for w in words if not any(w in t for t in texts)]
        assert not missing, (data_dir.name, missing, texts)
        # Each note once: a note carried back to where it was written is not doubled.
        for word in words:
            assert sum(word in t for t in texts) == 1, (data_dir.name, word, texts)

    # Each synced folder has both computers' files, and Syncthing made no conflict copies
    # (a device only ever writes into its own folder, each file once).
    for inst in pair.both:
        devices = sorted(p.name for p in (inst.folder / "attune-journal" / "devices").iterdir())
        assert len(devices) == 2, (inst.name, devices)
        conflicts = [p for p in inst.folder.rglob("*") if ".sync-conflict-" in p.name]
        assert not conflicts, conflicts

    # The synced folders (all Syncthing sees and carries) hold none of the words in plain text.
    for inst in pair.both:
        leaked = _files_with_any(inst.folder, [*words, "laptop before sync", "desktop,"])
        assert not leaked, leaked

    status = _cli(desktop, "sync", "status").stdout
    print(status.strip())
    assert '"Desktop"' in status and '"Laptop"' in status, status
    print(f"journal part in {time.monotonic() - began:.1f} s")

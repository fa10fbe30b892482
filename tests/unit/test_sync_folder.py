"""The sync folder's sealed files on disk (attune_journal/sync/folder.py, crypto.py).

Argon2id runs with libsodium's smallest settings here (ops 1, 8 KiB) so the tests stay
fast; the format's defaults are exercised once in ``test_default_key_settings``.
"""

from __future__ import annotations

import base64
import json
import os
import time
from pathlib import Path

import pytest

from attune_journal.sync.crypto import (
    MAGIC,
    SyncError,
    SyncFileError,
    WrongPassphraseError,
    derive_key,
    open_sealed,
    seal,
)
from attune_journal.sync.folder import (
    FolderExistsError,
    ForeignFolderError,
    NewerFolderError,
    NoFolderError,
    SyncFileExistsError,
    SyncFolder,
    UnsafeFolderError,
)

A = "3f" * 16
B = "a0" * 16
FAST = {"ops": 1, "mem": 8192}


def body(device: str, seq: int, **extra: object) -> dict[str, object]:
    return {"device": device, "seq": seq, "name": "Laptop", "changes": [], **extra}


@pytest.fixture
def folder(tmp_path: Path) -> SyncFolder:
    return SyncFolder(tmp_path)


@pytest.fixture
def key(folder: SyncFolder) -> bytes:
    return folder.create("correct horse", **FAST)


def device_dir(folder: SyncFolder, device: str) -> Path:
    return folder.root / "attune-journal" / "devices" / device


def test_create_then_join_with_the_right_and_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    assert not folder.exists()
    key = folder.create("correct horse", **FAST)
    assert folder.exists() and len(key) == 32
    described = json.loads((tmp_path / "attune-journal" / "folder.json").read_text())
    assert described["format"] == "attune-journal-sync" and described["version"] == 1
    assert described["kdf"]["name"] == "argon2id"
    assert len(base64.b64decode(described["kdf"]["salt"])) == 16
    assert base64.b64decode(described["check"]).startswith(MAGIC)

    # Another computer sees the same folder through its sync tool.
    assert SyncFolder(tmp_path).join("correct horse") == key
    before = sorted(p.name for p in (tmp_path / "attune-journal").rglob("*"))
    with pytest.raises(WrongPassphraseError, match="passphrase does not open"):
        SyncFolder(tmp_path).join("correct horse ")
    assert sorted(p.name for p in (tmp_path / "attune-journal").rglob("*")) == before


def test_create_refuses_a_folder_set_up_already(folder: SyncFolder, key: bytes) -> None:
    text = folder.description.read_bytes()
    with pytest.raises(FolderExistsError, match="already an Attune Journal sync folder"):
        folder.create("another", **FAST)
    assert folder.description.read_bytes() == text
    assert folder.join("correct horse") == key


def test_join_names_a_missing_foreign_or_newer_folder(tmp_path: Path) -> None:
    folder = SyncFolder(tmp_path)
    with pytest.raises(NoFolderError, match="no Attune Journal sync folder"):
        folder.join("x")
    folder.create("pw", **FAST)
    described = json.loads(folder.description.read_text())

    folder.description.write_text(json.dumps({**described, "version": 2}))
    with pytest.raises(NewerFolderError, match="newer version"):
        folder.join("pw")
    for foreign in (
        "not json",
        json.dumps({**described, "format": "something-else"}),
        json.dumps({**described, "kdf": {**described["kdf"], "salt": "AAAA"}}),
        json.dumps({**described, "check": base64.b64encode(b"plain").decode()}),
        json.dumps([1, 2]),
    ):
        folder.description.write_text(foreign)
        with pytest.raises(ForeignFolderError, match=r"folder\.json is not an Attune Journal"):
            folder.join("pw")


def test_default_key_settings_follow_the_format(tmp_path: Path) -> None:
    began = time.perf_counter()
    key = SyncFolder(tmp_path).create("pw")
    derived_s = time.perf_counter() - began
    described = json.loads((tmp_path / "attune-journal" / "folder.json").read_text())
    assert described["kdf"]["ops"] == 3 and described["kdf"]["mem"] == 268_435_456
    salt = base64.b64decode(described["kdf"]["salt"])
    assert derive_key("pw", salt, 3, 268_435_456) == key
    print(f"argon2id ops 3, 256 MiB: {derived_s * 1000:.0f} ms")


def test_write_then_read_and_scan(folder: SyncFolder, key: bytes) -> None:
    first = folder.write(key, A, 1, "log", body(A, 1, changes=[{"op": "trash", "uid": "u"}]))
    assert first == device_dir(folder, A) / "000000000001.log"
    folder.write(key, A, 2, "snap", body(A, 2, entries=[]))
    folder.write(key, B, 1, "log", body(B, 1))
    scan = folder.scan()
    assert dict(scan.devices) == {A: ((1, "log"), (2, "snap")), B: ((1, "log"),)}
    assert scan.passed_over == 0 and scan.half_written == 0
    assert folder.read(key, A, 1, "log")["changes"] == [{"op": "trash", "uid": "u"}]
    assert folder.read(key, A, 2, "snap")["entries"] == []
    if os.name != "nt":
        assert (first.stat().st_mode & 0o777) == 0o600


def test_a_changed_byte_is_named_and_the_other_files_still_read(
    folder: SyncFolder, key: bytes
) -> None:
    for seq in (1, 2, 3):
        folder.write(key, A, seq, "log", body(A, seq))
    damaged = device_dir(folder, A) / "000000000002.log"
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))

    read, problems = [], []
    for device, files in folder.scan().devices.items():
        for seq, kind in files:
            try:
                read.append(folder.read(key, device, seq, kind)["seq"])
            except SyncFileError as error:
                problems.append(error)
    assert read == [1, 3]
    assert [p.path for p in problems] == [f"devices/{A}/000000000002.log"]
    assert f"devices/{A}/000000000002.log" in str(problems[0])
    assert "changed or damaged" in str(problems[0])


def test_a_file_renamed_or_moved_is_refused(folder: SyncFolder, key: bytes) -> None:
    folder.write(key, A, 1, "log", body(A, 1))
    own = device_dir(folder, A)
    os.rename(own / "000000000001.log", own / "000000000005.log")
    with pytest.raises(SyncFileError, match=r"000000000005\.log does not open") as renamed:
        folder.read(key, A, 5, "log")
    assert renamed.value.reason == "sealed-elsewhere"

    os.rename(own / "000000000005.log", own / "000000000005.snap")
    with pytest.raises(SyncFileError, match="does not open"):
        folder.read(key, A, 5, "snap")

    other = device_dir(folder, B)
    other.mkdir()
    os.rename(own / "000000000005.snap", other / "000000000001.log")
    with pytest.raises(SyncFileError, match="does not open"):
        folder.read(key, B, 1, "log")


def test_a_body_that_names_another_place_is_refused(folder: SyncFolder, key: bytes) -> None:
    # Sealed for its path but claiming another device: refused all the same.
    path = f"devices/{A}/000000000004.log"
    own = device_dir(folder, A)
    own.mkdir(parents=True)
    (own / "000000000004.log").write_bytes(seal(key, path, body(B, 4)))
    with pytest.raises(SyncFileError, match="belongs elsewhere") as wrong:
        folder.read(key, A, 4, "log")
    assert wrong.value.reason == "misplaced"


def test_not_sealed_and_unreadable_files_are_named(folder: SyncFolder, key: bytes) -> None:
    own = device_dir(folder, A)
    own.mkdir(parents=True)
    (own / "000000000001.log").write_text('{"device": "plain"}')
    with pytest.raises(SyncFileError, match="not a sealed Attune Journal sync file"):
        folder.read(key, A, 1, "log")
    with pytest.raises(SyncFileError, match="no longer in the folder"):
        folder.read(key, A, 9, "log")
    with pytest.raises(SyncFileError, match="cannot be read"):
        open_sealed(key, "x", _sealed_list(key))


def _sealed_list(key: bytes) -> bytes:
    from nacl.secret import Aead

    return MAGIC + bytes(Aead(key).encrypt(b"[1, 2]", aad=b"x"))


SYNC_TOOL_LEFTOVERS = (
    ".syncthing.000000000003.log.tmp",
    "000000000003.sync-conflict-20261203-101010-ABCDEFG.log",
    "000000000003 (conflicted copy 2026-12-03).log",
    "000000000003 (Case Conflict).log",
    "~syncthing~000000000003.log.tmp",
    ".~lock.000000000003.log#",
    "000000000003.log.tmp",
    "000000000003-conflict-1.log",
    "3.log",
    "000000000003.LOG",
    "000000000000.log",
    "notes.txt",
)


def test_sync_tool_leftovers_and_half_written_files_are_passed_over_and_counted(
    folder: SyncFolder, key: bytes
) -> None:
    folder.write(key, A, 3, "log", body(A, 3))
    own = device_dir(folder, A)
    for name in SYNC_TOOL_LEFTOVERS:
        (own / name).write_bytes(b"left behind")
    (own / ".000000000004.0123456789abcdef.tmp").write_bytes(MAGIC + b"half")
    (own / "000000000009.log").mkdir()  # a folder with a file's name
    (folder.app / "devices" / "not-a-device").mkdir()
    (folder.app / "devices" / ".syncthing.tmp").write_bytes(b"")

    scan = folder.scan()
    assert dict(scan.devices) == {A: ((3, "log"),)}
    assert scan.half_written == 1
    assert scan.half_written_paths == (f"devices/{A}/.000000000004.0123456789abcdef.tmp",)
    assert scan.passed_over == len(SYNC_TOOL_LEFTOVERS) + 3
    assert f"devices/{A}/~syncthing~000000000003.log.tmp" in scan.passed_over_paths
    assert folder.read(key, A, 3, "log")["seq"] == 3
    assert folder.next_seq(A) == 4


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_links_are_not_followed(folder: SyncFolder, key: bytes, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "000000000001.log").write_bytes(
        seal(key, f"devices/{B}/000000000001.log", body(B, 1))
    )
    (folder.app / "devices" / B).symlink_to(elsewhere, target_is_directory=True)
    scan = folder.scan()
    assert B not in scan.devices and f"devices/{B}" in scan.passed_over_paths
    with pytest.raises(UnsafeFolderError, match="is a link"):
        folder.read(key, B, 1, "log")
    with pytest.raises(UnsafeFolderError, match="is a link"):
        folder.write(key, B, 2, "log", body(B, 2))
    with pytest.raises(UnsafeFolderError):
        folder.next_seq(B)
    with pytest.raises(UnsafeFolderError):
        folder.remove_own(B, [1])
    assert (elsewhere / "000000000001.log").exists()
    assert not (elsewhere / "000000000002.log").exists()

    folder.write(key, A, 1, "log", body(A, 1))
    (device_dir(folder, A) / "000000000002.log").symlink_to(elsewhere / "000000000001.log")
    assert dict(folder.scan().devices) == {A: ((1, "log"),)}
    with pytest.raises(SyncFileError, match="is a link"):
        folder.read(key, A, 2, "log")


def test_paths_stay_inside_the_folder(folder: SyncFolder, key: bytes) -> None:
    for device in ("../" + A[3:], A.upper(), A[:-1], "", A + "/x"):
        with pytest.raises(ValueError, match="device id"):
            folder.write(key, device, 1, "log", body(device, 1))
    with pytest.raises(ValueError, match="1 to"):
        folder.read(key, A, 0, "log")
    with pytest.raises(ValueError, match="'log' or a 'snap'"):
        folder.read(key, A, 1, "../folder.json")
    with pytest.raises(ValueError, match="must name that device"):
        folder.write(key, A, 1, "log", body(B, 1))


def test_write_never_overwrites(folder: SyncFolder, key: bytes) -> None:
    path = folder.write(key, A, 1, "log", body(A, 1, name="first"))
    data = path.read_bytes()
    with pytest.raises(SyncFileExistsError, match="exists already") as taken:
        folder.write(key, A, 1, "log", body(A, 1, name="second"))
    assert taken.value.path == f"devices/{A}/000000000001.log"
    assert path.read_bytes() == data
    assert folder.read(key, A, 1, "log")["name"] == "first"
    assert folder.scan().half_written == 0  # the temporary file went too


def test_write_into_a_folder_not_set_up_is_refused(tmp_path: Path) -> None:
    # An unplugged drive leaves an empty mount point: nothing is made there.
    folder = SyncFolder(tmp_path)
    with pytest.raises(NoFolderError):
        folder.write(b"k" * 32, A, 1, "log", body(A, 1))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(NoFolderError):
        folder.scan()


def test_next_seq_after_files_vanish_and_after_a_backup_restore(
    folder: SyncFolder, key: bytes
) -> None:
    assert folder.next_seq(A) == 1
    for seq in range(1, 6):
        folder.write(key, A, seq, "snap" if seq == 4 else "log", body(A, seq))
    assert folder.next_seq(A) == 6

    # Old files removed by compaction: the count keeps going from the highest left.
    assert folder.remove_own(A, [1, 2, 3]) == 3
    assert folder.next_seq(A) == 6
    assert dict(folder.scan().devices) == {A: ((4, "snap"), (5, "log"))}

    # A store restored from a backup thinks its next file is 3; the folder knows better.
    store_next = 3
    with pytest.raises(SyncFileExistsError):
        folder.write(key, A, 5, "log", body(A, 5))
    seq = max(store_next, folder.next_seq(A))
    assert seq == 6
    folder.write(key, A, seq, "log", body(A, seq))

    # All of them gone (the person emptied the folder): starts again where it can.
    assert folder.remove_own(A, range(1, 7)) == 3
    assert folder.next_seq(A) == 1
    assert folder.remove_own(A, [1, 2]) == 0


def test_remove_own_touches_only_that_device(folder: SyncFolder, key: bytes) -> None:
    folder.write(key, A, 1, "log", body(A, 1))
    folder.write(key, B, 1, "log", body(B, 1))
    (device_dir(folder, A) / "000000000001 (conflicted copy).log").write_bytes(b"x")
    assert folder.remove_own(A, [1]) == 1
    scan = folder.scan()
    assert dict(scan.devices) == {A: (), B: ((1, "log"),)}
    assert scan.passed_over == 1


def test_own_leftovers_are_removed_once_old(folder: SyncFolder, key: bytes) -> None:
    folder.write(key, A, 1, "log", body(A, 1))
    own = device_dir(folder, A)
    old = own / ".000000000002.00000000000000aa.tmp"
    old.write_bytes(b"x")
    fresh = own / ".000000000003.00000000000000bb.tmp"
    fresh.write_bytes(b"y")
    an_hour_ago = time.time() - 7200
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert folder.remove_own_leftovers(A) == 1
    assert not old.exists() and fresh.exists()


def test_no_plaintext_reaches_the_folder(folder: SyncFolder, key: bytes) -> None:
    marker = "Zebrafinchmarker"
    folder.write(key, A, 1, "log", body(A, 1, changes=[{"op": "put", "text": marker * 3}]))
    folder.write(key, A, 2, "snap", body(A, 2, entries=[{"text": marker, "title": "ünïcode"}]))
    folder.write(key, B, 1, "log", body(B, 1, name=marker))
    files = [p for p in folder.app.rglob("*") if p.is_file()]
    assert len(files) == 4
    for path in files:
        data = path.read_bytes()
        for needle in (marker, marker.lower(), "ünïcode", "Laptop"):
            assert needle.encode("utf-8") not in data, path
            assert needle.encode("utf-16-le") not in data, path
        assert b"correct horse" not in data


def test_sealing_and_opening_a_megabyte_body() -> None:
    key = derive_key("pw", b"s" * 16, 1, 8192)
    words = ("feeling", "needs", "calm", "walk", "tea", "breathing", "morning", "rest")
    text = " ".join(words[i % len(words)] + str(i) for i in range(130_000))
    big = {"device": A, "seq": 1, "entries": [{"text": text}]}
    size = len(json.dumps(big))
    assert size > 1_000_000
    path = f"devices/{A}/000000000001.snap"
    began = time.perf_counter()
    sealed = seal(key, path, big)
    sealed_s = time.perf_counter() - began
    began = time.perf_counter()
    assert open_sealed(key, path, sealed) == big
    opened_s = time.perf_counter() - began
    compact = json.dumps(big, separators=(",", ":")).encode()
    assert len(sealed) == len(MAGIC) + 24 + len(compact) + 16  # nonce and tag only
    print(f"{size / 1e6:.1f} MB body: seal {sealed_s * 1000:.1f} ms, open {opened_s * 1000:.1f} ms")


def test_a_folder_asking_for_too_much_work_is_refused(folder: SyncFolder, key: bytes) -> None:
    described = json.loads(folder.description.read_text())
    described["kdf"]["mem"] = 2**40
    folder.description.write_text(json.dumps(described))
    with pytest.raises(SyncError, match="does not accept"):
        folder.join("correct horse")

"""Backups of the store: consistent copies, rotation, the daily decision, checks before restore.

A backup is a complete, self-contained copy of the journal taken while it is
open, written with ``VACUUM INTO`` (a consistent snapshot even with WAL and a
writer, and, on an encrypted store, encrypted with the same key: no passphrase
needs to be held to take one). It lands in ``backups/`` as
``journal-<UTC time>-<reason>.sqlite3``, created 0600 in a 0700 folder before a
byte is written, fsynced, then renamed into place, so a half-written backup never
carries a backup's name. Older backups beyond ``keep`` are removed, oldest first,
except the newest one made by the person and the newest one taken before an
encryption change, which only a newer one of their kind replaces.

Restoring a backup and re-encrypting the backups with the store are whole-store
changes; they live in ``storage/maintenance.py``, which uses this module (never the
other way round).
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from attune_journal.core.i18n import translate
from attune_journal.paths import ensure_private_dir, fsync_dir
from attune_journal.storage import crypto
from attune_journal.storage.errors import (
    DamagedStoreError,
    StoreError,
    WrongPassphraseError,
    database_errors,
    translate_sqlite_error,
)
from attune_journal.storage.locks import NotAloneError
from attune_journal.storage.swap import Move

_NAME_RE = re.compile(r"^journal-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z-]+)\.sqlite3$")

DAILY_META_KEY = "last_daily_backup"


def backup_name(reason: str, moment: datetime | None = None) -> str:
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    safe = re.sub(r"[^a-z-]", "-", reason.lower()) or "manual"
    return f"journal-{moment.strftime('%Y%m%dT%H%M%S%fZ')}-{safe}.sqlite3"


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME_RE.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_reason(path: Path) -> str:
    match = _NAME_RE.match(path.name)
    return match.group(2) if match else "unknown"


def backup_time(path: Path) -> datetime | None:
    match = _NAME_RE.match(path.name)
    if not match:
        return None
    stamp = match.group(1)
    fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
    return datetime.strptime(stamp, fmt).replace(tzinfo=UTC)


@dataclass(frozen=True)
class BackupInfo:
    """What the Settings list and ``attune-journal restore`` show about one backup."""

    path: Path
    taken: datetime | None
    reason: str
    size: int
    encrypted: bool

    def describe(self) -> str:
        when = self.taken.astimezone().strftime("%Y-%m-%d %H:%M") if self.taken else "?"
        lock = ", encrypted" if self.encrypted else ""
        return f"{when}  {REASON_LABELS.get(self.reason, self.reason)}{lock}  ({_size(self.size)})"


REASON_LABELS = {
    "daily": "daily",
    "manual": "made by you",
    "migration": "before an update of the format",
    "import": "before an import",
    "encryption": "before an encryption change",
    "before-restore": "before a restore",
}


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def backup_info(path: Path) -> BackupInfo:
    try:
        encrypted = crypto.is_encrypted(path)
    except DamagedStoreError:
        encrypted = False
    return BackupInfo(path, backup_time(path), backup_reason(path), path.stat().st_size, encrypted)


def describe_backups(folder: Path) -> list[BackupInfo]:
    """Backups newest first, with what a person needs to choose one."""
    return [backup_info(path) for path in list_backups(folder)]


def create_backup(conn: Any, folder: Path, reason: str, keep: int = 10) -> Path:
    """Copy the open store behind ``conn`` into ``folder``; returns the new file's path.

    The copy is encrypted with the store's own key when the store is encrypted.
    The caller holds the journal's lock (``Journal.locked``), so no write of ours
    is half-way through; other processes' writers are fine (a snapshot is read).
    """
    ensure_private_dir(folder)
    target = folder / backup_name(reason)
    partial = target.with_name(target.name + ".partial")
    try:
        # Create the file private before SQLite writes a byte of the journal into it.
        crypto.create_private_file(partial)
        conn.execute("VACUUM INTO ?", [str(partial)])
        crypto.fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(folder)
    except database_errors() as error:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise translate_sqlite_error(error) or StoreError(
            translate("StoreErrors", "The backup failed: {error}").format(error=error)
        ) from error
    except OSError:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    prune_backups(folder, keep)
    return target


# Reasons whose newest backup rotation keeps whatever its age: the person's own, and
# the journal as it was before its encryption last changed.
KEPT_REASONS = ("manual", "encryption")


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Remove the oldest backups beyond ``keep``; returns what was removed."""
    backups = list_backups(folder)
    protected = set()
    for reason in KEPT_REASONS:
        newest = next((p for p in backups if backup_reason(p) == reason), None)
        if newest is not None:
            protected.add(newest)
    removed = []
    for old in backups[max(keep, 1) :]:
        if old in protected:
            continue
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
            removed.append(old)
    return removed


# ---- the daily backup -------------------------------------------------------------------


def daily_backup_due(last: str | None, today: date) -> bool:
    """True if no daily backup was taken on ``today`` (a local date) yet.

    ``last`` is the ISO date recorded in the journal's meta; a clock set back
    (``last`` in the future) counts as due, so a wrong clock cannot stop backups.
    """
    if not last:
        return True
    try:
        recorded = date.fromisoformat(last)
    except ValueError:
        return True
    return recorded != today


# ---- checking and restoring -------------------------------------------------------------


def backup_problem(path: Path, passphrase: str | None) -> str | None:
    """Why ``path`` cannot be restored (None when it can), checked without changing it."""
    try:
        kind = crypto.classify_store_file(path)
    except DamagedStoreError as error:
        return str(error)
    if kind is crypto.StoreFile.MISSING:
        return translate("StoreErrors", "There is no backup at {path}.").format(path=path)
    key = passphrase if kind is crypto.StoreFile.ENCRYPTED else None
    if kind is crypto.StoreFile.ENCRYPTED and passphrase is None:
        return translate(
            "StoreErrors", "This backup is encrypted: it needs the passphrase it was made with."
        )
    try:
        conn = crypto.connect(path, key)
    except WrongPassphraseError:
        return translate(
            "StoreErrors",
            "That passphrase does not open this backup (it may have been made with an "
            "older passphrase).",
        )
    except database_errors() as error:
        return translate("StoreErrors", "This backup cannot be read ({error}).").format(error=error)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        has_entries = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='entries'"
        ).fetchone()
    except database_errors() as error:
        return translate("StoreErrors", "This backup is damaged ({error}).").format(error=error)
    finally:
        conn.close()
    if result != "ok":
        return translate("StoreErrors", "This backup is damaged ({error}).").format(error=result)
    if not has_entries:
        return translate("StoreErrors", "This file is not a journal backup.")
    return None


def newest_good_backup(
    folder: Path, passphrase: str | None = None, *, unverified_encrypted: bool = False
) -> Path | None:
    """The newest backup that opens and checks out (plain, or with ``passphrase``).

    With ``unverified_encrypted``, an encrypted backup that cannot be checked for
    want of a passphrase still counts (the passphrase is asked for at restore).
    """
    for path in list_backups(folder):
        problem = backup_problem(path, passphrase)
        if problem is None:
            return path
        if unverified_encrypted and passphrase is None:
            with contextlib.suppress(DamagedStoreError, OSError):
                if crypto.is_encrypted(path):
                    return path
    return None


def ensure_alone(conn: Any) -> None:
    """Leave WAL mode, which SQLite allows only when no other connection has the store open.

    This also checkpoints and removes the ``-wal`` file, so the main file alone
    holds the journal. Raises ``NotAloneError`` otherwise. Our own programs are kept
    out by ``StoreGate``; this is what still stops a program of someone else's.
    """
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except database_errors() as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise NotAloneError() from error
        raise translate_sqlite_error(error) or StoreError(str(error)) from error
    if str(mode).lower() != "delete":
        raise NotAloneError()


def stage_backup_conversions(
    folder: Path, old_key: str | None, new_key: str | None
) -> tuple[list[Move], list[Path]]:
    """Copy every backup into ``<backup>.converting`` under ``new_key``, checked, not renamed.

    Backups that open with ``old_key`` (or are plain) are staged; returns the moves
    for ``swap.commit`` and the backups left as they are: damaged ones, and ones
    encrypted with an even older passphrase. A staging failure removes what it staged
    and raises: the change must not happen with a backup left behind.
    """
    moves: list[Move] = []
    left: list[Path] = []
    try:
        for path in list_backups(folder):
            try:
                encrypted = crypto.is_encrypted(path)
            except DamagedStoreError:
                left.append(path)
                continue
            if encrypted and old_key is None:
                left.append(path)
                continue
            source_key = old_key if encrypted else None
            if source_key == new_key:
                continue
            staged = path.with_name(path.name + ".converting")
            try:
                crypto.export_copy(path, source_key, staged, new_key)
            except WrongPassphraseError:
                left.append(path)  # made under an older passphrase than the current one
                continue
            moves.append(Move(staged, path))
            crypto.verify_copy(staged, new_key, None)
    except BaseException:
        for move in moves:
            with contextlib.suppress(FileNotFoundError):
                move.staged.unlink()
        raise
    return moves, left

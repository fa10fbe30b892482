"""Backups of the store: consistent copies through SQLite's online backup API.

A backup is a complete, self-contained copy of the journal taken while it is
open (the backup API copies a consistent snapshot even with WAL and a writer),
written to ``backups/`` as ``journal-<UTC time>-<reason>.sqlite3`` with 0600
permissions in a 0700 folder. Older backups beyond ``keep`` are removed, oldest
first.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from attune_journal.paths import FILE_MODE, ensure_private_dir
from attune_journal.storage.errors import StoreError, translate_sqlite_error

_NAME_RE = re.compile(r"^journal-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z-]+)\.sqlite3$")


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


def create_backup(conn: sqlite3.Connection, folder: Path, reason: str, keep: int = 10) -> Path:
    """Copy the open store behind ``conn`` into ``folder``; returns the new file's path."""
    ensure_private_dir(folder)
    target = folder / backup_name(reason)
    partial = target.with_name(target.name + ".partial")
    try:
        # Create the file private before SQLite writes a byte of the journal into it.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        os.close(fd)
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except sqlite3.Error as error:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise translate_sqlite_error(error) or StoreError(f"Backup failed: {error}") from error
    except OSError:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    prune_backups(folder, keep)
    return target


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Remove the oldest backups beyond ``keep``; returns what was removed."""
    removed = []
    for old in list_backups(folder)[max(keep, 1) :]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
            removed.append(old)
    return removed

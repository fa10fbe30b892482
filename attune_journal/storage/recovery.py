"""A damaged or foreign store file: set it aside, say so plainly, point at the newest backup.

The file is never repaired in place and never overwritten: it is moved (with its
``-wal`` and ``-shm`` companions, which belong to it and must not be replayed
into anything else) into ``damaged/`` under a name carrying the local time, and
a name already taken gets a counter, never a replacement. The move uses a hard
link plus unlink where the file system allows (a link cannot replace an
existing name), else a rename after checking the name is free.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from attune_journal.core.i18n import translate
from attune_journal.paths import ensure_private_dir, make_private_file
from attune_journal.storage.backup import BackupInfo, backup_info, newest_good_backup

COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class DamagedReport:
    """What happened to a damaged store and what can bring the journal back."""

    moved_to: Path
    reason: str
    backup: BackupInfo | None

    def message(self) -> str:
        text = (
            f"The journal file cannot be read ({self.reason}). It was moved, untouched, "
            f"to {self.moved_to} so nothing in it is lost."
        )
        if self.backup is not None:
            text += f" The newest good backup is from {self.backup.describe()}."
        else:
            text += " There is no backup to restore from."
        return text


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    counter = 1
    while candidate.exists() or any(
        candidate.with_name(candidate.name + c).exists() for c in COMPANIONS
    ):
        candidate = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def _move_no_overwrite(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # fails if ``target`` exists: nothing can be overwritten
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def move_aside(store: Path, damaged_dir: Path, moment: datetime | None = None) -> Path:
    """Move ``store`` and its companions into ``damaged_dir``; returns the new path."""
    ensure_private_dir(damaged_dir)
    stamp = (moment or datetime.now()).strftime("%Y%m%d-%H%M%S")
    stem = store.name.removesuffix(".sqlite3")
    while True:
        target = _free_name(damaged_dir, f"{stem}-{stamp}", ".sqlite3")
        try:
            _move_no_overwrite(store, target)
        except FileExistsError:
            continue  # taken between the check and the move: pick the next name
        break
    make_private_file(target)
    for companion in COMPANIONS:
        extra = store.with_name(store.name + companion)
        if extra.exists():
            with contextlib.suppress(FileExistsError):
                _move_no_overwrite(extra, target.with_name(target.name + companion))
    return target


def recover_damaged(
    store: Path, damaged_dir: Path, backups: Path, reason: str, passphrase: str | None = None
) -> DamagedReport:
    """Set the damaged ``store`` aside and find the newest backup that checks out."""
    moved = move_aside(store, damaged_dir)
    good = newest_good_backup(backups, passphrase, unverified_encrypted=True)
    return DamagedReport(moved, reason, backup_info(good) if good is not None else None)


def damage_reason(error: Exception) -> str:
    """The plain reason of a ``DamagedStoreError`` ("the file is empty", ...)."""
    return translate("StoreErrors", str(getattr(error, "detail", error)))

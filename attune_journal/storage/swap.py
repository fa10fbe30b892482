"""Whole-store changes made all or nothing on disk, across kills and power cuts.

Turning encryption on or off, changing the passphrase and restoring all replace
several files: the store and, for encryption, every backup. Each new file is first
written beside the old one under a staging name (``<name>.rekeying``,
``<name>.converting``, ``<name>.restoring``) and checked. Then one small record,
``pending-swap.json``, names every rename still to do, in order, and is made durable
before the first rename: that record is the moment the change happens. The renames
follow and the record is removed.

A program that dies anywhere in this leaves either staged files and no record (the
change did not happen: the next start removes them) or a record (the change did
happen: the next start does the renames it names). Either way, ``recover`` runs at
the next open, while that program has the store to itself (``locks.StoreGate``), and
before anything reads the journal. Half-written backups (``<name>.partial``) are
removed the same way.

The order of the renames keeps the privacy promise at every instant: when the store
becomes encrypted (or takes a new passphrase) the backups are renamed first and the
store last, so no plain or old-passphrase backup ever sits beside an encrypted store;
when encryption is turned off the store goes first.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from attune_journal.paths import FILE_MODE, fsync_dir

PLAN_NAME = "pending-swap.json"
STAGING_SUFFIXES = (".rekeying", ".converting", ".restoring", ".partial")
# SQLite writes a staged copy through its own rollback journal (``<name>-journal``).
COMPANIONS = ("-journal", "-wal", "-shm")


def is_staged(name: str) -> bool:
    """True for a staged or half-written file's name, or one of its SQLite companions."""
    for companion in COMPANIONS:
        name = name.removesuffix(companion)
    return name.endswith(STAGING_SUFFIXES)


@dataclass(frozen=True)
class Move:
    """One staged file and the name it takes when the change happens."""

    staged: Path
    final: Path


def commit(root: Path, moves: Sequence[Move]) -> None:
    """Make the change happen: record ``moves``, do them in order, forget the record."""
    plan = root / PLAN_NAME
    temporary = plan.with_name(plan.name + ".partial")
    data = json.dumps(
        [{"staged": str(m.staged), "final": str(m.final)} for m in moves], indent=1
    ).encode("utf-8")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, plan)
    fsync_dir(root)
    _apply(root, moves)


def _apply(root: Path, moves: Sequence[Move]) -> None:
    folders = {root}
    for move in moves:
        # A staged file already gone was renamed before a kill: its rename is done.
        if move.staged.exists():
            os.replace(move.staged, move.final)
            folders.add(move.final.parent)
    for folder in folders:
        fsync_dir(folder)
    with contextlib.suppress(FileNotFoundError):
        (root / PLAN_NAME).unlink()
    fsync_dir(root)


def _read_plan(plan: Path, root: Path) -> list[Move] | None:
    """The moves a record names, or None when it cannot be trusted (torn or foreign)."""
    try:
        items = json.loads(plan.read_text(encoding="utf-8"))
        moves = [Move(Path(item["staged"]), Path(item["final"])) for item in items]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    inside = root.resolve()
    for move in moves:
        # Only ever rename our own staged files within this data folder.
        for path in (move.staged, move.final):
            if not path.resolve().is_relative_to(inside):
                return None
        if not is_staged(move.staged.name):
            return None
    return moves


@dataclass
class Recovery:
    """What ``recover`` found and did (for a line in the log of a command or the app)."""

    finished: int = 0  # renames of a change that had happened, done now
    removed: int = 0  # staged or half-written files of changes that had not

    def message(self) -> str | None:
        if self.finished:
            return (
                "A restore or an encryption change was interrupted after it took effect; "
                "it has now been completed."
            )
        if self.removed:
            return (
                "Unfinished copies left by an interrupted restore, backup or encryption "
                "change were removed; the journal is as it was before it."
            )
        return None


def recover(root: Path, folders: Sequence[Path]) -> Recovery:
    """Finish a recorded change, then remove every staged leftover in ``folders``.

    Call only while no other program has the store open (``StoreGate.enter`` said so).
    """
    result = Recovery()
    plan = root / PLAN_NAME
    if plan.exists():
        moves = _read_plan(plan, root)
        if moves is not None:
            result.finished = sum(1 for move in moves if move.staged.exists())
            _apply(root, moves)
        else:
            plan.unlink()  # written only after every staged file was checked: torn means not yet
    with contextlib.suppress(FileNotFoundError):
        (root / (PLAN_NAME + ".partial")).unlink()
        result.removed += 1
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if is_staged(path.name) and path.is_file():
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    result.removed += 1
    return result

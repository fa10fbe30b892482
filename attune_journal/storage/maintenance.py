"""Whole-store changes made while the app holds the store alone: restore and re-encryption.

Both replace the open store with a checked copy and hand the open ``Journal`` its
new connection, so they sit above the modules they combine: ``storage/backup.py``
(safety backups, converting the backups folder), ``storage/crypto.py`` (copies under
a new key), ``storage/swap.py`` (putting every copy in place as one change) and
``storage/db.py`` (reopening the result). Those modules never import this one.

Restore never overwrites a store in place: the chosen backup is checked and copied
beside the store, a safety backup of the current store is taken (while the caller
holds the store alone, so every note another program saved is in it), the app's
connection is closed, and the copy is put in place as one change (with the backups,
when restoring an encrypted backup over a plain journal). Turning encryption on or
off, or changing the passphrase, exports the store and each backup the same way.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attune_journal.core.i18n import translate
from attune_journal.paths import make_private_file
from attune_journal.storage import crypto
from attune_journal.storage.backup import (
    backup_problem,
    create_backup,
    ensure_alone,
    prune_backups,
    stage_backup_conversions,
)
from attune_journal.storage.connection import StoreDB
from attune_journal.storage.db import open_store
from attune_journal.storage.errors import (
    PassphraseNeeded,
    StoreError,
    WrongPassphraseError,
    database_errors,
)
from attune_journal.storage.swap import Move, commit

if TYPE_CHECKING:
    from attune_journal.storage.repository import Journal


def swap_connection(journal: Journal, db: StoreDB) -> None:
    """Point the open ``journal`` at a freshly opened store (after a restore or re-key).

    Screens and the bridge keep their ``Journal`` object; only its connection changes.
    """
    with journal.locked():
        journal.db = db
        journal.conn = db.conn


def _back_to_wal(conn: Any) -> None:
    with contextlib.suppress(*database_errors()):
        conn.execute("PRAGMA journal_mode=WAL")


def restore_backup(
    journal: Journal,
    store: Path,
    backup: Path,
    passphrase: str | None,
    folder: Path,
    keep: int,
) -> Path | None:
    """Replace the open store with ``backup``; returns the safety backup taken first (if any).

    The caller holds the store alone (``StoreGate.alone``). ``passphrase`` opens the
    backup when it is encrypted; the restored store then uses it, and plain backups
    are encrypted with it in the same change, so an encrypted journal never has a plain
    copy beside it. The journal's connection is replaced in place (``swap_connection``).
    """
    if backup.resolve() == store.resolve():
        raise StoreError(
            translate("StoreErrors", "That is the journal itself, not a backup of it.")
        )
    problem = backup_problem(backup, passphrase)
    if problem is not None:
        raise StoreError(problem)
    key = passphrase if crypto.is_encrypted(backup) else None
    staged = store.with_name(store.name + ".restoring")
    staged_backups: list[Move] = []
    crypto.create_private_file(staged)
    safety: Path | None = None
    with journal.locked() as conn:
        try:
            shutil.copyfile(backup, staged)
            make_private_file(staged)
            crypto.fsync_file(staged)
            if journal.count() or journal.count(trashed=True) or journal.drafts():
                safety = create_backup(conn, folder, "before-restore", keep + 1)
            ensure_alone(conn)
            if key is not None and not journal.db.encrypted:
                staged_backups, _ = stage_backup_conversions(folder, None, key)
        except BaseException:
            _back_to_wal(conn)
            for path in (staged, *(move.staged for move in staged_backups)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            raise
        conn.close()
        for companion in (store.name + "-wal", store.name + "-shm", store.name + "-journal"):
            with contextlib.suppress(FileNotFoundError):
                (store.parent / companion).unlink()
        commit(store.parent, [*staged_backups, Move(staged, store)])
        db = open_store(store, key, backups=folder, keep=keep)
        swap_connection(journal, db)
    prune_backups(folder, keep)
    return safety


@dataclass
class EncryptionChange:
    """What turning encryption on/off or changing the passphrase did."""

    safety_backup: Path
    converted: list[Path] = field(default_factory=list)
    left_as_they_were: list[Path] = field(default_factory=list)


def change_encryption(
    journal: Journal,
    store: Path,
    backups: Path,
    keep: int,
    current_key: str | None,
    new_key: str | None,
) -> EncryptionChange:
    """Re-write the open store and its backups with ``new_key`` (None: plain).

    The caller holds the store alone (``StoreGate.alone``). Order: check the
    passphrases; make sure no other program has the store open; take a backup;
    export the store into ``<store>.rekeying`` and every backup into
    ``<backup>.converting``, checking each copy; then ``swap.commit`` renames them all
    into place as one change (a kill at any moment is finished or rolled back at the
    next start); reopen and hand the journal its new connection. Raises ``StoreError``
    subclasses; until the commit nothing of the person's is touched.
    """
    if new_key is not None:
        crypto.check_new_passphrase(new_key)
    if journal.db.encrypted:
        if current_key is None:
            raise PassphraseNeeded(store)
        if not crypto.passphrase_opens(store, current_key):
            raise WrongPassphraseError()
    else:
        current_key = None
    if current_key is None and new_key is None:
        raise StoreError(
            translate(
                "StoreErrors", "The journal is not encrypted, so there is nothing to turn off."
            )
        )
    if current_key is not None and current_key == new_key:
        raise StoreError(
            translate("StoreErrors", "The new passphrase is the same as the current one.")
        )
    staged = store.with_name(store.name + ".rekeying")
    with journal.locked() as conn:
        staged_backups: list[Move] = []
        try:
            ensure_alone(conn)
            expected = journal.count() + journal.count(trashed=True)
            safety = create_backup(conn, backups, "encryption", keep + 1)
            crypto.export_copy(store, current_key, staged, new_key)
            crypto.verify_copy(staged, new_key, expected)
            staged_backups, left = stage_backup_conversions(backups, current_key, new_key)
        except BaseException:
            _discard([staged, *(move.staged for move in staged_backups)])
            with contextlib.suppress(*database_errors()):
                conn.execute("PRAGMA journal_mode=WAL")
            raise
        store_move = Move(staged, store)
        # Encrypting (or a new passphrase): backups first, the store last; decrypting: the
        # store first. Either way no plain or old-passphrase copy sits beside a store that
        # is encrypted with the new key (see storage/swap.py).
        if new_key is not None:
            moves = [*staged_backups, store_move]
        else:
            moves = [store_move, *staged_backups]
        commit(store.parent, moves)
        conn.close()
        db = open_store(store, new_key, backups=backups, keep=keep)
        swap_connection(journal, db)
    prune_backups(backups, keep)
    return EncryptionChange(safety, [move.final for move in staged_backups], left)


def _discard(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

"""Encryption at rest: SQLCipher connections, passphrase checks, and copies under a new key.

Every use of ``sqlcipher3`` lives here. A plain store is opened with the standard
library's ``sqlite3`` (nothing to pay for people who do not encrypt); an encrypted
one with SQLCipher 4, keyed before the first read. Hazards this module guards:

- An encrypted file has no "SQLite format 3" header (its first 16 bytes are a
  random salt), so "not SQLite" does not mean "damaged". ``classify_store_file``
  tells the cases apart as far as bytes allow: empty, text, zeroed or oddly sized
  files are damaged; anything else may be encrypted and needs a passphrase.
- A wrong passphrase only shows on the first read ("file is not a database"),
  so ``connect`` reads once and turns that into ``WrongPassphraseError``.
- Plaintext must not leak through temporary files: every keyed connection sets
  ``temp_store=MEMORY``. ``cipher_memory_security`` (wiping and locking SQLCipher's
  own memory) is set OFF on purpose, as SQLCipher itself defaults since 4.5: it is
  process memory, not data at rest, and measured on a 10-year journal it made
  full-text search 3.5x slower (12 ms -> 43 ms) and loading every entry 2x slower.
- Turning encryption on, off or changing the passphrase never rewrites the store
  in place: ``sqlcipher_export`` copies it (and each backup) into a new file beside
  it, each copy is checked, then ``storage/maintenance.py`` has ``storage/swap.py``
  rename them all into place as one change. A kill at any point leaves the old
  state or the new one, completed or rolled back at the next start.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

from attune_journal.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from attune_journal.paths import FILE_MODE
from attune_journal.storage.errors import (
    DamagedStoreError,
    StoreError,
    WrongPassphraseError,
    database_errors,
)

ENV_PASSPHRASE = "ATTUNE_JOURNAL_PASSPHRASE"
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE_CHARS = 1
CIPHER_PAGE_SIZE = 4096  # SQLCipher 4's default, which this app never changes


class StoreFile(Enum):
    MISSING = "missing"
    SQLITE = "sqlite"
    ENCRYPTED = "encrypted"  # or random bytes of a plausible size: only a passphrase can tell


def sqlcipher() -> ModuleType:
    """The SQLCipher DB-API module, imported on first use."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise StoreError(
            translate(
                "StoreErrors",
                "Encryption needs the 'sqlcipher3' package, which is not installed. "
                "Reinstall Attune Journal to bring it back.",
            )
        ) from error
    return dbapi2


# Secrets read from the environment, kept here once taken out of it.
_env_secrets: dict[str, str] = {}


def secret_from_env(name: str) -> str | None:
    """A secret a script passed in the environment variable ``name``, if set.

    It is removed from the environment the first time it is read, so no program this
    one starts (a file manager opened from Settings, say) inherits it.
    """
    value = os.environ.pop(name, None)
    if value:
        _env_secrets[name] = value
    return _env_secrets.get(name)


def passphrase_from_env() -> str | None:
    """The passphrase scripts pass through ``ATTUNE_JOURNAL_PASSPHRASE``, if set."""
    return secret_from_env(ENV_PASSPHRASE)


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase SQLCipher could not take; raises ``StoreError`` with the reason."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS or not passphrase.strip():
        raise StoreError(translate("StoreErrors", "A passphrase cannot be empty."))
    if "\x00" in passphrase:
        raise StoreError(translate("StoreErrors", "A passphrase cannot contain a NUL character."))


def key_literal(passphrase: str) -> str:
    """``passphrase`` as an SQL string literal (PRAGMA key takes no bound parameters)."""
    check_new_passphrase(passphrase)
    return "'" + passphrase.replace("'", "''") + "'"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character cut at the end of the sample is still text.
        try:
            head[:-4].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return True


def classify_store_file(path: Path) -> StoreFile:
    """Say what kind of file ``path`` is; raises ``DamagedStoreError`` for what cannot be ours."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return StoreFile.MISSING
    if size == 0:
        raise DamagedStoreError(path, QT_TRANSLATE_NOOP("StoreErrors", "the file is empty"))
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(SQLITE_HEADER):
        if size < 512:
            raise DamagedStoreError(path, QT_TRANSLATE_NOOP("StoreErrors", "the file is truncated"))
        _check_sqlite_size(path, head, size)
        return StoreFile.SQLITE
    if _looks_like_text(head):
        raise DamagedStoreError(
            path, QT_TRANSLATE_NOOP("StoreErrors", "it is a text file, not a journal")
        )
    if head[:16] == bytes(16):
        raise DamagedStoreError(
            path, QT_TRANSLATE_NOOP("StoreErrors", "its first page has been wiped")
        )
    if size % CIPHER_PAGE_SIZE:
        # Our encrypted stores are written in whole SQLCipher 4 pages of 4096 bytes.
        raise DamagedStoreError(
            path, QT_TRANSLATE_NOOP("StoreErrors", "it is not a journal file, or it is truncated")
        )
    return StoreFile.ENCRYPTED


def _check_sqlite_size(path: Path, head: bytes, size: int) -> None:
    """A plain store shorter than its header says was cut off (unless a WAL still holds pages)."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # a checkpoint may have been interrupted: SQLite replays the WAL
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    change_counter = int.from_bytes(head[24:28], "big")
    # The page count is only trustworthy when "version-valid-for" matches the change counter.
    if pages and valid_for == change_counter and size < page_size * pages:
        raise DamagedStoreError(path, QT_TRANSLATE_NOOP("StoreErrors", "the file is truncated"))


def is_encrypted(path: Path) -> bool:
    """True if the store file exists and is not plain SQLite (damaged files raise)."""
    return classify_store_file(path) is StoreFile.ENCRYPTED


def connect(path: Path, passphrase: str | None, timeout: float = 5.0) -> Any:
    """Open ``path`` plainly (``passphrase`` None) or keyed; a wrong key raises at once.

    ``check_same_thread=False``: the GUI hands read-only work to one worker thread
    at a time; the repository serialises access with its own lock.
    """
    if passphrase is None:
        return sqlite3.connect(str(path), timeout=timeout, check_same_thread=False)
    dbapi = sqlcipher()
    literal = key_literal(passphrase)
    conn = dbapi.connect(str(path), timeout=timeout, check_same_thread=False)
    try:
        # A failed HMAC check is our "wrong passphrase", not something to log.
        with contextlib.suppress(*database_errors()):
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(f"PRAGMA key = {literal}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as error:
        conn.close()
        if "not a database" in str(error).lower():
            raise WrongPassphraseError() from error
        raise
    return conn


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """True if ``passphrase`` opens the encrypted file at ``path`` (used by the unlock screen)."""
    try:
        conn = connect(path, passphrase)
    except (WrongPassphraseError, StoreError):
        return False
    except database_errors():
        return False
    conn.close()
    return True


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file (before any journal bytes are written into it)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def export_copy(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    """Copy the store at ``source`` into a new file ``target`` with another key (or none).

    Uses SQLCipher's ``sqlcipher_export``, which writes every table, index, trigger
    and the FTS shadow tables through the target's own encryption. It does not
    copy ``user_version``, which the newer-store check relies on: copied by hand.
    """
    dbapi = sqlcipher()
    create_private_file(target)
    conn = dbapi.connect(str(source), timeout=5.0)
    try:
        with contextlib.suppress(*database_errors()):
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        if source_key is not None:
            conn.execute(f"PRAGMA key = {key_literal(source_key)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        target_literal = key_literal(target_key) if target_key is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {target_literal}", [str(target)])
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        conn.commit()
        conn.execute("DETACH DATABASE rekeyed")
    except dbapi.DatabaseError as error:
        conn.close()
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        if "not a database" in str(error).lower():
            raise WrongPassphraseError() from error
        raise StoreError(
            translate("StoreErrors", "The journal could not be copied: {error}").format(error=error)
        ) from error
    except BaseException:
        conn.close()
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise
    conn.close()
    fsync_file(target)


def verify_copy(copy: Path, key: str | None, expected_entries: int | None) -> None:
    """Check a freshly written copy before it replaces anything; raises ``StoreError``."""
    conn = connect(copy, key)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StoreError(
                translate(
                    "StoreErrors", "The new copy of the journal did not check out ({result})."
                ).format(result=result)
            )
        if expected_entries is not None:
            has_entries = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='entries'"
            ).fetchone()
            found = conn.execute("SELECT count(*) FROM entries").fetchone()[0] if has_entries else 0
            if found != expected_entries:
                raise StoreError(
                    translate(
                        "StoreErrors",
                        "The new copy of the journal holds %Ln entries, not {expected}.",
                        None,
                        found,
                    ).format(expected=format_number(expected_entries))
                )
    finally:
        conn.close()

"""Errors that are the environment's fault, each with a message a person can act on.

These are "known" errors (qutebrowser's KnownError): the app shows the message and
a way out, and never a traceback. Anything else that escapes the store is a bug.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

try:  # SQLCipher raises its own exception classes, not sqlite3's
    from sqlcipher3 import dbapi2 as _sqlcipher
except ImportError:  # pragma: no cover - encryption needs it; plain stores do not
    _sqlcipher = None

# Catch these, not ``sqlite3.Error`` alone: an encrypted store's connection is
# SQLCipher's, whose errors do not inherit from the standard library's.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + (
    (_sqlcipher.Error,) if _sqlcipher is not None else ()
)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,) + (
    (_sqlcipher.IntegrityError,) if _sqlcipher is not None else ()
)


class StoreError(Exception):
    """Base class: the store cannot do what was asked, through no bug of ours."""


class NewerStoreError(StoreError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"The journal at {path} was written by a newer version of Attune Journal "
            f"(format {found}; this version knows up to {known}). It was left untouched: "
            "please update the app to open it."
        )


class DamagedStoreError(StoreError):
    """The file is not a journal we can read (damaged, truncated or something else)."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"The journal file {path} cannot be read ({detail}).")


class StoreLockedError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The journal is busy in another program right now. Your text is kept; "
            "please try saving again in a moment."
        )


class DiskFullError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so nothing was saved. Your text is kept here; "
            "free some space and save again."
        )


class ReadOnlyStoreError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The journal's folder cannot be written to (it is read-only). Your text is "
            "kept here; check the folder's permissions and save again."
        )


class WrongPassphraseError(StoreError):
    def __init__(self) -> None:
        super().__init__("That passphrase does not open this journal. Please try again.")


class PassphraseNeeded(StoreError):
    """The store is (or may be) encrypted and no passphrase was given: ask for one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The journal at {path} is encrypted. Enter its passphrase to open it "
            "(or set ATTUNE_JOURNAL_PASSPHRASE for scripts)."
        )


EncryptedStoreError = PassphraseNeeded


def translate_sqlite_error(error: Exception, path: Path | None = None) -> StoreError | None:
    """Map an SQLite error caused by the environment to a known error, else None (a bug)."""
    message = str(error).lower()
    if "database or disk is full" in message or ("disk i/o error" in message and "full" in message):
        return DiskFullError()
    if "database is locked" in message or "database is busy" in message:
        return StoreLockedError()
    if "readonly" in message or "read-only" in message:
        return ReadOnlyStoreError()
    if "file is not a database" in message or "malformed" in message:
        return DamagedStoreError(path or Path("?"), str(error))
    return None

"""Errors that are the environment's fault, each with a message a person can act on.

These are "known" errors (qutebrowser's KnownError): the app shows the message and
a way out, and never a traceback. Anything else that escapes the store is a bug.
Each message is in the person's language (``core.i18n.translate``, context
"StoreErrors"), translated when the error is made, which is after the language is
installed.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from attune_journal.core.i18n import QT_TRANSLATE_NOOP, translate

# Catch ``database_errors()``, not ``sqlite3.Error`` alone: an encrypted store's
# connection is SQLCipher's, whose errors do not inherit from the standard library's.
# SQLCipher is loaded only when an encrypted store is opened (storage/crypto.py), so a
# SQLCipher error can only exist once its module is in ``sys.modules``: asking there
# at the moment of the ``except`` keeps sqlcipher3 (~7 ms) out of every plain start.
_SQLCIPHER = "sqlcipher3.dbapi2"


def _classes(name: str) -> tuple[type[Exception], ...]:
    """sqlite3's exception class ``name``, and SQLCipher's of that name once it is loaded."""
    sqlcipher = sys.modules.get(_SQLCIPHER)
    own: type[Exception] = getattr(sqlite3, name)
    return (own,) if sqlcipher is None else (own, getattr(sqlcipher, name))


def database_errors() -> tuple[type[Exception], ...]:
    """The error classes of every SQLite connection the app may hold right now."""
    return _classes("Error")


def integrity_errors() -> tuple[type[Exception], ...]:
    """``database_errors()``' constraint failures (a duplicate uid, a broken reference)."""
    return _classes("IntegrityError")


class StoreError(Exception):
    """Base class: the store cannot do what was asked, through no bug of ours."""

    # What the command line says instead, where the app's words would not be true there
    # (a command keeps no text: it can only be run again); marked for the translation
    # files here and translated when said.
    command_line_text: str | None = None

    def for_command_line(self) -> str:
        if self.command_line_text is None:
            return str(self)
        return translate("StoreErrors", self.command_line_text)


class NewerStoreError(StoreError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            translate(
                "StoreErrors",
                "The journal at {path} was written by a newer version of Attune Journal "
                "(format {found}; this version knows up to {known}). It was left untouched: "
                "please update the app to open it.",
            ).format(path=path, found=found, known=known)
        )


class DamagedStoreError(StoreError):
    """The file is not a journal we can read (damaged, truncated or something else).

    ``detail`` is a reason marked with ``QT_TRANSLATE_NOOP("StoreErrors", ...)`` where it
    is raised ("the file is truncated"), or SQLite's own words, which stay as they are.
    """

    def __init__(self, path: Path | None, detail: str) -> None:
        self.path = path
        self.detail = detail
        reason = translate("StoreErrors", detail)
        if path is None:
            text = translate("StoreErrors", "The journal file cannot be read ({reason}).")
        else:
            text = translate("StoreErrors", "The journal file {path} cannot be read ({reason}).")
        super().__init__(text.format(path=path, reason=reason))


class StoreLockedError(StoreError):
    command_line_text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The journal is busy in another program right now, so nothing was saved. "
        "Please run the command again in a moment.",
    )

    def __init__(self) -> None:
        super().__init__(
            translate(
                "StoreErrors",
                "The journal is busy in another program right now. Your text is kept; "
                "please try saving again in a moment.",
            )
        )


class DiskFullError(StoreError):
    command_line_text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The disk is full, so nothing was saved. Free some space and run the command again.",
    )

    def __init__(self) -> None:
        super().__init__(
            translate(
                "StoreErrors",
                "The disk is full, so nothing was saved. Your text is kept here; "
                "free some space and save again.",
            )
        )


class ReadOnlyStoreError(StoreError):
    command_line_text = QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The journal's folder cannot be written to (it is read-only), so nothing was "
        "saved. Check the folder's permissions and run the command again.",
    )

    def __init__(self) -> None:
        super().__init__(
            translate(
                "StoreErrors",
                "The journal's folder cannot be written to (it is read-only). Your text is "
                "kept here; check the folder's permissions and save again.",
            )
        )


class WrongPassphraseError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "StoreErrors", "That passphrase does not open this journal. Please try again."
            )
        )


class PassphraseNeeded(StoreError):
    """The store is (or may be) encrypted and no passphrase was given: ask for one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            translate(
                "StoreErrors",
                "The journal at {path} is encrypted. Enter its passphrase to open it "
                "(or set ATTUNE_JOURNAL_PASSPHRASE for scripts).",
            ).format(path=path)
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
        return DamagedStoreError(path, str(error))
    return None

"""Modules kept off start-up still behave as if loaded: SHA-256 digests, SQLCipher's errors."""

from __future__ import annotations

import hashlib
import sqlite3
import sys

import pytest

from attune_journal.core.digest import sha256_digest, sha256_hex
from attune_journal.storage import errors


@pytest.mark.parametrize("data", [b"", b"abc", b"prompt-salt:17", bytes(range(256)) * 9])
def test_the_builtin_sha256_gives_hashlibs_digests(data: bytes) -> None:
    assert sha256_digest(data) == hashlib.sha256(data).digest()
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_sqlcipher_errors_are_caught_once_an_encrypted_store_has_loaded_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlcipher = pytest.importorskip("sqlcipher3.dbapi2")
    assert errors.database_errors() == (sqlite3.Error, sqlcipher.Error)
    assert errors.integrity_errors() == (sqlite3.IntegrityError, sqlcipher.IntegrityError)
    try:
        raise sqlcipher.OperationalError("database or disk is full")
    except errors.database_errors() as error:  # asked at the except, as the store does
        assert isinstance(errors.translate_sqlite_error(error), errors.DiskFullError)
    # Before any encrypted store is opened, only the standard library's classes exist.
    monkeypatch.delitem(sys.modules, "sqlcipher3.dbapi2")
    assert errors.database_errors() == (sqlite3.Error,)
    assert errors.integrity_errors() == (sqlite3.IntegrityError,)

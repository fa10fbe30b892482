"""The only code that speaks SQL: connection, migrations, the journal repository."""

from attune_journal.storage.db import SCHEMA_VERSION, open_store
from attune_journal.storage.errors import (
    DamagedStoreError,
    DiskFullError,
    NewerStoreError,
    ReadOnlyStoreError,
    StoreError,
    StoreLockedError,
    WrongPassphraseError,
)
from attune_journal.storage.repository import Journal, SearchFilters, SearchHit

__all__ = [
    "SCHEMA_VERSION",
    "DamagedStoreError",
    "DiskFullError",
    "Journal",
    "NewerStoreError",
    "ReadOnlyStoreError",
    "SearchFilters",
    "SearchHit",
    "StoreError",
    "StoreLockedError",
    "WrongPassphraseError",
    "open_store",
]

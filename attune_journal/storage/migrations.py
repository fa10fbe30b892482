"""Schema migrations: append-only, named, each run in a transaction.

Never edit or reorder a migration that has shipped; add a new one at the end.
``SCHEMA_VERSION`` is the count of migrations and is written to ``PRAGMA
user_version`` so that an older app can refuse a store written by a newer one
before touching it (see ``storage.db``).

Hazard: sqlite-utils ``transform()`` recreates a table and would lose the FTS
rows' link to it; our FTS table is maintained by the repository (not by
triggers), so a future migration that transforms ``entries`` must rebuild
``entries_fts`` in the same migration (``Journal.rebuild_search_index``).

``schema_problems`` compares a store with what these migrations make, for
``attune-journal check``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from attune_journal.storage.schema import (
    KNOWN_MIGRATIONS,
    MIGRATION_NAMES,
    MIGRATION_SET,
    SCHEMA_VERSION,
)

if TYPE_CHECKING:
    from attune_journal.storage.connection import StoreDB

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    statements = [
        # One table for every kind of entry: common columns for what the app
        # filters and sorts on, `data` (JSON) for kind-specific text fields.
        """
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN
                ('checkin', 'note', 'weekly_review', 'relationship', 'repair')),
            at TEXT NOT NULL,
            at_utc TEXT NOT NULL,
            day TEXT NOT NULL,
            week TEXT,
            updated_at TEXT,
            starred INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT,
            text TEXT NOT NULL DEFAULT '',
            activation INTEGER CHECK (activation BETWEEN 0 AND 10),
            strategy TEXT,
            strategy_before INTEGER CHECK (strategy_before BETWEEN 0 AND 10),
            strategy_after INTEGER CHECK (strategy_after BETWEEN 0 AND 10),
            prompt_id TEXT,
            data TEXT NOT NULL DEFAULT '{}'
        )
        """,
        "CREATE INDEX idx_entries_at_utc ON entries(at_utc)",
        "CREATE INDEX idx_entries_day ON entries(day)",
        "CREATE INDEX idx_entries_deleted ON entries(deleted_at)",
        # One weekly review / relationship check-in per week (trashed ones aside).
        """
        CREATE UNIQUE INDEX idx_entries_kind_week ON entries(kind, week)
            WHERE week IS NOT NULL AND deleted_at IS NULL
        """,
        """
        CREATE TABLE entry_feelings (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL,
            word TEXT NOT NULL,
            pleasantness REAL CHECK (pleasantness BETWEEN -1 AND 1),
            energy REAL CHECK (energy BETWEEN -1 AND 1),
            intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 3),
            PRIMARY KEY (entry_id, pos)
        )
        """,
        "CREATE INDEX idx_feelings_word ON entry_feelings(word)",
        """
        CREATE TABLE entry_needs (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL,
            need TEXT NOT NULL,
            met INTEGER NOT NULL CHECK (met IN (0, 1)),
            PRIMARY KEY (entry_id, pos)
        )
        """,
        "CREATE INDEX idx_needs_need ON entry_needs(need)",
        """
        CREATE TABLE entry_body (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL,
            region TEXT NOT NULL,
            sensation TEXT NOT NULL,
            intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 3),
            PRIMARY KEY (entry_id, pos)
        )
        """,
        "CREATE INDEX idx_body_region ON entry_body(region)",
        """
        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            pos INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, pos)
        )
        """,
        "CREATE INDEX idx_tags_tag ON entry_tags(tag COLLATE NOCASE)",
        # The person's own vocabulary: feeling words, strategies, prompts, needs.
        """
        CREATE TABLE own_items (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('feeling', 'strategy', 'prompt', 'need')),
            name TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}',
            UNIQUE (kind, name)
        )
        """,
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE drafts (
            key TEXT PRIMARY KEY,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        # Full-text index with its own copy of the text (so snippet() can highlight),
        # rowid = entries.id, kept in step by the repository in the same transaction.
        """
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            text, more, tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
    ]
    for statement in statements:
        db.execute(statement)


@migrations(name="0002_live_kind_index")
def m0002_live_kind_index(db: Database) -> None:
    # Trends reads every live check-in and note; their rows are wide (text, JSON), so
    # reading eight small columns from the table walks ~30 MB at ten years. This index
    # holds exactly those columns (the rowid comes free): the read becomes an index scan
    # at a third of the cost, and relationship check-ins are found without a full scan.
    # Queries with a day range keep the day index: ``_range_where`` writes ``+kind``.
    db.execute(
        "CREATE INDEX idx_entries_live_kind ON entries(kind, deleted_at, at, activation, "
        "strategy, strategy_before, strategy_after, starred)"
    )


@migrations(name="0003_four_digit_utc_years")
def m0003_four_digit_utc_years(db: Database) -> None:
    # ``at_utc`` orders every list. Before this, a year below 1000 was written with fewer
    # digits ('999-05-01T…Z'), which sorts after '2026-…': such entries showed as the
    # newest. Each key that does not start with a four-digit year is written again from
    # the entry's own time (``at``, which keeps its offset and is never changed here).
    # A time that cannot be read keeps its key: ``attune-journal check`` names that row.
    from attune_journal.core.timeutil import from_text, utc_key

    fixes = []
    for entry_id, at, key in db.execute(
        "SELECT id, at, at_utc FROM entries WHERE at_utc NOT GLOB '[0-9][0-9][0-9][0-9]-*'"
    ).fetchall():
        try:
            fresh = utc_key(from_text(at))
        except (ValueError, TypeError, OverflowError):
            continue
        if fresh != key:
            fixes.append((fresh, entry_id))
    db.conn.executemany("UPDATE entries SET at_utc = ? WHERE id = ?", fixes)


@migrations(name="0004_partner_sharing")
def m0004_partner_sharing(db: Database) -> None:
    # Sharing the weekly relationship check-in with a partner (exchange/partner.py):
    # this journal's key pair (one row; the secret key is as safe as the store, so
    # encrypted at rest when the journal is), the partners whose keys were added
    # (a removed partner keeps its row while the weeks it sent are kept), the weeks
    # received (one per partner and week: the newest sent), and every file id
    # received, so that a file read twice is known as a replay.
    statements = [
        """
        CREATE TABLE partner_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            public_key BLOB NOT NULL,
            secret_key BLOB NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE partners (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            public_key BLOB NOT NULL,
            added_at TEXT NOT NULL,
            removed_at TEXT
        )
        """,
        """
        CREATE UNIQUE INDEX idx_partners_live_name ON partners(name COLLATE NOCASE)
            WHERE removed_at IS NULL
        """,
        """
        CREATE UNIQUE INDEX idx_partners_live_key ON partners(public_key)
            WHERE removed_at IS NULL
        """,
        """
        CREATE TABLE partner_weeks (
            id INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            week TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            file_id TEXT NOT NULL,
            received_at TEXT NOT NULL,
            payload TEXT NOT NULL,
            UNIQUE (partner_id, week)
        )
        """,
        """
        CREATE TABLE partner_files (
            file_id TEXT PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE
        )
        """,
    ]
    for statement in statements:
        db.execute(statement)


@migrations(name="0005_sync")
def m0005_sync(db: Database) -> None:
    # Sync (docs/sync-format.md): every change known, this device's and the others', once
    # by its clock (the merge works each entry out from all of them); the files applied,
    # by device and number; and what this device last published or applied of each entry
    # ("entry"), own word ("own") and journal setting ("setting"), to tell its next
    # changes from. ``digest`` is of the entry as the export writes it, so an unchanged
    # entry is passed over without reading its front matter back.
    statements = [
        """
        CREATE TABLE sync_changes (
            hlc TEXT PRIMARY KEY,
            device TEXT NOT NULL,
            op TEXT NOT NULL,
            uid TEXT,
            body TEXT NOT NULL
        )
        """,
        "CREATE INDEX idx_sync_changes_uid ON sync_changes(uid, hlc)",
        """
        CREATE TABLE sync_files (
            device TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('log', 'snap')),
            PRIMARY KEY (device, seq)
        )
        """,
        """
        CREATE TABLE sync_published (
            scope TEXT NOT NULL CHECK (scope IN ('entry', 'own', 'setting')),
            uid TEXT NOT NULL,
            fields TEXT NOT NULL,
            digest TEXT,
            hlc TEXT NOT NULL,
            PRIMARY KEY (scope, uid)
        )
        """,
    ]
    for statement in statements:
        db.execute(statement)


@migrations(name="0006_sync_dirty")
def m0006_sync_dirty(db: Database) -> None:
    # The entries written since this device last published (docs/sync-format.md): the
    # uid of every entry inserted, changed or deleted, by any writer (the app, the
    # command line, an import, a restore's migration), so a publish reads only those
    # rather than the whole journal. A publish takes the uids it has dealt with out.
    statements = [
        "CREATE TABLE sync_dirty (uid TEXT PRIMARY KEY) WITHOUT ROWID",
        """
        CREATE TRIGGER sync_dirty_insert AFTER INSERT ON entries BEGIN
            INSERT OR IGNORE INTO sync_dirty(uid) VALUES (new.uid);
        END
        """,
        """
        CREATE TRIGGER sync_dirty_update AFTER UPDATE ON entries BEGIN
            INSERT OR IGNORE INTO sync_dirty(uid) VALUES (old.uid);
            INSERT OR IGNORE INTO sync_dirty(uid) VALUES (new.uid);
        END
        """,
        """
        CREATE TRIGGER sync_dirty_delete AFTER DELETE ON entries BEGIN
            INSERT OR IGNORE INTO sync_dirty(uid) VALUES (old.uid);
        END
        """,
        # Entries already in the store are new to sync.
        "INSERT OR IGNORE INTO sync_dirty(uid) SELECT uid FROM entries",
    ]
    for statement in statements:
        db.execute(statement)


@migrations(name="0007_vocabulary_ids")
def m0007_vocabulary_ids(db: Database) -> None:
    # A word chosen from the vocabulary is kept with its stable id beside the word the
    # person saw (docs/domain.md, "Ids"), so a journal reads in every language and Trends
    # count "joyful" and "fröhlich" as one. Rows already stored get the id of the English
    # word they match (cleaned and case folded, as the vocabulary compares words; body
    # regions were stored by id). Own words keep no id. The Trends index covers the
    # strategy's id as it covered its name.
    from attune_journal.core.vocab_i18n import ENGLISH
    from attune_journal.core.vocab_terms import TermKind, fold, term_ids

    columns: tuple[tuple[str, str, str, TermKind], ...] = (
        ("entry_feelings", "word", "word_id", "feeling"),
        ("entry_needs", "need", "need_id", "need"),
        ("entry_body", "region", "region_id", "region"),
        ("entry_body", "sensation", "sensation_id", "sensation"),
        ("entries", "strategy", "strategy_id", "strategy"),
    )
    for table, _word, id_column, _kind in columns:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {id_column} TEXT")
    for statement in (
        "CREATE INDEX idx_feelings_word_id ON entry_feelings(word_id)",
        "CREATE INDEX idx_needs_need_id ON entry_needs(need_id)",
        "CREATE INDEX idx_body_region_id ON entry_body(region_id)",
        "DROP INDEX idx_entries_live_kind",
        "CREATE INDEX idx_entries_live_kind ON entries(kind, deleted_at, at, activation, "
        "strategy, strategy_before, strategy_after, starred, strategy_id)",
    ):
        db.execute(statement)
    # Filling ids changes no entry: sync need not send every entry again (each computer
    # fills the same ids from the same words), so entries not waiting to be sent before
    # are not waiting after.
    waiting = {uid for (uid,) in db.execute("SELECT uid FROM sync_dirty").fetchall()}
    for table, word, id_column, kind in columns:
        known = term_ids(kind, (ENGLISH,))
        updates = [
            (known[fold(found)], found)
            for (found,) in db.execute(
                f"SELECT DISTINCT {word} FROM {table} WHERE {word} IS NOT NULL"
            ).fetchall()
            if fold(found) in known
        ]
        db.conn.executemany(f"UPDATE {table} SET {id_column} = ? WHERE {word} = ?", updates)
    fresh = [
        (uid,)
        for (uid,) in db.execute("SELECT uid FROM sync_dirty").fetchall()
        if uid not in waiting
    ]
    db.conn.executemany("DELETE FROM sync_dirty WHERE uid = ?", fresh)


@migrations(name="0008_week_conflicts")
def m0008_week_conflicts(db: Database) -> None:
    # Two computers may each write the weekly review (or relationship check-in) of the
    # same week before they sync. Sync keeps both out of the trash and lists the week
    # under "Conflicts to resolve" (docs/sync-format.md, "One weekly review ... per
    # week"): the one that does not hold the week carries ``meta.conflict_of`` (as a
    # conflict copy of any entry does), and such rows are left out of the one-per-week
    # rule until the person chooses. ``instr`` over the stored JSON (not a JSON function)
    # so that a damaged ``data`` never stops a row from being written.
    for statement in (
        "DROP INDEX idx_entries_kind_week",
        """
        CREATE UNIQUE INDEX idx_entries_kind_week ON entries(kind, week)
            WHERE week IS NOT NULL AND deleted_at IS NULL AND instr(data, '"conflict_of"') = 0
        """,
    ):
        db.execute(statement)


@cache
def _expected() -> dict[str, tuple[dict[str, Any], frozenset[str]]]:
    """Each table the migrations make, with its columns (name -> type) and index names:
    the shipped migrations run on an empty database in memory."""
    fresh = Database(memory=True, execute_plugins=False)
    migrations.apply(fresh)
    return {
        table.name: (table.columns_dict, frozenset(index.name for index in table.indexes))
        for table in fresh.tables
        if table.name != "_sqlite_migrations"
    }


def schema_problems(db: StoreDB) -> list[str]:
    """What the store lacks of the schema the migrations make: a table, a column of the
    wrong type or none, an index. sqlite-utils reads both schemas; ``attune-journal
    check`` prints each problem in one line (a hand-edited or half-copied store shows
    here before a screen fails on it)."""
    actual = {table.name: table for table in db.utils.tables}
    problems = []
    for name, (columns, indexes) in _expected().items():
        table = actual.get(name)
        if table is None:
            problems.append(f"the table {name} is missing")
            continue
        found = table.columns_dict
        for column, kind in columns.items():
            if column not in found:
                problems.append(f"the table {name} has no column {column}")
            elif found[column] is not kind:
                problems.append(f"the column {name}.{column} holds the wrong type of value")
        missing = indexes - {index.name for index in table.indexes}
        problems.extend(
            f"the table {name} is missing its index {index}" for index in sorted(missing)
        )
    return problems


# storage.schema lists the names so that opening an up-to-date store needs no
# sqlite-utils import; the two lists must never drift apart.
if tuple(m.name for m in migrations._migrations) != MIGRATION_NAMES:
    raise RuntimeError("storage/schema.py MIGRATION_NAMES does not match the migrations")

__all__ = ["KNOWN_MIGRATIONS", "MIGRATION_SET", "SCHEMA_VERSION", "migrations"]

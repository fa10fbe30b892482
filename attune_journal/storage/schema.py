"""The names of the shipped schema migrations, without importing sqlite-utils.

Opening an up-to-date store (every start, every command) only needs to know
which migrations exist; ``storage.migrations`` (which brings in sqlite-utils,
and with it numpy when installed: a quarter of a second) is imported only when
a store actually needs migrating. ``storage.migrations`` checks at import that
its registered migrations are exactly these, in this order.
"""

MIGRATION_SET = "attune_journal"
MIGRATION_NAMES: tuple[str, ...] = (
    "0001_initial",
    "0002_live_kind_index",
    "0003_four_digit_utc_years",
    "0004_partner_sharing",
    "0005_sync",
    "0006_sync_dirty",
    "0007_vocabulary_ids",
    "0008_week_conflicts",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)
KNOWN_MIGRATIONS = frozenset(MIGRATION_NAMES)

"""Sync: one journal on several computers through a folder their own sync tool carries
(docs/sync-format.md)."""

"""What this device changed since it last published (docs/sync-format.md, "A log file's
body"): the changes its next log carries.

Each entry written since the last publish (``sync_dirty``, kept by triggers on
``entries`` whoever writes: the app, the command line, an import), each own word and
each journal setting is compared with what this device last published or applied of
it (``sync_published``): a new entry gives a ``put`` of all its
fields, an edit a ``put`` of the fields it changed (``base``: the largest clock of a
change to that entry this device knows), a move to or from the trash ``trash`` or
``restore``, an entry gone from the store a ``purge``. Each change gets a fresh clock,
is kept in ``sync_changes`` and becomes the published state, in one transaction: a
change is found once, however often this runs.

Deliberately no timestamps of its own: an entry's fields are all the export writes, so
two devices holding the same entry hold the same fields.
"""

from __future__ import annotations

import json
from typing import Any

from attune_journal.core.models import Entry
from attune_journal.settings import Settings
from attune_journal.storage.repository import Journal
from attune_journal.storage.sync_store import Published, SyncStore, own_key
from attune_journal.sync.clock import Clock
from attune_journal.sync.fields import (
    entry_digest,
    entry_fields,
    field_digest,
    published_digests,
    published_state,
)
from attune_journal.sync.merge import JOURNAL_SETTINGS, WEEKLY_KINDS, settle

# The person's own words, by kind (the store's ``own_items.kind``).
OWN_KINDS = ("feeling", "strategy", "prompt", "need")
# More entries written than this since the last publish: read the whole table once.
_READ_ALL_ABOVE = 500


def local_changes(
    journal: Journal, store: SyncStore, clock: Clock, settings: Settings
) -> list[dict[str, Any]]:
    """This device's changes since it last published, oldest first, each recorded as
    known and published. ``clock`` is moved past every clock the store knows first, so
    a new change sorts after everything this device has seen."""
    with journal.locked(), store.transaction():
        latest = store.latest_clock()
        if latest is not None:
            clock.observe(latest)
        found = _Recorder(store, clock)
        _entry_changes(journal, store, found)
        # Trashing a weekly review, or moving it to another week, may hand its week to
        # one that another device wrote (merge: one per week): the same rule here.
        weekly = {c["uid"] for c in found.changes if c.get("kind", "") in WEEKLY_KINDS}
        weekly |= {c["uid"] for c in found.changes if c["op"] in ("trash", "restore", "purge")}
        # An edit of an entry with a conflict copy changes the copy too (its fields are
        # the entry's with the other version's over them), here as on every device.
        weekly |= store.with_copies({c["uid"] for c in found.changes if "uid" in c})
        settle(journal, store, weekly)
        _own_changes(journal, store, found)
        _setting_changes(settings, store, found)
        return found.changes


class _Recorder:
    def __init__(self, store: SyncStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self.changes: list[dict[str, Any]] = []

    def add(self, op: str, **values: Any) -> str:
        change = {"hlc": self.clock.tick(), "op": op, **values}
        self.store.add_changes([change])
        self.changes.append(change)
        return str(change["hlc"])


def _entry_changes(
    journal: Journal, store: SyncStore, found: _Recorder, only: set[str] | None = None
) -> None:
    dirty = store.dirty()
    if only is not None:
        dirty = [uid for uid in dirty if uid in only]
    if not dirty:
        return
    published = store.published_of("entry", dirty)
    present: dict[str, Entry] = {}
    if len(dirty) > _READ_ALL_ABOVE:
        # Most of the journal (a first publish): one pass over the table is quicker.
        wanted = set(dirty)
        for entry in journal.entries(newest_first=False) + journal.entries(
            trashed=True, newest_first=False
        ):
            if entry.uid in wanted:
                present[entry.uid] = entry
    else:
        for uid in dirty:
            got = journal.get_by_uid(uid)
            if got is not None:
                present[uid] = got
    for uid in dirty:
        now = present.get(uid)
        if now is not None:
            _entry_change(now, published.get(uid), store, found)
        elif uid in published:
            found.add("purge", uid=uid, base=store.latest_clock(uid))
            store.unpublish("entry", uid)
    store.clean(dirty)


def _entry_change(
    entry: Entry, before: Published | None, store: SyncStore, found: _Recorder
) -> None:
    digest = entry_digest(entry)
    was_trashed = bool(before and before.fields["trashed"])
    if before is not None and before.digest == digest and was_trashed == entry.is_trashed:
        return
    fields = entry_fields(entry)
    hlc = before.hlc if before is not None else None
    if before is None or before.fields["kind"] != entry.kind:
        changed = fields
    else:
        old = published_digests(before.fields)
        changed = {
            name: value for name, value in fields.items() if old.get(name) != field_digest(value)
        }
    if changed or before is None:
        base = store.latest_clock(entry.uid)
        hlc = found.add("put", uid=entry.uid, kind=entry.kind, base=base, fields=changed)
    if entry.is_trashed != was_trashed:
        base = store.latest_clock(entry.uid)
        hlc = found.add("trash" if entry.is_trashed else "restore", uid=entry.uid, base=base)
    assert hlc is not None  # a new entry always gives a put
    state = published_state(entry.kind, fields, entry.is_trashed)
    store.publish("entry", entry.uid, state, hlc, digest)


def _own_changes(journal: Journal, store: SyncStore, found: _Recorder) -> None:
    published = store.published("own")
    present: set[str] = set()
    for kind in OWN_KINDS:
        for name, data in journal.own_items(kind):
            key = own_key(kind, name)
            present.add(key)
            before = published.get(key)
            if before is None or before.fields != data:
                hlc = found.add("own", kind=kind, name=name, data=data)
                store.publish("own", key, data, hlc)
    for key in sorted(published.keys() - present):
        kind, name = json.loads(key)
        found.add("own-remove", kind=kind, name=name)
        store.unpublish("own", key)


def _setting_changes(settings: Settings, store: SyncStore, found: _Recorder) -> None:
    published = store.published("setting")
    defaults = Settings()
    for key, (read, _write) in JOURNAL_SETTINGS.items():
        value = read(settings)
        before = published.get(key)
        if before is None and value == read(defaults):
            # Nobody chose it: a computer joining with its defaults must not undo the
            # journal's choice, whichever publishes first.
            continue
        if before is None or before.fields != value:
            hlc = found.add("setting", key=key, value=value)
            store.publish("setting", key, value, hlc)

"""Applying everyone's changes (docs/sync-format.md, "Merging").

Changes are kept once each, by clock (``sync_changes``); each entry they touch is then
worked out again from *all* of its changes in clock order, so the journal depends only
on the set of changes known, never on the order or the number of times they came:

- each field takes its value from the latest ``put`` that set it;
- a ``put`` concurrent with an earlier one (its ``base`` below the earlier clock) that
  sets a free-text field to another value keeps the earlier version beside the entry,
  as ``<uid>~<clock of the earlier put>`` with ``meta.conflict_of``; such a copy is
  made the same on every device and then changes like any entry of its own;
- ``trash``/``restore`` (and ``purge``) go by clock; a ``purge`` removes the entry
  unless a ``put`` exists that the purging device had not seen (above its ``base``):
  then the entry stays, in the trash;
- of the weekly reviews (or relationship check-ins) of one week that are not in the
  trash, one holds the week: the one written first (its first ``put``; copies last).
  The others stay out of the trash beside it, marked ``meta.conflict_of`` with the
  holder's uid (the store's one-per-week index leaves marked rows out), and the week
  is listed under "Conflicts to resolve" until the person keeps one, the other or both
  joined;
- own words and settings: the latest change wins, per word and per setting.

An entry's changes that every device has seen (settled) can be folded into one
``state`` (``summary``, ``compact``): merging reads it as the changes it folded.

What this writes becomes this device's published state (``sync_published``), so it is
not sent back out as this device's change: publish local changes (``local_changes``)
before applying others', or an edit made here in between is overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from attune_journal.core.errors import ValidationError
from attune_journal.core.models import Entry
from attune_journal.core.timeutil import now_local
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.settings import Settings
from attune_journal.storage.repository import Journal
from attune_journal.storage.sync_store import ENTRY_OPS, SyncStore, own_key
from attune_journal.sync.clock import parse_stamp
from attune_journal.sync.fields import (
    entry_digest,
    entry_fields,
    entry_from,
    published_state,
    text_fields,
)

# The kinds the store keeps one of per week (``idx_entries_kind_week``).
WEEKLY_KINDS = ("weekly_review", "relationship")
COPY_MARK = "~"


def _set_window(settings: Settings, value: Any) -> None:
    low, high = value
    settings.window_low, settings.window_high = int(low), int(high)


def _set_week_start(settings: Settings, value: Any) -> None:
    settings.week_start = int(value)


def _set_themes_off(settings: Settings, value: Any) -> None:
    settings.disabled_prompt_themes = [str(theme) for theme in value]


# The settings that belong to the journal rather than to one computer (a window of
# tolerance or a week start that differed per computer would make the same entries
# read differently): their name in a ``setting`` change, how to read and to set them.
JOURNAL_SETTINGS: dict[str, tuple[Callable[[Settings], Any], Callable[[Settings, Any], None]]] = {
    "window": (lambda s: [s.window_low, s.window_high], _set_window),
    "week_start": (lambda s: s.week_start, _set_week_start),
    "prompt_themes_off": (lambda s: list(s.disabled_prompt_themes), _set_themes_off),
}


@dataclass
class _Wanted:
    """What the changes say one entry is: its fields and trash state, or gone."""

    kind: str
    fields: dict[str, Any]
    trashed: bool
    gone: bool
    hlc: str  # its latest change
    rank: tuple[int, str]  # who holds a shared week: (is a copy, first put)
    held: str | None = None  # the uid holding its week, when it shares one


def apply_changes(
    journal: Journal,
    store: SyncStore,
    changes: Iterable[dict[str, Any]],
    settings: Settings | None = None,
) -> set[str]:
    """Keep the changes not known yet and apply what they change; returns the uids of
    the entries written, trashed, restored or removed (for the screens). Own words are
    applied to the store; the journal's settings to ``settings`` when given (the caller
    saves them)."""
    with journal.locked(), store.transaction():
        fresh = store.add_changes(changes)
        uids = {original_uid(c["uid"]) for c in fresh if c["op"] in ENTRY_OPS}
        owns = {own_key(c["kind"], c["name"]) for c in fresh if c["op"] in ("own", "own-remove")}
        changed = _apply_entries(journal, store, uids)
        _apply_own(journal, store, owns)
        if settings is not None:
            _apply_settings(store, settings)
    return changed


def settle(journal: Journal, store: SyncStore, uids: Iterable[str]) -> set[str]:
    """Work the entries ``uids`` out again from all their changes (and the others of
    their weeks): after this device's own changes, which may hand a week to another
    device's review. Returns the uids written."""
    with journal.locked(), store.transaction():
        return _apply_entries(journal, store, {original_uid(uid) for uid in uids})


def ingest(
    journal: Journal,
    store: SyncStore,
    changes: Iterable[dict[str, Any]],
    settings: Settings | None = None,
) -> set[str]:
    """Keep the changes not known yet and apply their own words and settings, but not
    their entries: the uids whose entries they change are returned, for ``settle`` once
    this device's own entries have been told apart from them (joining, or coming back
    from a backup)."""
    with journal.locked(), store.transaction():
        fresh = store.add_changes(changes)
        owns = {own_key(c["kind"], c["name"]) for c in fresh if c["op"] in ("own", "own-remove")}
        _apply_own(journal, store, owns)
        if settings is not None:
            _apply_settings(store, settings)
    return {original_uid(c["uid"]) for c in fresh if c["op"] in ENTRY_OPS}


def wanted(store: SyncStore, uid: str) -> tuple[str, dict[str, Any], bool] | None:
    """What the changes known say the entry ``uid`` is: (kind, fields, in the trash), or
    None when they do not say (none known, or purged)."""
    want = _group(store, original_uid(uid)).get(uid)
    if want is None or want.gone:
        return None
    return want.kind, want.fields, want.trashed


def summary(uid: str, changes: list[dict[str, Any]]) -> dict[str, Any]:
    """One ``state`` standing for ``changes`` (every change known of ``uid``, clock
    order, all settled: every device has seen them): what merging needs of them once
    no change can come that was made without knowing them (docs/sync-format.md,
    "Settled changes"). Its clock is theirs's newest."""
    state, rest = _split(changes)
    fields = dict(state.get("fields") or {}) if state else {}
    kind = state.get("kind") if state else None
    first = state.get("first") if state else None
    newest = state.get("put") if state else None
    trashed = state.get("trashed") if state else None
    purge = state.get("purge") if state else None
    lost = list(state.get("lost") or []) if state else []
    puts = [c for c in rest if c["op"] == "put"]
    if original_uid(uid) == uid:  # conflict copies make no copies of their own
        for earlier in _conflicted(puts, str(kind or _first_kind(puts))):
            lost.append(
                {"hlc": earlier["hlc"], "kind": earlier["kind"], "fields": earlier["fields"]}
            )
    for change in rest:
        if change["op"] == "put":
            fields.update(change["fields"])
            kind = change["kind"]
            first = first or change["hlc"]
            newest = change["hlc"]
        else:
            trashed = change["op"] != "restore"
            if change["op"] == "purge":
                base = str(change.get("base") or "")
                purge = base if purge is None else max(str(purge), base)
    return {
        "hlc": max(c["hlc"] for c in changes),
        "op": "state",
        "uid": uid,
        "kind": kind,
        "first": first,
        "put": newest,
        "fields": fields,
        "trashed": trashed,
        "purge": purge,
        "lost": lost,
    }


def compact(store: SyncStore, uids: Iterable[str]) -> int:
    """Replace the settled changes of each of ``uids`` by one ``state``; how many
    changes went."""
    removed = 0
    for uid in uids:
        changes = store.changes_of([uid], ENTRY_OPS)[uid]
        if len(changes) > 1:
            removed += store.settle_changes(uid, summary(uid, changes)) - 1
    return removed


def original_uid(uid: str) -> str:
    """The entry a conflict copy (``<uid>~<clock>``) was made of; any other uid itself."""
    head, mark, tail = uid.rpartition(COPY_MARK)
    if mark:
        try:
            parse_stamp(tail)
        except ValueError:
            return uid
        return head
    return uid


def conflicts(journal: Journal) -> list[tuple[Entry, Entry]]:
    """ "Conflicts to resolve": (entry, the other kept beside it) for each entry whose
    ``meta.conflict_of`` names another entry, neither in the trash, oldest first. The
    other is the earlier version of a text written on two computers at once (a conflict
    copy), or a second weekly review or relationship check-in of the same week."""
    pairs = []
    for uid in SyncStore(journal.db).marked_conflicts():
        other = journal.get_by_uid(uid)
        if other is None or other.is_trashed:
            continue
        of = other.meta.get("conflict_of")
        if isinstance(of, str) and of != other.uid:
            entry = journal.get_by_uid(of)
            if entry is not None and not entry.is_trashed:
                pairs.append((entry, other))
    pairs.sort(key=lambda pair: (pair[0].at, pair[0].uid, pair[1].at, pair[1].uid))
    return pairs


def is_week_conflict(entry: Entry, other: Entry) -> bool:
    """Whether a conflict is two weekly entries of one week rather than two versions of
    one entry's text."""
    return other.kind in WEEKLY_KINDS and original_uid(other.uid) != entry.uid


# ---- entries ---------------------------------------------------------------------------


def _apply_entries(journal: Journal, store: SyncStore, uids: set[str]) -> set[str]:
    wanted: dict[str, _Wanted | None] = {}
    for uid in sorted(uids):
        wanted.update(_group(store, uid))
    # A weekly entry that arrives, moves week or leaves the trash may change which one of
    # its week the store shows: work out every entry of each week concerned.
    weeks: set[tuple[str, str]] = set()
    for uid, want in list(wanted.items()):
        current = journal.get_by_uid(uid)
        for kind, week in _weeks_of(want, current):
            weeks.add((kind, week))
    for kind, week in sorted(weeks):
        for uid in store.uids_of_week(kind, week):
            if uid not in wanted:
                wanted.update(_group(store, original_uid(uid)))
    _one_per_week(wanted)
    changed: set[str] = set()
    # Entries leaving the live list or giving up their week first, so that one taking
    # its week's place fits.
    order = sorted(wanted, key=lambda uid: (not _gives_way(wanted[uid]), uid))
    for uid in order:
        if _write(journal, store, uid, wanted[uid]):
            changed.add(uid)
    return changed


def _weeks_of(want: _Wanted | None, current: Entry | None) -> Iterator[tuple[str, str]]:
    if want is not None and want.kind in WEEKLY_KINDS and isinstance(want.fields.get("week"), str):
        yield want.kind, want.fields["week"]
    if current is not None and current.kind in WEEKLY_KINDS:
        yield current.kind, str(getattr(current, "week", ""))


def _gives_way(want: _Wanted | None) -> bool:
    return want is None or want.gone or want.trashed or want.held is not None


def _one_per_week(wanted: dict[str, _Wanted | None]) -> None:
    """Of the live weekly entries sharing a kind and week, the first written holds the
    week; each other one is held beside it (``held``: marked ``conflict_of`` when
    written), never moved to the trash."""
    live: dict[tuple[str, str], list[tuple[tuple[int, str], str]]] = {}
    for uid, want in wanted.items():
        if want is None or want.gone or want.trashed or want.kind not in WEEKLY_KINDS:
            continue
        live.setdefault((want.kind, str(want.fields.get("week"))), []).append((want.rank, uid))
    for group in live.values():
        ordered = sorted(group)
        holder = ordered[0][1]
        for _rank, uid in ordered[1:]:
            want = wanted[uid]
            assert want is not None
            want.held = holder


def _group(store: SyncStore, uid: str) -> dict[str, _Wanted | None]:
    """What an entry and its conflict copies are, from all their changes."""
    copies = store.copies_with_changes(uid)
    changes = store.changes_of([uid, *copies], ENTRY_OPS)
    main = changes[uid]
    state, rest = _split(main)
    puts = [c for c in rest if c["op"] == "put"]
    kind = str(state.get("kind") or "") if state else ""
    found: dict[str, _Wanted | None] = {uid: _fold(main, {}, kind or _first_kind(puts))}
    first = str(state.get("first") or "") if state else ""
    first = first or (puts[0]["hlc"] if puts else "")
    want = found[uid]
    if want is not None:
        want.rank = (0, first)
        lost = list(state.get("lost") or []) if state else []
        for earlier in [*lost, *_conflicted(puts, want.kind)]:
            fields = {**want.fields, **earlier["fields"]}
            fields["meta"] = {**(fields.get("meta") or {}), "conflict_of": uid}
            copy = f"{uid}{COPY_MARK}{earlier['hlc']}"
            own = changes.get(copy, [])
            copy_want = _fold(own, fields, want.kind, earlier["hlc"])
            if copy_want is not None:
                copy_want.rank = (1, earlier["hlc"])
            found[copy] = copy_want
    for copy in copies:
        found.setdefault(copy, None)  # its own changes came before what makes it
    return found


def _split(changes: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """A uid's settled history (its ``state``, always its oldest clock) and the changes
    after it."""
    if changes and changes[0]["op"] == "state":
        return changes[0], changes[1:]
    return None, changes


def _first_kind(puts: list[dict[str, Any]]) -> str:
    return str(puts[0]["kind"]) if puts else ""


def _fold(
    changes: list[dict[str, Any]], fields: dict[str, Any], kind: str, since: str = ""
) -> _Wanted | None:
    """Apply ``changes`` (clock order) to ``fields``: None when nothing says what the
    entry is (its first ``put`` has not arrived). A ``state`` first stands for every
    change it settled: its fields, kind, trash state, newest put and highest purge base."""
    state, rest = _split(changes)
    puts = [c for c in rest if c["op"] == "put"]
    put_before = str(state.get("put") or "") if state else ""
    if not fields and not puts and not put_before:
        return None
    fields = dict(fields)
    trashed = False
    purge_base: str | None = None
    if state is not None:
        fields.update(state.get("fields") or {})
        kind = str(state.get("kind") or kind)
        trashed = bool(state.get("trashed"))
        purge_base = state.get("purge")
    for change in rest:
        if change["op"] == "put":
            fields.update(change["fields"])
            kind = change["kind"]
        else:
            trashed = change["op"] != "restore"
    newest_put = max([since, put_before, *(p["hlc"] for p in puts)])
    gone = purge_base is not None and str(purge_base) >= newest_put
    gone = gone or any(c["op"] == "purge" and (c.get("base") or "") >= newest_put for c in rest)
    latest = max([since, *(c["hlc"] for c in changes)])
    return _Wanted(kind, fields, trashed, gone, latest, (0, ""))


def _conflicted(puts: list[dict[str, Any]], kind: str) -> Iterator[dict[str, Any]]:
    """The puts whose free text a later, concurrent put replaced with another text (the
    free texts of each put's own kind, so that the answer never changes later)."""
    for i, earlier in enumerate(puts):
        texts = text_fields(str(earlier.get("kind") or kind))
        mine = {k: v for k, v in earlier["fields"].items() if k in texts}
        for later in puts[i + 1 :]:
            if (later.get("base") or "") >= earlier["hlc"]:
                continue  # the later edit was made knowing this one
            theirs = later["fields"]
            if any(k in theirs and theirs[k] != v for k, v in mine.items()):
                yield earlier
                break


def _write(journal: Journal, store: SyncStore, uid: str, want: _Wanted | None) -> bool:
    """Make the store hold ``want``; whether anything changed."""
    if want is None:
        return False  # not enough known yet: leave it as it is
    current = journal.get_by_uid(uid)
    if want.gone:
        store.unpublish("entry", uid)
        if current is None:
            return False
        assert current.id is not None
        if not current.is_trashed:
            journal.trash(current.id)
        journal.purge(current.id)
        store.clean([uid])  # what the changes say: not this device's change
        return True
    fields = want.fields
    if want.held is not None:
        meta = dict(fields.get("meta") or {})
        # A conflict copy keeps naming the entry it was made of.
        meta.setdefault("conflict_of", want.held)
        fields = {**fields, "meta": meta}
    try:
        entry = entry_from(uid, want.kind, fields)
    except (ImportFormatError, ValidationError):
        # Fields that make no entry (a hand-made change): every device passes it over.
        return False
    entry.id = current.id if current is not None else None
    if want.trashed:
        kept = current.deleted_at if current is not None else None
        entry.deleted_at = kept or now_local()
    same = (
        current is not None
        and current.kind == entry.kind
        and current.is_trashed == want.trashed
        and entry_digest(current) == entry_digest(entry)
    )
    if not same:
        try:
            journal.save_many([entry])
        except ValidationError:
            return False
    state = published_state(entry.kind, entry_fields(entry), want.trashed)
    store.publish("entry", uid, state, want.hlc, entry_digest(entry))
    store.clean([uid])  # what the changes say: not this device's change
    return not same


# ---- own words and settings ------------------------------------------------------------


def _apply_own(journal: Journal, store: SyncStore, keys: set[str]) -> None:
    for key, changes in store.changes_of(keys, ("own", "own-remove")).items():
        if not changes:
            continue
        last = changes[-1]
        kind, name = json.loads(key)
        current = dict(journal.own_items(kind)).get(name)
        if last["op"] == "own":
            if current != last["data"]:
                journal.add_own_item(kind, name, last["data"])
            store.publish("own", key, last["data"], last["hlc"])
        else:
            if current is not None:
                journal.remove_own_item(kind, name)
            store.unpublish("own", key)


def _apply_settings(store: SyncStore, settings: Settings) -> None:
    for key, changes in store.changes_of(JOURNAL_SETTINGS, ("setting",)).items():
        if changes:
            last = changes[-1]
            JOURNAL_SETTINGS[key][1](settings, last["value"])
            store.publish("setting", key, last["value"], last["hlc"])

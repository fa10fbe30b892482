"""Sync as a person uses it: set up or join a folder, sync now, see how it stands, stop.

The screens and ``attune-journal sync`` call only this module. One step holds the
journal's lock and, for a publish, one transaction around the changes and the file
that carries them: the store records a change as published only once its file is in
the folder, so a computer switched off mid-step loses nothing (a file written but not
recorded is read back as this device's own next time; applying a change twice is a
no-op).

- ``set_up``: a folder with no ``attune-journal/`` is set up with the passphrase; one
  with it is joined (a wrong passphrase: ``WrongPassphraseError``, nothing written).
  The folder and this computer's name go into the computer's settings, the key into
  the store (``meta``; encrypted at rest when the journal is).
- A joining computer (or one back from a backup) reads the folder's changes first (its
  settings and own words take the journal's), then makes its own entries changes
  knowing them (``_catch_up``: an entry the folder has with other words is kept beside
  it, under Conflicts to resolve), and publishes a log saying what it has read:
  nothing of either side is lost, and no change of it is made blind to the folder.
- ``sync_now``: publish, read every file not applied yet (oldest first; the newest
  snapshot first when this device misses files already removed from the folder, as a
  new device does), apply; then settle what every device has seen, write a snapshot,
  remove this device's old files and say what it has read when it is time
  (docs/sync-format.md, "Settled changes", "Snapshots and removing old files").
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attune_journal.core.errors import ValidationError
from attune_journal.core.i18n import translate
from attune_journal.core.models import Entry
from attune_journal.core.timeutil import now_local, to_text
from attune_journal.storage.sync_store import Published, SyncStore
from attune_journal.sync.clock import Clock, parse_stamp
from attune_journal.sync.crypto import SyncError, SyncFileError
from attune_journal.sync.folder import Scan, SyncFileExistsError, SyncFolder, relative_path
from attune_journal.workspace import Workspace

__all__ = [
    "SyncError",
    "SyncReport",
    "SyncStatus",
    "is_set_up",
    "resolve",
    "set_up",
    "status",
    "stop",
    "sync_now",
]

KEY_META = "sync_key"
LAST_SYNC_META = "sync_last"
UNREADABLE_META = "sync_unreadable"
DEVICES_META = "sync_devices"
ANNOUNCED_META = "sync_announced"  # the ``seen`` of this device's newest file
CLOCKS_META = "sync_file_clocks"  # the clock of each device's recent files
COMPACTED_META = "sync_compacted"  # when this store last settled its changes
SNAPSHOT_EVERY = 200  # own logs since this device's last snapshot
SETTLE_AFTER_MS = 30 * 24 * 3600 * 1000  # changes younger than this are never settled
COMPACT_EVERY_MS = 24 * 3600 * 1000  # settle old changes at most once a day
ACK_EVERY_MS = 7 * 24 * 3600 * 1000  # a device that only reads says what it read weekly
EMPTY_LOGS_META = "sync_empty_logs"  # this device's logs without changes (numbers)
CHANGED_META = "sync_changed"  # for each device, its newest file read here with changes
ANNOUNCED_AT_META = "sync_announced_at"  # when this device last wrote a file (ms)
LOGS_RATIO = 1.0  # own logs since the last snapshot against the changes a snapshot holds
FOLDER_FLOOR = 1_000_000  # below this size own logs are never worth a snapshot


@dataclass
class SyncReport:
    """What one ``sync_now`` did."""

    published: int = 0  # changes this computer sent
    applied_files: int = 0
    changed_uids: set[str] = field(default_factory=set)
    unreadable: list[str] = field(default_factory=list)  # paths below attune-journal/
    passed_over: int = 0
    half_written: int = 0
    snapshot: bool = False
    removed: int = 0

    def lines(self) -> list[str]:
        lines = []
        published, came_in = self.published, len(self.changed_uids)  # plain names for lupdate
        if published:
            lines.append(translate("Sync", "Sent %n changes from this computer.", None, published))
        if came_in:
            lines.append(translate("Sync", "%n entries came in.", None, came_in))
        if not published and not came_in:
            lines.append(translate("Sync", "Everything was already up to date."))
        lines.extend(_file_lines(self.unreadable, self.passed_over, self.half_written))
        return lines


@dataclass
class DeviceSeen:
    device: str
    name: str
    latest: str  # local time of its latest change, "" when unknown


@dataclass
class SyncStatus:
    folder: str = ""
    name: str = ""
    device: str = ""
    devices: list[DeviceSeen] = field(default_factory=list)
    conflicts: int = 0  # entries whose text was edited on two computers at once
    week_conflicts: int = 0  # weeks with two weekly reviews (or check-ins) kept
    unreadable: list[str] = field(default_factory=list)
    passed_over: int = 0
    half_written: int = 0
    last_sync: str = ""

    @property
    def set_up(self) -> bool:
        return bool(self.folder)

    def lines(self) -> list[str]:
        if not self.folder:
            return [translate("Sync", "This computer does not sync yet.")]
        lines = [
            translate("Sync", 'This computer, "{name}", syncs through {folder}.').format(
                name=self.name, folder=self.folder
            )
        ]
        lines.append(
            translate("Sync", "Last synced {when}.").format(when=self.last_sync)
            if self.last_sync
            else translate("Sync", "It has not synced yet.")
        )
        others = [d for d in self.devices if d.device != self.device]
        if not others:
            lines.append(translate("Sync", "No other computer has joined yet."))
        for other in others:
            name = other.name or translate("Sync", "a computer")
            if other.latest:
                line = translate("Sync", 'Also syncing: "{name}", latest change {when}.')
            else:
                line = translate("Sync", 'Also syncing: "{name}".')
            lines.append(line.format(name=name, when=other.latest))
        conflicts = self.conflicts
        if conflicts:
            lines.append(
                translate(
                    "Sync",
                    "%n entries were edited on two computers at once; both versions are kept "
                    "under Conflicts to resolve.",
                    None,
                    conflicts,
                )
            )
        weeks = self.week_conflicts
        if weeks:
            lines.append(
                translate(
                    "Sync",
                    "%n weeks have a weekly review or check-in written on each of two "
                    "computers; both are kept under Conflicts to resolve.",
                    None,
                    weeks,
                )
            )
        lines.extend(_file_lines(self.unreadable, self.passed_over, self.half_written))
        return lines


def _file_lines(unreadable: Iterable[str], passed_over: int, half_written: int) -> list[str]:
    lines = [
        translate(
            "Sync",
            "The sync file {path} could not be opened (changed, damaged or from another "
            "folder), so it was passed over; everything else was applied.",
        ).format(path=path)
        for path in unreadable
    ]
    if passed_over:
        lines.append(
            translate(
                "Sync", "%n files the sync tool left behind were passed over.", None, passed_over
            )
        )
    if half_written:
        lines.append(
            translate(
                "Sync",
                "%n files still being written (or left half-written) were passed over.",
                None,
                half_written,
            )
        )
    return lines


# ---- setting up -------------------------------------------------------------------------


def _store(workspace: Workspace) -> SyncStore:
    return SyncStore(workspace.journal.db)


def is_set_up(workspace: Workspace) -> bool:
    return bool(workspace.settings.sync_folder) and _store(workspace).meta(KEY_META) is not None


def _key(workspace: Workspace) -> bytes:
    value = _store(workspace).meta(KEY_META)
    if not workspace.settings.sync_folder or value is None:
        raise SyncError(
            translate(
                "Sync",
                "This computer does not sync yet: choose a sync folder first "
                "('attune-journal sync --folder DIR').",
            )
        )
    return bytes.fromhex(value)


def set_up(
    workspace: Workspace, folder: Path, passphrase: str, name: str, **kdf: int
) -> SyncStatus:
    """Set up ``folder`` for sync, or join it; then sync once. ``kdf`` (``ops``,
    ``mem``) only for a new folder (the tests' small settings)."""
    name = " ".join(name.split()) or translate("Sync", "This computer")
    sync_folder = SyncFolder(Path(folder).expanduser().absolute())
    joining = sync_folder.exists()
    key = sync_folder.join(passphrase) if joining else sync_folder.create(passphrase, **kdf)
    store = _store(workspace)
    with workspace.journal.locked(), store.transaction():
        store.set_meta(KEY_META, key.hex())
        store.mark_all_dirty()
    workspace.settings.sync_folder = str(sync_folder.root)
    workspace.settings.sync_name = name
    workspace.save_settings()
    sync_now(workspace, joining=joining)
    return status(workspace)


def stop(workspace: Workspace) -> None:
    """Stop syncing on this computer: forget the folder and the key (the folder and its
    files stay as they are, for the other computers)."""
    store = _store(workspace)
    with workspace.journal.locked(), store.transaction():
        store.set_meta(KEY_META, None)
    workspace.settings.sync_folder = ""
    workspace.save_settings()


# ---- syncing ----------------------------------------------------------------------------


def _clock(store: SyncStore) -> Clock:
    clock = Clock(store.device())
    latest = store.latest_clock()
    if latest is not None:
        clock.observe(latest)
    return clock


def _next_seq(store: SyncStore, folder: SyncFolder, device: str) -> int:
    own = max((seq for d, seq in store.files() if d == device), default=0)
    return max(own + 1, folder.next_seq(device))


def _body(
    workspace: Workspace, store: SyncStore, folder: SyncFolder, clock: Clock, seq: int
) -> dict[str, Any]:
    device = store.device()
    # Every file of each device up to this number applied (or held by a snapshot read
    # here): a file that has not arrived yet is not claimed, whatever came after it.
    done = store.files()
    seen = _prefixes(done)
    # ``seen`` must not claim a file still in the folder that this device could not
    # read yet (cut short, still being copied): its writer would remove it as seen.
    for other, files in folder.scan().devices.items():
        for number, _kind in files:
            if other != device and number <= seen.get(other, 0) and (other, number) not in done:
                seen[other] = number - 1
                break
    seen = {other: number for other, number in seen.items() if number > 0}
    seen[device] = max(seen.get(device, 0), seq)
    return {
        "device": device,
        "seq": seq,
        "name": workspace.settings.sync_name,
        "hlc": clock.tick(),
        "seen": seen,
    }


def _prefixes(done: Iterable[tuple[str, int]]) -> dict[str, int]:
    """For each device, the highest n with its files 1..n all in ``done``."""
    numbers: dict[str, set[int]] = {}
    for device, seq in done:
        numbers.setdefault(device, set()).add(seq)
    found = {}
    for device, seqs in numbers.items():
        n = 0
        while n + 1 in seqs:
            n += 1
        found[device] = n
    return found


def _write_file(
    workspace: Workspace,
    store: SyncStore,
    folder: SyncFolder,
    key: bytes,
    clock: Clock,
    kind: str,
    content: dict[str, Any],
) -> int:
    """Write this device's next file (a log or a snapshot); its number."""
    device = store.device()
    seq = _next_seq(store, folder, device)
    for _attempt in range(5):
        body = {**_body(workspace, store, folder, clock, seq), **content}
        try:
            folder.write(key, device, seq, kind, body)
        except SyncFileExistsError:
            # A device restored from a backup: never over its own old file.
            seq = max(seq + 1, folder.next_seq(device))
            continue
        store.add_file(device, seq, kind)
        _note_clock(store, device, seq, body["hlc"])
        store.set_meta(ANNOUNCED_META, json.dumps(body["seen"]))
        store.set_meta(ANNOUNCED_AT_META, str(_now_ms()))
        return seq
    raise SyncError(
        translate("Sync", "This computer's sync files could not be numbered; please sync again.")
    )


def _publish(
    workspace: Workspace,
    store: SyncStore,
    folder: SyncFolder,
    key: bytes,
    clock: Clock,
    pending: list[dict[str, Any]] | None = None,
    *,
    always: bool = False,
) -> int:
    """Record and write this device's changes as one log, all or nothing (``always``:
    a log even without changes, to say what this device has seen)."""
    from attune_journal.sync.changes import local_changes

    journal = workspace.journal
    with journal.locked(), store.transaction():
        changes = (pending or []) + local_changes(journal, store, clock, workspace.settings)
        if changes or always:
            seq = _write_file(workspace, store, folder, key, clock, "log", {"changes": changes})
            if not changes:
                # Not counted towards a snapshot: saying what one has read must not lead
                # to a snapshot, which the others then say they have read.
                empty = _empty_logs(store) | {seq}
                store.set_meta(EMPTY_LOGS_META, json.dumps(sorted(empty)[-1000:]))
    return len(changes)


def _empty_logs(store: SyncStore) -> set[int]:
    try:
        found = json.loads(store.meta(EMPTY_LOGS_META) or "[]")
    except ValueError:
        found = []
    return {int(n) for n in found if isinstance(n, int)}


def sync_now(workspace: Workspace, *, joining: bool = False) -> SyncReport:
    """Publish this computer's changes, apply everyone's, compact when it is time."""
    key = _key(workspace)
    folder = SyncFolder(Path(workspace.settings.sync_folder))
    store = _store(workspace)
    journal = workspace.journal
    clock = _clock(store)
    report = SyncReport()
    if joining or _restored(store, folder):
        # Joining, or back from a backup (the folder holds files of this computer its
        # store does not know): the folder's changes are read first, this computer's
        # entries are told apart from them (``_catch_up``), then what this computer has
        # is sent in a log that also says what it has seen: all in one transaction, so
        # an interrupted join is redone.
        with journal.locked(), store.transaction():
            scan = folder.scan()
            pending = _catch_up(workspace, store, folder, key, clock, scan, report)
            report.published = _publish(workspace, store, folder, key, clock, pending, always=True)
    else:
        report.published = _publish(workspace, store, folder, key, clock)
        scan = folder.scan()
        _apply_folder(workspace, store, folder, key, clock, scan, report)
    report.passed_over, report.half_written = scan.passed_over, scan.half_written
    _compact(workspace, store, folder, key, clock, report)
    workspace.save_settings()
    with journal.locked(), store.transaction():
        store.set_meta(LAST_SYNC_META, to_text(now_local()))
        store.set_meta(UNREADABLE_META, json.dumps(report.unreadable))
    return report


def _restored(store: SyncStore, folder: SyncFolder) -> bool:
    """Whether the folder holds files of this computer that its store does not know (it
    came back from a backup, or stopped after writing a file before recording it)."""
    device = store.device()
    own = max((seq for d, seq in store.files() if d == device), default=0)
    return folder.next_seq(device) - 1 > own


def _catch_up(
    workspace: Workspace,
    store: SyncStore,
    folder: SyncFolder,
    key: bytes,
    clock: Clock,
    scan: Scan,
    report: SyncReport,
) -> list[dict[str, Any]]:
    """Read the folder before this computer's own entries become changes (joining, or
    back from a backup), so that none of its changes is made without knowing what the
    folder holds (docs/sync-format.md, "What a device does"): an entry the folder does
    not know is sent as it is; one it knows takes this computer's edits as an ordinary
    edit, or, when both sides wrote its text differently, this computer's version is
    kept beside it as an entry of its own (``conflict_of``), under Conflicts to resolve.
    A week both wrote is shared as when they sync later (``merge``)."""
    from attune_journal.sync import changes as local
    from attune_journal.sync import merge

    journal = workspace.journal
    dirty = set(store.dirty())
    touched: set[str] = set()

    def ingesting(
        journal_: Any, store_: SyncStore, changes: list[dict[str, Any]], settings: Any
    ) -> set[str]:
        touched.update(merge.ingest(journal_, store_, changes, settings))
        return set()

    _apply_folder(workspace, store, folder, key, clock, scan, report, ingesting)
    # Entries the folder has never heard of become changes now, before the folder's are
    # written: a week both wrote is then held beside the other, not refused.
    unknown = {uid for uid in dirty if store.latest_clock(uid) is None}
    # This computer's version of the others, before the folder's is written over it.
    before = store.published_of("entry", dirty - unknown)
    shared = {uid: e for uid in sorted(dirty - unknown) if (e := journal.get_by_uid(uid))}
    recorder = local._Recorder(store, clock)
    local._entry_changes(journal, store, recorder, only=unknown)
    report.changed_uids |= merge.settle(journal, store, touched | unknown | set(shared))
    for uid, entry in sorted(shared.items()):
        _reconcile(workspace, store, entry, before.get(uid), report)
    return recorder.changes


def _reconcile(
    workspace: Workspace,
    store: SyncStore,
    mine: Entry,
    before: Published | None,
    report: SyncReport,
) -> None:
    """This computer's version of an entry the folder also knows (``_catch_up``)."""
    from dataclasses import replace

    from attune_journal.core.models import new_uid
    from attune_journal.sync import merge
    from attune_journal.sync.fields import (
        entry_fields,
        entry_from,
        field_digest,
        published_digests,
        text_fields,
    )

    journal = workspace.journal
    uid = mine.uid
    theirs = merge.wanted(store, uid)
    current = journal.get_by_uid(uid)
    if theirs is None or current is None:
        # Purged elsewhere, or nothing says what it is: this computer's version stays,
        # as an entry of its own (beside its week's, when another holds the week).
        own = replace(mine, uid=new_uid(), id=None)
        try:
            journal.save(own)
        except ValidationError:
            week = getattr(own, "week", "")
            holders = [
                e.uid
                for e in map(journal.get_by_uid, store.uids_of_week(own.kind, week))
                if e is not None and not e.is_trashed and "conflict_of" not in e.meta
            ]
            own.id = None
            own.meta = {**own.meta, "conflict_of": holders[0] if holders else uid}
            journal.save(own)
        return
    kind, fields, trashed = theirs
    old = published_digests(before.fields) if before is not None else None
    ours = {
        name: value
        for name, value in entry_fields(mine).items()
        if (old is None or old.get(name) != field_digest(value))
        and (name not in fields or field_digest(fields[name]) != field_digest(value))
    }
    texts = text_fields(kind)
    conflict = mine.kind != kind and bool(ours)
    conflict = conflict or any(
        name in texts and (old is None or old.get(name) != field_digest(fields.get(name)))
        for name in ours
    )
    if conflict:
        meta = {**mine.meta, "conflict_of": uid}
        journal.save(replace(mine, uid=new_uid(), id=None, meta=meta))
        report.changed_uids.add(uid)
        return
    if ours:
        edited = entry_from(uid, kind, {**fields, **ours})
        edited.id, edited.deleted_at = current.id, current.deleted_at
        journal.save(edited)
    was_trashed = bool(before.fields.get("trashed")) if before is not None else None
    if mine.is_trashed != trashed and mine.is_trashed != was_trashed and current.id is not None:
        with contextlib.suppress(ValidationError):  # a review over its week's
            if mine.is_trashed:
                journal.trash(current.id)
            else:
                journal.restore(current.id)


ApplyChanges = Callable[[Any, SyncStore, list[dict[str, Any]], Any], set[str]]


def _apply_folder(
    workspace: Workspace,
    store: SyncStore,
    folder: SyncFolder,
    key: bytes,
    clock: Clock,
    scan: Scan,
    report: SyncReport,
    apply: ApplyChanges | None = None,
) -> None:
    from attune_journal.sync import merge

    apply_changes: ApplyChanges = apply or merge.apply_changes
    done = store.files()
    applied = store.applied()
    todo = [
        (device, seq, kind)
        for device, files in scan.devices.items()
        for seq, kind in files
        if (device, seq) not in done
    ]
    if not todo:
        return

    # Files removed from the folder that this device never read (a number below a
    # device's last file in the folder, not there, neither applied nor covered by a
    # snapshot read here, even when a later file of that device was applied first): a
    # snapshot has them. The newest snapshot may not cover every device's removed files (two
    # computers that compacted before either had heard of the other): read the next
    # newest while some are still not covered.
    present = {(device, n) for device, files in scan.devices.items() for n, _kind in files}

    def missing(covered: dict[str, int]) -> bool:
        return any(
            (device, number) not in done and (device, number) not in present
            for device, files in scan.devices.items()
            if files
            for number in range(covered.get(device, 0) + 1, files[-1][0])
        )

    snaps = [t for t in todo if t[2] == "snap"]
    covered: dict[str, int] = {}
    unread: set[tuple[str, int]] = set()  # needed but cut short: read again next time
    if snaps and (missing(covered) or not applied):
        for device, seq, kind in sorted(snaps, key=lambda t: -_mtime(folder, *t)):
            body = _read(folder, key, device, seq, kind, report)
            if body is None:
                unread.add((device, seq))
                continue
            _apply_body(workspace, store, clock, body, device, seq, kind, report, apply_changes)
            done.add((device, seq))
            for d, s in dict(body.get("seen") or {}).items():
                covered[d] = max(covered.get(d, 0), int(s))
            if not missing(covered):
                break
    logs: list[tuple[str, tuple[str, int, str], dict[str, Any]]] = []
    done = store.files()
    with workspace.journal.locked(), store.transaction():
        for device, seq, kind in todo:
            if (device, seq) in done:
                continue
            if (kind == "snap" and (device, seq) not in unread) or seq <= covered.get(device, 0):
                store.add_file(device, seq, kind)  # what it holds is here already
                done.add((device, seq))
        for device, upto in covered.items():  # removed files a snapshot read here holds
            for number in range(1, upto + 1):
                if (device, number) not in done:
                    store.add_file(device, number, "log")
    for device, seq, kind in todo:
        if (device, seq) in done or (device, seq) in unread:
            continue
        body = _read(folder, key, device, seq, kind, report)
        if body is not None:
            logs.append((str(body.get("hlc") or ""), (device, seq, kind), body))
    for _hlc, (device, seq, kind), body in sorted(logs, key=lambda t: (t[0], t[1])):
        _apply_body(workspace, store, clock, body, device, seq, kind, report, apply_changes)


def _mtime(folder: SyncFolder, device: str, seq: int, kind: str) -> float:
    try:
        return os.lstat(folder.app / relative_path(device, seq, kind)).st_mtime
    except OSError:
        return 0.0


def _read(
    folder: SyncFolder, key: bytes, device: str, seq: int, kind: str, report: SyncReport
) -> dict[str, Any] | None:
    try:
        return folder.read(key, device, seq, kind)
    except SyncFileError as error:
        if error.reason != "missing":
            report.unreadable.append(error.path)
        return None


def _changes_of(body: dict[str, Any], _kind: str) -> list[dict[str, Any]]:
    found = body.get("changes")
    if not isinstance(found, list):
        return []
    good = []
    for change in found:
        if isinstance(change, dict) and _well_formed(change):
            good.append(change)
    return good


def _well_formed(change: dict[str, Any]) -> bool:
    try:
        parse_stamp(change["hlc"])
        op = change["op"]
        if op in ("put", "trash", "restore", "purge", "state"):
            ok = isinstance(change["uid"], str) and change["uid"] != ""
            if op == "put":
                ok = ok and isinstance(change["fields"], dict) and isinstance(change["kind"], str)
            if op == "state":
                ok = ok and _well_formed_state(change)
            return ok
        if op in ("own", "own-remove"):
            return isinstance(change["kind"], str) and isinstance(change["name"], str)
        if op == "setting":
            return isinstance(change["key"], str) and "value" in change
    except (KeyError, TypeError, ValueError):
        return False
    return False


def _well_formed_state(change: dict[str, Any]) -> bool:
    if not isinstance(change["fields"], dict) or not isinstance(change.get("lost", []), list):
        return False
    for name in ("kind", "first", "put", "purge"):
        if change.get(name) is not None and not isinstance(change[name], str):
            return False
    if change.get("trashed") not in (None, True, False):
        return False
    return all(
        isinstance(lost, dict)
        and isinstance(lost.get("fields"), dict)
        and isinstance(lost.get("kind"), str)
        and isinstance(lost.get("hlc"), str)
        for lost in change.get("lost") or []
    )


def _apply_body(
    workspace: Workspace,
    store: SyncStore,
    clock: Clock,
    body: dict[str, Any],
    device: str,
    seq: int,
    kind: str,
    report: SyncReport,
    apply_changes: Any,
) -> None:
    changes = _changes_of(body, kind)
    journal = workspace.journal
    with journal.locked(), store.transaction():
        changed = apply_changes(journal, store, changes, workspace.settings)
        store.add_file(device, seq, kind)
        _remember_device(store, body, device)
        if isinstance(body.get("hlc"), str):
            _note_clock(store, device, seq, body["hlc"])
        if changes:
            with_changes = _json_meta(store, CHANGED_META)
            with_changes[device] = max(int(with_changes.get(device, 0)), seq)
            store.set_meta(CHANGED_META, json.dumps(with_changes))
    report.changed_uids |= changed
    report.applied_files += 1
    for change in changes:
        clock.observe(change["hlc"])
    if isinstance(body.get("hlc"), str):
        with contextlib.suppress(ValueError):
            clock.observe(body["hlc"])


def _remember_device(store: SyncStore, body: dict[str, Any], device: str) -> None:
    known = _devices(store)
    entry = known.get(device, {})
    if isinstance(body.get("name"), str):
        entry["name"] = body["name"]
    if isinstance(body.get("hlc"), str) and body["hlc"] > entry.get("hlc", ""):
        entry["hlc"] = body["hlc"]
    seen = body.get("seen")
    if isinstance(seen, dict) and int(body.get("seq") or 0) >= int(entry.get("seq", 0)):
        entry["seq"] = int(body.get("seq") or 0)
        entry["seen"] = {str(d): int(s) for d, s in seen.items() if isinstance(s, int)}
    known[device] = entry
    store.set_meta(DEVICES_META, json.dumps(known))


def _devices(store: SyncStore) -> dict[str, dict[str, Any]]:
    try:
        known = json.loads(store.meta(DEVICES_META) or "{}")
    except ValueError:
        known = {}
    return known if isinstance(known, dict) else {}


# ---- snapshots and removing old files ----------------------------------------------------


def _own_logs_size(folder: SyncFolder, device: str, seqs: Iterable[int]) -> int:
    total = 0
    for seq in seqs:
        with contextlib.suppress(OSError):
            total += os.lstat(folder.app / relative_path(device, seq, "log")).st_size
    return total


def _compact(
    workspace: Workspace,
    store: SyncStore,
    folder: SyncFolder,
    key: bytes,
    clock: Clock,
    report: SyncReport,
) -> None:
    device = store.device()
    scan = folder.scan()
    own = scan.devices.get(device, ())
    known = _devices(store)
    last_snap = max((seq for seq, kind in own if kind == "snap"), default=0)
    empty = _empty_logs(store)
    logs_since = [
        seq for seq, kind in own if kind == "log" and seq > last_snap and seq not in empty
    ]
    # What every other device known has seen of this one (its newest file's ``seen``).
    seen_by_all = max((seq for seq, _kind in own), default=0)
    for other, about in known.items():
        if other != device:
            seen_by_all = min(seen_by_all, int(dict(about.get("seen") or {}).get(device, 0)))
    # Own logs since the last snapshot weigh more than a snapshot would: one lets them go.
    size = _own_logs_size(folder, device, logs_since)
    big = size > FOLDER_FLOOR and size > LOGS_RATIO * store.changes_size()
    # A new snapshot only once every device has seen the last one: until then it could
    # not let a single file more go, and a device away for long would see one per sync.
    due = logs_since and (len(logs_since) > SNAPSHOT_EVERY or big)
    if due and seen_by_all >= last_snap:
        _settle(workspace, store, scan)
        with workspace.journal.locked(), store.transaction():
            content = {"changes": list(store.all_changes())}
            last_snap = _write_file(workspace, store, folder, key, clock, "snap", content)
        report.snapshot = True
    elif _settle_due(store):
        _settle(workspace, store, scan)
    if _ack_due(store, scan, device):
        # Another device's newest snapshot is read here, but no file of this one says so
        # yet: a log without changes tells it, so that its older files can go.
        _publish(workspace, store, folder, key, clock, always=True)
    with contextlib.suppress(SyncError):
        folder.remove_own_leftovers(device)
    if not last_snap:
        return
    # Every device known must have seen a file, and a snapshot of ours must cover it
    # (be newer), before it goes: older snapshots with the logs.
    removable = [seq for seq, _kind in own if seq < last_snap and seq <= seen_by_all]
    if removable:
        report.removed = folder.remove_own(device, removable)


def _ack_due(store: SyncStore, scan: Scan, device: str) -> bool:
    """Whether this device should say in a log without changes what it has read: another
    device's newest snapshot it has read is not in its newest file's ``seen`` (so that
    device's older files can go), or it has read others' files its newest file does not
    mention, with changes, and wrote none for ``ACK_EVERY_MS`` (so their changes settle;
    another's log without changes calls for none, or two devices would answer each
    other for ever)."""
    announced = _json_meta(store, ANNOUNCED_META)
    try:
        announced_at = int(store.meta(ANNOUNCED_AT_META) or 0)
    except ValueError:
        announced_at = 0
    changed = _json_meta(store, CHANGED_META)
    prefixes = _prefixes(store.files())
    behind = False
    for other, files in scan.devices.items():
        if other == device:
            continue
        snaps = [seq for seq, kind in files if kind == "snap" and seq <= prefixes.get(other, 0)]
        if snaps and max(snaps) > int(announced.get(other, 0)):
            return True
        newest = min(prefixes.get(other, 0), int(changed.get(other, 0)))
        behind = behind or newest > int(announced.get(other, 0))
    return behind and _now_ms() - announced_at >= ACK_EVERY_MS


def _json_meta(store: SyncStore, key: str) -> dict[str, Any]:
    try:
        found = json.loads(store.meta(key) or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _now_ms() -> int:
    from attune_journal.sync.clock import now_ms

    return now_ms()


# ---- settling old changes ---------------------------------------------------------------


def _note_clock(store: SyncStore, device: str, seq: int, hlc: str) -> None:
    """Remember the clock of a device's file (the changes of that device up to it)."""
    clocks = _file_clocks(store)
    clocks.setdefault(device, {})[str(seq)] = hlc
    store.set_meta(CLOCKS_META, json.dumps(clocks))


def _file_clocks(store: SyncStore) -> dict[str, dict[str, str]]:
    try:
        clocks = json.loads(store.meta(CLOCKS_META) or "{}")
    except ValueError:
        clocks = {}
    return clocks if isinstance(clocks, dict) else {}


def _settle_due(store: SyncStore) -> bool:
    from attune_journal.sync.clock import now_ms

    try:
        last = int(store.meta(COMPACTED_META) or 0)
    except ValueError:
        last = 0
    return now_ms() - last >= COMPACT_EVERY_MS


def settled_cut(store: SyncStore, scan: Scan) -> dict[str, str]:
    """For each device, the clock up to which every change it made has been seen by
    every device known (docs/sync-format.md, "Settled changes"); empty while this
    device lacks a file that came before one whose ``seen`` it would go by."""
    device = store.device()
    done = store.files()
    prefixes = _prefixes(done)
    info = _devices(store)
    known = set(info) | set(scan.devices) | set(prefixes) | {device}
    views = [prefixes]
    for other in sorted(known - {device}):
        about = info.get(other, {})
        newest = int(about.get("seq", 0) or 0)
        if newest == 0 or prefixes.get(other, 0) < newest:
            return {}  # not every change it made before its newest file is here
        views.append({str(d): int(n) for d, n in dict(about.get("seen") or {}).items()})
    clocks = _file_clocks(store)
    cut: dict[str, str] = {}
    for author in sorted(known):
        upto = min(view.get(author, 0) for view in views)
        # Clocks grow with a device's file numbers: the clock of file ``upto``, or of
        # the nearest earlier file known here.
        below = [(int(n), hlc) for n, hlc in clocks.get(author, {}).items() if int(n) <= upto]
        if below:
            floor, hlc = max(below)
            cut[author] = hlc
            # Older files' clocks are no longer needed.
            clocks[author] = {n: h for n, h in clocks[author].items() if int(n) >= floor}
    store.set_meta(CLOCKS_META, json.dumps(clocks))
    return cut


def _settle(workspace: Workspace, store: SyncStore, scan: Scan) -> int:
    """Fold the settled changes of every entry into one ``state`` each, and keep only the
    latest change of each own word and setting: what keeps the store's share of sync
    bounded by the journal, however long it is kept. How many changes went."""
    from attune_journal.sync import merge
    from attune_journal.sync.clock import format_stamp, now_ms

    with workspace.journal.locked(), store.transaction():
        cut = settled_cut(store, scan)
        before = format_stamp(max(0, now_ms() - SETTLE_AFTER_MS), 0, "")
        removed = merge.compact(store, store.settled_candidates(cut, before))
        removed += store.drop_superseded_words()
        store.set_meta(COMPACTED_META, str(now_ms()))
    return removed


# ---- status and conflicts ----------------------------------------------------------------


def _local_time(stamp: str) -> str:
    from datetime import UTC, datetime

    try:
        ms, _counter, _device = parse_stamp(stamp)
    except ValueError:
        return ""
    moment = datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def status(workspace: Workspace) -> SyncStatus:
    from attune_journal.sync.merge import conflicts, is_week_conflict

    if not is_set_up(workspace):
        return SyncStatus()
    store = _store(workspace)
    device = store.device()
    found = SyncStatus(
        folder=workspace.settings.sync_folder,
        name=workspace.settings.sync_name,
        device=device,
    )
    for other, about in sorted(_devices(store).items()):
        found.devices.append(
            DeviceSeen(other, str(about.get("name") or ""), _local_time(str(about.get("hlc", ""))))
        )
    pairs = conflicts(workspace.journal)
    weeks = {(o.kind, getattr(o, "week", "")) for e, o in pairs if is_week_conflict(e, o)}
    found.week_conflicts = len(weeks)
    found.conflicts = len({o.uid for e, o in pairs if not is_week_conflict(e, o)})
    try:
        found.unreadable = [str(p) for p in json.loads(store.meta(UNREADABLE_META) or "[]")]
    except ValueError:
        found.unreadable = []
    last = store.meta(LAST_SYNC_META) or ""
    found.last_sync = last[:16].replace("T", " ")
    folder = SyncFolder(Path(workspace.settings.sync_folder))
    try:
        scan = folder.scan()
    except SyncError:
        pass
    else:
        found.passed_over, found.half_written = scan.passed_over, scan.half_written
    return found


def resolve(workspace: Workspace, keep_uid: str, drop_uid: str, *, joined: bool = False) -> None:
    """Keep one version of a conflict and move the other to the trash, or (``joined``)
    keep both in one: ``keep`` with the other's words added (``fields.joined``), the
    other to the trash. Ordinary changes, sent with the next sync."""
    from attune_journal.sync.fields import joined as join_versions

    journal = workspace.journal
    with journal.locked(), _store(workspace).transaction():
        keep, drop = journal.get_by_uid(keep_uid), journal.get_by_uid(drop_uid)
        if keep is None or drop is None or drop.id is None or keep.is_trashed:
            raise SyncError(
                translate("Sync", "That conflict is no longer there; nothing was changed.")
            )
        if joined:
            journal.save(join_versions(keep, drop))
        journal.trash(drop.id)

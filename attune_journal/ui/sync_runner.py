"""Sync while the app runs: after saves, when the sync folder changes, and once at start.

``SyncRunner`` belongs to the main window. When this computer syncs
(``sync.session.is_set_up``) it

- waits ``SAVE_DELAY_MS`` after the bridge's ``entries_changed`` or
  ``settings_changed`` (more saves meanwhile start the wait again, so several are sent
  in one file), then runs ``session.sync_now`` off the GUI thread;
- watches the folder's ``attune-journal/devices`` tree with a ``QFileSystemWatcher``
  (directories only; a new device's folder is added when it appears) and syncs
  ``FOLDER_DELAY_MS`` after another computer's files change (this computer's own
  folder is passed over: those are its own writes);
- syncs once shortly after start.

A sync that changed entries emits ``entries_changed`` with their store ids so the
screens refresh (that emission does not start another sync). A failure is one calm
line in the status bar, said once until something changes.

All sync work, the Settings section's included, runs one job at a time on this
module's own thread pool (``run_sync_work``), so a set-up never races a sync, and
``stop()`` waits for the job running at close before the journal is closed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal

from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge
from attune_journal.ui.navigation import Navigation
from attune_journal.ui.workers import run_in_background
from attune_journal.workspace import Workspace

if TYPE_CHECKING:
    from attune_journal.sync.session import SyncReport

# The sync package (and the hashing it brings) loads with the first sync, not at start:
# a computer that does not sync never pays for it.

SAVE_DELAY_MS = 2000
FOLDER_DELAY_MS = 800
START_DELAY_MS = 1500
MANY_IDS = 500  # more changed entries than this: screens re-read everything

_POOL: QThreadPool | None = None


def sync_pool() -> QThreadPool:
    """The one thread all sync work runs on, one job at a time."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
        _POOL.setExpiryTimeout(30_000)
    return _POOL


def run_sync_work(
    workspace: Workspace,
    fn: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    owner: QObject,
) -> None:
    """``run_in_background`` on the sync thread (after any sync job already waiting).

    The job holds the journal's lock throughout: sync's own store reads share the
    journal's connection, which must never be used from two threads at once.
    """

    def locked() -> Any:
        with workspace.journal.locked():
            return fn()

    run_in_background(locked, done, failed, owner, pool=sync_pool())


def calm_message(error: BaseException) -> str:
    """One sentence for the person: a sync error's own words, or a plain fallback."""
    from attune_journal.sync.crypto import SyncError

    if isinstance(error, (SyncError, StoreError)):
        return str(error)
    if isinstance(error, OSError):
        return (
            "The sync folder could not be read or written "
            f"({error.strerror or error}); sync will try again after your next change."
        )
    return "Sync did not finish this time; it will try again after your next change."


@dataclass
class SyncOutcome:
    """What one background sync found, in plain data for the GUI thread."""

    report: SyncReport
    ids: set[int] | None = field(default_factory=set)  # None: many, re-read everything
    device: str = ""


def sync_and_map(workspace: Workspace) -> SyncOutcome:
    """``session.sync_now`` and the store ids of the entries it changed (worker thread)."""
    from attune_journal.storage.sync_store import SyncStore
    from attune_journal.sync import session

    report = session.sync_now(workspace)
    outcome = SyncOutcome(report, device=SyncStore(workspace.journal.db).device())
    uids = report.changed_uids
    if len(uids) > MANY_IDS:
        outcome.ids = None
        return outcome
    ids: set[int] = set()
    for entry, _source in workspace.journal.import_records(uids).values():
        if entry.id is not None:
            ids.add(entry.id)
    outcome.ids = ids
    return outcome


def runner_for(bridge: JournalBridge) -> SyncRunner | None:
    """The window's runner, for the Settings section (None outside the app's window)."""
    found = bridge.findChild(SyncRunner)
    return found if isinstance(found, SyncRunner) else None


class SyncRunner(QObject):
    """Automatic sync for one window; lives as the bridge's child (``runner_for``)."""

    synced = Signal(object)  # a SyncReport, after every finished sync
    sync_failed = Signal(str)  # the calm sentence
    busy_changed = Signal(bool)

    def __init__(
        self, workspace: Workspace, bridge: JournalBridge, navigation: Navigation | None = None
    ) -> None:
        super().__init__(bridge)
        self.workspace = workspace
        self.bridge = bridge
        self.navigation = navigation
        self.running = False
        self._again = False
        self._stopped = False
        self._announcing = False
        self._device = ""
        self._last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        bridge.entries_changed.connect(self._entries_changed)
        bridge.settings_changed.connect(self._settings_changed)

    # ---- starting and stopping ----------------------------------------------------------

    def start(self) -> None:
        """Watch the folder and sync once soon, when this computer syncs."""
        self._stopped = False
        if self.watch():
            self.sync_soon(START_DELAY_MS)

    def stop(self) -> None:
        """No more syncs; wait for the one running (the journal closes next)."""
        self._stopped = True
        self._timer.stop()
        self._unwatch()
        sync_pool().waitForDone()

    @property
    def idle(self) -> bool:
        """No sync running and none waiting to start."""
        return not self.running and not self._timer.isActive()

    @property
    def syncing(self) -> bool:
        """Whether this computer syncs (its settings name a folder)."""
        return bool(self.workspace.settings.sync_folder)

    # ---- watching the folder ------------------------------------------------------------

    def _unwatch(self) -> None:
        watched = self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def watch(self) -> bool:
        """(Re)arm the watcher for the current folder; whether this computer syncs."""
        if self._stopped or not self.syncing:
            self._unwatch()
            return False
        app = Path(self.workspace.settings.sync_folder) / "attune-journal"
        devices = app / "devices"
        wanted = [str(p) for p in (app, devices) if p.is_dir()]
        if devices.is_dir():
            with contextlib.suppress(OSError):
                wanted += sorted(str(p) for p in devices.iterdir() if p.is_dir())
        current = set(self.watcher.directories())
        stale = [p for p in current if p not in wanted]
        if stale:
            self.watcher.removePaths(stale)
        new = [p for p in wanted if p not in current]
        if new:
            self.watcher.addPaths(new)
        return True

    def _folder_changed(self, path: str) -> None:
        if self._stopped:
            return
        if self._device and Path(path).name == self._device:
            return  # this computer's own files, just written
        name = Path(path).name
        if name in ("devices", "attune-journal"):
            self.watch()  # a computer joined: watch its folder too
        if not self._timer.isActive() or self._timer.remainingTime() > FOLDER_DELAY_MS:
            self.sync_soon(FOLDER_DELAY_MS)

    # ---- when to sync -------------------------------------------------------------------

    def _entries_changed(self, _ids: object) -> None:
        if not self._announcing and self.syncing:
            self.sync_soon(SAVE_DELAY_MS)

    def _settings_changed(self) -> None:
        if self.watch():
            self.sync_soon(SAVE_DELAY_MS)

    def sync_soon(self, delay_ms: int = SAVE_DELAY_MS) -> None:
        """Sync after ``delay_ms`` (a later request starts the wait again)."""
        if not self._stopped:
            self._timer.start(delay_ms)

    def sync_now(self) -> None:
        """Sync at once, or right after the sync that is running."""
        self._timer.stop()
        if self._stopped or not self.syncing:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self.busy_changed.emit(True)
        workspace = self.workspace
        run_sync_work(workspace, lambda: sync_and_map(workspace), self._done, self._failed, self)

    def _finish(self) -> None:
        self.running = False
        self.busy_changed.emit(False)
        if self._again and not self._stopped:
            self._again = False
            self.sync_soon(FOLDER_DELAY_MS)

    def _done(self, outcome: SyncOutcome) -> None:
        self._device = outcome.device
        self._last_error = ""
        report = outcome.report
        if report.changed_uids:
            self._announcing = True
            try:
                self.bridge.entries_changed.emit(outcome.ids)
            finally:
                self._announcing = False
            n = len(report.changed_uids)
            self._say(
                self.tr("An entry came in from your other computer.")
                if n == 1
                else self.tr("{n} entries came in from your other computers.").format(n=n)
            )
        self.watch()
        self._finish()
        self.synced.emit(report)

    def _failed(self, error: BaseException) -> None:
        text = calm_message(error)
        self._finish()
        if text != self._last_error:
            self._last_error = text
            self._say(text)
        self.sync_failed.emit(text)

    def _say(self, text: str) -> None:
        if self.navigation is not None and not self._stopped:
            self.navigation.show_message(text)

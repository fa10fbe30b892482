"""Locks between the programs that use one data folder: the app, and every command.

SQLite's own locks guard each transaction, but not the work that replaces the whole
store file (encrypt, decrypt, change passphrase, restore): a program that opens the
store a moment after such work checked it was alone would write into the file that
is about to be thrown away. So every program that opens the store holds the *gate*
shared for as long as its connection is open, and whole-store work holds it alone.

Two lock files in the data folder, both ``flock`` locks (BSD locks belong to the open
file, so closing some other descriptor of the same file never drops them, unlike the
POSIX locks SQLite uses; the kernel lets go of them when a process ends, however it
ends, so nothing stale is ever left behind):

- ``store.lock``, the gate: shared while a connection is open, exclusive for
  whole-store work.
- ``store.queue``, the turnstile: whole-store work holds it while it waits for the
  gate and while it works, and a program about to open the store passes through it
  (shared, for a moment), so a stream of short commands cannot keep whole-store work
  waiting for ever, and nothing opens the store while that work is under way.

``daily-backup.lock`` makes the daily backup's "is one due?" and taking it one step
across programs, and the app's ``instance.lock`` (ui/single_instance.py) is one too.
Where ``flock`` does not exist (Windows) or the folder cannot hold locks (some network
folders) these are no-ops and the older safeguard stands alone: SQLite refuses to
leave WAL mode while another connection is open (``storage/backup.ensure_alone``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from attune_journal.core.i18n import translate
from attune_journal.paths import FILE_MODE
from attune_journal.storage.errors import StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

GATE_NAME = "store.lock"
QUEUE_NAME = "store.queue"
DAILY_BACKUP_LOCK_NAME = "daily-backup.lock"

# How long a program waits to open the store while whole-store work runs (re-keying a
# ten-year journal and its backups takes a few seconds on a slow disk).
OPEN_WAIT_S = 60.0
# How long whole-store work waits for other programs to close the store: the commands
# are short; the app keeps it open until it is closed, so this is when to say so.
ALONE_WAIT_S = 10.0
POLL_S = 0.02


class StoreBusyError(StoreError):
    """The store is being replaced (encryption change or restore) by another program."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "StoreErrors",
                "The journal is busy with a restore or an encryption change in another "
                "program. Nothing was changed; please try again in a moment.",
            )
        )


class NotAloneError(StoreError):
    """Whole-store work found the store still open in another program."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "StoreErrors",
                "The journal is open in another program (the Attune Journal app or a command "
                "still running). Close it and try again; nothing was changed.",
            )
        )


def lock_now(fd: int, mode: int) -> bool | None:
    """Try once to take ``flock`` ``mode`` on ``fd``: True taken, False held by another
    program, None where this file cannot hold such a lock (no flock on Windows; ENOLCK
    on some network folders). The one place the app calls ``flock`` to take a lock."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


class FileLock:
    """One ``flock`` lock file, opened once and kept open while this object lives."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.mode: int | None = None  # fcntl.LOCK_SH or LOCK_EX while held
        # False where the folder cannot hold a lock (no flock on Windows, some network
        # folders, a read-only folder): acquiring then always succeeds and guards nothing.
        self.supported = fcntl is not None

    def _open(self) -> int | None:
        if self._fd is None and self.supported:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, FILE_MODE)
            except OSError:
                self.supported = False
        return self._fd

    def acquire(self, mode: int, timeout: float) -> bool:
        """Take the lock in ``mode`` within ``timeout`` seconds; False if it stayed taken.

        Polls rather than blocks, so a wait can end (a blocked ``flock`` cannot be timed).
        Changing a held lock's mode is not atomic in the kernel: callers that do so hold
        the queue, so nobody can take the gate in between.
        """
        fd = self._open()
        deadline = time.monotonic() + timeout
        while fd is not None:
            taken = lock_now(fd, mode)
            if taken is False:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(POLL_S)
                continue
            if taken is None:
                self.supported = False  # e.g. ENOLCK on a network folder
            break
        self.mode = mode
        return True

    def release(self) -> None:
        if self._fd is not None and self.supported:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        self.mode = None

    def close(self) -> None:
        self.release()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


SHARED = fcntl.LOCK_SH if fcntl is not None else 1
EXCLUSIVE = fcntl.LOCK_EX if fcntl is not None else 2


class StoreGate:
    """This program's hold on the store of one data folder (see the module's docstring)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.gate = FileLock(root / GATE_NAME)
        self.queue = FileLock(root / QUEUE_NAME)

    def enter(self, timeout: float = OPEN_WAIT_S) -> bool:
        """Hold the gate shared before opening the store; True if this program is alone.

        When nobody else holds the gate, it is taken exclusively first and True is
        returned: the caller may then finish or roll back work a killed program left
        half done, and calls ``share()`` after. Raises ``StoreBusyError`` when
        whole-store work in another program does not end within ``timeout``.
        """
        if not self.queue.acquire(SHARED, timeout):
            raise StoreBusyError()
        try:
            if self.gate.acquire(EXCLUSIVE, 0):
                return True
            if not self.gate.acquire(SHARED, timeout):
                raise StoreBusyError()
            return False
        finally:
            self.queue.release()

    def share(self) -> None:
        """After ``enter()`` returned True: let other programs in (exclusive to shared)."""
        if self.gate.mode == EXCLUSIVE:
            # From exclusive to shared never waits: nobody else can hold the gate now.
            self.gate.acquire(SHARED, ALONE_WAIT_S)

    @contextmanager
    def alone(self, timeout: float = ALONE_WAIT_S) -> Iterator[None]:
        """Hold the store alone for whole-store work; back to shared afterwards.

        Programs about to open the store wait at the queue meanwhile. Raises
        ``NotAloneError`` when others keep it open beyond ``timeout`` (nothing changed).
        """
        if not self.queue.acquire(EXCLUSIVE, timeout):
            raise NotAloneError()
        try:
            self.gate.release()
            if not self.gate.acquire(EXCLUSIVE, timeout):
                self.gate.acquire(SHARED, timeout)  # the queue is ours: this cannot wait
                raise NotAloneError()
            try:
                yield
            finally:
                self.gate.acquire(SHARED, timeout)
        finally:
            self.queue.release()

    def close(self) -> None:
        self.gate.close()
        self.queue.close()


@contextmanager
def daily_backup_lock(root: Path, timeout: float = OPEN_WAIT_S) -> Iterator[bool]:
    """Hold the daily backup's lock; yields False if another program kept it past ``timeout``."""
    lock = FileLock(root / DAILY_BACKUP_LOCK_NAME)
    try:
        yield lock.acquire(EXCLUSIVE, timeout)
    finally:
        lock.close()

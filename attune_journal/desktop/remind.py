"""The reminder while the app is closed: ``attune-journal remind [--wait]``.

The systemd timer starts it at the chosen time; the autostart entry starts it at login
with ``--wait``, and it then stays, looking again at the chosen time and at least every
few minutes (a computer that slept, a time changed in Settings). Each look:

1. reads the settings as saved (a damaged file is the app's to set aside, not this
   process's); the reminder must be on, and on while the app is closed;
2. leaves the reminder to the app while it is open (the app holds the folder's
   instance lock; see ``app_is_open``);
3. reminds at most once a day, after the chosen time: the day it last reminded is the
   settings' ``last_reminder_shown``, the same the app's own reminder writes, so the
   person never gets two;
4. asks the journal, read-only, whether today has a check-in. An encrypted journal
   cannot be read while the app is closed (the passphrase is never kept), so then only
   the day the app noted a check-in counts (``core.reminders.counts_as_checked_in``):
   without one, the same gentle invitation comes;
5. posts the day's invitation (``core.reminders.invitation_for``) as a desktop
   notification; where the notification server offers actions, "Check in" opens the
   app, and the notification is taken back after a few hours so it never offers a
   button that no longer does anything;
6. notes the day in the settings.

One process per journal folder looks at a time (``reminder.lock``), so a waiting one and
a timer's can never both remind. A problem is one line on stderr (the systemd journal or
the session's log) and exit code 1; never a traceback. Nothing leaves the computer.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from attune_journal.core.i18n import translate
from attune_journal.core.models import CheckIn, ValidationError
from attune_journal.core.reminders import (
    counts_as_checked_in,
    day_from_text,
    invitation_for,
    is_due,
    parse_reminder_time,
    wait_before_check,
)
from attune_journal.core.timeutil import now_local
from attune_journal.desktop.notifications import (
    NotificationError,
    Notifications,
    session_bus_address,
)
from attune_journal.desktop.reminder_install import app_command, start_detached
from attune_journal.paths import DataPaths, resolve_data_dir
from attune_journal.settings import Settings, load_settings, save_settings
from attune_journal.storage.errors import StoreError
from attune_journal.storage.locks import EXCLUSIVE, SHARED, FileLock, StoreGate

if TYPE_CHECKING:
    from attune_journal.storage.repository import Journal

LOCK_NAME = "reminder.lock"
# A waiting process looks at least this often: a time changed in Settings, a computer
# that slept past the time or a clock change is noticed within it.
LONGEST_WAIT = timedelta(minutes=5)
# How long "Check in" on the notification keeps working before it is taken back.
ACTION_WAIT_S = 4 * 60 * 60.0
GATE_WAIT_S = 5.0
READ_TIMEOUT_S = 2.0
CHECK_IN_ACTION = "checkin"
DEFAULT_ACTION = "default"  # a click on the notification itself


class RemindError(Exception):
    """Something keeps the reminder from looking; the message is one plain sentence."""


def checked_in_on(journal: Journal, day: date) -> bool:
    """Whether ``journal`` holds a check-in from the local ``day`` (the app asks the same)."""
    return bool(journal.entries(day, day, kinds=(CheckIn.kind,), limit=1))


def read_settings(paths: DataPaths) -> Settings:
    """The settings as saved (defaults when there is no file: the reminder is then off).

    A file that cannot be read is left exactly where it is, for the app to set aside
    and say so the next time it opens.
    """
    try:
        raw = json.loads(paths.settings.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        raise RemindError(
            translate(
                "Reminders",
                "The settings could not be read ({error}); no reminder until Attune Journal "
                "has opened them again.",
            ).format(error=getattr(error, "strerror", None) or error)
        ) from None
    if not isinstance(raw, dict):
        raise RemindError(
            translate(
                "Reminders",
                "The settings file holds something else than settings; no reminder until "
                "Attune Journal has opened it again.",
            )
        )
    settings, problem = load_settings(paths.settings)
    if problem:
        raise RemindError(problem)
    return settings


def app_is_open(paths: DataPaths) -> bool:
    """True while the app has this folder open (it holds ``instance.lock`` alone).

    Taking the lock shared for a moment is the look; should the app start in that very
    moment, it finds the lock taken and, after a short wait for an answer, opens the
    journal all the same (ui/single_instance.py), so nothing is lost either way. Where
    the folder cannot hold locks, the app counts as closed.
    """
    lock = FileLock(paths.instance_lock)
    try:
        return not lock.acquire(SHARED, 0)
    finally:
        lock.close()


def journal_checked_in(paths: DataPaths, today: date) -> bool | None:
    """The journal's answer to "a check-in today?", read-only; None when it cannot say.

    It joins the programs that have the store open (``StoreGate``, shared) so that a
    restore or an encryption change never swaps the file out under the read, but never
    finishes their half-done work itself: that is for the app or a command. The
    read-only connection writes nothing to the journal; SQLite may leave its two
    companion files (-wal, -shm) beside it, private like the store, until the next
    program that writes closes it.
    """
    from attune_journal.storage import crypto

    gate = StoreGate(paths.root)
    try:
        if gate.enter(timeout=GATE_WAIT_S):
            gate.share()
        kind = crypto.classify_store_file(paths.store)
        if kind is crypto.StoreFile.MISSING:
            return False
        if kind is crypto.StoreFile.ENCRYPTED:
            return None
        return _plain_store_checked_in(paths.store, today)
    except (StoreError, sqlite3.Error, OSError):
        return None
    finally:
        gate.close()


def _plain_store_checked_in(store: Path, today: date) -> bool:
    from attune_journal.storage import Journal
    from attune_journal.storage.connection import StoreDB

    conn = sqlite3.connect(
        f"{store.as_uri()}?mode=ro", uri=True, timeout=READ_TIMEOUT_S, check_same_thread=False
    )
    try:
        return checked_in_on(Journal(StoreDB(conn, path=store)), today)
    finally:
        conn.close()


def remember_shown(paths: DataPaths, today: date) -> str:
    """Note in the settings that today's reminder came; returns a line if it could not be."""
    try:
        settings = read_settings(paths)
        settings.last_reminder_shown = today.isoformat()
        save_settings(paths.settings, settings)
    except (RemindError, OSError, ValueError) as error:
        return translate(
            "Reminders", "The reminder came, but could not be noted ({error}); it may come again."
        ).format(error=getattr(error, "strerror", None) or error)
    return ""


@dataclass
class Look:
    """What one look found: ``off`` ends a waiting process; ``line`` is for the log."""

    off: bool = False
    at: clock_time | None = None
    line: str = ""
    shown: bool = False


BusFactory = Callable[[], Notifications]


def default_bus() -> Notifications:
    return Notifications(session_bus_address(os.environ))


def look(
    paths: DataPaths,
    now: datetime,
    bus: BusFactory = default_bus,
    open_app: Callable[[], None] | None = None,
    action_wait_s: float = ACTION_WAIT_S,
    shown_on: date | None = None,
) -> Look:
    """Look once and remind if today's reminder is due (see the module's steps).

    ``shown_on`` is the day this process last reminded: a waiting process must not
    remind again when the settings could not note it (a read-only folder).
    """
    settings = read_settings(paths)
    if not (settings.reminder_enabled and settings.reminder_when_closed):
        return Look(off=True, line=translate("Reminders", "The reminder is off; nothing to do."))
    try:
        at = parse_reminder_time(settings.reminder_time)
    except ValidationError as error:
        return Look(off=True, line=str(error))
    last_shown = max(
        (day for day in (day_from_text(settings.last_reminder_shown), shown_on) if day),
        default=None,
    )
    if not is_due(now, at, True, last_shown, False):
        return Look(at=at)  # not yet, or already today: nothing worth a line
    if app_is_open(paths):
        return Look(
            at=at, line=translate("Reminders", "Attune Journal is open; it reminds you itself.")
        )
    today = now.date()
    marked = day_from_text(settings.reminder_checked_in_on)
    if counts_as_checked_in(journal_checked_in(paths, today), marked, today):
        return Look(
            at=at, line=translate("Reminders", "There is a check-in today; no reminder needed.")
        )
    with bus() as notifications:
        actions = []
        if "actions" in notifications.capabilities():
            actions = [
                (DEFAULT_ACTION, translate("Reminders", "Open Attune Journal")),
                (CHECK_IN_ACTION, translate("Reminders", "Check in")),
            ]
        shown = notifications.notify(
            translate("Reminders", "Attune Journal"), invitation_for(today), actions
        )
        problem = remember_shown(paths, today)
        if problem:
            print(f"attune-journal remind: {problem}", file=sys.stderr)
        if actions:
            picked = notifications.wait_for_action(shown, action_wait_s)
            if picked in (CHECK_IN_ACTION, DEFAULT_ACTION):
                (open_app or _opener(paths))()
            elif picked is None:
                # Already closed, or the session ended: then there is nothing to take back.
                with contextlib.suppress(NotificationError):
                    notifications.withdraw(shown)
    return Look(at=at, line=translate("Reminders", "Today's reminder was shown."), shown=True)


def _opener(paths: DataPaths) -> Callable[[], None]:
    def open_app() -> None:
        try:
            start_detached([*app_command(), "--data-dir", str(paths.root)])
        except OSError as error:
            print(
                "attune-journal remind: "
                + translate("Reminders", "Attune Journal could not be opened ({error}).").format(
                    error=error.strerror or error
                ),
                file=sys.stderr,
            )

    return open_app


def run_remind(
    data_dir: str | None,
    wait: bool = False,
    clock: Callable[[], datetime] = now_local,
    sleep: Callable[[float], None] = time.sleep,
    bus: BusFactory = default_bus,
    out: TextIO | None = None,
) -> int:
    """The ``remind`` command: 0 when it looked (reminded or not), 1 on a problem."""
    out = out or sys.stdout
    paths = DataPaths(resolve_data_dir(data_dir))
    if not paths.root.is_dir():
        print(
            "attune-journal remind: "
            + translate(
                "Reminders", "There is no journal at {folder}; nothing to remind about."
            ).format(folder=paths.root),
            file=sys.stderr,
        )
        return 1
    lock = FileLock(paths.root / LOCK_NAME)
    try:
        if not lock.acquire(EXCLUSIVE, 0):
            print(
                translate("Reminders", "Another reminder is already looking after this journal."),
                file=out,
            )
            return 0
        return _looks(paths, wait, clock, sleep, bus, out)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a program in the background: one line, never a traceback
        print(
            "attune-journal remind: "
            + translate(
                "Reminders", "Something unexpected kept the reminder from looking ({error})."
            ).format(error=f"{type(error).__name__}: {error}"),
            file=sys.stderr,
        )
        return 1
    finally:
        lock.close()


def _looks(
    paths: DataPaths,
    wait: bool,
    clock: Callable[[], datetime],
    sleep: Callable[[float], None],
    bus: BusFactory,
    out: TextIO,
) -> int:
    said: set[tuple[date, str]] = set()  # a waiting process says each thing once a day
    shown_on: date | None = None

    def say(day: date, line: str, stream: TextIO) -> None:
        if (day, line) not in said:
            print(line, file=stream, flush=True)
            if wait:
                said.add((day, line))

    while True:
        now = clock()
        try:
            found = look(paths, now, bus, shown_on=shown_on)
        except (RemindError, NotificationError) as error:
            say(now.date(), f"attune-journal remind: {error}", sys.stderr)
            if not wait:
                return 1
            sleep(LONGEST_WAIT.total_seconds())
            continue
        if found.shown:
            shown_on = now.date()
        if found.line:
            say(now.date(), found.line, out)
        if not wait or found.off or found.at is None:
            return 0
        sleep(wait_before_check(clock(), found.at, LONGEST_WAIT).total_seconds())

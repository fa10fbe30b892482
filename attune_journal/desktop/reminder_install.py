"""Installing the reminder that runs while the app is closed, in the desktop's own way.

Where a systemd user session exists: a timer and a service in the person's systemd
user folder (``$XDG_CONFIG_HOME/systemd/user/attune-journal-reminder.{timer,service}``),
enabled with ``systemctl --user``; the timer starts ``attune-journal remind`` at the
chosen time each day (``Persistent=false``: no catching up later, a reminder belongs
to its time of day). Otherwise, where the desktop starts XDG autostart entries:
``$XDG_CONFIG_HOME/autostart/attune-journal-reminder.desktop`` starts
``attune-journal remind --wait`` at login, a small process that waits and reminds at
the chosen time (it reads the time from the settings each time it wakes, so the entry
never changes with it); one is started at once too, so the reminder works from today.
Where neither exists, ``Desktop.method`` is None and Settings says so.

Every file names the journal's folder and the program to run: the frozen bundle's own
executable, else the installed ``attune-journal`` entry point (beside this Python, or
on the PATH), else this Python with ``-m attune_journal``.

What was installed is recorded (``Settings.reminder_installed``: the method, each file
with a digest of what was written, the command), so that turning the reminder off
takes away exactly that: a file changed by someone since is left in place and named.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from attune_journal.core.digest import sha256_hex
from attune_journal.core.i18n import translate
from attune_journal.paths import atomic_write_text

UNIT = "attune-journal-reminder"
TIMER = f"{UNIT}.timer"
SYSTEMD = "systemd"
AUTOSTART = "autostart"
SYSTEMCTL_TIMEOUT_S = 30.0
# Settings looks when it opens: a user manager that does not answer soon counts as none.
DETECT_TIMEOUT_S = 5.0
_HEADER = (
    "# Written by Attune Journal (Settings → Week and reminder), which removes it again\n"
    "# when the reminder is turned off there. What it is for: docs/reminders.md.\n"
)

Starter = Callable[[list[str]], None]


class InstallError(Exception):
    """The reminder could not be installed or removed; the message says why, plainly."""


def no_way_here() -> str:
    """What Settings says on a desktop with neither a systemd user session nor autostart."""
    return translate(
        "Reminders",
        "This desktop has no way to start a program on a timer or when you log in "
        "(no systemd user session, no autostart), so reminders come only while "
        "Attune Journal is open.",
    )


def config_home(env: Mapping[str, str]) -> Path:
    """``$XDG_CONFIG_HOME`` when it is an absolute path (the spec ignores others), else
    ``~/.config``."""
    value = env.get("XDG_CONFIG_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    home = env.get("HOME", "")
    return (Path(home) if home else Path.home()) / ".config"


@dataclass(frozen=True)
class Desktop:
    """What this desktop offers for starting the reminder, and where its files go."""

    config: Path
    systemd: bool
    autostart: bool
    systemctl: str | None = None

    @property
    def method(self) -> str | None:
        """``"systemd"`` where a user session exists, else ``"autostart"``, else None."""
        if self.systemd:
            return SYSTEMD
        return AUTOSTART if self.autostart else None

    @property
    def unit_dir(self) -> Path:
        return self.config / "systemd" / "user"

    @property
    def autostart_file(self) -> Path:
        return self.config / "autostart" / f"{UNIT}.desktop"

    def describe(self) -> str:
        """One line for Settings on how the reminder is started here."""
        if self.method == SYSTEMD:
            return translate(
                "Reminders", "Uses a timer in your account (systemd); nothing runs in between."
            )
        if self.method == AUTOSTART:
            return translate(
                "Reminders",
                "Starts a small reminder program when you log in, which waits for your time.",
            )
        return no_way_here()


def detect(env: Mapping[str, str] | None = None) -> Desktop:
    """Look at this desktop: is there a systemd user session, does it start autostart entries?"""
    env = os.environ if env is None else env
    systemctl = shutil.which("systemctl", path=env.get("PATH"))
    systemd = False
    if systemctl:
        try:
            answer = subprocess.run(
                [systemctl, "--user", "show-environment"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=DETECT_TIMEOUT_S,
                check=False,
            )
            systemd = answer.returncode == 0
        except (OSError, subprocess.SubprocessError):
            systemd = False
    # A desktop session (GNOME, KDE, Xfce, ...) names itself; those start autostart entries.
    autostart = bool(env.get("XDG_CURRENT_DESKTOP") or env.get("DESKTOP_SESSION"))
    return Desktop(config_home(env), systemd, autostart, systemctl)


# ---- the command the files run ---------------------------------------------------------


def app_command() -> list[str]:
    """How to start this Attune Journal from outside: the bundle, the entry point or -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).with_name("attune-journal")
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("attune-journal")
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "attune_journal"]


def remind_command(data_root: Path) -> list[str]:
    """The reminder process for the journal in ``data_root``."""
    return [*app_command(), "--data-dir", str(data_root), "remind"]


def start_detached(command: list[str]) -> None:
    """Start ``command`` on its own, outliving the app (its output goes nowhere)."""
    subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )


def _refuse_control_characters(command: list[str]) -> None:
    if any(ord(ch) < 32 or ch == "\x7f" for arg in command for ch in arg):
        raise InstallError(
            translate(
                "Reminders",
                "The journal's folder or the program's path has a line break or another "
                "control character in its name, which a timer or autostart entry cannot "
                "hold; nothing was installed.",
            )
        )


def systemd_exec(command: list[str]) -> str:
    """``command`` as an ``ExecStart=`` value: each word in double quotes with C escapes,
    ``%`` (specifiers) doubled and ``$`` (variables) doubled."""
    words = []
    for arg in command:
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"')
        words.append('"' + escaped.replace("%", "%%").replace("$", "$$") + '"')
    return " ".join(words)


def desktop_exec(command: list[str]) -> str:
    """``command`` as a desktop entry's ``Exec=`` value (Desktop Entry spec): each word in
    double quotes with ``"`` `` ` `` ``$`` ``\\`` escaped by a backslash, then the string
    escape (every backslash doubled) and ``%`` doubled (no field codes)."""
    words = []
    for arg in command:
        quoted = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        words.append(('"' + quoted + '"').replace("\\", "\\\\").replace("%", "%%"))
    return " ".join(words)


def service_text(command: list[str]) -> str:
    return (
        _HEADER
        + "[Unit]\n"
        + "Description=Attune Journal: today's gentle reminder, if one is due\n\n"
        + "[Service]\n"
        + "Type=simple\n"
        + f"ExecStart={systemd_exec(command)}\n"
    )


def timer_text(at: time) -> str:
    return (
        _HEADER
        + "[Unit]\n"
        + f"Description=Attune Journal: the daily reminder at {at:%H:%M}\n\n"
        + "[Timer]\n"
        + f"OnCalendar=*-*-* {at:%H:%M}:00\n"
        + "AccuracySec=1s\n"
        # Not at the next start after a missed time: a reminder belongs to its time of day.
        + "Persistent=false\n\n"
        + "[Install]\n"
        + "WantedBy=timers.target\n"
    )


def autostart_text(command: list[str]) -> str:
    return (
        _HEADER
        + "[Desktop Entry]\n"
        + "Type=Application\n"
        + "Name=Attune Journal reminder\n"
        + "Comment=Waits for the time you chose in Attune Journal and invites you to a "
        + "check-in, once a day\n"
        + f"Exec={desktop_exec(command)}\n"
        + "Icon=org.attunejournal.AttuneJournal\n"
        + "Terminal=false\n"
        + "NoDisplay=true\n"
        + "X-GNOME-Autostart-enabled=true\n"
    )


# ---- install, remove, settle -------------------------------------------------------------


def planned_files(desktop: Desktop, method: str, data_root: Path, at: time) -> dict[Path, str]:
    """What ``method`` writes for the journal in ``data_root``: each file and its text."""
    command = remind_command(data_root)
    if method == SYSTEMD:
        return {
            desktop.unit_dir / f"{UNIT}.service": service_text(command),
            desktop.unit_dir / TIMER: timer_text(at),
        }
    return {desktop.autostart_file: autostart_text([*command, "--wait"])}


def _digest(text: str) -> str:
    return sha256_hex(text.encode("utf-8"))


def _file_digest(path: Path) -> str | None:
    try:
        return sha256_hex(path.read_bytes())
    except OSError:
        return None


def _systemctl(desktop: Desktop, *args: str) -> None:
    if not desktop.systemctl:
        raise InstallError(translate("Reminders", "systemctl was not found."))
    try:
        answer = subprocess.run(
            [desktop.systemctl, "--user", *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=SYSTEMCTL_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise InstallError(
            translate("Reminders", "systemctl could not be run ({error}).").format(error=error)
        ) from None
    if answer.returncode != 0:
        said = (answer.stderr or answer.stdout).strip().splitlines()
        raise InstallError(
            translate("Reminders", "systemctl --user {args} said: {said}").format(
                args=" ".join(args), said=said[-1] if said else answer.returncode
            )
        )


def _remove_ours(files: Mapping[str, str]) -> list[str]:
    """Delete each file still holding what was written; returns notes on those left."""
    notes = []
    for name, digest in files.items():
        path = Path(name)
        found = _file_digest(path)
        if found is None:
            continue  # already gone
        if found != digest:
            notes.append(
                translate(
                    "Reminders", "{path} was left in place: it was changed since it was written."
                ).format(path=path)
            )
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            notes.append(
                translate("Reminders", "{path} could not be removed ({error}).").format(
                    path=path, error=error.strerror or error
                )
            )
    return notes


def install(
    desktop: Desktop,
    method: str,
    data_root: Path,
    at: time,
    start: Starter | None = None,
) -> dict[str, Any]:
    """Write and switch on ``method``'s files; returns the record of what was installed.

    Raises ``InstallError`` with nothing left behind when a step fails.
    """
    files = planned_files(desktop, method, data_root, at)
    command = remind_command(data_root)
    _refuse_control_characters(command)
    record: dict[str, Any] = {
        "method": method,
        "files": {str(path): _digest(text) for path, text in files.items()},
        "command": command,
    }
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, text)
        if method == SYSTEMD:
            _systemctl(desktop, "daemon-reload")
            _systemctl(desktop, "enable", TIMER)
            # Restart rather than start: a timer already running takes up a new time.
            _systemctl(desktop, "restart", TIMER)
    except (InstallError, OSError) as error:
        _undo(desktop, record)
        if isinstance(error, InstallError):
            raise
        raise InstallError(
            translate("Reminders", "{path} could not be written ({error}).").format(
                path=error.filename or "", error=error.strerror or error
            )
        ) from None
    if method == AUTOSTART:
        # The entry starts the waiting reminder from the next login; this one covers today.
        with contextlib.suppress(OSError):
            (start or start_detached)([*command, "--wait"])
    return record


def _undo(desktop: Desktop, record: Mapping[str, Any]) -> None:
    """After a failed install: nothing of it stays (errors here change nothing more)."""
    if record.get("method") == SYSTEMD:
        with contextlib.suppress(InstallError):
            _systemctl(desktop, "disable", TIMER)
    _remove_ours(record.get("files", {}))
    if record.get("method") == SYSTEMD:
        with contextlib.suppress(InstallError):
            _systemctl(desktop, "daemon-reload")


def clean_record(record: Any) -> dict[str, Any]:
    """The record as saved, or {} when a hand edit left something unusable."""
    if not isinstance(record, Mapping) or record.get("method") not in (SYSTEMD, AUTOSTART):
        return {}
    files = record.get("files")
    if not isinstance(files, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items()
    ):
        return {}
    return dict(record)


def remove(desktop: Desktop, record: Any) -> list[str]:
    """Take away what ``record`` says was installed; returns notes on anything left."""
    record = clean_record(record)
    if not record:
        return []
    notes: list[str] = []
    if record["method"] == SYSTEMD:
        try:
            _systemctl(desktop, "disable", "--now", TIMER)
        except InstallError as error:
            notes.append(str(error))
    notes += _remove_ours(record["files"])
    if record["method"] == SYSTEMD:
        with contextlib.suppress(InstallError):
            _systemctl(desktop, "daemon-reload")
    return notes


@dataclass
class Settled:
    """What ``settle`` did: the record to keep, and notes on anything left in place."""

    record: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    changed: bool = False


def _in_place(record: Mapping[str, Any], planned: Mapping[Path, str], method: str) -> bool:
    """True when ``record`` is what would be installed now and is still on disk as written."""
    wanted = {str(path): _digest(text) for path, text in planned.items()}
    return (
        record.get("method") == method
        and record.get("files") == wanted
        and all(_file_digest(Path(name)) == digest for name, digest in wanted.items())
    )


def settle(
    want: bool,
    record: Any,
    data_root: Path,
    at: time,
    desktop: Desktop | None = None,
    start: Starter | None = None,
) -> Settled:
    """Make what is installed match the person's choice (on or off, at ``at``).

    Installs, rewrites (a new time, a moved program) or removes; does nothing when all is
    already as it should be. Raises ``InstallError`` when the reminder is wanted and
    cannot be installed (``no_way_here()`` where the desktop offers no way); the old
    installation is then left as it was.
    """
    record = clean_record(record)
    if not want:
        if not record:
            return Settled({})
        return Settled({}, remove(desktop or detect(), record), changed=True)
    desktop = desktop or detect()
    method = desktop.method
    if method is None:
        raise InstallError(no_way_here())
    planned = planned_files(desktop, method, data_root, at)
    if record and _in_place(record, planned, method):
        return Settled(record)
    notes: list[str] = []
    if record and record.get("method") != method:
        notes = remove(desktop, record)
    # Same method: the new files replace the old ones in place (the unit keeps its name).
    new = install(desktop, method, data_root, at, start)
    if record and record.get("method") == method:
        stale = {k: v for k, v in record["files"].items() if k not in new["files"]}
        notes += _remove_ours(stale)
    return Settled(new, notes, changed=True)

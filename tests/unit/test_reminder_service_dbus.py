"""``attune-journal remind`` against a real, private session bus and a small notification
server (tests/unit/notification_server.py): the notification arrives with the gentle
wording, once a day, never on a day with a check-in or while the app is open, and every
problem is one line.

The bus is Debian's ``dbus-daemon`` with a configuration of its own rather than
``--session``: the session configuration would start a real notification daemon
installed on the machine in place of the test's server.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import CheckIn
from attune_journal.core.reminders import INVITATIONS, invitation_for
from attune_journal.desktop import remind
from attune_journal.desktop.reminder_install import app_command
from attune_journal.paths import DataPaths
from attune_journal.settings import load_settings
from attune_journal.storage.locks import EXCLUSIVE, FileLock
from attune_journal.workspace import open_workspace
from tests.clock import Clock

ROOT = Path(__file__).resolve().parents[2]
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus; its address is this test's $DBUS_SESSION_BUS_ADDRESS."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian: dbus-daemon; .ci/system-deps.sh)")
    # A short folder: a Unix socket's path must fit in 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="aj-bus-"))
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    bus = subprocess.Popen(
        [daemon, "--config-file", str(config), "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        bus.terminate()
        bus.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Server:
    process: subprocess.Popen[str]
    log: Path

    def notifications(self) -> list[dict[str, object]]:
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [entry for entry in map(json.loads, lines) if "summary" in entry]

    def closed(self) -> list[int]:
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [entry["closed"] for entry in map(json.loads, lines) if "closed" in entry]


@pytest.fixture
def notification_server(session_bus: str, tmp_path: Path) -> Iterator[Callable[..., Server]]:
    started: list[Server] = []

    def start(*options: str) -> Server:
        log = tmp_path / f"notifications-{len(started)}.jsonl"
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.unit.notification_server",
                session_bus,
                str(log),
                *options,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        server = Server(process, log)
        started.append(server)
        return server

    yield start
    for server in started:
        server.process.terminate()
        server.process.wait(timeout=10)


def set_up(
    data_dir: Path,
    at: str = "09:00",
    when_closed: bool = True,
    check_in_at: datetime | None = None,
    passphrase: str | None = None,
) -> None:
    """A journal whose reminder is on at ``at`` (and, unless told, also while closed)."""
    workspace = open_workspace(data_dir)
    try:
        workspace.settings.reminder_enabled = True
        workspace.settings.reminder_time = at
        workspace.settings.reminder_when_closed = when_closed
        workspace.save_settings()
        if check_in_at is not None:
            workspace.journal.save(CheckIn(at=check_in_at))
        if passphrase is not None:
            workspace.change_encryption(None, passphrase)
    finally:
        workspace.close()


def remind_now(capsys: pytest.CaptureFixture[str], data_dir: Path) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "remind"])
    out, err = capsys.readouterr()
    return code, out, err


def last_shown(data_dir: Path) -> str:
    settings, problem = load_settings(DataPaths(data_dir).settings)
    assert problem is None
    return settings.last_reminder_shown


def test_the_reminder_arrives_gently_once_a_day(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
) -> None:
    server = notification_server()
    set_up(data_dir)

    code, out, err = remind_now(capsys, data_dir)
    assert (code, err) == (0, "")
    assert "reminder was shown" in out
    (shown,) = server.notifications()
    assert shown["summary"] == "Attune Journal"
    assert shown["body"] == invitation_for(fixed_clock.today)
    assert shown["body"] in INVITATIONS  # the same no-guilt sentences as in the app
    assert shown["app_name"] == "Attune Journal" and shown["replaces_id"] == 0
    assert shown["hints"] == {"desktop-entry": "org.attunejournal.AttuneJournal"}
    assert shown["actions"] == []  # this server shows no actions
    assert last_shown(data_dir) == fixed_clock.today.isoformat()

    code, _, err = remind_now(capsys, data_dir)  # the same day again: nothing
    assert (code, err) == (0, "")
    assert len(server.notifications()) == 1

    fixed_clock.set(datetime(2026, 11, 26, 10, 0))  # the next morning, after 09:00
    assert remind_now(capsys, data_dir)[0] == 0
    assert [n["body"] for n in server.notifications()] == [
        invitation_for(date(2026, 11, 25)),
        invitation_for(date(2026, 11, 26)),
    ]


def test_no_reminder_on_a_day_with_a_check_in(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
) -> None:
    server = notification_server()
    set_up(data_dir, check_in_at=fixed_clock.now - timedelta(hours=1))
    code, out, err = remind_now(capsys, data_dir)
    assert (code, err) == (0, "")
    assert "check-in today" in out
    assert server.notifications() == []
    assert last_shown(data_dir) == ""  # nothing was shown, so nothing is noted


def test_no_reminder_before_the_time_while_the_app_is_open_or_when_only_in_app(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
) -> None:
    server = notification_server()
    set_up(data_dir, at="21:00")
    assert remind_now(capsys, data_dir) == (0, "", "")  # 10:00: not yet, and quietly so

    set_up(data_dir, at="09:00")
    app = FileLock(DataPaths(data_dir).instance_lock)  # what the running app holds
    assert app.acquire(EXCLUSIVE, 0)
    try:
        code, out, _ = remind_now(capsys, data_dir)
        assert code == 0 and "it reminds you itself" in out
    finally:
        app.close()

    set_up(data_dir, when_closed=False)
    code, out, _ = remind_now(capsys, data_dir)
    assert code == 0 and "off" in out
    assert server.notifications() == []


def test_an_encrypted_journal_gets_the_reminder_unless_the_app_noted_a_check_in(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
) -> None:
    server = notification_server()
    # A check-in today, but locked away: the reminder cannot know, and invites gently.
    set_up(data_dir, check_in_at=fixed_clock.now, passphrase="a quiet morning")
    assert remind_now(capsys, data_dir)[0] == 0
    assert [n["body"] for n in server.notifications()] == [invitation_for(fixed_clock.today)]

    fixed_clock.set(datetime(2026, 11, 26, 10, 0))
    settings_path = DataPaths(data_dir).settings
    raw = json.loads(settings_path.read_text(encoding="utf-8"))
    raw["reminder_checked_in_on"] = "2026-11-26"  # what the app notes after a check-in
    settings_path.write_text(json.dumps(raw), encoding="utf-8")
    code, out, _ = remind_now(capsys, data_dir)
    assert code == 0 and "check-in today" in out
    assert len(server.notifications()) == 1


def test_check_in_on_the_notification_opens_the_app(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = notification_server("--actions", "--invoke", "checkin")
    started: list[list[str]] = []
    monkeypatch.setattr(remind, "start_detached", started.append)
    set_up(data_dir)
    assert remind_now(capsys, data_dir)[0] == 0
    (shown,) = server.notifications()
    assert shown["actions"] == ["default", "Open Attune Journal", "checkin", "Check in"]
    assert started == [[*app_command(), "--data-dir", str(data_dir.resolve())]]


def test_a_notification_left_alone_is_taken_back_so_its_button_never_does_nothing(
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
) -> None:
    server = notification_server("--actions")
    set_up(data_dir)
    found = remind.look(DataPaths(data_dir.resolve()), fixed_clock.now, action_wait_s=0.2)
    assert found.line and not found.off
    (shown,) = server.notifications()
    assert server.closed() == [shown["id"]]


@pytest.mark.parametrize("bus_present", [True, False])
def test_without_a_notification_service_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    session_bus: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    bus_present: bool,
) -> None:
    set_up(data_dir)
    if not bus_present:
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no user bus socket either
    code, out, err = remind_now(capsys, data_dir)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    expected = "no notification service" if bus_present else "no session D-Bus"
    assert expected in err
    assert last_shown(data_dir) == ""  # not shown, so it may come on the next look


def test_a_journal_folder_that_is_not_there_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = remind_now(capsys, tmp_path / "gone")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no journal" in err


def test_the_waiting_process_reminds_at_the_time_and_ends_when_turned_off(
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
) -> None:
    server = notification_server()
    set_up(data_dir, at="10:30")  # the clock says 10:00
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        fixed_clock.set(fixed_clock.now.replace(tzinfo=None) + timedelta(seconds=seconds))
        if fixed_clock.now.hour == 11:  # an hour on: the person turns it off in Settings
            set_up(data_dir, at="10:30", when_closed=False)

    code = remind.run_remind(str(data_dir), wait=True, sleep=sleep)
    assert code == 0
    (shown,) = server.notifications()
    assert shown["body"] == invitation_for(fixed_clock.today)
    assert max(waits) <= remind.LONGEST_WAIT.total_seconds()
    # It woke at 10:30 sharp: 10:00 + 5 + 5 + ... minutes.
    assert sum(waits[:6]) == 30 * 60


def test_a_second_reminder_process_for_the_same_journal_steps_aside(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
) -> None:
    server = notification_server()
    set_up(data_dir)
    waiting = FileLock(data_dir / remind.LOCK_NAME)  # as a waiting process holds it
    assert waiting.acquire(EXCLUSIVE, 0)
    try:
        code, out, _ = remind_now(capsys, data_dir)
    finally:
        waiting.close()
    assert code == 0 and "Another reminder" in out
    assert server.notifications() == []


def _remind_process(data_dir: Path, **env: str) -> list[str]:
    """Run ``attune-journal remind`` as its own process; returns the Qt modules it loaded."""
    script = (
        "import json, sys\n"
        "from attune_journal.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(data_dir), "remind"],
        cwd=ROOT,
        env={**os.environ, "LC_ALL": "C.UTF-8", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def german(source: str) -> str:
    """The German translation of a reminder sentence, as resources/i18n holds it."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "i18n" / "attune_de.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "Reminders":
            for message in context.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"no German for {source!r}")


def test_as_its_own_process_it_loads_no_window_toolkit_and_speaks_the_language(
    data_dir: Path, tmp_path: Path, notification_server: Callable[..., Server]
) -> None:
    server = notification_server()
    set_up(data_dir, at="00:00")  # always after the time, whenever the test runs
    assert _remind_process(data_dir, LANGUAGE="en") == []  # English: no Qt at all
    assert _remind_process(data_dir, LANGUAGE="en") == []  # and once a day
    (shown,) = server.notifications()
    assert shown["body"] in INVITATIONS

    other = tmp_path / "german-journal"
    set_up(other, at="00:00")
    loaded = _remind_process(other, LANGUAGE="de")
    assert not {"PySide6.QtGui", "PySide6.QtWidgets"} & set(loaded)  # QtCore's translator only
    first, second = server.notifications()
    assert second["body"] == german(str(first["body"]))


def test_even_an_unexpected_failure_is_one_line(
    capsys: pytest.CaptureFixture[str], fixed_clock: Clock, data_dir: Path
) -> None:
    set_up(data_dir)

    def broken() -> remind.Notifications:
        raise RuntimeError("the bus library broke")

    assert remind.run_remind(str(data_dir), bus=broken) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert err.strip().splitlines() == [
        "attune-journal remind: Something unexpected kept the reminder from looking "
        "(RuntimeError: the bus library broke)."
    ]


def test_a_waiting_process_that_cannot_note_the_day_still_reminds_only_once(
    capsys: pytest.CaptureFixture[str],
    fixed_clock: Clock,
    data_dir: Path,
    notification_server: Callable[..., Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = notification_server()
    set_up(data_dir, at="10:30")

    def read_only(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(remind, "save_settings", read_only)

    def sleep(seconds: float) -> None:
        fixed_clock.set(fixed_clock.now.replace(tzinfo=None) + timedelta(seconds=seconds))
        if fixed_clock.now.hour == 12:
            set_up(data_dir, at="10:30", when_closed=False)

    assert remind.run_remind(str(data_dir), wait=True, sleep=sleep) == 0
    assert len(server.notifications()) == 1
    err = capsys.readouterr().err
    assert err.count("could not be noted (Permission denied); it may come again") == 1

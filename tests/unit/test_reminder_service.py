"""Installing the reminder for when the app is closed: the files, the systemctl calls, the
autostart entry where there is no systemd, and the plain word where there is neither.

Everything lands in a temporary $XDG_CONFIG_HOME (tests/conftest.py), and a fake
``systemctl`` first on the PATH records each call (and answers as told).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from attune_journal.core.reminders import counts_as_checked_in, day_from_text, wait_before_check
from attune_journal.desktop import reminder_install
from attune_journal.desktop.reminder_install import (
    AUTOSTART,
    SYSTEMD,
    InstallError,
    app_command,
    config_home,
    detect,
    no_way_here,
    remind_command,
    remove,
    settle,
)
from tests.fake_systemctl import FakeSystemctl


def unquote_systemd(value: str) -> list[str]:
    """ExecStart's words as systemd reads them: %% and $$ back to one, quotes and escapes."""
    words = re.findall(r'"((?:[^"\\]|\\.)*)"', value)
    return [re.sub(r"\\(.)", r"\1", word).replace("%%", "%").replace("$$", "$") for word in words]


def unquote_desktop(value: str) -> list[str]:
    """Exec's words as the Desktop Entry spec reads them: the string escape, %%, quoting."""
    value = value.replace("\\\\", "\\").replace("%%", "%")
    words = re.findall(r'"((?:[^"\\]|\\.)*)"', value)
    return [re.sub(r"\\([\"`$\\])", r"\1", word) for word in words]


def key(text: str, name: str) -> str:
    (value,) = re.findall(rf"^{name}=(.*)$", text, flags=re.MULTILINE)
    return value


# ---- where the files go --------------------------------------------------------------


def test_the_config_folder_follows_xdg_config_home(tmp_path: Path) -> None:
    assert config_home({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path
    # The spec ignores a relative path; so does the app.
    home = {"HOME": str(tmp_path / "home")}
    assert config_home({**home, "XDG_CONFIG_HOME": "relative"}) == tmp_path / "home" / ".config"
    assert config_home(home) == tmp_path / "home" / ".config"


# ---- systemd ---------------------------------------------------------------------------


def test_with_systemd_a_timer_and_service_are_installed_rewritten_and_removed_exactly(
    systemctl: FakeSystemctl, config: Path, data_dir: Path
) -> None:
    desktop = detect()
    assert desktop.method == SYSTEMD
    assert systemctl.calls() == ["show-environment"]
    units = config / "systemd" / "user"
    service, timer = (
        units / "attune-journal-reminder.service",
        units / "attune-journal-reminder.timer",
    )

    settled = settle(True, {}, data_dir, time(20, 0), desktop)
    assert settled.changed and settled.notes == []
    assert systemctl.calls() == [
        "daemon-reload",
        "enable attune-journal-reminder.timer",
        "restart attune-journal-reminder.timer",
    ]
    assert unquote_systemd(key(service.read_text(), "ExecStart")) == remind_command(data_dir)
    timer_text = timer.read_text()
    assert key(timer_text, "OnCalendar") == "*-*-* 20:00:00"
    assert key(timer_text, "Persistent") == "false"
    assert key(timer_text, "WantedBy") == "timers.target"
    analyze = shutil.which("systemd-analyze")
    if analyze is not None:  # systemd's own reading of the two files, where it is installed
        checked = subprocess.run(
            [analyze, "verify", str(timer), str(service)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    record = settled.record
    assert record["method"] == SYSTEMD and record["command"] == remind_command(data_dir)
    assert sorted(record["files"]) == [str(service), str(timer)]

    # Asked again with nothing changed: nothing is touched.
    assert settle(True, record, data_dir, time(20, 0), desktop).record == record
    assert systemctl.calls() == []

    # A new time: the timer is rewritten and restarted, the service stays as it was.
    before = service.read_text()
    record = settle(True, record, data_dir, time(7, 45), desktop).record
    assert key(timer.read_text(), "OnCalendar") == "*-*-* 07:45:00"
    assert service.read_text() == before
    assert systemctl.calls() == [
        "daemon-reload",
        "enable attune-journal-reminder.timer",
        "restart attune-journal-reminder.timer",
    ]

    # Off: switched off first, then exactly the two files go, then systemd forgets them.
    unit_files_before = sorted(units.iterdir())
    settled = settle(False, record, data_dir, time(7, 45), desktop)
    assert settled.record == {} and settled.notes == []
    assert systemctl.calls() == ["disable --now attune-journal-reminder.timer", "daemon-reload"]
    assert not service.exists() and not timer.exists()
    assert sorted(units.iterdir()) == [p for p in unit_files_before if p not in (service, timer)]


def test_the_command_survives_a_folder_name_with_spaces_percent_dollar_and_quotes(
    systemctl: FakeSystemctl, config: Path, tmp_path: Path
) -> None:
    folder = tmp_path / 'my "journal" 100% $HOME \\ `x`'
    settle(True, {}, folder, time(21, 30), detect())
    service = config / "systemd" / "user" / "attune-journal-reminder.service"
    assert unquote_systemd(key(service.read_text(), "ExecStart")) == remind_command(folder)
    analyze = shutil.which("systemd-analyze")
    if analyze is not None:  # and systemd itself finds the quoting balanced
        checked = subprocess.run([analyze, "verify", str(service)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_unit_file_changed_by_hand_is_left_in_place_and_named(
    systemctl: FakeSystemctl, config: Path, data_dir: Path
) -> None:
    desktop = detect()
    record = settle(True, {}, data_dir, time(20, 0), desktop).record
    timer = config / "systemd" / "user" / "attune-journal-reminder.timer"
    timer.write_text(timer.read_text() + "# my own note\n")
    notes = remove(desktop, record)
    assert timer.exists()
    assert notes == [f"{timer} was left in place: it was changed since it was written."]
    assert not (config / "systemd" / "user" / "attune-journal-reminder.service").exists()


def test_when_systemctl_refuses_nothing_is_left_behind(
    systemctl: FakeSystemctl, config: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desktop = detect()
    systemctl.calls()
    monkeypatch.setenv("FAKE_SYSTEMCTL_FAIL", "enable")
    with pytest.raises(InstallError) as refused:
        settle(True, {}, data_dir, time(20, 0), desktop)
    assert str(refused.value) == (
        "systemctl --user enable attune-journal-reminder.timer said: "
        "Failed to enable unit: Access denied"
    )
    assert list((config / "systemd" / "user").iterdir()) == []
    assert systemctl.calls() == [
        "daemon-reload",
        "enable attune-journal-reminder.timer",
        "disable attune-journal-reminder.timer",
        "daemon-reload",
    ]


# ---- autostart, and neither ------------------------------------------------------------


def test_without_systemd_an_autostart_entry_starts_the_waiting_reminder(
    systemctl: FakeSystemctl, config: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMCTL_SESSION", "1")  # systemctl is there, a session is not
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "XFCE")
    desktop = detect()
    assert desktop.method == AUTOSTART
    started: list[list[str]] = []
    settled = settle(True, {}, data_dir, time(20, 0), desktop, start=started.append)
    entry = config / "autostart" / "attune-journal-reminder.desktop"
    waiting = [*remind_command(data_dir), "--wait"]
    assert unquote_desktop(key(entry.read_text(), "Exec")) == waiting
    assert started == [waiting]  # the reminder works from today, not only after a login
    assert settled.record["files"] == {str(entry): settled.record["files"][str(entry)]}
    assert systemctl.calls() == ["show-environment"]  # nothing asked of systemd

    validate = shutil.which("desktop-file-validate")
    if validate is not None:  # desktop-file-utils (.ci/system-deps.sh)
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr

    # A new time changes nothing here: the waiting reminder reads it from the settings.
    assert settle(True, settled.record, data_dir, time(7, 0), desktop).changed is False
    assert settle(False, settled.record, data_dir, time(7, 0), desktop).record == {}
    assert not entry.exists()


def test_an_exec_line_with_awkward_characters_reads_back_as_written(
    systemctl: FakeSystemctl, config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMCTL_SESSION", "1")
    monkeypatch.setenv("DESKTOP_SESSION", "plasma")
    folder = tmp_path / 'a "b" 50% $c \\d `e`'
    settle(True, {}, folder, time(20, 0), detect(), start=lambda _command: None)
    entry = config / "autostart" / "attune-journal-reminder.desktop"
    assert unquote_desktop(key(entry.read_text(), "Exec")) == [*remind_command(folder), "--wait"]


def test_moving_from_autostart_to_systemd_takes_the_entry_away(
    systemctl: FakeSystemctl, config: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMCTL_SESSION", "1")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    record = settle(True, {}, data_dir, time(20, 0), detect(), start=lambda _c: None).record
    monkeypatch.setenv("FAKE_SYSTEMCTL_SESSION", "0")  # a later login has a user session
    record = settle(True, record, data_dir, time(20, 0), detect()).record
    assert record["method"] == SYSTEMD
    assert not (config / "autostart" / "attune-journal-reminder.desktop").exists()
    assert (config / "systemd" / "user" / "attune-journal-reminder.timer").exists()


def test_where_there_is_neither_it_says_so_and_writes_nothing(
    systemctl: FakeSystemctl, config: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SYSTEMCTL_SESSION", "1")
    desktop = detect()
    assert desktop.method is None
    assert desktop.describe() == no_way_here()
    assert "only while Attune Journal is open" in no_way_here()
    with pytest.raises(InstallError, match="no systemd user session, no autostart"):
        settle(True, {}, data_dir, time(20, 0), desktop)
    assert not config.exists() or list(config.rglob("*attune*")) == []
    # Turning it off there asks nothing of the desktop at all.
    assert settle(False, {}, data_dir, time(20, 0), desktop).record == {}


def test_a_record_a_hand_edit_broke_is_ignored(systemctl: FakeSystemctl, data_dir: Path) -> None:
    desktop = detect()
    for broken in ("yes", {"method": "cron"}, {"method": SYSTEMD, "files": ["a"]}):
        assert remove(desktop, broken) == []


# ---- the program the files start -------------------------------------------------------


def test_the_program_is_the_bundle_or_the_entry_point_or_this_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Attune Journal/attune-journal")
    assert app_command() == ["/opt/Attune Journal/attune-journal"]

    monkeypatch.setattr(sys, "frozen", False)
    venv = tmp_path / "venv" / "bin"
    venv.mkdir(parents=True)
    entry = venv / "attune-journal"
    entry.write_text("#!/bin/sh\n")
    entry.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(venv / "python"))
    assert app_command() == [str(entry)]

    entry.unlink()
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert app_command() == [str(venv / "python"), "-m", "attune_journal"]
    assert reminder_install.remind_command(tmp_path)[-3:] == ["--data-dir", str(tmp_path), "remind"]


# ---- the shared rules (core.reminders) ---------------------------------------------------


def test_the_waiting_time_is_until_the_reminder_but_never_longer_than_asked() -> None:
    longest = timedelta(minutes=5)
    assert wait_before_check(datetime(2026, 11, 25, 19, 58), time(20, 0), longest) == timedelta(
        minutes=2
    )
    assert wait_before_check(datetime(2026, 11, 25, 12, 0), time(20, 0), longest) == longest
    assert wait_before_check(
        datetime(2026, 11, 25, 19, 59, 59, 900000), time(20, 0), longest
    ) == timedelta(seconds=1)


def test_an_unreadable_journal_counts_as_no_check_in_unless_the_day_was_noted() -> None:
    today = date(2026, 11, 25)
    assert counts_as_checked_in(True, None, today)
    assert not counts_as_checked_in(False, None, today)
    assert not counts_as_checked_in(None, None, today)  # encrypted: the invitation comes
    assert counts_as_checked_in(None, today, today)
    assert not counts_as_checked_in(None, date(2026, 11, 24), today)
    assert day_from_text("2026-11-25") == today
    assert day_from_text("") is None and day_from_text("soon") is None

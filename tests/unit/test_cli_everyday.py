"""Everyday command-line use: --data-dir on either side, note --at and what note says,
import --format and a quiet re-import, a mistyped need state, and no (or a gone) display."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from attune_journal import app
from attune_journal.cli import CommandError, main, parse_at
from attune_journal.core.models import Note
from attune_journal.workspace import open_workspace
from tests.clock import Clock


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def notes(data_dir: Path) -> list[Note]:
    workspace = open_workspace(data_dir)
    try:
        found = workspace.journal.entries(newest_first=False)
    finally:
        workspace.close()
    return [entry for entry in found if isinstance(entry, Note)]


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system zone is Europe/Berlin for this test (summer time from late March)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# ---- --data-dir before or after the command --------------------------------------------


@pytest.mark.parametrize("where", ["before", "after", "both"])
def test_data_dir_before_after_or_both(
    capsys: pytest.CaptureFixture[str], data_dir: Path, where: str
) -> None:
    before = ["--data-dir", str(data_dir)] if where in {"before", "both"} else []
    after = ["--data-dir", str(data_dir)] if where in {"after", "both"} else []
    code, _, err = run(capsys, *before, "note", "here", *after)
    assert code == 0, err
    assert [note.text for note in notes(data_dir)] == ["here"]


def test_data_dir_twice_with_different_folders_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "where?", "--data-dir", str(other)
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "different folders" in err
    assert not data_dir.exists() and not other.exists()


def test_data_dir_after_every_command(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "note", "one", "--data-dir", str(data_dir))[0] == 0
    code, out, _ = run(capsys, "check", "--data-dir", str(data_dir))
    assert code == 0 and "Entries: 1" in out
    code, out, _ = run(capsys, "week", "--data-dir", str(data_dir))
    assert code == 0 and out.startswith("#")
    code, out, _ = run(capsys, "backup", "--data-dir", str(data_dir))
    assert code == 0 and "Backed up" in out
    code, out, _ = run(capsys, "restore", "--data-dir", str(data_dir))
    assert code == 0 and "Backups, newest first" in out


def test_the_environment_folder_still_counts_without_the_option(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTUNE_JOURNAL_DIR", str(data_dir))
    assert run(capsys, "note", "via env")[0] == 0
    assert [note.text for note in notes(data_dir)] == ["via env"]


# ---- what note says, and note --at ------------------------------------------------------


def test_note_says_which_note_and_when(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "note", "hello")
    assert code == 0, err
    match = re.fullmatch(r"Saved note (\d+) at (\d\d:\d\d)\n", out)
    assert match, out
    (note,) = notes(data_dir)
    assert int(match.group(1)) == note.id
    assert match.group(2) == f"{note.at:%H:%M}"


def test_note_at_local_time_in_winter_and_summer(
    capsys: pytest.CaptureFixture[str], data_dir: Path, berlin: None
) -> None:
    base = ["--data-dir", str(data_dir), "note"]
    code, out, err = run(capsys, *base, "winter", "--at", "2025-12-02 21:30")
    assert code == 0, err
    assert re.fullmatch(r"Saved note \d+ on 2025-12-02 at 21:30\n", out)
    code, out, err = run(capsys, *base, "summer", "--at", "2025-07-02T06:05:09")
    assert code == 0, err
    assert "on 2025-07-02 at 06:05" in out
    winter, summer = sorted(notes(data_dir), key=lambda n: n.text, reverse=True)
    assert winter.at.isoformat() == "2025-12-02T21:30:00+01:00"
    assert summer.at.isoformat() == "2025-07-02T06:05:09+02:00"


def test_note_at_with_an_offset_keeps_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path, berlin: None
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "away", "--at", "2025-12-02T21:30-05:00"
    )
    assert code == 0, err
    assert "on 2025-12-02 at 21:30" in out
    (note,) = notes(data_dir)
    assert note.at.isoformat() == "2025-12-02T21:30:00-05:00"


def test_note_at_across_the_clock_changes(berlin: None) -> None:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with pytest.raises(CommandError, match="clocks skipped"):
        parse_at("2026-03-29 02:30", now)
    # Twice in the night the clocks go back: the first of the two, still in summer time.
    assert parse_at("2026-10-25 02:30", now).isoformat() == "2026-10-25T02:30:00+02:00"
    assert parse_at("2026-10-25 03:30", now).isoformat() == "2026-10-25T03:30:00+01:00"


def test_note_at_earlier_today_says_only_the_time(
    capsys: pytest.CaptureFixture[str], data_dir: Path, fixed_clock: Clock
) -> None:
    now = fixed_clock.now
    earlier = now.replace(hour=0, minute=1, second=0, microsecond=0)
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "x", "--at", f"{earlier:%Y-%m-%d %H:%M}"
    )
    assert code == 0, err
    assert re.fullmatch(r"Saved note \d+ at 00:01\n", out)


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",
        "21:30",
        "2026-12-02",
        "02.12.2026 21:30",
        "2026-12-02 25:00",
        "2026-13-02 21:30",
    ],
)
def test_note_at_refuses_other_forms_with_an_example(
    capsys: pytest.CaptureFixture[str], data_dir: Path, text: str
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "note", "x", "--at", text)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "2026-12-02 21:30" in err
    assert not data_dir.exists()  # refused before the journal is opened (or made)


def test_note_at_more_than_a_day_ahead_is_refused_kindly(
    capsys: pytest.CaptureFixture[str], data_dir: Path, fixed_clock: Clock
) -> None:
    later = fixed_clock.now + timedelta(days=2)
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "x", "--at", f"{later:%Y-%m-%d %H:%M}"
    )
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "more than a day from now" in err
    assert not data_dir.exists()
    soon = fixed_clock.now + timedelta(hours=1)
    assert run(capsys, "--data-dir", str(data_dir), "note", "x", "--at", soon.isoformat())[0] == 0


def test_note_at_beyond_the_calendar_is_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "x", "--at", "0001-01-01T00:30+01:00"
    )
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "years 1 to 9999" in err


# ---- --need NAME:STATE ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "suggestion"),
    [
        ("rest:meet", "rest:met"),
        ("rest:mte", "rest:met"),
        ("rest:umnet", "rest:unmet"),
        ("rest:unmett", "rest:unmet"),
        ("being heard: mt", "being heard:met"),
    ],
)
def test_a_mistyped_need_state_is_refused_with_a_suggestion(
    capsys: pytest.CaptureFixture[str], data_dir: Path, spec: str, suggestion: str
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "note", "x", "--need", spec)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert f"did you mean '{suggestion}'?" in err
    assert not data_dir.exists()  # refused before the journal is opened (or made)


def test_a_need_ending_in_a_colon_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "note", "x", "--need", "rest:")
    assert code == 1 and "'rest:met'" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("spec", "stored"),
    [
        ("rest:MET", ("rest", True)),
        ("rest: unmet", ("rest", False)),
        ("rest", ("rest", False)),
        ("safety: at home", ("safety: at home", False)),
        ("time:alone", ("time:alone", False)),
    ],
)
def test_need_states_and_names_with_a_colon(
    capsys: pytest.CaptureFixture[str], data_dir: Path, spec: str, stored: tuple[str, bool]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "note", "x", "--need", spec)
    assert code == 0, err
    (note,) = notes(data_dir)
    assert [(need.need, need.met) for need in note.needs] == [stored]


# ---- import --format, and a re-import said in one line ----------------------------------


def jrnl_file(tmp_path: Path, count: int) -> Path:
    source = tmp_path / "journal.txt"
    lines = [
        f"[2025-01-{1 + i % 28:02d} {i // 28:02d}:{i % 60:02d}] Entry {i}\n\n" for i in range(count)
    ]
    source.write_text("".join(lines))
    return source


@pytest.mark.parametrize("option", ["--format", "--from"])
def test_import_takes_format_and_still_from(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, option: str
) -> None:
    source = jrnl_file(tmp_path, 3)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", option, "jrnl", str(source))
    assert code == 0, err
    assert "Imported 3 entries" in out


def test_import_help_names_format_and_the_old_from(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", "-h")
    assert code == 0
    assert "--format FORMAT" in out and "older name" in out


def test_a_re_import_counts_what_was_already_there(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = jrnl_file(tmp_path, 200)
    args = ["--data-dir", str(data_dir), "import", "--format", "jrnl", str(source)]
    assert run(capsys, *args)[0] == 0
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "200 entries were already in your journal, unchanged." in out
    assert len(out.strip().splitlines()) <= 2
    assert out.count("already in your journal") == 1  # said once, not in two ways
    code, out, _ = run(capsys, *args, "--verbose")
    assert code == 0
    assert len([line for line in out.splitlines() if "already in the journal" in line]) == 200


def test_one_entry_already_there_is_said_in_the_singular(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = jrnl_file(tmp_path, 1)
    args = ["--data-dir", str(data_dir), "import", "--format", "jrnl", str(source)]
    run(capsys, *args)
    _, out, _ = run(capsys, *args)
    assert "1 entry was already in your journal, unchanged." in out


# ---- no display, or one that cannot be reached ------------------------------------------


def start_app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "attune_journal", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def no_display_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    return {**env, "HOME": str(tmp_path), **extra}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux here")
def test_no_display_says_so_and_points_to_smoke(tmp_path: Path) -> None:
    result = start_app(no_display_env(tmp_path), "--data-dir", str(tmp_path / "j"))
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "no display" in line and "attune-journal --smoke" in line
    assert "QT_QPA_PLATFORM" not in line


def unused_display() -> str:
    for number in range(55, 200):
        path = f"/tmp/.X11-unix/X{number}"
        if not os.path.exists(path) and not app._answers(path):
            return f":{number}"
    pytest.skip("every display number from :55 on answers here")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux here")
def test_a_display_that_is_gone_is_named_not_aborted(tmp_path: Path) -> None:
    display = unused_display()
    result = start_app(no_display_env(tmp_path, DISPLAY=display), "--data-dir", str(tmp_path / "j"))
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"attune-journal: cannot reach display {display}")
    assert "libxcb" not in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux here")
def test_smoke_without_a_display_paints_offscreen(tmp_path: Path) -> None:
    result = start_app(no_display_env(tmp_path, DISPLAY=unused_display()), "--smoke")
    assert result.returncode == 0, result.stderr
    assert "painted" in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux here")
def test_a_display_that_answers_is_left_to_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "X11_SOCKET_DIR", str(tmp_path))
    env = {"DISPLAY": ":7"}
    assert app.display_problem(env) is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "X7"))
        server.listen(1)
        assert app.display_problem(env) is None
        assert app.display_problem({"DISPLAY": "unix:7.0"}) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract sockets are Linux")
def test_an_abstract_x_socket_counts_as_an_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Inside a container, only the X server's abstract socket may be visible.
    folder = f"/attune-test-{uuid.uuid4().hex}"
    monkeypatch.setattr(app, "X11_SOCKET_DIR", folder)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0{folder}/X3")
        server.listen(1)
        assert app.display_problem({"DISPLAY": ":3"}) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux here")
@pytest.mark.parametrize(
    "env",
    [
        {"DISPLAY": "otherhost:0"},  # over the network: never probed by the app, left to Qt
        {"DISPLAY": "localhost:10.0"},
        {"DISPLAY": ":55", "QT_QPA_PLATFORM": "offscreen"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ":55", "WAYLAND_DISPLAY": "wayland-0"},
    ],
)
def test_displays_left_to_qt(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    def never(path: str) -> bool:
        raise AssertionError(f"no connection should be tried for {env}")

    monkeypatch.setattr(app, "_answers", never)
    assert app.display_problem(env) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux here")
def test_an_x_platform_with_no_display_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = app.display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert problem is not None and "no display" in problem


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are Linux here")
def test_the_display_probe_is_a_local_socket_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    families: list[int] = []
    real = socket.socket

    def recorded(family: int = -1, *args: object, **kwargs: object) -> socket.socket:
        families.append(family)
        return real(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", recorded)
    monkeypatch.setattr(app, "X11_SOCKET_DIR", str(tmp_path))
    assert app.display_problem({"DISPLAY": ":9"}) is not None
    assert families and set(families) == {socket.AF_UNIX}

"""The running app read and used through the real AT-SPI bus, as a screen reader does.

A private session bus, a virtual X display (Xvfb), the accessibility bus with its
registry (at-spi2-core's own bus configuration and ``at-spi2-registryd``), and the
installed ``attune-journal`` are started here, each as this test's own child, so each
is stopped and waited for at the end (at-spi-bus-launcher would start the bus and the
registry as grandchildren, left unreaped when it is stopped). Both the app and the
reader find the bus through ``AT_SPI_BUS_ADDRESS``. ``tests/atspi_checkin.py``, run by
the system Python with Debian's pyatspi, then makes a check-in through the accessible
tree (docs/accessibility.md). Afterwards the journal is read back: the check-in holds
what was chosen through the bus.

The tree of the check-in's body and feelings steps is written as text next to the test's
files; with ``ATTUNE_ACCESSIBLE_TREE_OUT=path`` it is copied there too (that is how
docs/screenshots/accessible-tree.txt is made).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from attune_journal.core.models import BodySensation, CheckIn

pytestmark = pytest.mark.slow

SYSTEM_PYTHON = "/usr/bin/python3"
REGISTRY = "/usr/libexec/at-spi2-registryd"
BUS_CONFIG = "/usr/share/defaults/at-spi2/accessibility.conf"
SCRIPT = Path(__file__).resolve().parents[1] / "atspi_checkin.py"
APP = Path(sys.executable).with_name("attune-journal")
SCRIPT_SECONDS = 45


def _missing() -> str | None:
    """Why this test cannot run here (None when it can)."""
    for tool in ("Xvfb", "dbus-daemon", "dbus-send"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (.ci/system-deps.sh installs it)"
    if not (Path(REGISTRY).exists() and Path(BUS_CONFIG).exists()):
        return "at-spi2-core is not installed (.ci/system-deps.sh installs it)"
    if not APP.exists():
        return f"the app's command is not installed beside {sys.executable}"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, env=_system_env({})
    )
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (.ci/system-deps.sh installs it)"
    return None


def _system_env(extra: dict[str, str]) -> dict[str, str]:
    # The system Python must not see the venv's packages, and no outside bus may leak in.
    leave_out = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "AT_SPI_BUS_ADDRESS", "DISPLAY"}
    env = {k: v for k, v in os.environ.items() if k not in leave_out}
    env.update(extra)
    return env


class Processes:
    """Everything this test starts (its own children), stopped and waited for in reverse."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[bytes]] = []

    def start(
        self, args: list[str], env: dict[str, str], **kwargs: object
    ) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(args, env=env, start_new_session=True, **kwargs)  # type: ignore[call-overload]
        self.started.append(process)
        return process

    def stop_all(self) -> None:
        while self.started:
            process = self.started.pop()
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=5)
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()


@pytest.fixture
def processes() -> Iterator[Processes]:
    started = Processes()
    try:
        yield started
    finally:
        started.stop_all()


def _start_bus(processes: Processes, args: list[str]) -> str:
    """Start a dbus-daemon that prints its address; the address."""
    bus = processes.start(
        ["dbus-daemon", *args, "--nofork", "--nopidfile", "--print-address=1"],
        _system_env({}),
        stdout=subprocess.PIPE,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    assert address, f"dbus-daemon {args} did not say where it listens"
    return address


def _registry_ready(address: str) -> bool:
    answer = subprocess.run(
        [
            "dbus-send",
            f"--bus={address}",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.a11y.atspi.Registry",
        ],
        capture_output=True,
        text=True,
        env=_system_env({}),
    )
    return "boolean true" in answer.stdout


def _start_session(processes: Processes, tmp_path: Path) -> dict[str, str]:
    """A private session bus, a virtual display, the accessibility bus and its registry."""
    session = _start_bus(processes, ["--session"])
    read_end, write_end = os.pipe()
    processes.start(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        _system_env({}),
        pass_fds=(write_end,),
        stderr=(tmp_path / "xvfb.log").open("wb"),
    )
    os.close(write_end)
    with os.fdopen(read_end) as display_pipe:
        display = display_pipe.readline().strip()
    assert display, "Xvfb did not say which display it took"
    env = {
        "DBUS_SESSION_BUS_ADDRESS": session,
        "DISPLAY": f":{display}",
        "AT_SPI_BUS_ADDRESS": _start_bus(processes, [f"--config-file={BUS_CONFIG}"]),
    }
    # Started here before anyone asks for it, so the bus never starts one of its own.
    processes.start([REGISTRY], _system_env(env), stderr=(tmp_path / "registry.log").open("wb"))
    for _ in range(100):
        if _registry_ready(env["AT_SPI_BUS_ADDRESS"]):
            return env
        time.sleep(0.05)
    raise AssertionError("the AT-SPI registry did not come up")


def test_a_check_in_through_the_real_accessibility_bus(
    tmp_path: Path, data_dir: Path, processes: Processes
) -> None:
    missing = _missing()
    if missing is not None:
        pytest.skip(missing)
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    workspace.settings.welcome_seen = True  # the first start's welcome is another test's
    workspace.save_settings()
    workspace.close()

    session = _start_session(processes, tmp_path)
    app_env = _system_env(
        {
            **session,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "LANG": "C.UTF-8",
            "LANGUAGE": "en",
        }
    )
    app = processes.start(
        [str(APP), "--data-dir", str(data_dir)],
        app_env,
        stderr=(tmp_path / "app.log").open("wb"),
    )
    dump = tmp_path / "accessible-tree.txt"
    result = subprocess.run(
        [SYSTEM_PYTHON, str(SCRIPT), str(dump)],
        env=_system_env(session),
        capture_output=True,
        text=True,
        timeout=SCRIPT_SECONDS,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    heard = json.loads(result.stdout.strip().splitlines()[-1])
    assert app.poll() is None, "the app ended while it was being read"
    assert heard["app"] == "Attune Journal"  # the name people know, not the desktop file's id

    # Focus moves inside the painted widgets reach the screen reader: the map, then its
    # region; Down, the next region; on the grid, Page Down, a word.
    assert heard["focus_on_map"] == [
        ["panel", "Body map"],
        ["list item", "Head"],
        ["list item", "Eyes"],
    ]
    assert heard["focus_on_grid"] == [
        ["panel", "Mood grid: pleasantness and energy"],
        ["check box", "furious"],
    ]
    assert heard["quadrants"] == [
        ["Unpleasant, more energy", 36],
        ["Pleasant, more energy", 28],
        ["Unpleasant, less energy", 26],
        ["Pleasant, less energy", 24],
    ]
    assert heard["chest_checked"] and heard["calm_checked"] and heard["saved"]

    tree = dump.read_text(encoding="utf-8")
    # The step is said once: by its label, not again by the dots beside it.
    body_step = tree.split("## Feelings step")[0]
    assert body_step.count("Step 2 of 7") == 1, body_step
    assert "[list item] 'Chest' (focusable) <Press>" in tree
    assert "[check box] 'calm' (checked, focusable, focused) <Toggle>" in tree
    if out := os.environ.get("ATTUNE_ACCESSIBLE_TREE_OUT"):
        shutil.copyfile(dump, out)

    processes.stop_all()  # the app lets go of the journal
    workspace = open_workspace(data_dir)
    try:
        [entry] = workspace.journal.entries()
    finally:
        workspace.close()
    assert isinstance(entry, CheckIn)
    assert [f.word for f in entry.feelings] == ["calm"]
    assert entry.body == [BodySensation("chest", "tight", 2)]

"""Shared test set-up: headless Qt, and a data folder under tmp_path, never the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from tests.fake_systemctl import FAKE_SYSTEMCTL, FakeSystemctl

if TYPE_CHECKING:
    from attune_journal.storage.repository import Journal
    from attune_journal.workspace import Workspace
    from tests.clock import Clock

# Qt with no display and no platform set aborts without a message: always set one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

# Property tests pick the same examples on every run, so a clean clone passes or fails the
# same way each time; ``HYPOTHESIS_PROFILE=explore`` searches new ones (and keeps what it
# finds in .hypothesis/ to replay).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME and the XDG folders at a temp folder so no test touches real data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("ATTUNE_JOURNAL_DIR", raising=False)
    monkeypatch.delenv("ATTUNE_JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.delenv("ATTUNE_JOURNAL_NEW_PASSPHRASE", raising=False)
    # A passphrase read from the environment is kept once taken out of it: forget it.
    from attune_journal.storage import crypto

    crypto._env_secrets.clear()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, not yet created data folder for one test."""
    return tmp_path / "journal-data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    from attune_journal.workspace import open_workspace

    ws = open_workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def journal(workspace: Workspace) -> Journal:
    return workspace.journal


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    """Pin "today" and "now" for the app and the test (tests/clock.py says where).

    Starts on an ordinary Wednesday morning; a test moves it with ``fixed_clock.set``.
    """
    from tests.clock import Clock

    # The fixture's monkeypatch puts the real clock back after the test.
    yield Clock(monkeypatch, datetime(2026, 11, 25, 10, 0))


@pytest.fixture
def systemctl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSystemctl]:
    """A fake ``systemctl`` first on the PATH, recording each call (tests/fake_systemctl.py)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "systemctl"
    script.write_text(FAKE_SYSTEMCTL, encoding="utf-8")
    script.chmod(0o755)
    log = tmp_path / "systemctl.log"
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("FAKE_SYSTEMCTL_LOG", str(log))
    monkeypatch.delenv("FAKE_SYSTEMCTL_FAIL", raising=False)
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    monkeypatch.delenv("DESKTOP_SESSION", raising=False)
    yield FakeSystemctl(log)


@pytest.fixture
def config() -> Path:
    """The temporary config home the reminder's files land in."""
    return Path(os.environ["XDG_CONFIG_HOME"])

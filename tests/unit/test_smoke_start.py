"""`attune-journal --smoke` opens the main window, paints once and exits 0, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_smoke_start_paints_and_exits_zero(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "attune_journal", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "main window painted" in result.stdout


def test_smoke_start_without_data_dir_leaves_no_data_behind(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_DATA_HOME"] = str(tmp_path / "data-home")
    result = subprocess.run(
        [sys.executable, "-m", "attune_journal", "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data-home" / "attune-journal").exists()

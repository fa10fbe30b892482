"""Settings: defaults, atomic save with 0600, damaged files set aside, clamped values."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from attune_journal.settings import Settings, load_settings, save_settings


def test_round_trip_and_permissions(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(theme="dark", window_low=2, window_high=7, week_start=6)
    save_settings(path, settings)
    loaded, problem = load_settings(path)
    assert problem is None and loaded == settings
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_damaged_file_is_set_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json")
    loaded, problem = load_settings(path)
    assert loaded == Settings()
    assert problem is not None and "could not be read" in problem
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.damaged-")]
    assert len(aside) == 1 and aside[0].read_text() == "{ not json"


def test_out_of_range_values_are_clamped_and_unknown_keys_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {"theme": "purple", "window_low": 8, "window_high": 3, "font_scale": 9, "zzz": 1}
    path.write_text(json.dumps(raw))
    loaded, problem = load_settings(path)
    assert problem is None
    assert loaded.theme == "system" and loaded.font_scale == 2.0
    assert loaded.window_low == 8 and loaded.window_high == 8

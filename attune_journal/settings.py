"""The person's settings: a small, versioned JSON file beside the store.

Plain JSON (never pickled Qt objects) so that it survives Qt upgrades and can be
read by a person. Written atomically: a temp file in the same folder, then
``os.replace``, so a crash mid-write leaves the old file intact. A damaged file
is set aside (``settings.json.damaged-<time>``) and defaults are used, with the
problem reported once, rather than refusing to start.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from attune_journal.paths import FILE_MODE, ensure_private_dir

SETTINGS_VERSION = 1

THEMES = ("system", "light", "dark")


@dataclass
class Settings:
    """Everything the Settings screen edits. Defaults are gentle and private."""

    version: int = SETTINGS_VERSION
    theme: str = "system"
    font_scale: float = 1.0
    window_low: int = 3
    window_high: int = 6
    week_start: int = 0  # 0 = Monday … 6 = Sunday
    reminder_enabled: bool = False
    reminder_time: str = "20:00"
    disabled_prompt_themes: list[str] = field(default_factory=list)
    breathing_animation: bool = True
    relationship_enabled: bool = False
    relationship_safety_seen: bool = False  # the safety note is shown once, on first turn-on
    welcome_seen: bool = False
    support_contacts: list[dict[str, str]] = field(default_factory=list)
    helplines: list[dict[str, str]] = field(default_factory=list)
    idle_lock_minutes: int = 0
    backups_kept: int = 10
    window_geometry: str = ""  # base64 of QWidget.saveGeometry(), kept as text
    last_reminder_shown: str = ""

    def validate(self) -> None:
        """Clamp values a hand-edited file may have pushed out of range."""
        if self.theme not in THEMES:
            self.theme = "system"
        self.font_scale = min(max(float(self.font_scale), 0.75), 2.0)
        self.window_low = min(max(int(self.window_low), 0), 10)
        self.window_high = min(max(int(self.window_high), self.window_low), 10)
        self.week_start = int(self.week_start) % 7
        self.backups_kept = min(max(int(self.backups_kept), 1), 100)
        self.idle_lock_minutes = max(int(self.idle_lock_minutes), 0)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """Read settings; returns ``(settings, problem)`` where ``problem`` is a message or None."""
    if not path.exists():
        return Settings(), None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as error:
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, aside)
        except OSError:
            aside = path
        return Settings(), (
            f"Your settings file could not be read ({error}); it was kept as {aside.name} "
            "and the defaults are used for now."
        )
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in _migrate(raw).items() if k in known})
    try:
        settings.validate()
    except (TypeError, ValueError):
        return Settings(), "Some settings had values the app could not use; defaults are used."
    return settings, None


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file up to ``SETTINGS_VERSION`` (append steps here)."""
    raw = dict(raw)
    raw["version"] = SETTINGS_VERSION
    return raw


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically with 0600 permissions."""
    ensure_private_dir(path.parent)
    atomic_write_text(path, json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n")


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # not on Windows, where the mode does not apply
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise

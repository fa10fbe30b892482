"""Find the plain resource files (vocabularies, prompts, icons, styles).

One lookup for three ways of running: from a checkout (``resources/`` beside the
package), from an installed wheel (the build copies ``resources/`` into
``attune_journal/resources``) and from a frozen PyInstaller bundle (files under
``sys._MEIPASS``). Nothing is compiled into a ``.qrc``.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceMissingError(FileNotFoundError):
    """A resource file the app ships is not where it should be (a broken install)."""


@cache
def resources_dir() -> Path:
    """Return the folder that holds the shipped resource files."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "attune_journal" / "resources")
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / "resources")  # checkout / editable install
    for candidate in candidates:
        if (candidate / "feelings.json").is_file():
            return candidate
    raise ResourceMissingError(
        "The app's resource files were not found; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Return the path of one shipped resource, e.g. ``resource_path("icons", "app.svg")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceMissingError(f"Missing resource file: {path}")
    return path


@cache
def load_json(name: str) -> Any:
    """Load and cache a shipped JSON resource by file name."""
    with resource_path(name).open(encoding="utf-8") as handle:
        return json.load(handle)

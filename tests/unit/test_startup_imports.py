"""What a start of the app imports before its window is up (PRODUCT.md section 10's budget).

Start-up is measured against a bare PySide6 window (``bench/measure_startup.py``);
every module on that path costs its import, and without compiled bytecode its
compilation too. These tests start the app the way the benchmark does, in a fresh
interpreter, and check which modules are loaded once the window has painted:
the other screens, the charts, sqlite-utils (migrations only) and the
vocabularies must wait until they are used. No timings: those belong to the bench.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from attune_journal.settings import Settings, save_settings
from attune_journal.workspace import open_workspace

# Started like ui.application.start / bench.measure_startup: theme, workspace, window, paint.
START = textwrap.dedent(
    """
    import json, sys
    from attune_journal.settings import Settings
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.ui.theme import apply_theme
    from attune_journal.workspace import open_workspace

    app = make_qapplication(sys.argv[:1])
    style = app.style().name()  # before the style sheet wraps it
    apply_theme(app, Settings())
    workspace = open_workspace(sys.argv[1])
    window = open_main_window(app, workspace, interactive=True)
    app.processEvents()
    focus = app.focusWidget()
    print(json.dumps({
        "modules": sorted(sys.modules),
        "screen": window.stack.currentWidget().__class__.__name__,
        "focus": focus.accessibleName() if focus is not None else None,
        "style": style,
    }))
    """
)

# Loaded only when the person goes there (or when a store needs migrating).
NOT_AT_START = (
    "attune_journal.ui.checkin",
    "attune_journal.ui.history",
    "attune_journal.ui.trends",
    "attune_journal.ui.week",
    "attune_journal.ui.relationship",
    "attune_journal.ui.repairs",
    "attune_journal.ui.settings_screen",
    "attune_journal.ui.charts",
    "attune_journal.ui.banner",
    "attune_journal.core.stats",
    "attune_journal.core.vocab",
    "attune_journal.exchange",
    "attune_journal.storage.backup",
    "attune_journal.storage.migrations",
    "pyqtgraph",
    "numpy",
    "sqlite_utils",
    "platformdirs",
)


def _start(data_dir: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("QT_LOGGING_RULES", "*.debug=false;qt.qpa.*=false")
    proc = subprocess.run(
        [sys.executable, "-c", START, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def existing_journal(data_dir: Path) -> Path:
    """A journal opened before (store created and migrated), as on every start but the first."""
    workspace = open_workspace(data_dir)
    workspace.close()
    save_settings(data_dir / "settings.json", Settings(welcome_seen=True))
    return data_dir


def test_start_leaves_other_screens_and_heavy_modules_for_later(existing_journal: Path) -> None:
    result = _start(existing_journal)
    modules = set(result["modules"])  # type: ignore[call-overload]
    loaded = sorted(
        name
        for name in modules
        for unwanted in NOT_AT_START
        if name == unwanted or name.startswith(unwanted + ".")
    )
    assert loaded == []
    # The start still builds what the person sees first.
    assert "attune_journal.ui.today" in modules
    assert result["screen"] == "TodayScreen"


def test_welcome_module_loads_only_on_the_first_start(existing_journal: Path) -> None:
    assert "attune_journal.ui.welcome" not in _start(existing_journal)["modules"]  # type: ignore[operator]
    save_settings(existing_journal / "settings.json", Settings(welcome_seen=False))
    assert "attune_journal.ui.welcome" in _start(existing_journal)["modules"]  # type: ignore[operator]


def test_fusion_style_and_focus_in_the_free_entry(existing_journal: Path) -> None:
    # Fusion now comes from Qt's command line rather than setStyle(); the look must not change.
    result = _start(existing_journal)
    assert str(result["style"]).lower() == "fusion"
    assert result["focus"] == "Free entry"

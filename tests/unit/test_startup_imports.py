"""What a start of the app imports before its window is up (the start-up budget in docs/domain.md).

Start-up is measured against a bare PySide6 window (``bench/measure_startup.py``);
every module on that path costs its import, and without compiled bytecode its
compilation too. These tests start the app through its real entry point
(``cli.main``), as the benchmark does, in a fresh interpreter, and check which
modules are loaded once the window has painted: the other screens, the charts,
sqlite-utils (migrations only), the vocabularies, the exporters and OpenSSL must
wait until they are used. No timings: those belong to the bench.
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

# Started through the real entry point, as `attune-journal --data-dir DIR` (and
# bench.measure_startup) runs it; the window's first paint is where start-up ends.
START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from attune_journal import cli
    from attune_journal.ui import application

    open_main_window = application.open_main_window
    apply_theme = application.apply_theme
    seen = {}

    def look_then_theme(app, settings):
        seen.setdefault("style", app.style().name())  # before the style sheet wraps it
        apply_theme(app, settings)

    def open_and_look(app, workspace, interactive=True):
        window = open_main_window(app, workspace, interactive=interactive)
        app.processEvents()
        focus = app.focusWidget()
        seen.update({
            "modules": sorted(sys.modules),
            "screen": window.stack.currentWidget().__class__.__name__,
            "focus": focus.accessibleName() if focus is not None else None,
        })
        QTimer.singleShot(0, app.quit)  # as soon as the event loop runs
        return window

    application.apply_theme = look_then_theme
    application.open_main_window = open_and_look
    cli.main(["--data-dir", sys.argv[1]])
    print(json.dumps(seen))
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
    # The command line's parser knows the exchange formats' names; the readers, the
    # exporter and their YAML load only for an import or an export.
    "attune_journal.exchange.markdown_export",
    "attune_journal.exchange.markdown_render",
    "attune_journal.exchange.export_files",
    "attune_journal.exchange.markdown_import",
    "attune_journal.exchange.frontmatter",
    "attune_journal.exchange.parsed",
    "attune_journal.exchange.importing",
    "attune_journal.exchange.jrnl",
    "attune_journal.exchange.dayone",
    "attune_journal.exchange.daylio",
    "hashlib",  # OpenSSL: SHA-256 at start comes from core.digest
    "PySide6.QtNetwork",  # the single-instance socket listens once the window is up
    "sqlcipher3",  # only an encrypted store loads SQLCipher
    "attune_journal.storage.backup",
    "attune_journal.storage.recovery",
    "attune_journal.ui.privacy_settings",
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
    assert workspace.prompt_salt  # made and kept on the first start's prompt of the day
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

"""The core, the store, the exchange formats and the CLI never import Qt."""

from __future__ import annotations

import subprocess
import sys


def test_non_ui_packages_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import attune_journal.core.models, attune_journal.core.vocab\n"
        "import attune_journal.core.prompts\n"
        "import attune_journal.storage, attune_journal.exchange, attune_journal.cli\n"
        "import attune_journal.workspace, attune_journal.settings, attune_journal.paths\n"
        "import pkgutil, importlib, attune_journal.core, attune_journal.exchange\n"
        "for pkg in (attune_journal.core, attune_journal.storage, attune_journal.exchange):\n"
        "    for mod in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + mod.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

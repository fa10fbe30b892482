"""Child process: export the whole journal to a Markdown folder with our own exporter.

``python -m bench.measure_export DATA_DIR OUT_DIR`` reads every entry and writes
the folder through the exchange package's exporter (the same code File > Export
and ``attune-journal export`` run); ``--single`` writes one combined file
``OUT_DIR`` instead (``export_markdown_file``). The parent times the whole process, like it
times ``jrnl --format markdown``; this prints the in-process part separately.
If the exporter is not there, prints ``{"missing": reason}``.
"""

from __future__ import annotations

import inspect
import json
import sys
import time
from pathlib import Path
from typing import Any


def find_exporter(single: bool = False) -> Any:
    """The exchange function that writes entries to a Markdown folder (or file), if installed."""
    import importlib

    if single:
        try:
            module = importlib.import_module("attune_journal.exchange.markdown_export")
        except ImportError:
            return None
        return getattr(module, "export_markdown_file", None)
    for module_name, function in (
        ("attune_journal.exchange.markdown_export", "export_markdown_folder"),
        ("attune_journal.exchange.markdown_export", "export_folder"),
        ("attune_journal.exchange.markdown", "export_markdown_folder"),
        ("attune_journal.exchange.markdown", "export_folder"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if callable(getattr(module, function, None)):
            return getattr(module, function)
    return None


def main() -> int:
    data_dir, out_dir = sys.argv[1], Path(sys.argv[2])
    single = "--single" in sys.argv[3:]
    exporter = find_exporter(single)
    if exporter is None:
        print(json.dumps({"missing": "no Markdown folder exporter in attune_journal.exchange"}))
        return 0
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    began = time.perf_counter()
    first = next(iter(inspect.signature(exporter).parameters))
    if "journal" in first:
        exporter(workspace.journal, out_dir)
    elif "workspace" in first:
        exporter(workspace, out_dir)
    else:
        exporter(workspace.journal.entries(newest_first=False), out_dir)
    elapsed = (time.perf_counter() - began) * 1000
    files = 1 if single else sum(1 for p in out_dir.rglob("*.md"))
    workspace.close()
    print(json.dumps({"inner_ms": elapsed, "files": files}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

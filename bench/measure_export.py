"""Child process: export the whole journal to Markdown with our own exporter.

``python -m bench.measure_export DATA_DIR OUT_DIR`` exports every live entry
to a folder, one file per entry, through exactly the code ``attune-journal
export --out OUT_DIR`` runs (``entries_for_export``, then
``export_markdown_folder``; File > Export runs the same two in a worker thread).
``--single`` writes one combined file ``OUT_DIR`` instead
(``export_markdown_file``, like ``--single-file``). The parent times the whole
process, like it times ``jrnl --format markdown``; this prints the in-process
part separately, with the number of files the export reports having written
(counting them on disk here would add a walk of the folder to the timed run).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> int:
    data_dir, out_dir = sys.argv[1], Path(sys.argv[2])
    single = "--single" in sys.argv[3:]
    from attune_journal.exchange.commands import entries_for_export
    from attune_journal.exchange.markdown_export import (
        export_markdown_file,
        export_markdown_folder,
    )
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    try:
        began = time.perf_counter()
        entries = entries_for_export(workspace)
        if single:
            report = export_markdown_file(entries, out_dir)
        else:
            report = export_markdown_folder(entries, out_dir)
        elapsed = (time.perf_counter() - began) * 1000
    finally:
        workspace.close()
    print(json.dumps({"inner_ms": elapsed, "files": report.written, "entries": report.entries}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Child process: export the whole journal to Markdown with our own exporter.

``python -m bench.measure_export DATA_DIR OUT_DIR`` exports every live entry to
a folder, one file per entry, by running ``attune-journal export --out OUT_DIR``'s
own handler (``exchange.commands.export_command``, with the arguments parsed by
the command line's own parser) on the opened workspace; only the daily backup
the real command takes first is left out. File > Export runs the same
``entries_for_export`` and ``export_markdown_folder``, in a worker thread.
``--single`` adds ``--single-file``: one combined file ``OUT_DIR``.

The parent times the whole process, like it times ``jrnl --format markdown``;
this prints the in-process part separately, with the command's summary line
(counting the files on disk here would add a walk of the folder to the timed run).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time


def main() -> int:
    data_dir, out_dir = sys.argv[1], sys.argv[2]
    single = "--single" in sys.argv[3:]
    from attune_journal.exchange.commands import add_parsers, export_command
    from attune_journal.workspace import open_workspace

    parser = argparse.ArgumentParser(prog="attune-journal")
    add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", "--out", out_dir, *(["--single-file"] if single else [])])
    workspace = open_workspace(data_dir)
    out = io.StringIO()
    try:
        began = time.perf_counter()
        export_command(args, workspace, out)
        elapsed = (time.perf_counter() - began) * 1000
    finally:
        workspace.close()
    print(json.dumps({"inner_ms": elapsed, "summary": out.getvalue().splitlines()[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

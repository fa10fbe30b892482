"""``attune-journal export`` and ``attune-journal import``: arguments and the work.

``cli.py`` adds these subcommands with ``add_parsers`` and calls
``export_command`` / ``import_command``; errors here are ``ExchangeError``
subclasses whose message is the one line the CLI prints. ``entries_for_export``
is shared with the Export dialog, so both choose entries the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from attune_journal.core.i18n import format_number, format_percent, translate
from attune_journal.core.models import Entry, ValidationError
from attune_journal.core.weeks import parse_iso_week, week_range
from attune_journal.exchange.formats import EXPORT_FORMATS, IMPORT_FORMATS
from attune_journal.workspace import Workspace


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("ImportExport", "'{text}' is not a date like 2026-11-23").format(text=text)
        ) from None


def add_parsers(sub: Any) -> None:
    """Add the ``export`` and ``import`` subcommands to ``sub`` (argparse subparsers)."""
    export = sub.add_parser(
        "export",
        help=translate("CommandLine", "export entries to Markdown (plain text, not encrypted)"),
        description=(
            translate(
                "CommandLine",
                "Export entries as Markdown files with YAML front matter (docs/export-format.md): "
                "a folder with one file per entry, or one combined file. Exports are plain text, "
                "not encrypted. An existing file with different content is never replaced "
                "without --force.",
            )
        ),
    )
    export.add_argument("--format", choices=EXPORT_FORMATS, default="markdown")
    export.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=translate("CommandLine", "the folder (or file)"),
    )
    export.add_argument(
        "--from",
        dest="start",
        type=_day,
        metavar="DATE",
        help=translate("CommandLine", "first day"),
    )
    export.add_argument(
        "--to", dest="end", type=_day, metavar="DATE", help=translate("CommandLine", "last day")
    )
    export.add_argument(
        "--week", metavar="LABEL", help=translate("CommandLine", "only one week, e.g. 2026-W47")
    )
    export.add_argument(
        "--single-file",
        action="store_true",
        help=translate("CommandLine", "one combined Markdown file instead of a folder"),
    )
    export.add_argument(
        "--force",
        action="store_true",
        help=translate("CommandLine", "replace existing files whose content differs"),
    )

    imp = sub.add_parser(
        "import",
        help=translate(
            "CommandLine", "import entries from our Markdown export, jrnl, Day One or Daylio"
        ),
        description=(
            translate(
                "CommandLine",
                "Import entries, all or nothing, after a backup. Entries the journal already has "
                "are skipped, so importing the same file twice adds nothing. Without --format "
                "the format is told from the first few KB of the file (or a folder's names) "
                "and named on stderr.",
            )
        ),
    )
    # ``--from`` was this option's first name; it is kept so older scripts still work,
    # but ``--format`` is the one to use: for ``export``, ``--from`` is the first day.
    imp.add_argument(
        "--format",
        "--from",
        dest="source_format",
        default=None,
        choices=list(IMPORT_FORMATS),
        metavar="FORMAT",
        help=(
            f"the format of PATH: {', '.join(IMPORT_FORMATS)}; without it, told from the "
            "file itself (--from is the older name of this option)"
        ),
    )
    imp.add_argument(
        "path", metavar="PATH", help=translate("CommandLine", "the file (or exported folder)")
    )
    imp.add_argument(
        "--time-format",
        metavar="FMT",
        help=translate(
            "CommandLine", "jrnl's timeformat if you changed it (default %%Y-%%m-%%d %%H:%%M)"
        ),
    )
    imp.add_argument(
        "--verbose",
        action="store_true",
        help=translate(
            "CommandLine", "list every skipped entry and note, not only how many there were"
        ),
    )


def entries_for_export(
    workspace: Workspace,
    start: date | None = None,
    end: date | None = None,
    week: str | None = None,
    unreadable: set[int] | None = None,
) -> list[Entry]:
    """The live entries to export: a date range, or a whole week with its reviews.

    A weekly review or relationship check-in belongs to its week even when it
    was written a day after, so a week's export includes the ones labelled for it.
    Ids of rows damaged beyond reading go into ``unreadable`` (see ``left_out``).
    """
    journal = workspace.journal
    if week is None:
        return journal.entries(start, end, newest_first=False, unreadable=unreadable)
    label = week.strip()
    parse_iso_week(label)
    first, last = week_range(label, workspace.settings.week_start)
    found = journal.entries(first, last, newest_first=False, unreadable=unreadable)
    extra = [journal.weekly_review(label), journal.relationship_checkin(label)]
    uids = {entry.uid for entry in found}
    found += [entry for entry in extra if entry is not None and entry.uid not in uids]
    # A review written early in this week for the week before belongs to that week.
    return [entry for entry in found if getattr(entry, "week", label) == label]


def left_out(unreadable: set[int]) -> str | None:
    """The sentence an export adds when damaged rows could not be included."""
    if not unreadable:
        return None
    damaged = len(unreadable)  # a plain name: lupdate reads it as the count
    return translate(
        "ImportExport",
        "%n damaged entries could not be read and were left out; `attune-journal check` "
        "names them.",
        None,
        damaged,
    )


@contextlib.contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """While exporting, SIGTERM and SIGHUP (a closed terminal) stop the export the way
    a cancel does: the staging folder is removed and one line says so, instead of the
    process vanishing with its staging folder left for the next run to remove."""
    from attune_journal.exchange.markdown_export import ExportCancelled

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise ExportCancelled(
            translate(
                "ImportExport",
                "The export was stopped ({signal}) before it finished; no half-written files "
                "were left.",
            ).format(signal=signal.Signals(signum).name)
        )

    wanted = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    before = {signum: signal.signal(signum, stop) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


def export_command(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    # Loaded here, not with this module: every start of the app builds the CLI's parser,
    # and opening the window should not pay for the exporter and its YAML writer.
    from attune_journal.exchange.export_files import ExportError
    from attune_journal.exchange.markdown_export import (
        export_markdown_file,
        export_markdown_folder,
    )

    if args.start and args.end and args.start > args.end:
        raise ExportError(
            translate("ImportExport", "--from {start} is after --to {end}.").format(
                start=args.start, end=args.end
            )
        )
    if args.week and (args.start or args.end):
        raise ExportError(translate("ImportExport", "Give either --week or --from/--to, not both."))
    unreadable: set[int] = set()
    try:
        entries = entries_for_export(workspace, args.start, args.end, args.week, unreadable)
    except ValidationError as error:
        raise ExportError(str(error)) from None
    target = Path(args.out).expanduser()
    # The data folder: the export refuses to write over the journal's own files and
    # records itself there, so what a killed run leaves is removed by the next one.
    data_dir = workspace.paths.root
    with _stopped_by_signals():
        if args.single_file:
            report = export_markdown_file(entries, target, force=args.force, data_dir=data_dir)
        else:
            report = export_markdown_folder(
                entries,
                target,
                force=args.force,
                data_dir=data_dir,
                extra_files=partner_files_for_export(workspace, args.start, args.end, args.week),
            )
    print(report.summary(), file=out)
    note = left_out(unreadable)
    if note:
        print(note, file=out)
    print(
        translate(
            "ImportExport", "The export is plain text, not encrypted: keep it somewhere private."
        ),
        file=out,
    )
    return 0


def partner_files_for_export(
    workspace: Workspace, start: date | None, end: date | None, week: str | None
) -> list[tuple[str, bytes]]:
    """The weeks partners shared, for a folder export of the whole journal or of a week
    (``partner/<name>/<week>.md``), from the app and the command line alike; an export
    of a range of days leaves them out."""
    if start or end:
        return []
    from attune_journal.exchange.export_files import ExportError
    from attune_journal.exchange.partner import PartnerError, partner_export_files

    try:
        files = partner_export_files(workspace.journal)
    except PartnerError as error:
        raise ExportError(
            translate("ImportExport", "{error} Nothing was exported.").format(error=error)
        ) from None
    if week:
        files = [(name, data) for name, data in files if name.endswith(f"/{week}.md")]
    return files


class ImportProgress:
    """Progress lines on stderr for a long import, never a flood.

    Nothing is said while the work is quick: a line appears only when stderr is a
    terminal or the import has already taken ``QUIET_SECONDS``, and then at most one
    every ``EVERY_SECONDS``. Reading is told as a share of the file's bytes; saving
    gets one line when it starts, since the store writes everything in one go.
    """

    QUIET_SECONDS = 2.0
    EVERY_SECONDS = 2.0

    def __init__(self, name: str, stream: TextIO, clock: Callable[[], float] = time.monotonic):
        self.name = name
        self.stream = stream
        self.clock = clock
        self.began = clock()
        self.last: float | None = None
        try:
            self.terminal = stream.isatty()
        except (AttributeError, ValueError):
            self.terminal = False

    def _due(self, final: bool = False) -> bool:
        now = self.clock()
        if not self.terminal and now - self.began < self.QUIET_SECONDS:
            return False
        if not final and self.last is not None and now - self.last < self.EVERY_SECONDS:
            return False
        self.last = now
        return True

    def _say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)

    def reading(self, done: int, total: int) -> None:
        if total and done < total and self._due():
            self._say(
                translate("ImportExport", "Reading {name}: {share} ({done} of {total} MB)…").format(
                    name=self.name,
                    share=format_percent(done * 100 // total / 100),  # 100% only when done
                    done=format_number(done / 1_000_000),
                    total=format_number(total / 1_000_000),
                )
            )

    def saving(self, done: int, total: int) -> None:
        if total and not done and self._due(final=True):
            self._say(
                translate(
                    "ImportExport",
                    "Checked {name}; saving %Ln entries after a backup…",
                    None,
                    total,
                ).format(name=self.name)
            )


def detected_format(path: Path, err: TextIO | None = None) -> str:
    """The format of ``path`` as told from its head, said on ``err`` (stderr) as
    "Reading journal.txt as jrnl text"; one line naming the formats when it cannot be told.
    """
    from attune_journal.exchange.formats import detect_format
    from attune_journal.exchange.parsed import ImportFormatError

    found = detect_format(path)
    fmt = found.format
    if fmt is None:
        raise ImportFormatError(
            translate(
                "ImportExport",
                "{path}: the format could not be told ({because}); name it with --format FORMAT, "
                "one of {formats}",
            ).format(path=path, because=found.because, formats=", ".join(IMPORT_FORMATS))
        )
    print(
        translate("ImportExport", "Reading {file} as {format}").format(
            file=path.name or path, format=translate("ImportFormats", fmt.name)
        ),
        file=err or sys.stderr,
        flush=True,
    )
    return fmt.id


def import_command(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.importing import run_import

    path = Path(args.path).expanduser()
    format_id = args.source_format or detected_format(path)
    progress = ImportProgress(path.name, sys.stderr)
    report = run_import(
        workspace,
        format_id,
        path,
        args.time_format,
        progress=progress.saving,
        reading=progress.reading,
    )
    for line in report.lines(args.verbose, more="The import's --verbose lists every one."):
        print(line, file=out)
    return 0

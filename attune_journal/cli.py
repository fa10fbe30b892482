"""The command line: ``attune-journal [--data-dir DIR] [COMMAND ...]``.

With no command it opens the app (Qt is imported only then). The commands work on
core + storage + exchange only, for scripting and for people who live in a
terminal. Errors print one clear line on stderr and exit non-zero; every write
is a single transaction, so nothing half-written is left behind.

Exit codes: 0 done, 1 the input or the store said no (message printed),
2 the command line itself is wrong (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO

from attune_journal import __version__
from attune_journal.core.models import (
    Feeling,
    NeedState,
    Note,
    StrategyTry,
    ValidationError,
    clean_word,
)
from attune_journal.storage.errors import StoreError
from attune_journal.workspace import Workspace, open_workspace


class CommandError(Exception):
    """A problem with what was asked; the message is printed as the one error line."""


Handler = Callable[[argparse.Namespace, Workspace, TextIO], int]
_COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    """Register a subcommand handler (the parser is built in ``build_parser``)."""

    def register(handler: Handler) -> Handler:
        _COMMANDS[name] = handler
        return handler

    return register


def _int_0_10(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number from 0 to 10") from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(f"activation must be from 0 to 10, not {value}")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one clear line (the help is one ``-h`` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} -h')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="attune-journal",
        description="A private journal for self-attunement. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"attune-journal {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the journal's folder (default: your user data folder, or $ATTUNE_JOURNAL_DIR)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, paint it once and exit 0 (a check of an installed app)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    note = sub.add_parser(
        "note",
        help="save a quick entry or self-regulation note",
        description=(
            "Save a quick entry. Feeling words not in the vocabulary are kept as your own "
            "words, without grid coordinates (they count everywhere except on the grid)."
        ),
    )
    note.add_argument("text", nargs="?", default="", help="what you want to note (Markdown)")
    note.add_argument("--activation", type=_int_0_10, metavar="N", help="activation now, 0..10")
    note.add_argument("--strategy", metavar="NAME", help="a strategy you tried")
    note.add_argument(
        "--after", type=_int_0_10, metavar="N", help="activation a few minutes after the strategy"
    )
    note.add_argument(
        "--feeling",
        action="append",
        default=[],
        metavar="WORD[:1-3]",
        help="a feeling, optionally with intensity 1..3 (repeatable)",
    )
    note.add_argument(
        "--need",
        action="append",
        default=[],
        metavar="NAME[:met]",
        help="a need that is alive, unmet unless written NAME:met (repeatable)",
    )
    note.add_argument("--tag", action="append", default=[], metavar="TAG", help="(repeatable)")
    note.add_argument("--star", action="store_true", help="star the entry")

    sub.add_parser("check", help="check the journal's integrity and say what was found")
    return parser


def _parse_feeling(spec: str, workspace: Workspace) -> Feeling:
    from attune_journal.core.vocab import feeling_lookup

    word, _, intensity_text = spec.rpartition(":") if ":" in spec else (spec, "", "")
    word = clean_word(word)
    intensity = 2
    if intensity_text:
        if intensity_text not in {"1", "2", "3"}:
            raise CommandError(f"The intensity of '{word}' must be 1, 2 or 3.")
        intensity = int(intensity_text)
    known = feeling_lookup(workspace.own_feeling_words())
    found = known.get(word.casefold())
    if found is None:
        return Feeling(word=word, intensity=intensity)
    return Feeling(word=found.word, pleasantness=found.p, energy=found.e, intensity=intensity)


def _parse_need(spec: str) -> NeedState:
    name, sep, state = spec.rpartition(":")
    if not sep or state.lower() not in {"met", "unmet"}:
        return NeedState(need=clean_word(spec), met=False)
    return NeedState(need=clean_word(name), met=state.lower() == "met")


@command("note")
def _note(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    if args.after is not None and not args.strategy:
        raise CommandError("--after needs --strategy: which strategy was it after?")
    strategy = None
    if args.strategy:
        strategy = StrategyTry(args.strategy, before=args.activation, after=args.after)
    entry = Note(
        text=args.text,
        activation=args.activation,
        strategy=strategy,
        feelings=[_parse_feeling(spec, workspace) for spec in args.feeling],
        needs=[_parse_need(spec) for spec in args.need],
        tags=list(args.tag),
        starred=args.star,
    )
    workspace.journal.save(entry)
    print(entry.id, file=out)
    return 0


@command("check")
def _check(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.storage.db import integrity_problems

    problems = integrity_problems(workspace.journal.db)
    live, trashed = workspace.journal.count(), workspace.journal.count(trashed=True)
    print(f"Journal: {workspace.paths.store}", file=out)
    print(f"Entries: {live} (and {trashed} in the trash)", file=out)
    if problems:
        print(f"Found {len(problems)} problem(s):", file=out)
        for problem in problems:
            print(f"  - {problem}", file=out)
        return 1
    print("Everything checks out: the store, its links and the search index are sound.", file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from attune_journal.app import run_app

        return run_app(args.data_dir, smoke=args.smoke)
    workspace: Workspace | None = None
    try:
        workspace = open_workspace(args.data_dir)
        return _COMMANDS[args.command](args, workspace, sys.stdout)
    except (CommandError, ValidationError, StoreError) as error:
        print(f"attune-journal: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"attune-journal: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1
    finally:
        if workspace is not None:
            workspace.close()

"""The command line: ``attune-journal [--data-dir DIR] [COMMAND ...]``.

``--data-dir`` may also follow the command (``attune-journal note --data-dir DIR``);
given on both sides, the two must name the same folder.

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
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from attune_journal import __version__
from attune_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from attune_journal.core.models import (
    Feeling,
    NeedState,
    Note,
    StrategyTry,
    ValidationError,
    clean_word,
)
from attune_journal.core.timeutil import (
    NotATimeError,
    SkippedTimeError,
    TimeOutOfRangeError,
    TooFarAheadError,
    now_local,
    parse_moment,
    today_local,
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
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "'{text}' is not a whole number from 0 to 10").format(
                text=text
            )
        ) from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "activation must be from 0 to 10, not {value}").format(
                value=value
            )
        )
    return value


_AT_EXAMPLE = QT_TRANSLATE_NOOP(
    "CommandLine", "use a time like 2026-12-02 21:30 (your local time) or 2026-12-02T21:30+01:00"
)


def parse_at(text: str, now: datetime | None = None) -> datetime:
    """The moment ``note --at`` names, with its UTC offset; ``CommandError`` if none.

    The rules are ``core.timeutil.parse_moment``'s (the app's "When" field uses them
    too): "YYYY-MM-DD HH:MM" (or with "T", or with seconds) is local time in the system's
    zone, with the offset the zone had on that day (summer time included); a time the
    clocks skipped when they went forward is refused, and a time that happened twice
    when they went back is the first of the two. With an offset ("+01:00", "Z") the
    time is kept as written. A time more than a day after now is refused.
    """
    try:
        return parse_moment(text, now)
    except NotATimeError:
        raise CommandError(
            translate("CommandLine", "--at '{text}' is not a date and time; {example}.").format(
                text=text, example=translate("CommandLine", _AT_EXAMPLE)
            )
        ) from None
    except SkippedTimeError:
        raise CommandError(
            translate(
                "CommandLine",
                "--at '{text}' did not happen here: the clocks skipped that time when they went "
                "forward. Give a time just before or after it.",
            ).format(text=text)
        ) from None
    except TooFarAheadError:
        raise CommandError(
            translate(
                "CommandLine",
                "--at '{text}' is more than a day from now; the journal keeps what has already "
                "happened, so give a time up to now. Nothing was saved.",
            ).format(text=text)
        ) from None
    except TimeOutOfRangeError:
        raise CommandError(
            translate("CommandLine", "--at '{text}' is out of range; {example}.").format(
                text=text, example=translate("CommandLine", _AT_EXAMPLE)
            )
        ) from None


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with its "usage: " in the person's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("CommandLine", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one clear line (the help is one ``-h`` away), and
    its own headings speak the person's language (argparse asks gettext, which the app
    does not use)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("CommandLine", "positional arguments")
        self._optionals.title = translate("CommandLine", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate("CommandLine", "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} -h')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="attune-journal",
        description=translate(
            "CommandLine", "A private journal for self-attunement. With no command, opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"attune-journal {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "CommandLine",
            "the journal's folder (default: your user data folder, or $ATTUNE_JOURNAL_DIR)",
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate(
            "CommandLine",
            "open the main window, paint it once and exit 0 (a check of an installed app)",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    note = sub.add_parser(
        "note",
        help=translate("CommandLine", "save a quick entry or self-regulation note"),
        description=(
            translate(
                "CommandLine",
                "Save a quick entry. Feeling words not in the vocabulary are kept as your own "
                "words, without grid coordinates (they count everywhere except on the grid).",
            )
        ),
    )
    note.add_argument(
        "text",
        nargs="?",
        default="",
        help=translate("CommandLine", "what you want to note (Markdown)"),
    )
    note.add_argument(
        "--activation",
        type=_int_0_10,
        metavar="N",
        help=translate("CommandLine", "activation now, 0..10"),
    )
    note.add_argument(
        "--strategy",
        metavar="NAME",
        help=(
            translate(
                "CommandLine",
                'a strategy you tried; "waiting" records that you just waited, with no '
                "strategy: the baseline your strategies are compared with",
            )
        ),
    )
    note.add_argument(
        "--after",
        type=_int_0_10,
        metavar="N",
        help=translate("CommandLine", "activation a few minutes after the strategy"),
    )
    note.add_argument(
        "--feeling",
        action="append",
        default=[],
        metavar="WORD[:1-3]",
        help=translate("CommandLine", "a feeling, optionally with intensity 1..3 (repeatable)"),
    )
    note.add_argument(
        "--need",
        action="append",
        default=[],
        metavar="NAME[:met]",
        help=translate(
            "CommandLine", "a need that is alive, unmet unless written NAME:met (repeatable)"
        ),
    )
    note.add_argument(
        "--at",
        metavar="TIME",
        help=(
            translate(
                "CommandLine",
                "when it happened: 'YYYY-MM-DD HH:MM' in your local time, or with an offset "
                "as in 2026-12-02T21:30+01:00 (default: now; at most a day ahead)",
            )
        ),
    )
    note.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help=translate("CommandLine", "(repeatable)"),
    )
    note.add_argument(
        "--star", action="store_true", help=translate("CommandLine", "star the entry")
    )

    sub.add_parser(
        "check",
        help=translate("CommandLine", "check the journal's integrity and say what was found"),
    )

    week = sub.add_parser(
        "week", help=translate("CommandLine", "print a weekly review as Markdown")
    )
    week.add_argument(
        "--week",
        metavar="LABEL",
        help=translate("CommandLine", "an ISO week such as 2026-W47 (default: this week)"),
    )
    insights = sub.add_parser(
        "insights",
        help=translate(
            "CommandLine", "say which patterns stand out in your check-ins, in plain words"
        ),
    )
    insights.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    insights.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")
    insights.add_argument(
        "--explain",
        action="store_true",
        help=translate("CommandLine", "also say how the numbers are worked out"),
    )
    remind = sub.add_parser(
        "remind",
        help=translate(
            "CommandLine",
            "show today's gentle reminder as a desktop notification if it is due (what "
            "the timer or autostart entry from Settings runs; docs/reminders.md)",
        ),
    )
    remind.add_argument(
        "--wait",
        action="store_true",
        help=translate("CommandLine", "keep running and remind at the chosen time each day"),
    )
    _add_privacy_parsers(sub)
    _add_sync_parser(sub)
    partner_actions = _add_partner_parsers(sub)
    from attune_journal.exchange.commands import add_parsers as add_exchange_parsers

    add_exchange_parsers(sub)
    for subparser in [*sub.choices.values(), *partner_actions]:
        # Also accepted after the command; left unset when not given there, so the
        # one before the command (or the default) is what counts (see ``_data_dir``).
        subparser.add_argument(
            "--data-dir",
            dest="data_dir_after",
            metavar="DIR",
            default=argparse.SUPPRESS,
            help=translate(
                "CommandLine", "the journal's folder (may also come before the command)"
            ),
        )
    return parser


def _settle_data_dir(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Merge ``--data-dir`` given after the command into ``args.data_dir``.

    Given on both sides, the two must name the same folder: which journal a command
    writes to must never depend on which of two folders argparse happened to keep.
    """
    after = getattr(args, "data_dir_after", None)
    if after is None:
        return
    del args.data_dir_after
    before = args.data_dir
    if before is not None and Path(before).expanduser().absolute() != (
        Path(after).expanduser().absolute()
    ):
        parser.error(
            translate(
                "CommandLine",
                "--data-dir was given twice with different folders ('{before}' and '{after}'); "
                "give it once",
            ).format(before=before, after=after)
        )
    args.data_dir = after


def _parse_feeling(spec: str, workspace: Workspace) -> Feeling:
    from attune_journal.core.vocab import feeling_for_word, suggest_feeling

    word, _, intensity_text = spec.rpartition(":") if ":" in spec else (spec, "", "")
    word = clean_word(word)
    intensity = 2
    if intensity_text:
        if intensity_text not in {"1", "2", "3"}:
            raise CommandError(
                translate("CommandLine", "The intensity of '{word}' must be 1, 2 or 3.").format(
                    word=word
                )
            )
        intensity = int(intensity_text)
    own_words = workspace.own_feeling_words()
    feeling = feeling_for_word(word, own_words, intensity)
    if feeling.pleasantness is None:
        # Scripts must never stop to ask: the word is kept as the person's own, and a
        # likely slip ("clam" for "calm") is named on stderr so it can be fixed later.
        near = suggest_feeling(word, own_words)
        if near is not None:
            print(
                "attune-journal: "
                + translate(
                    "CommandLine",
                    "“{word}” is not in the feelings list; kept as your own word "
                    "(did you mean “{suggestion}”?)",
                ).format(word=word, suggestion=near.word),
                file=sys.stderr,
            )
    return feeling


_NEED_STATES = ("met", "unmet")


def _parse_need(spec: str) -> NeedState:
    """``NAME`` (unmet), ``NAME:met`` or ``NAME:unmet``.

    A colon may be part of a need's name ("safety: at home"), so only a part after the
    last colon that is within two letters of met or unmet ("meet", "umnet") is taken
    as a slip and refused; anything else keeps the whole text as the name.
    """
    name, sep, state = spec.rpartition(":")
    if not sep:
        return NeedState(need=clean_word(spec), met=False)
    said = state.strip().casefold()
    if said in _NEED_STATES:
        return NeedState(need=clean_word(name), met=said == "met")
    if not said:
        raise CommandError(
            translate(
                "CommandLine",
                "--need '{spec}' ends with a colon: write '{name}:met', '{name}:unmet' or just "
                "'{name}'.",
            ).format(spec=spec, name=name.strip())
        )
    from attune_journal.core.vocab import letters_apart

    # Fewest letters apart; between equals, the one of the same length ("umnet": unmet).
    nearest = min(
        _NEED_STATES,
        key=lambda known: (letters_apart(said, known), abs(len(said) - len(known)), known),
    )
    if letters_apart(said, nearest) <= 2:
        raise CommandError(
            translate(
                "CommandLine",
                "--need '{spec}': '{state}' is not met or unmet; did you mean '{name}:{nearest}'? "
                "Nothing was saved.",
            ).format(spec=spec, state=state.strip(), name=name.strip(), nearest=nearest)
        )
    return NeedState(need=clean_word(spec), met=False)


def _saved_line(entry: Note, now: datetime | None = None) -> str:
    """'Saved note 12 at 16:41', with the date when the entry is not from today."""
    today = (now or now_local()).date()
    clock = f"{entry.at:%H:%M}"
    if entry.at.date() != today:
        return translate("CommandLine", "Saved note {id} on {day:%Y-%m-%d} at {time}").format(
            id=entry.id, day=entry.at, time=clock
        )
    return translate("CommandLine", "Saved note {id} at {time}").format(id=entry.id, time=clock)


def _note_times_and_needs(args: argparse.Namespace) -> tuple[datetime | None, list[NeedState]]:
    """``--at`` and ``--need`` as the note will keep them (``CommandError`` if refused)."""
    at = None if args.at is None else parse_at(args.at)
    return at, [_parse_need(spec) for spec in args.need]


@command("note")
def _note(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    if args.after is not None and not args.strategy:
        raise CommandError(
            translate("CommandLine", "--after needs --strategy: which strategy was it after?")
        )
    strategy = None
    if args.strategy:
        strategy = StrategyTry(args.strategy, before=args.activation, after=args.after)
    at, needs = _note_times_and_needs(args)
    entry = Note(
        text=args.text,
        activation=args.activation,
        strategy=strategy,
        feelings=[_parse_feeling(spec, workspace) for spec in args.feeling],
        needs=needs,
        tags=list(args.tag),
        starred=args.star,
    )
    if at is not None:
        entry.at = at
    workspace.journal.save(entry)
    print(_saved_line(entry), file=out)
    return 0


@command("check")
def _check(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.storage.db import integrity_problems
    from attune_journal.storage.migrations import schema_problems

    problems = schema_problems(workspace.journal.db) + integrity_problems(workspace.journal.db)
    live, trashed = workspace.journal.count(), workspace.journal.count(trashed=True)
    print(
        translate("CommandLine", "Journal: {store}").format(store=workspace.paths.store), file=out
    )
    print(
        translate("CommandLine", "Entries: {live} (and {trashed} in the trash)").format(
            live=live, trashed=trashed
        ),
        file=out,
    )
    if problems:
        found = len(problems)
        print(translate("CommandLine", "Found %n problems:", None, found), file=out)
        for problem in problems:
            print(f"  - {problem}", file=out)
        return 1
    print(
        translate(
            "CommandLine",
            "Everything checks out: the store, its links and the search index are sound.",
        ),
        file=out,
    )
    return 0


# ---- privacy: encryption, backups, restore (storage/crypto.py, backup.py, recovery.py) ----

ENV_NEW_PASSPHRASE = "ATTUNE_JOURNAL_NEW_PASSPHRASE"
_NO_DAILY_BACKUP = {"backup", "restore", "encrypt", "decrypt", "change-passphrase"}


def _add_privacy_parsers(sub: Any) -> None:
    sub.add_parser(
        "encrypt",
        help=translate(
            "CommandLine",
            "encrypt the journal with a passphrase (asked for, or $ATTUNE_JOURNAL_PASSPHRASE)",
        ),
    )
    sub.add_parser(
        "decrypt",
        help=translate(
            "CommandLine", "turn encryption off (the journal is stored as plain SQLite)"
        ),
    )
    sub.add_parser(
        "change-passphrase",
        help=translate(
            "CommandLine",
            "change the passphrase (new one asked for, or $ATTUNE_JOURNAL_NEW_PASSPHRASE)",
        ),
    )
    sub.add_parser("backup", help=translate("CommandLine", "take a backup of the journal now"))
    restore = sub.add_parser(
        "restore",
        help=translate(
            "CommandLine",
            "restore the journal from a backup (lists the backups when none is given)",
        ),
        description=(
            translate(
                "CommandLine",
                "Replace the journal with a backup. A backup of the journal as it is now is "
                "taken first, so a restore can itself be undone.",
            )
        ),
    )
    restore.add_argument(
        "backup",
        nargs="?",
        help=translate("CommandLine", "a number from the list, a backup's file name, or a path"),
    )
    restore.add_argument(
        "--latest",
        action="store_true",
        help=translate("CommandLine", "the newest backup that checks out"),
    )


def _ask_secret(prompt: str) -> str:
    """Ask for a passphrase on the terminal without echo (tests replace this)."""
    import getpass

    if not sys.stdin.isatty():
        raise CommandError(
            translate(
                "CommandLine",
                "The journal is encrypted: run this in a terminal to type the passphrase, or set "
                "ATTUNE_JOURNAL_PASSPHRASE.",
            )
        )
    return getpass.getpass(prompt, stream=sys.stderr)


def _new_passphrase(env: str) -> str:
    from attune_journal.storage.crypto import check_new_passphrase, secret_from_env

    value = secret_from_env(env)
    if not value:
        value = _ask_secret("New passphrase: ")
        if _ask_secret("The same passphrase again: ") != value:
            raise CommandError(
                translate("CommandLine", "The two passphrases differ; nothing was changed.")
            )
    try:
        check_new_passphrase(value)
    except StoreError as error:
        raise CommandError(str(error)) from None
    return value


def _open_for_command(args: argparse.Namespace) -> Workspace:
    """Open the workspace, asking for the passphrase and setting a damaged file aside."""
    from attune_journal.paths import DataPaths, resolve_data_dir
    from attune_journal.storage.crypto import passphrase_from_env
    from attune_journal.storage.errors import (
        DamagedStoreError,
        PassphraseNeeded,
        WrongPassphraseError,
    )
    from attune_journal.storage.recovery import damage_reason, recover_damaged

    passphrase = passphrase_from_env()
    from_env = passphrase is not None
    tries = 0
    while True:
        try:
            workspace = open_workspace(args.data_dir, passphrase)
            args.passphrase = passphrase
            if workspace.recovery_message:
                print(f"attune-journal: {workspace.recovery_message}", file=sys.stderr)
            return workspace
        except PassphraseNeeded:
            passphrase = _ask_secret("Passphrase: ")
            from_env = False
        except WrongPassphraseError:
            tries += 1
            if tries >= 3 or from_env:
                raise
            print(
                translate("CommandLine", "That passphrase does not open this journal. Try again."),
                file=sys.stderr,
            )
            passphrase = _ask_secret("Passphrase: ")
        except DamagedStoreError as error:
            paths = DataPaths(resolve_data_dir(args.data_dir))
            report = recover_damaged(
                paths.store, paths.damaged, paths.backups, damage_reason(error), passphrase
            )
            print(f"attune-journal: {report.message()}", file=sys.stderr)
            if args.command != "restore":
                if report.backup is not None:
                    print(
                        translate(
                            "CommandLine", "To bring it back, run: attune-journal restore {path}"
                        ).format(path=report.backup.path),
                        file=sys.stderr,
                    )
                raise CommandError(translate("CommandLine", "Nothing else was done.")) from None


@command("backup")
def _backup(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    path = workspace.backup("manual")
    print(translate("CommandLine", "Backed up to {path}").format(path=path), file=out)
    return 0


def _pick_backup(args: argparse.Namespace, workspace: Workspace) -> Path:
    from attune_journal.storage.backup import list_backups, newest_good_backup

    backups = list_backups(workspace.paths.backups)
    if args.latest:
        found = newest_good_backup(
            workspace.paths.backups, args.passphrase, unverified_encrypted=True
        )
        if found is None:
            raise CommandError(translate("CommandLine", "There is no backup that checks out."))
        return found
    choice = str(args.backup)
    if choice.isdigit() and 1 <= int(choice) <= len(backups):
        return backups[int(choice) - 1]
    for candidate in (workspace.paths.backups / choice, Path(choice).expanduser()):
        if candidate.is_file():
            if candidate.resolve() == workspace.paths.store.resolve():
                raise CommandError(
                    translate("CommandLine", "That is the journal itself, not a backup of it.")
                )
            return candidate
    raise CommandError(
        translate(
            "CommandLine",
            "There is no backup '{choice}'. Run 'attune-journal restore' to list them.",
        ).format(choice=choice)
    )


@command("restore")
def _restore(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.storage.backup import backup_problem
    from attune_journal.storage.crypto import is_encrypted

    if not args.backup and not args.latest:
        infos = workspace.backups()
        if not infos:
            print(
                translate(
                    "CommandLine", "There are no backups yet. 'attune-journal backup' takes one."
                ),
                file=out,
            )
            return 0
        print(translate("CommandLine", "Backups, newest first:"), file=out)
        for number, info in enumerate(infos, 1):
            print(f"  {number:>2}. {info.describe()}  {info.path.name}", file=out)
        print(
            translate(
                "CommandLine", "Restore one with: attune-journal restore NUMBER (or --latest)"
            ),
            file=out,
        )
        return 0
    chosen = _pick_backup(args, workspace)
    key = args.passphrase
    was_encrypted = workspace.encrypted
    if is_encrypted(chosen) and (key is None or backup_problem(chosen, key) is not None):
        key = _ask_secret("Passphrase of this backup: ")
    try:
        safety = workspace.restore(chosen, key)
    except StoreError as error:
        raise CommandError(str(error)) from None
    print(
        translate("CommandLine", "Restored the journal from {name}.").format(name=chosen.name),
        file=out,
    )
    if was_encrypted and not is_encrypted(chosen):
        # The backup predates encryption: say so plainly rather than leave it unnoticed.
        print(
            translate(
                "CommandLine",
                "Note: this backup was taken before encryption was turned on, so the journal is "
                "now stored unencrypted. Run 'attune-journal encrypt' to encrypt it again.",
            ),
            file=out,
        )
    if safety is not None:
        print(
            translate("CommandLine", "The journal as it was is kept in {safety}.").format(
                safety=safety
            ),
            file=out,
        )
    return 0


@command("encrypt")
def _encrypt(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.storage.crypto import ENV_PASSPHRASE, passphrase_from_env

    if workspace.encrypted:
        raise CommandError(
            translate(
                "CommandLine", "The journal is already encrypted ('change-passphrase' changes it)."
            )
        )
    change = workspace.change_encryption(None, _new_passphrase(ENV_PASSPHRASE))
    print(
        translate(
            "CommandLine",
            "The journal is now encrypted. Keep the passphrase safe: without it the\n"
            "journal cannot be opened, and nobody can recover it for you.",
        ),
        file=out,
    )
    done = len(change.converted)
    print(translate("CommandLine", "%n backups are now encrypted too.", None, done), file=out)
    if passphrase_from_env() is None:
        print(
            translate(
                "CommandLine", "Scripts can pass the passphrase in ATTUNE_JOURNAL_PASSPHRASE."
            ),
            file=out,
        )
    return 0


@command("decrypt")
def _decrypt(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    if not workspace.encrypted:
        raise CommandError(translate("CommandLine", "The journal is not encrypted."))
    change = workspace.change_encryption(args.passphrase, None)
    print(
        translate("CommandLine", "Encryption is off: the journal is stored as plain SQLite again."),
        file=out,
    )
    done = len(change.converted)
    print(translate("CommandLine", "%n backups were decrypted too.", None, done), file=out)
    return 0


@command("change-passphrase")
def _change_passphrase(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    if not workspace.encrypted:
        raise CommandError(
            translate(
                "CommandLine", "The journal is not encrypted ('encrypt' turns encryption on)."
            )
        )
    change = workspace.change_encryption(args.passphrase, _new_passphrase(ENV_NEW_PASSPHRASE))
    print(translate("CommandLine", "The passphrase was changed."), file=out)
    older = len(change.left_as_they_were)
    if older:
        print(
            translate(
                "CommandLine", "%n older backups still need an older passphrase.", None, older
            ),
            file=out,
        )
    return 0


def _daily_backup(workspace: Workspace) -> None:
    try:
        workspace.backup_if_due()
    except (StoreError, OSError) as error:
        print(
            "attune-journal: "
            + translate("CommandLine", "the daily backup could not be taken: {error}").format(
                error=error
            ),
            file=sys.stderr,
        )


@command("week")
def _week(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.core.review import load_week_review, render_markdown
    from attune_journal.core.stats import Window
    from attune_journal.core.weeks import label_for_day, parse_iso_week

    settings = workspace.settings
    label = args.week or label_for_day(today_local(), settings.week_start)
    try:
        parse_iso_week(label.strip())
    except ValidationError as error:
        raise CommandError(
            translate("CommandLine", "{error} Use a week label such as 2026-W47.").format(
                error=error
            )
        ) from None
    window = Window(settings.window_low, settings.window_high)
    review = load_week_review(workspace.journal, label.strip(), window, settings.week_start)
    out.write(render_markdown(review))
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine", "'{text}' is not a date; use a date such as 2026-11-23"
            ).format(text=text)
        ) from None


@command("insights")
def _insights(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.core.insights import load_insights

    start, end = args.start, args.end
    if start is not None and end is not None and end < start:
        start, end = end, start  # "from" and "to" given the other way round
    report = load_insights(workspace.journal, start, end)
    out.write(report.headline() + "\n")
    for insight in report.insights:
        out.write(f"\n- {insight.sentence()}\n")
    if args.explain:
        out.write("\n" + report.explain() + "\n")
    return 0


@command("export")
def _export(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.commands import export_command
    from attune_journal.exchange.export_files import ExportError

    try:
        return export_command(args, workspace, out)
    except ExportError as error:
        raise CommandError(str(error)) from None


@command("import")
def _import(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.commands import import_command
    from attune_journal.exchange.parsed import ImportFormatError

    try:
        return import_command(args, workspace, out)
    except ImportFormatError as error:
        raise CommandError(str(error)) from None


# ---- sync through a folder (sync/session.py, docs/sync-format.md) ------------------------

ENV_SYNC_PASSPHRASE = "ATTUNE_JOURNAL_SYNC_PASSPHRASE"


def _add_sync_parser(sub: Any) -> None:
    sync = sub.add_parser(
        "sync",
        help=translate(
            "CommandLine", "sync this journal with your other computers through a folder"
        ),
        description=(
            translate(
                "CommandLine",
                "Sync through a folder your own sync tool (Syncthing, Nextcloud, a USB stick) "
                "carries between computers; everything in it is encrypted with the sync "
                "passphrase (asked for, or $ATTUNE_JOURNAL_SYNC_PASSPHRASE). Other commands "
                "never sync by themselves: 'sync now' does.",
            )
        ),
    )
    sync.add_argument(
        "action",
        nargs="?",
        choices=["now", "status", "stop"],
        help=translate(
            "CommandLine", "now: sync; status: how it stands; stop: stop syncing on this computer"
        ),
    )
    sync.add_argument(
        "--folder",
        metavar="DIR",
        help=translate("CommandLine", "set up sync in DIR, or join the sync folder there"),
    )
    sync.add_argument(
        "--name", metavar="NAME", help=translate("CommandLine", "what to call this computer")
    )


def _ask_sync_secret(prompt: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise CommandError(
            translate(
                "CommandLine",
                "Sync needs its passphrase: run this in a terminal to type it, or set "
                "{ENV_SYNC_PASSPHRASE}. Nothing was changed.",
            ).format(ENV_SYNC_PASSPHRASE=ENV_SYNC_PASSPHRASE)
        )
    return getpass.getpass(prompt, stream=sys.stderr)


def _sync_passphrase(creating: bool) -> str:
    from attune_journal.storage.crypto import secret_from_env

    value = secret_from_env(ENV_SYNC_PASSPHRASE)
    if value:
        return value
    if not creating:
        return _ask_sync_secret("Sync passphrase: ")
    value = _ask_sync_secret("New sync passphrase: ")
    if _ask_sync_secret("The same passphrase again: ") != value:
        raise CommandError(
            translate("CommandLine", "The two passphrases differ; nothing was changed.")
        )
    if not value.strip():
        raise CommandError(
            translate("CommandLine", "Please choose a passphrase for the sync folder.")
        )
    return value


@command("sync")
def _sync(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    import platform

    from attune_journal.sync import session
    from attune_journal.sync.crypto import SyncError
    from attune_journal.sync.folder import SyncFolder

    try:
        if args.folder is not None:
            if args.action is not None:
                raise CommandError(
                    translate(
                        "CommandLine", "Give either --folder or an action (now, status, stop)."
                    )
                )
            folder = Path(args.folder).expanduser()
            creating = not SyncFolder(folder.absolute()).exists()
            if not folder.is_dir():
                raise CommandError(
                    translate(
                        "CommandLine", "There is no folder {folder}; please create it first."
                    ).format(folder=folder)
                )
            name = args.name or workspace.settings.sync_name or platform.node() or ""
            found = session.set_up(workspace, folder, _sync_passphrase(creating), name)
            if creating:
                print(
                    translate("CommandLine", "Sync is set up: this journal is in it now."), file=out
                )
            else:
                print(
                    translate("CommandLine", "Joined the sync folder: this journal is in it now."),
                    file=out,
                )
            for line in found.lines():
                print(line, file=out)
            return 0
        if args.name is not None:
            raise CommandError(
                translate("CommandLine", "--name goes with --folder (it names this computer).")
            )
        if args.action is None:
            raise CommandError(
                translate(
                    "CommandLine",
                    "Say what to do: 'sync --folder DIR' to set up, or 'sync now', 'sync status', "
                    "'sync stop'.",
                )
            )
        if args.action == "status":
            for line in session.status(workspace).lines():
                print(line, file=out)
            return 0
        if not session.is_set_up(workspace):
            raise CommandError(
                translate(
                    "CommandLine",
                    "This computer does not sync yet: run 'attune-journal sync --folder DIR' "
                    "first.",
                )
            )
        if args.action == "stop":
            session.stop(workspace)
            print(
                translate(
                    "CommandLine",
                    "This computer no longer syncs. The sync folder and this journal are left as "
                    "they are.",
                ),
                file=out,
            )
            return 0
        report = session.sync_now(workspace)
        for line in report.lines():
            print(line, file=out)
        return 0
    except SyncError as error:
        raise CommandError(str(error)) from None


# ---- partner sharing of the weekly relationship check-in (exchange/partner.py) ----------

_MAX_PARTNER_FILE = 4 * 1024 * 1024


def _add_partner_parsers(sub: Any) -> list[argparse.ArgumentParser]:
    partner = sub.add_parser(
        "partner",
        help=translate(
            "CommandLine",
            "share a weekly relationship check-in with your partner, as a sealed file",
        ),
        description=(
            translate(
                "CommandLine",
                "Share a weekly relationship check-in with your partner as a file only their "
                "journal can open. Nothing goes online: you carry the file yourselves. "
                "See docs/partner-sharing.md for what is shared and what it cannot protect.",
            )
        ),
    )
    actions = partner.add_subparsers(dest="partner_command", metavar="ACTION", required=True)
    key = actions.add_parser(
        "key", help=translate("CommandLine", "print this journal's partner code and its six words")
    )
    key.add_argument(
        "--new",
        action="store_true",
        help=translate(
            "CommandLine",
            "make a new key (your partner must add the new code; old files no longer open)",
        ),
    )
    add = actions.add_parser(
        "add", help=translate("CommandLine", "add your partner by the code from their journal")
    )
    add.add_argument(
        "code", help=translate("CommandLine", "your partner's code, starting with attune-partner:")
    )
    add.add_argument(
        "--name",
        default="Partner",
        help=translate("CommandLine", "what to call them (default: Partner)"),
    )
    share = actions.add_parser(
        "share",
        help=translate(
            "CommandLine", "seal one week's check-in for your partner (shows it all first)"
        ),
    )
    share.add_argument(
        "--week",
        required=True,
        metavar="LABEL",
        help=translate("CommandLine", "an ISO week (2026-W49)"),
    )
    share.add_argument(
        "--out", required=True, metavar="FILE", help=translate("CommandLine", "the file to write")
    )
    share.add_argument(
        "--attune",
        action="store_true",
        help=translate("CommandLine", "also share the ATTUNE reflection"),
    )
    share.add_argument(
        "--repairs",
        action="store_true",
        help=translate("CommandLine", "also share that week's repairs"),
    )
    share.add_argument(
        "--to",
        metavar="NAME",
        help=translate("CommandLine", "which partner (needed if you have several)"),
    )
    imp = actions.add_parser(
        "import", help=translate("CommandLine", "open and keep a file your partner shared")
    )
    imp.add_argument("file", help=translate("CommandLine", "the file from your partner"))
    show = actions.add_parser(
        "show", help=translate("CommandLine", "your week and your partner's, side by side")
    )
    show.add_argument(
        "--week",
        metavar="LABEL",
        help=translate("CommandLine", "an ISO week (default: the latest week received)"),
    )
    show.add_argument(
        "--with", dest="with_name", metavar="NAME", help=translate("CommandLine", "which partner")
    )
    remove = actions.add_parser(
        "remove", help=translate("CommandLine", "stop accepting a partner's files")
    )
    remove.add_argument("name", help=translate("CommandLine", "the partner's name"))
    remove.add_argument(
        "--forget",
        action="store_true",
        help=translate("CommandLine", "also delete the weeks they shared with you"),
    )
    return list(actions.choices.values())


def _words_line(code: str) -> str:
    from attune_journal.exchange.partner import fingerprint_words

    return " ".join(fingerprint_words(code))


def _which_partner(workspace: Workspace, name: str | None) -> Any:
    from attune_journal.exchange.partner import find_partner, partners

    if name:
        return find_partner(workspace.journal, name)
    known = partners(workspace.journal)
    if not known:
        raise CommandError(
            translate(
                "CommandLine",
                "There is no partner in this journal yet: add their code first with "
                "'attune-journal partner add CODE --name NAME'.",
            )
        )
    if len(known) > 1:
        names = ", ".join(p.name for p in known)
        raise CommandError(
            translate(
                "CommandLine", "You have more than one partner ({names}); say which with --to."
            ).format(names=names)
        )
    return known[0]


def _week_label(text: str) -> str:
    from attune_journal.core.weeks import parse_iso_week

    label = text.strip().upper()
    try:
        parse_iso_week(label)
    except ValidationError as error:
        raise CommandError(
            translate("CommandLine", "{error} Use a week label such as 2026-W49.").format(
                error=error
            )
        ) from None
    return label


def _partner_key(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.partner import my_code, replace_my_key

    if args.new:
        code = replace_my_key(workspace.journal)
        print(
            translate(
                "CommandLine",
                "This journal has a new key. Your partner needs to add this new code;\n"
                "files sealed for the old key can no longer be opened here.",
            ),
            file=out,
        )
    else:
        code = my_code(workspace.journal)
    print(translate("CommandLine", "Your partner code: {code}").format(code=code), file=out)
    print(
        translate(
            "CommandLine", "Read these words aloud together to check it: {words_line}"
        ).format(words_line=_words_line(code)),
        file=out,
    )
    return 0


def _partner_add(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.partner import add_partner

    partner = add_partner(workspace.journal, args.code, args.name)
    print(translate("CommandLine", "Added {name}.").format(name=partner.name), file=out)
    print(
        translate(
            "CommandLine",
            "Check these six words with {name}; their journal shows the same words for their own "
            "code: {words_line}",
        ).format(name=partner.name, words_line=_words_line(partner.code)),
        file=out,
    )
    return 0


def _partner_share(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.core.models import RepairEntry
    from attune_journal.core.partner import preview_lines, shared_week
    from attune_journal.core.weeks import week_range
    from attune_journal.exchange.partner import seal
    from attune_journal.paths import atomic_write_bytes

    week = _week_label(args.week)
    target = Path(args.out).expanduser()
    if target.is_dir():
        raise CommandError(
            translate("CommandLine", "{target} is a folder; give a file name for --out.").format(
                target=target
            )
        )
    partner = _which_partner(workspace, args.to)
    checkin = workspace.journal.relationship_checkin(week)
    if checkin is None:
        raise CommandError(
            translate(
                "CommandLine",
                "There is no relationship check-in for {week} in this journal, so there is "
                "nothing to share for that week.",
            ).format(week=week)
        )
    repairs: list[RepairEntry] = []
    if args.repairs:
        start, end = week_range(week, workspace.settings.week_start)
        repairs = [
            e
            for e in workspace.journal.entries(start, end, kinds=["repair"], newest_first=False)
            if isinstance(e, RepairEntry)
        ]
    shared = shared_week(checkin, repairs, include_attune=args.attune)
    print(
        translate("CommandLine", "This is everything the file for {name} holds:").format(
            name=partner.name
        ),
        file=out,
    )
    for line in preview_lines(shared):
        print(f"  {line}", file=out)
    atomic_write_bytes(target, seal(workspace.journal, partner.id, shared))
    print(
        translate(
            "CommandLine", "Sealed for {name} in {target}; only their journal can open it."
        ).format(name=partner.name, target=target),
        file=out,
    )
    return 0


def _partner_import(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.partner import keep_received, open_file

    source = Path(args.file).expanduser()
    if source.is_dir():
        raise CommandError(
            translate(
                "CommandLine", "{source} is a folder; give the file your partner shared."
            ).format(source=source)
        )
    if not source.is_file():
        raise CommandError(
            translate("CommandLine", "There is no file at {source}.").format(source=source)
        )
    if source.stat().st_size > _MAX_PARTNER_FILE:
        raise CommandError(
            translate(
                "CommandLine", "{source} is far larger than a partner file; nothing was read."
            ).format(source=source)
        )
    received = open_file(workspace.journal, source.read_bytes())
    keep_received(workspace.journal, received)
    print(
        translate(
            "CommandLine",
            "Kept {name}'s week {week} (sealed {sent_at} UTC). 'attune-journal partner show' sets "
            "it beside yours.",
        ).format(
            name=received.partner.name,
            week=received.shared.week,
            sent_at=received.sent_at[:16].replace("T", " "),
        ),
        file=out,
    )
    return 0


def _score_text(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _partner_show(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.core.partner import side_by_side, talk_first
    from attune_journal.exchange.partner import received_week, received_weeks

    partner = _which_partner(workspace, args.with_name)
    if args.week:
        week = _week_label(args.week)
    else:
        weeks = received_weeks(workspace.journal, partner.id)
        if not weeks:
            print(
                translate(
                    "CommandLine",
                    "No week from {name} yet. When they share one, 'attune-journal partner import "
                    "FILE' keeps it here.",
                ).format(name=partner.name),
                file=out,
            )
            return 0
        week = weeks[-1].week
    theirs = received_week(workspace.journal, partner.id, week)
    mine = workspace.journal.relationship_checkin(week)
    pairs = side_by_side(mine, theirs)
    width = max(len(p.label) for p in pairs)
    them = partner.name[:12]
    print(
        translate("CommandLine", "Week {week}, 1 (not true this week) to 5 (very true)").format(
            week=week
        ),
        file=out,
    )
    you = translate("CommandLine", "You")
    print(f"  {'':<{width}}  {you:>5}  {them:>12}", file=out)
    for pair in pairs:
        print(
            f"  {pair.label:<{width}}  {_score_text(pair.mine):>5}  {_score_text(pair.theirs):>12}",
            file=out,
        )
    if mine is None:
        print(
            translate("CommandLine", "You have no check-in for {week} yet.").format(week=week),
            file=out,
        )
    if theirs is None:
        print(
            translate("CommandLine", "{name} has not shared {week}.").format(
                name=partner.name, week=week
            ),
            file=out,
        )
    else:
        if theirs.more_of.strip():
            print(
                translate("CommandLine", "{name} would like more of: {more_of}").format(
                    name=partner.name, more_of=theirs.more_of.strip()
                ),
                file=out,
            )
        if theirs.appreciated.strip():
            print(
                translate("CommandLine", "{name} appreciated: {appreciated}").format(
                    name=partner.name, appreciated=theirs.appreciated.strip()
                ),
                file=out,
            )
    print(translate("CommandLine", "Where you might start talking:"), file=out)
    for suggestion in talk_first(pairs):
        print(f"  - {suggestion}", file=out)
    return 0


def _partner_remove(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.partner import find_partner, remove_partner

    partner = find_partner(workspace.journal, args.name)
    remove_partner(workspace.journal, partner.id, forget_received=args.forget)
    if args.forget:
        print(
            translate("CommandLine", "Removed {name} and the weeks they shared with you.").format(
                name=partner.name
            ),
            file=out,
        )
    else:
        print(
            translate(
                "CommandLine",
                "Removed {name}: their files are no longer accepted. The weeks they shared stay "
                "in your journal ('--forget' deletes them too).",
            ).format(name=partner.name),
            file=out,
        )
    return 0


_PARTNER_ACTIONS: dict[str, Handler] = {
    "key": _partner_key,
    "add": _partner_add,
    "share": _partner_share,
    "import": _partner_import,
    "show": _partner_show,
    "remove": _partner_remove,
}


@command("partner")
def _partner(args: argparse.Namespace, workspace: Workspace, out: TextIO) -> int:
    from attune_journal.exchange.partner import PartnerError

    try:
        return _PARTNER_ACTIONS[args.partner_command](args, workspace, out)
    except PartnerError as error:
        raise CommandError(str(error)) from None


def _not_text(argv: Sequence[str]) -> str | None:
    """The first argument that is not valid UTF-8 (the system hands such bytes over as
    lone surrogates, which no journal field or SQLite path can hold), shown escaped."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return None


def _speak_language(data_dir: str | None) -> None:
    """Messages and the weekly review in the journal's chosen language (Settings), else
    the environment's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``). English needs
    no Qt (core.i18n has its plural forms); another language loads its ``.qm`` with QtCore
    only, so an English command starts as fast as before (docs/benchmarks.md)."""
    from attune_journal.core.i18n import language_from_environment
    from attune_journal.paths import DataPaths, resolve_data_dir
    from attune_journal.settings import language_choice

    choice = language_choice(DataPaths(resolve_data_dir(data_dir)).settings)
    language = choice if choice != "system" else language_from_environment()
    if language != "en":
        from attune_journal.ui.i18n import install_for_command_line

        install_for_command_line(language)


def _before_parsing(argv: Sequence[str]) -> tuple[str | None, bool]:
    """``--data-dir`` wherever it is given, and whether anything else is (a command,
    ``-h``): the language is installed before the parser is built, so that its help
    speaks it too. Opening the app (nothing else given) installs its own language."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--data-dir")
    early.add_argument("--smoke", action="store_true")
    try:
        known, rest = early.parse_known_args(argv)
    except argparse.ArgumentError:  # "--data-dir" without a folder: the parser says so
        return None, True
    return known.data_dir, bool(rest)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = _not_text(argv)
    if bad is not None:
        print(
            "attune-journal: "
            + translate(
                "CommandLine",
                "the argument '{bad}' is not valid UTF-8 text; nothing was done. "
                "Retype it, or rename the file it names.",
            ).format(bad=bad),
            file=sys.stderr,
        )
        return 2
    data_dir, not_the_app = _before_parsing(argv)
    if not_the_app:
        _speak_language(data_dir)
    parser = build_parser()
    args = parser.parse_args(argv)
    _settle_data_dir(parser, args)
    if args.command is None:
        from attune_journal.app import run_app

        return run_app(args.data_dir, smoke=args.smoke)
    if args.command == "remind":  # reads the journal without opening it (desktop/remind.py)
        from attune_journal.desktop.remind import run_remind

        return run_remind(args.data_dir, wait=args.wait)
    workspace: Workspace | None = None
    try:
        if args.command == "note":  # a refused --at or --need opens (or makes) no journal
            _note_times_and_needs(args)
        workspace = _open_for_command(args)
        if any(workspace.paths.temp.glob("export-*.json")):  # left by a killed export
            from attune_journal.exchange.export_files import remove_export_leftovers

            remove_export_leftovers(workspace.paths.root)
        if args.command not in _NO_DAILY_BACKUP:
            _daily_backup(workspace)
        return _COMMANDS[args.command](args, workspace, sys.stdout)
    except StoreError as error:
        print(f"attune-journal: {error.for_command_line()}", file=sys.stderr)
        return 1
    except (CommandError, ValidationError) as error:
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

"""Suggestions ("did you mean …?") for feeling words a letter or two from a known one:
in the core, and on the command line (``note --feeling``), which keeps the word and
prints one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import Note
from attune_journal.core.vocab import letters_apart, own_feeling, suggest_feeling
from attune_journal.workspace import open_workspace


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("clam", "calm"),  # two letters swapped
        ("Clam", "calm"),  # case does not matter
        ("tird", "tired"),  # one letter dropped
        ("sadd", "sad"),  # one letter doubled
        ("greatful", "grateful"),
        ("on egde", "on edge"),  # words with a space too
        ("clm", "calm"),  # three letters: one may be missing
    ],
)
def test_a_slip_of_one_or_two_letters_suggests_the_shipped_word(typed: str, meant: str) -> None:
    suggestion = suggest_feeling(typed)
    assert suggestion is not None and suggestion.word == meant
    assert suggestion.p is not None  # the shipped word, with its coordinates


@pytest.mark.parametrize(
    "typed",
    [
        "calm",  # known words need no suggestion
        "CALM",
        "",
        "   ",
        "anxioustired",  # far from every word
        "fizzy inside",
        "glad",  # two letters from "sad", but a different word
        "hungry",  # likewise "angry"
        "mad",
        "sda",  # three letters, two apart: too far to guess
        "ok",
    ],
)
def test_known_far_or_different_words_get_no_suggestion(typed: str) -> None:
    assert suggest_feeling(typed) is None


def test_the_persons_own_words_are_suggested_and_never_questioned() -> None:
    own = [own_feeling("floaty"), own_feeling("buzzy", 0.4, 0.6)]
    suggestion = suggest_feeling("flaoty", own)
    assert suggestion is not None and suggestion.word == "floaty"
    assert suggest_feeling("floaty", own) is None
    assert suggest_feeling("Buzzy", own) is None
    assert suggest_feeling("flaoty") is None  # without their own words, nothing is near


def test_the_same_slip_always_gets_the_same_answer() -> None:
    answers = {suggest_feeling("tierd").word for _ in range(5)}  # type: ignore[union-attr]
    assert answers == {"tired"}


def test_letters_apart_counts_additions_removals_and_changes() -> None:
    assert letters_apart("calm", "calm") == 0
    assert letters_apart("Calm", "calm") == 0
    assert letters_apart("calm", "calms") == 1
    assert letters_apart("calm", "palm") == 1
    assert letters_apart("clam", "calm") == 2


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_keeps_a_near_miss_as_own_word_and_says_so_on_one_stderr_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "A slow morning",
        "--feeling", "clam:3", "--feeling", "anxious", "--feeling", "fizzy",
    )  # fmt: skip
    assert code == 0, err
    assert err.splitlines() == [
        "attune-journal: “clam” is not in the feelings list; kept as your own word "
        "(did you mean “calm”?)"
    ]
    entry_id = int(out.split()[2])  # "Saved note N at HH:MM"
    workspace = open_workspace(data_dir)
    note = workspace.journal.get(entry_id)
    workspace.close()
    assert isinstance(note, Note)
    assert [(f.word, f.pleasantness, f.energy, f.intensity) for f in note.feelings] == [
        ("clam", None, None, 3),  # kept exactly as given: a script is never second-guessed
        ("anxious", -0.4, 0.7, 2),
        ("fizzy", None, None, 2),  # far from every word: no line at all
    ]


def test_cli_suggests_the_persons_own_saved_words(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    workspace = open_workspace(data_dir)
    workspace.journal.add_own_item("feeling", "floaty")
    workspace.close()
    code, _out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "x",
        "--feeling", "flaoty", "--feeling", "floaty",
    )  # fmt: skip
    assert code == 0, err
    assert err.splitlines() == [
        "attune-journal: “flaoty” is not in the feelings list; kept as your own word "
        "(did you mean “floaty”?)"
    ]

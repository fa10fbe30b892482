"""The command line: version, quick notes, integrity check, one-line errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import Note
from attune_journal.workspace import open_workspace


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("attune-journal ")


def test_note_saves_every_field_and_prints_its_id(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "note", "Felt the floor under my feet 🌿",
        "--activation", "6", "--feeling", "anxious:3", "--feeling", "Floaty",
        "--need", "rest", "--need", "being heard:met", "--tag", "#work", "--star",
        "--strategy", "5-4-3-2-1 grounding", "--after", "4",
    )  # fmt: skip
    assert code == 0, err
    match = re.match(r"Saved note (\d+) at \d\d:\d\d$", out.strip())
    assert match, out
    entry_id = int(match.group(1))
    ws = open_workspace(data_dir)
    note = ws.journal.get(entry_id)
    ws.close()
    assert isinstance(note, Note)
    assert note.text == "Felt the floor under my feet 🌿"
    assert note.activation == 6 and note.starred and note.tags == ["work"]
    assert note.strategy is not None and (note.strategy.before, note.strategy.after) == (6, 4)
    anxious, floaty = note.feelings
    assert (anxious.word, anxious.pleasantness, anxious.energy, anxious.intensity) == (
        "anxious", -0.4, 0.7, 3,
    )  # fmt: skip
    # A word not in the vocabulary is the person's own: kept, without coordinates.
    assert (floaty.word, floaty.pleasantness, floaty.energy) == ("Floaty", None, None)
    assert [(n.need, n.met) for n in note.needs] == [("rest", False), ("being heard", True)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["note", "x", "--activation", "11"], "0 to 10"),
        (["note", "x", "--activation", "-1"], "0 to 10"),
        (["note", ""], "empty"),
        (["note", "x", "--after", "3"], "--strategy"),
        (["note", "x", "--feeling", "sad:7"], "1, 2 or 3"),
    ],
)
def test_errors_are_one_line_nonzero_and_write_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), *args)
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    if data_dir.exists():
        ws = open_workspace(data_dir)
        assert ws.journal.count() == 0
        ws.close()


def test_check_reports_a_sound_store(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, "--data-dir", str(data_dir), "note", "hello")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 0
    assert "Entries: 1" in out and "checks out" in out


def test_check_names_what_the_store_lacks_of_its_schema(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    import sqlite3

    run(capsys, "--data-dir", str(data_dir), "note", "hello")
    conn = sqlite3.connect(data_dir / "journal.sqlite3")  # a hand-edited store
    conn.execute("DROP INDEX idx_entries_live_kind")
    conn.execute("DROP TABLE drafts")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1
    assert "Entries: 1" in out and "Found 2 problems:" in out
    assert "  - the table drafts is missing" in out
    assert "  - the table entries is missing its index idx_entries_live_kind" in out


def test_check_on_a_damaged_file_says_so_and_keeps_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir()
    store = data_dir / "journal.sqlite3"
    store.write_text("not a journal")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1 and "cannot be read" in err
    # Kept, never overwritten: moved aside into damaged/ (issue 6), byte for byte.
    (kept,) = (data_dir / "damaged").iterdir()
    assert kept.read_text() == "not a journal"


def test_environment_variable_chooses_the_folder(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTUNE_JOURNAL_DIR", str(data_dir))
    code, _, _ = run(capsys, "note", "via env")
    assert code == 0 and (data_dir / "journal.sqlite3").exists()


def test_python_dash_m_runs_the_cli(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "attune_journal", "--data-dir", str(data_dir), "note", "hi"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Saved note ")

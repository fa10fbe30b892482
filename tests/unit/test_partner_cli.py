"""``attune-journal partner``: two journals pair, share weeks and see them side by side."""

from __future__ import annotations

import re
import socket
import stat
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.workspace import open_workspace
from tests.factories import full_relationship, full_repair


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(folder), *args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _code(capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[str, str]:
    code, out, err = run(capsys, folder, "partner", "key")
    assert code == 0, err
    found = re.search(r"Your partner code: (\S+)\n.*check it: (.+)\n", out)
    assert found, out
    return found.group(1), found.group(2)


def _save(folder: Path, *entries: object) -> None:
    ws = open_workspace(folder)
    try:
        for entry in entries:
            ws.journal.save(entry)  # type: ignore[arg-type]
    finally:
        ws.close()


def test_two_journals_pair_share_and_compare(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    alex, sam = tmp_path / "alex", tmp_path / "sam"
    alex_code, alex_words = _code(capsys, alex)
    sam_code, sam_words = _code(capsys, sam)
    code, out, err = run(capsys, alex, "partner", "add", sam_code, "--name", "Sam")
    assert code == 0, err
    assert sam_words in out  # the same six words Sam's own journal shows
    code, out, err = run(capsys, sam, "partner", "add", alex_code, "--name", "Alex")
    assert code == 0 and alex_words in out
    weeks = ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    for n, week in enumerate(weeks):
        _save(alex, full_relationship(week=week, answers={"safety.1": 5, "fun.1": 1 + n}))
        _save(sam, full_relationship(week=week, answers={"safety.1": 2, "fun.1": 4}))
    _save(alex, full_repair())  # 2026-11-24: in week 48
    for n, week in enumerate(weeks):
        to_sam, to_alex = tmp_path / f"to-sam-{n}.attune", tmp_path / f"to-alex-{n}.attune"
        extra = ["--repairs"] if week == "2026-W48" else []
        code, out, err = run(
            capsys, alex, "partner", "share", "--week", week, "--out", str(to_sam), *extra
        )
        assert code == 0, err
        assert "Emotional safety: “I could say what was on my mind" in out
        assert "The ATTUNE reflection is not shared." in out
        assert ("Snapped about the dishes" in out) == bool(extra)
        assert stat.S_IMODE(to_sam.stat().st_mode) == 0o600
        code, out, err = run(capsys, sam, "partner", "share", "--week", week, "--out", str(to_alex))
        assert code == 0, err
        code, out, err = run(capsys, sam, "partner", "import", str(to_sam))
        assert code == 0 and f"Kept Alex's week {week}" in out, err
        code, out, err = run(capsys, alex, "partner", "import", str(to_alex))
        assert code == 0 and f"Kept Sam's week {week}" in out, err
    code, at_alex, err = run(capsys, alex, "partner", "show", "--week", "2026-W47")
    assert code == 0, err
    code, at_sam, err = run(capsys, sam, "partner", "show", "--week", "2026-W47")
    assert code == 0, err
    assert re.search(r"Emotional safety\s+5\.0\s+2\.0\n", at_alex), at_alex
    assert re.search(r"Emotional safety\s+2\.0\s+5\.0\n", at_sam), at_sam
    assert re.search(r"Fun\s+3\.0\s+4\.0\n", at_alex)
    assert re.search(r"Fun\s+4\.0\s+3\.0\n", at_sam)
    assert "Emotional safety is where your answers differ most this week" in at_alex
    # Without --week: the latest week received.
    code, out, _ = run(capsys, alex, "partner", "show")
    assert code == 0 and out.startswith("Week 2026-W48")
    # A file read twice is refused with one line and a non-zero exit.
    code, out, err = run(capsys, sam, "partner", "import", str(tmp_path / "to-sam-3.attune"))
    assert code == 1 and "already received this file from Alex" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_every_error_is_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    alex, sam = tmp_path / "alex", tmp_path / "sam"
    sam_code, _ = _code(capsys, sam)
    not_a_file = tmp_path / "notes.txt"
    not_a_file.write_text("hello\n")
    cases = [
        (["partner", "add", "attune-partner:abc"], "typo"),
        (["partner", "share", "--week", "2026-W48", "--out", str(tmp_path / "x")], "no partner"),
        (["partner", "import", str(not_a_file)], "not a partner file"),
        (["partner", "import", str(tmp_path / "missing")], "There is no file"),
        (["partner", "remove", "Nobody"], "no partner called"),
        (["partner", "show", "--week", "2026-W99"], "no partner"),
    ]
    for argv, expected in cases:
        code, _, err = run(capsys, alex, *argv)
        assert code == 1 and expected in err, (argv, err)
        assert len(err.strip().splitlines()) == 1, err
    assert run(capsys, alex, "partner", "add", sam_code, "--name", "Sam")[0] == 0
    code, _, err = run(capsys, alex, "partner", "share", "--week", "2026-W99", "--out", "x")
    assert code == 1 and "has no week 99" in err
    code, _, err = run(capsys, alex, "partner", "share", "--week", "2026-W48", "--out", "x")
    assert code == 1 and "no relationship check-in for 2026-W48" in err
    code, _, err = run(capsys, alex, "partner", "share", "--week", "2026-W48")
    assert code == 2 and "--out" in err
    code, out, _ = run(capsys, alex, "partner", "remove", "sam", "--forget")
    assert code == 0 and "Removed Sam and the weeks" in out
    # --data-dir may also follow the action.
    assert main(["partner", "key", "--data-dir", str(alex)]) == 0
    assert "attune-partner:" in capsys.readouterr().out


def test_a_new_key_is_announced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, _ = _code(capsys, tmp_path / "j")
    code, out, _ = run(capsys, tmp_path / "j", "partner", "key", "--new")
    assert code == 0 and "new key" in out and first not in out


def test_received_weeks_go_through_the_markdown_export_and_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    alex, sam, again = tmp_path / "alex", tmp_path / "sam", tmp_path / "again"
    alex_code, _ = _code(capsys, alex)
    sam_code, _ = _code(capsys, sam)
    assert run(capsys, alex, "partner", "add", sam_code, "--name", "Sam")[0] == 0
    assert run(capsys, sam, "partner", "add", alex_code, "--name", "Alex")[0] == 0
    for week in ["2026-W47", "2026-W48"]:
        _save(sam, full_relationship(week=week, answers={"safety.1": 2, "fun.2": 5}))
        sealed = tmp_path / f"{week}.attune"
        extra = ["--attune"] if week == "2026-W48" else []
        assert (
            run(capsys, sam, "partner", "share", "--week", week, "--out", str(sealed), *extra)[0]
            == 0
        )
        assert run(capsys, alex, "partner", "import", str(sealed))[0] == 0
    _save(alex, full_relationship(week="2026-W48", answers={"safety.1": 4}))
    folder = tmp_path / "export"
    code, out, err = run(capsys, alex, "export", "--out", str(folder))
    assert code == 0, err
    week_file = folder / "partner" / "sam" / "2026-W48.md"
    text = week_file.read_text()
    assert text.startswith('---\nkind: partner_week\npartner: "Sam"\nweek: "2026-W48"\n---\n')
    assert "Emotional safety: “I could say what was on my mind" in text
    assert "ATTUNE, Awareness: “I missed that they were tired.”" in text
    assert (folder / "partner" / "sam" / "2026-W47.md").is_file()
    assert stat.S_IMODE(week_file.stat().st_mode) == 0o600

    code, out, err = run(capsys, again, "import", str(folder))
    assert code == 0, err
    assert "Kept 2 weeks your partners shared." in out
    code, shown_here, _ = run(capsys, again, "partner", "show", "--week", "2026-W48")
    code, shown_there, _ = run(capsys, alex, "partner", "show", "--week", "2026-W48")
    assert shown_here == shown_there and "2.0" in shown_here
    # The export never holds this journal's secret key: a journal rebuilt from it has a
    # key of its own, so Sam's files for the old one stay closed until Sam adds its code.
    _save(sam, full_relationship(week="2026-W49", answers={"safety.1": 3}))
    later = tmp_path / "w49.attune"
    assert run(capsys, sam, "partner", "share", "--week", "2026-W49", "--out", str(later))[0] == 0
    code, _, err = run(capsys, again, "partner", "import", str(later))
    assert code == 1 and "sealed for someone else" in err
    assert "secret" not in (folder / "partner" / "sam" / "2026-W48.md").read_text()
    # Importing the export again keeps nothing twice.
    code, out, err = run(capsys, again, "import", str(folder))
    assert code == 0 and "Kept 0 weeks" in out and "2 of 2 were in your journal already" in out

"""``attune-journal export`` and ``import`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.workspace import open_workspace
from tests.factories import full_checkin, one_of_each


def seed(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        workspace.journal.save_many(
            [*one_of_each(), full_checkin(at=full_checkin().at.replace(day=2, month=3))]
        )
    finally:
        workspace.close()


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.md")}


def test_export_then_import_elsewhere_round_trips(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(data_dir)
    out = tmp_path / "export"
    assert (
        main(["--data-dir", str(data_dir), "export", "--format", "markdown", "--out", str(out)])
        == 0
    )
    printed = capsys.readouterr().out
    assert "Exported 6 entries" in printed and "not encrypted" in printed

    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", "--from", "markdown", str(out)]) == 0
    assert "Imported 6 entries" in capsys.readouterr().out
    assert main(["--data-dir", str(other), "import", "--from", "markdown", str(out)]) == 0
    assert "Imported 0 entries" in capsys.readouterr().out
    again = tmp_path / "again"
    assert main(["--data-dir", str(other), "export", "--out", str(again)]) == 0
    assert tree(again) == tree(out)


def test_export_never_overwrites_without_force(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(data_dir)
    out = tmp_path / "export"
    args = ["--data-dir", str(data_dir), "export", "--out", str(out)]
    assert main(args) == 0
    target = next(out.rglob("*-note.md"))
    target.write_text("edited by hand\n")
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err and "holds 1 file with" in err
    assert target.read_text() == "edited by hand\n"
    assert main([*args, "--force"]) == 0
    assert target.read_text().startswith("---\nuid:")


def test_range_week_and_single_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(data_dir)
    base = ["--data-dir", str(data_dir), "export"]
    ranged = tmp_path / "range"
    assert main([*base, "--out", str(ranged), "--from", "2026-11-23", "--to", "2026-11-24"]) == 0
    assert sorted(tree(ranged)) == [
        "2026/11/2026-11-23-0830-checkin.md",
        "2026/11/2026-11-23-1430-note.md",
        "2026/11/2026-11-24-2130-repair.md",
    ]
    week = tmp_path / "week"
    assert main([*base, "--out", str(week), "--week", "2026-W48"]) == 0
    assert sorted(tree(week)) == [
        "2026/11/2026-11-23-0830-checkin.md",
        "2026/11/2026-11-23-1430-note.md",
        "2026/11/2026-11-24-2130-repair.md",
        "relationship/2026-W48.md",
        "weeks/2026-W48.md",
    ]
    single = tmp_path / "all.md"
    assert main([*base, "--out", str(single), "--single-file"]) == 0
    assert single.read_text().startswith("# Attune Journal\n")
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", "--from", "markdown", str(single)]) == 0
    assert "Imported 6 entries" in capsys.readouterr().out
    assert (
        main([*base, "--out", str(tmp_path / "x"), "--from", "2026-12-01", "--to", "2026-01-01"])
        == 1
    )
    assert "is after" in capsys.readouterr().err
    assert main([*base, "--out", str(tmp_path / "x"), "--week", "2026-W99"]) == 1
    assert "no week 99" in capsys.readouterr().err


def test_import_errors_are_one_line_and_change_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(data_dir)
    bad = tmp_path / "daylio.csv"
    bad.write_text("when,how\n2026-01-01,good\n")
    assert main(["--data-dir", str(data_dir), "import", "--from", "daylio", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 1: this is not a Daylio export" in err
    workspace = open_workspace(data_dir)
    try:
        assert workspace.journal.count() == 6
    finally:
        workspace.close()


def test_jrnl_with_own_time_format(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "j.txt"
    source.write_text("[23/11/2026 7h05] Own format\n")
    args = ["--data-dir", str(data_dir), "import", "--from", "jrnl", str(source)]
    assert main(args) == 1
    capsys.readouterr()
    assert main([*args, "--time-format", "%d/%m/%Y %Hh%M"]) == 0
    assert "Imported 1 entry from" in capsys.readouterr().out


def test_a_damaged_entry_is_left_out_and_said(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(data_dir)
    workspace = open_workspace(data_dir)
    try:
        with workspace.journal.locked() as conn:
            conn.execute("UPDATE entries SET at = 'garbage' WHERE id = 1")
            conn.commit()
    finally:
        workspace.close()
    out = tmp_path / "export"
    assert main(["--data-dir", str(data_dir), "export", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Exported 5 entries" in printed
    assert "1 damaged entry could not be read and was left out" in printed
    assert "attune-journal check" in printed
    assert len(list(out.rglob("*.md"))) == 5
    # The row itself is untouched, and check names it.
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert "entry 1: its time ('garbage') cannot be read" in capsys.readouterr().out

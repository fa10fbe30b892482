"""`attune-journal insights`: the headline, each sentence, warm words when nothing stands
out, and one clear line (exit 2) for a date that is not one."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import CheckIn
from attune_journal.workspace import open_workspace
from tests.clock import Clock

ZONE = timezone(timedelta(hours=1))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _save(data_dir: Path, entries: list[CheckIn]) -> None:
    workspace = open_workspace(data_dir)
    try:
        workspace.journal.save_many(entries)
    finally:
        workspace.close()


def _journal(data_dir: Path, first: date) -> None:
    """Twelve Monday check-ins tagged "deadline" at 8 and twelve untagged at 3 or 4."""
    entries = []
    for week in range(12):
        day = first + timedelta(days=7 * week)
        at = datetime(day.year, day.month, day.day, 9, 0, tzinfo=ZONE)
        entries.append(CheckIn(at=at, activation=8 - week % 2, tags=["deadline"]))
        entries.append(CheckIn(at=at + timedelta(hours=1), activation=3 + week % 2))
    _save(data_dir, entries)


def test_insights_prints_the_count_then_each_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fixed_clock: Clock
) -> None:
    first = fixed_clock.today - timedelta(days=7 * 12)
    _journal(tmp_path, first)
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "insights")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "1 of 1 comparison stands out."
    assert lines[2].startswith("- Check-ins tagged “deadline” went with higher activation: ")
    assert "it averaged 7.5 in them and 3.5 in the others (n = 12 and 12;" in lines[2]

    code, out, _err = run(capsys, "--data-dir", str(tmp_path), "insights", "--explain")
    assert code == 0 and "How is this worked out?" in out and "Benjamini–Hochberg" in out


def test_a_range_with_too_little_says_so_warmly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fixed_clock: Clock
) -> None:
    first = fixed_clock.today - timedelta(days=7 * 12)
    _journal(tmp_path, first)
    last_two_weeks = (fixed_clock.today - timedelta(days=14)).isoformat()
    code, out, _err = run(capsys, "--data-dir", str(tmp_path), "insights", "--from", last_two_weeks)
    assert code == 0
    assert out.startswith("Nothing stands out yet. Each comparison needs at least 8 check-ins")
    assert "4 check-ins" in out and "A few more weeks of check-ins" in out


def test_a_bad_date_is_one_clear_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "insights", "--from", "2026-13-01")
    assert code == 2 and not out
    assert err.count("\n") == 1
    assert "'2026-13-01' is not a date; use a date such as 2026-11-23" in err

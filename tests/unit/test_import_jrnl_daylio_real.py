"""jrnl and Daylio files in the shapes real exports have, and every guess said.

jrnl 4.6 text and its JSON export; Daylio CSVs with today's English header, the
2017-18 header with ``June 22`` and a Polish ``7 września``, no header at all, and
a row split by a comma outside quotes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from attune_journal.core.models import Note
from attune_journal.exchange.daylio import parse_daylio
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.jrnl import parse_jrnl_text
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.workspace import Workspace


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    return path


def only_note(text: str, name: str = "j.txt") -> Note:
    (item,) = parse_jrnl_text(text, name).entries
    assert isinstance(item.entry, Note)
    return item.entry


# ---- jrnl ---------------------------------------------------------------------------


def test_jrnl_tags_with_plus_and_hash_are_two_tags() -> None:
    note = only_note("[2019-07-14 14:23] Learning @C++ and @C#, then @home.\n")
    assert note.tags == ["C++", "C#", "home"]


@pytest.mark.parametrize(
    "first",
    ["* Best day of my life! *", "Best day of my life! *", "*Best day of my life!*"],
)
def test_jrnl_star_forms_leave_no_stray_star(first: str) -> None:
    note = only_note(f"[2013-07-20 09:00] {first}\nBody\n")
    assert note.starred and note.text == "Best day of my life!\nBody"


def test_a_line_jrnl_may_read_as_an_entry_is_kept_and_said() -> None:
    text = "[2019-07-14 14:23] First\n[2019-07 14:23] Looks like a time\n"
    parsed = parse_jrnl_text(text, "j.txt")
    assert len(parsed.entries) == 1
    assert any(
        note.startswith("line 2: [2019-07 14:23] looks like an entry's time") and "line 1" in note
        for note in parsed.notes
    )


def test_an_encrypted_jrnl_journal_is_named(tmp_path: Path) -> None:
    token = "gAAAAABkZ" + "x1Y2z3" * 20 + "=="
    with pytest.raises(ImportFormatError, match="this jrnl journal is encrypted: run jrnl"):
        parse_jrnl_text(token + "\n", "journal.txt")


SPRING_FORWARD = "[2024-03-31 02:30] In the hour the clocks skip\n"


def test_a_time_the_clocks_skip_keeps_its_clock_time(tmp_path: Path) -> None:
    source = write(tmp_path, "j.txt", SPRING_FORWARD)
    script = textwrap.dedent(
        f"""
        import time
        time.tzset()
        from attune_journal.exchange.jrnl import read_jrnl_file
        from pathlib import Path
        parsed = read_jrnl_file(Path({str(source)!r}))
        print(parsed.entries[0].entry.at.isoformat())
        print(parsed.notes[0])
        """
    )
    env = {**os.environ, "TZ": "Europe/Berlin"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    at, note = done.stdout.splitlines()[:2]
    assert at == "2024-03-31T02:30:00+01:00"
    assert "not a time on this computer's clock" in note and "kept as written" in note


# ---- Daylio -------------------------------------------------------------------------

CURRENT = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    '2024-05-02,May 2,Thursday,20:30,Anxious,@home | #gym,Day,"Just good, really good"\n'
    "2024-05-01,May 1,Wednesday,8:15 PM,sad,,,\n"
)

OLD_ENGLISH = (
    "year,date,weekday,time,mood,activities,note\n"
    "2017,June 22,Thursday,9:05 PM,rad,friends | party,A good day\n"
    "2018,Jan 3,Wednesday,07:30,meh,,\n"
)

OLD_POLISH = (
    "year,date,weekday,time,mood,activities,note\n2017,7 września,czwartek,21:05,super,,Dzień\n"
)


def test_current_header_moods_and_activities() -> None:
    parsed = parse_daylio(CURRENT, "d.csv")
    first, second = (item.entry for item in parsed.entries)
    assert isinstance(first, Note) and isinstance(second, Note)
    assert first.text == "Day\n\nJust good, really good"
    assert "@home" in first.tags and "gym" in first.tags
    assert any("'#gym' is the tag 'gym'" in note for note in parsed.notes)
    # Custom moods that are vocabulary words take their place on the grid, any case.
    assert first.feelings[0].word == "anxious" and first.feelings[0].pleasantness is not None
    assert second.feelings[0].word == "sad" and second.feelings[0].energy is not None
    assert (second.at.hour, second.at.minute) == (20, 15)


def test_the_2017_header_with_month_names() -> None:
    parsed = parse_daylio(OLD_ENGLISH, "d.csv")
    days = [item.entry.at.strftime("%Y-%m-%d %H:%M") for item in parsed.entries]
    assert days == ["2017-06-22 21:05", "2018-01-03 07:30"]


def test_the_2017_header_with_a_polish_month() -> None:
    (item,) = parse_daylio(OLD_POLISH, "d.csv").entries
    assert item.entry.at.strftime("%Y-%m-%d %H:%M") == "2017-09-07 21:05"


def test_a_file_without_a_header_line_is_read_and_said() -> None:
    body = CURRENT.split("\n", 1)[1]
    parsed = parse_daylio(body, "d.csv")
    assert len(parsed.entries) == 2 and parsed.entries[0].where == "line 1"
    assert any("no header line" in note for note in parsed.notes)
    old = parse_daylio(OLD_ENGLISH.split("\n", 1)[1], "d.csv")
    assert len(old.entries) == 2


def test_an_unquoted_comma_refuses_the_row_by_line(workspace: Workspace, tmp_path: Path) -> None:
    broken = (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-05-01,May 1,Wednesday,20:30,good,work,,fine\n"
        "2024-05-02,May 2,Thursday,20:30,good,work,,Just good, really good\n"
    )
    with pytest.raises(ImportFormatError, match=r"line 3: 9 cells where the header has 8"):
        run_import(workspace, "daylio", write(tmp_path, "d.csv", broken))
    assert workspace.journal.count() == 0


def test_an_unknown_month_is_refused_by_line() -> None:
    text = "year,date,weekday,time,mood,activities,note\n2017,Smarch 3,x,20:30,good,,\n"
    with pytest.raises(ImportFormatError, match="line 2: field 'year'/'date'/'time'"):
        parse_daylio(text, "d.csv")


def test_daylio_imports_whole_into_the_journal(workspace: Workspace, tmp_path: Path) -> None:
    report = run_import(workspace, "daylio", write(tmp_path, "d.csv", OLD_ENGLISH))
    assert report.added == 2 and workspace.journal.count() == 2
    again = run_import(workspace, "daylio", write(tmp_path, "d.csv", OLD_ENGLISH))
    assert not again.imported and again.unchanged == 2

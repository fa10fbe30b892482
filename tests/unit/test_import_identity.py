"""The identity of imported jrnl and Daylio entries, and what a re-import does.

An entry's uid is the source's own (clock time as written, ordinal at that minute),
never this computer's zone; a re-import updates entries not edited here, leaves
those it finds unchanged, and keeps both when the person edited one and the source
changed it too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attune_journal.core.models import Note
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.parsed import content_uid, source_uid, with_local_offset
from attune_journal.workspace import Workspace

JRNL_TEXT = """[2019-07-14 14:23] Went for a run. @health
It was hot.

[2019-07-14 14:23] A second thought at the same minute.

[2019-07-15 08:00] Title only *

[2019-07-16 21:10] Evening

Read a book about @C++ and @C#.
"""

JRNL_JSON = {
    "tags": {"@health": 1, "@c++": 1, "@c#": 1},
    "entries": [
        {
            "date": "2019-07-14",
            "time": "14:23",
            "title": "Went for a run.",
            "body": "@health\nIt was hot.",
            "tags": ["@health"],
            "starred": False,
        },
        {
            "date": "2019-07-14",
            "time": "14:23",
            "title": "A second thought at the same minute.",
            "body": "",
            "tags": [],
            "starred": False,
        },
        {
            "date": "2019-07-15",
            "time": "08:00",
            "title": "Title only",
            "body": "",
            "tags": [],
            "starred": True,
        },
        {
            "date": "2019-07-16",
            "time": "21:10",
            "title": "Evening",
            "body": "Read a book about @C++ and @C#.",
            "tags": ["@c++", "@c#"],
            "starred": False,
        },
    ],
}

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    '2024-05-02,May 2,Thursday,20:30,good,work | friends,,"Just good, really good"\n'
    "2024-05-01,May 1,Wednesday,8:15 AM,meh,sleep,,tired\n"
)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    return path


def notes(workspace: Workspace) -> list[Note]:
    found = [e for e in workspace.journal.entries(newest_first=False) if isinstance(e, Note)]
    return found


def test_uids_are_the_source_key_not_the_zone(workspace: Workspace, tmp_path: Path) -> None:
    report = run_import(workspace, "jrnl", write(tmp_path, "j.txt", JRNL_TEXT))
    uids = [item.entry.uid for item in report.imported]
    assert uids[:2] == [
        source_uid("jrnl", "2019-07-14 14:23 #1"),
        source_uid("jrnl", "2019-07-14 14:23 #2"),
    ]
    assert report.added == 4


def test_text_and_json_of_one_journal_are_the_same_entries(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = run_import(workspace, "jrnl", write(tmp_path, "j.txt", JRNL_TEXT))
    data = run_import(workspace, "jrnl-json", write(tmp_path, "j.json", json.dumps(JRNL_JSON)))
    assert not data.imported and data.unchanged == 4
    assert workspace.journal.count() == 4
    from attune_journal.exchange.jrnl import parse_jrnl_json, parse_jrnl_text

    by_text = parse_jrnl_text(JRNL_TEXT, "j.txt").entries
    by_json = parse_jrnl_json(json.dumps(JRNL_JSON), "j.json").entries
    assert [i.entry.uid for i in by_text] == [i.entry.uid for i in by_json]
    assert [i.entry.tags for i in by_text] == [i.entry.tags for i in by_json]
    assert [i.entry.starred for i in by_text] == [i.entry.starred for i in by_json]
    assert "Imported 4 entries" in text.summary()


def test_json_first_then_text_adds_nothing(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, "jrnl-json", write(tmp_path, "j.json", json.dumps(JRNL_JSON)))
    again = run_import(workspace, "jrnl", write(tmp_path, "j.txt", JRNL_TEXT))
    assert not again.imported and workspace.journal.count() == 4


def test_a_typo_fixed_at_the_source_updates_the_entry(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, "jrnl", write(tmp_path, "j.txt", JRNL_TEXT))
    fixed = JRNL_TEXT.replace("It was hot.", "It was very hot.")
    report = run_import(workspace, "jrnl", write(tmp_path, "j.txt", fixed))
    assert (report.added, report.updated, report.unchanged, report.kept_both) == (0, 1, 3, [])
    assert workspace.journal.count() == 4
    assert any("very hot" in n.text for n in notes(workspace))
    assert report.summary() == (
        "Imported 1 entry from j.txt (0 new, 1 updated). "
        "3 entries were already in your journal, unchanged."
    )


def test_an_entry_edited_here_is_kept_beside_the_changed_source(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = run_import(workspace, "jrnl", write(tmp_path, "j.txt", JRNL_TEXT))
    mine = workspace.journal.get_by_uid(first.imported[0].entry.uid)
    assert isinstance(mine, Note)
    mine.text += "\nAdded here."
    workspace.journal.save(mine)
    # Source unchanged: the person's edit stands, nothing is added.
    same = run_import(workspace, "jrnl", write(tmp_path, "j.txt", JRNL_TEXT))
    assert not same.imported and same.unchanged == 4
    fixed = JRNL_TEXT.replace("It was hot.", "It was very hot.")
    report = run_import(workspace, "jrnl", write(tmp_path, "j.txt", fixed))
    assert len(report.kept_both) == 1 and report.updated == 0
    assert workspace.journal.count() == 5
    texts = [n.text for n in notes(workspace)]
    assert any("Added here." in t for t in texts) and any("very hot" in t for t in texts)
    assert "(0 new, 0 updated, 1 kept beside your edits)" in report.summary()
    assert any("kept both 2019-07-14 14:23 (line 1)" in line for line in report.lines())
    # The same changed source again: both are there already.
    again = run_import(workspace, "jrnl", write(tmp_path, "j.txt", fixed))
    assert not again.imported and workspace.journal.count() == 5


def test_daylio_activity_renamed_updates_every_row(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, "daylio", write(tmp_path, "d.csv", DAYLIO))
    renamed = DAYLIO.replace("work | friends", "job | friends")
    report = run_import(workspace, "daylio", write(tmp_path, "d.csv", renamed))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    assert workspace.journal.count() == 2
    assert any("job" in n.tags for n in notes(workspace))


def _import_in_zone(data_dir: Path, source: Path, zone: str, fmt: str) -> str:
    env = {**os.environ, "TZ": zone, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "attune_journal", "--data-dir", str(data_dir)]
    done = subprocess.run(
        [*command, "import", "--format", fmt, str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="needs time.tzset")
@pytest.mark.parametrize(
    ("fmt", "name", "content"),
    [("jrnl", "j.txt", JRNL_TEXT), ("daylio", "d.csv", DAYLIO)],
)
def test_importing_in_berlin_then_new_york_adds_nothing(
    tmp_path: Path, fmt: str, name: str, content: str
) -> None:
    source = write(tmp_path, name, content)
    data_dir = tmp_path / "data"
    first = _import_in_zone(data_dir, source, "Europe/Berlin", fmt)
    assert "Europe/Berlin" in first
    second = _import_in_zone(data_dir, source, "America/New_York", fmt)
    assert second.startswith("Imported 0 entries"), second
    assert "entries were already in your journal, unchanged." in second


def test_entries_imported_by_the_old_uid_are_matched_and_renamed(
    workspace: Workspace, tmp_path: Path
) -> None:
    from attune_journal.exchange.jrnl import parse_jrnl_text

    path = write(tmp_path, "j.txt", JRNL_TEXT)
    parsed = parse_jrnl_text(JRNL_TEXT, "j.txt")
    # As the earlier importer saved them: uid from this computer's offset and the text.
    old = []
    for item in parsed.entries:
        entry = item.entry
        assert isinstance(entry, Note)
        naive = entry.at.replace(tzinfo=None)
        old_text = entry.text + (" *" if entry.starred else "")
        old_uid = content_uid("jrnl", with_local_offset(naive), old_text)
        assert old_uid == item.legacy_uid or entry.starred
        old.append(Note(at=with_local_offset(naive), text=entry.text, uid=item.legacy_uid))
    workspace.journal.save_many(old)
    report = run_import(workspace, "jrnl", path)
    assert report.added == 0 and workspace.journal.count() == 4
    assert {n.uid for n in notes(workspace)} == {i.entry.uid for i in parsed.entries}
    # The next import finds them by the new identity.
    again = run_import(workspace, "jrnl", path)
    assert not again.imported and again.unchanged == 4


def test_a_zone_guess_is_said_only_when_something_was_written(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, "j.txt", JRNL_TEXT)
    first = run_import(workspace, "jrnl", path)
    assert any("carry no time zone" in note for note in first.notes)
    again = run_import(workspace, "jrnl", path)
    assert not any("carry no time zone" in note for note in again.notes)

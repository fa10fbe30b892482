"""An import that cannot be saved leaves the journal and its backups as they were, with
one line; a cut emoji from jrnl or Daylio is replaced and said; Day One's entries are
matched by their uuid on a re-import, updated when not edited here, kept both when they
were.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from attune_journal.cli import main
from attune_journal.core.models import Note
from attune_journal.exchange.daylio import parse_daylio
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.parsed import ImportFormatError, mend, source_uid
from attune_journal.storage.errors import StoreError
from attune_journal.storage.repository import Journal
from attune_journal.workspace import Workspace, open_workspace

CUT_LINE = (
    "held a cut character (half of an emoji, as text cut at a length limit leaves); "
    "each was replaced with \ufffd."
)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def backups(workspace: Workspace) -> list[Path]:
    folder = workspace.paths.backups
    return sorted(folder.glob("*import*")) if folder.exists() else []


def jrnl_json(title: str) -> str:
    # json.dumps spells a lone surrogate as "\ud83d", as a cut export does.
    entry = {"date": "2019-07-14", "time": "14:23", "title": title, "body": "", "tags": []}
    return json.dumps({"entries": [entry]})


def notes(workspace: Workspace) -> list[Note]:
    found = workspace.journal.entries(newest_first=False)
    assert all(isinstance(entry, Note) for entry in found)
    return found  # type: ignore[return-value]


# ---- a cut emoji -----------------------------------------------------------------------------


def test_shared_mend() -> None:
    assert mend("a\ud83db\ude00c") == "a\ufffdb\ufffdc"
    assert mend("whole 😀") == "whole 😀"


def test_a_cut_emoji_in_a_jrnl_title_is_replaced_and_said_once(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, "j.json", jrnl_json("Sunny \ud83d"))
    assert "\\ud83d" in path.read_text()
    report = run_import(workspace, "jrnl-json", path)
    assert len(report.imported) == 1
    (note,) = notes(workspace)
    assert note.text == "Sunny \ufffd"
    assert [n for n in report.notes if "cut character" in n] == [f"j.json: 1 entry {CUT_LINE}"]
    assert backups(workspace) == [report.backup]


def test_a_cut_emoji_in_a_jrnl_tag_is_replaced(workspace: Workspace, tmp_path: Path) -> None:
    data = {
        "entries": [
            {"date": "2019-07-14", "time": "14:23", "title": "A", "tags": ["@sun\ud83d"]},
            {"date": "2019-07-15", "time": "09:00", "title": "B \ude00 @x\ud83d"},
        ]
    }
    report = run_import(workspace, "jrnl-json", write(tmp_path, "j.json", json.dumps(data)))
    first, second = notes(workspace)
    assert first.tags == ["sun\ufffd"] and second.text == "B \ufffd @x\ufffd"
    assert [n for n in report.notes if "cut character" in n] == [f"j.json: 2 entries {CUT_LINE}"]


def test_a_cut_emoji_in_daylio_text_is_replaced_and_said_once() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-23,November 23,Monday,20:30,good,home,Tea \ud83d,fine\n"
        "2026-11-24,November 24,Tuesday,20:30,good,home,,whole 😀\n"
    )
    parsed = parse_daylio(text, "d.csv")
    assert [getattr(item.entry, "text", None) for item in parsed.entries] == [
        "Tea \ufffd\n\nfine",
        "whole 😀",
    ]
    assert [n for n in parsed.notes if "cut character" in n] == [f"d.csv: 1 entry {CUT_LINE}"]


# ---- a save that fails -----------------------------------------------------------------------


def test_text_that_cannot_be_stored_is_refused_before_the_backup(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reader that lets half a character through is refused before anything happens.
    import attune_journal.exchange.jrnl as jrnl

    monkeypatch.setattr(jrnl, "has_cut_character", lambda *texts: False)
    with pytest.raises(ImportFormatError) as raised:
        run_import(workspace, "jrnl-json", write(tmp_path, "j.json", jrnl_json("Sunny \ud83d")))
    assert str(raised.value) == (
        "entry 1: the entry holds a character that cannot be stored (half of one, such as "
        "a cut emoji); nothing was imported and your journal is unchanged."
    )
    assert workspace.journal.count() == 0 and backups(workspace) == []


@pytest.mark.parametrize(
    ("error", "reported"),
    [
        (UnicodeEncodeError("utf-8", "\ud83d", 0, 1, "surrogates not allowed"), ImportFormatError),
        (sqlite3.OperationalError("database or disk is full"), StoreError),
        (StoreError("There is no room left on the disk; nothing was saved."), StoreError),
    ],
    ids=["surrogate", "sqlite", "store"],
)
def test_a_failed_save_leaves_no_backup_and_one_line(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    reported: type[Exception],
) -> None:
    workspace = open_workspace(data_dir)
    try:
        first = run_import(workspace, "jrnl-json", write(tmp_path, "a.json", jrnl_json("First")))
        before = backups(workspace)
        assert before == [first.backup]
    finally:
        workspace.close()

    def refuse(self: Journal, *args: object, **kwargs: object) -> int:
        raise error

    monkeypatch.setattr(Journal, "save_many", refuse)
    path = write(tmp_path, "b.json", jrnl_json("Second").replace("2019-07-14", "2019-08-01"))
    workspace = open_workspace(data_dir)
    try:
        with pytest.raises(reported) as raised:
            run_import(workspace, "jrnl-json", path)
        assert type(raised.value) is reported  # not merely a subclass of it
        assert "\n" not in str(raised.value)
        assert workspace.journal.count() == 1 and backups(workspace) == before
    finally:
        workspace.close()
    code = main(["--data-dir", str(data_dir), "import", "--from", "jrnl-json", str(path)])
    _, err = capsys.readouterr()
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("attune-journal: ")
    if not isinstance(error, StoreError):
        assert "nothing was imported and your journal is unchanged" in lines[0]
    workspace = open_workspace(data_dir)
    try:
        assert [n.text for n in notes(workspace)] == ["First"]
        assert backups(workspace) == before
    finally:
        workspace.close()


# ---- Day One: identity by uuid ---------------------------------------------------------------


def dayone(*entries: tuple[str, str]) -> str:
    return json.dumps(
        {
            "metadata": {"version": "1.0"},
            "entries": [
                {
                    "uuid": uuid,
                    "creationDate": f"2026-02-0{n}T08:00:00Z",
                    "timeZone": "UTC",
                    "text": text,
                }
                for n, (uuid, text) in enumerate(entries, 1)
            ],
        }
    )


def test_a_changed_day_one_entry_not_edited_here_is_updated(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = run_import(
        workspace,
        "dayone",
        write(tmp_path, "Journal.json", dayone(("A1", "Morning"), ("B2", "Noon"))),
    )
    assert first.added == 2 and len(first.imported) == 2
    assert first.imported[0].entry.uid == source_uid("dayone", "A1")
    same = run_import(
        workspace,
        "dayone",
        write(tmp_path, "Journal.json", dayone(("A1", "Morning"), ("B2", "Noon"))),
    )
    assert not same.imported and same.unchanged == 2
    changed = run_import(
        workspace,
        "dayone",
        write(tmp_path, "Journal.json", dayone(("A1", "Morning, then rain"), ("B2", "Noon"))),
    )
    assert changed.updated == 1 and changed.added == 0 and changed.unchanged == 1
    assert [n.text for n in notes(workspace)] == ["Morning, then rain", "Noon"]
    assert changed.summary() == (
        "Imported 1 entry from Journal.json (0 new, 1 updated). "
        "1 entry was already in your journal, unchanged."
    )


def test_a_changed_day_one_entry_edited_here_is_kept_beside(
    workspace: Workspace, tmp_path: Path
) -> None:
    run_import(workspace, "dayone", write(tmp_path, "Journal.json", dayone(("A1", "Morning"))))
    mine = workspace.journal.get_by_uid(source_uid("dayone", "A1"))
    assert isinstance(mine, Note)
    mine.text = "Morning, as I remember it"
    workspace.journal.save(mine)
    # Day One unchanged: the edit here stands.
    same = run_import(
        workspace, "dayone", write(tmp_path, "Journal.json", dayone(("A1", "Morning")))
    )
    assert not same.imported and same.unchanged == 1
    path = write(tmp_path, "Journal.json", dayone(("A1", "Morning, changed in Day One")))
    report = run_import(workspace, "dayone", path)
    assert len(report.kept_both) == 1 and report.updated == 0
    assert sorted(n.text for n in notes(workspace)) == [
        "Morning, as I remember it",
        "Morning, changed in Day One",
    ]
    assert any("kept both 2026-02-01 08:00" in line for line in report.lines())
    again = run_import(workspace, "dayone", path)
    assert not again.imported and workspace.journal.count() == 2


def test_day_one_entries_imported_before_records_are_matched(
    workspace: Workspace, tmp_path: Path
) -> None:
    # As an earlier version saved them: the uid was this digest, no source record.
    at = datetime(2026, 2, 1, 8, 0).astimezone()
    old = Note(at=at, text="Morning", uid=source_uid("dayone", "A1"))
    edited = Note(at=at, text="Noon", uid=source_uid("dayone", "B2"))
    workspace.journal.save_many([old, edited])
    edited.text = "Noon, edited here"
    workspace.journal.save(edited)  # an edit here sets its updated time
    path = write(
        tmp_path, "Journal.json", dayone(("A1", "Morning, then rain"), ("B2", "Noon, later"))
    )
    report = run_import(workspace, "dayone", path)
    assert report.updated == 1 and report.added == 0 and report.unchanged == 1
    assert [n.text for n in notes(workspace)] == ["Morning, then rain", "Noon, edited here"]
    # Now both carry their record: the edited one is kept beside a further change.
    later = write(
        tmp_path, "Journal.json", dayone(("A1", "Morning, then rain"), ("B2", "Noon, later still"))
    )
    again = run_import(workspace, "dayone", later)
    assert len(again.kept_both) == 1 and again.unchanged == 1
    assert workspace.journal.count() == 3


def test_day_one_entries_without_a_uuid_are_still_matched_by_uid(
    workspace: Workspace, tmp_path: Path
) -> None:
    data = json.dumps(
        {"entries": [{"creationDate": "2026-02-01T08:00:00Z", "timeZone": "UTC", "text": "A"}]}
    )
    run_import(workspace, "dayone", write(tmp_path, "Journal.json", data))
    again = run_import(workspace, "dayone", write(tmp_path, "Journal.json", data))
    assert not again.imported and workspace.journal.count() == 1

"""Importers for jrnl (text and JSON), Day One (.json and .zip) and Daylio (CSV).

Every sample file is written here. Malformed files must give an error naming the
line or field and leave the store exactly as it was (count and checksum).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from attune_journal.core.models import Note
from attune_journal.exchange.importing import ImportCancelled, run_import
from attune_journal.exchange.markdown_render import render_single
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.workspace import Workspace


def fingerprint(workspace: Workspace) -> tuple[int, str]:
    entries = workspace.journal.entries(newest_first=False)
    trashed = workspace.journal.entries(trashed=True, newest_first=False)
    text = render_single(entries) + render_single(trashed)
    return len(entries) + len(trashed), hashlib.sha256(text.encode()).hexdigest()


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def notes(workspace: Workspace) -> list[Note]:
    found = workspace.journal.entries(newest_first=False)
    assert all(isinstance(entry, Note) for entry in found)
    return found  # type: ignore[return-value]


def local(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    return datetime(y, mo, d, h, mi).astimezone()


# ---- jrnl plain text --------------------------------------------------------------------

JRNL_BRACKETS = """\
[2026-11-20 07:15] Morning pages. Slept well for once @sleep
Walked to the river with @anna.
[this line starts with a bracket but is no date] and stays in the body
2026-11-20 08:00 a body line that starts with a date stays too

[2026-11-21 21:40] A hard evening *
# A heading inside
More text @work #evening

[2026-11-22 09:00] One line only.
"""


def test_jrnl_text_bracket_form(workspace: Workspace, tmp_path: Path) -> None:
    report = run_import(workspace, "jrnl", write(tmp_path, "journal.txt", JRNL_BRACKETS))
    assert [item.where for item in report.imported] == ["line 1", "line 6", "line 10"]
    first, second, third = notes(workspace)
    assert first.at == local(2026, 11, 20, 7, 15)
    assert first.text == (
        "Morning pages. Slept well for once @sleep\nWalked to the river with @anna.\n"
        "[this line starts with a bracket but is no date] and stays in the body\n"
        "2026-11-20 08:00 a body line that starts with a date stays too"
    )
    assert first.tags == ["sleep", "anna"] and not first.starred
    assert second.starred and second.text.startswith("A hard evening\n# A heading inside")
    assert second.tags == ["work", "evening"]
    assert third.text == "One line only."
    assert report.backup is not None and report.backup.exists()


def test_jrnl_text_bare_form_and_own_time_format(workspace: Workspace, tmp_path: Path) -> None:
    bare = "2026-11-20 07:15 Old jrnl style.\nsecond line\n\n2026-11-21 08:00 Next *\n"
    run_import(workspace, "jrnl", write(tmp_path, "old.txt", bare))
    first, second = notes(workspace)
    assert first.text == "Old jrnl style.\nsecond line" and second.starred

    custom = "[20.11.2026 19:05] Eigenes Format\n[31.02.2026 10:00] kein Datum\n"
    report = run_import(
        workspace, "jrnl", write(tmp_path, "de.txt", custom), time_format="%d.%m.%Y %H:%M"
    )
    assert len(report.imported) == 1
    entry = report.imported[0].entry
    assert isinstance(entry, Note) and entry.text == "Eigenes Format\n[31.02.2026 10:00] kein Datum"
    assert entry.at == local(2026, 11, 20, 19, 5)


def test_jrnl_text_before_the_first_entry_and_empty_entries_are_reported(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = "Some preamble\n[2026-11-20 07:15] \n[2026-11-20 07:16] Real\n"
    report = run_import(workspace, "jrnl", write(tmp_path, "j.txt", text))
    assert [(s.where, s.reason) for s in report.skipped] == [
        ("line 1", "text before the first dated entry (not an entry)"),
        ("line 2", "the entry is empty"),
    ]
    assert len(report.imported) == 1


def test_jrnl_json(workspace: Workspace, tmp_path: Path) -> None:
    data = {
        "tags": {"@work": 1},
        "entries": [
            {
                "title": "Long day.",
                "body": "Talked it through.\n\n",
                "date": "2026-11-20",
                "time": "18:30",
                "tags": ["@work"],
                "starred": True,
            },
            {"title": "Short", "body": "", "date": "2026-11-21", "time": "07:00", "tags": []},
        ],
    }
    report = run_import(workspace, "jrnl-json", write(tmp_path, "j.json", json.dumps(data)))
    assert len(report.imported) == 2
    first, second = notes(workspace)
    assert first.text == "Long day.\nTalked it through." and first.starred
    assert first.tags == ["work"] and first.at == local(2026, 11, 20, 18, 30)
    assert second.text == "Short"


# ---- Day One ----------------------------------------------------------------------------


def dayone_json() -> dict[str, object]:
    return {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "A1",
                "creationDate": "2026-07-01T06:30:00Z",
                "timeZone": "Europe/Lisbon",
                "text": "# Summer\n\nSwam in the sea 🌊 ![](dayone-moment://P1)",
                "tags": ["sea", "summer"],
                "starred": True,
                "photos": [{"identifier": "P1", "md5": "abc", "type": "jpeg"}],
            },
            {
                "uuid": "A2",
                "creationDate": "2026-11-20T18:00:00Z",
                "timeZone": "Not/AZone",
                "text": "שלום — a note in Hebrew",
            },
            {"uuid": "A3", "creationDate": "2026-11-21T18:00:00Z", "text": "", "photos": [{}]},
        ],
    }


def test_dayone_json_keeps_zone_tags_star_and_notes_media(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, "Journal.json", json.dumps(dayone_json(), ensure_ascii=False))
    report = run_import(workspace, "dayone", path)
    assert len(report.imported) == 2
    summer, hebrew = notes(workspace)
    assert summer.at == datetime(2026, 7, 1, 7, 30, tzinfo=timezone(timedelta(hours=1)))
    assert summer.at.utcoffset() == timedelta(hours=1)
    assert summer.tags == ["sea", "summer"] and summer.starred
    assert "dayone-moment://P1" in summer.text
    assert hebrew.text.startswith("שלום")
    assert any("1 photo not copied" in note and "entry 1" in note for note in report.notes)
    assert any("Not/AZone" in note for note in report.notes)
    assert [(s.where, s.reason) for s in report.skipped] == [
        (
            "Journal.json, entry 3",
            "the entry has no text (only media, which stay in the Day One export)",
        )
    ]


def test_dayone_zip_reads_every_journal_inside(workspace: Workspace, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Journal.json", json.dumps(dayone_json()))
        archive.writestr(
            "Travel.json",
            json.dumps(
                {"entries": [{"uuid": "T1", "creationDate": "2026-03-01T10:00:00Z", "text": "Go"}]}
            ),
        )
        archive.writestr("photos/abc.jpeg", b"\xff\xd8 not really a photo")
    report = run_import(workspace, "dayone", write(tmp_path, "export.zip", buffer.getvalue()))
    assert len(report.imported) == 3
    assert any("1 media file in the .zip was not copied" in note for note in report.notes)
    again = run_import(workspace, "dayone", tmp_path / "export.zip")
    assert not again.imported and workspace.journal.count() == 3


# ---- Daylio -----------------------------------------------------------------------------

DAYLIO_NEW = (
    "full_date,date,weekday,time,mood,activities,note_title,note\r\n"
    "2026-11-20,November 20,Friday,8:30 PM,rad,friends | cooking,Dinner,"
    '"Lovely evening,\nlate."\r\n'
    "2026-11-21,November 21,Saturday,07:05,awful,,,\r\n"
    '2026-11-22,November 22,Sunday,12:15 am,Sleepy-ish,work | sleep,,"Just tired"\r\n'
)
DAYLIO_OLD = (
    "\ufefffull_date,date,weekday,time,mood,activities,note\n"
    "2026-10-01,October 1,Thursday,21:00,meh,reading,a quiet night\n"
)


def test_daylio_new_header(workspace: Workspace, tmp_path: Path) -> None:
    report = run_import(workspace, "daylio", write(tmp_path, "daylio.csv", DAYLIO_NEW))
    assert [item.where for item in report.imported] == ["line 2", "line 4", "line 5"]
    rad, awful, own = notes(workspace)
    assert rad.at == local(2026, 11, 20, 20, 30)
    assert rad.text == "Dinner\n\nLovely evening,\nlate."
    assert rad.tags == ["daylio:rad", "friends", "cooking"]
    assert (rad.feelings[0].word, rad.feelings[0].pleasantness) == ("joyful", 0.8)
    assert awful.text == "" and awful.feelings[0].word == "sad"
    assert own.at == local(2026, 11, 22, 0, 15)
    assert own.feelings[0].word == "Sleepy-ish" and own.feelings[0].pleasantness is None


def test_daylio_old_header_with_bom(workspace: Workspace, tmp_path: Path) -> None:
    report = run_import(workspace, "daylio", write(tmp_path, "old.csv", DAYLIO_OLD))
    assert len(report.imported) == 1
    (entry,) = notes(workspace)
    assert entry.text == "a quiet night" and entry.feelings[0].word == "meh"


# ---- re-import, malformed files, cancel -------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "name", "content"),
    [
        ("jrnl", "j.txt", JRNL_BRACKETS),
        (
            "jrnl-json",
            "j.json",
            json.dumps(
                {"entries": [{"title": "x", "body": "", "date": "2026-01-01", "time": "10:00"}]}
            ),
        ),
        ("dayone", "d.json", json.dumps(dayone_json())),
        ("daylio", "d.csv", DAYLIO_NEW),
        ("daylio", "o.csv", DAYLIO_OLD),
    ],
)
def test_reimport_adds_nothing(
    workspace: Workspace, tmp_path: Path, fmt: str, name: str, content: str
) -> None:
    path = write(tmp_path, name, content)
    first = run_import(workspace, fmt, path)
    state = fingerprint(workspace)
    backups = sorted(workspace.paths.backups.iterdir())
    second = run_import(workspace, fmt, path)
    assert not second.imported
    assert {s.reason for s in second.skipped} >= {"already in the journal"}
    assert len([s for s in second.skipped if s.reason == "already in the journal"]) == len(
        first.imported
    )
    assert fingerprint(workspace) == state
    assert sorted(workspace.paths.backups.iterdir()) == backups, "no backup when nothing to do"


MALFORMED = [
    (
        "jrnl",
        "bad-date.txt",
        "[2026-13-45 99:99] Not a date\nno entry at all\n",
        r"line 1: no jrnl entry",
    ),
    ("jrnl", "junk.txt", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", r"line 1: this is not UTF-8"),
    (
        "jrnl-json",
        "trunc.json",
        '{"entries": [{"title": "a", "date": "2026-',
        r"line 1, column \d+: not valid JSON \(the file ends too early",
    ),
    (
        "jrnl-json",
        "date.json",
        '{"entries": [{"title": "a", "body": "", "date": "2026-02-30", "time": "10:00"}]}',
        r"entry 1: field 'date'/'time'",
    ),
    ("jrnl-json", "shape.json", "[1, 2]", r"not a jrnl JSON export"),
    (
        "dayone",
        "trunc.json",
        '{"entries": [\n{"creationDate": "2026-',
        r"line 2, column \d+: not valid JSON",
    ),
    (
        "dayone",
        "date.json",
        '{"entries": [{"text": "x", "creationDate": "yesterday"}]}',
        r"entry 1: field 'creationDate'",
    ),
    ("dayone", "broken.zip", b"PK\x03\x04 broken", r"damaged or incomplete"),
    ("dayone", "junk.json", b"\xff\xfe\x00binary", r"line 1: this is not UTF-8"),
    (
        "daylio",
        "header.csv",
        "date,mood,note\n2026-01-01,good,x\n",
        r"line 1: this is not a Daylio export.*missing: full_date, time, activities",
    ),
    (
        "daylio",
        "date.csv",
        DAYLIO_OLD + "2026-02-31,x,y,21:00,good,,fine\n",
        r"line 3: field 'full_date'/'time'",
    ),
    (
        "daylio",
        "time.csv",
        DAYLIO_OLD + "2026-02-01,x,y,25:61,good,,fine\n",
        r"line 3: field 'full_date'/'time'",
    ),
    ("daylio", "short.csv", DAYLIO_OLD + "2026-02-01,x\n", r"line 3: expected 7 columns, found 2"),
    (
        "markdown",
        "bad.md",
        "---\nuid: x\nkind: note\nat: not a time\n---\n\nhi\n",
        r"field 'at' should be a time",
    ),
    ("markdown", "open.md", "---\nuid: x\nkind: note\n", r"no closing '---'"),
    (
        "markdown",
        "kind.md",
        "---\nuid: x\nkind: diary\nat: 2026-11-23T08:30:00+01:00\n---\n",
        r"field 'kind' should be one of",
    ),
    ("markdown", "yaml.md", "---\nuid: x\n  kind: note\n---\n", r"bad.md|yaml.md, line 3"),
    (
        "markdown",
        "act.md",
        "---\nuid: x\nkind: note\nat: 2026-11-23T08:30:00+01:00\nactivation: 11\n---\n",
        r"act.md.*activation must be from 0 to 10",
    ),
]


@pytest.mark.parametrize(("fmt", "name", "content", "message"), MALFORMED)
def test_malformed_files_name_the_line_or_field_and_change_nothing(
    workspace: Workspace,
    tmp_path: Path,
    fmt: str,
    name: str,
    content: str | bytes,
    message: str,
) -> None:
    # Something already in the store, which must stay exactly as it was.
    run_import(workspace, "jrnl", write(tmp_path, "seed.txt", JRNL_BRACKETS))
    before = fingerprint(workspace)
    backups = sorted(workspace.paths.backups.iterdir())
    # A good entry before the bad one proves all-or-nothing, not stop-at-first-error.
    with pytest.raises(ImportFormatError, match=message):
        run_import(workspace, fmt, write(tmp_path, name, content))
    assert fingerprint(workspace) == before
    assert sorted(workspace.paths.backups.iterdir()) == backups


def test_all_or_nothing_when_a_later_entry_is_invalid(workspace: Workspace, tmp_path: Path) -> None:
    good = "[2026-11-20 07:15] fine\n"
    long_tag_is_noted = "[2026-11-20 07:16] tag @" + "x" * 80 + "\n"
    report = run_import(workspace, "jrnl", write(tmp_path, "a.txt", good + long_tag_is_noted))
    assert len(report.imported) == 2 and any("longer than 64" in n for n in report.notes)
    before = fingerprint(workspace)
    data = {
        "entries": [
            {"title": "ok", "body": "", "date": "2026-01-01", "time": "10:00"},
            {"title": "x" * 10_000_001, "body": "", "date": "2026-01-02", "time": "10:00"},
        ]
    }
    with pytest.raises(ImportFormatError, match="entry 2: The note is 10,000,001 characters"):
        run_import(workspace, "jrnl-json", write(tmp_path, "big.json", json.dumps(data)))
    assert fingerprint(workspace) == before


def test_cancel_before_saving_saves_nothing(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ImportCancelled):
        run_import(
            workspace, "jrnl", write(tmp_path, "j.txt", JRNL_BRACKETS), cancelled=lambda: True
        )
    assert workspace.journal.count() == 0


def test_unknown_format_and_missing_file(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="Unknown import format"):
        run_import(workspace, "evernote", tmp_path)
    with pytest.raises(ImportFormatError, match="no such file"):
        run_import(workspace, "jrnl", tmp_path / "missing.txt")
    with pytest.raises(ImportFormatError, match="is a folder"):
        run_import(workspace, "daylio", tmp_path)


def test_a_trashed_entry_is_not_imported_again(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "j.txt", JRNL_BRACKETS)
    first = run_import(workspace, "jrnl", path)
    trashed = first.imported[0].entry
    assert trashed.id is not None
    workspace.journal.trash(trashed.id)
    assert trashed.uid in workspace.journal.known_uids()
    again = run_import(workspace, "jrnl", path)
    assert not again.imported
    assert workspace.journal.count() == 2 and workspace.journal.count(trashed=True) == 1


# ---- our own Markdown, edited by hand ---------------------------------------------------


def test_hand_edited_markdown_file_is_read(workspace: Workspace, tmp_path: Path) -> None:
    text = (
        "---\r\n"
        "uid: handmade-1\r\n"
        "kind: note\r\n"
        "at: '2026-11-23T08:30:00+01:00'\r\n"
        "tags: [walk, 'by the river']   # added in Obsidian\r\n"
        "starred: yes_but_not_bool\r\n"
        "---\r\n"
        "\r\n"
        "Windows line ends stay.\r\n"
    )
    with pytest.raises(ImportFormatError, match="field 'starred' should be true or false"):
        run_import(workspace, "markdown", write(tmp_path, "note.md", text))
    fixed = text.replace("yes_but_not_bool", "true")
    report = run_import(workspace, "markdown", write(tmp_path, "note.md", fixed))
    (entry,) = [item.entry for item in report.imported]
    assert isinstance(entry, Note)
    assert entry.tags == ["walk", "by the river"] and entry.starred
    assert entry.text == "Windows line ends stay."


def test_single_file_with_wrong_text_length_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    from tests.factories import one_of_each

    text = render_single(one_of_each()).replace("Walks most days.", "Walks most days!!")
    with pytest.raises(ImportFormatError, match="not 16 characters long as 'text_chars' says"):
        run_import(workspace, "markdown", write(tmp_path, "all.md", text))
    assert workspace.journal.count() == 0

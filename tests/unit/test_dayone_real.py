"""Day One exports as people have them: several journals in one .zip, text only in rich
text, place and weather, entries without a time zone, a cut emoji, and .zip files packed
with a password or Deflate64, and years at the ends of the calendar.

Every refusal is one line naming the file (exit 1 on the command line), leaves the
journal as it was and leaves no backup behind.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from attune_journal.cli import main
from attune_journal.core.models import Note
from attune_journal.exchange.dayone import (
    DayOneEntry,
    mend,
    read_dayone_file,
    rich_markdown,
)
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.workspace import Workspace, open_workspace

# ---- building exports ---------------------------------------------------------------------


def journal(*entries: dict[str, Any]) -> str:
    return json.dumps({"metadata": {"version": "1.0"}, "entries": list(entries)})


def zip_bytes(members: dict[str, str | bytes], flag: int = 0, method: int | None = None) -> bytes:
    """A .zip of ``members``; ``flag`` is OR-ed into each member's general-purpose bits and
    ``method`` replaces its compression method, in the local and central headers both
    (Python cannot write an encrypted or Deflate64 member, but it reads the headers)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    data = bytearray(buffer.getvalue())
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = data.find(signature)
        while start >= 0:
            data[start + flag_at] |= flag
            if method is not None:
                struct.pack_into("<H", data, start + method_at, method)
            start = data.find(signature, start + 4)
    return bytes(data)


RICH = json.dumps(
    {
        "contents": [
            {"text": "Lisbon\n", "attributes": {"line": {"header": 1}}},
            {"text": "We walked "},
            {"text": "all", "attributes": {"bold": True}},
            {"text": " day, "},
            {"text": "slowly", "attributes": {"italic": True}},
            {"text": ". 5*3 is "},
            {"text": "15", "attributes": {"inlineCode": True}},
            {"text": "\n"},
            {"text": "bread\n", "attributes": {"line": {"listStyle": "bulleted"}}},
            {"text": "fish\n", "attributes": {"line": {"listStyle": "bulleted"}}},
            {"text": "first\n", "attributes": {"line": {"listStyle": "numbered"}}},
            {"text": "second\n", "attributes": {"line": {"listStyle": "numbered"}}},
            {
                "text": "tickets\n",
                "attributes": {"line": {"listStyle": "checkbox", "checked": True}},
            },
            {"text": "Saudade.\n", "attributes": {"line": {"quote": True}}},
            {"text": "# not a heading\n"},
            {"text": "the map", "attributes": {"linkURL": "https://example.org/a b"}},
            {"embeddedObjects": [{"type": "photo", "identifier": "PH1"}]},
            {"text": "\n"},
        ],
        "meta": {"version": 1},
    }
)
RICH_MARKDOWN = (
    "# Lisbon\n\n"
    "We walked **all** day, *slowly*. 5\\*3 is `15`\n\n"
    "- bread\n- fish\n1. first\n2. second\n- [x] tickets\n\n"
    "> Saudade.\n\n"
    "\\# not a heading\n\n"
    "[the map](<https://example.org/a b>)![](dayone-moment://PH1)"
)

TRAVEL = journal(
    {
        "uuid": "T1",
        "creationDate": "2026-07-01T08:00:00Z",
        "timeZone": "Europe/Lisbon",
        "modifiedDate": "2026-07-02T10:15:00Z",
        "isPinned": True,
        "starred": True,
        "text": "Arrived.",
        "location": {
            "placeName": "Café A Brasileira",
            "localityName": "Lisbon",
            "administrativeArea": "Lisbon",
            "country": "Portugal",
            "latitude": 38.710689,
            "longitude": -9.142203,
        },
        "weather": {"conditionsDescription": "Partly Cloudy", "temperatureCelsius": 24.44},
        "creationDevice": "Phone",
    },
    {"uuid": "T2", "creationDate": "2026-07-01T20:00:00Z", "richText": RICH},
    {"uuid": "T3", "creationDate": "2026-07-03T09:00:00Z", "timeZone": "Asia/Tokyo", "text": "3"},
)
HOME = journal(
    {"uuid": "H1", "creationDate": "2026-01-05T18:00:00Z", "text": "Quiet evening at home."},
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def backups(workspace: Workspace) -> list[Path]:
    folder = workspace.paths.backups
    return sorted(folder.glob("*import*")) if folder.exists() else []


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), *args])
    _, err = capsys.readouterr()
    return code, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# ---- two journals, place, weather, rich text, zones --------------------------------------


def test_a_zip_with_two_journals_keeps_each_entrys_journal_and_details(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "export.zip",
        zip_bytes({"Travel.json": TRAVEL, "Home.json": HOME, "photos/x.jpeg": b"jpeg"}),
    )
    parsed = read_dayone_file(path)
    items = {item.entry.uid: item for item in parsed.entries}
    assert len(items) == 4
    assert all(isinstance(item, DayOneEntry) for item in parsed.entries)
    journals = sorted((item.where, item.meta["journal"]) for item in parsed.entries)  # type: ignore[attr-defined]
    assert journals == [
        ("export.zip/Home.json, entry 1", "Home"),
        ("export.zip/Travel.json, entry 1", "Travel"),
        ("export.zip/Travel.json, entry 2", "Travel"),
        ("export.zip/Travel.json, entry 3", "Travel"),
    ]
    arrived = next(i for i in parsed.entries if i.where.endswith("Travel.json, entry 1"))
    assert isinstance(arrived, DayOneEntry) and isinstance(arrived.entry, Note)
    assert arrived.meta == {
        "from": "Day One",
        "journal": "Travel",
        "place": "Café A Brasileira, Lisbon, Portugal",
        "latitude": 38.710689,
        "longitude": -9.142203,
        "weather": "Partly Cloudy",
        "temperature_c": 24.4,
        "edited": "2026-07-02T11:15:00+01:00",
        "pinned": True,
    }
    assert arrived.entry.starred and arrived.entry.text == "Arrived."
    # Fields the journal cannot keep yet are named, with how many entries had them.
    left = [n for n in parsed.notes if "Travel.json: Day One field not kept" in n]
    assert len(left) == 1 and "creationDevice (1 entry)" in left[0]


def test_text_only_in_rich_text_becomes_markdown(tmp_path: Path) -> None:
    parsed = read_dayone_file(write(tmp_path, "Travel.json", TRAVEL))
    rich = next(i for i in parsed.entries if i.where.endswith("entry 2"))
    assert isinstance(rich.entry, Note) and rich.entry.text == RICH_MARKDOWN
    assert any(
        "1 entry had no plain text, only Day One's rich text" in note for note in parsed.notes
    )
    assert not parsed.skipped


def test_rich_text_pieces() -> None:
    assert rich_markdown("not json") == ""
    assert rich_markdown(json.dumps({"contents": "x"})) == ""
    assert rich_markdown({"contents": [{"text": "plain"}]}) == "plain"
    two = {"contents": [{"text": "one\ntwo\n\n\nthree"}]}
    assert rich_markdown(two) == "one\n\ntwo\n\nthree"
    nested = {
        "contents": [
            {"text": "a\n", "attributes": {"line": {"listStyle": "numbered"}}},
            {"text": "b\n", "attributes": {"line": {"listStyle": "numbered", "indentLevel": 2}}},
            {"text": "c\n", "attributes": {"line": {"listStyle": "numbered"}}},
            {"text": "gone", "attributes": {"strikethrough": True, "bold": True}},
        ]
    }
    assert rich_markdown(nested) == "1. a\n    1. b\n2. c\n\n~~**gone**~~"
    assert rich_markdown(
        {"contents": [{"embeddedObjects": [{"type": "video", "identifier": "V"}]}]}
    ) == ("![](dayone-moment:/video/V)")


def test_an_entry_without_a_zone_takes_its_neighbours_and_the_report_counts_them(
    tmp_path: Path,
) -> None:
    parsed = read_dayone_file(write(tmp_path, "Travel.json", TRAVEL))
    rich = next(i for i in parsed.entries if i.where.endswith("entry 2"))
    # 20:00 UTC in Lisbon's summer (entry 1, one before) rather than Tokyo (one after).
    assert rich.entry.at == datetime(2026, 7, 1, 21, 0, tzinfo=timezone(timedelta(hours=1)))
    lines = [n for n in parsed.notes if "no time zone" in n]
    assert lines == [
        "Travel.json: 1 entry carries no time zone; the zone of the entries next to them "
        "was taken (Europe/Lisbon for 1)."
    ]


def test_a_journal_with_no_zone_anywhere_takes_this_computers_and_says_so(
    tmp_path: Path,
) -> None:
    parsed = read_dayone_file(write(tmp_path, "Home.json", HOME))
    (home,) = parsed.entries
    assert home.entry.at == datetime(2026, 1, 5, 18, 0, tzinfo=UTC).astimezone()
    (line,) = [n for n in parsed.notes if "no time zone" in n]
    assert line.startswith("Home.json: 1 entry carries no time zone; this computer's (")
    assert line.endswith(") was taken for 1.")


def test_the_whole_import_and_again_adds_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "export.zip", zip_bytes({"Travel.json": TRAVEL, "Home.json": HOME}))
    report = run_import(workspace, "dayone", path)
    assert len(report.imported) == 4 and workspace.journal.count() == 4
    assert "# Lisbon" in "\n".join(e.text for e in workspace.journal.entries())  # type: ignore[union-attr]
    again = run_import(workspace, "dayone", path)
    assert not again.imported and workspace.journal.count() == 4


# ---- a cut emoji ----------------------------------------------------------------------------

CUT = (
    '{"entries": [{"uuid": "C\\ud83d", "creationDate": "2026-02-01T08:00:00Z", '
    '"timeZone": "UTC", "text": "Sunny \\ud83d", "tags": ["sun\\ude00"]},'
    '{"uuid": "W", "creationDate": "2026-02-02T08:00:00Z", "timeZone": "UTC", '
    '"text": "whole \\ud83d\\ude00"}]}'
)


def test_a_cut_emoji_is_replaced_and_said(workspace: Workspace, tmp_path: Path) -> None:
    assert mend("a\ud83db\ude00") == "a\ufffdb\ufffd"
    report = run_import(workspace, "dayone", write(tmp_path, "Journal.json", CUT))
    assert len(report.imported) == 2
    cut, whole = workspace.journal.entries(newest_first=False)
    assert isinstance(cut, Note) and isinstance(whole, Note)
    assert cut.text == "Sunny \ufffd" and cut.tags == ["sun\ufffd"]
    assert whole.text == "whole 😀"
    lines = [n for n in report.notes if "cut character" in n]
    assert lines == [
        "Journal.json: 1 entry held a cut character (half of an emoji, as text cut at a "
        "length limit leaves); each was replaced with \ufffd."
    ]
    assert backups(workspace) == [report.backup]  # the import's own backup, and only it


def test_a_cut_emoji_inside_rich_text_is_replaced(tmp_path: Path) -> None:
    rich = json.dumps({"contents": [{"text": "cut "}]}).replace("cut ", "cut \\ud83d")
    text = journal({"uuid": "R", "creationDate": "2026-02-01T08:00:00Z", "richText": rich})
    parsed = read_dayone_file(write(tmp_path, "Journal.json", text))
    assert parsed.entries[0].entry.text == "cut \ufffd"  # type: ignore[union-attr]


# ---- refusals: one line, exit 1, nothing changed, no backup -----------------------------------


REFUSED = [
    pytest.param(
        "journal.zip",
        zip_bytes({"Journal.json": HOME}, flag=0x1),
        "{path}: Journal.json is protected by a password, which this app cannot open; "
        "unpack the .zip with your computer's own tools (they ask for the password) and "
        "import the .json inside.",
        id="password",
    ),
    pytest.param(
        "big.zip",
        zip_bytes({"Journal.json": HOME}, method=9),
        "{path}: Journal.json is packed with Deflate64 (as Windows Explorer packs large "
        "folders), which this app cannot unpack; unpack the .zip with your computer's own "
        "tools and import the .json inside.",
        id="deflate64",
    ),
    pytest.param(
        "other.zip",
        zip_bytes({"Journal.json": HOME}, method=97),
        "{path}: Journal.json is packed in a way this app cannot unpack (method 97); unpack "
        "the .zip with your computer's own tools and import the .json inside.",
        id="unknown-method",
    ),
    pytest.param(
        "year1.json",
        journal(
            {"uuid": "ok", "creationDate": "2026-01-01T00:00:00Z", "timeZone": "UTC", "text": "a"},
            {
                "uuid": "Y1",
                "creationDate": "0001-01-01T00:30:00Z",
                "timeZone": "America/New_York",
                "text": "old",
            },
        ),
        "{path}, entry 2: its time 0001-01-01T00:30:00Z falls outside the years 1 to 9999 "
        "once moved into the time zone America/New_York, so the journal cannot place it; "
        "correct its date in Day One and export again, or leave this entry out of the export.",
        id="year-1",
    ),
    pytest.param(
        "year9999.json",
        journal(
            {
                "uuid": "Y9",
                "creationDate": "9999-12-31T23:30:00Z",
                "timeZone": "Asia/Tokyo",
                "text": "new",
            }
        ),
        "{path}, entry 1: its time 9999-12-31T23:30:00Z falls outside the years 1 to 9999 "
        "once moved into the time zone Asia/Tokyo, so the journal cannot place it; correct "
        "its date in Day One and export again, or leave this entry out of the export.",
        id="year-9999",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_refused_with_one_line_and_nothing_changed(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    name: str,
    content: bytes | str,
    message: str,
) -> None:
    path = write(tmp_path, name, content)
    workspace = open_workspace(data_dir)
    try:
        run_import(workspace, "dayone", write(tmp_path, "first.json", HOME))
        before = backups(workspace)
        with pytest.raises(ImportFormatError) as raised:
            run_import(workspace, "dayone", path)
        assert str(raised.value) == message.format(path=path)
        assert workspace.journal.count() == 1 and backups(workspace) == before
    finally:
        workspace.close()
    code, err = cli(capsys, data_dir, "import", "--from", "dayone", str(path))
    assert code == 1
    assert one_line(err) == f"attune-journal: {message.format(path=path)}"
    workspace = open_workspace(data_dir)
    try:
        assert workspace.journal.count() == 1 and backups(workspace) == before
    finally:
        workspace.close()


def test_years_at_the_ends_that_stay_inside_are_kept(workspace: Workspace, tmp_path: Path) -> None:
    text = journal(
        {"uuid": "A", "creationDate": "0001-01-01T12:00:00Z", "timeZone": "UTC", "text": "a"},
        {"uuid": "B", "creationDate": "9999-12-31T10:00:00Z", "timeZone": "UTC", "text": "b"},
    )
    report = run_import(workspace, "dayone", write(tmp_path, "Journal.json", text))
    assert len(report.imported) == 2
    first, last = workspace.journal.entries(newest_first=False)
    assert (first.at.year, last.at.year) == (1, 9999)


def test_details_that_cannot_be_read_are_left_out_with_a_line(tmp_path: Path) -> None:
    text = journal(
        {
            "uuid": "D",
            "creationDate": "2026-03-01T08:00:00Z",
            "timeZone": "UTC",
            "text": "odd details",
            "modifiedDate": "yesterday",
            "location": {"latitude": 200, "longitude": "east"},
            "weather": {"temperatureCelsius": "warm"},
        }
    )
    parsed = read_dayone_file(write(tmp_path, "Journal.json", text))
    (item,) = parsed.entries
    assert isinstance(item, DayOneEntry)
    assert item.meta == {"from": "Day One", "journal": "Journal"}
    notes = "\n".join(parsed.notes)
    assert "entry 1: the time of its last edit in Day One ('yesterday')" in notes
    assert "entry 1: the location's latitude and longitude (200, 'east')" in notes
    assert "entry 1: the temperature 'warm' is not one in °C" in notes

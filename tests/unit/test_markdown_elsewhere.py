"""Markdown notes from other apps (Obsidian vaults and the like) import as notes.

Every fixture is written here, shaped like the daily notes people keep in Obsidian:
with and without front matter, dated in the front matter, by the file name or not
at all, tagged in the front matter and inline, next to ``.obsidian/`` and ``.trash/``
folders and attachments. Our own export keeps reading back exactly, also with a
person's own note put inside the export folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from attune_journal.core.models import Note, WeeklyReview
from attune_journal.exchange import frontmatter
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.markdown_export import export_markdown_folder
from attune_journal.exchange.markdown_import import inline_tags, read_markdown
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.workspace import Workspace, open_workspace
from tests.factories import one_of_each

FILE_TIME = datetime(2023, 5, 6, 7, 8, 9, tzinfo=UTC).timestamp()


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's zone is Europe/Berlin (summer time from late March)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def put(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


DAILY_PLAIN = """\
Walked to the river with Anna. #walk #mood/calm

# Evening
Tired but ok. #2024 is a year, not a tag; neither is a#b.

```python
# a comment, and #not-a-tag in code
```
See https://example.com/page#section and `#inline-code`.
- [ ] call mum #todo
"""


def make_vault(root: Path) -> Path:
    vault = root / "vault"
    put(vault, "Daily/2024-01-31.md", DAILY_PLAIN)
    put(vault, "Daily/2024-02-01 Thursday.md", "Rain all day.\n")
    put(vault, "dated.md", "---\ndate: 2024-01-29\n---\nFront matter says the 29th.\n")
    put(
        vault,
        "created.md",
        "---\ncreated: 2024-01-31T08:12\ntags: [a, b]\n---\n\nMorning coffee.\n",
    )
    put(
        vault,
        "Tags.md",
        "---\nday: 2024-01-30\nTags: a, b\naliases: [old name]\ncssclass: wide\n---\nTagged.\n",
    )
    put(vault, "zoned.md", "---\ndate: 2024-03-05T10:00:00+02:00\n---\nWritten in Kyiv.\n")
    undated = put(vault, "Ideas/someday.md", "No date anywhere.\n")
    os.utime(undated, (FILE_TIME, FILE_TIME))
    put(vault, ".obsidian/app.json", "{}")
    put(vault, ".obsidian/snippets/readme.md", "A plugin's file, not a note.\n")
    put(vault, ".trash/2023-12-01.md", "Deleted in Obsidian.\n")
    put(vault, ".DS_Store", b"\x00\x01")
    put(vault, "attachments/photo.png", b"\x89PNG\r\n\x1a\n")
    put(vault, "attachments/paper.pdf", b"%PDF-1.4")
    put(vault, "board.canvas", '{"nodes": []}')
    put(vault, "empty.md", "---\ntags: [draft]\n---\n")
    return vault


def by_text(workspace: Workspace) -> dict[str, Note]:
    found = {}
    for entry in workspace.journal.entries(newest_first=False):
        assert isinstance(entry, Note)
        found[entry.text.split("\n", 1)[0]] = entry
    return found


def test_an_obsidian_vault_imports_as_notes(
    berlin: None, workspace: Workspace, tmp_path: Path
) -> None:
    vault = make_vault(tmp_path)
    report = run_import(workspace, "markdown", vault)
    notes = by_text(workspace)
    assert len(notes) == len(report.imported) == 7
    assert "Deleted in Obsidian." not in notes and "A plugin's file, not a note." not in notes

    daily = notes["Walked to the river with Anna. #walk #mood/calm"]
    assert daily.text == DAILY_PLAIN  # the text as written, tags and all
    assert daily.tags == ["walk", "mood/calm", "todo"]
    assert daily.at == datetime(2024, 1, 31, tzinfo=timezone(timedelta(hours=1)))
    thursday = notes["Rain all day."]
    assert thursday.at.date().isoformat() == "2024-02-01" and thursday.tags == []

    assert notes["Front matter says the 29th."].at.isoformat() == "2024-01-29T00:00:00+01:00"
    coffee = notes["Morning coffee."]
    assert coffee.text == "Morning coffee.\n"  # front matter and the blank line after it gone
    assert coffee.at.isoformat() == "2024-01-31T08:12:00+01:00"
    assert coffee.tags == ["a", "b"]
    tagged = notes["Tagged."]
    assert tagged.tags == ["a", "b"] and tagged.at.isoformat() == "2024-01-30T00:00:00+01:00"
    assert notes["Written in Kyiv."].at.isoformat() == "2024-03-05T10:00:00+02:00"
    assert notes["No date anywhere."].at == datetime.fromtimestamp(FILE_TIME, UTC)

    skipped = {skip.where: skip.reason for skip in report.skipped}
    assert skipped == {
        "attachments/paper.pdf": "not a Markdown note (a PDF); it was left as it is",
        "attachments/photo.png": "not a Markdown note (an image); it was left as it is",
        "board.canvas": "not a Markdown note (an Obsidian canvas); it was left as it is",
        "empty.md": "an empty note (nothing written in it)",
    }
    lines = "\n".join(report.lines())
    assert (
        "7 notes from another app, dated: 4 from front matter (date, created or day), "
        "2 from file names, 1 from file times (when the file was last changed)." in lines
    )
    assert "as neither front matter nor file name gave a date: Ideas/someday.md" in lines
    assert "aliases (1)" not in lines and "cssclass (1)" not in lines  # kept, not left out
    kept = [item.entry.meta for item in report.imported if item.entry.meta]
    assert any("aliases" in meta for meta in kept) and any("cssclass" in meta for meta in kept)
    assert "Hidden folders (names starting with '.') were left out: .obsidian/, .trash/" in lines
    assert "times carry no time zone; this computer's (Europe/Berlin" in lines


def test_a_vault_imported_again_adds_nothing_and_takes_changes(
    workspace: Workspace, tmp_path: Path
) -> None:
    vault = make_vault(tmp_path)
    first = run_import(workspace, "markdown", vault)
    again = run_import(workspace, "markdown", vault)
    assert not again.imported and again.unchanged == len(first.imported)
    put(vault, "Daily/2024-02-01 Thursday.md", "Rain all day. Then sun. #weather\n")
    changed = run_import(workspace, "markdown", vault)
    assert (changed.added, changed.updated) == (0, 1)
    note = by_text(workspace)["Rain all day. Then sun. #weather"]
    assert note.tags == ["weather"]
    assert workspace.journal.count() == len(first.imported)


def test_dates_without_a_zone_take_the_zone_of_that_date(
    berlin: None, workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    put(folder, "2024-07-01.md", "Summer.\n")
    put(folder, "winter.md", "---\ncreated: 2024-01-15 21:30:00\n---\nWinter.\n")
    run_import(workspace, "markdown", folder)
    notes = by_text(workspace)
    assert notes["Summer."].at.isoformat() == "2024-07-01T00:00:00+02:00"
    assert notes["Winter."].at.isoformat() == "2024-01-15T21:30:00+01:00"


def test_one_note_file_imports_by_itself(workspace: Workspace, tmp_path: Path) -> None:
    path = put(tmp_path, "2024-01-31 Wednesday.md", "Just this one. #solo\n")
    report = run_import(workspace, "markdown", path)
    (item,) = report.imported
    assert isinstance(item.entry, Note) and item.entry.tags == ["solo"]
    assert item.entry.at.date().isoformat() == "2024-01-31"
    assert any("1 note from another app, dated: 1 from file names." in n for n in report.notes)


def test_unreadable_front_matter_of_a_note_keeps_it_in_the_text(tmp_path: Path) -> None:
    text = "---\ntitle: [unclosed\n---\nThe note itself.\n"
    danger = "---\nx: !!python/object/apply:os.system ['echo hi']\n---\nStill a note.\n"
    put(tmp_path / "v", "2024-01-31.md", text)
    put(tmp_path / "v", "2024-02-01.md", danger)
    parsed = read_markdown(tmp_path / "v")
    texts = [item.entry.text for item in parsed.entries]  # type: ignore[union-attr]
    assert texts == [text, danger]
    said = "\n".join(parsed.notes)
    assert "2024-01-31.md, line 3:" in said and "2024-02-01.md, line 2:" in said
    assert "kept in its text" in said


def test_a_foreign_kind_or_a_date_that_is_no_date(tmp_path: Path) -> None:
    put(tmp_path / "v", "2024-01-31 a.md", "---\nkind: meeting\n---\nNotes of the meeting.\n")
    put(tmp_path / "v", "2024-01-31 b.md", "---\nkind: note\ndate: someday\n---\nLater.\n")
    parsed = read_markdown(tmp_path / "v")
    assert [item.entry.text for item in parsed.entries] == [  # type: ignore[union-attr]
        "Notes of the meeting.\n",
        "Later.\n",
    ]
    said = "\n".join(parsed.notes)
    assert "2024-01-31 b.md: the date 'someday' is not a date this import can read" in said
    assert "2 from file names" in said
    metas = [item.entry.meta for item in parsed.entries]
    assert metas[0]["kind"] == "meeting" and metas[1]["kind"] == "note"


# ---- our own export, with a person's note inside it -------------------------------------


def test_our_export_with_a_note_of_ones_own_inside(tmp_path: Path) -> None:
    entries = one_of_each()
    export_markdown_folder(entries, tmp_path / "one")
    ours = {
        p.relative_to(tmp_path / "one").as_posix(): p.read_bytes()
        for p in (tmp_path / "one").rglob("*.md")
    }
    put(tmp_path / "one", "2026/11/my own thoughts.md", "---\ntags: mine\n---\nWritten by hand.\n")
    put(tmp_path / "one", "2026/11/cover.jpg", b"\xff\xd8\xff")
    second = open_workspace(tmp_path / "data")
    try:
        report = run_import(second, "markdown", tmp_path / "one")
        assert len(report.imported) == len(entries) + 1
        assert [skip.where for skip in report.skipped] == ["2026/11/cover.jpg"]
        stored = second.journal.entries(newest_first=False)
        own = [e for e in stored if isinstance(e, Note) and e.text == "Written by hand.\n"]
        assert len(own) == 1 and own[0].tags == ["mine"]
        export_markdown_folder(
            [e for e in stored if e.uid in {entry.uid for entry in entries}], tmp_path / "two"
        )
    finally:
        second.close()
    again = {
        p.relative_to(tmp_path / "two").as_posix(): p.read_bytes()
        for p in (tmp_path / "two").rglob("*.md")
    }
    assert again == ours  # byte-identical


def test_a_broken_file_of_ours_still_stops_the_import(tmp_path: Path) -> None:
    export_markdown_folder(one_of_each(), tmp_path / "one")
    victim = next((tmp_path / "one").rglob("*-note.md"))
    victim.write_text(victim.read_text().replace("starred: false", "starred: maybe"))
    with pytest.raises(ImportFormatError, match="field 'starred' should be true or false"):
        read_markdown(tmp_path / "one")


# ---- YAML 1.1 and what our export writes ------------------------------------------------

AMBIGUOUS = [
    "yes",
    "No",
    "on",
    "off",
    "y",
    "~",
    "null",
    "12:30",
    "2024-01-31",
    "1e5",
    "0x1F",
    "0o7",
    ".inf",
    "=",
    "<<",
    "true",
]


def test_words_yaml_reads_as_other_things_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    note = Note(at=datetime(2024, 1, 31, 8, 0, tzinfo=UTC), text="x", tags=AMBIGUOUS)
    review = WeeklyReview(
        at=datetime(2024, 1, 31, 8, 0, tzinfo=UTC),
        week="2024-W05",
        was_hard="no",
        intention="12:30",
    )
    export_markdown_folder([note, review], tmp_path / "out")
    parsed = read_markdown(tmp_path / "out")
    back = {type(item.entry): item.entry for item in parsed.entries}
    assert back[Note].tags == AMBIGUOUS
    read_review = back[WeeklyReview]
    assert isinstance(read_review, WeeklyReview)
    assert read_review.was_hard == "no" and read_review.intention == "12:30"
    assert back[Note].at == note.at and back[Note].at.isoformat() == note.at.isoformat()


def test_hand_edited_plain_words_in_our_text_fields_stay_as_written(tmp_path: Path) -> None:
    path = put(
        tmp_path,
        "week.md",
        "---\nuid: w1\nkind: weekly_review\nat: 2024-01-31T08:00:00+01:00\nweek: 2024-W05\n"
        "was_hard: yes\nintention: 12:30\ntags: [on, 2024]\n---\n\nGood week.\n",
    )
    (item,) = read_markdown(path).entries
    entry = item.entry
    assert isinstance(entry, WeeklyReview)
    assert (entry.was_hard, entry.intention, entry.tags) == ("yes", "12:30", ["on", "2024"])
    assert entry.at.isoformat() == "2024-01-31T08:00:00+01:00"


def test_the_reader_is_pyyamls_safe_loader() -> None:
    loader = frontmatter._loader_class()
    assert issubclass(loader, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert frontmatter.load("a: yes\nb: 12:30\nc: 2024-01-31\n") == {
        "a": True,
        "b": 750,
        "c": "2024-01-31",  # times and dates stay text
    }
    with pytest.raises(frontmatter.FrontMatterError, match="line 3: 'a' appears twice"):
        frontmatter.load("a: 1\nb: 2\na: 3\n")
    with pytest.raises(frontmatter.FrontMatterError, match="line 2: indent with spaces"):
        frontmatter.load("a:\n\t- x\n")
    with pytest.raises(frontmatter.FrontMatterError, match="python/object"):
        frontmatter.load("a: !!python/object/apply:os.system ['echo hi']\n")


# ---- inline tags ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("#one and #two-words and #nested/tag", ["one", "two-words", "nested/tag"]),
        ("# Heading\n## Sub\n#tag-at-start", ["tag-at-start"]),
        ("#2024 #1st", ["1st"]),
        ("a#b https://x.org/#frag [[Note#Heading]] (#anchor) \\#escaped", []),
        ("`#code` and ``#more `code` `` and #real", ["real"]),
        ("~~~\n#fenced\n~~~\n#after\n````\n```\n#still-fenced\n````", ["after"]),
        ("#café #日記", ["café", "日記"]),
    ],
)
def test_inline_tags(text: str, tags: list[str]) -> None:
    assert inline_tags(text) == tags


def test_dates_as_links_empty_fields_and_tags_in_a_string(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    put(folder, "a.md", "---\ndate: [[2024-01-31]]\ntags: '#a #b'\n---\nLinked.\n")
    put(folder, "b.md", "---\ndate: '[[2024-02-01|Thursday]]'\ntags:\n---\nQuoted link.\n")
    put(folder, "c.md", "---\ndate:\ncreated: 2024-02-02T10:00:00Z\n---\nEmpty date.\n")
    parsed = read_markdown(folder)
    found = {item.where: item.entry for item in parsed.entries}
    assert found["a.md"].at.date().isoformat() == "2024-01-31"
    assert found["a.md"].tags == ["a", "b"]
    assert found["b.md"].at.date().isoformat() == "2024-02-01" and found["b.md"].tags == []
    assert found["c.md"].at == datetime(2024, 2, 2, 10, tzinfo=UTC)
    assert "3 from front matter" in "\n".join(parsed.notes)
    assert not any("no place for yet" in note for note in parsed.notes)

"""Markdown export: front matter, file names, and never overwriting silently."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from attune_journal.core.models import CheckIn, Entry, Note
from attune_journal.core.timeutil import from_text
from attune_journal.exchange import frontmatter
from attune_journal.exchange.export_files import ExportError
from attune_journal.exchange.markdown_export import (
    ExportCancelled,
    ExportConflict,
    export_markdown_file,
    export_markdown_folder,
)
from attune_journal.exchange.markdown_render import (
    front_matter_text,
    plan_names,
    render_entry,
    render_single,
)
from tests.export_oracle import front_matter
from tests.factories import CET, at, full_checkin, full_note, one_of_each


def _split(text: str) -> tuple[str, str]:
    end = text.index("\n---\n", 3)
    return text[4 : end + 1], text[end + 5 :]


def _same(ours: object, theirs: object) -> bool:
    """Our reader keeps timestamps as text; PyYAML makes datetimes of them."""
    if isinstance(theirs, datetime):
        return isinstance(ours, str) and from_text(ours) == theirs
    if isinstance(theirs, dict):
        return (
            isinstance(ours, dict)
            and list(ours) == list(theirs)
            and all(_same(ours[k], theirs[k]) for k in theirs)
        )
    if isinstance(theirs, list):
        return (
            isinstance(ours, list)
            and len(ours) == len(theirs)
            and all(_same(a, b) for a, b in zip(ours, theirs, strict=True))
        )
    return type(ours) is type(theirs) and ours == theirs


# ---- the YAML subset --------------------------------------------------------------------

TRICKY = [
    "",
    "yes",
    "No",
    "on",
    "null",
    "~",
    "true",
    "1e5",
    "0x1F",
    "012",
    "2026-11-23",
    "- item",
    "key: value",
    "# not a comment",
    "a #b",
    "---",
    "...",
    "  leading",
    "trailing  ",
    "line one\nline two",
    "ends with newline\n",
    "two newlines\n\n",
    "\nstarts with newline",
    "tab\there",
    "cr\r\nlf",
    "nel\x85ls\u2028ps\u2029",
    "bom\ufeff",
    "zero\u200bwidth\u200d",
    "rtl \u202eשלום مرحبا",
    "emoji 😀👩\u200d👩\u200d👧",
    "quotes \"double\" and 'single'",
    "back\\slash",
    "control \x01\x1f\x7f",
    "   \n  \n",
    "|",
    ">",
    "@at",
    "`tick`",
    "%percent",
    "!bang",
    "&anchor",
    "*alias",
    "[flow]",
    "{flow}",
]


@pytest.mark.parametrize("text", TRICKY)
def test_every_tricky_string_reads_back_the_same_with_ours_and_pyyaml(text: str) -> None:
    data = {"value": text, "nested": {"list": [text, {"key": text}]}, text or "k": 1}
    dumped = frontmatter.dump(data)
    assert frontmatter.load(dumped) == data
    assert yaml.safe_load(dumped) == data


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(min_size=1))
def test_any_text_round_trips_through_our_yaml_and_pyyaml(text: str, key: str) -> None:
    data = {"text": text, key: [text], "n": {"x": text}}
    dumped = frontmatter.dump(data)
    assert frontmatter.load(dumped) == data
    assert yaml.safe_load(dumped) == data


@settings(max_examples=200, deadline=None)
@given(st.floats(-1, 1, allow_nan=False))
def test_floats_round_trip_exactly(value: float) -> None:
    dumped = frontmatter.dump({"p": value})
    assert frontmatter.load(dumped)["p"] == value
    assert yaml.safe_load(dumped)["p"] == value


def test_multiline_text_uses_a_readable_literal_block() -> None:
    dumped = frontmatter.dump({"note": "First line\n# a heading\n---\nlast"})
    assert dumped == "note: |-\n  First line\n  # a heading\n  ---\n  last\n"


def test_reader_accepts_hand_edits_and_names_bad_lines() -> None:
    text = "tags: [work, 'a, b', \"c\"]\nstarred: True  # edited\nword: 'it''s'\n"
    assert frontmatter.load(text) == {
        "tags": ["work", "a, b", "c"],
        "starred": True,
        "word": "it's",
    }
    with pytest.raises(frontmatter.FrontMatterError, match="line 3"):
        frontmatter.load("a: 1\nb: 2\n  c: 3\n")
    with pytest.raises(frontmatter.FrontMatterError, match=r"line 2.*not closed"):
        frontmatter.load('a: 1\nb: "open\n')
    with pytest.raises(frontmatter.FrontMatterError, match="twice"):
        frontmatter.load("a: 1\na: 2\n")


# ---- rendering --------------------------------------------------------------------------


def test_every_kind_renders_every_field_and_parses_with_pyyaml_and_commonmark() -> None:
    for entry in [*one_of_each(), full_checkin(strategy=None, body=[], feelings=[], needs=[])]:
        assert front_matter_text(entry) == frontmatter.dump(front_matter(entry))
        text = render_entry(entry)
        fm_text, body = _split(text)
        theirs = yaml.safe_load(fm_text)
        assert _same(frontmatter.load(fm_text), theirs)
        assert theirs["uid"] == entry.uid and theirs["kind"] == entry.kind
        tokens = MarkdownIt("commonmark").parse(body)
        assert tokens, "the main text is there as Markdown"
    fm = yaml.safe_load(_split(render_entry(full_checkin()))[0])
    # Vocabulary words as written, each with its id; a body region by its label
    # (docs/export-format.md).
    assert fm["feelings"][0] == {
        "word": "anxious",
        "id": "anxious",
        "pleasantness": -0.4,
        "energy": 0.7,
        "intensity": 3,
    }
    assert fm["needs"][1] == {"need": "being heard", "id": "being_heard", "met": True}
    assert fm["body"][0] == {
        "region": "Chest",
        "region_id": "chest",
        "sensation": "tight",
        "sensation_id": "tight",
        "intensity": 3,
    }
    assert fm["strategy"] == {"name": "cyclic sigh", "id": "cyclic_sigh", "before": 7, "after": 5}
    assert fm["prompt_id"] == "p18" and fm["prompt"].startswith("From 0 to 10")
    assert fm["regulation_note"] == "Two sighs helped a bit."
    assert fm["at"].isoformat() == "2026-11-23T08:30:00+01:00"


def test_text_ends_and_front_matter_lookalikes_stay_in_the_body() -> None:
    text = "---\ntitle: fake\n---\n# Heading\ntrailing  \n\n"
    rendered = render_entry(Note(at=at(), text=text))
    assert rendered.endswith("---\n\n" + text + "\n")


def test_file_names_are_stable_and_tell_same_minute_entries_apart() -> None:
    entries = one_of_each()
    same_minute: list[Entry] = [
        full_note(at=at(hour=14, minute=30, tz=CET).replace(second=s), uid=f"u{s}")
        for s in (40, 5, 20)
    ]
    names = [name for name, _ in plan_names(entries + same_minute)]
    assert names == [
        "2026/11/2026-11-23-0830-checkin.md",
        "2026/11/2026-11-23-1430-note.md",  # u5, 14:30 in CET
        "2026/11/2026-11-23-1430-note-2.md",
        "2026/11/2026-11-23-1430-note-3.md",
        "2026/11/2026-11-23-1430-note-4.md",  # 14:30 in New York, later in UTC
        "2026/11/2026-11-24-2130-repair.md",
        "weeks/2026-W48.md",
        "relationship/2026-W48.md",
    ]
    # Same set of names whatever order the entries come in.
    assert plan_names(list(reversed(entries + same_minute))) == plan_names(entries + same_minute)
    by_uid = {entry.uid: name for name, entry in plan_names(same_minute)}
    assert by_uid == {
        "u5": "2026/11/2026-11-23-1430-note.md",
        "u20": "2026/11/2026-11-23-1430-note-2.md",
        "u40": "2026/11/2026-11-23-1430-note-3.md",
    }


# ---- writing ----------------------------------------------------------------------------


def test_folder_export_writes_private_files_and_leaves_no_temp_files(tmp_path: Path) -> None:
    report = export_markdown_folder(one_of_each(), tmp_path / "out")
    files = sorted(
        p.relative_to(tmp_path / "out").as_posix()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file()
    )
    assert files == sorted(report.files) and report.written == 5
    assert "weeks/2026-W48.md" in files and "relationship/2026-W48.md" in files
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    if os.name == "posix":
        mode = (tmp_path / "out" / "weeks" / "2026-W48.md").stat().st_mode & 0o777
        assert mode == 0o600


def test_existing_different_files_are_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    entries = one_of_each()
    export_markdown_folder(entries, out)
    (out / "notes-of-mine.txt").write_text("mine")
    again = export_markdown_folder(entries, out)
    assert again.written == 0 and again.unchanged == 5

    note = entries[1]
    assert isinstance(note, Note)
    note.text = "Changed text."
    changed = out / "2026/11/2026-11-23-1430-note.md"
    before = changed.read_bytes()
    with pytest.raises(ExportConflict, match="1 file") as caught:
        export_markdown_folder(entries, out)
    assert caught.value.paths == ["2026/11/2026-11-23-1430-note.md"]
    assert changed.read_bytes() == before

    forced = export_markdown_folder(entries, out, force=True)
    assert forced.written == 1 and forced.unchanged == 4
    assert "Changed text." in changed.read_text()
    assert (out / "notes-of-mine.txt").read_text() == "mine"


def test_cancelled_export_into_a_new_folder_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_markdown_folder(one_of_each(), tmp_path / "out", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_single_file_export_is_atomic_and_asks_before_replacing(tmp_path: Path) -> None:
    target = tmp_path / "journal.md"
    entries = one_of_each()
    export_markdown_file(entries, target)
    text = target.read_text()
    assert text == render_single(entries)
    MarkdownIt("commonmark").parse(text)
    for block in text.split("```yaml\n")[1:]:
        yaml.safe_load(block.split("\n```\n")[0])
    checkin = entries[0]
    assert isinstance(checkin, CheckIn)
    checkin.reflection = "new"
    with pytest.raises(ExportConflict):
        export_markdown_file(entries, target)
    assert target.read_text() == text
    export_markdown_file(entries, target, force=True)
    assert "new" in target.read_text()
    with pytest.raises(ExportError, match="is a folder"):
        export_markdown_file(entries, tmp_path)

"""An entry's details from where it was imported (``EntryBase.meta``).

Day One's journal, place, weather, edit time and pinned flag, and the front-matter
fields of notes from other Markdown apps (``aliases``, ``cssclass`` …), are stored
with the entry, survive edits, are written in the Markdown export's front matter as
``meta:`` and read back exactly. Values the journal cannot keep are refused.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attune_journal.core.models import (
    MAX_META_KEY_CHARS,
    Entry,
    Note,
    ValidationError,
    check_meta,
)
from attune_journal.exchange import frontmatter
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.markdown_export import export_markdown_file, export_markdown_folder
from attune_journal.exchange.markdown_import import read_markdown
from attune_journal.exchange.markdown_render import front_matter_text
from attune_journal.exchange.parsed import ImportFormatError
from attune_journal.workspace import open_workspace
from tests.export_oracle import front_matter
from tests.factories import full_checkin, full_note, one_of_each
from tests.unit.test_roundtrip_markdown import (
    _unique_weeks,
    journals,
    read_tree,
    texts,
    words,
)

# ---- generated journals with details -----------------------------------------------------

meta_keys = st.one_of(
    st.sampled_from(
        ["place", "weather", "aliases", "cssclass", "date", "tags", "name", "yes", "1e5", "a: b"]
    ),
    words,
).filter(lambda key: key.strip() != "" and len(key) <= MAX_META_KEY_CHARS)
meta_values = st.one_of(
    texts,
    st.sampled_from(["2024-01-31", "2026-07-02T11:15:00+01:00", "yes", "~", "12:30", "0o17"]),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False, allow_subnormal=True),
    st.lists(st.one_of(words, texts), max_size=4),
)
metas = st.dictionaries(meta_keys, meta_values, max_size=5)


@st.composite
def journals_with_meta(draw: st.DrawFn) -> list[Entry]:
    entries = draw(journals)
    for entry in entries:
        entry.meta = draw(metas)
    return entries


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(journals_with_meta())
def test_export_import_export_with_details_is_byte_identical(entries: list[Entry]) -> None:
    entries = _unique_weeks(entries)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first = open_workspace(root / "a")
        try:
            first.journal.save_many(entries)
            stored = first.journal.entries(newest_first=False)
        finally:
            first.close()
        by_uid = {entry.uid: entry for entry in entries}
        for entry in stored:
            assert entry.meta == by_uid[entry.uid].meta
            assert front_matter_text(entry) == frontmatter.dump(front_matter(entry))
            assert ("\nmeta:" in front_matter_text(entry)) == bool(entry.meta)
        export_markdown_folder(stored, root / "one")
        export_markdown_file(stored, root / "one.md")
        files = read_tree(root / "one")
        for data in files.values():
            text = data.decode("utf-8")
            end = text.index("\n---\n", 3)
            read = yaml.safe_load(text[4 : end + 1])  # real PyYAML reads it (times as times)
            assert set(read.get("meta", {})) == set(by_uid[read["uid"]].meta)

        second = open_workspace(root / "b")
        try:
            report = run_import(second, "markdown", root / "one")
            assert len(report.imported) == len(entries) and not report.skipped
            assert not any("do not know" in line for line in report.lines())
            again = second.journal.entries(newest_first=False)
            assert {e.uid: e.meta for e in again} == {e.uid: e.meta for e in stored}
            export_markdown_folder(again, root / "two")
        finally:
            second.close()
        assert read_tree(root / "two") == files

        third = open_workspace(root / "c")
        try:
            run_import(third, "markdown", root / "one.md")
            export_markdown_file(third.journal.entries(newest_first=False), root / "two.md")
        finally:
            third.close()
        assert (root / "two.md").read_bytes() == (root / "one.md").read_bytes()


def test_no_details_no_meta_line_and_every_kind_can_carry_them(tmp_path: Path) -> None:
    plain = full_note()
    assert "meta" not in front_matter(plain) and "meta:" not in front_matter_text(plain)
    entries = one_of_each()
    for entry in entries:
        entry.meta = {"from": "Elsewhere", "aliases": ["one", "two"], "count": 3}
    workspace = open_workspace(tmp_path / "j")
    try:
        workspace.journal.save_many(entries)
        for entry in workspace.journal.entries():
            assert entry.meta == {"from": "Elsewhere", "aliases": ["one", "two"], "count": 3}
            assert front_matter_text(entry).endswith(
                "meta:\n  from: Elsewhere\n  aliases:\n    - one\n    - two\n  count: 3\n"
            )
    finally:
        workspace.close()


def test_details_named_like_entry_fields_keep_their_numbers_and_flags(tmp_path: Path) -> None:
    # "date", "tags" and "repair" are read as written elsewhere in a front matter; in
    # ``meta`` they are details like any other, so true stays true and 4 stays 4.
    meta = {"date": True, "tags": ["x", "yes"], "repair": 4, "week": 1.5, "at": "12:30"}
    workspace = open_workspace(tmp_path / "a")
    try:
        workspace.journal.save(full_note(meta=meta))
        export_markdown_folder(workspace.journal.entries(), tmp_path / "one")
    finally:
        workspace.close()
    (item,) = read_markdown(tmp_path / "one").entries
    assert item.entry.meta == meta


def test_details_survive_an_edit_and_can_be_removed(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "j")
    try:
        note = full_note(meta={"place": "Lisbon", "temperature_c": 24.4, "pinned": True})
        workspace.journal.save(note)
        assert note.id is not None
        stored = workspace.journal.get(note.id)
        assert isinstance(stored, Note)
        stored.text = "Edited here."
        workspace.journal.save(stored)
        edited = workspace.journal.get(note.id)
        assert isinstance(edited, Note) and edited.text == "Edited here."
        assert edited.meta == {"place": "Lisbon", "temperature_c": 24.4, "pinned": True}
        edited.meta = {}
        workspace.journal.save(edited)
        cleared = workspace.journal.get(note.id)
        assert cleared is not None and cleared.meta == {}
    finally:
        workspace.close()


# ---- Day One ------------------------------------------------------------------------------

DAY_ONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "L1",
            "creationDate": "2026-07-01T08:00:00Z",
            "timeZone": "Europe/Lisbon",
            "modifiedDate": "2026-07-02T10:15:00Z",
            "isPinned": True,
            "starred": True,
            "text": "Arrived in Lisbon.",
            "tags": ["travel"],
            "location": {
                "placeName": "Café A Brasileira",
                "localityName": "Lisbon",
                "country": "Portugal",
                "latitude": 38.710689,
                "longitude": -9.142203,
            },
            "weather": {"conditionsDescription": "Partly Cloudy", "temperatureCelsius": 24.44},
            "creationDevice": "Phone",
        },
        {"uuid": "L2", "creationDate": "2026-07-03T09:00:00Z", "timeZone": "UTC", "text": "Home."},
    ],
}
LISBON = {
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


def _day_one_zip(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Travel.json", json.dumps(DAY_ONE))
    path.write_bytes(buffer.getvalue())
    return path


def test_a_day_one_zip_keeps_every_detail_through_export_and_reimport(tmp_path: Path) -> None:
    source = _day_one_zip(tmp_path / "export.zip")
    first = open_workspace(tmp_path / "a")
    try:
        report = run_import(first, "dayone", source)
        lines = "\n".join(report.lines())
        # Only what the journal really leaves out is named; place and weather are kept.
        assert "Day One field not kept in the journal: creationDevice (1 entry)" in lines
        for kept in ("location", "weather", "modifiedDate", "isPinned"):
            assert kept not in lines
        by_text = {e.text: e for e in first.journal.entries() if isinstance(e, Note)}
        assert by_text["Arrived in Lisbon."].meta == LISBON
        assert by_text["Home."].meta == {"from": "Day One", "journal": "Travel"}
        stored = first.journal.entries(newest_first=False)
        export_markdown_folder(stored, tmp_path / "one")
    finally:
        first.close()
    files = read_tree(tmp_path / "one")
    assert any(
        "\nmeta:\n  from: Day One\n  journal: Travel\n" in d.decode() for d in files.values()
    )

    second = open_workspace(tmp_path / "b")
    try:
        report = run_import(second, "markdown", tmp_path / "one")
        assert len(report.imported) == 2
        assert not any("do not know" in line for line in report.lines())
        again = {e.text: e for e in second.journal.entries() if isinstance(e, Note)}
        assert again["Arrived in Lisbon."].meta == LISBON
        assert again["Arrived in Lisbon."].starred and again["Arrived in Lisbon."].tags == [
            "travel"
        ]
        export_markdown_folder(second.journal.entries(newest_first=False), tmp_path / "two")
    finally:
        second.close()
    assert read_tree(tmp_path / "two") == files


def test_the_entry_view_shows_the_details() -> None:
    from attune_journal.ui.entry_view import source_details_lines

    lines = source_details_lines(full_note(meta=LISBON).meta)
    said = "\n".join(lines)
    assert "Travel" in said and "Day One" in said
    assert "Café A Brasileira, Lisbon, Portugal (38.7107, -9.1422)" in said
    assert "Partly Cloudy, 24.4 °C" in said
    assert source_details_lines(full_note().meta) == []


def test_the_entry_view_shows_a_details_block_for_an_imported_day_one_entry(
    tmp_path: Path, qapp: Any
) -> None:
    from attune_journal.ui.entry_view import entry_html

    workspace = open_workspace(tmp_path / "a")
    try:
        run_import(workspace, "dayone", _day_one_zip(tmp_path / "export.zip"))
        by_text = {e.text: e for e in workspace.journal.entries() if isinstance(e, Note)}
    finally:
        workspace.close()
    shown = entry_html(by_text["Arrived in Lisbon."])
    assert "Details" in shown and "Partly Cloudy, 24.4 °C" in shown
    assert "Pinned there" in shown
    assert "Details" not in entry_html(full_note())


# ---- notes from other Markdown apps -------------------------------------------------------

OBSIDIAN = """---
date: 2024-01-31
aliases:
  - First day
  - "Day one: start"
cssclass: wide
tags: [a]
rating: 4
draft: false
reviewed: 2024-02-01
nested:
  not: kept
mixed: [1, two]
---
Morning coffee. #calm
"""


def test_an_obsidian_note_keeps_its_other_fields_and_round_trips_them(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "coffee.md").write_text(OBSIDIAN, encoding="utf-8")
    parsed = read_markdown(vault)
    (item,) = parsed.entries
    assert isinstance(item.entry, Note)
    expected = {
        "aliases": ["First day", "Day one: start"],
        "cssclass": "wide",
        "rating": 4,
        "draft": False,
        "reviewed": "2024-02-01",  # a date stays the text written
    }
    assert item.entry.meta == expected
    assert item.entry.tags == ["a", "calm"]
    said = "\n".join(parsed.notes)
    # Only what cannot be kept is named as left out: a nested mapping, a mixed list.
    assert "were left out (the text is unchanged): mixed (1), nested (1)" in said
    assert "aliases" not in said and "cssclass" not in said

    first = open_workspace(tmp_path / "a")
    try:
        run_import(first, "markdown", vault)
        stored = first.journal.entries()
        assert [e.meta for e in stored] == [expected]
        export_markdown_folder(stored, tmp_path / "one")
    finally:
        first.close()
    files = read_tree(tmp_path / "one")
    (data,) = files.values()
    assert (
        'meta:\n  aliases:\n    - First day\n    - "Day one: start"\n  cssclass: wide\n'
        '  rating: 4\n  draft: false\n  reviewed: "2024-02-01"\n'
    ) in data.decode()

    second = open_workspace(tmp_path / "b")
    try:
        run_import(second, "markdown", tmp_path / "one")
        (back,) = second.journal.entries()
        assert back.meta == expected
        export_markdown_folder(second.journal.entries(), tmp_path / "two")
    finally:
        second.close()
    assert read_tree(tmp_path / "two") == files


# ---- refused ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        {"place": None},
        {"place": {"city": "Lisbon"}},
        {"aliases": ["ok", 3]},
        {"aliases": [["nested"]]},
        {"temperature_c": float("nan")},
        {"temperature_c": float("inf")},
        {"when": b"bytes"},
        {"": "no name"},
        {"   ": "blank name"},
        {"x" * (MAX_META_KEY_CHARS + 1): "long name"},
        {3: "number as name"},
        {"cut": "half an emoji \ud83d"},
    ],
)
def test_details_the_journal_cannot_keep_are_refused(meta: dict[Any, Any]) -> None:
    with pytest.raises(ValidationError):
        check_meta(meta)
    with pytest.raises(ValidationError):
        full_note(meta=meta).validate()


def test_refused_details_are_not_saved(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "j")
    try:
        with pytest.raises(ValidationError):
            workspace.journal.save(full_checkin(meta={"place": {"city": "Lisbon"}}))
        assert workspace.journal.entries() == []
    finally:
        workspace.close()


def test_meta_that_cannot_be_kept_in_an_export_file_is_refused_with_its_name(
    tmp_path: Path,
) -> None:
    workspace = open_workspace(tmp_path / "a")
    try:
        workspace.journal.save(full_note(meta={"place": "Lisbon"}))
        export_markdown_folder(workspace.journal.entries(), tmp_path / "one")
    finally:
        workspace.close()
    (path,) = (tmp_path / "one").rglob("*.md")
    path.write_text(
        path.read_text(encoding="utf-8").replace("  place: Lisbon", "  place:\n    city: x"),
        encoding="utf-8",
    )
    with pytest.raises(ImportFormatError, match=r"meta\.place"):
        read_markdown(tmp_path / "one")

"""Lossless round trip: store -> Markdown -> empty store -> Markdown gives the same bytes.

Hypothesis builds journals of all five kinds whose texts look like YAML and
Markdown (``---`` lines, headings, front matter inside the body), with emoji,
right-to-left text, zero-width characters, odd line ends and empty strings.
Every file is also read with real PyYAML and markdown-it-py.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Entry,
    Feeling,
    NeedState,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
    clean_word,
)
from attune_journal.exchange import frontmatter
from attune_journal.exchange.importing import run_import
from attune_journal.exchange.markdown_export import export_markdown_file, export_markdown_folder
from attune_journal.exchange.markdown_render import front_matter_text
from attune_journal.workspace import open_workspace
from tests.export_oracle import front_matter

PIECES = [
    "---\n",
    "\n---\n",
    "---",
    "# Heading\n",
    "## Sub\n",
    "---\ntitle: not ours\ntags: [a]\n---\n",
    "```yaml\nkey: value\n```\n",
    "````",
    "  \n",
    "trailing  ",
    "\r\n",
    "\r",
    "\t",
    "\u200b",
    "\u200d",
    "\u202e",
    "\ufeff",
    "\u2028",
    "\x85",
    "שלום עולם",
    "مرحبا",
    "😀",
    "👩\u200d👩\u200d👧",
    "\n\n",
    ": ",
    "- ",
    "|",
    '"',
    "'",
    "\\",
    "#tag @me",
    "yes",
    "null",
    "1e5",
    "2026-11-23",
    "## 2026-11-23 08:30 · Check-in\n\n```yaml\nuid: x\n```\n",
    "",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=8).map("".join)
words = st.one_of(
    st.sampled_from(["calm", "on edge", "yes", "null", "5-4-3-2-1", "שמחה", "😀 ok", "a: b"]),
    st.text(min_size=1, max_size=12),
).filter(lambda w: bool(clean_word(w)))
zones = st.sampled_from(
    [
        UTC,
        timezone(timedelta(hours=1)),
        timezone(timedelta(hours=-5)),
        timezone(timedelta(hours=5, minutes=45)),
        timezone(timedelta(hours=-3, minutes=-30)),
    ]
)
moments = st.builds(
    lambda day, minute, second, tz: (
        datetime(2020, 1, 1, tzinfo=tz) + timedelta(days=day, minutes=minute, seconds=second)
    ),
    st.integers(0, 2000),
    st.integers(0, 3),  # few distinct minutes: entries often share a file-name minute
    st.integers(0, 59),
    zones,
)
maybe_moments = st.none() | moments
coords = st.none() | st.floats(-1, 1, allow_nan=False, allow_subnormal=True)
feelings = st.lists(
    st.builds(
        lambda w, p, e, i: Feeling(w, p, None if p is None else (e if e is not None else 0.0), i),
        words,
        coords,
        coords,
        st.integers(1, 3),
    ),
    max_size=3,
)
needs = st.lists(st.builds(NeedState, words, st.booleans()), max_size=3)
activation = st.none() | st.integers(0, 10)
strategies = st.none() | st.builds(StrategyTry, words, activation, activation)
weeks = st.builds(lambda y, w: f"{y}-W{w:02d}", st.integers(2019, 2027), st.integers(1, 52))
common = {
    "at": moments,
    "updated_at": maybe_moments,
    "starred": st.booleans(),
    "tags": st.lists(words, max_size=3).map(lambda tags: [t[:60] for t in tags]),
}

checkins = st.builds(
    CheckIn,
    **common,
    body=st.lists(st.builds(BodySensation, words, words, st.integers(1, 3)), max_size=3),
    feelings=feelings,
    needs=needs,
    activation=activation,
    strategy=strategies,
    regulation_note=texts,
    reflection=texts,
    prompt_id=st.none() | st.sampled_from(["p1", "p18", "own:My own prompt", "gone"]),
)
notes = st.builds(
    Note,
    **common,
    text=texts.map(lambda t: t + "x"),  # a note needs some content
    activation=activation,
    strategy=strategies,
    feelings=feelings,
    needs=needs,
)
reviews = st.builds(
    WeeklyReview, **common, week=weeks, went_well=texts, was_hard=texts, intention=texts
)
relationships = st.builds(
    RelationshipCheckIn,
    **common,
    week=weeks,
    answers=st.dictionaries(words, st.integers(1, 5), max_size=4),
    more_of=texts,
    appreciated=texts,
    attune=st.dictionaries(words, texts, max_size=3),
)
repairs = st.builds(
    RepairEntry,
    **common,
    what_happened=texts,
    feelings=feelings,
    needs=needs,
    my_part=texts,
    repair=texts,
    how_it_went=texts,
    resolved=st.booleans(),
)
journals = st.lists(
    st.one_of(checkins, notes, reviews, relationships, repairs), min_size=1, max_size=8
)


def _unique_weeks(entries: list[Entry]) -> list[Entry]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for entry in entries:
        week = getattr(entry, "week", None)
        if week is not None:
            if (entry.kind, week) in seen:
                continue
            seen.add((entry.kind, week))
        kept.append(entry)
    return kept


def read_tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.md")}


def check_parses(data: bytes) -> None:
    """Real PyYAML reads the front matter; markdown-it-py reads the body as CommonMark."""
    text = data.decode("utf-8")
    assert text.startswith("---\n")
    end = text.index("\n---\n", 3)
    fm = yaml.safe_load(text[4 : end + 1])
    assert isinstance(fm, dict) and "uid" in fm and "kind" in fm
    MarkdownIt("commonmark").parse(text[end + 5 :])


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(journals)
# Answers and details named like fields read "as written" (``date``) keep their numbers.
@example(
    [
        RelationshipCheckIn(
            at=datetime(2020, 1, 1, tzinfo=UTC), week="2019-W01", answers={"date": 1, "tags": 2}
        ),
        Note(at=datetime(2020, 1, 2, tzinfo=UTC), text="x", meta={"date": 4, "day": True}),
    ]
)
def test_export_import_export_is_byte_identical(entries: list[Entry]) -> None:
    entries = _unique_weeks(entries)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first = open_workspace(root / "a")
        try:
            first.journal.save_many(entries)
            stored = first.journal.entries(newest_first=False)
        finally:
            first.close()
        for entry in stored:
            assert front_matter_text(entry) == frontmatter.dump(front_matter(entry))
        export_markdown_folder(stored, root / "one")
        export_markdown_file(stored, root / "one.md")
        files = read_tree(root / "one")
        assert len(files) == len(entries)
        for data in files.values():
            check_parses(data)

        second = open_workspace(root / "b")
        try:
            report = run_import(second, "markdown", root / "one")
            assert len(report.imported) == len(entries)
            assert not report.skipped
            export_markdown_folder(second.journal.entries(newest_first=False), root / "two")
            again = run_import(second, "markdown", root / "one")
            assert not again.imported and len(again.skipped) == len(entries)
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

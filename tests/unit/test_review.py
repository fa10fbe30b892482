"""The weekly review on the hand-built journal of test_stats, its Markdown, and the CLI."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from attune_journal import cli
from attune_journal.core import review, stats
from attune_journal.core.models import Note, RelationshipCheckIn, WeeklyReview
from tests.clock import Clock
from tests.unit.test_stats import WINDOW, at, hand_journal


def _relationship() -> tuple[RelationshipCheckIn, RelationshipCheckIn]:
    this = RelationshipCheckIn(
        at=at(22, 20), week="2026-W47", answers={"safety.1": 4, "safety.2": 5, "fun.1": 2}
    )
    last = RelationshipCheckIn(
        at=at(15, 20), week="2026-W46", answers={"safety.1": 3, "safety.2": 3}
    )
    return this, last


def _data() -> review.WeekReviewData:
    this, last = _relationship()
    reflection = WeeklyReview(
        at=at(22, 19),
        week="2026-W47",
        went_well="Walks *most* days.\n\n# A heading of mine",
        was_hard="Sleep.",
        intention="Lights out by eleven.",
    )
    outside = Note(at=at(23, 9), activation=10)  # Monday of the next week: not counted
    return review.build_week_review(
        "2026-W47",
        [*hand_journal(), outside],
        WINDOW,
        reflection=reflection,
        relationship=this,
        previous_relationship=last,
    )


def test_week_numbers() -> None:
    data = _data()
    assert (data.start, data.end) == (date(2026, 11, 16), date(2026, 11, 22))
    assert data.days_with_checkin == [date(2026, 11, 16), date(2026, 11, 17)]
    assert (data.checkins, data.notes) == (2, 3)
    # readings 7,5,2,5,4,8,7,6,4: 48 / 9
    assert data.average_activation == pytest.approx(48 / 9)
    assert (data.shares.inside, data.shares.above, data.shares.below) == (5, 3, 1)
    assert data.top_feelings["red"] == [("anxious", 3)]
    assert data.needs[0] == stats.NeedCount("rest", 1, 1)
    # Cyclic sigh: (2 + 1 + 1) / 3 over three tries, but no waits this week to set it
    # against (no two readings within 15 minutes); Movement: one try, too few to tell
    assert data.strategies_helped == []
    assert [(s.name, s.n, round(s.mean, 3)) for s in data.strategies_other] == [
        ("Cyclic sigh", 3, 1.333),
    ]
    assert [(s.name, s.n) for s in data.strategies_too_few] == [("Movement", 1)]
    assert [r.region for r in data.body_hot_spots] == ["chest", "belly"]
    assert data.relationship is not None
    assert data.relationship["safety"] == 4.5 and data.relationship["fun"] == 2.0
    assert data.relationship_change["safety"] == pytest.approx(1.5)  # 4.5 - 3.0
    assert data.relationship_change["fun"] is None  # not answered last week
    assert [s.entry_id for s in data.starred] == [3]
    assert not data.quiet


def test_week_start_sunday_shifts_the_days() -> None:
    data = review.build_week_review("2026-W47", hand_journal(), WINDOW, first_weekday=6)
    assert (data.start, data.end) == (date(2026, 11, 15), date(2026, 11, 21))
    assert data.checkins == 2 and data.notes == 3


def test_markdown_is_commonmark_with_every_section() -> None:
    text = review.render_markdown(_data())
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == [
        "Week of 16–22 November 2026",
        "At a glance",
        "Feelings",
        "Needs",
        "What seemed to help",
        "Body hot spots",
        "Relationship",
        "Starred",
        "My reflection",
        "What went well",
        "A heading of mine",  # the person's heading sits below ours
        "What was hard",
        "Intention for next week",
    ]
    assert any(t.type == "table_open" for t in tokens)
    assert "- Days with a check-in: 2 of 7" in text
    assert "- Average activation: 5.3 (0–10)" in text
    assert "inside your window (3–6): 56% (above: 33%, below: 11%)" in text
    assert (
        "- Cyclic sigh: too soon to say, on average 1.3 steps toward the middle of your "
        "window (3 tries)\n- Nothing to compare with yet:"
    ) in text
    assert "- Not enough tries yet to tell: Movement (1)" in text
    assert "| Emotional safety | 4.5 | +1.5 |" in text
    assert "| Fun | 2.0 | – |" in text
    assert "\n#### A heading of mine\n" in text
    assert text.endswith("Lights out by eleven.\n")


def test_quiet_week_is_gentle() -> None:
    data = review.build_week_review("2026-W40", hand_journal(), WINDOW)
    assert data.quiet and data.average_activation is None
    assert data.shares.share("inside") == 0.0
    text = review.render_markdown(data)
    assert "No check-ins or notes this week. That's all right" in text
    assert "Nothing written for this week yet." in text
    MarkdownIt("commonmark").parse(text)


def test_words_with_markdown_characters_are_escaped() -> None:
    assert review.md_escape("a*b_c [x]") == r"a\*b\_c \[x\]"
    assert review.md_escape("1. not a list") == r"1\. not a list"


def test_previous_and_next_week_across_a_year() -> None:
    assert review.previous_week("2026-W01") == "2025-W52"
    assert review.next_week("2026-W53") == "2027-W01"


def test_load_week_review_reads_the_store(journal) -> None:
    entries = hand_journal()
    for entry in entries:
        entry.id = None
    journal.save_many([*entries, *_relationship()])
    data = review.load_week_review(journal, "2026-W47", WINDOW)
    assert data.checkins == 2 and data.reflection is not None
    assert data.reflection.went_well == "Walks."
    assert data.relationship_change["safety"] == pytest.approx(1.5)


def _run(data_dir: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        code = cli.main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue()


def test_cli_week_prints_markdown(data_dir: Path) -> None:
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    entries = hand_journal()
    for entry in entries:
        entry.id = None
    workspace.journal.save_many(entries)
    workspace.close()
    code, text = _run(data_dir, "week", "--week", "2026-W47")
    assert code == 0
    assert text.startswith("# Week of 16–22 November 2026\n")
    assert "- Check-ins: 2; notes: 3" in text


def test_cli_week_defaults_to_this_week(data_dir: Path, fixed_clock: Clock) -> None:
    from attune_journal.core.weeks import label_for_day

    code, text = _run(data_dir, "week")
    assert code == 0
    today = fixed_clock.today
    assert text.startswith("# Week of ") and str(today.year) in text.splitlines()[0]
    assert label_for_day(today)  # the label the command took by default


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("2026-W99", "2026 has no week 99."),
        ("last week", "'last week' is not a week like 2026-W47."),
    ],
)
def test_cli_week_bad_label(
    data_dir: Path, label: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["--data-dir", str(data_dir), "week", "--week", label])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert message in captured.err


def test_long_needs_lists_name_the_rest_in_one_line() -> None:
    from attune_journal.core.models import CheckIn, NeedState

    needs = [NeedState(f"need {chr(97 + i)}", i % 2 == 0) for i in range(12)]
    data = review.build_week_review("2026-W47", [CheckIn(at=at(16, 8), needs=needs)], WINDOW)
    text = review.render_markdown(data)
    assert text.count("| need ") == 10
    assert "Also alive this week: need k, need l." in text


def test_the_review_in_german_keeps_its_nouns_capitalised() -> None:
    # A label placed inside a sentence is lower-cased for English only: German nouns
    # keep their capital ("meist Spannung", never "meist spannung").
    from attune_journal.core import i18n
    from attune_journal.ui.i18n import install_for_command_line

    data = _data()
    english = review.render_markdown(data)
    assert "- Chest: noticed 2 times, mostly tension" in english.splitlines()
    try:
        assert install_for_command_line("de")
        german = review.render_markdown(data).splitlines()
    finally:
        i18n.reset()
    assert "- Brust: 2 Mal gespürt, meist Spannung" in german
    assert "- Bauch: 1 Mal gespürt, meist Bewegung" in german

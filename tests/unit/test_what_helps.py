"""What seems to help, set against waiting: a hand-built week where activation settles by
itself, and the same verdicts from Trends' columns, the weekly review and its Markdown.

Window 3..6, so the middle is 4.5. A step "toward the middle" is
``|before - 4.5| - |after - 4.5|``: 8 -> 7 is 3.5 - 2.5 = 1 step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest

from attune_journal.core import review, stats, trend_columns
from attune_journal.core.models import CheckIn, EntryBase, Note, StrategyTry
from tests.unit.test_stats import WINDOW, at

# Readings 4 minutes apart with no strategy: steps toward the middle 1, 1, 2, 0, 1, 1, 1, 1
# (mean 1.0, sample variance 2/7). Activation settles by about a step on its own.
WAITS = [(8, 7), (8, 7), (8, 6), (7, 7), (7, 6), (8, 7), (9, 8), (8, 7)]
# "Doing nothing" as a strategy, settling exactly as waiting does.
NOTHING = [(8, 7), (8, 7), (8, 6), (7, 7), (7, 6), (8, 7), (9, 8), (8, 7)]
# A sigh with about two steps more: 3, 3, 4, 2, 3, 3, 3, 3 (mean 3.0, variance 2/7).
SIGH = [(8, 5), (8, 5), (9, 5), (8, 6), (9, 6), (8, 5), (9, 6), (8, 5)]
SLOTS = [timedelta(days=day, hours=hour) for day in range(6) for hour in (0, 2, 4, 6, 8, 10)]


def _week(first: datetime | None = None) -> list[CheckIn | Note]:
    """Six days from ``first`` (Monday 16 November 2026 at 8:00, in week 2026-W47): waits
    as a check-in then a note 4 minutes later, and strategy notes, each two hours from the
    next so that no other pair comes within 15 minutes."""
    first = first or at(16, 8)
    slots = (first + offset for offset in SLOTS)
    entries: list[CheckIn | Note] = []
    for before, after in WAITS:
        moment = next(slots)
        entries.append(CheckIn(at=moment, activation=before))
        entries.append(Note(at=moment + timedelta(minutes=4), activation=after))
    for name, pairs in (("Doing nothing", NOTHING), ("Cyclic sigh", SIGH)):
        for before, after in pairs:
            entries.append(Note(at=next(slots), strategy=StrategyTry(name, before, after)))
    return entries


def _report(entries: Sequence[EntryBase]) -> stats.StrategyReport:
    return stats.strategy_effectiveness(stats.facts_from_entries(entries), WINDOW)


def test_waiting_is_measured_between_readings_close_together_without_a_strategy() -> None:
    facts = stats.facts_from_entries(_week())
    assert stats.waiting_changes(facts, WINDOW) == [1.0, 1.0, 2.0, 0.0, 1.0, 1.0, 1.0, 1.0]
    assert stats.sample_of([1, 1, 2, 0, 1, 1, 1, 1]) == (8, 1.0, pytest.approx(2 / 7))


def test_what_counts_as_waiting() -> None:
    entries = [
        # 16 minutes apart: too far apart to compare with a 4-minute after.
        CheckIn(at=at(16, 8), activation=8),
        Note(at=at(16, 8, 16), activation=7),
        # The earlier entry noted a strategy: not waiting (its after sits between, too).
        Note(at=at(17, 8), strategy=StrategyTry("Cyclic sigh", 8, 6)),
        CheckIn(at=at(17, 8, 10), activation=6),
        # An after reading then an own reading: the strategy came first, not waiting.
        Note(at=at(18, 8), activation=8, strategy=StrategyTry("Orienting", 8, 7)),
        # A strategy named without an after on the earlier entry: still not waiting.
        CheckIn(at=at(19, 8), activation=7, strategy=StrategyTry("Movement", 7, None)),
        Note(at=at(19, 8, 5), activation=5),
        # Waiting: 7 -> 5 (2.5 - 0.5 = 2 steps), then 5 -> 2 15 minutes on (0.5 - 2.5 = -2).
        CheckIn(at=at(20, 8), activation=7),
        Note(at=at(20, 8, 5), activation=5),
        Note(at=at(20, 8, 20), activation=2),
    ]
    assert stats.waiting_changes(stats.facts_from_entries(entries), WINDOW) == [2.0, -2.0]


def test_welch_interval_against_waiting() -> None:
    report = _report(_week())
    assert report.waiting == (8, 1.0, pytest.approx(2 / 7))
    sigh = next(s for s in report.ranked if s.name == "Cyclic sigh")
    nothing = next(s for s in report.ranked if s.name == "Doing nothing")
    # Both sides: variance 2/7 over 8, so se = sqrt(2 * 2/7 / 8) = 0.267; Welch's degrees
    # of freedom are 14, t(0.975, 14) = 2.1448; the margin is 0.573.
    margin = 2.1448 * (2 * (2 / 7) / 8) ** 0.5
    assert sigh.versus_waiting is not None and nothing.versus_waiting is not None
    assert sigh.versus_waiting.difference == pytest.approx(2.0)
    assert sigh.versus_waiting.low == pytest.approx(2.0 - margin, abs=1e-4)
    assert nothing.versus_waiting.difference == pytest.approx(0.0)
    assert nothing.versus_waiting.high == pytest.approx(margin, abs=1e-4)


def test_settling_on_its_own_does_not_seem_to_help_but_two_steps_more_does() -> None:
    report = _report(_week())
    nothing = next(s for s in report.ranked if s.name == "Doing nothing")
    assert nothing.mean == 1.0  # it moves toward the middle, as waiting does
    assert nothing.verdict == "same" and not nothing.helps
    assert stats.helped_lines(report) == [
        "Cyclic sigh: seems to help more than waiting, on average 3.0 steps toward the "
        "middle of your window, about 2.0 more than waiting (8 tries)",
        "Doing nothing: about the same as waiting so far, on average 1.0 step toward the "
        "middle of your window (8 tries)",
        "Waiting, with no strategy noted: on average 1.0 step toward the middle of your "
        "window between readings up to 15 minutes apart (8 times)",
    ]


def test_a_few_tries_are_too_soon_to_say_even_when_they_look_good() -> None:
    entries = _week()[: 2 * len(WAITS)]
    entries += [
        Note(at=at(22, h), strategy=StrategyTry("Cold water", before, after))
        for h, (before, after) in zip((8, 10, 12), [(8, 5), (8, 7), (9, 7)], strict=True)
    ]
    # 3, 1, 2 steps: mean 2.0, a step more than waiting, but Welch's interval over three
    # tries (about 2.4 degrees of freedom) runs from below 0.
    [cold] = _report(entries).ranked
    assert cold.versus_waiting is not None and cold.versus_waiting.low < 0
    assert cold.verdict == "too soon"
    assert stats.helped_lines(_report(entries))[0] == (
        "Cold water: too soon to say, on average 2.0 steps toward the middle of your window "
        "(3 tries)"
    )


def test_without_waits_to_compare_with_nothing_seems_to_help() -> None:
    entries = _week()[2 * len(WAITS) :]  # the strategies alone
    report = _report(entries)
    assert report.waiting.n == 0
    assert [s.verdict for s in report.ranked] == ["too soon", "too soon"]
    assert stats.helped_lines(report)[-1] == (
        "Nothing to compare with yet: strategies are set against waiting, two check-ins or "
        "notes up to 15 minutes apart with no strategy noted (0 of 3 so far)"
    )


def test_readings_inside_the_window_are_never_away_from_it() -> None:
    entries = _week()[: 2 * len(WAITS)]
    # 4 -> 6 stays inside 3..6 but moves from 0.5 to 1.5 off the middle: -1 step.
    entries += [Note(at=at(22, h), strategy=StrategyTry("Tapping", 4, 6)) for h in (8, 10, 12, 14)]
    line = stats.helped_lines(_report(entries))[0]
    assert line == (
        "Tapping: so far less settling than waiting, on average 1.0 step further from the "
        "middle of your window (4 tries)"
    )
    assert "away from your window" not in line


def test_trends_and_the_weekly_review_give_the_same_verdicts(journal) -> None:
    entries = _week()
    data = review.build_week_review("2026-W47", list[EntryBase](entries), WINDOW)
    text = review.render_markdown(data)
    journal.save_many(entries)
    columns = trend_columns.columns_from_text(journal.trend_text(data.start, data.end))
    trends = trend_columns.compute_trends(columns, WINDOW, data.start, data.end)

    assert trends.strategies == data.strategy_report
    verdicts = {s.name: s.verdict for s in trends.strategies.ranked}
    assert verdicts == {"Cyclic sigh": "helps", "Doing nothing": "same"}
    assert [s.name for s in data.strategies_helped] == ["Cyclic sigh"]
    assert [s.name for s in data.strategies_other] == ["Doing nothing"]
    for line in stats.helped_lines(trends.strategies):
        assert f"- {line}\n" in text


def test_a_whole_range_pairs_readings_the_same_way_in_trends(journal) -> None:
    # Over a longer range, with a wait across midnight and one 15 minutes exactly.
    entries = [
        *_week(),
        CheckIn(at=at(25, 23, 58), activation=9),
        Note(at=at(26, 0, 2), activation=8),
        Note(at=at(26, 0, 17), activation=8),
    ]
    journal.save_many(entries)
    columns = trend_columns.columns_from_text(journal.trend_text(None, None))
    trends = trend_columns.compute_trends(columns, WINDOW)
    facts = stats.facts_from_entries(entries)
    expected = stats.sample_of(stats.waiting_changes(facts, WINDOW))
    assert expected.n == len(WAITS) + 2
    assert trends.strategies.waiting == expected
    assert at(26, 0, 17) - at(26, 0, 2) == timedelta(minutes=15)


def test_the_week_command_says_what_trends_says(data_dir) -> None:
    import contextlib
    import io

    from attune_journal import cli
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    workspace.settings.window_low, workspace.settings.window_high = WINDOW.low, WINDOW.high
    workspace.save_settings()
    workspace.journal.save_many(_week())
    start, end = at(16, 0).date(), at(22, 0).date()
    columns = trend_columns.columns_from_text(workspace.journal.trend_text(start, end))
    trends = trend_columns.compute_trends(columns, WINDOW, start, end)
    workspace.close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--data-dir", str(data_dir), "week", "--week", "2026-W47"]) == 0
    lines = stats.helped_lines(trends.strategies)
    assert lines[0].startswith("Cyclic sigh: seems to help more than waiting")
    for line in lines:
        assert f"- {line}\n" in out.getvalue()


# ---- waits recorded on purpose ("I just waited") ---------------------------------------------


def _recorded_week(first: datetime | None = None) -> list[CheckIn | Note]:
    """The same week, but each wait is one note marked "waiting" (the quick note's "I just
    waited"), with no two entries within 15 minutes: waiting comes from those notes alone."""
    first = first or at(16, 8)
    slots = (first + offset for offset in SLOTS)
    names = ["waiting", "Waiting", "WAITING", " waiting"] * 2  # any case, stray space
    entries: list[CheckIn | Note] = [
        Note(at=next(slots), activation=before, strategy=StrategyTry(name, before, after))
        for name, (before, after) in zip(names, WAITS, strict=True)
    ]
    entries += [
        Note(at=next(slots), activation=before, strategy=StrategyTry("Cyclic sigh", before, after))
        for before, after in SIGH
    ]
    return entries


def test_recorded_waits_are_the_baseline_and_never_a_strategy() -> None:
    assert stats.is_waiting("Waiting") and stats.is_waiting(" waiting ")
    assert not stats.is_waiting("Waiting room") and not stats.is_waiting(None)
    facts = stats.facts_from_entries(_recorded_week())
    assert stats.waiting_changes(facts, WINDOW) == []  # no readings close together
    report = stats.strategy_effectiveness(facts, WINDOW)
    assert report.waiting == (8, 1.0, pytest.approx(2 / 7))
    assert [s.name for s in report.ranked + report.too_few] == ["Cyclic sigh"]
    assert report.uses == len(SIGH) and report.overall_mean == 3.0
    [sigh] = report.ranked
    assert sigh.verdict == "helps"
    lines = stats.helped_lines(report)
    assert lines[0].startswith("Cyclic sigh: seems to help more than waiting")
    assert lines[-1].startswith("Waiting, with no strategy noted: on average 1.0 step")
    assert not any(line.casefold().startswith("waiting:") for line in lines)


def test_a_recorded_wait_is_counted_once_next_to_readings_close_by() -> None:
    entries = [
        # A check-in 3 minutes before a recorded wait: 8 -> 8 is a wait (0 steps) ...
        CheckIn(at=at(16, 8), activation=8),
        # ... and the wait itself, 8 -> 6 (2 steps); nothing starts from it again.
        Note(at=at(16, 8, 3), activation=8, strategy=StrategyTry("waiting", 8, 6)),
        Note(at=at(16, 8, 5), activation=7),
    ]
    report = _report(entries)
    assert report.waiting == (2, 1.0, pytest.approx(2.0))
    assert report.ranked == [] and report.too_few == [] and report.uses == 0


def test_recorded_waits_say_the_same_in_trends_the_weekly_review_and_the_week_command(
    data_dir,
) -> None:
    import contextlib
    import io

    from attune_journal import cli
    from attune_journal.workspace import open_workspace

    entries = _recorded_week()
    data = review.build_week_review("2026-W47", list[EntryBase](entries), WINDOW)
    text = review.render_markdown(data)
    workspace = open_workspace(data_dir)
    workspace.settings.window_low, workspace.settings.window_high = WINDOW.low, WINDOW.high
    workspace.save_settings()
    workspace.journal.save_many(entries)
    columns = trend_columns.columns_from_text(workspace.journal.trend_text(data.start, data.end))
    trends = trend_columns.compute_trends(columns, WINDOW, data.start, data.end)
    workspace.close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--data-dir", str(data_dir), "week", "--week", "2026-W47"]) == 0

    assert trends.strategies == data.strategy_report
    assert trends.strategies.waiting == (8, 1.0, pytest.approx(2 / 7))
    assert [(s.name, s.verdict) for s in trends.strategies.ranked] == [("Cyclic sigh", "helps")]
    assert trends.strategies.too_few == []
    assert [s.name for s in data.strategies_helped] == ["Cyclic sigh"]
    assert data.strategies_other == [] and data.strategies_too_few == []
    lines = stats.helped_lines(trends.strategies)
    assert lines[0].startswith("Cyclic sigh: seems to help more than waiting")
    for line in lines:
        assert f"- {line}\n" in text
        assert f"- {line}\n" in out.getvalue()
    for shown in (text, out.getvalue()):
        assert not any(
            line.casefold().lstrip("- ").startswith("waiting:") for line in shown.splitlines()
        )
        assert "Not enough tries yet" not in shown


def test_the_note_command_records_a_wait(data_dir) -> None:
    from attune_journal import cli
    from attune_journal.workspace import open_workspace

    args = ["--data-dir", str(data_dir), "note", "--activation", "8", "--after", "7"]
    for hour in (8, 10, 12):
        when = ["--at", f"2026-11-16 {hour:02d}:00"]
        assert cli.main([*args, "--strategy", "waiting", *when]) == 0
    workspace = open_workspace(data_dir)
    try:
        facts = stats.facts_from_entries(workspace.journal.entries())
    finally:
        workspace.close()
    report = stats.strategy_effectiveness(facts, WINDOW)
    assert report.waiting == (3, 1.0, 0.0)
    assert report.uses == 0 and report.ranked == [] and report.too_few == []

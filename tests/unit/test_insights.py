"""Insights find planted effects, stay quiet on noise, and get small cases exactly right."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone

import pytest

from attune_journal.core.distributions import normal_quantile
from attune_journal.core.insights import (
    InsightSource,
    benjamini_hochberg,
    find_insights,
    newcombe_interval,
)
from attune_journal.core.models import BodySensation, CheckIn, Feeling, NeedState, Note
from bench.generate import PLANTED, generate_entries, noise_entries, truth_of

END = date(2026, 11, 23)
ZONE = timezone(timedelta(hours=1))


def test_benjamini_hochberg_counts_the_kept() -> None:
    # m = 5, q = 0.05: thresholds 0.01, 0.02, 0.03, 0.04, 0.05; the largest passing rank is 3.
    assert benjamini_hochberg([0.001, 0.015, 0.029, 0.2, 0.9]) == 3
    assert benjamini_hochberg([0.02, 0.03]) == 2  # 0.03 <= 2 * 0.05 / 2
    assert benjamini_hochberg([0.06]) == 0
    assert benjamini_hochberg([]) == 0


def test_newcombe_interval_matches_his_worked_example() -> None:
    # Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 vs 48/80,
    # method 10 gives 0.0524 to 0.3339.
    low, high = newcombe_interval(56, 70, 48, 80, normal_quantile(0.975))
    assert (round(low, 4), round(high, 4)) == (0.0524, 0.3339)


def _checkin(day: int, hour: int, activation: int, **fields: object) -> CheckIn:
    at = datetime(2026, 3, 2, hour, 0, tzinfo=ZONE) + timedelta(days=day)
    return CheckIn(at=at, activation=activation, **fields)  # type: ignore[arg-type]


def test_a_hand_built_case_gives_hand_computed_numbers() -> None:
    # 10 check-ins tagged "deadline" at 7,8,...; 10 others at 3,4,... Everything at the
    # same hour on the same weekday, so the tag is the only comparison there is.
    tagged = [7, 8, 7, 9, 8, 7, 8, 9, 7, 8]
    plain = [3, 4, 3, 5, 4, 3, 4, 5, 3, 4]
    entries: list[CheckIn | Note] = [
        _checkin(7 * i, 9, a, tags=["deadline"]) for i, a in enumerate(tagged)
    ]
    entries += [_checkin(7 * i, 9, a) for i, a in enumerate(plain)]
    entries.append(Note(at=entries[0].at, activation=10, tags=["deadline"]))  # notes: left out
    for i, entry in enumerate(entries):
        entry.id = 100 + i
    report = find_insights(entries)
    assert report.tested == 1 and report.entries == 20 and report.days == 10
    (insight,) = report.insights
    assert insight.kind == "tag-activation" and insight.id == "tag-activation:deadline"
    assert (insight.group_n, insight.rest_n) == (10, 10)
    assert (insight.group_value, insight.rest_value) == (7.8, 3.8)
    # Both variances are 0.62222 (= 5.6 / 9): se = sqrt(2 * 0.62222 / 10) = 0.35277, and
    # Welch's df is exactly 18; t(0.975, 18) = 2.10092, so 4 ± 0.74115.
    se = math.sqrt(2 * (5.6 / 9) / 10)
    assert insight.low == pytest.approx(4 - 2.100922 * se, abs=1e-5)
    assert insight.high == pytest.approx(4 + 2.100922 * se, abs=1e-5)
    assert round(insight.low, 2) == 3.26 and round(insight.high, 2) == 4.74
    assert insight.level == pytest.approx(0.95)
    assert insight.group_ids == tuple(range(100, 110))
    assert insight.rest_ids == tuple(range(110, 120))
    assert insight.sentence() == (
        "Check-ins tagged “deadline” went with higher activation: it averaged 7.8 in them "
        "and 3.8 in the others (n = 10 and 10; likely difference +3.3 to +4.7)."
    )
    assert report.headline() == "1 of 1 comparison stands out."


def test_a_hand_built_share_comparison() -> None:
    # 12 check-ins noticing the jaw, 3 of them pleasant; 12 without, 10 pleasant.
    happy, sad = Feeling("calm", 0.5, -0.5, 2), Feeling("tense", -0.5, 0.5, 2)
    entries = [
        _checkin(7 * i, 9, 5, feelings=[happy if i < 3 else sad], body=[_jaw()]) for i in range(12)
    ]
    entries += [_checkin(7 * i, 9, 5, feelings=[happy if i < 10 else sad]) for i in range(12)]
    report = find_insights(entries)
    assert report.tested == 1
    (insight,) = report.insights
    assert insight.id == "body-pleasant:jaw"
    assert (insight.group_value, insight.rest_value) == (0.25, 10 / 12)
    low, high = newcombe_interval(3, 12, 10, 12, 1.959964)
    assert (insight.low, insight.high) == pytest.approx((low, high), abs=1e-6)
    # z = (0.25 - 0.8333) / sqrt(13/24 * 11/24 * (2 / 12)) = -2.8677, p = 0.004135.
    assert insight.p == pytest.approx(0.004135, abs=1e-6)
    assert "mostly pleasant 25\u00a0% of the time; at other times 83\u00a0%" in insight.sentence()


def _jaw() -> BodySensation:
    return BodySensation("jaw", "tight", 2)


def test_groups_under_eight_are_not_compared_and_the_words_stay_warm() -> None:
    entries = [_checkin(i, 9, 5, needs=[NeedState("rest", False)]) for i in range(7)]
    report = find_insights(entries)
    assert report.tested == 0 and not report.insights
    assert report.headline().startswith("Nothing stands out yet.")
    assert "7 check-ins" in report.headline()


@pytest.mark.slow  # ~1 s: ten generated years in memory, computed directly
def test_planted_effects_are_found_and_few_findings_are_false() -> None:
    """Ten years with 12 planted effects and 220 null tags (bench.generate)."""
    entries = list(generate_entries(10, seed=7, end=END, planted=True))
    report = find_insights(entries)
    found = {
        (i.kind, i.subject.casefold(), i.status, 1 if i.higher else -1) for i in report.insights
    }
    planted_found = sum((e.kind, e.subject, e.status, e.direction) in found for e in PLANTED)
    false = sum(truth_of(i.kind, i.subject) == "null" for i in report.insights)
    print(
        f"\n{report.headline()} planted found {planted_found}/{len(PLANTED)}, "
        f"false {false}/{len(report.insights)}"
    )
    assert report.tested > 400
    assert planted_found >= 0.8 * len(PLANTED)
    assert false <= 0.05 * len(report.insights)


def test_pure_noise_mostly_says_nothing() -> None:
    """20 small journals (120 days each) where nothing is related to anything: with
    false discovery control, a seed reports anything at all about 5 % of the time."""
    with_any = [seed for seed in range(20) if find_insights(noise_entries(120, seed, END)).insights]
    print(f"\nnoise: {len(with_any)} of 20 seeds reported anything")
    assert len(with_any) <= 3


def test_the_store_read_and_the_entries_give_the_same_report() -> None:
    entries = list(generate_entries(1, seed=3, end=END, planted=True))
    for i, entry in enumerate(entries):
        entry.id = i + 1
    checkins = [e for e in entries if isinstance(e, CheckIn)]
    source = InsightSource(
        [(e.id or 0, e.at.isoformat(), e.activation) for e in checkins],
        [(e.id or 0, f.pleasantness) for e in checkins for f in e.feelings],
        [(e.id or 0, n.need, int(n.met)) for e in checkins for n in e.needs],
        [(e.id or 0, b.region) for e in checkins for b in e.body],
        [(e.id or 0, t) for e in checkins for t in e.tags],
    )
    assert find_insights(source) == find_insights(entries)

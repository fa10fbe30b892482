"""Every insight sentence, in every kind and both directions, says "went with", never "causes"."""

from __future__ import annotations

import re
from datetime import date

import pytest

from attune_journal.core.insights import KINDS, Insight, InsightReport, explain, render

CAUSAL = re.compile(
    r"\b(causes|makes you|leads to|because|reduces|improves|helps you)\b", re.IGNORECASE
)
SUBJECTS = {
    "need-activation": ("rest", "unmet"),
    "need-pleasant": ("emotional safety", "met"),
    "time-activation": ("night", ""),
    "weekday-activation": ("Wednesday", ""),
    "body-pleasant": ("upper_back", ""),
    "tag-activation": ("work", ""),
}


def _insight(kind: str, higher: bool) -> Insight:
    subject, status = SUBJECTS[kind]
    shares = kind.endswith("pleasant")
    group, rest = (0.62, 0.41) if shares else (6.4, 4.9)
    if not higher:
        group, rest = rest, group
    diff = group - rest
    return Insight(
        id=f"{kind}:{subject}",
        kind=kind,
        subject=subject,
        status=status,
        group_n=31,
        rest_n=88,
        group_value=group,
        rest_value=rest,
        low=diff * 0.5,
        high=diff * 1.5,
        p=0.001,
        level=0.95,
        group_ids=(1, 2),
        rest_ids=(3,),
    )


@pytest.mark.parametrize("higher", [True, False])
@pytest.mark.parametrize("kind", KINDS)
def test_every_template_avoids_causal_words(kind: str, higher: bool) -> None:
    sentence = render(_insight(kind, higher))
    assert not CAUSAL.search(sentence), sentence
    assert "n = 31 and 88" in sentence and "likely difference" in sentence
    assert re.search(r"went with|seems to|on days when|when you", sentence, re.IGNORECASE)
    assert ("higher" if higher else "lower") in sentence or (
        "more often" if higher else "less often"
    ) in sentence
    assert "_" not in sentence  # region ids are shown as words


def test_the_example_sentence_reads_as_promised() -> None:
    sentence = render(_insight("need-activation", True))
    assert sentence == (
        "Rest being unmet went with higher activation: on days when rest was unmet, your "
        "activation averaged 6.4; at other times 4.9 (n = 31 and 88; likely difference "
        "+0.8 to +2.2)."
    )


def test_the_explanation_and_the_empty_words_avoid_causal_words_too() -> None:
    found = InsightReport(
        date(2026, 1, 1), date(2026, 11, 23), 600, 300, 214, (_insight("tag-activation", True),)
    )
    empty = InsightReport(date(2026, 1, 1), date(2026, 2, 1), 60, 30, 40)
    none_tested = InsightReport(date(2026, 1, 1), date(2026, 1, 3), 5, 3, 0)
    for text in (explain(found), explain(empty), empty.headline(), none_tested.headline()):
        assert not CAUSAL.search(text), text
    assert "214 comparisons were made" in explain(found)
    assert found.headline() == "1 of 214 comparisons stands out."
    assert empty.headline().startswith("Nothing stands out yet among 40 comparisons.")

"""Intensity 1-3 has one set of words, and the check-in summary names only the unusual ones."""

from __future__ import annotations

from attune_journal.core.labels import INTENSITIES
from attune_journal.core.models import INTENSITY_MAX, INTENSITY_MIN, BodySensation, CheckIn, Feeling
from attune_journal.ui.checkin_steps import summary_lines


def test_every_intensity_has_its_word() -> None:
    assert INTENSITIES == {1: "faint", 2: "clear", 3: "strong"}
    assert set(INTENSITIES) == set(range(INTENSITY_MIN, INTENSITY_MAX + 1))


def test_the_summary_leaves_the_middle_intensity_unsaid() -> None:
    entry = CheckIn(
        feelings=[
            Feeling("calm", -0.5, -0.5, 1),
            Feeling("tired", -0.3, -0.8, 2),
            Feeling("anxious", -0.6, 0.7, 3),
        ],
        body=[BodySensation("chest", "tight", 2), BodySensation("jaw", "clenched", 3)],
    )
    rows = dict(summary_lines(entry, 3, 6))
    assert rows["Feelings"] == "calm (faint), tired, anxious (strong)"
    assert "clear" not in rows["Body"]
    assert rows["Body"].endswith("(strong)")

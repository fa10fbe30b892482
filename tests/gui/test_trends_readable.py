"""Trends a person can read at a glance, on the real screen.

A tiny journal opens on four weeks with a kind sentence, a year's journal on one
year with a dot per day; pillar, quadrant and need colours stay apart for people
with deuteranopia (simulated with a standard matrix); the body map's colours run
over the range's own counts; and Trends and the weekly review word what helped
the same way.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from attune_journal.core import stats as core_stats
from attune_journal.core.models import Note, StrategyTry
from tests.journal_gen import generate

# Machado, Oliveira and Fernandes (2009), deuteranopia at full severity, on linear RGB.
DEUTERANOPIA = np.array(
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]
)
MIN_DISTANCE = 15.0  # CIELAB ΔE*ab: well past "just noticeable" (about 2.3)


def _linear(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def simulate_deuteranopia(rgb: np.ndarray) -> np.ndarray:
    """sRGB 0..255 (any shape ending in 3) as a person with deuteranopia sees it."""
    seen = np.clip(_linear(np.asarray(rgb, dtype=float)) @ DEUTERANOPIA.T, 0, 1)
    return np.where(seen <= 0.0031308, seen * 12.92, 1.055 * seen ** (1 / 2.4) - 0.055) * 255


def _lab(rgb: np.ndarray) -> np.ndarray:
    xyz = (
        _linear(np.asarray(rgb, dtype=float))
        @ np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]).T
    )
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1
    )


def _rgb(colour: str) -> np.ndarray:
    colour = colour.lstrip("#")
    return np.array([int(colour[i : i + 2], 16) for i in (0, 2, 4)], dtype=float)


def _closest_pair(colours: list[str]) -> float:
    seen = [_lab(simulate_deuteranopia(_rgb(c))) for c in colours]
    return min(float(np.linalg.norm(a - b)) for a, b in itertools.combinations(seen, 2))


def _image(widget) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height, line = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=line * height)
    return data.reshape(height, line)[:, : width * 3].reshape(height, width, 3).astype(float)


def _open_trends(qtbot, request: pytest.FixtureRequest):
    window = request.getfixturevalue("main_window")
    window.resize(1280, 800)
    window.show_screen("trends")
    page = window.page("trends")
    qtbot.waitUntil(lambda: page.stats is not None and not page._opening, timeout=10000)
    return window, page


@pytest.fixture
def tiny(qtbot, data_dir: Path, request: pytest.FixtureRequest) -> Iterator[tuple[object, object]]:
    """Two notes written today: three readings, one try of box breathing."""
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    workspace.journal.save(Note(text="A slow start.", activation=5))
    workspace.journal.save(Note(strategy=StrategyTry("Box breathing", 8, 5)))
    workspace.close()
    yield _open_trends(qtbot, request)


@pytest.fixture
def year(qtbot, data_dir: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    workspace.settings.relationship_enabled = True
    workspace.save_settings()
    generate(workspace.journal, years=1)
    workspace.close()
    yield _open_trends(qtbot, request)[1]


def test_a_tiny_journal_opens_on_four_weeks_with_a_kind_sentence(tiny) -> None:
    _window, page = tiny
    assert page.range_key == "4w" and page.range_buttons["4w"].isChecked()
    assert page.stats.shares.total == 3
    assert page.empty_note.isVisibleTo(page)
    assert "A few more check-ins and patterns will start to show." in page.empty_note.text()
    # No squashed charts around three dots; what was tried is still named.
    assert not page.activation_panel.isVisibleTo(page)
    assert not page.feelings_panel.isVisibleTo(page)
    assert not page.needs_panel.isVisibleTo(page)
    assert page.strategy_panel.isVisibleTo(page)


def test_trends_and_the_week_word_what_helped_the_same(qtbot, tiny) -> None:
    window, page = tiny
    lines = [page.strategy_list.item(i).text() for i in range(page.strategy_list.count())]
    assert lines == ["Not enough tries yet to tell: Box breathing (1)"]
    assert "0 seem" not in page.strategy_panel.summary.text()
    window.show_screen("week")
    week = window.page("week")
    qtbot.waitUntil(lambda: "What seemed to help" in week.review_view.toPlainText())
    assert "Not enough tries yet to tell: Box breathing (1)" in week.review_view.toPlainText()
    assert (
        "helped"
        not in week.review_view.toPlainText()
        .split("What seemed to help")[1]
        .split("One week is")[0]
    )


def test_a_years_journal_opens_on_a_year_with_a_dot_per_day(qtbot, year) -> None:
    page = year
    assert page.range_key == "1y"
    chart = page.activation_chart
    assert chart.daily_means and not chart.density.isVisible()
    xs, ys = chart.dots.getData()
    assert len(xs) == len(page.stats.daily) < len(page.stats.readings)
    assert list(ys) == [p.mean for p in page.stats.daily]
    assert len(set(ys.tolist())) > 11  # not eleven rows of whole numbers
    assert "one day's mean" in page.activation_panel.summary.text()
    # The readings themselves stay under the hover.
    assert page._reading_xs == [r.t for r in page.stats.readings]
    with qtbot.waitSignal(page.settled, timeout=10000):
        page.set_range("3m")
    assert not chart.daily_means
    assert len(chart.dots.getData()[0]) == len(page.stats.readings)


def test_pillars_have_rows_of_their_own(year) -> None:
    chart = year.pillar_chart
    rows = []
    for pillar in chart.lines:
        low, high = chart.drawn_y(pillar, 1), chart.drawn_y(pillar, 5)
        row = int(low)
        assert row < low < high < row + 1  # 1 to 5 inside one row, a margin each side
        rows.append(row)
    assert sorted(rows) == list(range(len(chart.lines)))
    ticks = year.pillar_plot.getAxis("left")._tickLevels[0]
    assert [label for _y, label in ticks] == list(chart.labels.values())
    # Data stay scores; the hover rings the drawn places.
    answered = [i for i, w in enumerate(year.stats.pillar_weeks) if w.answered]
    week = year.stats.pillar_weeks[answered[-1]]
    drawn = year.pillar_chart.values_at(answered[-1])
    expected = [chart.drawn_y(p, s) for p, s in week.scores.items() if s is not None]
    assert sorted(drawn) == pytest.approx(sorted(expected))


def test_colours_stay_apart_under_deuteranopia(monkeypatch: pytest.MonkeyPatch) -> None:
    from attune_journal.ui import charts

    assert _closest_pair(charts.PILLAR_COLOURS) >= MIN_DISTANCE
    for quadrants in (charts.QUADRANT_COLOURS_LIGHT, charts.QUADRANT_COLOURS_DARK):
        assert _closest_pair(list(quadrants.values())) >= MIN_DISTANCE
    for needs in (charts.NEED_COLOURS_LIGHT, charts.NEED_COLOURS_DARK):
        assert _closest_pair([needs["met"], needs["unmet"]]) >= 60  # blue and orange
    # The colours they replaced ran together: blue and purple pillars, 5.6 apart.
    assert _closest_pair(["#3f6f73", "#c0513a", "#c99700", "#4a74b0", "#8a5aa8", "#4c9157"]) < 8


def test_the_drawn_needs_chart_stays_two_colours_under_deuteranopia(year) -> None:
    from attune_journal.ui import charts

    seen = simulate_deuteranopia(_image(year.needs_plot))
    colours = charts.need_colours()
    met = simulate_deuteranopia(_rgb(colours["met"]))
    unmet = simulate_deuteranopia(_rgb(colours["unmet"]))
    near_met = np.linalg.norm(seen - met, axis=-1) < 12
    near_unmet = np.linalg.norm(seen - unmet, axis=-1) < 12
    assert near_met.sum() > 500 and near_unmet.sum() > 500  # both bars, whole areas of them
    assert float(np.linalg.norm(_lab(met) - _lab(unmet))) >= 60
    assert "blue met, orange not met" in year.needs_panel.summary.text()


def test_the_body_map_spreads_its_colours_over_the_ranges_own_counts(year) -> None:
    page = year
    totals = [r.total for r in page.stats.body]
    fewest, most = min(totals), max(totals)
    assert fewest < most
    text = page.body_scale.text()
    assert f"faintest {fewest} times" in text and f"strongest {most} times" in text
    heat = page.body_map._heat
    assert max(heat.values()) == 1.0
    assert min(heat.values()) == pytest.approx(core_stats.BODY_HEAT_FLOOR)

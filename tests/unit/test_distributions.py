"""Student's t and the normal quantile against printed tables (core/distributions.py)."""

from __future__ import annotations

import pytest

from attune_journal.core.distributions import normal_quantile, t_quantile, t_two_sided


@pytest.mark.parametrize(
    ("freedom", "expected"),
    [(1, 12.7062), (2, 4.3027), (7, 2.3646), (14, 2.1448), (30, 2.0423), (120, 1.9799)],
)
def test_t_quantiles_match_printed_tables(freedom: float, expected: float) -> None:
    assert t_quantile(0.975, freedom) == pytest.approx(expected, abs=1e-4)


def test_other_quantiles_and_non_whole_freedom() -> None:
    assert t_quantile(0.995, 10) == pytest.approx(3.1693, abs=1e-4)
    assert t_quantile(0.975, 7.5) == pytest.approx(2.3335, abs=2e-3)  # between 7 and 8 df
    assert normal_quantile(0.975) == pytest.approx(1.959964, abs=1e-6)
    assert normal_quantile(0.001) == pytest.approx(-3.090232, abs=1e-6)


def test_two_sided_tails() -> None:
    # t = 2.228 at 10 df is the 5 % point; t = 1 at 1 df is 50 %; t = 0 is everything.
    assert t_two_sided(2.228139, 10) == pytest.approx(0.05, abs=1e-6)
    assert t_two_sided(1.0, 1) == pytest.approx(0.5, abs=1e-9)
    assert t_two_sided(0.0, 5) == 1.0
    assert t_two_sided(-2.228139, 10) == t_two_sided(2.228139, 10)

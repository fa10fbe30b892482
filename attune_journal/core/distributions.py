"""Student's t and the normal distribution, in plain Python: the one place the app
works out p-values and interval widths.

Used by the strategy comparison with waiting (``core/stats.py``: Trends, the weekly
review, ``attune-journal week``) and by the insights (``core/insights.py``). Plain
Python, not numpy or scipy, so the weekly review stays free of numpy's import; the
insights call it once per comparison (a few hundred calls, a few milliseconds).
tests/unit/test_distributions.py checks it against printed tables.
"""

from __future__ import annotations

from math import exp, lgamma, log, log1p, pi
from statistics import NormalDist


def normal_quantile(p: float) -> float:
    """The standard normal quantile (the standard library's exact inverse)."""
    return NormalDist().inv_cdf(p)


def t_two_sided(t: float, freedom: float) -> float:
    """``P(|T| >= |t|)`` for Student's t with ``freedom`` degrees of freedom."""
    return min(1.0, max(0.0, _incomplete_beta(freedom / 2, 0.5, freedom / (freedom + t * t))))


def t_quantile(p: float, freedom: float) -> float:
    """Student's t quantile for ``0.5 < p < 1`` and any real ``freedom > 0``.

    Newton's method on the exact distribution function (``_t_cdf``) from the normal
    quantile: the function is concave above 0, so each step lands short of the
    answer and the steps never overshoot.
    """
    t = normal_quantile(p)
    density_scale = lgamma((freedom + 1) / 2) - lgamma(freedom / 2) - 0.5 * log(freedom * pi)
    for _ in range(100):
        density = exp(density_scale - (freedom + 1) / 2 * log1p(t * t / freedom))
        step = (_t_cdf(t, freedom) - p) / density
        t -= step
        if abs(step) < 1e-12 * max(1.0, t):
            break
    return t


def _t_cdf(t: float, freedom: float) -> float:
    """P(T <= t) for Student's t, through the regularised incomplete beta function."""
    tail = 0.5 * _incomplete_beta(freedom / 2, 0.5, freedom / (freedom + t * t))
    return 1 - tail if t > 0 else tail


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b) (continued fraction, Lentz)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1 - front * _beta_fraction(b, a, 1 - x) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= c * d
        if abs(c * d - 1) < 1e-15:
            break
    return h

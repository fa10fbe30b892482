"""A compact, seeded generator of realistic journals for GUI tests and benchmarks.

Two check-ins most days (morning and evening), a regulation note on most days,
a weekly review most weeks and a relationship check-in on about half of them.
Feelings, needs, body sensations and strategies come from the shipped
vocabularies, with a slow seasonal drift so that charts have a shape. Times use
Europe/Berlin offsets (+01:00 in winter, +02:00 in summer) so DST is exercised.

``generate(journal, years=3, seed=7)`` writes through ``journal.save_many`` in
one transaction and returns the number of entries written.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta, timezone

from attune_journal.core.models import (
    BodySensation,
    CheckIn,
    Entry,
    Feeling,
    NeedState,
    Note,
    RelationshipCheckIn,
    StrategyTry,
    WeeklyReview,
)
from attune_journal.core.vocab import (
    load_body_regions,
    load_feelings,
    load_needs,
    load_relationship,
    load_sensation_families,
    load_strategies,
)
from attune_journal.core.weeks import label_for_day

WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))


def _berlin(day: date, hour: int, minute: int) -> datetime:
    """Berlin's offset for a day: summer time from the last Sunday of March to October's."""

    def last_sunday(month: int) -> date:
        last = date(day.year, month, 31)
        return last - timedelta(days=(last.weekday() + 1) % 7)

    summer = last_sunday(3) <= day < last_sunday(10)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SUMMER if summer else WINTER)


def build(end: date, years: float = 3, seed: int = 7) -> list[Entry]:
    """The entries of a journal of about ``years`` years ending on ``end`` (no store needed)."""
    rng = random.Random(seed)
    feelings = [f for f in load_feelings() if f.has_point]
    needs = [n for cat in load_needs() for n in cat.needs]
    regions = [r.id for r in load_body_regions()]
    sensations = [s for fam in load_sensation_families() for s in fam.sensations]
    strategies = [s.name for s in load_strategies()]
    # Some strategies work better for this imaginary person than others.
    strategy_effect = {name: rng.uniform(-0.5, 2.5) for name in strategies}
    items = load_relationship().item_ids
    start = end - timedelta(days=round(365 * years) - 1)
    entries: list[Entry] = []
    day = start
    while day <= end:
        index = (day - start).days
        mood = math.sin(index / 58.0) * 0.5 + rng.uniform(-0.5, 0.5)
        for hour in (8, 21):
            if rng.random() < 0.1:
                continue  # a missed check-in, which is fine
            activation = min(10, max(0, round(4.5 - mood * 2 + rng.gauss(0, 1.6))))
            picked = rng.sample(feelings, rng.randint(1, 3))
            # Lean the feelings toward the day's mood: pleasant days, pleasant words.
            picked.sort(key=lambda f: -(f.p or 0) * mood)
            strategy = None
            if activation >= 7 and rng.random() < 0.5:
                name = rng.choice(strategies)
                after = round(activation - strategy_effect[name] - rng.uniform(0, 1.5))
                strategy = StrategyTry(name, activation, min(10, max(0, after)))
            entries.append(
                CheckIn(
                    at=_berlin(day, hour, rng.randint(0, 59)),
                    feelings=[Feeling(f.word, f.p, f.e, rng.randint(1, 3)) for f in picked],
                    needs=[
                        NeedState(n, rng.random() < 0.5 + mood / 3)
                        for n in rng.sample(needs, rng.randint(0, 3))
                    ],
                    body=[
                        BodySensation(
                            rng.choice(regions), rng.choice(sensations), rng.randint(1, 3)
                        )
                        for _ in range(rng.randint(0, 3))
                    ],
                    activation=activation,
                    strategy=strategy,
                    reflection=rng.choice(("", "A short line about the day.", "Slept well.")),
                    starred=rng.random() < 0.03,
                )
            )
        if rng.random() < 0.8:
            before = min(10, max(0, round(6.5 - mood * 2 + rng.gauss(0, 1.5))))
            if rng.random() < 0.15:
                before = rng.randint(0, 2)  # shut down: moving up is the success here
            name = rng.choice(strategies)
            shift = strategy_effect[name] + rng.uniform(-0.5, 1.0)
            landed = before - shift if before > 4 else before + shift
            entries.append(
                Note(
                    at=_berlin(day, rng.randint(11, 18), rng.randint(0, 59)),
                    text="Paused for a moment.",
                    activation=before,
                    strategy=StrategyTry(name, before, min(10, max(0, round(landed)))),
                )
            )
        if day.weekday() == 6:
            label = label_for_day(day)
            if rng.random() < 0.7:
                entries.append(
                    WeeklyReview(
                        at=_berlin(day, 19, 30),
                        week=label,
                        went_well="Walks, and a long call with a friend.",
                        was_hard="Sleep on Tuesday.",
                        intention="Go to bed a little earlier.",
                    )
                )
            if rng.random() < 0.5:
                entries.append(
                    RelationshipCheckIn(
                        at=_berlin(day, 20, 15),
                        week=label,
                        answers={
                            item: min(5, max(1, round(3.4 + mood + rng.gauss(0, 0.8))))
                            for item in items
                            if rng.random() < 0.95
                        },
                    )
                )
        day += timedelta(days=1)
    return entries


def generate(journal, end: date | None = None, years: float = 3, seed: int = 7) -> int:
    """Write a generated journal through ``journal.save_many`` (one transaction)."""
    return int(journal.save_many(build(end or date.today(), years, seed)))

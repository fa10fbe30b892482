"""Seeded generator of realistic journals, for the benchmarks and for other tests.

A generated journal follows one imagined person living in Berlin for ``years``
years up to ``end``:

- two check-ins a day (morning and evening, local time with the UTC offset of
  that moment, summer time included) with body sensations, feelings from the
  shipped vocabulary with their coordinates, needs met and unmet, an activation
  with a daily rhythm, sometimes a strategy with activation before and after;
- a regulation note (``Note`` with activation and a ``StrategyTry``) most days;
- an evening reflection of 150-400 words with tags, emoji and accented letters;
- a weekly review every week and a relationship check-in most weeks;
- now and then a rupture-and-repair entry;
- a few trips a year into another time zone (New York, Tokyo, Lisbon, ...).

Everything is drawn from one ``random.Random(seed)``, so a seed and an end date
always give the same entries (identifiers included). Mood, energy and the
relationship drift slowly from day to day instead of being independent noise,
so charts over the generated journal look like a life rather than static.

``write_jrnl_text`` writes the same entries as a jrnl plain-text journal
(``[YYYY-MM-DD HH:MM] Title`` lines, body lines, ``@tags``, `` *`` for starred),
so jrnl and Attune Journal can be timed on the same content.

Command line::

    python -m bench.generate --years 10 --out DIR [--jrnl FILE] [--seed 7] [--end 2026-11-23]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

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
)
from attune_journal.core.prompts import load_prompts
from attune_journal.core.vocab import (
    FeelingWord,
    load_body_regions,
    load_needs,
    load_relationship,
    load_strategies,
    nearest_feelings,
)
from attune_journal.core.vocab_terms import fill_ids
from attune_journal.core.weeks import label_for_day

HOME_ZONE = "Europe/Berlin"
TRIP_ZONES = (
    "America/New_York",
    "Asia/Tokyo",
    "Europe/Lisbon",
    "America/Sao_Paulo",
    "Australia/Sydney",
    "Europe/Istanbul",
)
JRNL_TIMEFORMAT = "%Y-%m-%d %H:%M"
"""The time format ``write_jrnl_text`` writes; a jrnl config reading it must use the same."""
BATCH = 4000

# --- the words reflections are made of ----------------------------------------------------
# Sentence templates with slots; every slot list mixes plain English with the accented
# names and loan words real journals have, so search, export and FTS see real Unicode.

_PEOPLE = (
    "Mia",
    "Zoë",
    "José",
    "my sister",
    "Mum",
    "Dad",
    "Jonas",
    "Frau Müller",
    "Søren",
    "Chloé",
    "the neighbour",
    "my partner",
    "Renée",
    "Łukasz",
    "the team",
    "my best friend",
)
_PLACES = (
    "the café on the corner",
    "Tempelhofer Feld",
    "the office",
    "the Späti",
    "the park",
    "the kitchen",
    "the U-Bahn",
    "the bakery",
    "the library",
    "Kraków",
    "the market",
    "the balcony",
    "the Müggelsee",
    "the gym",
    "São Paulo",
    "the clinic",
)
_ACTIVITIES = (
    "a long walk",
    "cooking dinner",
    "a run along the canal",
    "reading in bed",
    "a video call",
    "the weekly meeting",
    "yoga",
    "repotting the plants",
    "writing emails",
    "a crème brûlée",
    "a swim",
    "practising the piano",
    "tidying the flat",
    "a nap",
    "the dentist",
    "a déjà vu moment",
    "baking Brötchen",
    "gardening",
)
_THINGS = (
    "the deadline",
    "sleep",
    "money",
    "the move",
    "my back",
    "the project",
    "the rent",
    "my birthday",
    "the holidays",
    "the garden",
    "work",
    "the naïve plan I made",
    "the résumé",
    "the weather",
    "the façade being repaired",
)
_TIMES = (
    "this morning",
    "after lunch",
    "in the afternoon",
    "tonight",
    "on the way home",
    "before bed",
    "at breakfast",
    "around noon",
)
_EMOJI = ("🙂", "😌", "😩", "🌧️", "☀️", "💛", "🌱", "😤", "🙏", "☕", "🫶", "😴", "🎶", "🍂")
_TAGS = (
    "work",
    "family",
    "sleep",
    "health",
    "gratitude",
    "friends",
    "anxiety",
    "running",
    "café",
    "partner",
    "money",
    "creativity",
    "nature",
    "therapy",
    "Überstunden",
    "rest",
)

_TEMPLATES = (
    "Woke up thinking about {thing} and it stayed with me {time}.",
    "Had {activity} with {person} at {place}, which felt better than I expected.",
    "I noticed how tense my shoulders were {time}, so I slowed down for a moment.",
    "{person} called {time} and we talked about {thing} for a long while.",
    "Spent part of the day at {place}; the light was lovely and I felt more like myself.",
    "I keep circling back to {thing}, and I think what I need is simply some rest.",
    "It was hard to stay patient with {person} {time}, and I am not proud of how I sounded.",
    "Small win: {activity} actually happened, even though I almost skipped it.",
    "The meeting about {thing} went on for too long and I felt my chest tighten.",
    "Walked to {place} {time} and listened to the birds instead of a podcast.",
    "I said no to an extra task, which is new for me, and nothing terrible happened.",
    "Felt a wave of gratitude for {person} while we were doing {activity}.",
    "My sleep was patchy again; I want to get to bed earlier this week.",
    "There was a moment of real calm at {place} and I want to remember it.",
    "Anxious about {thing}, but naming it helped more than I thought it would.",
    "{person} made me laugh so hard {time} that my stomach hurt.",
    "I ate something warm, drank water and felt the edge go off the day.",
    "Tried to notice my breath during {activity}; it was shallow at first, then deeper.",
    "Today felt heavy, like walking through wet sand, and that is allowed.",
    "The café smelled of cinnamon and for an hour I forgot about {thing}.",
    "I wrote three lines about {thing} and it felt lighter on paper than in my head.",
    "We argued a little about {thing}, then came back to it and listened properly.",
    "I want more evenings like this one: {activity}, no screens, an early night.",
    "Grateful for the small things {time}: warm socks, a good song, a message from {person}.",
    "I felt restless {time} and went for {activity} instead of scrolling.",
    "Work was a lot; I am tired in a way sleep does not quite fix.",
    "Noticed I was holding my breath while reading about {thing}.",
    "{person} seemed distant {time}; I asked, and it had nothing to do with me.",
    "Bought flowers at {place} just because, and they make the kitchen glow.",
    "Hard day, soft ending: tea, a blanket and {activity}.",
)
_CONNECTORS = ("Later, ", "Then ", "Still, ", "Honestly, ", "Also, ", "", "", "", "", "")


def _fill(rng: random.Random, template: str) -> str:
    # str.format with only the slots the template uses; each draw is one rng.choice.
    text = template
    if "{person}" in text:
        text = text.replace("{person}", rng.choice(_PEOPLE))
    if "{place}" in text:
        text = text.replace("{place}", rng.choice(_PLACES))
    if "{activity}" in text:
        text = text.replace("{activity}", rng.choice(_ACTIVITIES))
    if "{thing}" in text:
        text = text.replace("{thing}", rng.choice(_THINGS))
    if "{time}" in text:
        text = text.replace("{time}", rng.choice(_TIMES))
    return text[0].upper() + text[1:]


def compose(rng: random.Random, min_words: int, max_words: int) -> str:
    """Paragraphs of sentences from the phrase lists, ``min_words``..``max_words`` long."""
    target = rng.randint(min_words, max_words)
    paragraphs: list[str] = []
    sentences: list[str] = []
    words = 0
    while words < target:
        template = rng.choice(_TEMPLATES)
        sentence = _fill(rng, template)
        connector = rng.choice(_CONNECTORS)
        if connector:
            # "Later, the café ..." but "Later, José ..." and "Later, I ...".
            keep = template.startswith(("{", "I "))
            sentence = connector + (sentence if keep else sentence[0].lower() + sentence[1:])
        if rng.random() < 0.15:
            sentence += " " + rng.choice(_EMOJI)
        sentences.append(sentence)
        words += sentence.count(" ") + 1
        if len(sentences) >= 4 and rng.random() < 0.35:
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


# --- vocabulary, prepared once per process ---------------------------------------------


class _Vocab:
    """The shipped vocabularies in the shapes the generator draws from."""

    def __init__(self) -> None:
        # The 6 nearest words for each point of a 9x9 grid over the mood meter: a
        # check-in's feelings are drawn near its (pleasantness, energy) point,
        # without sorting the whole vocabulary for each of tens of thousands of entries.
        self.grid: dict[tuple[int, int], list[FeelingWord]] = {
            (i, j): nearest_feelings(i / 4 - 1, j / 4 - 1, k=6) for i in range(9) for j in range(9)
        }
        self.regions = [r.id for r in load_body_regions()]
        self.tense = ("tight", "clenched", "knotted", "heavy", "racing", "buzzing", "churning")
        self.easy = ("warm", "soft", "loose", "open", "light", "steady", "still", "deep")
        self.needs = [need for cat in load_needs() for need in cat.needs]
        self.strategies = [s.name for s in load_strategies()]
        rel = load_relationship()
        self.items = rel.item_ids
        self.attune_steps = [step.id for step in rel.attune_steps]
        self.prompts = [p.id for p in load_prompts()]

    def feelings_near(self, rng: random.Random, p: float, e: float, count: int) -> list[Feeling]:
        i = min(8, max(0, round((p + 1) * 4)))
        j = min(8, max(0, round((e + 1) * 4)))
        words = rng.sample(self.grid[i, j], count)
        return [Feeling(w.word, w.p, w.e, rng.choice((1, 2, 2, 3))) for w in words]


# --- time ----------------------------------------------------------------------------------

_FIXED: dict[timedelta, timezone] = {}


def _local(day: date, hour: int, minute: int, zone: tzinfo) -> datetime:
    """The wall-clock time in ``zone`` with that moment's fixed UTC offset (as stored)."""
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
    offset = moment.utcoffset() or timedelta(0)
    fixed = _FIXED.get(offset)
    if fixed is None:
        fixed = _FIXED[offset] = timezone(offset)
    return moment.replace(tzinfo=fixed)


def _clamp(value: float, low: int = 0, high: int = 10) -> int:
    return max(low, min(high, round(value)))


def _uid(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


# --- the person's days ---------------------------------------------------------------------


class _Life:
    """Slowly drifting state: mood, stress, the relationship; the source of every draw."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = _Vocab()
        self.mood = 0.2  # pleasantness baseline, -1..1
        self.stress = 0.4  # 0..1, pushes activation up on workdays
        self.relationship = {item: 4.0 for item in self.vocab.items}
        self.home = ZoneInfo(HOME_ZONE)
        self.zone: tzinfo = self.home
        self.trip_days_left = 0
        self.open_repair = False
        self.relationship_week: str | None = None  # at most one relationship check-in a week

    def next_day(self, day: date) -> None:
        rng = self.rng
        # Seasons: a little lower in the dark months (peak in July, trough in January).
        season = 0.12 * math.cos((day.timetuple().tm_yday - 196) / 365.25 * 2 * math.pi)
        self.mood += 0.25 * (0.15 + season - self.mood) + rng.gauss(0, 0.12)
        self.mood = max(-0.9, min(0.9, self.mood))
        workday = day.weekday() < 5
        self.stress += 0.3 * ((0.55 if workday else 0.25) - self.stress) + rng.gauss(0, 0.08)
        self.stress = max(0.0, min(1.0, self.stress))
        for item in self.relationship:
            value = self.relationship[item] + 0.05 * (3.8 - self.relationship[item])
            self.relationship[item] = max(1.0, min(5.0, value + rng.gauss(0, 0.15)))
        if self.trip_days_left > 0:
            self.trip_days_left -= 1
            if self.trip_days_left == 0:
                self.zone = self.home
        elif rng.random() < 1 / 110:
            self.zone = ZoneInfo(rng.choice(TRIP_ZONES))
            self.trip_days_left = rng.randint(4, 14)

    def uid(self) -> str:
        return _uid(self.rng)

    def tags(self, most: int) -> list[str]:
        count = self.rng.choice((0, 1, 1, 2, 2, 3))
        return self.rng.sample(_TAGS, min(count, most))

    def body(self, pleasant: float, activation: int) -> list[BodySensation]:
        rng = self.rng
        count = rng.choice((0, 1, 1, 2, 2, 3))
        words = self.vocab.tense if (pleasant < 0 or activation >= 7) else self.vocab.easy
        regions = rng.sample(self.vocab.regions, count)
        return [BodySensation(r, rng.choice(words), rng.choice((1, 2, 2, 3))) for r in regions]

    def needs(self, pleasant: float) -> list[NeedState]:
        rng = self.rng
        count = rng.choice((1, 1, 2, 2, 3))
        met_chance = 0.5 + pleasant / 2
        return [
            NeedState(n, rng.random() < met_chance) for n in rng.sample(self.vocab.needs, count)
        ]

    def strategy(self, activation: int) -> StrategyTry:
        rng = self.rng
        after = _clamp(activation - rng.choice((0, 1, 1, 2, 2, 3, 4)) + rng.choice((0, 0, 0, 1)))
        return StrategyTry(rng.choice(self.vocab.strategies), activation, after)

    def checkin(self, day: date, evening: bool) -> CheckIn:
        rng = self.rng
        weekend = day.weekday() >= 5
        if evening:
            hour, minute = rng.randint(20, 22), rng.randrange(60)
            base = 4.2 + 3.0 * self.stress
        else:
            hour = rng.randint(7, 9) if weekend else rng.randint(6, 8)
            minute = rng.randrange(60)
            base = 3.0 + 2.0 * self.stress
        activation = _clamp(base + rng.gauss(0, 1.2))
        pleasant = max(-1.0, min(1.0, self.mood + rng.gauss(0, 0.25)))
        energy = max(-1.0, min(1.0, (activation - 5) / 5 + rng.gauss(0, 0.15)))
        feelings = self.vocab.feelings_near(rng, pleasant, energy, rng.choice((1, 2, 2, 3)))
        strategy = self.strategy(activation) if activation >= 6 and rng.random() < 0.5 else None
        if evening:
            reflection = compose(rng, 150, 400)
        else:
            reflection = compose(rng, 20, 80) if rng.random() < 0.6 else ""
        return CheckIn(
            at=_local(day, hour, minute, self.zone),
            uid=self.uid(),
            starred=rng.random() < 0.03,
            tags=self.tags(3),
            body=self.body(pleasant, activation),
            feelings=feelings,
            needs=self.needs(pleasant),
            activation=activation,
            strategy=strategy,
            regulation_note=compose(rng, 8, 25) if strategy and rng.random() < 0.6 else "",
            reflection=reflection,
            prompt_id=rng.choice(self.vocab.prompts) if evening and rng.random() < 0.7 else None,
        )

    def note(self, day: date) -> Note:
        rng = self.rng
        activation = _clamp(5 + 4 * self.stress + rng.gauss(0, 1.5), 2, 10)
        pleasant = max(-1.0, min(1.0, self.mood - 0.3 + rng.gauss(0, 0.2)))
        energy = (activation - 5) / 5
        return Note(
            at=_local(day, rng.randint(10, 18), rng.randrange(60), self.zone),
            uid=self.uid(),
            tags=self.tags(1),
            text=compose(rng, 10, 45),
            activation=activation,
            strategy=self.strategy(activation),
            feelings=self.vocab.feelings_near(rng, pleasant, energy, 1)
            if rng.random() < 0.6
            else [],
            needs=self.needs(pleasant)[:1] if rng.random() < 0.4 else [],
        )

    def weekly_review(self, day: date) -> WeeklyReview:
        rng = self.rng
        return WeeklyReview(
            at=_local(day, rng.randint(18, 20), rng.randrange(60), self.zone),
            uid=self.uid(),
            week=label_for_day(day),
            went_well=compose(rng, 30, 100),
            was_hard=compose(rng, 20, 80),
            intention=compose(rng, 10, 30),
        )

    def relationship_checkin(self, day: date) -> RelationshipCheckIn:
        rng = self.rng
        items = self.vocab.items
        answered = items if rng.random() < 0.85 else rng.sample(items, rng.randint(4, len(items)))
        steps = self.vocab.attune_steps
        attune = (
            {s: compose(rng, 8, 30) for s in rng.sample(steps, rng.randint(1, len(steps)))}
            if rng.random() < 0.3
            else {}
        )
        return RelationshipCheckIn(
            at=_local(day, rng.randint(10, 17), rng.randrange(60), self.zone),
            uid=self.uid(),
            week=label_for_day(day),
            answers={i: _clamp(self.relationship[i] + rng.gauss(0, 0.4), 1, 5) for i in answered},
            more_of=compose(rng, 8, 30) if rng.random() < 0.7 else "",
            appreciated=compose(rng, 8, 40),
            attune=attune,
        )

    def repair(self, day: date) -> RepairEntry:
        rng = self.rng
        pleasant = -0.5 + rng.gauss(0, 0.2)
        resolved = rng.random() < 0.85
        return RepairEntry(
            at=_local(day, rng.randint(12, 22), rng.randrange(60), self.zone),
            uid=self.uid(),
            tags=["partner"] if rng.random() < 0.5 else [],
            what_happened=compose(rng, 30, 90),
            feelings=self.vocab.feelings_near(rng, pleasant, 0.4, rng.choice((1, 2))),
            needs=self.needs(-0.5),
            my_part=compose(rng, 10, 40),
            repair=compose(rng, 10, 40) if resolved or rng.random() < 0.5 else "",
            how_it_went=compose(rng, 10, 40) if resolved else "",
            resolved=resolved,
        )


def generate_entries(
    years: float, seed: int = 7, end: date | None = None, planted: bool = False
) -> Iterator[Entry]:
    """Every entry of a ``years``-long journal ending on ``end`` (default today), day by day.

    About 1,140 entries a year: 730 check-ins, ~290 regulation notes, 52 weekly
    reviews, ~45 relationship check-ins, ~18 repairs. Within a day, entries come in
    the order they were written.

    With ``planted`` the same journal carries the ``PLANTED`` effects and the
    ``NULL_TAGS`` on its check-ins (see ``plant``); without, not a byte changes.
    """
    entries = _days(years, seed, end)
    # With their vocabulary ids, as the app's pickers save them (docs/domain.md, "Ids").
    return map(_with_ids, plant(entries, seed) if planted else entries)


def _with_ids(entry: Entry) -> Entry:
    fill_ids(entry)
    return entry


def _days(years: float, seed: int, end: date | None) -> Iterator[Entry]:
    if years <= 0:
        raise ValueError("years must be positive")
    end = end or date.today()
    start = end - timedelta(days=max(1, round(years * 365.25)) - 1)
    life = _Life(seed)
    rng = life.rng
    day = start
    while day <= end:
        life.next_day(day)
        day_entries: list[Entry] = []
        if rng.random() > 0.03:  # a rare missed morning
            day_entries.append(life.checkin(day, evening=False))
        if rng.random() < 0.8:
            day_entries.append(life.note(day))
        if rng.random() < 0.05 or (life.open_repair and rng.random() < 0.5):
            repair = life.repair(day)
            life.open_repair = not repair.resolved
            day_entries.append(repair)
        weekend = day.weekday() >= 5
        if weekend and rng.random() < (0.45 if day.weekday() == 5 else 0.8):
            # At most one per week: Saturday's draw or, failing that, Sunday's.
            week = label_for_day(day)
            if life.relationship_week != week:
                life.relationship_week = week
                day_entries.append(life.relationship_checkin(day))
        if day.weekday() == 6:
            day_entries.append(life.weekly_review(day))
        if rng.random() > 0.03:  # a rare missed evening
            day_entries.append(life.checkin(day, evening=True))
        day_entries.sort(key=lambda e: e.at)
        yield from day_entries
        day += timedelta(days=1)


# --- known truths: planted effects and null variables --------------------------------------
# Insights (core/insights.py) must find what is there and stay quiet about what is not;
# a journal that carries effects of known size, and many variables with none, lets a
# test count both. The effects are added to a finished check-in from a random stream
# of their own, so the journal underneath is the very same one.


@dataclass(frozen=True)
class PlantedEffect:
    """One planted truth, named as ``core.insights`` names a comparison.

    ``direction`` is +1 when the group's activation (or pleasant share) is higher
    than the other check-ins', -1 when lower; ``size`` is in activation points (for
    ``body-pleasant``: the chance the region is added to a mostly unpleasant check-in).
    """

    kind: str
    subject: str
    status: str
    direction: int
    size: float

    @property
    def id(self) -> str:
        return ":".join(part for part in (self.kind, self.subject, self.status) if part)


PLANTED: tuple[PlantedEffect, ...] = (
    # An unmet need goes with activation 2 points higher (activation's SD is ~1.8: d ~ 1).
    PlantedEffect("need-activation", "rest", "unmet", +1, 2.0),
    PlantedEffect("need-activation", "calm", "unmet", +1, 2.0),
    PlantedEffect("need-activation", "space", "unmet", +1, 2.0),
    # A region noticed mostly on unpleasant check-ins.
    PlantedEffect("body-pleasant", "throat", "", -1, 0.4),
    PlantedEffect("body-pleasant", "jaw", "", -1, 0.4),
    PlantedEffect("body-pleasant", "belly", "", -1, 0.4),
    # A weekday and a time of day running higher (d ~ 0.8).
    PlantedEffect("weekday-activation", "wednesday", "", +1, 1.5),
    PlantedEffect("time-activation", "night", "", +1, 1.5),
    # Tags that go with higher or lower activation.
    PlantedEffect("tag-activation", "deadline", "", +1, 2.0),
    PlantedEffect("tag-activation", "commute", "", +1, 2.0),
    PlantedEffect("tag-activation", "garden", "", -1, 2.0),
    PlantedEffect("tag-activation", "sauna", "", -1, 2.0),
)
NULL_TAGS = tuple(f"topic-{i:03d}" for i in range(1, 221))
"""Tags put on check-ins by a coin toss alone: no effect on anything."""
BUILT_IN_KINDS = ("time-activation", "weekday-activation", "need-pleasant")
"""Comparisons the plain journal already has real differences in: evenings and
workdays run higher, and needs are met more often on pleasant check-ins. Neither
planted nor null."""
_PLANT_CHANCE = 0.08  # of naming a planted need unmet, or carrying a planted tag
_NULL_TAG_CHANCE = 0.01


def truth_of(kind: str, subject: str) -> str:
    """ "planted", "built-in" or "null": what the planted journal holds for a comparison
    (any status of a planted need counts as planted: leaving the unmet ones higher
    leaves the met ones a little lower than the rest)."""
    folded = subject.casefold()
    if any(e.kind == kind and e.subject == folded for e in PLANTED):
        return "planted"
    return "built-in" if kind in BUILT_IN_KINDS else "null"


def plant(entries: Iterable[Entry], seed: int) -> Iterator[Entry]:
    """``entries`` with the ``PLANTED`` effects and ``NULL_TAGS`` on their check-ins."""
    rng = random.Random(f"planted-{seed}")
    by_kind: dict[str, list[PlantedEffect]] = {}
    for effect in PLANTED:
        by_kind.setdefault(effect.kind, []).append(effect)
    for entry in entries:
        if isinstance(entry, CheckIn):
            _plant_one(entry, rng, by_kind)
        yield entry


def _plant_one(
    checkin: CheckIn, rng: random.Random, by_kind: dict[str, list[PlantedEffect]]
) -> None:
    shift = 0.0
    named = {n.need.casefold() for n in checkin.needs}
    for effect in by_kind["need-activation"]:
        if effect.subject not in named and rng.random() < _PLANT_CHANCE:
            checkin.needs.append(NeedState(effect.subject, False))
        if any(n.need.casefold() == effect.subject and not n.met for n in checkin.needs):
            shift += effect.direction * effect.size
    if checkin.at.weekday() == 2:
        shift += by_kind["weekday-activation"][0].size
    if checkin.at.hour >= 22 or checkin.at.hour < 5:
        shift += by_kind["time-activation"][0].size
    for effect in by_kind["tag-activation"]:
        if rng.random() < _PLANT_CHANCE:
            checkin.tags.append(effect.subject)
            shift += effect.direction * effect.size
    checkin.tags.extend(tag for tag in NULL_TAGS if rng.random() < _NULL_TAG_CHANCE)
    if checkin.activation is not None:
        checkin.activation = _clamp(checkin.activation + shift)
    placed = [f.pleasantness for f in checkin.feelings if f.pleasantness is not None]
    if placed and 2 * sum(p > 0 for p in placed) <= len(placed):  # mostly unpleasant
        regions = {b.region for b in checkin.body}
        for effect in by_kind["body-pleasant"]:
            if effect.subject not in regions and rng.random() < effect.size:
                checkin.body.append(BodySensation(effect.subject, "tight", 2))


def noise_entries(days: int, seed: int, end: date) -> list[CheckIn]:
    """Two check-ins a day for ``days`` days with nothing related to anything: hour,
    activation, feelings, needs, body and tags each drawn on their own."""
    rng = random.Random(f"noise-{seed}")
    vocab = _Vocab()
    words = [w for near in vocab.grid.values() for w in near]
    zone = timezone(timedelta(hours=1))
    topics = [f"topic-{i:02d}" for i in range(30)]
    entries = []
    for offset in range(days):
        day = end - timedelta(days=days - 1 - offset)
        for _ in range(2):
            at = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))
            entries.append(
                CheckIn(
                    at=at.replace(tzinfo=zone),
                    uid=_uid(rng),
                    tags=rng.sample(topics, rng.randint(0, 3)),
                    body=[
                        BodySensation(r, "warm", 1)
                        for r in rng.sample(vocab.regions, rng.randint(0, 3))
                    ],
                    feelings=[Feeling(w.word, w.p, w.e, 2) for w in rng.sample(words, 1)],
                    needs=[
                        NeedState(n, rng.random() < 0.5)
                        for n in rng.sample(vocab.needs, rng.randint(1, 3))
                    ],
                    activation=rng.randint(0, 10),
                )
            )
    return entries


# --- writing -------------------------------------------------------------------------------


def _batches(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    batch: list[Entry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_store(data_dir: Path, years: float, seed: int = 7, end: date | None = None) -> int:
    """Generate a journal straight into the store in ``data_dir``; returns the entry count."""
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(data_dir)
    try:
        count = 0
        for batch in _batches(generate_entries(years, seed, end), BATCH):
            count += workspace.journal.save_many(batch)
        return count
    finally:
        workspace.close()


def _jrnl_body(entry: Entry) -> tuple[str, list[str]]:
    """Title and body lines of one entry, as someone keeping the same journal in jrnl would."""
    lines: list[str] = []

    def feelings_line(feelings: list[Feeling]) -> None:
        if feelings:
            lines.append("Feelings: " + ", ".join(f"{f.word} ({f.intensity})" for f in feelings))

    def needs_line(needs: list[NeedState]) -> None:
        met = [n.need for n in needs if n.met]
        unmet = [n.need for n in needs if not n.met]
        if met:
            lines.append("Needs met: " + ", ".join(met))
        if unmet:
            lines.append("Needs unmet: " + ", ".join(unmet))

    def strategy_line(strategy: StrategyTry | None) -> None:
        if strategy is not None:
            lines.append(f"Strategy: {strategy.name} ({strategy.before} → {strategy.after})")

    def text(label: str, value: str) -> None:
        if value:
            lines.extend(["", f"{label}:", value] if label else ["", value])

    if isinstance(entry, CheckIn):
        title = "Morning check-in." if entry.at.hour < 12 else "Evening check-in."
        if entry.body:
            lines.append(
                "Body: "
                + ", ".join(f"{b.region} {b.sensation} ({b.intensity})" for b in entry.body)
            )
        feelings_line(entry.feelings)
        needs_line(entry.needs)
        if entry.activation is not None:
            lines.append(f"Activation: {entry.activation}")
        strategy_line(entry.strategy)
        text("", entry.regulation_note)
        text("", entry.reflection)
    elif isinstance(entry, Note):
        title = "Regulation note."
        if entry.activation is not None:
            lines.append(f"Activation: {entry.activation}")
        strategy_line(entry.strategy)
        feelings_line(entry.feelings)
        needs_line(entry.needs)
        text("", entry.text)
    elif isinstance(entry, WeeklyReview):
        title = f"Weekly review {entry.week}."
        text("What went well", entry.went_well)
        text("What was hard", entry.was_hard)
        text("Intention", entry.intention)
    elif isinstance(entry, RelationshipCheckIn):
        title = f"Relationship check-in {entry.week}."
        lines.append(", ".join(f"{item}: {value}" for item, value in entry.answers.items()))
        text("More of", entry.more_of)
        text("Appreciated", entry.appreciated)
        for step, value in entry.attune.items():
            text(step.replace("_", " ").capitalize(), value)
    else:
        title = "Repair." if entry.resolved else "Rupture, not yet repaired."
        feelings_line(entry.feelings)
        needs_line(entry.needs)
        text("What happened", entry.what_happened)
        text("My part", entry.my_part)
        text("Repair", entry.repair)
        text("How it went", entry.how_it_went)
    if entry.tags:
        lines.extend(["", " ".join("@" + tag.replace(" ", "-") for tag in entry.tags)])
    return title, lines


def write_jrnl_text(entries: Iterable[Entry], path: Path) -> int:
    """Write ``entries`` as a jrnl plain-text journal (time format ``JRNL_TIMEFORMAT``).

    Returns the number of entries written. jrnl reads times as naive local clock
    times, which is what each entry's ``at`` shows.
    """
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for entry in entries:
            title, lines = _jrnl_body(entry)
            star = " *" if entry.starred else ""
            out.write(f"[{entry.at.strftime(JRNL_TIMEFORMAT)}] {title}{star}\n")
            if lines:
                out.write("\n".join(lines).strip("\n") + "\n")
            out.write("\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--end", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    parser.add_argument("--out", type=Path, help="data folder to create the store in")
    parser.add_argument("--jrnl", type=Path, help="also write a jrnl plain-text journal here")
    args = parser.parse_args(argv)
    if args.out is None and args.jrnl is None:
        parser.error("give --out DIR, --jrnl FILE or both")
    began = time.perf_counter()
    if args.out is not None:
        count = write_store(args.out, args.years, args.seed, args.end)
        print(f"{count} entries written to {args.out}")
    if args.jrnl is not None:
        count = write_jrnl_text(generate_entries(args.years, args.seed, args.end), args.jrnl)
        print(f"{count} entries written to {args.jrnl} (jrnl plain text)")
    print(f"took {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

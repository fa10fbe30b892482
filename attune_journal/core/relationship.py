"""Numbers and lists for the optional relationship module: pillar scores, week-to-week
changes, the open repairs, and whether this week's check-in is still to do.

Pure Python (no Qt, no SQL). The weekly check-in screen, the weekly review,
Trends and the Markdown export all take their relationship figures from here, so
a pillar score means the same thing everywhere:

* a pillar's score in one check-in is the mean of its *answered* items
  (``RelationshipCheckIn.answers`` maps item ids such as ``"safety.1"`` to 1..5);
  a pillar with no answered item has no score (``None``), never 0, because
  "skipped" is not "not true";
* answers to item ids that the shipped file no longer has are ignored rather
  than guessed into a pillar;
* the change from last week is a plain difference of two scores, only where
  both weeks have one.

Scores are trends for the person to look at, never a grade: nothing here ranks,
labels or judges them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple, Protocol

from attune_journal.core.models import EntryBase, RelationshipCheckIn, RepairEntry
from attune_journal.core.vocab import Relationship, load_relationship
from attune_journal.core.weeks import parse_iso_week, week_label

Scores = dict[str, float | None]
"""Pillar id -> score (mean of answered items) or None, in the shipped pillar order."""


class WeeklyAnswers(Protocol):
    """What a pillar score is made of: a week and its answers (a check-in has both)."""

    @property
    def week(self) -> str: ...

    @property
    def answers(self) -> Mapping[str, int]: ...

    @property
    def is_trashed(self) -> bool: ...


class WeekAnswers(NamedTuple):
    """A live check-in's week and answers alone, as Trends reads them (``WeeklyAnswers``).

    Trends charts the pillars over years; reading these two fields instead of whole
    check-ins (texts, ATTUNE reflection, validation) keeps that read to a few rows of
    small JSON.
    """

    week: str
    answers: Mapping[str, int]

    @property
    def is_trashed(self) -> bool:
        return False  # only live check-ins are read this way


def pillar_scores(checkin: WeeklyAnswers, relationship: Relationship | None = None) -> Scores:
    """Each pillar's mean of answered items, or None if none of its items was answered."""
    relationship = relationship or load_relationship()
    scores: Scores = {}
    for pillar in relationship.pillars:
        answered = [checkin.answers[i.id] for i in pillar.items if i.id in checkin.answers]
        scores[pillar.id] = sum(answered) / len(answered) if answered else None
    return scores


def _scores_of(
    value: RelationshipCheckIn | Mapping[str, float | None] | None,
    relationship: Relationship | None,
) -> Mapping[str, float | None]:
    if value is None:
        return {}
    if isinstance(value, RelationshipCheckIn):
        return pillar_scores(value, relationship)
    return value


def score_changes(
    this: RelationshipCheckIn | Mapping[str, float | None] | None,
    last: RelationshipCheckIn | Mapping[str, float | None] | None,
    relationship: Relationship | None = None,
) -> Scores:
    """Per pillar, this week's score minus last week's; None where either has no score.

    Either side may be a check-in, a ``pillar_scores`` result, or None (no
    check-in that week, so every change is None).
    """
    relationship = relationship or load_relationship()
    now, before = _scores_of(this, relationship), _scores_of(last, relationship)
    changes: Scores = {}
    for pillar in relationship.pillars:
        a, b = now.get(pillar.id), before.get(pillar.id)
        # Rounded so that 3.5 - 3.0 is 0.5 and not 0.5000000000000001 in a label.
        changes[pillar.id] = None if a is None or b is None else round(a - b, 6)
    return changes


@dataclass(frozen=True)
class PillarComparison:
    """One pillar this week against an earlier check-in, for a gentle sentence."""

    pillar_id: str
    label: str
    score: float | None
    previous: float | None
    change: float | None

    @property
    def direction(self) -> str | None:
        """ "up", "down", "same", or None when there is nothing to compare."""
        if self.change is None:
            return None
        if self.change > 0:
            return "up"
        return "down" if self.change < 0 else "same"


def compare_checkins(
    this: RelationshipCheckIn,
    last: RelationshipCheckIn | None,
    relationship: Relationship | None = None,
) -> list[PillarComparison]:
    """Every pillar, in order, with this score, the earlier one and the change."""
    relationship = relationship or load_relationship()
    now = pillar_scores(this, relationship)
    before: Mapping[str, float | None] = (
        pillar_scores(last, relationship) if last is not None else {}
    )
    changes = score_changes(now, before, relationship)
    return [
        PillarComparison(p.id, p.label, now[p.id], before.get(p.id), changes[p.id])
        for p in relationship.pillars
    ]


def weekly_pillar_series(
    checkins: Iterable[RelationshipCheckIn], relationship: Relationship | None = None
) -> list[tuple[str, Scores]]:
    """``(week label, scores)`` per week, oldest first, for Trends and exports.

    Trashed check-ins are left out. The store keeps one live check-in per week; if
    a caller passes two for one week (an import in progress), the one edited last
    counts.
    """
    relationship = relationship or load_relationship()
    latest: dict[str, RelationshipCheckIn] = {}
    for checkin in checkins:
        if checkin.is_trashed or not checkin.week:
            continue
        held = latest.get(checkin.week)
        if held is None or _edited(checkin) >= _edited(held):
            latest[checkin.week] = checkin
    # ISO labels ("2026-W05") sort as text in time order.
    return [(week, pillar_scores(latest[week], relationship)) for week in sorted(latest)]


def _edited(entry: EntryBase) -> tuple[str, int]:
    when = entry.updated_at or entry.at
    return when.isoformat(), entry.id or 0


def repairs_open_first(entries: Iterable[EntryBase]) -> list[RepairEntry]:
    """All repair entries for the log: open ones first, then resolved, newest first in each."""
    repairs = [e for e in entries if isinstance(e, RepairEntry) and not e.is_trashed]
    newest = sorted(repairs, key=lambda e: (e.at, e.id or 0), reverse=True)
    # sorted() is stable, so the second sort keeps newest-first inside each group.
    return sorted(newest, key=lambda e: e.resolved)


def shift_week(label: str, weeks: int) -> str:
    """The week label ``weeks`` weeks after (or before, if negative) ``label``."""
    year, week = parse_iso_week(label)
    monday = date.fromisocalendar(year, week, 1)
    return week_label(monday + timedelta(weeks=weeks))


def previous_checkin(
    checkins: Iterable[RelationshipCheckIn], week: str
) -> RelationshipCheckIn | None:
    """The most recent live check-in of a week before ``week`` (what "last time" means).

    People skip weeks; comparing with the last check-in they did is more useful
    than saying nothing because the week just before is empty.
    """
    parse_iso_week(week)
    earlier = [c for c in checkins if not c.is_trashed and c.week and c.week < week]
    return max(earlier, key=lambda c: (c.week, _edited(c)), default=None)


def is_blank(checkin: RelationshipCheckIn) -> bool:
    """Nothing answered and nothing written: not worth saving as a new entry."""
    return not (
        checkin.answers
        or checkin.more_of.strip()
        or checkin.appreciated.strip()
        or any(text.strip() for text in checkin.attune.values())
    )


def is_blank_repair(entry: RepairEntry) -> bool:
    """A repair entry with nothing in it yet."""
    return not (
        entry.what_happened.strip()
        or entry.feelings
        or entry.needs
        or entry.my_part.strip()
        or entry.repair.strip()
        or entry.how_it_went.strip()
    )

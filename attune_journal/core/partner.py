"""What a person may share of one weekly relationship check-in with their partner, and
how two people's weeks are set side by side.

Pure Python (no Qt, no SQL, no keys: sealing and opening files is
``exchange/partner.py``'s work). A ``SharedWeek`` holds exactly what leaves the
journal: the week, the answers to the pillar statements, the two free texts, and,
only when the person chooses, the ATTUNE reflection and the repair entries of that
week. ``preview_lines`` says all of it in words before anything is written.

The side-by-side view uses ``core.relationship.pillar_scores``, so a pillar's number
means the same thing here as in Trends and the weekly review. It never adds the
pillars up into one number for the relationship, and ``talk_first`` only suggests
where a conversation could start: it names where two people's answers differ most
and where both feel good, never who is right and never why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from attune_journal.core.errors import ValidationError
from attune_journal.core.i18n import QT_TRANSLATE_NOOP, format_number, mid_sentence, translate
from attune_journal.core.models import (
    PILLAR_ANSWER_MAX,
    PILLAR_ANSWER_MIN,
    RelationshipCheckIn,
    RepairEntry,
)
from attune_journal.core.relationship import pillar_scores
from attune_journal.core.timeutil import to_text
from attune_journal.core.vocab import Relationship, load_relationship
from attune_journal.core.weeks import parse_iso_week

REPAIR_FIELDS = ("what_happened", "my_part", "repair", "how_it_went")
# In English as written; translated where shown.
_REPAIR_LABELS = {
    "what_happened": QT_TRANSLATE_NOOP("PartnerWeek", "what happened"),
    "my_part": QT_TRANSLATE_NOOP("PartnerWeek", "my part"),
    "repair": QT_TRANSLATE_NOOP("PartnerWeek", "the repair tried or wanted"),
    "how_it_went": QT_TRANSLATE_NOOP("PartnerWeek", "how it went"),
}
MAX_SHARED_TEXT = 20_000
"""A shared text longer than this is refused when a file is read (a damaged or
hand-made file); the journal's own limits are far below it."""

# What each pillar is about, for a suggestion to start from (the statements' meaning,
# in the words of a question two people can ask each other).
_TOPICS = {
    "safety": QT_TRANSLATE_NOOP(
        "PartnerWeek", "a moment it felt easy, or hard, to say what was on your mind"
    ),
    "appreciation": QT_TRANSLATE_NOOP(
        "PartnerWeek", "a moment each of you felt noticed and valued"
    ),
    "closeness": QT_TRANSLATE_NOOP(
        "PartnerWeek", "a time you felt connected beyond the day's logistics"
    ),
    "support": QT_TRANSLATE_NOOP(
        "PartnerWeek", "what showing up for each other looked like when things got hard"
    ),
    "fun": QT_TRANSLATE_NOOP(
        "PartnerWeek", "a moment that felt light, and what you would like more of"
    ),
    "direction": QT_TRANSLATE_NOOP("PartnerWeek", "a shared hope, and one small step toward it"),
}
_GAP_WORTH_NAMING = 1.0
_BOTH_GOOD = 4.0


@dataclass(frozen=True)
class SharedRepair:
    """One repair entry as it is shared: the words and whether it is resolved."""

    at: str
    what_happened: str = ""
    my_part: str = ""
    repair: str = ""
    how_it_went: str = ""
    resolved: bool = False


@dataclass(frozen=True)
class SharedWeek:
    """One week's check-in as it leaves (or arrives in) the journal."""

    week: str
    answers: dict[str, int] = field(default_factory=dict)
    more_of: str = ""
    appreciated: str = ""
    attune: dict[str, str] = field(default_factory=dict)
    repairs: tuple[SharedRepair, ...] = ()

    @property
    def is_trashed(self) -> bool:  # read by pillar_scores like a check-in
        return False


def shared_week(
    checkin: RelationshipCheckIn,
    repairs: Sequence[RepairEntry] = (),
    include_attune: bool = False,
) -> SharedWeek:
    """What sharing ``checkin`` sends: ATTUNE only if chosen, only the repairs given."""
    attune = (
        {step: text for step, text in checkin.attune.items() if text.strip()}
        if include_attune
        else {}
    )
    shared_repairs = tuple(
        SharedRepair(
            at=to_text(entry.at),
            what_happened=entry.what_happened,
            my_part=entry.my_part,
            repair=entry.repair,
            how_it_went=entry.how_it_went,
            resolved=entry.resolved,
        )
        for entry in sorted(repairs, key=lambda e: e.at)
        if not entry.is_trashed
    )
    return SharedWeek(
        week=checkin.week,
        answers=dict(checkin.answers),
        more_of=checkin.more_of,
        appreciated=checkin.appreciated,
        attune=attune,
        repairs=shared_repairs,
    )


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if text else translate("PartnerWeek", "(left empty)")


def preview_lines(shared: SharedWeek, relationship: Relationship | None = None) -> list[str]:
    """Every field the file will hold, in words, in the order it is written."""
    relationship = relationship or load_relationship()
    lines = [translate("PartnerWeek", "Week {week}").format(week=shared.week)]
    known: set[str] = set()
    for pillar in relationship.pillars:
        for item in pillar.items:
            known.add(item.id)
            if item.id in shared.answers:
                lines.append(
                    translate("PartnerWeek", "{pillar}: “{statement}” {answer} of {most}").format(
                        pillar=pillar.label,
                        statement=item.text,
                        answer=shared.answers[item.id],
                        most=relationship.scale_max,
                    )
                )
    for item_id in sorted(set(shared.answers) - known):
        lines.append(
            translate("PartnerWeek", "{statement}: {answer} of {most}").format(
                statement=item_id, answer=shared.answers[item_id], most=relationship.scale_max
            )
        )
    if not shared.answers:
        lines.append(translate("PartnerWeek", "No statements answered."))
    lines.append(
        translate("PartnerWeek", "What I would like more of: {text}").format(
            text=_quoted(shared.more_of)
        )
    )
    lines.append(
        translate("PartnerWeek", "What I appreciated: {text}").format(
            text=_quoted(shared.appreciated)
        )
    )
    if shared.attune:
        labels = {step.id: step.label for step in relationship.attune_steps}
        order = [step.id for step in relationship.attune_steps]
        steps = sorted(
            shared.attune, key=lambda s: (s not in order, order.index(s) if s in order else 0, s)
        )
        for step in steps:
            lines.append(
                translate("PartnerWeek", "ATTUNE, {step}: {text}").format(
                    step=labels.get(step, step), text=_quoted(shared.attune[step])
                )
            )
    else:
        lines.append(translate("PartnerWeek", "The ATTUNE reflection is not shared."))
    if shared.repairs:
        for repair in shared.repairs:
            when = repair.at[:16].replace("T", " ")
            if repair.resolved:
                line = translate("PartnerWeek", "Repair from {when} (resolved):")
            else:
                line = translate("PartnerWeek", "Repair from {when} (still open):")
            lines.append(line.format(when=when))
            for name in REPAIR_FIELDS:
                label = translate("PartnerWeek", _REPAIR_LABELS[name])
                lines.append(f"  {label}: {_quoted(getattr(repair, name))}")
    else:
        lines.append(translate("PartnerWeek", "No repair entries are shared."))
    lines.append(
        translate(
            "PartnerWeek",
            "The file also holds your name for your partner, the time it is made and a random "
            "file number; nothing else from your journal.",
        )
    )
    return lines


# ---- the payload: a SharedWeek as plain JSON values and back ---------------------------


def to_payload(shared: SharedWeek) -> dict[str, Any]:
    """The SharedWeek as JSON values (exactly its fields, nothing more)."""
    return {
        "week": shared.week,
        "answers": dict(shared.answers),
        "more_of": shared.more_of,
        "appreciated": shared.appreciated,
        "attune": dict(shared.attune),
        "repairs": [
            {
                "at": r.at,
                "what_happened": r.what_happened,
                "my_part": r.my_part,
                "repair": r.repair,
                "how_it_went": r.how_it_went,
                "resolved": r.resolved,
            }
            for r in shared.repairs
        ],
    }


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_SHARED_TEXT:
        raise ValidationError(
            translate(
                "PartnerWeek", "The shared week's {what} is not text this app can read."
            ).format(what=what)
        )
    return value


def from_payload(data: Any) -> SharedWeek:
    """A SharedWeek from JSON values; ``ValidationError`` for anything out of shape."""
    if not isinstance(data, Mapping):
        raise ValidationError(
            translate("PartnerWeek", "The shared week is not in a shape this app can read.")
        )
    week = _text(data.get("week"), "week")
    parse_iso_week(week)
    answers_in = data.get("answers", {})
    if not isinstance(answers_in, Mapping):
        raise ValidationError(
            translate(
                "PartnerWeek", "The shared week's answers are not in a shape this app can read."
            )
        )
    answers: dict[str, int] = {}
    for item, value in answers_in.items():
        if (
            not isinstance(item, str)
            or isinstance(value, bool)
            or not isinstance(value, int)
            or not PILLAR_ANSWER_MIN <= value <= PILLAR_ANSWER_MAX
        ):
            raise ValidationError(
                translate("PartnerWeek", "The shared week holds an answer that is not from 1 to 5.")
            )
        answers[item] = value
    attune_in = data.get("attune", {})
    if not isinstance(attune_in, Mapping):
        raise ValidationError(
            translate(
                "PartnerWeek", "The shared ATTUNE reflection is not in a shape this app can read."
            )
        )
    attune = {_text(k, "ATTUNE step"): _text(v, "ATTUNE reflection") for k, v in attune_in.items()}
    repairs_in = data.get("repairs", [])
    if not isinstance(repairs_in, list):
        raise ValidationError(
            translate("PartnerWeek", "The shared repairs are not in a shape this app can read.")
        )
    repairs = []
    for raw in repairs_in:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("resolved", False), bool):
            raise ValidationError(
                translate("PartnerWeek", "A shared repair is not in a shape this app can read.")
            )
        repairs.append(
            SharedRepair(
                at=_text(raw.get("at"), "repair time"),
                resolved=bool(raw.get("resolved", False)),
                **{name: _text(raw.get(name, ""), "repair text") for name in REPAIR_FIELDS},
            )
        )
    return SharedWeek(
        week=week,
        answers=answers,
        more_of=_text(data.get("more_of", ""), "'more of' text"),
        appreciated=_text(data.get("appreciated", ""), "'appreciated' text"),
        attune=attune,
        repairs=tuple(repairs),
    )


# ---- side by side --------------------------------------------------------------------


@dataclass(frozen=True)
class PillarPair:
    """One pillar for two people: each one's score (None if not answered) and the gap
    between them (the distance, never a direction; None unless both answered)."""

    pillar_id: str
    label: str
    mine: float | None
    theirs: float | None
    gap: float | None


def side_by_side(
    mine: RelationshipCheckIn | None,
    theirs: SharedWeek | None,
    relationship: Relationship | None = None,
) -> list[PillarPair]:
    """Every pillar, in the shipped order, with both people's scores for one week."""
    relationship = relationship or load_relationship()
    own = pillar_scores(mine, relationship) if mine is not None else {}
    other = pillar_scores(theirs, relationship) if theirs is not None else {}
    pairs = []
    for pillar in relationship.pillars:
        a, b = own.get(pillar.id), other.get(pillar.id)
        gap = None if a is None or b is None else round(abs(a - b), 6)
        pairs.append(PillarPair(pillar.id, pillar.label, a, b, gap))
    return pairs


def _score(value: float) -> str:
    rounded = round(value, 1)
    return format_number(rounded, 0 if rounded == int(rounded) else 1)  # "4", "3.5"


def talk_first(pairs: Iterable[PillarPair]) -> list[str]:
    """Up to three gentle places to start talking: where your answers differ most,
    and where you both feel good. Suggestions only: no verdict, no overall score."""
    both = [p for p in pairs if p.mine is not None and p.theirs is not None]
    if not both:
        return [
            translate(
                "PartnerWeek",
                "When you have both answered the same week, this shows where your answers "
                "are close and where they differ, as places to start talking.",
            )
        ]
    suggestions: list[str] = []
    apart = sorted(
        (p for p in both if p.gap is not None and p.gap >= _GAP_WORTH_NAMING),
        key=lambda p: (-(p.gap or 0.0), p.pillar_id),
    )
    good = sorted(
        (p for p in both if min(p.mine or 0.0, p.theirs or 0.0) >= _BOTH_GOOD),
        key=lambda p: (-min(p.mine or 0.0, p.theirs or 0.0), p.gap or 0.0),
    )
    used: set[str] = set()
    for pair in apart[:2]:
        suggestions.append(
            translate(
                "PartnerWeek",
                "{pillar} is where your answers differ most this week ({mine} and {theirs}). "
                "You might each share {topic}, and listen before answering.",
            ).format(
                pillar=pair.label,
                mine=_score(pair.mine or 0.0),
                theirs=_score(pair.theirs or 0.0),
                topic=_topic(pair),
            )
        )
        used.add(pair.pillar_id)
    for pair in good:
        if pair.pillar_id in used:
            continue
        suggestions.append(
            translate(
                "PartnerWeek",
                "You both answered {pillar} warmly ({mine} and {theirs}). You might start "
                "there, with {topic}.",
            ).format(
                pillar=pair.label,
                mine=_score(pair.mine or 0.0),
                theirs=_score(pair.theirs or 0.0),
                topic=_topic(pair),
            )
        )
        break
    if not suggestions:
        suggestions.append(
            translate(
                "PartnerWeek",
                "Your answers are close on every pillar this week. You might each pick one "
                "pillar you would like to hear more about from the other.",
            )
        )
    return suggestions[:3]


def _topic(pair: PillarPair) -> str:
    topic = _TOPICS.get(pair.pillar_id)
    if topic is not None:
        return translate("PartnerWeek", topic)
    return translate("PartnerWeek", "what {pillar} was like for you").format(
        pillar=mid_sentence(pair.label)
    )


__all__ = [
    "PillarPair",
    "SharedRepair",
    "SharedWeek",
    "from_payload",
    "preview_lines",
    "shared_week",
    "side_by_side",
    "talk_first",
    "to_payload",
]

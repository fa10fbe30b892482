"""The weekly review: what one week held, and its single-week Markdown.

``build_week_review`` turns a week's entries (plus the person's own reflection and
the relationship check-ins of this week and the one before) into a
``WeekReviewData``; ``load_week_review`` fetches those from a journal first.
``render_markdown`` writes it as CommonMark that Obsidian or any editor reads.

The week follows the person's week start (``core.weeks``): ``2026-W47`` with a
Sunday start runs Sunday 15 to Saturday 21 November 2026. Entries belong to the
week of their own local day. The numbers are the same ones Trends uses
(``core.stats``), for one week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from attune_journal.core.i18n import (
    QT_TRANSLATE_NOOP,
    day_range,
    format_date,
    format_number,
    format_percent,
    mid_sentence,
    translate,
)
from attune_journal.core.labels import kind_label
from attune_journal.core.models import (
    CheckIn,
    EntryBase,
    Quadrant,
    RelationshipCheckIn,
    WeeklyReview,
    entry_text,
)
from attune_journal.core.stats import (
    QUADRANTS,
    NeedCount,
    RegionCount,
    Shares,
    StrategyReport,
    Window,
    activation_readings,
    body_summary,
    facts_from_entries,
    helped_lines,
    mean_activation,
    needs_summary,
    pillar_change,
    pillar_scores,
    strategy_effectiveness,
    top_feelings,
    window_shares,
)
from attune_journal.core.vocab import load_body_regions, load_relationship, load_sensation_families
from attune_journal.core.weeks import label_for_day, parse_iso_week, week_range

# In English as written; translated where shown (``quadrant_label``).
QUADRANT_LABELS: dict[Quadrant | None, str] = {
    "yellow": QT_TRANSLATE_NOOP("WeekReview", "Pleasant and energised"),
    "green": QT_TRANSLATE_NOOP("WeekReview", "Pleasant and calm"),
    "red": QT_TRANSLATE_NOOP("WeekReview", "Unpleasant and energised"),
    "blue": QT_TRANSLATE_NOOP("WeekReview", "Unpleasant and low"),
    None: QT_TRANSLATE_NOOP("WeekReview", "Your own words"),
}
NEEDS_LISTED = 10  # the table's rows; the rest are named in one line below it


@dataclass(frozen=True)
class StrategyWeek:
    """A strategy used this week: tries and mean steps toward the window's centre (raw)."""

    name: str
    n: int
    mean: float


@dataclass(frozen=True)
class StarredItem:
    entry_id: int | None
    kind: str
    at_text: str  # local time as written, e.g. "Tue 17 Nov, 08:30"
    text: str


@dataclass
class WeekReviewData:
    """Everything the Week screen and ``attune-journal week`` show for one week."""

    week: str
    start: date
    end: date
    window: Window
    days_with_checkin: list[date] = field(default_factory=list)
    checkins: int = 0
    notes: int = 0
    average_activation: float | None = None
    shares: Shares = field(default_factory=Shares)
    top_feelings: dict[Quadrant | None, list[tuple[str, int]]] = field(default_factory=dict)
    needs: list[NeedCount] = field(default_factory=list)
    strategies_helped: list[StrategyWeek] = field(default_factory=list)
    strategies_other: list[StrategyWeek] = field(default_factory=list)  # enough tries, no help
    strategies_too_few: list[StrategyWeek] = field(default_factory=list)
    strategy_report: StrategyReport = field(default_factory=lambda: StrategyReport([], [], 0.0, 0))
    body_hot_spots: list[RegionCount] = field(default_factory=list)
    relationship: dict[str, float | None] | None = None
    relationship_change: dict[str, float | None] = field(default_factory=dict)
    starred: list[StarredItem] = field(default_factory=list)
    reflection: WeeklyReview | None = None

    @property
    def quiet(self) -> bool:
        """No check-ins or notes at all this week."""
        return self.checkins == 0 and self.notes == 0


class _JournalReads(Protocol):
    def entries(self, start: date | None = ..., end: date | None = ...) -> list[Any]: ...

    def weekly_review(self, week: str) -> WeeklyReview | None: ...

    def relationship_checkin(self, week: str) -> RelationshipCheckIn | None: ...


def previous_week(week: str, first_weekday: int = 0) -> str:
    start, _end = week_range(week, first_weekday)
    return label_for_day(start - timedelta(days=7), first_weekday)


def next_week(week: str, first_weekday: int = 0) -> str:
    start, _end = week_range(week, first_weekday)
    return label_for_day(start + timedelta(days=7), first_weekday)


def quadrant_label(quadrant: Quadrant | None) -> str:
    """A quadrant's name in the person's language ("Pleasant and calm")."""
    return translate("WeekReview", QUADRANT_LABELS[quadrant])


def _short_time(entry: EntryBase) -> str:
    return format_date(entry.at, "weekday_day_month_time_short")


def build_week_review(
    week: str,
    entries: list[EntryBase],
    window: Window,
    first_weekday: int = 0,
    reflection: WeeklyReview | None = None,
    relationship: RelationshipCheckIn | None = None,
    previous_relationship: RelationshipCheckIn | None = None,
    hot_spots: int = 3,
) -> WeekReviewData:
    """The review of ``week``; entries outside the week's days are ignored."""
    parse_iso_week(week)
    start, end = week_range(week, first_weekday)
    in_week = [e for e in entries if start <= e.at.date() <= end and not e.is_trashed]
    facts = facts_from_entries(in_week)
    readings = activation_readings(facts)
    data = WeekReviewData(week=week, start=start, end=end, window=window)
    data.days_with_checkin = sorted({e.at.date() for e in in_week if isinstance(e, CheckIn)})
    data.checkins = sum(1 for f in facts if f.kind == "checkin")
    data.notes = sum(1 for f in facts if f.kind == "note")
    data.average_activation = mean_activation(readings)
    data.shares = window_shares(readings, window)
    data.top_feelings = top_feelings(facts)
    data.needs = needs_summary(facts)

    # The rule Trends uses too (``core.stats``): nothing is said before ``MIN_TRIES``
    # tries (fewer are "not enough tries yet to tell"), and a strategy "seems to help"
    # only when the 95% interval of its difference from this week's waiting (readings
    # close together with no strategy noted, and waits recorded as "waiting") lies above 0.
    report = strategy_effectiveness(facts, window)
    data.strategy_report = report
    data.strategies_helped = [StrategyWeek(s.name, s.n, s.mean) for s in report.ranked if s.helps]
    data.strategies_other = [
        StrategyWeek(s.name, s.n, s.mean) for s in report.ranked if not s.helps
    ]
    data.strategies_too_few = [StrategyWeek(s.name, s.n, s.mean) for s in report.too_few]

    data.body_hot_spots = body_summary(facts)[:hot_spots]
    if relationship is not None:
        data.relationship = pillar_scores(relationship)
        data.relationship_change = pillar_change(
            data.relationship, pillar_scores(previous_relationship)
        )
    data.starred = [
        StarredItem(e.id, e.kind, _short_time(e), " ".join(entry_text(e).split())[:120])
        for e in sorted(in_week, key=lambda e: e.at.timestamp())
        if e.starred
    ]
    data.reflection = reflection
    return data


def load_week_review(
    journal: _JournalReads, week: str, window: Window, first_weekday: int = 0
) -> WeekReviewData:
    """Read what the review needs from ``journal`` (a ``storage.repository.Journal``)."""
    start, end = week_range(week, first_weekday)
    return build_week_review(
        week,
        journal.entries(start, end),
        window,
        first_weekday,
        reflection=journal.weekly_review(week),
        relationship=journal.relationship_checkin(week),
        previous_relationship=journal.relationship_checkin(previous_week(week, first_weekday)),
    )


# ---- Markdown ---------------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~&])")


def md_escape(text: str) -> str:
    """Inline text as literal CommonMark (words may hold ``*`` or ``_``)."""
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    # A leading "1." or "-" would start a list; a leading "+"/"=" can too.
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text).replace("\n", " ")


def _signed(value: float) -> str:
    if round(value, 1) == 0:
        return translate("WeekReview", "no change")
    return ("+" if value > 0 else "-") + format_number(abs(value), 1)


def region_label(region_id: str) -> str:
    for region in load_body_regions():
        if region.id == region_id:
            return region.label
    return region_id.replace("_", " ")


def family_label(family_id: str) -> str:
    for family in load_sensation_families():
        if family.id == family_id:
            return family.label
    return translate("WeekReview", "Your own words") if family_id == "own" else family_id


def week_title(data: WeekReviewData) -> str:
    """The week by its dates, "Week of 16–22 November 2026": people know their weeks by
    dates, not ISO numbers (the label, 2026-W47, stays the command line's name for it)."""
    return translate("WeekReview", "Week of {days}").format(days=day_range(data.start, data.end))


def render_markdown(data: WeekReviewData) -> str:
    """The week as CommonMark, headed by the week label; ends with one newline."""
    lines: list[str] = [f"# {week_title(data)}", ""]

    lines += ["## " + translate("WeekReview", "At a glance"), ""]
    if data.quiet:
        lines += [
            translate(
                "WeekReview",
                "No check-ins or notes this week. That's all right: some weeks are for living "
                "rather than writing.",
            ),
            "",
        ]
    else:
        days = len(data.days_with_checkin)
        lines.append(
            "- " + translate("WeekReview", "Days with a check-in: {days} of 7").format(days=days)
        )
        lines.append(
            "- "
            + translate("WeekReview", "Check-ins: {checkins}; notes: {notes}").format(
                checkins=format_number(data.checkins), notes=format_number(data.notes)
            )
        )
        if data.average_activation is not None:
            low, high = data.window.low, data.window.high
            lines.append(
                "- "
                + translate("WeekReview", "Average activation: {value} (0–10)").format(
                    value=format_number(data.average_activation, 1)
                )
            )
            lines.append(
                "- "
                + translate(
                    "WeekReview",
                    "Readings inside your window ({low}–{high}): {inside} "
                    "(above: {above}, below: {below})",
                ).format(
                    low=low,
                    high=high,
                    inside=format_percent(data.shares.share("inside")),
                    above=format_percent(data.shares.share("above")),
                    below=format_percent(data.shares.share("below")),
                )
            )
        else:
            lines.append("- " + translate("WeekReview", "No activation readings this week"))
        lines.append("")

    feelings = [(q, words) for q, words in data.top_feelings.items() if words]
    if feelings:
        lines += ["## " + translate("WeekReview", "Feelings"), ""]
        order = {q: i for i, q in enumerate((*QUADRANTS, None))}
        for quadrant, words in sorted(feelings, key=lambda item: order[item[0]]):
            listed = ", ".join(f"{md_escape(word)} ({weight})" for word, weight in words)
            lines.append(f"- **{quadrant_label(quadrant)}**: {listed}")
        lines += [
            "",
            translate("WeekReview", "Numbers add up intensity (1 faint, 2 clear, 3 strong)."),
            "",
        ]

    if data.needs:
        need, met, unmet = (
            translate("WeekReview", "Need"),
            translate("WeekReview", "Met"),
            translate("WeekReview", "Not met"),
        )
        lines += [
            "## " + translate("WeekReview", "Needs"),
            "",
            f"| {need} | {met} | {unmet} |",
            "| --- | ---: | ---: |",
        ]
        for need_count in data.needs[:NEEDS_LISTED]:
            lines.append(
                f"| {md_escape(need_count.need)} | {need_count.met} | {need_count.unmet} |"
            )
        lines.append("")
        more = len(data.needs) - NEEDS_LISTED
        if more > 0:
            others = ", ".join(md_escape(n.need) for n in data.needs[NEEDS_LISTED:])
            lines += [
                translate("WeekReview", "Also alive this week: {needs}.").format(needs=others),
                "",
            ]

    helped = helped_lines(data.strategy_report, md_escape)
    if helped:
        lines += ["## " + translate("WeekReview", "What seemed to help"), ""]
        lines += [f"- {line}" for line in helped]
        lines += [
            "",
            translate("WeekReview", "One week is a small sample: these are hints, not proof."),
            "",
        ]

    if data.body_hot_spots:
        lines += ["## " + translate("WeekReview", "Body hot spots"), ""]
        for region in data.body_hot_spots:
            family, times = region.top_family(), region.total
            region_name = md_escape(region_label(region.region))
            if family:
                line = translate(
                    "WeekReview", "{region}: noticed %n times, mostly {family}", None, times
                ).format(region=region_name, family=mid_sentence(family_label(family)))
            else:
                line = translate("WeekReview", "{region}: noticed %n times", None, times).format(
                    region=region_name
                )
            lines.append(f"- {line}")
        lines.append("")

    if data.relationship is not None:
        pillar_head, this_week, change_head = (
            translate("WeekReview", "Pillar"),
            translate("WeekReview", "This week"),
            translate("WeekReview", "Change"),
        )
        lines += [
            "## " + translate("WeekReview", "Relationship"),
            "",
            f"| {pillar_head} | {this_week} | {change_head} |",
            "| --- | ---: | ---: |",
        ]
        for pillar in load_relationship().pillars:
            score = data.relationship.get(pillar.id)
            change = data.relationship_change.get(pillar.id)
            lines.append(
                f"| {pillar.label} | {'–' if score is None else format_number(score, 1)} | "
                f"{'–' if change is None else _signed(change)} |"
            )
        lines += [
            "",
            translate(
                "WeekReview", "Scores run from 1 to 5; they show a direction, never a grade."
            ),
            "",
        ]

    if data.starred:
        lines += ["## " + translate("WeekReview", "Starred"), ""]
        for item in data.starred:
            text = f": {md_escape(item.text)}" if item.text else ""
            lines.append(f"- {item.at_text}, {kind_label(item.kind)}{text}")
        lines.append("")

    lines += ["## " + translate("WeekReview", "My reflection"), ""]
    reflection = data.reflection
    sections = (
        (translate("WeekReview", "What went well"), reflection.went_well if reflection else ""),
        (translate("WeekReview", "What was hard"), reflection.was_hard if reflection else ""),
        (
            translate("WeekReview", "Intention for next week"),
            reflection.intention if reflection else "",
        ),
    )
    if not any(text.strip() for _title, text in sections):
        lines += [translate("WeekReview", "Nothing written for this week yet."), ""]
    else:
        for title, text in sections:
            # The person's own text is Markdown already; headings inside it are
            # pushed below ours so the outline stays intact.
            body = re.sub(r"^(#{1,3})(\s)", r"###\1\2", text.strip(), flags=re.MULTILINE)
            blank = "_" + translate("WeekReview", "(left blank)") + "_"
            lines += [f"### {title}", "", body if body else blank, ""]
    return "\n".join(lines).rstrip("\n") + "\n"

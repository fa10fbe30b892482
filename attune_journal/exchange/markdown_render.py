"""Markdown rendering: entries -> the text of our export files (docs/export-format.md).

Pure functions, no disk: an entry's front matter as YAML text
(``front_matter_text``; its readable definition as a dict is ``front_matter``,
which sync's fields are made from), one entry's file (``render_entry``), the
file names of a folder export (``plan_names``, ``plan_folder``) and the single
combined file (``render_single``). ``markdown_export`` writes what these give;
``markdown_import`` reads it back.

Speed: a ten-year journal repeats the same few feelings, needs and sensations
tens of thousands of times, so their YAML lines are made once (``_Blocks``), and
time order and file names avoid strftime and text keys where the result is the
same. The tests check every fast path against the plain form it replaces.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

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
    entry_text,
)
from attune_journal.core.partner import SharedWeek, preview_lines, to_payload
from attune_journal.core.timeutil import to_text, utc_key
from attune_journal.core.vocab_i18n import vocabulary_language
from attune_journal.core.vocab_terms import TermKind, shown, term_id
from attune_journal.exchange import frontmatter

_BACKTICKS_RE = re.compile("`+")
DELIMITER = "---\n"
SINGLE_FILE_TITLE = "# Attune Journal\n"


# ---- entries -> front matter and text ---------------------------------------------------


@cache
def shipped_prompt_texts() -> Mapping[str, str]:
    """Prompt id -> text for the shipped prompts (the export names the prompt in words)."""
    from attune_journal.core.prompts import load_prompts

    return {prompt.id: prompt.text for prompt in load_prompts()}


def prompt_text(prompt_id: str | None, prompt_texts: Mapping[str, str] | None = None) -> str | None:
    if prompt_id is None:
        return None
    texts = shipped_prompt_texts() if prompt_texts is None else prompt_texts
    if prompt_id in texts:
        return texts[prompt_id]
    # The person's own prompts are stored as "own:<text>" (workspace.own_prompts).
    if prompt_id.startswith("own:"):
        return prompt_id[4:]
    return None


def body_block(text: str) -> str:
    """The Markdown after the front matter: a blank line, the text, a final newline.

    Both additions are removed again on import (exactly one each), so any text,
    including one that ends without a newline or with several, comes back as it was.
    """
    return "\n" + text + "\n" if text else ""


# Vocabulary words are written in the journal's language with their id after them
# ("word: fröhlich", "id: joyful"), own words as typed and without an id. A word without
# an id yet (an entry never saved) is written as the store would keep it: with the id
# of the vocabulary word it is. ``as_stored`` (sync) writes every word and id as the
# store holds them instead.


def _word(kind: TermKind, term: str | None, word: str, as_stored: bool) -> tuple[str, str | None]:
    """The word and id to write (see above)."""
    if as_stored:
        return word, term
    term = term if term is not None else term_id(kind, word)
    return shown(kind, term, word), term


def _with_id(item: dict[str, Any], name: str, term: str | None) -> dict[str, Any]:
    if term is not None:
        item[name] = term
    return item


def _strategy_dict(strategy: StrategyTry | None, as_stored: bool) -> dict[str, Any] | None:
    if strategy is None:
        return None
    name, term = _word("strategy", strategy.strategy_id, strategy.name, as_stored)
    item = _with_id({"name": name}, "id", term)
    item.update(before=strategy.before, after=strategy.after)
    return item


def _feelings_list(entry: CheckIn | Note | RepairEntry, as_stored: bool) -> list[dict[str, Any]]:
    found = []
    for f in entry.feelings:
        word, term = _word("feeling", f.word_id, f.word, as_stored)
        item = _with_id({"word": word}, "id", term)
        item.update(pleasantness=f.pleasantness, energy=f.energy, intensity=f.intensity)
        found.append(item)
    return found


def _needs_list(entry: CheckIn | Note | RepairEntry, as_stored: bool) -> list[dict[str, Any]]:
    found = []
    for n in entry.needs:
        need, term = _word("need", n.need_id, n.need, as_stored)
        found.append(_with_id({"need": need}, "id", term) | {"met": n.met})
    return found


def _body_list(entry: CheckIn, as_stored: bool) -> list[dict[str, Any]]:
    found = []
    for b in entry.body:
        region, region_id = _word("region", b.region_id, b.region, as_stored)
        sensation, sensation_id = _word("sensation", b.sensation_id, b.sensation, as_stored)
        item = _with_id({"region": region}, "region_id", region_id)
        item["sensation"] = sensation
        _with_id(item, "sensation_id", sensation_id)["intensity"] = b.intensity
        found.append(item)
    return found


def front_matter(
    entry: Entry, prompt_texts: Mapping[str, str] | None = None, *, as_stored: bool = False
) -> dict[str, Any]:
    """Every structured field of ``entry`` as a dict, in a fixed order (the main text is the
    body): the readable definition of ``front_matter_text``, which writes the same as
    ``frontmatter.dump(front_matter(entry))`` faster (the tests check they agree); sync
    builds its fields from this dict (``sync/fields.py``) without a YAML round trip, with
    ``as_stored``: the words as the store holds them, whatever language each computer
    shows, so every computer keeps the same words."""
    data: dict[str, Any] = {
        "uid": entry.uid,
        "kind": entry.kind,
        "at": to_text(entry.at),
        "updated_at": to_text(entry.updated_at) if entry.updated_at else None,
        "starred": entry.starred,
        "tags": list(entry.tags),
    }
    if isinstance(entry, CheckIn):
        data["prompt_id"] = entry.prompt_id
        data["prompt"] = prompt_text(entry.prompt_id, prompt_texts)
        data["activation"] = entry.activation
        data["strategy"] = _strategy_dict(entry.strategy, as_stored)
        data["feelings"] = _feelings_list(entry, as_stored)
        data["needs"] = _needs_list(entry, as_stored)
        data["body"] = _body_list(entry, as_stored)
        data["regulation_note"] = entry.regulation_note
    elif isinstance(entry, Note):
        data["activation"] = entry.activation
        data["strategy"] = _strategy_dict(entry.strategy, as_stored)
        data["feelings"] = _feelings_list(entry, as_stored)
        data["needs"] = _needs_list(entry, as_stored)
    elif isinstance(entry, WeeklyReview):
        data["week"] = entry.week
        data["was_hard"] = entry.was_hard
        data["intention"] = entry.intention
    elif isinstance(entry, RelationshipCheckIn):
        data["week"] = entry.week
        data["answers"] = dict(entry.answers)
        data["more_of"] = entry.more_of
        data["attune"] = dict(entry.attune)
    elif isinstance(entry, RepairEntry):
        data["feelings"] = _feelings_list(entry, as_stored)
        data["needs"] = _needs_list(entry, as_stored)
        data["my_part"] = entry.my_part
        data["repair"] = entry.repair
        data["how_it_went"] = entry.how_it_went
        data["resolved"] = entry.resolved
    if entry.meta:
        # Details from where the entry was imported, last and only when there are some.
        data["meta"] = dict(entry.meta)
    return data


def front_matter_text(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> str:
    """The front matter of ``entry``: every structured field in a fixed order (the main
    text is the body), as the YAML that ``frontmatter.dump`` would write, written out
    directly for speed.

    A ten-year journal has tens of thousands of feelings, needs and sensations,
    but few distinct ones: the same word with the same coordinates, the same need
    met or not. Their YAML lines are made once and reused (``_Blocks``), so an
    entry costs a few dictionary look-ups instead of dozens of scalar
    conversions. The result is the same text as the generic dumper, which the
    tests check for every kind and for generated entries.
    """
    q = frontmatter.scalar
    _BLOCKS.follow(vocabulary_language())
    lines = [
        f"uid: {_one_off(entry.uid)}",
        f"kind: {entry.kind}",
        f"at: {_one_off(to_text(entry.at))}",
        f"updated_at: {_one_off(to_text(entry.updated_at)) if entry.updated_at else 'null'}",
        "starred: true" if entry.starred else "starred: false",
        _BLOCKS.tags(entry.tags),
    ]
    text = frontmatter.text_lines
    if isinstance(entry, CheckIn):
        lines.append(_BLOCKS.prompt(entry.prompt_id, prompt_text(entry.prompt_id, prompt_texts)))
        _regulation_lines(entry, lines)
        lines.append(_BLOCKS.body(entry.body))
        text("regulation_note:", entry.regulation_note, "", lines)
    elif isinstance(entry, Note):
        _regulation_lines(entry, lines)
    elif isinstance(entry, WeeklyReview):
        lines.append(f"week: {q(entry.week)}")
        text("was_hard:", entry.was_hard, "", lines)
        text("intention:", entry.intention, "", lines)
    elif isinstance(entry, RelationshipCheckIn):
        lines.append(f"week: {q(entry.week)}")
        if entry.answers:
            lines.append("answers:")
            lines.extend(f"  {q(key)}: {q(value)}" for key, value in entry.answers.items())
        else:
            lines.append("answers: {}")
        text("more_of:", entry.more_of, "", lines)
        if entry.attune:
            lines.append("attune:")
            for key, value in entry.attune.items():
                text(f"  {q(key)}:", value, "  ", lines)
        else:
            lines.append("attune: {}")
    elif isinstance(entry, RepairEntry):
        lines.append(_BLOCKS.feelings(entry.feelings))
        lines.append(_BLOCKS.needs(entry.needs))
        text("my_part:", entry.my_part, "", lines)
        text("repair:", entry.repair, "", lines)
        text("how_it_went:", entry.how_it_went, "", lines)
        lines.append("resolved: true" if entry.resolved else "resolved: false")
    if entry.meta:
        # Rare and varied: the generic writer, less its final newline.
        lines.append(frontmatter.dump({"meta": entry.meta})[:-1])
    lines.append("")
    return "\n".join(lines)


def _one_off(text: str) -> str:
    """``frontmatter.scalar`` for a string seen once (a uid, a time): no cache to fill."""
    if type(text) is not str:
        return frontmatter.scalar(text)
    return text if frontmatter.is_plain_safe(text) else frontmatter.quote(text)


def _plain_int(value: Any) -> bool:
    # An exact int or None: True and 1 are equal dictionary keys but are written
    # "true" and "1", so a bool (or an int subclass) never goes through a cache.
    return value is None or type(value) is int


def _plain_float(value: Any) -> bool:
    # An exact non-zero float or None: 0.0 and -0.0, or 1 and 1.0, are equal keys
    # with different YAML forms, so those few values are written without a cache.
    return value is None or (type(value) is float and value != 0.0)


class _Blocks:
    """The YAML lines of repeated values, made once each (see ``front_matter_text``).

    Keys hold only values whose text depends on nothing but their equality
    (``_plain_int``, ``_plain_float``) and the language words are shown in (the tables
    are emptied when it changes, ``follow``); anything else is written directly. Each
    table is emptied when it grows past ``limit``, so a long-running app that
    exports many different journals keeps it small.
    """

    def __init__(self, limit: int = 20_000) -> None:
        self.limit = limit
        self.language = ""
        self._feelings: dict[tuple[Any, ...], str] = {}
        self._needs: dict[tuple[str, str | None, bool], str] = {}
        self._body: dict[tuple[Any, ...], str] = {}
        self._strategies: dict[tuple[Any, ...], str] = {}
        self._tags: dict[tuple[str, ...], str] = {}
        self._prompts: dict[tuple[str | None, str | None], str] = {}

    def follow(self, language: str) -> None:
        """Forget every block when words are to be shown in another language."""
        if language != self.language:
            self.language = language
            for table in (self._feelings, self._needs, self._body, self._strategies):
                table.clear()

    def _keep(self, table: dict[Any, str], key: Any, value: str) -> str:
        if len(table) >= self.limit:
            table.clear()
        table[key] = value
        return value

    def feelings(self, feelings: Sequence[Feeling]) -> str:
        if not feelings:
            return "feelings: []"
        parts = ["feelings:"]
        table = self._feelings
        for f in feelings:
            p, e, i = f.pleasantness, f.energy, f.intensity
            if type(i) is int and _plain_float(p) and _plain_float(e):
                key = (f.word, f.word_id, p, e, i)
                block = table.get(key)
                if block is None:
                    block = self._keep(table, key, _feeling_block(f))
                parts.append(block)
            else:
                parts.append(_feeling_block(f))
        return "\n".join(parts)

    def needs(self, needs: Sequence[NeedState]) -> str:
        if not needs:
            return "needs: []"
        parts = ["needs:"]
        table = self._needs
        for n in needs:
            # Only the truth of ``met`` is written, so 1 and True may share a line.
            key = (n.need, n.need_id, bool(n.met))
            block = table.get(key)
            if block is None:
                block = self._keep(table, key, _need_block(n))
            parts.append(block)
        return "\n".join(parts)

    def body(self, body: Sequence[BodySensation]) -> str:
        if not body:
            return "body: []"
        parts = ["body:"]
        table = self._body
        for b in body:
            if type(b.intensity) is int:
                key = (b.region, b.region_id, b.sensation, b.sensation_id, b.intensity)
                block = table.get(key)
                if block is None:
                    block = self._keep(table, key, _body_block(b))
                parts.append(block)
            else:
                parts.append(_body_block(b))
        return "\n".join(parts)

    def strategy(self, strategy: StrategyTry | None) -> str:
        if strategy is None:
            return "strategy: null"
        before, after = strategy.before, strategy.after
        if not (_plain_int(before) and _plain_int(after)):
            return _strategy_block(strategy)
        key = (strategy.name, strategy.strategy_id, before, after)
        block = self._strategies.get(key)
        if block is None:
            block = self._keep(self._strategies, key, _strategy_block(strategy))
        return block

    def tags(self, tags: Sequence[str]) -> str:
        if not tags:
            return "tags: []"
        key = tuple(tags)
        block = self._tags.get(key)
        if block is None:
            words = "".join(f"\n  - {frontmatter.scalar(word)}" for word in tags)
            block = self._keep(self._tags, key, "tags:" + words)
        return block

    def prompt(self, prompt_id: str | None, text: str | None) -> str:
        key = (prompt_id, text)
        block = self._prompts.get(key)
        if block is None:
            q = frontmatter.scalar
            block = self._keep(self._prompts, key, f"prompt_id: {q(prompt_id)}\nprompt: {q(text)}")
        return block


def _id_line(indent: str, name: str, term: str | None) -> str:
    return f"\n{indent}{name}: {frontmatter.scalar(term)}" if term is not None else ""


def _feeling_block(f: Feeling) -> str:
    q = frontmatter.scalar
    word, term = _word("feeling", f.word_id, f.word, False)
    return (
        f"  - word: {q(word)}{_id_line('    ', 'id', term)}\n"
        f"    pleasantness: {q(f.pleasantness)}\n"
        f"    energy: {q(f.energy)}\n    intensity: {q(f.intensity)}"
    )


def _need_block(n: NeedState) -> str:
    need, term = _word("need", n.need_id, n.need, False)
    return (
        f"  - need: {frontmatter.scalar(need)}{_id_line('    ', 'id', term)}\n"
        f"    met: {'true' if n.met else 'false'}"
    )


def _body_block(b: BodySensation) -> str:
    q = frontmatter.scalar
    region, region_id = _word("region", b.region_id, b.region, False)
    sensation, sensation_id = _word("sensation", b.sensation_id, b.sensation, False)
    return (
        f"  - region: {q(region)}{_id_line('    ', 'region_id', region_id)}\n"
        f"    sensation: {q(sensation)}{_id_line('    ', 'sensation_id', sensation_id)}\n"
        f"    intensity: {q(b.intensity)}"
    )


def _strategy_block(strategy: StrategyTry) -> str:
    q = frontmatter.scalar
    name, term = _word("strategy", strategy.strategy_id, strategy.name, False)
    return (
        f"strategy:\n  name: {q(name)}{_id_line('  ', 'id', term)}\n"
        f"  before: {q(strategy.before)}\n  after: {q(strategy.after)}"
    )


_BLOCKS = _Blocks()


def _regulation_lines(entry: CheckIn | Note, lines: list[str]) -> None:
    activation = entry.activation
    if type(activation) is int:
        lines.append(f"activation: {activation}")
    else:
        lines.append(f"activation: {frontmatter.scalar(activation)}")
    lines.append(_BLOCKS.strategy(entry.strategy))
    lines.append(_BLOCKS.feelings(entry.feelings))
    lines.append(_BLOCKS.needs(entry.needs))


def render_entry(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> str:
    """One entry as a Markdown file: front matter between ``---`` lines, then the text."""
    fm = front_matter_text(entry, prompt_texts)
    return DELIMITER + fm + DELIMITER + body_block(entry_text(entry))


# ---- file names -------------------------------------------------------------------------


def _sort_key(entry: Entry) -> tuple[str, str]:
    return utc_key(entry.at), entry.uid


# 1000-01-01T00:00:00Z as a POSIX time: from there on, the text key of
# ``_sort_key`` has four-digit years and sorts like the time itself.
_YEAR_1000 = -30_610_224_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SECOND = timedelta(seconds=1)


def _in_time_order(entries: Iterable[Entry]) -> list[Entry]:
    """Entries sorted by ``_sort_key`` (UTC time to the second, then uid).

    The key used here, whole seconds since 1970, orders exactly like the text key for
    four-digit years and costs a fraction of it; a time before the year 1000 or
    without an offset falls back to the text key itself.
    """
    items = list(entries)
    keyed: list[tuple[int, str, Entry]] = []
    for entry in items:
        at = entry.at
        if at.utcoffset() is None:
            return sorted(items, key=_sort_key)
        # Exact integer arithmetic: a float timestamp can round x.999999 up.
        keyed.append(((at - _EPOCH) // _SECOND, entry.uid, entry))
    if keyed and min(keyed, key=lambda item: item[0])[0] < _YEAR_1000:
        return sorted(items, key=_sort_key)
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in keyed]


def _base_name(entry: Entry) -> str:
    if isinstance(entry, WeeklyReview):
        return f"weeks/{entry.week}"
    if isinstance(entry, RelationshipCheckIn):
        return f"relationship/{entry.week}"
    at = entry.at
    year = at.year
    if year >= 1000:
        # The same text as the strftime form below, without three strftime calls.
        return (
            f"{year}/{at.month:02d}/{year}-{at.month:02d}-{at.day:02d}-"
            f"{at.hour:02d}{at.minute:02d}-{entry.kind}"
        )
    return f"{at:%Y}/{at:%m}/{at:%Y-%m-%d-%H%M}-{entry.kind}"


def plan_names(entries: Iterable[Entry]) -> list[tuple[str, Entry]]:
    """(relative path, entry) for every entry, in time order; names stable across exports.

    Entries that would share a name (same kind in the same minute) are told apart
    by ``-2``, ``-3`` … in time order, then by uid, so a re-export of the same
    journal gives the same names.
    """
    ordered = _in_time_order(entries)
    used: dict[str, int] = {}
    planned: list[tuple[str, Entry]] = []
    for entry in ordered:
        base = _base_name(entry)
        count = used.get(base, 0) + 1
        used[base] = count
        name = base if count == 1 else f"{base}-{count}"
        planned.append((name + ".md", entry))
    return planned


def plan_folder(
    entries: Iterable[Entry], prompt_texts: Mapping[str, str] | None = None
) -> list[tuple[str, bytes]]:
    """(relative path with '/', file bytes) for a folder export, in time order."""
    return [
        (name, render_entry(entry, prompt_texts).encode("utf-8"))
        for name, entry in plan_names(entries)
    ]


# ---- the single combined file -----------------------------------------------------------


def _fence_for(text: str) -> str:
    """A code fence longer than any run of backticks in ``text`` (CommonMark's rule)."""
    if "`" not in text:
        return "```"
    longest = max(len(run) for run in _BACKTICKS_RE.findall(text))
    return "`" * max(3, longest + 1)


def entry_heading(entry: Entry) -> str:
    title = entry.label
    if isinstance(entry, WeeklyReview | RelationshipCheckIn):
        return f"## {entry.week} · {title}"
    return f"## {entry.at:%Y-%m-%d %H:%M} · {title}"


def render_single_entry(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> str:
    """One entry of the combined file: a heading, its fields as a fenced YAML block, the text.

    ``text_chars`` (the length of the text in characters) tells the importer
    exactly where the text ends, so text that looks like another entry is safe.
    """
    text = entry_text(entry)
    fm = front_matter_text(entry, prompt_texts) + f"text_chars: {len(text)}\n"
    fence = _fence_for(fm)
    return f"{entry_heading(entry)}\n\n{fence}yaml\n{fm}{fence}\n{body_block(text)}\n"


def render_single(entries: Iterable[Entry], prompt_texts: Mapping[str, str] | None = None) -> str:
    """Every entry in one Markdown file, in time order."""
    parts = [SINGLE_FILE_TITLE, "\n"]
    for _, entry in plan_names(entries):
        parts.append(render_single_entry(entry, prompt_texts))
    return "".join(parts)


# ---- weeks shared by a partner (exchange/partner.py) -------------------------------------

PARTNER_WEEK_KIND = "partner_week"
_SLUG_RE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class PartnerWeekRecord:
    """One received week as the export keeps it: enough to restore it on import."""

    partner: str
    partner_code: str
    removed: bool
    sent_at: str
    file_id: str
    received_at: str
    shared: SharedWeek

    def to_json(self) -> dict[str, Any]:
        return {
            "partner": self.partner,
            "partner_code": self.partner_code,
            "removed": self.removed,
            "sent_at": self.sent_at,
            "file_id": self.file_id,
            "received_at": self.received_at,
            "shared": to_payload(self.shared),
        }


def _slug(name: str) -> str:
    return _SLUG_RE.sub("-", name.casefold()).strip("-")[:40] or "partner"


def partner_week_names(records: Sequence[PartnerWeekRecord]) -> list[tuple[str, PartnerWeekRecord]]:
    """``partner/<name>/<week>.md`` for each record; two partners whose names give the
    same folder (or one partner added twice) are told apart by ``-2``, ``-3`` …"""
    folders: dict[tuple[str, str], str] = {}
    used: dict[str, int] = {}
    named = []
    for record in sorted(
        records, key=lambda r: (r.partner.casefold(), r.partner_code, r.shared.week)
    ):
        key = (record.partner, record.partner_code)
        if key not in folders:
            base = _slug(record.partner)
            used[base] = used.get(base, 0) + 1
            folders[key] = base if used[base] == 1 else f"{base}-{used[base]}"
        named.append((f"partner/{folders[key]}/{record.shared.week}.md", record))
    return named


def render_partner_week(record: PartnerWeekRecord) -> str:
    """A received week's file: front matter ``kind: partner_week``, the week in words,
    then the whole record as JSON in a code block (what the import reads back)."""
    record_text = json.dumps(record.to_json(), ensure_ascii=False, indent=1, sort_keys=True)
    fence = _fence_for(record_text)
    lines = [
        DELIMITER.rstrip("\n"),
        f"kind: {PARTNER_WEEK_KIND}",
        f"partner: {json.dumps(record.partner, ensure_ascii=False)}",
        f'week: "{record.shared.week}"',
        DELIMITER.rstrip("\n"),
        "",
        f"# Week {record.shared.week}, shared by {record.partner}",
        "",
        *(f"- {line}" for line in preview_lines(record.shared)[1:-1]),
        "",
        f"{fence}json",
        record_text,
        fence,
        "",
    ]
    return "\n".join(lines)


def read_partner_week(body: str) -> dict[str, Any] | None:
    """The JSON record in a partner week file's body, or None if it has none."""
    match = _RECORD_RE.search(body)
    if match is None:
        return None
    try:
        data = json.loads(match.group(2))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


_RECORD_RE = re.compile(r"^(`{3,})json\n(.*?)\n\1$", re.MULTILINE | re.DOTALL)

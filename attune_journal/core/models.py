"""The journal's domain model: plain dataclasses, no Qt, no SQL.

Every kind of entry the product has lives here: the daily check-in, the quick
(regulation) note, the weekly review, the relationship check-in and the
rupture-and-repair entry. Each is saved by ``storage.repository`` and read back
as the same dataclass, field for field.

Timestamps are aware ``datetime`` values in the person's local time *with the
UTC offset of that moment*, so an entry written in Lisbon in July and read in
Berlin in winter still says what the clock said when it was written.

Validation lives in ``validate()`` methods so that the CLI, the GUI and the
importers all refuse the same bad input with the same message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, Literal, TypeAlias

from attune_journal.core.errors import ValidationError
from attune_journal.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from attune_journal.core.timeutil import now_local
from attune_journal.core.weeks import parse_iso_week

ACTIVATION_MIN = 0
ACTIVATION_MAX = 10
INTENSITY_MIN = 1
INTENSITY_MAX = 3
PILLAR_ANSWER_MIN = 1
PILLAR_ANSWER_MAX = 5
# A generous bound: a long day's writing is a few thousand words, and a pasted book
# still fits. Past 10 million characters, editing and search would crawl for everyone.
MAX_TEXT_CHARS = 10_000_000
MAX_TAG_CHARS = 64
MAX_WORD_CHARS = 80
# A detail's name is a short label ("place", "weather", "aliases"), as in a front matter.
MAX_META_KEY_CHARS = 64

Quadrant = Literal["yellow", "green", "red", "blue"]
EntryKind = Literal["checkin", "note", "weekly_review", "relationship", "repair"]


def new_uid() -> str:
    """A stable identifier that survives export and re-import."""
    import uuid  # with ``platform`` it is a few ms of every start; only new entries need it

    return uuid.uuid4().hex


def clean_text(text: str) -> str:
    """Normalise text for storage without changing what the person wrote.

    NUL characters are removed (SQLite and many editors truncate at them);
    everything else, emoji, right-to-left marks and zero-width joiners included,
    is kept as written.
    """
    return text.replace("\x00", "")


# Invisible format controls a word, tag, need or strategy name may not keep: the
# bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and
# marks (U+200E, U+200F, U+061C), zero-width spaces and joiners that join nothing
# (U+200B, U+2060-U+2064, U+FEFF), the soft hyphen, the Mongolian vowel separator,
# deprecated format characters (U+206A-U+206F), interlinear annotation marks and the
# tag characters (U+E0000-U+E007F) outside an emoji flag. They are *stripped*, not
# refused: they cannot be seen, so an error about them would name something the
# person cannot find to remove, and they often arrive unasked, pasted from a chat or
# an export. Kept, they would make an override turn "calm" into what reads as "mlac"
# in every list, or make "calm" and "calm" (with a zero-width space) two different
# feelings that look alike in Trends and in search. Zero-width (non-)joiners (U+200C,
# U+200D) stay: Persian, the Indic scripts and emoji such as 👩‍👩‍👧 need them.
# Free text (``clean_text``) keeps every one of these, since mixed right-to-left and
# left-to-right writing may need them and nothing is counted or compared by its text.
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f"
)
# A subdivision flag (🏴 then tag letters then CANCEL TAG) is an emoji, kept whole.
_EMOJI_FLAG = "\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"
_INVISIBLE_RE = re.compile(f"({_EMOJI_FLAG})|[{_INVISIBLE}]")


def _drop_invisible(match: re.Match[str]) -> str:
    return match.group(1) or ""


def clean_word(word: str) -> str:
    """Normalise a vocabulary word or tag: invisible format controls stripped (see
    ``_INVISIBLE``), NFC, trimmed, inner whitespace folded."""
    if "\x00" in word:  # as clean_text, without a call for every word of a large import
        word = clean_text(word)
    if not word.isascii():
        word = unicodedata.normalize("NFC", _INVISIBLE_RE.sub(_drop_invisible, word))
    return " ".join(word.split())


# The free-text fields as a refusal names them (translated where said; a detail's own
# name is the person's and stays as written).
_TEXT_NAMES = {
    "reflection": QT_TRANSLATE_NOOP("Entries", "reflection"),
    "regulation_note": QT_TRANSLATE_NOOP("Entries", "regulation note"),
    "text": QT_TRANSLATE_NOOP("Entries", "note"),
    "went_well": QT_TRANSLATE_NOOP("Entries", "went well"),
    "was_hard": QT_TRANSLATE_NOOP("Entries", "was hard"),
    "intention": QT_TRANSLATE_NOOP("Entries", "intention"),
    "more_of": QT_TRANSLATE_NOOP("Entries", "'more of' text"),
    "appreciated": QT_TRANSLATE_NOOP("Entries", "'appreciated' text"),
    "attune": QT_TRANSLATE_NOOP("Entries", "ATTUNE reflection"),
    "what_happened": QT_TRANSLATE_NOOP("Entries", "what happened"),
    "my_part": QT_TRANSLATE_NOOP("Entries", "my part"),
    "repair": QT_TRANSLATE_NOOP("Entries", "repair"),
    "how_it_went": QT_TRANSLATE_NOOP("Entries", "how it went"),
}


def _check_text(field_name: str, text: str) -> None:
    """Refuse a text longer than one entry holds; ``field_name`` is a key of _TEXT_NAMES."""
    if len(text) > MAX_TEXT_CHARS:
        name = translate("Entries", _TEXT_NAMES[field_name])
        raise ValidationError(
            translate(
                "Entries",
                "The {name} is {length} characters long; the most one entry can hold is "
                "{most}. Please split it into several entries.",
            ).format(name=name, length=format_number(len(text)), most=format_number(MAX_TEXT_CHARS))
        )


def check_activation(value: int | None, moment: Literal["", "before", "after"] = "") -> None:
    """Refuse an activation outside 0..10: an entry's own, or a strategy's ``before`` or
    ``after`` reading (each refusal one whole sentence, for the translation)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        if moment == "before":
            text = translate(
                "Entries", "The activation before the strategy must be a whole number from 0 to 10."
            )
        elif moment == "after":
            text = translate(
                "Entries", "The activation after the strategy must be a whole number from 0 to 10."
            )
        else:
            text = translate("Entries", "The activation must be a whole number from 0 to 10.")
        raise ValidationError(text)
    if not ACTIVATION_MIN <= value <= ACTIVATION_MAX:
        if moment == "before":
            text = translate(
                "Entries", "The activation before the strategy must be from 0 to 10 (got {value})."
            )
        elif moment == "after":
            text = translate(
                "Entries", "The activation after the strategy must be from 0 to 10 (got {value})."
            )
        else:
            text = translate("Entries", "The activation must be from 0 to 10 (got {value}).")
        raise ValidationError(text.format(value=value))


def check_intensity(value: int, word: str, region: str | None = None) -> None:
    """Refuse an intensity outside 1..3: of a feeling ``word``, or of a sensation ``word``
    felt in ``region``."""
    if isinstance(value, bool) or not isinstance(value, int):
        if region is None:
            text = translate("Entries", "The intensity of '{word}' must be 1, 2 or 3.")
        else:
            text = translate(
                "Entries", "The intensity of '{word}' in the {region} must be 1, 2 or 3."
            )
        raise ValidationError(text.format(word=word, region=region))
    if not INTENSITY_MIN <= value <= INTENSITY_MAX:
        if region is None:
            text = translate(
                "Entries", "The intensity of '{word}' must be 1, 2 or 3 (got {value})."
            )
        else:
            text = translate(
                "Entries",
                "The intensity of '{word}' in the {region} must be 1, 2 or 3 (got {value}).",
            )
        raise ValidationError(text.format(word=word, region=region, value=value))


def quadrant_of(pleasantness: float, energy: float) -> Quadrant:
    """The Mood Meter quadrant of a point (docs/domain.md: p>0,e>0 is yellow, etc.)."""
    if pleasantness > 0:
        return "yellow" if energy > 0 else "green"
    return "red" if energy > 0 else "blue"


# Vocabulary ids (``word_id``, ``need_id``, ``region_id``, ``sensation_id``, ``strategy_id``)
# say which shipped vocabulary item a word is, in every language (docs/domain.md, "Ids");
# None for the person's own words. They are left out of equality: two feelings are the
# same when the person wrote the same word, place and strength, and a word read back
# from an old export (no id yet) is the word that was saved (the store fills the id).


@dataclass
class BodySensation:
    """One thing noticed in the body: where, what it felt like, how strongly (1..3)."""

    region: str
    sensation: str
    intensity: int = 2
    region_id: str | None = field(default=None, compare=False)
    sensation_id: str | None = field(default=None, compare=False)

    def validate(self) -> None:
        if not clean_word(self.region):
            raise ValidationError(translate("Entries", "A body sensation needs a region."))
        if not clean_word(self.sensation):
            raise ValidationError(
                translate("Entries", "The sensation in the {region} needs a name.").format(
                    region=self.region
                )
            )
        check_intensity(self.intensity, self.sensation, self.region)


@dataclass
class Feeling:
    """A named feeling with its grid coordinates *at the time of the check-in*.

    Coordinates are copied from the vocabulary when the feeling is chosen so that
    charts survive later edits of the vocabulary. A word the person typed that is
    not in any vocabulary is accepted as their own; its coordinates may be left
    empty (``None``), and then it is counted everywhere except on the grid.
    """

    word: str
    pleasantness: float | None = None
    energy: float | None = None
    intensity: int = 2
    word_id: str | None = field(default=None, compare=False)

    @property
    def quadrant(self) -> Quadrant | None:
        if self.pleasantness is None or self.energy is None:
            return None
        return quadrant_of(self.pleasantness, self.energy)

    def validate(self) -> None:
        if not clean_word(self.word):
            raise ValidationError(translate("Entries", "A feeling needs a word."))
        if len(self.word) > MAX_WORD_CHARS:
            raise ValidationError(
                translate(
                    "Entries",
                    "The feeling word is longer than %n characters.",
                    None,
                    MAX_WORD_CHARS,
                )
            )
        for axis, value in (("pleasantness", self.pleasantness), ("energy", self.energy)):
            if value is not None and not -1.0 <= value <= 1.0:
                raise ValidationError(
                    translate("Entries", "The {axis} of '{word}' must be between -1 and 1.").format(
                        axis=axis, word=self.word
                    )
                )
        if (self.pleasantness is None) != (self.energy is None):
            raise ValidationError(
                translate("Entries", "'{word}' needs both coordinates or neither.").format(
                    word=self.word
                )
            )
        check_intensity(self.intensity, self.word)


@dataclass
class NeedState:
    """A need that was alive, and whether it felt met."""

    need: str
    met: bool
    need_id: str | None = field(default=None, compare=False)

    def validate(self) -> None:
        if not clean_word(self.need):
            raise ValidationError(translate("Entries", "A need needs a name."))
        if len(self.need) > MAX_WORD_CHARS:
            raise ValidationError(
                translate("Entries", "The need is longer than %n characters.", None, MAX_WORD_CHARS)
            )


@dataclass
class StrategyTry:
    """A regulation strategy tried, with activation before and a few minutes after."""

    name: str
    before: int | None = None
    after: int | None = None
    strategy_id: str | None = field(default=None, compare=False)

    def validate(self) -> None:
        if not clean_word(self.name):
            raise ValidationError(translate("Entries", "A strategy needs a name."))
        if len(self.name) > 200:
            raise ValidationError(
                translate("Entries", "The strategy name is longer than 200 characters.")
            )
        check_activation(self.before, "before")
        check_activation(self.after, "after")


def _validate_all(*groups: Sequence[BodySensation | Feeling | NeedState]) -> None:
    for group in groups:
        for item in group:
            item.validate()


def _check_tags(tags: list[str]) -> None:
    for tag in tags:
        if not clean_word(tag):
            raise ValidationError(translate("Entries", "A tag cannot be empty."))
        if len(tag) > MAX_TAG_CHARS:
            raise ValidationError(
                translate(
                    "Entries", "The tag '{tag}…' is longer than %n characters.", None, MAX_TAG_CHARS
                ).format(tag=tag[:20])
            )


def normalise_tags(tags: list[str]) -> list[str]:
    """Tags without a leading '#', folded whitespace, no duplicates (ignoring case), order
    kept. Linear: each tag is checked against a set of the case-folded ones kept so far."""
    kept: list[str] = []
    folded: set[str] = set()
    for tag in tags:
        cleaned = clean_word(tag).lstrip("#").strip()
        key = cleaned.casefold()
        if cleaned and key not in folded:
            folded.add(key)
            kept.append(cleaned)
    return kept


_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _meta_text(name: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(
            translate(
                "Entries",
                "The detail '{name}' is {length} characters long; the most one entry can hold "
                "is {most}. Please split it into several entries.",
            ).format(name=name, length=format_number(len(text)), most=format_number(MAX_TEXT_CHARS))
        )
    if _LONE_SURROGATE_RE.search(text):
        raise ValidationError(
            translate(
                "Entries",
                "The detail '{name}' holds half of a character (a cut emoji); it cannot be kept.",
            ).format(name=name)
        )


def check_meta_item(key: object, value: object) -> None:
    """Refuse one detail of ``EntryBase.meta`` that the journal cannot keep as it is.

    A name is short text; a value is text, a number (finite), true or false, or a list
    of texts: what a front matter and a Day One export carry, and what JSON, YAML and
    the entry view all give back unchanged.
    """
    if not isinstance(key, str) or not key.strip():
        raise ValidationError(
            translate("Entries", "A detail needs a name in words (got {key!r:.40}).").format(
                key=key
            )
        )
    if len(key) > MAX_META_KEY_CHARS:
        raise ValidationError(
            translate(
                "Entries",
                "The detail name '{key}…' is longer than %n characters.",
                None,
                MAX_META_KEY_CHARS,
            ).format(key=key[:20])
        )
    _meta_text(key, key)
    if isinstance(value, str):
        _meta_text(key, value)
    elif isinstance(value, int):  # True and False too
        return
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError(
                translate(
                    "Entries", "The detail '{key}' must be a finite number (got {value})."
                ).format(key=key, value=value)
            )
    elif isinstance(value, list):
        for item in value:
            if not isinstance(item, str):
                raise ValidationError(
                    translate(
                        "Entries",
                        "The detail '{key}' is a list, and a list may hold only texts (found "
                        "{item!r:.40}).",
                    ).format(key=key, item=item)
                )
            _meta_text(key, item)
    else:
        raise ValidationError(
            translate(
                "Entries",
                "The detail '{key}' must be a text, a number, true or false, or a list of texts "
                "(found {value!r:.40}).",
            ).format(key=key, value=value)
        )


def check_meta(meta: object) -> None:
    """Refuse source details the journal cannot keep (see ``check_meta_item``)."""
    if not isinstance(meta, dict):
        raise ValidationError(
            translate("Entries", "An entry's details must be 'name: value' pairs.")
        )
    for key, value in meta.items():
        check_meta_item(key, value)


@dataclass
class EntryBase:
    """Fields every entry has. ``id`` is the store's row id (None until saved).

    ``meta`` holds details an entry brought from where it was imported (Day One's
    journal, place and weather; another Markdown app's ``aliases`` or ``cssclass``),
    name to value, kept as they came and shown under "Details"; ``check_meta_item``
    says which values it may hold.
    """

    # What each kind is, said once; storage, exports, imports and screens read these.
    kind: ClassVar[EntryKind]
    label: ClassVar[str]  # its name for people (translated where shown)
    main_text: ClassVar[str]  # the field a list previews; the store's ``text`` column
    # Its other fields the store keeps in the row's JSON ``data`` (with ``meta``), each
    # written only when it differs from the field's default.
    data_fields: ClassVar[tuple[str, ...]] = ()
    at: datetime = field(default_factory=now_local)
    id: int | None = None
    uid: str = field(default_factory=new_uid)
    updated_at: datetime | None = None
    starred: bool = False
    tags: list[str] = field(default_factory=list)
    deleted_at: datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def day(self) -> date:
        """The local calendar day the entry belongs to."""
        return self.at.date()

    @property
    def is_trashed(self) -> bool:
        return self.deleted_at is not None

    def validate(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValidationError(
                translate("Entries", "An entry's time must carry its UTC offset.")
            )
        _check_tags(self.tags)
        check_meta(self.meta)


@dataclass
class CheckIn(EntryBase):
    """The guided daily check-in: body, feelings, needs, regulation, reflection."""

    kind: ClassVar[EntryKind] = "checkin"
    label: ClassVar[str] = "Check-in"
    main_text: ClassVar[str] = "reflection"
    data_fields: ClassVar[tuple[str, ...]] = ("regulation_note",)
    body: list[BodySensation] = field(default_factory=list)
    feelings: list[Feeling] = field(default_factory=list)
    needs: list[NeedState] = field(default_factory=list)
    activation: int | None = None
    strategy: StrategyTry | None = None
    regulation_note: str = ""
    reflection: str = ""
    prompt_id: str | None = None

    def validate(self) -> None:
        super().validate()
        _validate_all(self.body, self.feelings, self.needs)
        check_activation(self.activation)
        if self.strategy is not None:
            self.strategy.validate()
        _check_text("reflection", self.reflection)
        _check_text("regulation_note", self.regulation_note)


@dataclass
class Note(EntryBase):
    """A quick entry: free text, or a self-regulation note (activation, strategy, after).

    The quick regulation note from anywhere in the app and ``attune-journal note``
    both make one of these; so does a free entry written on the Today screen.
    """

    kind: ClassVar[EntryKind] = "note"
    label: ClassVar[str] = "Note"
    main_text: ClassVar[str] = "text"
    text: str = ""
    activation: int | None = None
    strategy: StrategyTry | None = None
    feelings: list[Feeling] = field(default_factory=list)
    needs: list[NeedState] = field(default_factory=list)

    @property
    def is_regulation_note(self) -> bool:
        return self.strategy is not None or self.activation is not None

    def validate(self) -> None:
        super().validate()
        _validate_all(self.feelings, self.needs)
        check_activation(self.activation)
        if self.strategy is not None:
            self.strategy.validate()
        _check_text("text", self.text)
        if not (
            self.text.strip()
            or self.activation is not None
            or self.strategy
            or self.feelings
            or self.needs
        ):
            raise ValidationError(
                translate("Entries", "The note is empty: write something or add an activation.")
            )


def _check_week(week: str) -> None:
    parse_iso_week(week)


@dataclass
class WeeklyReview(EntryBase):
    """The person's own reflection on one week (ISO week label such as ``2026-W47``)."""

    kind: ClassVar[EntryKind] = "weekly_review"
    label: ClassVar[str] = "Weekly review"
    main_text: ClassVar[str] = "went_well"
    data_fields: ClassVar[tuple[str, ...]] = ("was_hard", "intention")
    week: str = ""
    went_well: str = ""
    was_hard: str = ""
    intention: str = ""

    def validate(self) -> None:
        super().validate()
        _check_week(self.week)
        for name in ("went_well", "was_hard", "intention"):
            _check_text(name, getattr(self, name))


@dataclass
class RelationshipCheckIn(EntryBase):
    """The weekly six-pillar relationship check-in and optional ATTUNE reflection.

    ``answers`` maps an item id from ``resources/relationship.json`` (e.g.
    ``"safety.1"``) to 1..5; unanswered items are simply absent. ``attune`` maps an
    ATTUNE step id (``"awareness"`` …) to the person's free text.
    """

    kind: ClassVar[EntryKind] = "relationship"
    label: ClassVar[str] = "Relationship check-in"
    main_text: ClassVar[str] = "appreciated"
    data_fields: ClassVar[tuple[str, ...]] = ("answers", "more_of", "attune")
    week: str = ""
    answers: dict[str, int] = field(default_factory=dict)
    more_of: str = ""
    appreciated: str = ""
    attune: dict[str, str] = field(default_factory=dict)

    def validate(self) -> None:
        super().validate()
        _check_week(self.week)
        for item, value in self.answers.items():
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    translate(
                        "Entries", "The answer to '{item}' must be a whole number 1..5."
                    ).format(item=item)
                )
            if not PILLAR_ANSWER_MIN <= value <= PILLAR_ANSWER_MAX:
                raise ValidationError(
                    translate(
                        "Entries", "The answer to '{item}' must be from 1 to 5 (got {value})."
                    ).format(item=item, value=value)
                )
        _check_text("more_of", self.more_of)
        _check_text("appreciated", self.appreciated)
        for text in self.attune.values():
            _check_text("attune", text)


@dataclass
class RepairEntry(EntryBase):
    """A rupture-and-repair log entry; ``resolved`` closes it in the list of open repairs."""

    kind: ClassVar[EntryKind] = "repair"
    label: ClassVar[str] = "Rupture and repair"
    main_text: ClassVar[str] = "what_happened"
    data_fields: ClassVar[tuple[str, ...]] = ("my_part", "repair", "how_it_went", "resolved")
    what_happened: str = ""
    feelings: list[Feeling] = field(default_factory=list)
    needs: list[NeedState] = field(default_factory=list)
    my_part: str = ""
    repair: str = ""
    how_it_went: str = ""
    resolved: bool = False

    def validate(self) -> None:
        super().validate()
        _validate_all(self.feelings, self.needs)
        for name in ("what_happened", "my_part", "repair", "how_it_went"):
            _check_text(name, getattr(self, name))


Entry: TypeAlias = CheckIn | Note | WeeklyReview | RelationshipCheckIn | RepairEntry

ENTRY_TYPES: dict[str, type[EntryBase]] = {
    cls.kind: cls for cls in (CheckIn, Note, WeeklyReview, RelationshipCheckIn, RepairEntry)
}


def entry_text(entry: EntryBase) -> str:
    """The main free text of any entry (what a list row previews)."""
    return str(getattr(entry, entry.main_text))

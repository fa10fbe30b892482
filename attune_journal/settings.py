"""The person's settings: a small, versioned JSON file beside the store.

Plain JSON (never pickled Qt objects) so that it survives Qt upgrades and can be
read by a person. Written atomically: a temp file in the same folder, then
``os.replace``, so a crash mid-write leaves the old file intact. A damaged file
is set aside (``settings.json.damaged-<time>``) and defaults are used, with the
problem reported once, rather than refusing to start.

Helplines are the one list that mixes shipped data with the person's own edits.
The file keeps only the differences (``helpline_edits``: lines added, shipped
lines hidden, fields changed, keyed by each shipped line's stable ``id``), so a
later release that corrects a shipped number still reaches someone who once
edited the list. In memory, ``Settings.helplines`` is the person's whole list
(empty when they have no edits); it is turned back into differences on save.
A file from before (a full copy of the list) is converted on load without
losing anything the person added. See docs/safety.md.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from attune_journal.core.i18n import LANGUAGES, translate
from attune_journal.core.vocab_i18n import vocabulary_language
from attune_journal.paths import atomic_write_text, ensure_private_dir
from attune_journal.resources import load_json

SETTINGS_VERSION = 1

THEMES = ("system", "light", "dark")


@dataclass
class Settings:
    """Everything the Settings screen edits. Defaults are gentle and private."""

    version: int = SETTINGS_VERSION
    theme: str = "system"
    font_scale: float = 1.0
    window_low: int = 3
    window_high: int = 6
    week_start: int = 0  # 0 = Monday … 6 = Sunday
    reminder_enabled: bool = False
    reminder_time: str = "20:00"
    disabled_prompt_themes: list[str] = field(default_factory=list)
    breathing_animation: bool = True
    relationship_enabled: bool = False
    relationship_safety_seen: bool = False  # the safety note is shown once, on first turn-on
    welcome_seen: bool = False
    # After a check-in, offer up to three earlier ones like it (core/similar.py); opt-in.
    last_time_enabled: bool = False
    support_contacts: list[dict[str, str]] = field(default_factory=list)
    # The person's whole helpline list while they have edits, else empty (the shipped list).
    helplines: list[dict[str, str]] = field(default_factory=list)
    # What is saved: {"added": [...], "hidden": [ids], "changed": {id: {field: value}}}.
    helpline_edits: dict[str, Any] = field(default_factory=dict)
    idle_lock_minutes: int = 0
    backups_kept: int = 10
    window_geometry: str = ""  # base64 of QWidget.saveGeometry(), kept as text
    last_reminder_shown: str = ""
    # The reminder while the app is closed (docs/reminders.md): the person's choice, what
    # this computer installed for it (so turning it off removes exactly that), and, for an
    # encrypted journal only, the day of the latest check-in (unreadable while closed).
    reminder_when_closed: bool = False
    reminder_installed: dict[str, Any] = field(default_factory=dict)
    reminder_checked_in_on: str = ""
    # Insights the person chose not to see again: by id (``need-activation:rest:unmet``)
    # and every one of a kind (``tag-activation``); "Show hidden insights again" empties both.
    hidden_insights: list[str] = field(default_factory=list)
    hidden_insight_kinds: list[str] = field(default_factory=list)
    # Sync (docs/sync-format.md) belongs to this computer, never synced: the folder the
    # person chose ("" when this computer does not sync) and what they call this computer.
    sync_folder: str = ""
    sync_name: str = ""
    # The language the app speaks: "system" follows the computer's, else a code of
    # core.i18n.LANGUAGES ("en", "de"); read at start, so a change applies from the next.
    language: str = "system"

    def validate(self) -> None:
        """Clamp values a hand-edited file may have pushed out of range."""
        if self.theme not in THEMES:
            self.theme = "system"
        if self.language != "system" and self.language not in LANGUAGES:
            self.language = "system"
        self.font_scale = min(max(float(self.font_scale), 0.75), 2.0)
        self.window_low = min(max(int(self.window_low), 0), 10)
        self.window_high = min(max(int(self.window_high), self.window_low), 10)
        self.week_start = int(self.week_start) % 7
        self.backups_kept = min(max(int(self.backups_kept), 1), 100)
        self.idle_lock_minutes = max(int(self.idle_lock_minutes), 0)
        self.hidden_insights = [str(i) for i in self.hidden_insights]
        self.hidden_insight_kinds = [str(k) for k in self.hidden_insight_kinds]


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """Read settings; returns ``(settings, problem)`` where ``problem`` is a message or None."""
    if not path.exists():
        return Settings(), None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as error:
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, aside)
        except OSError:
            aside = path
        return Settings(), translate(
            "Settings",
            "Your settings file could not be read ({error}); it was kept as {name} "
            "and the defaults are used for now.",
        ).format(error=error, name=aside.name)
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in _migrate(raw).items() if k in known})
    try:
        settings.validate()
    except (TypeError, ValueError):
        return Settings(), translate(
            "Settings", "Some settings had values the app could not use; defaults are used."
        )
    settle_helplines(settings)
    return settings, None


def language_choice(path: Path) -> str:
    """The ``language`` of a settings file, read before the journal opens (the unlock
    dialog speaks it too): "system" when there is none or the file cannot be read. Reads
    only; :func:`load_settings` deals with a damaged file when the journal opens."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "system"
    choice = raw.get("language") if isinstance(raw, dict) else None
    return choice if isinstance(choice, str) and choice in LANGUAGES else "system"


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file up to ``SETTINGS_VERSION`` (append steps here)."""
    raw = dict(raw)
    raw["version"] = SETTINGS_VERSION
    return raw


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically with 0600 permissions (helplines as differences only)."""
    ensure_private_dir(path.parent)
    settings.helpline_edits = diff_helplines(settings.helplines) if settings.helplines else {}
    data = asdict(settings)
    data["helplines"] = []  # never a full copy again: it would freeze the shipped lines
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# ---- helplines: the shipped list and the person's differences ------------------------------

HELPLINE_FIELDS = ("name", "region", "contact", "description")
"""The fields a person can change; everything else about a shipped line follows the release."""

ABUSE = "abuse"
"""Kind of the domestic-abuse lines: they can be corrected but never hidden (docs/safety.md)."""

# The four lines shipped before lines had ids, exactly as that release wrote them. A settings
# file from then holds a full copy of the list: a shipped line it lacks was removed by the
# person; a field that differs from these values was changed by hand.
_FIRST_DEFAULTS: dict[str, dict[str, str]] = {
    "us-ca-988": {
        "name": "988 Suicide & Crisis Lifeline",
        "region": "United States",
        "contact": "Call or text 988",
        "description": "Free, confidential support at any hour for anyone in emotional distress "
        "or suicidal crisis.",
    },
    "gb-ie-samaritans": {
        "name": "Samaritans",
        "region": "United Kingdom and Ireland",
        "contact": "116 123",
        "description": "Free to call, day or night, to talk about whatever is on your mind.",
    },
    "findahelpline": {
        "name": "Find A Helpline",
        "region": "Other countries",
        "contact": "findahelpline.com",
        "description": "A directory of free, confidential helplines in many countries.",
    },
    "emergency": {
        "name": "Emergency services",
        "region": "Everywhere",
        "contact": "Your local emergency number (for example 911, 999 or 112)",
        "description": "If you or someone else is in danger right now, call your local "
        "emergency number.",
    },
}


@cache
def _shipped_helplines(language: str = "en") -> tuple[tuple[tuple[str, str], ...], ...]:
    # In the language shown (the regions and descriptions of resources/i18n/<language>/
    # vocabulary.json): the person's changes are kept against the same words they saw.
    # The vocabularies load when the lines are first needed, not at every start.
    from attune_journal.core.vocab import helpline_text

    data = load_json("helplines.json")
    lines = []
    for raw in data["helplines"]:
        line_id = str(raw["id"])
        line = {
            name: helpline_text(line_id, name, str(raw.get(name, "")), language)
            for name in HELPLINE_FIELDS
        }
        line["id"] = line_id
        line["kind"] = str(raw.get("kind", ""))
        line["countries"] = " ".join(str(code).upper() for code in raw.get("countries", ()))
        line["checked"] = str(raw.get("checked", ""))
        lines.append(tuple(line.items()))
    return tuple(lines)


def default_helplines() -> list[dict[str, str]]:
    """The shipped lines as fresh dicts: the editable fields plus id, kind, countries, checked.

    ``countries`` is a space-separated list of ISO 3166 codes ("US CA"); empty means
    everywhere. ``checked`` is the day the team last checked the number (YYYY-MM-DD).
    """
    return [dict(line) for line in _shipped_helplines(vocabulary_language())]


def _own_line(raw: Mapping[str, Any]) -> dict[str, str]:
    line = {name: " ".join(str(raw.get(name, "") or "").split()) for name in HELPLINE_FIELDS}
    line.update(id="", kind="own", countries="", checked="")
    return line


def _clean_edits(raw: Any) -> dict[str, Any]:
    """The differences as saved, with anything a hand edit broke left out."""
    if not isinstance(raw, Mapping):
        return {}
    added = [
        _own_line(line)
        for line in raw.get("added", ()) or ()
        if isinstance(line, Mapping) and (line.get("name") or line.get("contact"))
    ]
    hidden = sorted({str(i) for i in raw.get("hidden", ()) or () if isinstance(i, str)})
    changed: dict[str, dict[str, str]] = {}
    raw_changed = raw.get("changed", {})
    if isinstance(raw_changed, Mapping):
        for line_id, delta in raw_changed.items():
            if isinstance(delta, Mapping):
                kept = {
                    name: str(value)
                    for name, value in delta.items()
                    if name in HELPLINE_FIELDS and isinstance(value, str)
                }
                if kept:
                    changed[str(line_id)] = kept
    edits: dict[str, Any] = {}
    if added:
        edits["added"] = [{name: line[name] for name in HELPLINE_FIELDS} for line in added]
    if hidden:
        edits["hidden"] = hidden
    if changed:
        edits["changed"] = changed
    return edits


def merge_helplines(edits: Mapping[str, Any]) -> list[dict[str, str]]:
    """The shipped lines with the person's differences applied, then the lines they added.

    Shipped lines keep their file order and their id, kind, countries and checked date;
    a changed field replaces the shipped value; a hidden id is left out (never an abuse
    line); ids the release no longer ships are ignored.
    """
    clean = _clean_edits(edits)
    hidden = set(clean.get("hidden", ()))
    changed = clean.get("changed", {})
    lines = []
    for line in default_helplines():
        if line["id"] in hidden and line["kind"] != ABUSE:
            continue
        line.update(changed.get(line["id"], {}))
        lines.append(line)
    lines.extend(_own_line(line) for line in clean.get("added", ()))
    return lines


def diff_helplines(lines: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The differences between the person's whole list and the shipped one (see the module)."""
    shipped = {line["id"]: line for line in default_helplines()}
    seen: set[str] = set()
    added: list[dict[str, str]] = []
    changed: dict[str, dict[str, str]] = {}
    for line in lines:
        if not isinstance(line, Mapping):
            continue
        line_id = str(line.get("id", "") or "")
        base = shipped.get(line_id)
        if base is None or line_id in seen:
            added.append(_own_line(line))
            continue
        seen.add(line_id)
        delta = {
            name: str(line[name])
            for name in HELPLINE_FIELDS
            if name in line and str(line[name]) != base[name]
        }
        if delta:
            changed[line_id] = delta
    hidden = [i for i, line in shipped.items() if i not in seen and line["kind"] != ABUSE]
    return _clean_edits({"added": added, "hidden": hidden, "changed": changed})


def edits_from_full_list(lines: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Differences from a full copy of the list saved by the first release (no ids yet).

    A line named like a first-release default is that default; its fields that differ
    from what that release shipped are the person's changes. Every other line is one
    they added. First-release defaults missing from the copy were removed by them.
    Lines shipped since then were never in the copy, so they are not hidden.
    """
    by_name = {values["name"].casefold(): i for i, values in _FIRST_DEFAULTS.items()}
    seen: set[str] = set()
    added: list[dict[str, str]] = []
    changed: dict[str, dict[str, str]] = {}
    for line in lines:
        if not isinstance(line, Mapping):
            continue
        line_id = by_name.get(str(line.get("name", "")).strip().casefold())
        if line_id is None or line_id in seen:
            added.append(_own_line(line))
            continue
        seen.add(line_id)
        first = _FIRST_DEFAULTS[line_id]
        delta = {
            name: str(line[name])
            for name in HELPLINE_FIELDS
            if name in line and str(line[name]) != first[name]
        }
        if delta:
            changed[line_id] = delta
    hidden = [i for i in _FIRST_DEFAULTS if i not in seen]
    return _clean_edits({"added": added, "hidden": hidden, "changed": changed})


def settle_helplines(settings: Settings) -> None:
    """After loading: saved differences (or an older full copy) become the in-memory list."""
    edits = _clean_edits(settings.helpline_edits)
    legacy = [line for line in settings.helplines if isinstance(line, Mapping)]
    if not edits and legacy:
        edits = edits_from_full_list(legacy)
    settings.helpline_edits = edits
    settings.helplines = merge_helplines(edits) if edits else []


def current_helplines(settings: Settings) -> list[dict[str, str]]:
    """The person's list as it should show now: their differences over today's shipped lines.

    ``settings.helplines`` may have just been replaced by a screen (a whole list built
    from this function's result); it is read as differences against the shipped list,
    so an abuse line taken out comes back and the order stays that of the shipped file.
    """
    if not settings.helplines:
        return default_helplines()
    return merge_helplines(diff_helplines(settings.helplines))

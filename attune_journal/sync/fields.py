"""An entry as the fields a sync change carries, and back (docs/sync-format.md).

The fields are the Markdown export's front matter (docs/export-format.md) with the main
text as ``text``: the export's own dict of it (``markdown_render.front_matter``, whose
YAML text the export writes and the tests check against it), and turned back into an
entry by the importer (``markdown_import.entry_from_fields``). No YAML is written or
read on the way: on a ten-year journal that round trip was most of a join's time. So a sync change
and an export file can never disagree on what a field is called or how it is written.
``uid`` and ``kind`` travel beside the fields, and ``prompt`` (the prompt's words, for
reading only) not at all; ``meta`` is always there (``{}`` when the entry has none),
so that removing the last detail is a change like any other.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from typing import Any

from attune_journal.core.models import Entry, entry_text
from attune_journal.exchange.markdown_import import entry_from_fields
from attune_journal.exchange.markdown_render import front_matter, front_matter_text
from attune_journal.storage.repository import _texts_of

_NOT_FIELDS = ("uid", "kind", "prompt")
MAIN_TEXT = "text"
# ``prompt`` is dropped from the fields: no need to look the prompt's words up.
_NO_PROMPTS: dict[str, str] = {}


def entry_digest(entry: Entry) -> str:
    """A digest of the entry as the export writes it: equal digests, equal fields, so an
    unchanged entry needs no YAML read to know it is unchanged."""
    text = front_matter_text(entry) + "\x00" + entry_text(entry)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def field_digest(value: Any) -> str:
    """A short digest of one field's value: what this device keeps of what it last
    published or applied of each field (``published_state``), to tell an edit's fields
    from the rest without keeping a second copy of every entry."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def published_state(kind: str, fields: dict[str, Any], trashed: bool) -> dict[str, Any]:
    """An entry's row in ``sync_published``: its kind, trash state and a digest of each
    field."""
    digests = {name: field_digest(value) for name, value in fields.items()}
    return {"kind": kind, "trashed": trashed, "digests": digests}


def published_digests(state: dict[str, Any]) -> dict[str, str]:
    """The field digests of a ``sync_published`` entry row (rows written before digests
    held the fields themselves)."""
    digests = state.get("digests")
    if isinstance(digests, dict):
        return {str(name): str(value) for name, value in digests.items()}
    old = state.get("fields") or {}
    return {name: field_digest(value) for name, value in old.items()}


def entry_fields(entry: Entry) -> dict[str, Any]:
    """Every field of ``entry`` by its front-matter name, the main text as ``text``."""
    data = front_matter(entry, _NO_PROMPTS, as_stored=True)  # words as stored, with ids
    for name in _NOT_FIELDS:
        data.pop(name, None)
    data.setdefault("meta", {})
    data[MAIN_TEXT] = entry_text(entry)
    return data


def entry_from(uid: str, kind: str, fields: dict[str, Any]) -> Entry:
    """The entry ``fields`` describe (``ImportFormatError`` when they do not make one)."""
    data = {name: value for name, value in fields.items() if name != MAIN_TEXT}
    data["uid"], data["kind"] = uid, kind
    return entry_from_fields(data, str(fields.get(MAIN_TEXT) or ""), f"sync change of {uid}")


@cache
def text_fields(kind: str) -> frozenset[str]:
    """A kind's free-text fields by front-matter name (the store's own list: the main
    text, then the texts among its other fields): what a concurrent edit can conflict on."""
    _main, *others = _texts_of(kind)
    return frozenset([MAIN_TEXT, *others])


def joined(keep: Entry, other: Entry) -> Entry:
    """``keep`` with ``other``'s words added: each free text of ``other`` that differs
    is written after ``keep``'s, after a blank line (an ATTUNE reflection step by step);
    tags are both entries' tags, answers missing from ``keep`` are taken from ``other``,
    and it is starred when either was. What a person chooses when they keep both
    versions of a conflict as one entry (``meta.conflict_of`` is dropped)."""
    if keep.kind != other.kind:
        return keep
    mine, theirs = entry_fields(keep), entry_fields(other)
    for name in text_fields(keep.kind):
        mine[name] = _join_text(mine.get(name), theirs.get(name))
    tags = list(mine.get("tags") or [])
    mine["tags"] = tags + [tag for tag in theirs.get("tags") or [] if tag not in tags]
    if isinstance(mine.get("answers"), dict) and isinstance(theirs.get("answers"), dict):
        mine["answers"] = {**theirs["answers"], **mine["answers"]}
    mine["starred"] = bool(mine.get("starred")) or bool(theirs.get("starred"))
    meta = dict(mine.get("meta") or {})
    meta.pop("conflict_of", None)
    mine["meta"] = meta
    result = entry_from(keep.uid, keep.kind, mine)
    result.id = keep.id
    return result


def _join_text(mine: Any, theirs: Any) -> Any:
    if isinstance(mine, dict) and isinstance(theirs, dict):
        keys = list(mine) + [key for key in theirs if key not in mine]
        return {key: _join_text(mine.get(key), theirs.get(key)) for key in keys}
    first, second = str(mine or ""), str(theirs or "")
    if not second.strip() or second.strip() == first.strip():
        return first
    if not first.strip():
        return second
    return f"{first.rstrip()}\n\n{second.lstrip()}"

"""Markdown export: entries -> Markdown files with YAML front matter (docs/export-format.md).

Rendering is pure (``render_entry``, ``plan_folder``, ``render_single``); the two
writers (``export_markdown_folder``, ``export_markdown_file``) put the result on
disk without ever overwriting different content unless asked to (``force``).

Writing, and why it is done this way:

- A new (or empty) target folder is built in a hidden staging folder inside it,
  ``.attune-export-partial-<8 hex>`` (``STAGING_RE``, 0700), whose contents are
  moved up into the target at the end, so an interrupted or cancelled export
  leaves nothing half-written among the person's files. Inside that private
  folder files are written directly: a temp-file-and-rename per file would buy
  nothing there and cost a second system call per file. (Staging inside the
  target, not beside it, keeps it on the same disk as the target and inside the
  folder the person chose, never in a folder they did not.)
- Over an existing folder, every changed file is written to a temp file in its
  own folder (``.<name>.attune-export-<8 hex>.tmp``, ``TEMP_FILE_RE``) and moved
  over the old one with ``os.replace``: each file is always either the old or the
  new version. Identical files are left alone (their modification time too), so
  a re-export touches only what changed.
- A run that is killed cannot clean up after itself. The next export run does:
  it removes the staging folders and temp files left in its target (and the
  staging folders that earlier versions left beside it) and, when it knows the
  data folder, those of every killed run recorded in the data folder's private
  ``tmp/`` (``remove_export_leftovers``, which the app may also call at start-up).
  A running export holds a lock on its target, so another run never removes its
  work and two exports never write into one folder at once.
- Nothing is written or read through a link inside the target: a linked folder
  where the export writes is refused, a linked file is replaced, never followed.
- The journal's own files (the store, its ``-wal``/``-shm``, settings, backups)
  are never written over, whatever ``force`` says, when the data folder is known.
- No ``fsync`` per file by default (``durable=True`` asks for one): thousands
  of fsyncs would make a full export many times slower, and an export is a copy
  that can always be made again. The folder holding the result is fsynced once.
- Files are created readable only by the person (0600, every folder the export
  makes 0700), like the store itself: an export is the whole journal in plain text.

Speed (PRODUCT.md: a whole-journal folder export well ahead of jrnl's): the
YAML of repeated values is made once (``_Blocks``), and a chunk of files is
created by writer threads (``_Writers``; the system calls release the GIL) while
the next chunk renders. An export runs in one process, from the command line and
the app alike: a forked helper process that shared a large export with it was
measured to gain nothing (docs/benchmarks.md) and was removed. None of this
changes a byte of the files, their names or the guarantees above: the first
error in a writer thread stops the export and is raised here as it was raised
there, and the staging folder goes.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import secrets
import shutil
import stat
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
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
from attune_journal.core.timeutil import to_text, utc_key
from attune_journal.core.wording import count
from attune_journal.exchange import frontmatter

_BACKTICKS_RE = re.compile("`+")
FILE_MODE = 0o600
DIR_MODE = 0o700
DELIMITER = "---\n"
SINGLE_FILE_TITLE = "# Attune Journal\n"
KIND_TITLES = {
    "checkin": "Check-in",
    "note": "Note",
    "weekly_review": "Weekly review",
    "relationship": "Relationship check-in",
    "repair": "Repair",
}

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(Exception):
    """The export could not be done; the message says why and what to do."""


class ExportConflict(ExportError):
    """The target holds files with other content; ``paths`` lists them (relative)."""

    def __init__(self, target: Path, paths: Sequence[str]) -> None:
        self.target = target
        self.paths = list(paths)
        shown = ", ".join(self.paths[:3]) + (" …" if len(self.paths) > 3 else "")
        super().__init__(
            f"{target} already holds {count(len(self.paths), 'file', 'files')} with "
            f"different content ({shown}); nothing was written. Choose another place, or "
            "replace them (--force on the command line)."
        )


class ExportCancelled(ExportError):
    """The person cancelled; nothing new is left in a new folder."""


@dataclass
class ExportReport:
    """What an export did: where, how many entries, files written and left unchanged."""

    target: Path
    entries: int = 0
    written: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Exported {count(self.entries, 'entry', 'entries')} to {self.target}: "
            f"{count(self.written, 'file', 'files')} written, "
            f"{self.unchanged} already up to date ({self.seconds:.2f} s)."
        )


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


def _strategy(strategy: StrategyTry | None) -> dict[str, Any] | None:
    if strategy is None:
        return None
    return {"name": strategy.name, "before": strategy.before, "after": strategy.after}


def _feelings(entry: CheckIn | Note | RepairEntry) -> list[dict[str, Any]]:
    return [
        {
            "word": f.word,
            "pleasantness": f.pleasantness,
            "energy": f.energy,
            "intensity": f.intensity,
        }
        for f in entry.feelings
    ]


def _needs(entry: CheckIn | Note | RepairEntry) -> list[dict[str, Any]]:
    return [{"need": n.need, "met": n.met} for n in entry.needs]


def front_matter(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every structured field of ``entry``, in a fixed order (the main text is the body)."""
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
        data["strategy"] = _strategy(entry.strategy)
        data["feelings"] = _feelings(entry)
        data["needs"] = _needs(entry)
        data["body"] = [
            {"region": b.region, "sensation": b.sensation, "intensity": b.intensity}
            for b in entry.body
        ]
        data["regulation_note"] = entry.regulation_note
    elif isinstance(entry, Note):
        data["activation"] = entry.activation
        data["strategy"] = _strategy(entry.strategy)
        data["feelings"] = _feelings(entry)
        data["needs"] = _needs(entry)
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
        data["feelings"] = _feelings(entry)
        data["needs"] = _needs(entry)
        data["my_part"] = entry.my_part
        data["repair"] = entry.repair
        data["how_it_went"] = entry.how_it_went
        data["resolved"] = entry.resolved
    if entry.meta:
        # Details from where the entry was imported, last and only when there are some.
        data["meta"] = dict(entry.meta)
    return data


def body_block(text: str) -> str:
    """The Markdown after the front matter: a blank line, the text, a final newline.

    Both additions are removed again on import (exactly one each), so any text,
    including one that ends without a newline or with several, comes back as it was.
    """
    return "\n" + text + "\n" if text else ""


def front_matter_text(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> str:
    """``frontmatter.dump(front_matter(entry))``, written out directly for speed.

    A ten-year journal has tens of thousands of feelings, needs and sensations,
    but few distinct ones: the same word with the same coordinates, the same need
    met or not. Their YAML lines are made once and reused (``_Blocks``), so an
    entry costs a few dictionary look-ups instead of dozens of scalar
    conversions. The result is the same text as the generic dumper, which the
    tests check for every kind and for generated entries.
    """
    q = frontmatter.scalar
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
    (``_plain_int``, ``_plain_float``); anything else is written directly. Each
    table is emptied when it grows past ``limit``, so a long-running app that
    exports many different journals keeps it small.
    """

    def __init__(self, limit: int = 20_000) -> None:
        self.limit = limit
        self._feelings: dict[tuple[Any, ...], str] = {}
        self._needs: dict[tuple[str, bool], str] = {}
        self._body: dict[tuple[Any, ...], str] = {}
        self._strategies: dict[tuple[Any, ...], str] = {}
        self._tags: dict[tuple[str, ...], str] = {}
        self._prompts: dict[tuple[str | None, str | None], str] = {}

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
                key = (f.word, p, e, i)
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
            key = (n.need, bool(n.met))
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
                key = (b.region, b.sensation, b.intensity)
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
        key = (strategy.name, before, after)
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


def _feeling_block(f: Feeling) -> str:
    q = frontmatter.scalar
    return (
        f"  - word: {q(f.word)}\n    pleasantness: {q(f.pleasantness)}\n"
        f"    energy: {q(f.energy)}\n    intensity: {q(f.intensity)}"
    )


def _need_block(n: NeedState) -> str:
    return f"  - need: {frontmatter.scalar(n.need)}\n    met: {'true' if n.met else 'false'}"


def _body_block(b: BodySensation) -> str:
    q = frontmatter.scalar
    return (
        f"  - region: {q(b.region)}\n    sensation: {q(b.sensation)}\n"
        f"    intensity: {q(b.intensity)}"
    )


def _strategy_block(strategy: StrategyTry) -> str:
    q = frontmatter.scalar
    return (
        f"strategy:\n  name: {q(strategy.name)}\n  before: {q(strategy.before)}\n"
        f"  after: {q(strategy.after)}"
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
    title = KIND_TITLES.get(entry.kind, entry.kind)
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


# ---- writing ----------------------------------------------------------------------------

# Open a file or folder without following a link in its last component, where the
# platform can (not on Windows, which has no such flag).
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


def _write_new(path: Path | str, data: bytes, durable: bool) -> None:
    # O_EXCL: the path is always fresh (a staging folder or a random temp name),
    # so finding a file there would mean something else is writing: stop. With
    # O_EXCL a link in the last component is never followed; O_NOFOLLOW says so.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        _write_all(fd, data, durable)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes, durable: bool) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    if durable:
        os.fsync(fd)


def write_atomic(path: Path, data: bytes, durable: bool = False) -> None:
    """Write ``data`` to a temp file beside ``path``, then move it over ``path``.

    The move replaces whatever has the name ``path``, a link included, and never
    writes through a link. The temp file is named ``.<name>.attune-export-<8 hex>.tmp``
    (``TEMP_FILE_RE``), so one left by a killed export can be found and removed.
    """
    tmp = path.with_name(_temp_name(path.name))
    try:
        _write_new(tmp, data, durable)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _temp_name(name: str) -> str:
    return f".{name}{TEMP_FILE_MARK}{secrets.token_hex(4)}.tmp"


def _write_single_file(path: Path, data: bytes, durable: bool) -> None:
    """``write_atomic`` holding a lock on the temp file while it exists, so that
    ``remove_export_leftovers`` in another process can tell it from a leftover."""
    tmp = path.with_name(_temp_name(path.name))
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        _lock(fd)
        _write_all(fd, data, durable)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Not every platform can open a folder (Windows); the rename is still atomic there.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _same_content(path: Path, data: bytes) -> bool | None:
    """True/False when ``path`` is a file with/without exactly ``data``; None if absent.

    A link is never followed: it counts as different content (an export with
    ``force`` replaces the link itself with a file, and never writes through it).
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return False
    if info.st_size != len(data):
        return False
    return path.read_bytes() == data


def _is_empty_dir(folder: Path) -> bool:
    return folder.is_dir() and not any(folder.iterdir())


def _make_private_folder(folder: Path) -> bool:
    """Create ``folder`` and any missing parents, each 0700; True if ``folder`` was new.

    (``Path.mkdir(parents=True)`` would give the parents the default mode, 0755.)
    """
    if folder.is_dir():
        return False
    if os.path.lexists(folder):
        raise _not_a_folder(folder)
    missing: list[Path] = []
    at = folder
    while not os.path.lexists(at) and at.parent != at:
        missing.append(at)
        at = at.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by someone else
            os.mkdir(path, DIR_MODE)
    if not folder.is_dir():
        raise ExportError(f"{folder} could not be made a folder; choose another place.")
    return True


def _not_a_folder(path: Path) -> ExportError:
    if path.is_symlink() and not path.exists():
        return ExportError(f"{path} is a link that leads nowhere; choose a folder for the export.")
    return ExportError(f"{path} is a file, not a folder; choose a folder for the export.")


def _check_folders(target: Path, names: Iterable[str], create: bool) -> None:
    """Make sure every folder under ``target`` that ``names`` go into is a real folder.

    A link (to a folder elsewhere, or anything else) is refused: an export never
    writes or reads through a link inside its target. With ``create`` the missing
    folders are made, 0700 each; without, they are left missing.
    """
    for sub in _folders_of(names):
        path = target / sub
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            if not create:
                continue
            with contextlib.suppress(FileExistsError):
                os.mkdir(path, DIR_MODE)
            info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            raise ExportError(
                f"{path} is a link to another place and an export never writes through a "
                "link: remove the link or choose another folder."
            )
        if not stat.S_ISDIR(info.st_mode):
            raise ExportError(f"{path} is a file; the export needs that name for a folder.")


# Files handed to the writer threads at a time; also how often progress is
# reported and cancellation checked.
CHUNK = 200
# Two writers keep file creation (mostly time in the kernel, without the GIL)
# going while the caller renders the next chunk; more gained nothing measurable
# on two cores, and an export below one chunk is written without any thread.
WRITER_THREADS = 2

FileJob = tuple[str, bytes]


class _Writers:
    """Threads that write chunks of files while the caller renders the next chunk.

    ``write(path, data)`` runs in a writer thread (or inline with ``threads=0``).
    The first error a writer meets (a full disk, a permission) stops all writing
    and is raised again, unchanged, in the caller's thread by ``submit`` or
    ``finish``; ``close`` always stops and joins the threads, so the caller can
    clean up knowing no file is still being written.
    """

    def __init__(self, write: Callable[[str, bytes], None], threads: int) -> None:
        self._write = write
        self._queue: queue.SimpleQueue[list[FileJob] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.done = 0
        self.error: BaseException | None = None
        self._threads = [
            threading.Thread(target=self._run, name=f"markdown-export-{n}", daemon=True)
            for n in range(threads)
        ]
        for thread in self._threads:
            thread.start()

    def _write_chunk(self, chunk: list[FileJob]) -> None:
        write, stop = self._write, self._stop
        written = 0
        try:
            for path, data in chunk:
                if stop.is_set():
                    break
                write(path, data)
                written += 1
        except BaseException as error:
            with self._lock:
                if self.error is None:
                    self.error = error
            stop.set()
        finally:
            with self._lock:
                self.done += written

    def _run(self) -> None:
        while True:
            chunk = self._queue.get()
            if chunk is None:
                return
            if not self._stop.is_set():
                self._write_chunk(chunk)

    def _raise_error(self) -> None:
        if self.error is not None:
            raise self.error

    def submit(self, chunk: list[FileJob]) -> None:
        self._raise_error()
        if self._threads:
            self._queue.put(chunk)
        else:
            self._write_chunk(chunk)
            self._raise_error()

    def finish(
        self,
        progress: Progress | None,
        cancelled: Cancelled | None,
        total: int,
        on_cancel: Callable[[int], ExportCancelled],
    ) -> None:
        """Wait until every submitted file is written; report progress meanwhile."""
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            while thread.is_alive():
                thread.join(0.1)
                if cancelled is not None and cancelled():
                    self._stop.set()
                    raise on_cancel(self.done)
                if progress is not None and thread.is_alive():
                    progress(self.done, total)
        self._raise_error()

    def close(self) -> None:
        """Stop writing (if not finished) and wait for the threads; safe to call twice."""
        self._stop.set()
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join()


def _writer_threads(files: int) -> int:
    return WRITER_THREADS if files > CHUNK else 0


def export_markdown_folder(
    entries: Iterable[Entry],
    folder: str | os.PathLike[str],
    force: bool = False,
    *,
    prompt_texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    durable: bool = False,
    data_dir: str | os.PathLike[str] | None = None,
) -> ExportReport:
    """Export ``entries`` as one Markdown file each under ``folder``.

    Raises ``ExportConflict`` (writing nothing) when a file to be written exists
    with different content and ``force`` is false; ``ExportCancelled`` when
    ``cancelled()`` turns true (a new folder is then removed again).
    Files in the folder that this export does not write are never touched, and
    nothing is written or read through a link inside the folder (``ExportError``).

    ``data_dir``, the journal's data folder, lets the export refuse a target
    inside the journal's backups, and record the export while it runs so that
    what a killed run leaves behind is found and removed by the next export run
    (or ``remove_export_leftovers``) whatever its target. Leftovers in this
    target (``STAGING_RE``, ``TEMP_FILE_RE``, and the staging folders beside it
    that earlier versions made) are removed first in any case.
    """
    started = time.perf_counter()
    target = Path(folder)
    if data_dir is not None:
        _refuse_journal_files(target, Path(data_dir))
    if os.path.lexists(target) and not target.is_dir():
        raise _not_a_folder(target)
    names = plan_names(entries)
    report = ExportReport(target=target, entries=len(names))
    total = len(names)
    if data_dir is not None:
        remove_export_leftovers(data_dir)
    created = _make_private_folder(target)
    lock: int | None = None
    record: Path | None = None
    try:
        lock = _lock_folder(target)
        if data_dir is not None:
            record = _record_export(Path(data_dir), target, "folder")
        _remove_leftovers_in(target)
        if _is_empty_dir(target):
            _export_into_new_folder(
                target, names, prompt_texts, report, progress, cancelled, durable
            )
        else:
            _check_folders(target, (name for name, _ in names), create=False)
            planned = [(name, render_entry(e, prompt_texts).encode("utf-8")) for name, e in names]
            _export_over_existing(target, planned, report, force, progress, cancelled, durable)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                target.rmdir()  # only if nothing is in it
        raise
    finally:
        if record is not None:
            with contextlib.suppress(OSError):
                record.unlink()
        if lock is not None:
            os.close(lock)
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(total, total)
    return report


def _make_dirs(root: str, names: Iterable[str]) -> None:
    """Make the folders ``names`` go into under the new folder ``root``, 0700 each."""
    for sub in _folders_of(names):
        os.mkdir(f"{root}/{sub}", DIR_MODE)


def _folders_of(names: Iterable[str]) -> list[str]:
    """Every folder (and parent folder) the relative ``names`` go into, each before the
    folders inside it."""
    folders: set[str] = set()
    for name in names:
        folder = name.rpartition("/")[0]
        while folder and folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    return sorted(folders)


def _export_into_new_folder(
    target: Path,
    names: list[tuple[str, Entry]],
    prompt_texts: Mapping[str, str] | None,
    report: ExportReport,
    progress: Progress | None,
    cancelled: Cancelled | None,
    durable: bool,
) -> None:
    """Render chunk by chunk into a hidden staging folder inside the (empty) target,
    then move what it holds up into the target.

    The staging folder, ``.attune-export-partial-<8 hex>`` (``STAGING_RE``), is
    made 0700 inside the target, never beside it: a run killed before the end
    leaves it there, inside the folder the person chose, until the next export
    run (or ``remove_export_leftovers``) removes it.

    Rendering (Python, holding the GIL) and creating files (mostly kernel time)
    overlap: writer threads create one chunk while this thread renders the next.
    """
    staging = target / f"{STAGING_PREFIX}{secrets.token_hex(4)}"
    os.mkdir(staging, DIR_MODE)
    total = len(names)
    root = str(staging)
    writers: _Writers | None = None

    def cancel(done: int) -> ExportCancelled:
        return ExportCancelled("The export was cancelled; nothing was written.")

    def write(path: str, data: bytes) -> None:
        _write_new(path, data, durable)

    try:
        _make_dirs(root, (name for name, _ in names))
        writers = _Writers(write, _writer_threads(total))
        for first in range(0, total, CHUNK):
            if cancelled is not None and cancelled():
                raise cancel(writers.done)
            if progress is not None:
                progress(writers.done, total)
            writers.submit(
                [
                    (f"{root}/{name}", render_entry(entry, prompt_texts).encode("utf-8"))
                    for name, entry in names[first : first + CHUNK]
                ]
            )
        writers.finish(progress, cancelled, total, cancel)
        _move_up(staging, target)
        _fsync_dir(target)
    except BaseException:
        if writers is not None:
            writers.close()
        _remove_path(staging)
        raise
    report.files.extend(name for name, _ in names)
    report.written = total


def _move_up(staging: Path, target: Path) -> None:
    """Move everything in ``staging`` into ``target`` (its parent), then remove it."""
    for name in sorted(os.listdir(staging)):
        final = target / name
        if os.path.lexists(final):
            raise ExportError(
                f"{final} appeared in the folder while exporting into it; run the export again."
            )
        os.rename(staging / name, final)
    os.rmdir(staging)


def _export_over_existing(
    target: Path,
    planned: list[tuple[str, bytes]],
    report: ExportReport,
    force: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
    durable: bool,
) -> None:
    changed: list[tuple[str, bytes]] = []
    conflicts: list[str] = []
    for name, data in planned:
        same = _same_content(target / name, data)
        if same is True:
            report.unchanged += 1
            continue
        changed.append((name, data))
        if same is False:
            conflicts.append(name)
    if conflicts and not force:
        raise ExportConflict(target, conflicts)
    for name, _ in changed:
        if stat.S_ISDIR(_lstat_mode(target / name)):
            raise ExportError(
                f"{target / name} is a folder; the export needs that name for a file."
            )
    _check_folders(target, (name for name, _ in changed), create=True)
    total = len(changed)

    def cancel(done: int) -> ExportCancelled:
        return ExportCancelled(
            f"The export was cancelled after {done} of {total} changed files; "
            "every file in the folder is whole (old or new)."
        )

    writers = _Writers(
        lambda path, data: write_atomic(Path(path), data, durable), _writer_threads(total)
    )
    try:
        for first in range(0, total, CHUNK):
            if cancelled is not None and cancelled():
                raise cancel(writers.done)
            if progress is not None:
                progress(writers.done, total)
            chunk = changed[first : first + CHUNK]
            writers.submit([(str(target / name), data) for name, data in chunk])
            report.files.extend(name for name, _ in chunk)
        writers.finish(progress, cancelled, total, cancel)
    finally:
        writers.close()
        report.written = writers.done
    for sub in sorted({name.rpartition("/")[0] for name, _ in changed}):
        _fsync_dir(target / sub if sub else target)


def _lstat_mode(path: Path) -> int:
    try:
        return os.lstat(path).st_mode
    except FileNotFoundError:
        return 0


def export_markdown_file(
    entries: Iterable[Entry],
    path: str | os.PathLike[str],
    force: bool = False,
    *,
    prompt_texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    durable: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
) -> ExportReport:
    """Export every entry into one combined Markdown file, written atomically.

    ``data_dir``, the journal's data folder, makes the export refuse (whatever
    ``force`` says) to write over the journal's store, its ``-wal``/``-shm``
    files or anything in its backups, and records the export while it runs (see
    ``export_markdown_folder``). A temp file that a killed run left beside
    ``path`` (``TEMP_FILE_RE``) is removed first.
    """
    started = time.perf_counter()
    target = Path(path)
    if data_dir is not None:
        _refuse_journal_files(target, Path(data_dir))
    items = list(entries)
    if progress is not None:
        progress(0, len(items))
    data = render_single(items, prompt_texts).encode("utf-8")
    if cancelled is not None and cancelled():
        raise ExportCancelled("The export was cancelled; nothing was written.")
    report = ExportReport(target=target, entries=len(items), files=[target.name])
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name for a single-file export.")
    if data_dir is not None:
        remove_export_leftovers(data_dir)
    _remove_file_leftovers(target, [])
    same = _same_content(target, data)
    if same is True:
        report.unchanged = 1
    else:
        if same is False and not force:
            raise ExportConflict(target.parent, [target.name])
        _make_private_folder(target.parent)
        record = None if data_dir is None else _record_export(Path(data_dir), target, "file")
        try:
            _write_single_file(target, data, durable)
            if durable:
                _fsync_dir(target.parent)
        finally:
            if record is not None:
                with contextlib.suppress(OSError):
                    record.unlink()
        report.written = 1
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(len(items), len(items))
    return report


# ---- the journal's own files ------------------------------------------------------------


def _refuse_journal_files(path: Path, data_dir: Path) -> None:
    """Raise ``ExportError`` if ``path`` is one of the journal's own files: the store,
    its ``-wal``/``-shm`` (or ``-journal``), any other file directly in the data folder
    (settings, locks), or the backups folder (or the folders of damaged copies and of
    export records) or anything in it. Links and other names for the same file
    (``..``, a hard link) are seen through."""
    from attune_journal.paths import DataPaths

    paths = DataPaths(data_dir)
    store = os.path.realpath(paths.store)
    own = [store + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    real = os.path.realpath(path)
    key = os.path.normcase(real)
    if key in {os.path.normcase(name) for name in own} or _same_file(path, own):
        raise ExportError(
            f"{path} is the journal's own store, which an export never writes over; "
            "choose another place."
        )
    root = os.path.realpath(paths.root)
    named = {os.path.normcase(os.path.realpath(p)) for p in (paths.settings, paths.instance_lock)}
    in_root = _same_folder(os.path.dirname(real), root)
    if key in named or (in_root and os.path.isfile(real)):
        raise ExportError(
            f"{path} is one of the journal's own files, which an export never writes over; "
            "choose another place."
        )
    for folder in (paths.backups, paths.damaged, paths.root / RECORDS_FOLDER):
        if _inside(real, os.path.realpath(folder)):
            raise ExportError(
                f"{path} is in the journal's {folder.name} folder, where an export never "
                "writes; choose another place."
            )


def _same_folder(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _same_file(path: Path, others: Sequence[str]) -> bool:
    try:
        mine = os.stat(path)
    except OSError:
        return False
    for other in others:
        with contextlib.suppress(OSError):
            if os.path.samestat(mine, os.stat(other)):
                return True
    return False


def _inside(real: str, folder: str) -> bool:
    """Whether the resolved path ``real`` is ``folder`` or in it (by name, or by the
    identity of an existing folder on its way up)."""
    key, top = os.path.normcase(real), os.path.normcase(folder)
    if key == top or key.startswith(top.rstrip(os.sep) + os.sep):
        return True
    try:
        folder_info = os.stat(folder)
    except OSError:
        return False
    at = real
    while True:
        with contextlib.suppress(OSError):
            if os.path.samestat(os.stat(at), folder_info):
                return True
        up = os.path.dirname(at)
        if up == at:
            return False
        at = up


# ---- what an interrupted export leaves behind -------------------------------------------
#
# A run killed before the end (SIGKILL, a power cut) cannot clean up after itself.
# It may leave, all private (0700/0600) but plain text:
#
# - a staging folder ``.attune-export-partial-<8 hex>`` inside its target folder;
# - temp files ``.<name>.attune-export-<8 hex>.tmp`` in the target's own folders (an
#   export over an existing folder) or beside a single-file target;
# - its record in the data folder, ``tmp/export-<8 hex>.json``, naming the target.
#
# Each export run removes these first: the ones in its own target always, and,
# through the records, those of every killed run of the same journal. An export
# still running is never disturbed: it holds a lock on its target folder (or its
# single file's temp file) until it ends, and the lock goes with its process.

STAGING_PREFIX = ".attune-export-partial-"
STAGING_RE = re.compile(r"\.attune-export-partial-[0-9a-f]{8}\Z")
TEMP_FILE_MARK = ".attune-export-"
TEMP_FILE_RE = re.compile(r"\..+\.attune-export-[0-9a-f]{8}\.tmp\Z", re.DOTALL)
# What versions before this one left: a staging folder beside the target named
# ``.<target name>.partial-<8 hex>``, and temp files ``.<name>.<8 hex>.tmp``.
_OLD_STAGING_RE = re.compile(r"\.(.+)\.partial-[0-9a-f]{8}\Z", re.DOTALL)
_OLD_TEMP_FILE_RE = re.compile(r"\.(.+)\.[0-9a-f]{8}\.tmp\Z", re.DOTALL)
RECORDS_FOLDER = "tmp"  # in the data folder
_RECORD_RE = re.compile(r"export-[0-9a-f]{8}\.json\Z")
# The folders under a target that an export writes files into (plan_names).
_EXPORT_FOLDER_RE = re.compile(r"[0-9]+\Z")
_WEEK_FOLDERS = ("weeks", "relationship")


def remove_export_leftovers(
    data_dir: str | os.PathLike[str] | None = None,
    targets: Iterable[str | os.PathLike[str]] = (),
) -> list[Path]:
    """Remove what interrupted exports left behind; return the paths removed.

    With ``data_dir`` (the journal's data folder): every export recorded in its
    ``tmp/`` folder whose process has ended, whatever its target. For each of
    ``targets`` (export folders or single-file exports): what killed runs left in
    or beside it, recorded or not (runs of earlier versions were not). Exports
    still running, in this process or another, are left alone. Best effort: a
    path that cannot be removed is skipped; this never raises ``OSError``.
    Safe to call at start-up, before or after opening the journal.
    """
    removed: list[Path] = []
    if data_dir is not None:
        records = Path(data_dir) / RECORDS_FOLDER
        try:
            names = sorted(os.listdir(records))
        except OSError:
            names = []
        for name in names:
            if not _RECORD_RE.match(name):
                continue
            record = records / name
            try:
                info = json.loads(record.read_bytes().decode("utf-8"))
                recorded = Path(info["target"])
                kind = info["kind"]
            except (OSError, ValueError, KeyError, TypeError):
                with contextlib.suppress(OSError):
                    record.unlink()  # unreadable: half-written when its run was killed
                continue
            idle = (
                _remove_file_leftovers(recorded, removed)
                if kind == "file"
                else _clean_folder_if_idle(recorded, removed)
            )
            if not idle:
                continue  # still being exported: its record stays
            with contextlib.suppress(OSError):
                record.unlink()
    for target in map(Path, targets):
        if target.is_dir():
            _clean_folder_if_idle(target, removed)
        else:
            _remove_file_leftovers(target, removed)
    return removed


def _clean_folder_if_idle(target: Path, removed: list[Path]) -> bool:
    """Remove the leftovers in and beside ``target`` unless an export is running
    into it; False if one is."""
    try:
        fd = os.open(target, os.O_RDONLY | _DIRECTORY)
    except OSError:  # gone, or not a folder: nothing is in it
        return True
    try:
        if not _try_lock(fd):
            return False
        removed += _remove_leftovers_in(target)
        return True
    finally:
        os.close(fd)


def _remove_leftovers_in(target: Path) -> list[Path]:
    """Remove the staging folders and temp files killed exports left in ``target``
    (and old-style staging folders beside it). The caller holds the target's lock."""
    removed: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(target) as found:
        for entry in found:
            if STAGING_RE.match(entry.name) and _remove_path(Path(entry.path)):
                removed.append(Path(entry.path))
    parent = target.absolute().parent
    with contextlib.suppress(OSError), os.scandir(parent) as found:
        for entry in found:
            old = _OLD_STAGING_RE.match(entry.name)
            if old and old.group(1) == target.absolute().name and _remove_path(Path(entry.path)):
                removed.append(Path(entry.path))
    for folder in _export_folders(target):
        with contextlib.suppress(OSError), os.scandir(folder) as found:
            for entry in found:
                name = entry.name
                if name.startswith(".") and _is_temp_file(name, None):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
    return removed


def _export_folders(target: Path) -> list[Path]:
    """The folders under ``target`` an export writes files into, never through a link:
    ``weeks``, ``relationship``, and ``<year>/<month>``."""
    found: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(target) as top:
        for entry in top:
            if not entry.is_dir(follow_symlinks=False):
                continue
            if entry.name in _WEEK_FOLDERS:
                found.append(Path(entry.path))
            elif _EXPORT_FOLDER_RE.match(entry.name):
                with contextlib.suppress(OSError), os.scandir(entry.path) as months:
                    found += [
                        Path(month.path)
                        for month in months
                        if _EXPORT_FOLDER_RE.match(month.name)
                        and month.is_dir(follow_symlinks=False)
                    ]
    return found


def _is_temp_file(name: str, for_name: str | None) -> bool:
    """Whether ``name`` is an export's temp file (for the file ``for_name``, if given)."""
    new = TEMP_FILE_RE.match(name)
    if new:
        return for_name is None or name[1:].startswith(for_name + TEMP_FILE_MARK)
    old = _OLD_TEMP_FILE_RE.match(name)
    if not old:
        return False
    # Old temp names carry no mark of their own: only those of a known file name,
    # or of a Markdown file in an export's folders.
    return old.group(1) == for_name if for_name is not None else old.group(1).endswith(".md")


def _remove_file_leftovers(target: Path, removed: list[Path]) -> bool:
    """Remove the temp files killed single-file exports left beside ``target``;
    False if one is still being written."""
    idle = True
    name = target.name
    with contextlib.suppress(OSError), os.scandir(target.parent) as found:
        for entry in found:
            if not (entry.name.startswith(".") and _is_temp_file(entry.name, name)):
                continue
            try:
                fd = os.open(entry.path, os.O_RDONLY | _NOFOLLOW)
            except OSError:  # a link, or gone meanwhile
                with contextlib.suppress(OSError):
                    if entry.is_symlink():
                        os.unlink(entry.path)
                continue
            try:
                if _try_lock(fd):  # not being written right now
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
                else:
                    idle = False
            except OSError:
                pass
            finally:
                os.close(fd)
    return idle


def _remove_path(path: Path) -> bool:
    """Remove a leftover folder with everything in it (a link: the link only)."""
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            shutil.rmtree(path)
        else:
            os.unlink(path)
    except OSError:
        return False
    return True


def _try_lock(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` without waiting; False if another holds one.

    Where there is no such lock (Windows, some network file systems) this says True:
    leftovers are then removed without asking.
    """
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True
    return True


def _lock(fd: int) -> None:
    _try_lock(fd)


def _lock_folder(target: Path) -> int | None:
    """Lock ``target`` for this export (until the returned descriptor is closed).

    Raises ``ExportError`` when another export is writing into it. None where a
    folder cannot be opened or locked (Windows).
    """
    try:
        fd = os.open(target, os.O_RDONLY | _DIRECTORY)
    except OSError:
        return None
    if not _try_lock(fd):
        os.close(fd)
        raise ExportError(
            f"Another export is writing into {target} right now; "
            "run this one again when it has finished."
        )
    return fd


def _record_export(data_dir: Path, target: Path, kind: str) -> Path | None:
    """Note in the data folder's private ``tmp/`` that an export into ``target`` runs.

    The record is removed when the export ends; one left by a killed run tells
    ``remove_export_leftovers`` where to look. None if it cannot be written (the
    export goes on: its own target is still cleaned by the next run into it).
    """
    try:
        folder = data_dir / RECORDS_FOLDER
        _make_private_folder(folder)
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return None
        record = folder / f"export-{secrets.token_hex(4)}.json"
        text = json.dumps({"kind": kind, "target": os.path.abspath(target), "pid": os.getpid()})
        _write_new(record, text.encode("utf-8"), False)
    except (OSError, ExportError):
        return None
    return record

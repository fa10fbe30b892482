"""Markdown export: entries -> Markdown files with YAML front matter (docs/export-format.md).

Rendering is pure (``render_entry``, ``plan_folder``, ``render_single``); the two
writers (``export_markdown_folder``, ``export_markdown_file``) put the result on
disk without ever overwriting different content unless asked to (``force``).

Writing, and why it is done this way:

- A new (or empty) target folder is built as a hidden sibling folder and renamed
  into place at the end, so an interrupted or cancelled export leaves nothing
  half-written behind. Inside that private folder files are written directly:
  a temp-file-and-rename per file would buy nothing there and cost a second
  system call per file.
- Over an existing folder, every changed file is written to a temp file in its
  own folder and moved over the old one with ``os.replace``: each file is always
  either the old or the new version. Identical files are left alone (their
  modification time too), so a re-export touches only what changed.
- No ``fsync`` per file by default (``durable=True`` asks for one): thousands
  of fsyncs would make a full export many times slower, and an export is a copy
  that can always be made again. The folder holding the result is fsynced once.
- Files are created readable only by the person (0600, folders 0700), like the
  store itself: an export is the whole journal in plain text.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from attune_journal.core.models import (
    CheckIn,
    Entry,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
    entry_text,
)
from attune_journal.core.timeutil import to_text
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
            f"{target} already holds {len(self.paths)} file(s) with different content "
            f"({shown}); nothing was written. Choose another place, or replace them "
            "(--force on the command line)."
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
            f"Exported {self.entries} entries to {self.target}: {self.written} file(s) written, "
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
    return data


def body_block(text: str) -> str:
    """The Markdown after the front matter: a blank line, the text, a final newline.

    Both additions are removed again on import (exactly one each), so any text,
    including one that ends without a newline or with several, comes back as it was.
    """
    return "\n" + text + "\n" if text else ""


def front_matter_text(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> str:
    """``frontmatter.dump(front_matter(entry))``, written out directly for speed.

    A ten-year journal has tens of thousands of feelings, needs and sensations;
    walking the generic dumper for each costs most of an export's time. The
    result is the same text, which the tests check for every kind.
    """
    q = frontmatter.scalar
    lines = [
        f"uid: {q(entry.uid)}",
        f"kind: {entry.kind}",
        f"at: {q(to_text(entry.at))}",
        f"updated_at: {q(to_text(entry.updated_at)) if entry.updated_at else 'null'}",
        f"starred: {'true' if entry.starred else 'false'}",
    ]
    _list_of_words("tags", entry.tags, lines)
    text = frontmatter.text_lines
    if isinstance(entry, CheckIn):
        lines.append(f"prompt_id: {q(entry.prompt_id)}")
        lines.append(f"prompt: {q(prompt_text(entry.prompt_id, prompt_texts))}")
        _regulation_lines(entry, lines)
        if entry.body:
            lines.append("body:")
            for b in entry.body:
                lines.append(f"  - region: {q(b.region)}")
                lines.append(f"    sensation: {q(b.sensation)}")
                lines.append(f"    intensity: {q(b.intensity)}")
        else:
            lines.append("body: []")
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
        _feeling_lines(entry, lines)
        text("my_part:", entry.my_part, "", lines)
        text("repair:", entry.repair, "", lines)
        text("how_it_went:", entry.how_it_went, "", lines)
        lines.append(f"resolved: {'true' if entry.resolved else 'false'}")
    lines.append("")
    return "\n".join(lines)


def _list_of_words(key: str, words: list[str], lines: list[str]) -> None:
    if words:
        lines.append(f"{key}:")
        lines.extend(f"  - {frontmatter.scalar(word)}" for word in words)
    else:
        lines.append(f"{key}: []")


def _regulation_lines(entry: CheckIn | Note, lines: list[str]) -> None:
    q = frontmatter.scalar
    lines.append(f"activation: {q(entry.activation)}")
    strategy = entry.strategy
    if strategy is None:
        lines.append("strategy: null")
    else:
        lines.append("strategy:")
        lines.append(f"  name: {q(strategy.name)}")
        lines.append(f"  before: {q(strategy.before)}")
        lines.append(f"  after: {q(strategy.after)}")
    _feeling_lines(entry, lines)


def _feeling_lines(entry: CheckIn | Note | RepairEntry, lines: list[str]) -> None:
    q = frontmatter.scalar
    if entry.feelings:
        lines.append("feelings:")
        for f in entry.feelings:
            lines.append(f"  - word: {q(f.word)}")
            lines.append(f"    pleasantness: {q(f.pleasantness)}")
            lines.append(f"    energy: {q(f.energy)}")
            lines.append(f"    intensity: {q(f.intensity)}")
    else:
        lines.append("feelings: []")
    if entry.needs:
        lines.append("needs:")
        for n in entry.needs:
            lines.append(f"  - need: {q(n.need)}")
            lines.append(f"    met: {'true' if n.met else 'false'}")
    else:
        lines.append("needs: []")


def render_entry(entry: Entry, prompt_texts: Mapping[str, str] | None = None) -> str:
    """One entry as a Markdown file: front matter between ``---`` lines, then the text."""
    fm = front_matter_text(entry, prompt_texts)
    return DELIMITER + fm + DELIMITER + body_block(entry_text(entry))


# ---- file names -------------------------------------------------------------------------


def _sort_key(entry: Entry) -> tuple[str, str]:
    from attune_journal.core.timeutil import utc_key

    return utc_key(entry.at), entry.uid


def _base_name(entry: Entry) -> str:
    if isinstance(entry, WeeklyReview):
        return f"weeks/{entry.week}"
    if isinstance(entry, RelationshipCheckIn):
        return f"relationship/{entry.week}"
    at = entry.at
    return f"{at:%Y}/{at:%m}/{at:%Y-%m-%d-%H%M}-{entry.kind}"


def plan_names(entries: Iterable[Entry]) -> list[tuple[str, Entry]]:
    """(relative path, entry) for every entry, in time order; names stable across exports.

    Entries that would share a name (same kind in the same minute) are told apart
    by ``-2``, ``-3`` … in time order, then by uid, so a re-export of the same
    journal gives the same names.
    """
    ordered = sorted(entries, key=_sort_key)
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


def _write_new(path: Path | str, data: bytes, durable: bool) -> None:
    # O_EXCL: the path is always fresh (a staging folder or a random temp name),
    # so finding a file there would mean something else is writing: stop.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, durable: bool = False) -> None:
    """Write ``data`` to a temp file beside ``path``, then move it over ``path``."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        _write_new(tmp, data, durable)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
    """True/False when ``path`` is a file with/without exactly ``data``; None if absent."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return False
    if info.st_size != len(data):
        return False
    return path.read_bytes() == data


def _is_empty_dir(folder: Path) -> bool:
    return folder.is_dir() and not any(folder.iterdir())


def export_markdown_folder(
    entries: Iterable[Entry],
    folder: str | os.PathLike[str],
    force: bool = False,
    *,
    prompt_texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    durable: bool = False,
) -> ExportReport:
    """Export ``entries`` as one Markdown file each under ``folder``.

    Raises ``ExportConflict`` (writing nothing) when a file to be written exists
    with different content and ``force`` is false; ``ExportCancelled`` when
    ``cancelled()`` turns true (a new folder is then removed again).
    Files in the folder that this export does not write are never touched.
    """
    started = time.perf_counter()
    target = Path(folder)
    planned = plan_folder(entries, prompt_texts)
    report = ExportReport(target=target, entries=len(planned))
    total = len(planned)
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target} is a file, not a folder; choose a folder for the export.")
    if not target.exists() or _is_empty_dir(target):
        _export_into_new_folder(target, planned, report, progress, cancelled, durable)
    else:
        _export_over_existing(target, planned, report, force, progress, cancelled, durable)
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(total, total)
    return report


def _make_dirs(root: Path, names: Iterable[str]) -> None:
    folders = sorted({name.rpartition("/")[0] for name in names} - {""})
    for sub in folders:
        (root / sub).mkdir(mode=DIR_MODE, parents=True, exist_ok=True)


def _export_into_new_folder(
    target: Path,
    planned: list[tuple[str, bytes]],
    report: ExportReport,
    progress: Progress | None,
    cancelled: Cancelled | None,
    durable: bool,
) -> None:
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = parent / f".{target.name}.partial-{secrets.token_hex(4)}"
    staging.mkdir(mode=DIR_MODE)
    try:
        _make_dirs(staging, (name for name, _ in planned))
        total = len(planned)
        for index, (name, data) in enumerate(planned):
            if index % 200 == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled("The export was cancelled; nothing was written.")
                if progress is not None:
                    progress(index, total)
            _write_new(os.path.join(staging, name), data, durable)
            report.files.append(name)
        if target.exists():  # an empty folder the person chose
            target.rmdir()
        os.replace(staging, target)
        _fsync_dir(parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report.written = len(planned)


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
    _make_dirs(target, (name for name, _ in changed))
    total = len(changed)
    for index, (name, data) in enumerate(changed):
        if index % 200 == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled(
                    f"The export was cancelled after {index} of {total} changed files; "
                    "every file in the folder is whole (old or new)."
                )
            if progress is not None:
                progress(index, total)
        path = target / name
        if path.is_dir():
            raise ExportError(f"{path} is a folder; the export needs that name for a file.")
        write_atomic(path, data, durable)
        report.files.append(name)
        report.written += 1
    for sub in sorted({name.rpartition("/")[0] for name, _ in changed}):
        _fsync_dir(target / sub if sub else target)


def export_markdown_file(
    entries: Iterable[Entry],
    path: str | os.PathLike[str],
    force: bool = False,
    *,
    prompt_texts: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    durable: bool = True,
) -> ExportReport:
    """Export every entry into one combined Markdown file, written atomically."""
    started = time.perf_counter()
    target = Path(path)
    items = list(entries)
    if progress is not None:
        progress(0, len(items))
    data = render_single(items, prompt_texts).encode("utf-8")
    if cancelled is not None and cancelled():
        raise ExportCancelled("The export was cancelled; nothing was written.")
    report = ExportReport(target=target, entries=len(items), files=[target.name])
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name for a single-file export.")
    same = _same_content(target, data)
    if same is True:
        report.unchanged = 1
    else:
        if same is False and not force:
            raise ExportConflict(target.parent, [target.name])
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data, durable)
        report.written = 1
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(len(items), len(items))
    return report

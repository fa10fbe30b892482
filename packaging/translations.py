"""The translation pipeline: source strings -> ``.ts`` -> ``.qm`` (and the pseudo language).

Run from a checkout (docs/i18n.md)::

    .venv/bin/python packaging/translations.py update    # the .ts files follow the code
    .venv/bin/python packaging/translations.py release   # lrelease: .ts -> .qm
    .venv/bin/python packaging/translations.py check     # all current? (a unit test runs it)
    .venv/bin/python packaging/translations.py pseudo OUT.qm

``update`` extracts the messages of ``attune_journal/`` with ``pyside6-lupdate`` and merges
them here into ``resources/i18n/attune_<code>.ts`` for every language of
``core.i18n.LANGUAGES``, English holding only the plural messages (English needs a
translation only for its plural forms: "%n entries" becomes "1 entry" / "3 entries").
The merge is ours, not lupdate's, because lupdate marks a plural only in
``self.tr(text, "", n)``: a ``translate(context, text, None, n)`` call with ``%n`` is made a
plural here, and lupdate's own merge would turn such a plural's forms back into one text.
Existing translations are kept; one whose message moved to another context is carried over
(marked unfinished, for the translator to confirm); messages gone from the code are dropped.

``release`` writes the ``.qm`` files beside the ``.ts`` files. They are committed, so a fresh
clone, an editable install, the wheel (``resources/`` is force-included) and the PyInstaller
bundle (``resources/`` is in its datas) all find them where ``ui/i18n.py`` looks.

``check`` lists what is out of date or unsafe: a ``.ts`` behind the code, a ``.qm`` behind its
``.ts``, an English plural without its forms, a translation whose ``{fields}`` or ``%n``
differ from its source (``str.format`` would fail on a person's screen), and plural calls
lupdate cannot read (the count must be a plain name, by position).

``pseudo`` writes a pseudo translation of every message: each text is wrapped in ⟦…⟧, its
letters accented and padded about 40 % longer, with ``%n``/``%1``, ``{named}`` fields, HTML
tags and entities and the letter after an ``&`` accelerator kept as they are; date patterns
are only wrapped. The GUI test over every screen loads it to find untranslated and clipped
text.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "attune_journal"
I18N_DIR = ROOT / "resources" / "i18n"
DATE_CONTEXT = "DateFormat"  # Qt date patterns (core.i18n.DATE_STYLES): letters are fields


def languages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from attune_journal.core.i18n import LANGUAGES

    return list(LANGUAGES)


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"attune_{language}.ts"


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"attune_{language}.qm"


def _tool(name: str) -> str:
    # The tools ship with PySide6-Essentials, beside the interpreter that runs this script.
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found; install the project's environment")
    return found


def _run(*args: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(args[0]).name} failed:\n{result.stdout}{result.stderr}")


def lrelease(ts: Path, qm: Path) -> None:
    _run(_tool("lrelease"), "-silent", str(ts), "-qm", str(qm))


# ---- messages ----------------------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # the disambiguation
    extracomment: str = ""  # a ``#:`` note for translators
    locations: list[dict[str, str]] = field(default_factory=list)
    numerus: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def translated(self) -> bool:
        return all(self.forms) if self.numerus else bool(self.translation)


@dataclass
class TsFile:
    language: str
    messages: list[Message]


def _is_gone(translation: ET.Element) -> bool:
    return translation.get("type") in ("vanished", "obsolete")


def read_ts(path: Path) -> tuple[TsFile, list[Message]]:
    """The current messages of a ``.ts`` file, and those marked vanished or obsolete."""
    root = ET.parse(path).getroot()
    current: list[Message] = []
    gone: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.findall("message"):
            translation = element.find("translation")
            translation = translation if translation is not None else ET.Element("translation")
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                extracomment=element.findtext("extracomment") or "",
                locations=[dict(loc.attrib) for loc in element.findall("location")],
                numerus=element.get("numerus") == "yes",
                translation=translation.text or ""
                if not translation.findall("numerusform")
                else "",
                forms=[f.text or "" for f in translation.findall("numerusform")],
                finished=translation.get("type") is None,
            )
            (gone if _is_gone(translation) else current).append(message)
    return TsFile(root.get("language") or "", current), gone


_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;"}


def escape(text: str) -> str:
    """XML text as lupdate escapes it (apostrophes and quotes too)."""
    return "".join(_ENTITIES.get(char, char) for char in text)


def write_ts(ts: TsFile, path: Path) -> None:
    """Qt's own layout (as lupdate writes it), so a diff shows only what changed."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    out.append(f'<TS version="2.1" language="{ts.language}">')
    contexts: dict[str, list[Message]] = {}
    for message in ts.messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        out += ["<context>", f"    <name>{escape(name)}</name>"]
        for m in contexts[name]:
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for loc in m.locations:
                attrs = "".join(f' {k}="{escape(v)}"' for k, v in loc.items())
                out.append(f"        <location{attrs}/>")
            out.append(f"        <source>{escape(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{escape(m.comment)}</comment>")
            if m.extracomment:
                text = escape(m.extracomment)
                out.append(f"        <extracomment>{text}</extracomment>")
            state = "" if m.finished else ' type="unfinished"'
            if m.numerus:
                out.append(f"        <translation{state}>")
                for form in m.forms:
                    out.append(f"            <numerusform>{escape(form)}</numerusform>")
                out.append("        </translation>")
            else:
                text = escape(m.translation)
                out.append(f"        <translation{state}>{text}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---- extraction and merge ----------------------------------------------------------------


def extract(language: str) -> list[Message]:
    """Every message in the code, as lupdate finds it, each with its file and line (file
    names relative to the ``.ts`` files' folder, so the scratch file is made there)."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".extract-", suffix=".ts", dir=I18N_DIR)
    os.close(handle)
    scratch = Path(name)
    scratch.unlink()  # lupdate starts a new file: nothing of an old one is merged in
    try:
        _run(
            _tool("lupdate"), "-silent", "-extensions", "py", "-locations", "absolute",
            "-target-language", language, str(SOURCES), "-ts", str(scratch),
        )  # fmt: skip
        fresh, _gone = read_ts(scratch)
    finally:
        scratch.unlink(missing_ok=True)
    return fresh.messages


def is_plural(source: str) -> bool:
    """A message with a count: ``%n``, or ``%Ln`` (the count in the language's digits,
    "1,234 entries"), which Qt fills in the same way."""
    return "%n" in source or "%Ln" in source


@cache
def plural_forms(language: str) -> int:
    """How many plural forms ``language`` has (Qt's rules: 2 for en and de, 3 for pl)."""
    with tempfile.TemporaryDirectory() as scratch:
        probe = Path(scratch) / "probe.py"
        probe.write_text('class P:\n    def f(self, n):\n        self.tr("%n", "", n)\n')
        ts = Path(scratch) / "probe.ts"
        _run(_tool("lupdate"), "-silent", "-target-language", language, str(probe), "-ts", str(ts))
        return max(1, ts.read_text(encoding="utf-8").count("<numerusform"))


def merge(language: str, fresh: list[Message], old: list[Message], gone: list[Message]) -> TsFile:
    """The code's messages with the translations ``old`` (and ``gone``) already hold."""
    forms = plural_forms(language)
    by_key = {m.key: m for m in old}
    # A translation whose message moved (another context, same text) is carried over.
    by_text: dict[tuple[str, str, bool], Message] = {}
    for m in [*gone, *old]:
        if m.translated:
            by_text.setdefault((m.source, m.comment, m.numerus), m)
    merged = []
    for new in fresh:
        numerus = new.numerus or is_plural(new.source)
        message = replace(
            new, numerus=numerus, translation="", forms=[""] * forms if numerus else []
        )
        before = by_key.get(new.key)
        moved = False
        if before is None or before.numerus != numerus:
            before = by_text.get((new.source, new.comment, numerus))
            moved = before is not None
        if before is not None and before.numerus == numerus:
            message.translation = before.translation
            message.forms = (before.forms + [""] * forms)[:forms] if numerus else []
            message.finished = before.finished and not moved and message.translated
        if language == "en" and not numerus:
            continue  # English translates only its plurals
        merged.append(message)
    return TsFile(language, merged)


def updated(language: str, fresh: list[Message] | None = None) -> TsFile:
    """The ``.ts`` of ``language`` as ``update`` would write it."""
    path = ts_path(language)
    old, gone = read_ts(path) if path.exists() else (TsFile(language, []), [])
    return merge(language, fresh if fresh is not None else extract(language), old.messages, gone)


# ---- pseudo ------------------------------------------------------------------------------

_ACCENTED = str.maketrans("aceginorsuyACEGINORSUYz", "áçéğíñöŕšüýÁÇÉĞÍÑÖŔŠÜÝž")
# What must survive as written: Qt's %n, %Ln, %1..%99 and %L1, Python's {named} fields, HTML
# tags and entities, and an accelerator's letter (the & and the letter after it).
_KEEP = re.compile(r"%L?\d+|%L?n|\{[^{}]*\}|<[^<>]+>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|&&|&\w")
_PAD = "·"
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


def pseudo_text(text: str, context: str = "") -> str:
    """⟦Ŝöüŕçé téxt······⟧: marked, accented, ~40 % longer; fields and markup kept."""
    if not text:
        return text
    visible = len(re.sub(r"<[^<>]+>", "", text))  # tags take no room on screen
    padding = _PAD * max(1, round(visible * 0.4))
    if context == DATE_CONTEXT:  # a date pattern: its letters are fields, only mark it
        return MARK_OPEN + text + padding + MARK_CLOSE
    out = []
    position = 0
    for match in _KEEP.finditer(text):
        out.append(text[position : match.start()].translate(_ACCENTED))
        out.append(match.group())
        position = match.end()
    out.append(text[position:].translate(_ACCENTED))
    return MARK_OPEN + "".join(out) + padding + MARK_CLOSE


# Qt's own standard buttons (QDialogButtonBox, QMessageBox) take their text from the
# "QPlatformTheme" context of Qt's qtbase translations, installed beside the app's own
# (ui/i18n.py); the pseudo translation covers them too, so a button a dialog makes
# itself is seen to be translated.
QT_BUTTONS = (
    "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
    "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
    "Restore Defaults",
)  # fmt: skip


def write_pseudo(out_qm: Path) -> int:
    """A pseudo ``.qm`` of every message in the code; returns how many messages it holds."""
    english = {m.key: m.forms for m in read_ts(ts_path("en"))[0].messages}
    messages = [
        Message("QPlatformTheme", text, translation=pseudo_text(text)) for text in QT_BUTTONS
    ]
    for m in extract("en"):
        if m.numerus or is_plural(m.source):
            forms = [f for f in english.get(m.key, []) if f] or [m.source, m.source]
            m = replace(m, numerus=True, forms=[pseudo_text(f, m.context) for f in forms])
        else:
            m = replace(m, translation=pseudo_text(m.source, m.context))
        messages.append(replace(m, finished=True))
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "attune_pseudo.ts"
        write_ts(TsFile("en", messages), ts)
        lrelease(ts, out_qm)
    return len(messages)


# ---- checks ------------------------------------------------------------------------------


def unreadable_plurals() -> list[str]:
    """Plural calls lupdate drops without a word: it reads the count only as a plain name
    passed by position (``translate(c, s, None, n)``, ``self.tr(s, "", n)``); with ``n=``,
    ``len(x)`` or ``report.n`` the whole message is missing from the ``.ts``."""
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            position = {"tr": 2, "translate": 3}.get(str(name))
            if position is None or not node.args or not isinstance(node.args[0], ast.Constant):
                continue
            if name == "translate" and not (
                len(node.args) > 1 and isinstance(node.args[1], ast.Constant)
            ):
                continue
            named = any(k.arg == "n" for k in node.keywords)
            count = node.args[position] if len(node.args) > position else None
            text = node.args[0 if name == "tr" else 1]
            source = text.value if isinstance(text, ast.Constant) else ""
            if named or (count is not None and not isinstance(count, ast.Name)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            elif count is not None and not is_plural(str(source)):
                # Without %n (or %Ln) in the source nothing marks it as a plural (a form
                # may drop it).
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: a plural without %n")
    return found


_FIELD = re.compile(r"\{[^{}]*\}|%L?n|%L?\d+")


def unsafe_translations(ts: TsFile) -> list[str]:
    """Translations whose fields differ from their source's: ``.format`` would raise (or
    drop a number) on a person's screen. Plural forms may leave %n out ("once")."""
    found = []
    for m in ts.messages:
        want = set(_FIELD.findall(m.source))
        for text in m.forms if m.numerus else [m.translation]:
            have = set(_FIELD.findall(text))
            if text and (have - want or (want - have) - {"%n", "%Ln"}):
                found.append(f"{m.context}: {text!r} has other fields than {m.source!r}")
    return found


def problems() -> list[str]:
    """What is out of date or unsafe in resources/i18n (empty when all is well)."""
    found = [
        f"{where}: give the count as a plain name, by position (lupdate skips this call)"
        for where in unreadable_plurals()
    ]
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages():
            path = ts_path(language)
            if not path.exists():
                found.append(f"{path.name} is missing: run `translations.py update`")
                continue
            have, _gone = read_ts(path)
            want = updated(language)
            if {m.key for m in have.messages} != {m.key for m in want.messages}:
                new = {m.key for m in want.messages} - {m.key for m in have.messages}
                old = {m.key for m in have.messages} - {m.key for m in want.messages}
                found.append(
                    f"{path.name} does not follow the code ({len(new)} new, {len(old)} gone): "
                    "run `translations.py update`"
                )
            found += [f"{path.name}: {line}" for line in unsafe_translations(have)]
            if language == "en":
                found += [
                    f"{path.name}: English plural forms missing for {m.source!r}"
                    for m in have.messages
                    if not m.translated
                ]
            built = Path(scratch) / qm_path(language).name
            lrelease(path, built)
            qm = qm_path(language)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                found.append(f"{qm.name} is older than {path.name}: run `translations.py release`")
    return found


def update() -> None:
    fresh = {language: extract(language) for language in languages()}
    for language, messages in fresh.items():
        ts = updated(language, messages)
        write_ts(ts, ts_path(language))
        done = sum(m.translated for m in ts.messages)
        print(f"{ts_path(language).name}: {len(ts.messages)} messages, {done} translated")


def release() -> None:
    for language in languages():
        lrelease(ts_path(language), qm_path(language))
        print(f"{qm_path(language).name} written")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="the .ts files follow the code")
    sub.add_parser("release", help="lrelease: .ts -> .qm")
    sub.add_parser("check", help="exit 1 when a .ts or .qm is out of date or unsafe")
    pseudo = sub.add_parser("pseudo", help="write the pseudo translation's .qm")
    pseudo.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    elif args.command == "pseudo":
        print(f"{args.out}: {write_pseudo(args.out)} messages")
    else:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

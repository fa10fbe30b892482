"""The translation pipeline: source strings -> ``.ts`` -> ``.qm`` (and the pseudo language).

Run from a checkout (docs/i18n.md)::

    .venv/bin/python packaging/translations.py update    # lupdate: .ts follow the code
    .venv/bin/python packaging/translations.py release   # lrelease: .ts -> .qm
    .venv/bin/python packaging/translations.py check     # both current? (a unit test runs it)
    .venv/bin/python packaging/translations.py pseudo OUT.qm

``update`` runs ``pyside6-lupdate`` over ``attune_journal/`` into
``resources/i18n/attune_<code>.ts`` for every language in ``core.i18n.LANGUAGES`` except
English, and into a plural-only ``attune_en.ts`` (English needs a translation file only for
its plural forms: "%n entries" becomes "1 entry" / "3 entries" through the ``.qm``). Existing
translations are kept; a translation whose message moved to another context is carried
over (marked unfinished, for the translator to confirm) before the vanished copy is dropped.

``release`` writes the ``.qm`` files beside the ``.ts`` files. They are committed, so a fresh
clone, an editable install, the wheel (``resources/`` is force-included) and the PyInstaller
bundle (``resources/`` is in its datas) all find them where ``ui/i18n.py`` looks.

``pseudo`` writes a pseudo translation of every message: each text is wrapped in ⟦…⟧, its
letters accented and padded about 40 % longer, with ``%n``/``%1``, ``{named}`` fields, HTML
tags and entities and the letter after an ``&`` accelerator kept as they are. The GUI test
over every screen loads it to find untranslated and clipped text.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "attune_journal"
I18N_DIR = ROOT / "resources" / "i18n"
PSEUDO = "pseudo"


def _languages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from attune_journal.core.i18n import LANGUAGES

    return list(LANGUAGES)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"attune_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"attune_{language}.qm"


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


def lupdate(ts: Path, language: str, *, plural_only: bool = False) -> None:
    """Extract the messages of ``attune_journal/`` into ``ts`` (existing ones are kept)."""
    args = [_tool("lupdate"), "-silent", "-extensions", "py", "-locations", "relative"]
    args += ["-target-language", language]
    if plural_only:
        args.append("-pluralonly")
    _run(*args, str(SOURCES), "-ts", str(ts))


def lrelease(ts: Path, qm: Path) -> None:
    _run(_tool("lrelease"), "-silent", str(ts), "-qm", str(qm))


# ---- the .ts as XML ----------------------------------------------------------------------


def _read(ts: Path) -> ET.ElementTree:
    return ET.parse(ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _is_gone(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") in ("vanished", "obsolete")


def _has_text(translation: ET.Element | None) -> bool:
    if translation is None:
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def carry_and_drop(ts: Path) -> int:
    """Carry translations of vanished messages to new copies elsewhere; drop the vanished.

    Returns how many translations were carried over.
    """
    tree = _read(ts)
    root = tree.getroot()
    gone: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        for message in context.findall("message"):
            if _is_gone(message):
                if _has_text(message.find("translation")):
                    gone.setdefault(_key(message), message.find("translation"))  # type: ignore[arg-type]
                context.remove(message)
    carried = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or _has_text(translation):
            continue
        old = gone.get(_key(message))
        if old is None or (message.get("numerus") == "yes") != bool(old.findall("numerusform")):
            continue
        translation.text = old.text
        for form in list(translation):
            translation.remove(form)
        for form in old.findall("numerusform"):
            ET.SubElement(translation, "numerusform").text = form.text
        translation.set("type", "unfinished")  # moved: a translator confirms it
        carried += 1
    for context in list(root.iter("context")):
        if not context.findall("message"):
            root.remove(context)
    _write(tree, ts)
    return carried


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translation: str
    forms: tuple[str, ...]
    finished: bool


def messages(ts: Path) -> Iterator[Message]:
    """Every current (not vanished) message of a ``.ts`` file."""
    for context in _read(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            if _is_gone(message):
                continue
            translation = message.find("translation")
            assert translation is not None
            yield Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
                translation=translation.text or "",
                forms=tuple(f.text or "" for f in translation.findall("numerusform")),
                finished=translation.get("type") != "unfinished" and _has_text(translation),
            )


# ---- pseudo ------------------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "aceginorsuyACEGINORSUYz",
    "áçéğíñöŕšüýÁÇÉĞÍÑÖŔŠÜÝž",
)
# What must survive as written: Qt's %n/%1..%99 and %L1, Python's {named} fields, HTML tags
# and entities, and an accelerator's letter (the & and the letter after it).
_KEEP = re.compile(r"%L?\d+|%n|\{[^{}]*\}|<[^<>]+>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|&&|&\w")
_PAD = "·"


def pseudo_text(text: str) -> str:
    """⟦Ŝöüŕçé téxt······⟧: marked, accented, ~40 % longer; fields and markup kept."""
    if not text:
        return text
    out = []
    position = 0
    for match in _KEEP.finditer(text):
        out.append(text[position : match.start()].translate(_ACCENTED))
        out.append(match.group())
        position = match.end()
    out.append(text[position:].translate(_ACCENTED))
    # Pad by 40 % of the visible text (tags do not take up room on screen).
    visible = len(re.sub(r"<[^<>]+>", "", text))
    padding = _PAD * max(1, round(visible * 0.4))
    return "⟦" + "".join(out) + padding + "⟧"


def write_pseudo(out_qm: Path) -> int:
    """A pseudo ``.qm`` of every message in the code; returns how many messages it holds."""
    with tempfile.TemporaryDirectory() as scratch:
        full = Path(scratch) / f"attune_{PSEUDO}.ts"
        # The English plural forms ("%n entry"/"%n entries") are the pseudo's plural forms.
        english = {(m.context, m.source, m.comment): m.forms for m in messages(ts_path("en"))}
        lupdate(full, "en")
        tree = _read(full)
        count = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.findall("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = english.get((name, source, message.findtext("comment") or ""))
                    for form, text in zip(
                        translation.findall("numerusform"), forms or (), strict=False
                    ):
                        form.text = pseudo_text(text)
                    for form in translation.findall("numerusform"):
                        form.text = form.text or pseudo_text(source)
                else:
                    translation.text = pseudo_text(source)
                count += 1
        _write(tree, full)
        lrelease(full, out_qm)
    return count


# ---- checks ------------------------------------------------------------------------------


def keyword_plurals() -> list[str]:
    """Calls that pass ``n=`` by keyword: lupdate does not extract those at all."""
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in ("tr", "translate") and any(k.arg == "n" for k in node.keywords):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def problems() -> list[str]:
    """What is out of date or wrong in resources/i18n (empty when all is well)."""
    found = [f"{where}: pass n positionally, lupdate skips n=" for where in keyword_plurals()]
    with tempfile.TemporaryDirectory() as scratch:
        for language in _languages():
            ts = ts_path(language)
            if not ts.exists():
                found.append(f"{ts.name} is missing: run `translations.py update`")
                continue
            fresh = Path(scratch) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh, language, plural_only=language == "en")
            carry_and_drop(fresh)
            have = {(m.context, m.source, m.comment) for m in messages(ts)}
            want = {(m.context, m.source, m.comment) for m in messages(fresh)}
            if have != want:
                found.append(
                    f"{ts.name} does not follow the code ({len(want - have)} new, "
                    f"{len(have - want)} gone): run `translations.py update`"
                )
            for message in messages(ts):
                if "%n" in message.source and not message.numerus:
                    found.append(f"{ts.name}: {message.source!r} has %n but no plural forms")
                if language == "en" and not message.finished:
                    found.append(f"{ts.name}: English plural forms missing for {message.source!r}")
            qm = qm_path(language)
            built = Path(scratch) / qm.name
            lrelease(ts, built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                found.append(f"{qm.name} is older than {ts.name}: run `translations.py release`")
    return found


def update() -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in _languages():
        ts = ts_path(language)
        lupdate(ts, language, plural_only=language == "en")
        carried = carry_and_drop(ts)
        lupdate(ts, language, plural_only=language == "en")  # back into Qt's own layout
        total = list(messages(ts))
        done = sum(m.finished for m in total)
        print(f"{ts.name}: {len(total)} messages, {done} translated, {carried} carried over")


def release() -> None:
    for language in _languages():
        lrelease(ts_path(language), qm_path(language))
        print(f"{qm_path(language).name} written")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="lupdate: the .ts files follow the code")
    sub.add_parser("release", help="lrelease: .ts -> .qm")
    sub.add_parser("check", help="exit 1 when a .ts or .qm is out of date")
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

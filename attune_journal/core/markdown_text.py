"""A person's Markdown as plain words, for one-line summaries in lists.

History's rows, Today's "Today so far" and the Week screen's starred entries show
the start of an entry on one line; ``**tight**`` there should read "tight", a link
its words, a heading or a list item its text. The entry itself is still rendered
in full by Qt's Markdown reader (``ui.entry_view``); this is only for summaries.

A small stripper rather than a Markdown library: a parser such as markdown-it-py
costs about 45 ms to import, and Today shows its summaries on every start. The
stripper follows CommonMark where a summary can tell the difference (emphasis
needs a non-space inside its marks, an underscore inside a word is a letter,
backslash escapes and code spans keep their marks as text) and leaves anything it
does not know as the person typed it; raw HTML is not interpreted (the app shows
it as text, too). The tests compare it with markdown-it-py on many samples.
"""

from __future__ import annotations

import html
import re

ELLIPSIS = "…"

# Backslash escapes and code spans are set aside first, so that their marks stay text.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_HOLD = "\ue000"  # a private-use character: "held piece number N follows"
_HELD = re.compile(_HOLD + r"(\d+)" + _HOLD)

# ---- blocks (one line at a time) ----------------------------------------------------------
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_TASK = re.compile(r"^\[[ xX]\][ \t]+")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")

# ---- inline ------------------------------------------------------------------------------
_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REFERENCE = re.compile(r"!?\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^\s<>]*|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)>"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_STRONG = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])"),
)
_EMPHASIS = (
    re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"),
    re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),
    re.compile(r"\*(?=[^\s*])([^*]+?)(?<=\S)\*"),
)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_SPACE = re.compile(r"\s+")


def plain_text(markdown: str) -> str:
    """The words of ``markdown`` without its marks: one line per paragraph, heading or item.

    Blank lines between blocks are dropped; code keeps its text (fences go).
    """
    return "\n".join(text for _heading, text in _blocks(markdown))


def summary_line(markdown: str, limit: int = 140) -> str:
    """``markdown`` as one line of plain words, at most ``limit`` characters (plus "…").

    A heading alone says little ("Morning"), so the text after it joins it with " · ".
    Only the start is read: a summary must not parse a pasted log of several MB.
    """
    blocks = _blocks(markdown[: 4 * limit + 1024])
    if not blocks:
        return ""
    first_heading, first = blocks[0]
    if first_heading and len(blocks) > 1:
        line = first + " · " + " ".join(text for _h, text in blocks[1:])
    else:
        line = " ".join(text for _h, text in blocks)
    return cut_at_word(_SPACE.sub(" ", line).strip(), limit)


def cut_at_word(text: str, limit: int) -> str:
    """``text`` shortened to at most ``limit`` characters at a word's end, then "…".

    A single word longer than the limit is cut inside it (there is no better place).
    """
    if len(text) <= limit:
        return text
    kept = text[:limit]
    if not text[limit].isspace():
        space = kept.rfind(" ")
        if space > 0:
            kept = kept[:space]
    # "while.…" reads as a stutter: a sentence's own full stop gives way to the ellipsis.
    return kept.rstrip(" ,;:·—-.") + ELLIPSIS


def _blocks(markdown: str) -> list[tuple[bool, str]]:
    """(is a heading, plain text) for each non-empty block line of ``markdown``."""
    out: list[tuple[bool, str]] = []
    fence: str | None = None
    previous_text = False  # a setext underline needs a paragraph line above it
    for raw in markdown.splitlines():
        line = raw.expandtabs(4)
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            elif line.strip():
                out.append((False, line.strip()))
            previous_text = False
            continue
        if opened:
            fence = opened.group(1)
            previous_text = False
            continue
        while True:
            quoted = _QUOTE.match(line)
            if not quoted:
                break
            line = line[quoted.end() :]
        if not line.strip():
            previous_text = False
            continue
        if _LINK_DEFINITION.match(line) or _TABLE_DELIMITER.match(line):
            continue
        if previous_text and _SETEXT.match(line):
            if out:
                out[-1] = (True, out[-1][1])
            previous_text = False
            continue
        if _RULE.match(line):
            previous_text = False
            continue
        heading = bool(_ATX.match(line))
        if heading:
            line = _ATX_CLOSE.sub("", _ATX.sub("", line, count=1))
        else:
            while True:
                bullet = _BULLET.match(line)
                if not bullet:
                    break
                line = _TASK.sub("", line[bullet.end() :], count=1)
        text = _inline(_HARD_BREAK.sub("", line.strip())).strip()
        if text:
            out.append((heading, text))
        previous_text = not heading and bool(text)
    return out


def _inline(text: str) -> str:
    held: list[str] = []

    def hold(piece: str) -> str:
        held.append(piece)
        return f"{_HOLD}{len(held) - 1}{_HOLD}"

    text = _ESCAPE.sub(lambda m: hold(m.group(1)), text)
    # Inside code a backslash is only a backslash: give back what the escapes took.
    text = _CODE_SPAN.sub(
        lambda m: hold(_HELD.sub(lambda e: "\\" + held[int(e.group(1))], _code_text(m.group(2)))),
        text,
    )
    text = _AUTOLINK.sub(lambda m: hold(m.group(1)), text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE.sub(r"\1", text)
    for _ in range(4):  # nested marks: ***both***, **bold _and em_**
        before = text
        for pattern in _STRONG:
            text = pattern.sub(r"\1", text)
        for pattern in _EMPHASIS:
            text = pattern.sub(r"\1", text)
        text = _STRIKE.sub(r"\1", text)
        if text == before:
            break
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    while _HELD.search(text):
        text = _HELD.sub(lambda m: held[int(m.group(1))], text)
    return text


def _code_text(code: str) -> str:
    code = code.replace("\n", " ")
    if len(code) > 2 and code[0] == " " and code[-1] == " " and code.strip():
        code = code[1:-1]
    return code

"""A small YAML subset of our own: the writer and the reader of export front matter.

The app must not depend on PyYAML at run time, so this module writes and reads
exactly the YAML our exports need (the tests check every file with real PyYAML):

- block mappings (``key: value``) and nested mappings indented by two spaces;
- block sequences (``- item`` or ``- key: value`` mappings), ``[]`` and ``{}``;
- scalars: ``null``, ``true``/``false``, integers, floats, plain words,
  double-quoted strings with escapes, and literal block scalars (``|`` / ``|-``).

The writer chooses the safest form for every string. A plain scalar is used
only for simple words that no YAML version reads as anything but a string
(``yes``, ``on``, ``2026-11-23`` and ``1e5`` are all quoted). Multi-line text
becomes a literal block only when YAML is sure to give it back exactly (no
tabs, carriage returns, Unicode line separators, trailing spaces or blank
lines at the ends); everything else is a double-quoted one-line string with
escapes. So any text, emoji, right-to-left marks and zero-width characters
included, reads back to the same characters.

The reader also accepts what a person is likely to type when editing a file by
hand (single quotes, ``[a, b]`` flow lists, ``# comments``, ``~``), and names
the line of anything it cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

Value = Any  # None | bool | int | float | str | list[Value] | dict[str, Value]

INDENT = "  "

# Words YAML 1.1 (PyYAML) or 1.2 read as booleans or null, compared case-insensitively.
_SPECIAL_WORDS = {
    "y",
    "n",
    "yes",
    "no",
    "on",
    "off",
    "true",
    "false",
    "null",
    "~",
}
_PLAIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-/()']*(?: [A-Za-z0-9_.\-/()']+)*")
# Timestamps with an offset and ISO week labels read well unquoted; every YAML
# reader takes them as strings or timestamps, and ours keeps them as text.
_PLAIN_STAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}|\d{4}-W\d{2}")

# Characters YAML does not allow unescaped: everything outside its "printable"
# set (tab, LF, CR, \x20-\x7e, \xa0-\ud7ff, \ue000-\ufffd minus the BOM,
# \U00010000 up), plus the ones a YAML reader treats as line breaks (NEL is in
# \x7f-\x9f; LS, PS) or strips (the BOM \ufeff). Listed as the few ranges they
# are rather than as the complement of the printable set: the same characters
# (the tests compare every code point), but a class Python compiles in a tenth
# of the time, which every export pays at start-up.
_UNSAFE_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff"
_UNSAFE_CHAR_RE = re.compile(f"[{_UNSAFE_CHARS}]")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\x00": "\\0",
}


class FrontMatterError(ValueError):
    """Front matter this reader cannot understand; ``line`` is 1-based within the file."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)


# ---- writing ----------------------------------------------------------------------------


_NEEDS_ESCAPE_RE = re.compile(f'[\\\\"\x00-\x1f{_UNSAFE_CHARS}]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    escaped = _ESCAPES.get(char)
    if escaped is not None:
        return escaped
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def quote(text: str) -> str:
    """A double-quoted YAML scalar on one line that reads back as exactly ``text``."""
    return '"' + _NEEDS_ESCAPE_RE.sub(_escape_char, text) + '"'


def is_plain_safe(text: str) -> bool:
    """True when ``text`` can be written unquoted and every YAML reader sees a string."""
    if _PLAIN_STAMP_RE.fullmatch(text):
        return True
    return (
        len(text) <= 80
        and _PLAIN_RE.fullmatch(text) is not None
        and text.lower() not in _SPECIAL_WORDS
    )


@lru_cache(maxsize=8192)
def _short_text(text: str) -> str:
    # Words, keys and tags repeat across thousands of entries: decide once.
    return text if is_plain_safe(text) else quote(text)


def scalar(value: Value) -> str:
    """The one-line YAML form of a scalar value."""
    kind = type(value)
    if kind is str:
        return _short_text(value) if len(value) < 100 else quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int or (isinstance(value, int) and not isinstance(value, bool)):
        return str(value)
    if kind is float:
        return format_float(value)
    if isinstance(value, str):
        return scalar(str(value))
    raise TypeError(f"cannot write {kind.__name__} as a YAML scalar")


def format_float(value: float) -> str:
    """``repr`` of a float in a form YAML 1.1 also reads as a float (``1e-05`` -> ``1.0e-05``)."""
    # The cache below cannot tell 0.0 from -0.0 (they are equal keys); repr can.
    return repr(value) if value == 0.0 else _format_float(value)


@lru_cache(maxsize=4096)
def _format_float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("only finite numbers can be exported")
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent[0] not in "+-":
            exponent = "+" + exponent
        text = f"{mantissa}e{exponent}"
    return text


def _block_safe(text: str) -> bool:
    """Whether a literal block scalar gives ``text`` back exactly (see module docstring)."""
    if "\n" not in text or _UNSAFE_CHAR_RE.search(text) or "\t" in text or "\r" in text:
        return False
    body = text[:-1] if text.endswith("\n") else text
    if not body or body.startswith(("\n", " ")) or body.endswith("\n"):
        return False
    return all(line == line.rstrip(" ") for line in body.split("\n"))


def _block(text: str, indent: str) -> list[str]:
    header = "|" if text.endswith("\n") else "|-"
    body = text[:-1] if text.endswith("\n") else text
    lines = [header]
    lines.extend(indent + line if line else "" for line in body.split("\n"))
    return lines


def text_lines(prefix: str, value: str, indent: str, lines: list[str]) -> None:
    """Append ``prefix`` (``key:``) with ``value`` as a literal block or a one-line scalar."""
    if "\n" in value and _block_safe(value):
        block = _block(value, indent + INDENT)
        lines.append(f"{prefix} {block[0]}")
        lines.extend(block[1:])
    else:
        lines.append(f"{prefix} {scalar(value)}")


def dump(data: Mapping[str, Value]) -> str:
    """YAML text for a mapping (keys in the given order), each line ending in a newline."""
    lines: list[str] = []
    _dump_mapping(data, "", lines)
    return "\n".join(lines) + "\n" if lines else ""


def _dump_mapping(data: Mapping[str, Value], indent: str, lines: list[str]) -> None:
    for key, value in data.items():
        _dump_value(f"{indent}{scalar(key)}:", value, indent, lines)


def _dump_value(prefix: str, value: Value, indent: str, lines: list[str]) -> None:
    kind = type(value)
    if kind is str:
        text_lines(prefix, value, indent, lines)
    elif kind is list:
        if not value:
            lines.append(prefix + " []")
            return
        lines.append(prefix)
        inner = indent + INDENT
        for item in value:
            if type(item) is dict and item:
                lead = f"{inner}- "
                for key, sub in item.items():
                    _dump_value(f"{lead}{scalar(key)}:", sub, inner + INDENT, lines)
                    lead = f"{inner}  "
            elif isinstance(item, Mapping | list):
                lines.append(f"{inner}- " + ("[]" if isinstance(item, list) else "{}"))
            else:
                lines.append(f"{inner}- {scalar(item)}")
    elif value is None or kind is int or kind is float or kind is bool:
        lines.append(f"{prefix} {scalar(value)}")
    elif kind is dict or isinstance(value, Mapping):
        if not value:
            lines.append(prefix + " {}")
            return
        lines.append(prefix)
        _dump_mapping(value, indent + INDENT, lines)
    else:
        lines.append(f"{prefix} {scalar(value)}")


# ---- reading ----------------------------------------------------------------------------

_INT_RE = re.compile(r"[-+]?[0-9]+")
_FLOAT_RE = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?")
_DQ_ESCAPES = {
    "0": "\x00",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_HEX_LENGTHS = {"x": 2, "u": 4, "U": 8}


class _Lines:
    """The front matter's lines with their 1-based numbers in the file."""

    def __init__(self, text: str, first_line: int) -> None:
        self.items: list[tuple[int, str]] = []
        for number, line in enumerate(text.split("\n"), start=first_line):
            self.items.append((number, line))
        self.pos = 0

    def skip_blank(self) -> None:
        while self.pos < len(self.items) and _is_blank(self.items[self.pos][1]):
            self.pos += 1

    def peek(self) -> tuple[int, str] | None:
        self.skip_blank()
        return self.items[self.pos] if self.pos < len(self.items) else None


def _is_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def load(text: str, first_line: int = 1) -> dict[str, Value]:
    """Read front matter written by ``dump`` (or edited by hand); a mapping at the top."""
    if "\t" in "".join(line[: _indent_of(line) + 1] for line in text.split("\n")):
        for number, line in enumerate(text.split("\n"), start=first_line):
            if line[: len(line) - len(line.lstrip(" \t"))].count("\t"):
                raise FrontMatterError("indent with spaces, not tabs", number)
    lines = _Lines(text, first_line)
    head = lines.peek()
    if head is None:
        return {}
    if head[1].lstrip(" ").startswith("- "):
        raise FrontMatterError("the front matter must be 'key: value' lines", head[0])
    result = _read_mapping(lines, _indent_of(head[1]))
    rest = lines.peek()
    if rest is not None:
        raise FrontMatterError("this line is indented in a way I cannot follow", rest[0])
    return result


def _split_key(line: str, number: int) -> tuple[str, str]:
    stripped = line.strip(" ")
    if stripped.startswith('"') or stripped.startswith("'"):
        end = _quoted_end(stripped, number)
        key = _read_scalar(stripped[: end + 1], number)
        rest = stripped[end + 1 :]
        if not rest.startswith(":"):
            raise FrontMatterError("expected ':' after the quoted key", number)
        return str(key), rest[1:].strip(" ")
    match = re.match(r"([^:#]*?):(?: |$)", stripped)
    if match is None:
        raise FrontMatterError(f"expected 'key: value', found {stripped[:40]!r}", number)
    return match.group(1).strip(), stripped[match.end() :].strip(" ")


def _quoted_end(text: str, number: int) -> int:
    quote_char = text[0]
    i = 1
    while i < len(text):
        char = text[i]
        if quote_char == '"' and char == "\\":
            i += 2
            continue
        if char == quote_char:
            if quote_char == "'" and text[i + 1 : i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    raise FrontMatterError("a quoted text is not closed on its line", number)


def _read_mapping(lines: _Lines, indent: int) -> dict[str, Value]:
    result: dict[str, Value] = {}
    while True:
        head = lines.peek()
        if head is None:
            return result
        number, line = head
        current = _indent_of(line)
        if current < indent:
            return result
        if current > indent:
            raise FrontMatterError("this line is indented more than the one before", number)
        if line.lstrip(" ").startswith("- "):
            return result
        key, rest = _split_key(line, number)
        if key in result:
            raise FrontMatterError(f"'{key}' appears twice", number)
        lines.pos += 1
        result[key] = _read_value(lines, rest, indent, number)


def _read_value(lines: _Lines, rest: str, indent: int, number: int) -> Value:
    if rest.startswith("|"):
        return _read_block(lines, rest, indent, number)
    if rest.startswith(">"):
        raise FrontMatterError("folded '>' text is not supported; use '|'", number)
    if rest and not rest.startswith("#"):
        return _read_scalar(rest, number)
    nxt = lines.peek()
    if nxt is None:
        return None
    nxt_indent = _indent_of(nxt[1])
    is_item = nxt[1].lstrip(" ").startswith("- ") or nxt[1].strip() == "-"
    if nxt_indent > indent:
        return _read_sequence(lines, nxt_indent) if is_item else _read_mapping(lines, nxt_indent)
    if nxt_indent == indent and is_item:
        return _read_sequence(lines, nxt_indent)
    return None


def _read_sequence(lines: _Lines, indent: int) -> list[Value]:
    items: list[Value] = []
    while True:
        head = lines.peek()
        if head is None:
            return items
        number, line = head
        if _indent_of(line) != indent or not (
            line.lstrip(" ").startswith("- ") or line.strip() == "-"
        ):
            if _indent_of(line) > indent:
                raise FrontMatterError("this line is indented more than the one before", number)
            return items
        content = line[indent + 2 :] if line.strip() != "-" else ""
        if not content.strip():
            lines.pos += 1
            items.append(_read_value(lines, "", indent, number))
            continue
        if _looks_like_key(content):
            # "- key: value": the item is a mapping whose keys line up after "- ".
            lines.items[lines.pos] = (number, " " * (indent + 2) + content)
            items.append(_read_mapping(lines, indent + 2))
        else:
            lines.pos += 1
            items.append(_read_scalar(content.strip(" "), number))


def _looks_like_key(content: str) -> bool:
    stripped = content.strip(" ")
    if stripped.startswith(('"', "'")):
        try:
            end = _quoted_end(stripped, 0)
        except FrontMatterError:
            return False
        return stripped[end + 1 :].startswith(":")
    if stripped.startswith(("[", "{")):
        return False
    return re.match(r"[^:#]*?:(?: |$)", stripped) is not None


def _read_block(lines: _Lines, header: str, indent: int, number: int) -> str:
    match = re.fullmatch(r"\|([-+]?)([1-9]?)([-+]?)\s*(?:#.*)?", header)
    if match is None:
        raise FrontMatterError(f"cannot read the block header {header!r}", number)
    chomp = match.group(1) or match.group(3)
    explicit = int(match.group(2)) if match.group(2) else None
    raw: list[str] = []
    block_indent = indent + explicit if explicit else None
    while lines.pos < len(lines.items):
        _, line = lines.items[lines.pos]
        if line.strip(" ") == "":
            raw.append(line)
            lines.pos += 1
            continue
        this = _indent_of(line)
        if block_indent is None:
            if this <= indent:
                break
            block_indent = this
        if this < block_indent:
            break
        raw.append(line)
        lines.pos += 1
    # Trailing blank lines belong to the block only under "keep" chomping.
    trailing = 0
    while raw and raw[-1].strip(" ") == "":
        raw.pop()
        trailing += 1
    if block_indent is None:
        content_lines: list[str] = []
    else:
        content_lines = [line[block_indent:] for line in raw]
    text = "\n".join(content_lines)
    if chomp == "-":
        return text
    if not content_lines:
        return "\n" * trailing if chomp == "+" else ""
    if chomp == "+":
        return text + "\n" * (trailing + 1)
    return text + "\n"


def _read_scalar(text: str, number: int) -> Value:
    text = text.strip(" ")
    if text.startswith('"'):
        end = _quoted_end(text, number)
        _after_scalar(text[end + 1 :], number)
        return _unescape(text[1:end], number)
    if text.startswith("'"):
        end = _quoted_end(text, number)
        _after_scalar(text[end + 1 :], number)
        return text[1:end].replace("''", "'")
    if text.startswith("["):
        return _read_flow_list(text, number)
    if text == "{}":
        return {}
    if text.startswith("{"):
        raise FrontMatterError("{…} mappings on one line are not supported", number)
    # A plain scalar ends at " #" (a comment).
    comment = text.find(" #")
    if comment >= 0:
        text = text[:comment].rstrip(" ")
    lowered = text.lower()
    if lowered in {"null", "~", ""}:
        return None
    if lowered == "true":
        return True
    if lowered == "false":
        return False
    if _INT_RE.fullmatch(text):
        return int(text)
    if _FLOAT_RE.fullmatch(text):
        return float(text)
    return text


def _after_scalar(rest: str, number: int) -> None:
    rest = rest.strip(" ")
    if rest and not rest.startswith("#"):
        raise FrontMatterError(f"unexpected {rest[:20]!r} after the quoted text", number)


def _flow_end(text: str, number: int) -> int:
    """Index of the ``]`` closing the list that starts at ``text[0]`` (quotes respected)."""
    i = 1
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i += _quoted_end(text[i:], number) + 1
            continue
        if char == "[":
            raise FrontMatterError("lists inside [lists] are not supported", number)
        if char == "]":
            return i
        i += 1
    raise FrontMatterError("a [list] must close on the same line", number)


def _read_flow_list(text: str, number: int) -> list[Value]:
    end = _flow_end(text, number)
    _after_scalar(text[end + 1 :], number)
    inner = text[1:end].strip()
    if not inner:
        return []
    items: list[Value] = []
    pos = 0
    while pos <= len(inner):
        chunk = inner[pos:].lstrip(" ")
        pos = len(inner) - len(chunk)
        if chunk.startswith(('"', "'")):
            end = pos + _quoted_end(chunk, number)
            items.append(_read_scalar(inner[pos : end + 1], number))
            comma = inner.find(",", end + 1)
        else:
            comma = inner.find(",", pos)
            piece = inner[pos:] if comma < 0 else inner[pos:comma]
            items.append(_read_scalar(piece, number))
        if comma < 0:
            break
        pos = comma + 1
    return items


def _unescape(text: str, number: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char != "\\":
            out.append(char)
            i += 1
            continue
        code = text[i + 1 : i + 2]
        if code in _HEX_LENGTHS:
            width = _HEX_LENGTHS[code]
            digits = text[i + 2 : i + 2 + width]
            if len(digits) != width or not re.fullmatch(r"[0-9a-fA-F]+", digits):
                raise FrontMatterError(f"bad escape '\\{code}{digits}'", number)
            out.append(chr(int(digits, 16)))
            i += 2 + width
            continue
        if code not in _DQ_ESCAPES:
            raise FrontMatterError(f"unknown escape '\\{code}'", number)
        out.append(_DQ_ESCAPES[code])
        i += 2
    return "".join(out)

"""Front matter: the writer of our exports' YAML, and the reader of any file's.

Reading uses PyYAML's safe loader (C-accelerated where libyaml is installed), so a
note from another app (Obsidian and the like) is read as YAML really is. Writing
stays our own, fast, and writes exactly the YAML our exports need (the tests read
every file back with PyYAML):

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

The reader names the line of anything it cannot read, refuses a key given twice,
and can give chosen fields back as written where YAML 1.1 would turn a plain word
into a boolean, a number or a date (``load``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from attune_journal.core.i18n import translate

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
        raise ValueError(translate("Import", "only finite numbers can be exported"))
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

# Tags PyYAML gives plain scalars it reads as something other than text or null.
_RESOLVED_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("bool", "int", "float", "timestamp")
)
_NO_KEYS: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _loader_class() -> Any:
    """PyYAML's safe loader (libyaml's C parser when installed) that refuses a key given
    twice and gives chosen fields back as written (see ``load``).

    PyYAML is imported here, on the first read, so that starting the app or exporting
    does not load it.
    """
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        as_written: frozenset[str] = _NO_KEYS
        as_is: frozenset[str] = _NO_KEYS
        as_is_nodes: set[Any]

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            # The mapping of a field named in ``as_is`` reads as YAML gives it: its own keys
            # are not ``as_written``. Marked before its values are built (``deep``, or later).
            for key_node, value_node in node.value:
                if (
                    isinstance(key_node, yaml.ScalarNode)
                    and key_node.value in self.as_is
                    and isinstance(value_node, yaml.MappingNode)
                ):
                    self.as_is_nodes.add(value_node)
            mapping = super().construct_mapping(node, deep=deep)
            plain = node in self.as_is_nodes
            seen: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                    continue
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"'{key_node.value}' appears twice", key_node.start_mark
                    )
                seen[key] = True
                if key_node.value in self.as_written and not plain:
                    mapping[self.construct_object(key_node)] = self._written(value_node, yaml)
            return mapping

        def _written(self, node: Any, yaml: Any) -> Any:
            if isinstance(node, yaml.ScalarNode):
                if not node.style and node.tag in _RESOLVED_TAGS:  # plain: '' (libyaml) or None
                    return node.value
                return self.construct_object(node, deep=True)
            if isinstance(node, yaml.SequenceNode):
                return [self._written(item, yaml) for item in node.value]
            return self.construct_object(node, deep=True)

    # Times and dates stay the text written: the journal reads its times itself
    # (``timeutil.from_text``), and a note's ``date`` keeps what the person typed.
    Loader.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
    )
    return Loader


def _message(error: Any, text: str, first_line: int) -> FrontMatterError:
    """PyYAML's complaint in plain words, with the file's line number."""
    problem = str(getattr(error, "problem", None) or error)
    mark = getattr(error, "problem_mark", None)
    context = str(getattr(error, "context", None) or "")
    context_mark = getattr(error, "context_mark", None)
    if "quoted scalar" in context and context_mark is not None:
        return FrontMatterError(
            translate("Import", "a quoted text is not closed"), first_line + context_mark.line
        )
    lines = text.split("\n")
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
        problem = "indent with spaces, not tabs"
    elif "mapping values are not allowed" in problem:
        problem = "this line is indented in a way I cannot follow (or needs quotes around it)"
    elif context:
        problem = f"{problem} ({context})"
    return FrontMatterError(problem, first_line + mark.line if mark is not None else None)


def load(
    text: str,
    first_line: int = 1,
    as_written: frozenset[str] = _NO_KEYS,
    as_is: frozenset[str] = _NO_KEYS,
) -> dict[str, Value]:
    """Read front matter with PyYAML's safe loader; a mapping (or nothing) at the top.

    Times and dates (``2026-11-23T08:30:00+01:00``, ``2024-01-31``) are given back as
    the text written, never as ``datetime`` objects. YAML 1.1 reads some other plain
    words as other things than text: ``yes``/``no``/``on`` as booleans, ``12:30`` as
    the number 750. Our export quotes every such text, so its files read back
    exactly. For the fields named in
    ``as_written`` (at any depth, and the items of a list there) a plain value YAML
    would read as a boolean, number or time is given back as the text written, so a
    hand-edited ``more_of: yes`` stays "yes" and ``created: 2024-01-31T08:12`` can be
    read as the time it says. The mapping of a field named in ``as_is`` (an entry's
    ``meta``) is read as YAML gives it, whatever its keys are called, so a detail named
    ``date`` keeps the ``true`` or ``4`` it was given. A key given twice is refused, as
    are anything but a mapping at the top and anything the safe loader refuses (no
    Python objects are ever made). Errors name the line, counting ``first_line`` as the
    text's first.
    """
    import yaml

    loader = _loader_class()(text)
    loader.as_written = as_written
    loader.as_is = as_is
    loader.as_is_nodes = set()
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as error:
        raise _message(error, text, first_line) from None
    except RecursionError:
        raise FrontMatterError(
            translate("Import", "the front matter is nested too deeply"), first_line
        ) from None
    finally:
        loader.dispose()
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            translate("Import", "the front matter must be 'key: value' lines"), first_line
        )
    return {key if isinstance(key, str) else str(key): value for key, value in data.items()}

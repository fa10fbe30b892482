"""The one way text below the window is translated: a hook the front end fills in.

The core, the exchange and the command line's sentences (the weekly review, strategy
sentences, reminders, insights) must not load Qt, yet they are translated with the same
Qt ``.ts``/``.qm`` files as the screens, so a translator works in one file per language.
Code below ``ui`` therefore calls :func:`translate` with the same arguments as
``QCoreApplication.translate`` (``pyside6-lupdate`` finds these calls by name; a plural's
``n`` goes fourth, by position: lupdate skips a call that names it); the window or the
command line installs Qt's translate function and the language at start (:func:`install`).

Dates and numbers go through the same hook: :func:`format_date` with one of the named
:data:`DATE_STYLES` (each a Qt date pattern a translator may reorder, "d. MMMM" in German)
and :func:`format_number`; the front end installs ``QLocale``'s, so month and day names
and digit grouping follow the language.

Until something is installed, text is English as written: plurals take their English
forms from ``resources/i18n/attune_en.ts`` (the file the English ``.qm`` is made from),
dates use English month and day names. That is what tests and an English command line
see: the command line loads Qt only for another language (docs/i18n.md).

The language code (``"en"``, ``"de"``, ...) is also what the vocabularies read to show a
word in the person's language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache

from attune_journal.resources import ResourceMissingError, resource_path

#: The languages the app ships, each named in itself (Settings lists them so). Adding one
#: is a line here and ``packaging/translations.py update`` (docs/i18n.md).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}

#: Languages whose nouns keep their capital inside a sentence: a label put into a sentence
#: stays as written there ("meist Bewegung"), where English lowers its first letter
#: ("mostly movement"). See :func:`mid_sentence`.
CAPITALISED_NOUNS = frozenset({"de"})

#: ``(context, source, disambiguation, n) -> text``, the shape of QCoreApplication.translate.
TranslateFn = Callable[[str, str, str | None, int], str]
#: ``(date, time or None, Qt date pattern) -> text``.
DateFn = Callable[[date, time | None, str], str]
#: ``(value, decimals) -> text``.
NumberFn = Callable[[float, int], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate finds it by this name
    """Mark ``source`` for the translation files without translating it here.

    For text translated later from a variable (``translate(context, value)``): lupdate
    finds the marked literal by this function's name.
    """
    return source


# Each style is a Qt date pattern (QLocale::toString): d/dd day, ddd/dddd day name,
# M/MM month, MMM/MMMM month name, yyyy year, HH:mm time, 'quoted' text. A translator
# writes the pattern their language uses; the names come from QLocale.
DATE_STYLES: dict[str, str] = {
    #: A date pattern (Qt QLocale): "3 March"
    "day_month": QT_TRANSLATE_NOOP("DateFormat", "d MMMM"),
    #: A date pattern (Qt QLocale): "3 Mar"
    "day_month_short": QT_TRANSLATE_NOOP("DateFormat", "d MMM"),
    #: A date pattern (Qt QLocale): "3 March 2026"
    "day_month_year": QT_TRANSLATE_NOOP("DateFormat", "d MMMM yyyy"),
    #: A date pattern (Qt QLocale): "3 Mar 2026"
    "day_month_year_short": QT_TRANSLATE_NOOP("DateFormat", "d MMM yyyy"),
    #: A date pattern (Qt QLocale): "Wednesday, 3 March"
    "weekday_day_month": QT_TRANSLATE_NOOP("DateFormat", "dddd, d MMMM"),
    #: A date pattern (Qt QLocale): "Wednesday, 3 March 2026"
    "weekday_day_month_year": QT_TRANSLATE_NOOP("DateFormat", "dddd, d MMMM yyyy"),
    #: A date pattern (Qt QLocale): "Wed 3 Mar"
    "weekday_day_month_short": QT_TRANSLATE_NOOP("DateFormat", "ddd d MMM"),
    #: A date pattern (Qt QLocale): "March 2026"
    "month_year": QT_TRANSLATE_NOOP("DateFormat", "MMMM yyyy"),
    #: A date pattern (Qt QLocale): "Mar 2026"
    "month_year_short": QT_TRANSLATE_NOOP("DateFormat", "MMM yyyy"),
    #: A date pattern (Qt QLocale): "March"
    "month": QT_TRANSLATE_NOOP("DateFormat", "MMMM"),
    #: A date pattern (Qt QLocale): "Mar"
    "month_short": QT_TRANSLATE_NOOP("DateFormat", "MMM"),
    #: A date pattern (Qt QLocale): "Wed 3 Mar 2026"
    "weekday_day_month_year_short": QT_TRANSLATE_NOOP("DateFormat", "ddd d MMM yyyy"),
    #: A time pattern (Qt QLocale): "8:30", the hour without a leading zero
    "clock": QT_TRANSLATE_NOOP("DateFormat", "H:mm"),
    #: A date pattern (Qt QLocale): "Wed 3 Mar, 08:30"
    "weekday_day_month_time_short": QT_TRANSLATE_NOOP("DateFormat", "ddd d MMM, HH:mm"),
    #: A date pattern (Qt QLocale): "Wednesday, 3 March 2026 · 08:30"
    "weekday_day_month_year_time": QT_TRANSLATE_NOOP("DateFormat", "dddd, d MMMM yyyy · HH:mm"),
    #: A date pattern (Qt QLocale): "3 Mar 2026, 08:30"
    "day_month_year_time_short": QT_TRANSLATE_NOOP("DateFormat", "d MMM yyyy, HH:mm"),
    #: A date pattern (Qt QLocale): the day of the month alone, as in "3–9 March"
    "day": QT_TRANSLATE_NOOP("DateFormat", "d"),
    #: A date pattern (Qt QLocale): "Wednesday"
    "weekday": QT_TRANSLATE_NOOP("DateFormat", "dddd"),
    #: A time pattern (Qt QLocale): "08:30"
    "time": QT_TRANSLATE_NOOP("DateFormat", "HH:mm"),
}


# ---- English as written (no Qt) ----------------------------------------------------------

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_PATTERN = re.compile(r"'[^']*'|dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy|HH|H|mm|m|ss|s")


@cache
def _english_plurals() -> dict[tuple[str, str, str], tuple[str, ...]]:
    """English plural forms by (context, source, disambiguation), from attune_en.ts."""
    import xml.etree.ElementTree as ET  # only when a plural is shown without Qt

    try:
        root = ET.parse(resource_path("i18n", "attune_en.ts")).getroot()
    except (ResourceMissingError, OSError, ET.ParseError):
        return {}
    forms: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            texts = tuple(f.text or "" for f in message.iter("numerusform"))
            if len(texts) == 2 and all(texts):
                forms[key] = texts
    return forms


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    if n < 0:
        return source
    # English has two forms: one for exactly 1, the other for every other number.
    forms = _english_plurals().get((context, source, disambiguation or ""))
    text = (forms[0] if n == 1 else forms[1]) if forms else source
    return fill_count(text, n)


def _english_date(day: date, clock: time | None, pattern: str) -> str:
    """Qt's date pattern letters, with English names (what QLocale("en") writes)."""

    def field(match: re.Match[str]) -> str:
        token = match.group()
        hour, minute, second = (clock.hour, clock.minute, clock.second) if clock else (0, 0, 0)
        values = {
            "dddd": _DAYS[day.weekday()],
            "ddd": _DAYS[day.weekday()][:3],
            "dd": f"{day.day:02d}",
            "d": str(day.day),
            "MMMM": _MONTHS[day.month - 1],
            "MMM": _MONTHS[day.month - 1][:3],
            "MM": f"{day.month:02d}",
            "M": str(day.month),
            "yyyy": f"{day.year:04d}",
            "yy": f"{day.year % 100:02d}",
            "HH": f"{hour:02d}",
            "H": str(hour),
            "mm": f"{minute:02d}",
            "m": str(minute),
            "ss": f"{second:02d}",
            "s": str(second),
        }
        return values.get(token, token[1:-1] if token.startswith("'") else token)

    return _PATTERN.sub(field, pattern)


def _english_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


# ---- the hook ----------------------------------------------------------------------------


@dataclass
class _State:
    language: str = "en"
    translate: TranslateFn = _english
    format_date: DateFn = _english_date
    format_number: NumberFn = _english_number


_state = _State()


def language_code(name: str) -> str:
    """``"de"`` for "de-AT", "de_DE.UTF-8" or "de"; "" for "C" and "POSIX"."""
    code = name.replace("-", "_").split(".", 1)[0].split("_", 1)[0].split("@", 1)[0].lower()
    return "" if code in ("c", "posix") else code


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, in gettext's order: ``LANGUAGE`` (a list,
    "de:en"), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``. The first one set decides; "en" when
    it names no language the app ships (or "C")."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip()
        if value:
            for part in value.split(":"):
                if language_code(part) in LANGUAGES:
                    return language_code(part)
            return "en"
    return "en"


def install(
    language: str,
    translate_fn: TranslateFn | None = None,
    date_fn: DateFn | None = None,
    number_fn: NumberFn | None = None,
) -> None:
    """Set the language (``"en"``, ``"de"``, ...) and the functions that translate and
    write dates and numbers (English as written for any left out)."""
    _state.language = language
    _state.translate = translate_fn or _english
    _state.format_date = date_fn or _english_date
    _state.format_number = number_fn or _english_number


def reset() -> None:
    """Back to English as written (tests)."""
    install("en")


def language() -> str:
    """The code of the language text is shown in, e.g. ``"de"``; ``"en"`` by default."""
    return _state.language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the person's language; ``n`` >= 0 picks a plural form and fills ``%n``.

    Pass ``n`` by position (``translate("Review", "%n entries", None, n)``): lupdate does
    not extract a call that names it.
    """
    return _state.translate(context, source, disambiguation, n)


def fill_count(text: str, n: int) -> str:
    """A plural form with its count filled in as ``QCoreApplication.translate`` does:
    ``%n`` as written ("1234 entries"), ``%Ln`` in the language's way ("1,234 entries",
    "1.234 Einträge") for counts that may run into the thousands."""
    return text.replace("%Ln", format_number(n)).replace("%n", str(n))


def mid_sentence(label: str) -> str:
    """A label (a body region, a feeling family, an entry kind, a pillar) as it reads
    inside a sentence of the language shown: "Upper back" becomes "upper back" in English,
    while German keeps "Oberer Rücken" and "Bewegung" as written, since its nouns are
    capitalised everywhere.

    Only the first letter changes, so a name inside the label keeps its capital. Where a
    label is a phrase rather than a noun ("Traf diese Woche nicht zu"), the translation
    of the sentence around it quotes it instead („{low}“).
    """
    if language_code(language()) in CAPITALISED_NOUNS:
        return label
    return label[:1].lower() + label[1:]


def format_date(value: date | datetime, style: str) -> str:
    """``value`` in one of the :data:`DATE_STYLES`, in the person's language."""
    pattern = translate("DateFormat", DATE_STYLES[style])
    if isinstance(value, datetime):
        return _state.format_date(value.date(), value.time(), pattern)
    return _state.format_date(value, None, pattern)


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` with the language's digit grouping and decimal sign ("1,234.5", "1.234,5")."""
    return _state.format_number(value, decimals)


def format_percent(share: float, decimals: int = 0) -> str:
    """A share (0.62) as a percentage in the language's way: "62%", "62 %"."""
    #: A percentage; {number} is the number ("62"). German writes "{number} %".
    pattern = translate("NumberFormat", "{number}%")
    return pattern.format(number=format_number(round(share * 100, decimals), decimals))


def day_range(start: date, end: date, short: bool = False, year: bool = True) -> str:
    """Two days as a span: "16–22 November 2026", "30 November – 6 December 2026"
    ("30 Nov – 6 Dec 2026" when ``short``; without the year when not ``year``, unless
    the span crosses one)."""
    suffix = "_short" if short else ""
    with_year, without = f"day_month_year{suffix}", f"day_month{suffix}"
    last_style = with_year if year or start.year != end.year else without
    if start.year != end.year:
        first, last = format_date(start, with_year), format_date(end, with_year)
    elif start.month != end.month:
        first, last = format_date(start, without), format_date(end, last_style)
    else:
        #: Days of one month: "16–22 November 2026"; {first} is the day alone.
        return translate("DateFormat", "{first}–{last}").format(
            first=format_date(start, "day"), last=format_date(end, last_style)
        )
    #: Days across months or years: "30 November – 6 December 2026".
    return translate("DateFormat", "{first} – {last}").format(first=first, last=last)

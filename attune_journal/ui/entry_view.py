"""Read-only rendering of any entry as rich text, for History's detail pane.

This module owns three things: turning one entry of any kind into HTML (the
person's free text is Markdown, rendered by ``QTextDocument.setMarkdown`` with
raw HTML switched off, so nothing typed can inject markup or fetch an image);
turning a search snippet with the store's match markers into safe HTML; and the
``EntryView`` widget that shows an entry and highlights the words searched for.

Everything the person wrote is escaped before it meets HTML: a journal entry
that says ``<b>`` shows the characters ``<b>``.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import (
    QColor,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from attune_journal.core.i18n import format_date
from attune_journal.core.labels import intensity_word, kind_label
from attune_journal.core.models import (
    CheckIn,
    Entry,
    Feeling,
    NeedState,
    Note,
    RelationshipCheckIn,
    RepairEntry,
    StrategyTry,
    WeeklyReview,
)
from attune_journal.core.prompts import find_prompt, load_prompts
from attune_journal.core.vocab import load_relationship
from attune_journal.core.vocab_terms import shown
from attune_journal.storage.repository import HIGHLIGHT_END, HIGHLIGHT_START

_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
_WORD = re.compile(r"\w+", re.UNICODE)
_HEADING = re.compile(r"(^|\n)\s{0,3}#{1,6}\s+")
_EMPHASIS = re.compile(r"\*\*|__|`")
_SPACE = re.compile(r"\s+")


def tr(text: str) -> str:
    return QCoreApplication.translate("EntryView", text)


def match_colours(dark: bool) -> tuple[str, str]:
    """Background and text colour of a search match, readable on either palette."""
    return ("#6b5716", "#fff4cc") if dark else ("#f6dc8c", "#22282a")


def snippet_html(snippet: str, dark: bool = False) -> str:
    """A search snippet as HTML: everything escaped, the store's markers made bold and marked.

    ``Journal.search`` wraps each match in ``HIGHLIGHT_START``/``HIGHLIGHT_END``
    (control characters nobody types). Unbalanced markers are tolerated: a stray
    end is dropped and an open match is closed at the end.
    """
    background, foreground = match_colours(dark)
    opening = f'<b style="background-color:{background}; color:{foreground};">'
    parts: list[str] = []
    inside = False
    for piece in re.split(f"([{HIGHLIGHT_START}{HIGHLIGHT_END}])", snippet):
        if piece == HIGHLIGHT_START:
            if not inside:
                parts.append(opening)
                inside = True
        elif piece == HIGHLIGHT_END:
            if inside:
                parts.append("</b>")
                inside = False
        elif piece:
            parts.append(html.escape(plain_snippet(piece)))
    if inside:
        parts.append("</b>")
    return "".join(parts)


def plain_snippet(text: str) -> str:
    """Snippet text without the commonest Markdown marks, on one line.

    The index holds what the person typed; a list row reads better without
    ``# `` before a heading or ``**`` around a bold word.
    """
    text = _HEADING.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return _SPACE.sub(" ", text)


def search_terms(query: str) -> list[str]:
    """The words of a search, as the store matches them (each one a word prefix)."""
    return _WORD.findall(query)


def markdown_html(text: str) -> str:
    """The person's Markdown as an HTML fragment (no raw HTML passes through)."""
    document = QTextDocument()
    document.setMarkdown(text, _MARKDOWN)
    found = _BODY.search(document.toHtml())
    return found.group(1).strip() if found else html.escape(text)


def _esc(text: str) -> str:
    return html.escape(text)


def _intensity(value: int) -> str:
    return intensity_word(value)


# Vocabulary words in the language of the app (by their id), own words as written.


def _feelings(feelings: Sequence[Feeling]) -> str:
    return ", ".join(
        f"{_esc(shown('feeling', f.word_id, f.word))} <i>({_intensity(f.intensity)})</i>"
        for f in feelings
    )


def _needs(needs: Sequence[NeedState]) -> str:
    met = [_esc(shown("need", n.need_id, n.need)) for n in needs if n.met]
    unmet = [_esc(shown("need", n.need_id, n.need)) for n in needs if not n.met]
    lines = []
    if met:
        lines.append(
            QCoreApplication.translate("EntryView", "Met: {needs}").format(needs=", ".join(met))
        )
    if unmet:
        lines.append(
            QCoreApplication.translate("EntryView", "Not met: {needs}").format(
                needs=", ".join(unmet)
            )
        )
    return "<br>".join(lines)


def _activation(value: int, window: tuple[int, int] | None) -> str:
    text = QCoreApplication.translate("EntryView", "{value} of 10").format(value=value)
    if window is not None:
        low, high = window
        if value > high:
            text += " " + QCoreApplication.translate(
                "EntryView", "(above your window of {low}–{high})"
            ).format(low=low, high=high)
        elif value < low:
            text += " " + QCoreApplication.translate(
                "EntryView", "(below your window of {low}–{high})"
            ).format(low=low, high=high)
        else:
            text += " " + QCoreApplication.translate(
                "EntryView", "(inside your window of {low}–{high})"
            ).format(low=low, high=high)
    return _esc(text)


def _strategy(strategy: StrategyTry) -> str:
    text = _esc(shown("strategy", strategy.strategy_id, strategy.name))
    if strategy.before is not None or strategy.after is not None:
        before = "–" if strategy.before is None else str(strategy.before)
        after = "–" if strategy.after is None else str(strategy.after)
        text += " · " + _esc(
            QCoreApplication.translate("EntryView", "activation {before} → {after}").format(
                before=before, after=after
            )
        )
    return text


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def source_details_lines(meta: object) -> list[str]:
    """What another journal knew about an entry (an import's source details: ``from``,
    ``journal``, ``place``, ``latitude``/``longitude``, ``weather``, ``temperature_c``,
    ``edited``, ``pinned``), as plain lines; none for an entry without them."""
    if not isinstance(meta, Mapping) or not meta:
        return []
    lines: list[str] = []
    source, journal = _text(meta.get("from")), _text(meta.get("journal"))
    if source and journal:
        lines.append(
            QCoreApplication.translate(
                "EntryView", "From the journal “{journal}” in {source}"
            ).format(journal=journal, source=source)
        )
    elif source:
        lines.append(QCoreApplication.translate("EntryView", "From {source}").format(source=source))
    elif journal:
        lines.append(
            QCoreApplication.translate("EntryView", "Journal: {journal}").format(journal=journal)
        )
    place = _text(meta.get("place"))
    latitude, longitude = _number(meta.get("latitude")), _number(meta.get("longitude"))
    where = (
        f"{latitude:.4f}, {longitude:.4f}" if latitude is not None and longitude is not None else ""
    )
    if place or where:
        shown = f"{place} ({where})" if place and where else place or where
        lines.append(QCoreApplication.translate("EntryView", "Place: {place}").format(place=shown))
    weather = _text(meta.get("weather"))
    temperature = _number(meta.get("temperature_c"))
    if temperature is not None:
        degrees = f"{temperature:.1f}".rstrip("0").rstrip(".") + " °C"
        weather = f"{weather}, {degrees}" if weather else degrees
    if weather:
        lines.append(
            QCoreApplication.translate("EntryView", "Weather: {weather}").format(weather=weather)
        )
    edited = _text(meta.get("edited"))
    if edited:
        with contextlib.suppress(ValueError):  # else shown as it was written
            edited = (
                datetime.fromisoformat(edited).strftime("%A, %d %B %Y · %H:%M").replace(" 0", " ")
            )
        lines.append(
            QCoreApplication.translate("EntryView", "Last edited there: {when}").format(when=edited)
        )
    if meta.get("pinned") is True:
        lines.append(QCoreApplication.translate("EntryView", "Pinned there"))
    return lines


def source_details_html(meta: object) -> str:
    return "<br>".join(_esc(line) for line in source_details_lines(meta))


class _Builder:
    """Collects titled sections of an entry as HTML."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def field(self, title: str, value_html: str) -> None:
        if value_html:
            self.parts.append(f"<h4>{_esc(title)}</h4><p>{value_html}</p>")

    def markdown(self, title: str, text: str) -> None:
        if text.strip():
            self.parts.append(f"<h4>{_esc(title)}</h4>{markdown_html(text)}")


def entry_html(
    entry: Entry,
    window: tuple[int, int] | None = None,
    extra_prompts: Iterable[Any] = (),
) -> str:
    """The whole entry as HTML: a heading line, then each part that holds something."""
    when = format_date(entry.at, "weekday_day_month_year_time")
    star = " ★" if entry.starred else ""
    head = f'<h3>{_esc(kind_label(entry.kind))}{star}</h3><p style="margin-top:0;">{_esc(when)}</p>'
    if entry.is_trashed and entry.deleted_at is not None:
        head += "<p><i>{}</i></p>".format(
            _esc(
                QCoreApplication.translate("EntryView", "In the trash since {day}.").format(
                    day=format_date(entry.deleted_at, "day_month_year")
                )
            )
        )
    out = _Builder()
    if isinstance(entry, CheckIn):
        if entry.prompt_id:
            prompt = find_prompt([*load_prompts(), *extra_prompts], entry.prompt_id)
            if prompt is not None:
                out.field(
                    QCoreApplication.translate("EntryView", "Prompt"), f"<i>{_esc(prompt.text)}</i>"
                )
        if entry.body:
            out.field(
                QCoreApplication.translate("EntryView", "Body"),
                "<br>".join(
                    f"{_esc(shown('region', b.region_id, b.region))}: "
                    f"{_esc(shown('sensation', b.sensation_id, b.sensation))} "
                    f"<i>({_intensity(b.intensity)})</i>"
                    for b in entry.body
                ),
            )
        out.field(QCoreApplication.translate("EntryView", "Feelings"), _feelings(entry.feelings))
        out.field(QCoreApplication.translate("EntryView", "Needs"), _needs(entry.needs))
        if entry.activation is not None:
            out.field(
                QCoreApplication.translate("EntryView", "Activation"),
                _activation(entry.activation, window),
            )
        if entry.strategy is not None:
            out.field(
                QCoreApplication.translate("EntryView", "What I tried"), _strategy(entry.strategy)
            )
        out.markdown(
            QCoreApplication.translate("EntryView", "Regulation note"), entry.regulation_note
        )
        out.markdown(QCoreApplication.translate("EntryView", "Reflection"), entry.reflection)
    elif isinstance(entry, Note):
        out.markdown(QCoreApplication.translate("EntryView", "Note"), entry.text)
        if entry.activation is not None:
            out.field(
                QCoreApplication.translate("EntryView", "Activation"),
                _activation(entry.activation, window),
            )
        if entry.strategy is not None:
            out.field(
                QCoreApplication.translate("EntryView", "What I tried"), _strategy(entry.strategy)
            )
        out.field(QCoreApplication.translate("EntryView", "Feelings"), _feelings(entry.feelings))
        out.field(QCoreApplication.translate("EntryView", "Needs"), _needs(entry.needs))
    elif isinstance(entry, WeeklyReview):
        out.field(QCoreApplication.translate("EntryView", "Week"), _esc(entry.week))
        out.markdown(QCoreApplication.translate("EntryView", "What went well"), entry.went_well)
        out.markdown(QCoreApplication.translate("EntryView", "What was hard"), entry.was_hard)
        out.markdown(
            QCoreApplication.translate("EntryView", "Intention for next week"), entry.intention
        )
    elif isinstance(entry, RelationshipCheckIn):
        relationship = load_relationship()
        out.field(QCoreApplication.translate("EntryView", "Week"), _esc(entry.week))
        answers = []
        for pillar in relationship.pillars:
            for item in pillar.items:
                if item.id in entry.answers:
                    answers.append(
                        f"{_esc(item.text)} <b>{entry.answers[item.id]}</b>"
                        f"/{relationship.scale_max}"
                    )
        out.field(QCoreApplication.translate("EntryView", "Answers"), "<br>".join(answers))
        out.markdown(
            QCoreApplication.translate("EntryView", "What I'd like more of"), entry.more_of
        )
        out.markdown(
            QCoreApplication.translate("EntryView", "What I appreciated"), entry.appreciated
        )
        for step in relationship.attune_steps:
            out.markdown(step.label, entry.attune.get(step.id, ""))
    elif isinstance(entry, RepairEntry):
        out.markdown(QCoreApplication.translate("EntryView", "What happened"), entry.what_happened)
        out.field(QCoreApplication.translate("EntryView", "Feelings"), _feelings(entry.feelings))
        out.field(QCoreApplication.translate("EntryView", "Needs"), _needs(entry.needs))
        out.markdown(QCoreApplication.translate("EntryView", "My part"), entry.my_part)
        out.markdown(QCoreApplication.translate("EntryView", "The repair"), entry.repair)
        out.markdown(QCoreApplication.translate("EntryView", "How it went"), entry.how_it_went)
        out.field(
            QCoreApplication.translate("EntryView", "Resolved"),
            _esc(
                QCoreApplication.translate("EntryView", "yes")
                if entry.resolved
                else QCoreApplication.translate("EntryView", "not yet")
            ),
        )
    if entry.tags:
        out.field(
            QCoreApplication.translate("EntryView", "Tags"),
            _esc(" ".join(f"#{tag}" for tag in entry.tags)),
        )
    out.field(
        QCoreApplication.translate("EntryView", "Details"),
        source_details_html(getattr(entry, "meta", None)),
    )
    if not out.parts:
        nothing = QCoreApplication.translate("EntryView", "Nothing was written in this entry.")
        out.parts.append(f"<p><i>{_esc(nothing)}</i></p>")
    return head + "".join(out.parts)


def highlight_terms(document: QTextDocument, terms: Sequence[str], dark: bool) -> int:
    """Mark the words starting with one of ``terms`` (as the search matched), the first
    ``MAX_MARKS`` of them; returns how many were marked."""
    from PySide6.QtCore import QRegularExpression

    if not terms:
        return 0
    background, foreground = match_colours(dark)
    marked = QTextCharFormat()
    marked.setBackground(QColor(background))
    marked.setForeground(QColor(foreground))
    pattern = QRegularExpression(
        r"\b(" + "|".join(QRegularExpression.escape(t) for t in terms) + r")\w*",
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
    )
    count = 0
    cursor = QTextCursor(document)
    # One edit block for all marks (Qt lays the document out once), and no more marks than
    # a person reads: each further mark splits the text into more fragments and the cost
    # grew with the square of the matches (a pasted 4 MB log froze the window for minutes).
    editing = QTextCursor(document)
    editing.beginEditBlock()
    try:
        while count < MAX_MARKS:
            cursor = document.find(pattern, cursor)
            if cursor.isNull():
                break
            cursor.mergeCharFormat(marked)
            count += 1
    finally:
        editing.endEditBlock()
    return count


MAX_MARKS = 500


class EntryView(QTextBrowser):
    """Shows one entry, read-only and selectable; never loads a link or an image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Entry"))
        self.match_count = 0
        self.entry: Entry | None = None

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # Markdown may name an image; the journal never fetches anything, local or remote.
        return None

    def show_entry(
        self,
        entry: Entry,
        terms: Sequence[str] = (),
        window: tuple[int, int] | None = None,
        extra_prompts: Iterable[Any] = (),
    ) -> None:
        from attune_journal.ui.theme import is_dark

        self.entry = entry
        self.setHtml(entry_html(entry, window, extra_prompts))
        self.match_count = highlight_terms(self.document(), terms, is_dark())

    def show_message(self, text: str) -> None:
        self.entry = None
        self.match_count = 0
        self.setHtml(f'<p style="margin:18px;"><i>{_esc(text)}</i></p>')

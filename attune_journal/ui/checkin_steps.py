"""The pages of the guided check-in: Arrive, Body, Feelings, Needs, Regulation, Reflect, Done.

Each page asks one question in a warm heading, says in a line what helps, and
holds the widgets for that part of a ``CheckIn``. Pages know nothing about the
flow: ``fill(entry)`` shows an entry, ``read(entry)`` writes what the page holds
into one, ``changed`` fires on every edit (the screen turns that into a debounced
draft write). The flow, keys and saving live in ``ui/checkin.py``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import format_date, mid_sentence
from attune_journal.core.labels import intensity_word
from attune_journal.core.models import INTENSITY_MAX, INTENSITY_MIN, CheckIn, StrategyTry
from attune_journal.core.prompts import Prompt, find_prompt, load_prompts
from attune_journal.core.similar import SimilarCheckIn, state_of
from attune_journal.core.timeutil import today_local
from attune_journal.core.vocab_terms import key_of, shown, term_id
from attune_journal.storage.errors import StoreError
from attune_journal.ui.breathing import BreathingCircle
from attune_journal.ui.quick_note import (
    canonical_strategy,
    shown_strategy,
    strategy_choices,
    strategy_combo,
    strategy_how_to,
)
from attune_journal.ui.widgets.activation_scale import ActivationScale
from attune_journal.ui.widgets.body_map import BodyPicker
from attune_journal.ui.widgets.mood_grid import FeelingPicker
from attune_journal.ui.widgets.needs_picker import NeedsPicker
from attune_journal.workspace import Workspace


class StepPage(QWidget):
    """One step: a heading, a helper line, and the step's own widgets below."""

    changed = Signal()
    key = ""

    def __init__(self, heading: str, helper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading)
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.heading.setAccessibleName(heading)
        self.helper = QLabel(helper)
        self.helper.setObjectName("hint")
        self.helper.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 4, 4, 4)
        self.body.setSpacing(14)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.helper)

    @property
    def title(self) -> str:
        """The step's short name for the progress line."""
        raise NotImplementedError

    def fill(self, entry: CheckIn) -> None:
        """Show what ``entry`` holds for this step."""

    def read(self, entry: CheckIn) -> None:
        """Write this step's values into ``entry``."""

    def focus_first(self) -> None:
        self.focusNextChild()

    def skip_text(self) -> str:
        return self.tr("Skip")


def push_button(text: str) -> QPushButton:
    """A button that Enter presses as well as Space, as a keyboard user expects.

    Outside a dialog a ``QPushButton`` ignores Enter unless it is "auto default".
    """
    button = QPushButton(text)
    button.setAutoDefault(True)
    return button


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(8)
    return card, layout


# ---- 1. Arrive -------------------------------------------------------------------------


class ArrivePage(StepPage):
    key = "arrive"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Take a moment to arrive"),
            self.tr(
                "Go slowly. There are no right answers, and every step can be skipped. "
                "Esc keeps what you have so far for later."
            ),
            parent,
        )
        self.workspace = workspace
        self.prompt_offset = 0
        self.prompt: Prompt | None = None

        card, card_layout = _card()
        caption = QLabel(self.tr("Today's prompt"))
        caption.setObjectName("caption")
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        prompt_font = QFont(self.font())
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.2)
        prompt_font.setItalic(True)
        self.prompt_label.setFont(prompt_font)
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        self.another_prompt = push_button(self.tr("Another prompt"))
        self.another_prompt.setToolTip(self.tr("Show a different prompt"))
        self.another_prompt.clicked.connect(self.next_prompt)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.another_prompt)
        card_layout.addWidget(caption)
        card_layout.addWidget(self.prompt_label)
        card_layout.addLayout(row)
        self.body.addWidget(card)

        self.breath_hint = QLabel()
        self.breath_hint.setObjectName("hint")
        self.breath_hint.setWordWrap(True)
        self.breath_button = push_button(self.tr("Breathe with me"))
        self.breath_button.setToolTip(
            self.tr("Three slow breaths with a circle: about 4 seconds in, 6 seconds out")
        )
        self.breath_button.clicked.connect(self.toggle_breathing)
        self.circle = BreathingCircle()
        self.circle.finished.connect(self._breathing_finished)
        self.circle.setMaximumSize(280, 280)
        breath_row = QHBoxLayout()
        breath_row.addWidget(self.breath_hint, 1)
        breath_row.addWidget(self.breath_button)
        self.body.addLayout(breath_row)
        self.body.addWidget(self.circle, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)  # spare height goes below, not between the heading and text
        self.apply_settings()

    @property
    def title(self) -> str:
        return self.tr("Arrive")

    def apply_settings(self) -> None:
        enabled = self.workspace.settings.breathing_animation
        self.breath_button.setVisible(enabled)
        self.circle.setVisible(enabled)
        if not enabled:
            self.stop_breathing()
            self.breath_hint.setText(self.tr("If you like, take one slow breath before you go on."))
        else:
            self.breath_hint.setText(
                self.tr("If you like, take three slow breaths first. You can stop any time.")
            )

    def show_prompt(self, prompt: Prompt) -> None:
        self.prompt = prompt
        self.prompt_label.setText(prompt.text)

    def use_offset(self, offset: int) -> None:
        self.prompt_offset = offset
        self.show_prompt(self.workspace.prompt_for(today_local(), offset))

    def next_prompt(self) -> None:
        self.use_offset(self.prompt_offset + 1)
        self.changed.emit()

    def fill(self, entry: CheckIn) -> None:
        found = None
        if entry.prompt_id:
            found = find_prompt([*load_prompts(), *self.workspace.own_prompts()], entry.prompt_id)
        if found is not None:
            self.show_prompt(found)
        else:
            self.use_offset(self.prompt_offset)

    def read(self, entry: CheckIn) -> None:
        entry.prompt_id = self.prompt.id if self.prompt else None

    def toggle_breathing(self) -> None:
        if self.circle.running:
            self.stop_breathing()
            return
        self.circle.start()
        self.breath_button.setText(self.tr("Stop breathing guide"))

    def stop_breathing(self) -> None:
        self.circle.stop()

    def _breathing_finished(self) -> None:
        self.breath_button.setText(self.tr("Breathe with me again"))

    def focus_first(self) -> None:
        if self.breath_button.isVisible():
            self.breath_button.setFocus()
        else:
            self.another_prompt.setFocus()


# ---- 2. Body ---------------------------------------------------------------------------


class BodyPage(StepPage):
    key = "body"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What do you notice in your body?"),
            self.tr(
                "Choose a place, then what it feels like there. Noticing the body can stir up "
                "hard memories; if it does, skip this step. Nothing is lost."
            ),
            parent,
        )
        self.picker = BodyPicker()
        self.picker.changed.connect(self.changed)
        self.body.addWidget(self.picker, 1)

    @property
    def title(self) -> str:
        return self.tr("Body")

    def skip_text(self) -> str:
        return self.tr("Skip body")

    def fill(self, entry: CheckIn) -> None:
        self.picker.set_sensations(list(entry.body))

    def read(self, entry: CheckIn) -> None:
        entry.body = list(self.picker.sensations())

    def focus_first(self) -> None:
        self.picker.focus_first()


# ---- 3. Feelings -----------------------------------------------------------------------


class FeelingsPage(StepPage):
    key = "feelings"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What are you feeling?"),
            self.tr(
                "Choose a spot on the grid and the words near it, or type a word. "
                "Several feelings can be true at once."
            ),
            parent,
        )
        self.workspace = workspace
        self.picker = FeelingPicker(own_words=workspace.own_feeling_words)
        self.picker.changed.connect(self.changed)
        self.body.addWidget(self.picker, 1)

    @property
    def title(self) -> str:
        return self.tr("Feelings")

    def fill(self, entry: CheckIn) -> None:
        self.picker.set_feelings(list(entry.feelings))

    def read(self, entry: CheckIn) -> None:
        entry.feelings = list(self.picker.feelings())

    def focus_first(self) -> None:
        self.picker.focus_first()


# ---- 4. Needs --------------------------------------------------------------------------


class NeedsPage(StepPage):
    key = "needs"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What do you need right now?"),
            self.tr(
                "Mark the needs that feel alive today, and whether each one feels met. "
                "One is plenty."
            ),
            parent,
        )
        own = tuple(name for name, _ in workspace.journal.own_items("need"))
        self.picker = NeedsPicker(extra_needs=own)
        self.picker.changed.connect(self.changed)
        self.body.addWidget(self.picker, 1)

    @property
    def title(self) -> str:
        return self.tr("Needs")

    def fill(self, entry: CheckIn) -> None:
        self.picker.set_needs(list(entry.needs))

    def read(self, entry: CheckIn) -> None:
        entry.needs = list(self.picker.needs())

    def focus_first(self) -> None:
        self.picker.focus_first()


# ---- 5. Regulation ---------------------------------------------------------------------


class RegulationPage(StepPage):
    key = "regulation"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("How activated are you right now?"),
            "",
            parent,
        )
        self.workspace = workspace
        self.scale = ActivationScale()
        self.scale.setAccessibleName(self.tr("Activation now"))
        self.scale.value_changed.connect(lambda _v: self.changed.emit())
        self.body.addWidget(self.scale)

        self.group = QGroupBox(self.tr("Did you try something to settle? (optional)"))
        form = QFormLayout(self.group)
        form.setVerticalSpacing(10)
        self.strategy = strategy_combo(workspace)
        self.strategy.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.before = ActivationScale()
        self.before.setAccessibleName(self.tr("Activation before the strategy"))
        self.before.value_changed.connect(lambda _v: self.changed.emit())
        self.after = ActivationScale()
        self.after.setAccessibleName(self.tr("Activation after the strategy"))
        self.after.value_changed.connect(lambda _v: self.changed.emit())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A line about it (optional)"))
        self.note.setAccessibleName(self.tr("Regulation note"))
        self.note.textChanged.connect(lambda _t: self.changed.emit())
        form.addRow(self.tr("&Strategy"), self.strategy)
        self.how_to = strategy_how_to(self.strategy)
        form.addRow("", self.how_to)
        form.addRow(self.tr("&Before"), self.before)
        form.addRow(self.tr("&After"), self.after)
        form.addRow(self.tr("&Note"), self.note)
        self.body.addWidget(self.group)
        self.body.addStretch(1)
        self.apply_settings()

    @property
    def title(self) -> str:
        return self.tr("Regulation")

    def showEvent(self, event: QShowEvent) -> None:
        # As on the Feelings step: strategies added or removed in Settings while the
        # check-in was open are offered when this step comes into view.
        super().showEvent(event)
        try:
            names = strategy_choices(self.workspace)
        except StoreError:
            return
        combo = self.strategy
        if names == [combo.itemText(i) for i in range(1, combo.count())]:
            return
        typed = combo.currentText()
        with QSignalBlocker(combo):  # the choice stays as it was: no draft write, no change
            combo.clear()
            combo.addItem("")
            combo.addItems(names)
            combo.setCurrentText(typed)

    def apply_settings(self) -> None:
        low, high = self.workspace.settings.window_low, self.workspace.settings.window_high
        for scale in (self.scale, self.before, self.after):
            scale.set_window(low, high)
        self.helper.setText(
            self.tr(
                "0 is flat or shut down, 10 is overwhelmed. Your window, where you feel "
                "most like yourself, is {low} to {high}. Use the arrow keys or a number."
            ).format(low=low, high=high)
        )

    def fill(self, entry: CheckIn) -> None:
        self.scale.set_value(entry.activation)
        strategy = entry.strategy
        self.strategy.setCurrentText(
            shown_strategy(strategy.name, strategy.strategy_id) if strategy else ""
        )
        self.before.set_value(strategy.before if strategy else None)
        self.after.set_value(strategy.after if strategy else None)
        self.note.setText(entry.regulation_note)

    def read(self, entry: CheckIn) -> None:
        entry.activation = self.scale.value()
        name = canonical_strategy(self.workspace, self.strategy.currentText())
        before, after = self.before.value(), self.after.value()
        entry.strategy = (
            StrategyTry(name, before, after, term_id("strategy", name)) if name else None
        )
        entry.regulation_note = self.note.text()

    def focus_first(self) -> None:
        self.scale.setFocus()


# ---- 6. Reflect ------------------------------------------------------------------------


class ReflectPage(StepPage):
    key = "reflect"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What would you like to write?"),
            self.tr("Answer the prompt, or write about anything else. Markdown works here."),
            parent,
        )
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        font = QFont(self.font())
        font.setItalic(True)
        self.prompt_label.setFont(font)
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Reflection"))
        self.editor.setPlaceholderText(self.tr("A few words are enough…"))
        # Tab moves on to the tags, as everywhere else in the flow; keyboard users
        # would otherwise be trapped in the text.
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(120)
        self.editor.textChanged.connect(self.changed)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by spaces (optional)"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.textChanged.connect(lambda _t: self.changed.emit())
        self.star = QCheckBox(self.tr("Star this check-in"))
        self.star.setAccessibleName(self.tr("Star this check-in"))
        self.star.toggled.connect(lambda _c: self.changed.emit())
        row = QHBoxLayout()
        row.addWidget(self.tags, 1)
        row.addSpacing(12)
        row.addWidget(self.star)
        self.body.addWidget(self.prompt_label)
        self.body.addWidget(self.editor, 1)
        self.body.addLayout(row)

    @property
    def title(self) -> str:
        return self.tr("Reflect")

    def show_prompt(self, text: str) -> None:
        self.prompt_label.setText(text)
        self.prompt_label.setVisible(bool(text))

    def fill(self, entry: CheckIn) -> None:
        self.editor.setPlainText(entry.reflection)
        self.tags.setText(" ".join(entry.tags))
        self.star.setChecked(entry.starred)

    def read(self, entry: CheckIn) -> None:
        entry.reflection = self.editor.toPlainText()
        entry.tags = self.tags.text().replace(",", " ").split()
        entry.starred = self.star.isChecked()

    def focus_first(self) -> None:
        self.editor.setFocus()


# ---- 7. Done ---------------------------------------------------------------------------


def _unusual_intensity(level: int) -> str:
    """`` (faint)`` or `` (strong)`` after a feeling or sensation in the summary.

    The middle intensity is what every choice starts at, so saying "clear" after each
    one would only make the summary longer; it goes without a word.
    """
    middle = (INTENSITY_MIN + INTENSITY_MAX) // 2
    return "" if level == middle else f" ({intensity_word(level)})"


def _in_region(sensation: str, region: str) -> str:
    #: A sensation and where it was felt: "tight in the chest". {region} is a body
    #: region's name as it reads inside a sentence.
    return QCoreApplication.translate("CheckInSummary", "{sensation} in the {region}").format(
        sensation=sensation, region=mid_sentence(region)
    )


def summary_lines(entry: CheckIn, window_low: int, window_high: int) -> list[tuple[str, str]]:
    """(label, text) rows describing what a check-in recorded; empty parts are left out."""
    rows: list[tuple[str, str]] = []
    # Vocabulary words in the language of the app (by their id), own words as written.
    if entry.body:
        rows.append(
            (
                QCoreApplication.translate("CheckInSummary", "Body"),
                ", ".join(
                    _in_region(
                        shown("sensation", b.sensation_id, b.sensation),
                        shown("region", b.region_id, b.region),
                    )
                    + _unusual_intensity(b.intensity)
                    for b in entry.body
                ),
            )
        )
    if entry.feelings:
        rows.append(
            (
                QCoreApplication.translate("CheckInSummary", "Feelings"),
                ", ".join(
                    shown("feeling", f.word_id, f.word) + _unusual_intensity(f.intensity)
                    for f in entry.feelings
                ),
            )
        )
    if entry.needs:
        met = [shown("need", n.need_id, n.need) for n in entry.needs if n.met]
        unmet = [shown("need", n.need_id, n.need) for n in entry.needs if not n.met]
        parts = []
        if met:
            parts.append(
                QCoreApplication.translate("CheckInSummary", "met: {needs}").format(
                    needs=", ".join(met)
                )
            )
        if unmet:
            parts.append(
                QCoreApplication.translate("CheckInSummary", "not met: {needs}").format(
                    needs=", ".join(unmet)
                )
            )
        rows.append((QCoreApplication.translate("CheckInSummary", "Needs"), "; ".join(parts)))
    if entry.activation is not None:
        value = entry.activation
        if value < window_low:
            where = QCoreApplication.translate("CheckInSummary", "{value} of 10, below your window")
        elif value > window_high:
            where = QCoreApplication.translate("CheckInSummary", "{value} of 10, above your window")
        else:
            where = QCoreApplication.translate(
                "CheckInSummary", "{value} of 10, inside your window"
            )
        rows.append(
            (QCoreApplication.translate("CheckInSummary", "Activation"), where.format(value=value))
        )
    if entry.strategy is not None:
        s = entry.strategy
        text = shown_strategy(s.name, s.strategy_id)
        if s.before is not None and s.after is not None:
            #: A strategy and the activation before and after it: "Cyclic sigh: 7 → 4".
            text = QCoreApplication.translate(
                "CheckInSummary", "{strategy}: {before} → {after}"
            ).format(strategy=text, before=s.before, after=s.after)
        elif s.before is not None:
            text = QCoreApplication.translate("CheckInSummary", "{strategy}: from {before}").format(
                strategy=text, before=s.before
            )
        rows.append((QCoreApplication.translate("CheckInSummary", "Tried"), text))
    if entry.regulation_note.strip():
        rows.append(
            (QCoreApplication.translate("CheckInSummary", "Note"), entry.regulation_note.strip())
        )
    words = len(entry.reflection.split())
    if words:
        #: How long the reflection is; English says "one word" for 1.
        rows.append(
            (
                QCoreApplication.translate("CheckInSummary", "Reflection"),
                QCoreApplication.translate("CheckInSummary", "%n words", None, words),
            )
        )
    if entry.tags:
        rows.append(
            (
                QCoreApplication.translate("CheckInSummary", "Tags"),
                " ".join(f"#{t}" for t in entry.tags),
            )
        )
    if entry.starred:
        rows.append((QCoreApplication.translate("CheckInSummary", "Starred"), "★"))
    return rows


def recalled_line(entry: CheckIn) -> str:
    """One line about an earlier check-in: a few feelings, the body's main place, unmet
    needs, activation ("anxious, tense · tight in the chest · needing rest · activation 7")."""
    parts: list[str] = []
    if entry.feelings:
        words = [shown("feeling", f.word_id, f.word) for f in entry.feelings[:3]]
        parts.append(", ".join(words) + ("…" if len(entry.feelings) > 3 else ""))
    region = state_of(entry).region
    if region is not None:
        b = next(b for b in entry.body if key_of("region", b.region_id, b.region) == region)
        parts.append(
            _in_region(
                shown("sensation", b.sensation_id, b.sensation),
                shown("region", b.region_id, b.region),
            )
        )
    unmet = [shown("need", n.need_id, n.need) for n in entry.needs if not n.met]
    if unmet:
        needs = ", ".join(unmet[:3]) + ("…" if len(unmet) > 3 else "")
        parts.append(
            QCoreApplication.translate("CheckInSummary", "needing {needs}").format(needs=needs)
        )
    if entry.activation is not None:
        # A no-break space, so "activation" never ends a line with its number on the next.
        parts.append(
            QCoreApplication.translate("CheckInSummary", "activation {value}")
            .format(value=entry.activation)
            .replace(" ", "\u00a0")
        )
    return " · ".join(parts)


class LastTimeList(QFrame):
    """ "Last time you felt like this": up to three earlier check-ins, each with its day,
    a line, what was tried then, "Open" and "Don't bring this back".

    Nothing here needs pressing; the buttons only offer. ``open_entry`` carries the
    entry to show in History, ``forget`` the id of one never to offer again (the screen
    stores the mark, then calls ``drop``).
    """

    open_entry = Signal(object)
    forget = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(8)
        self.heading = QLabel(self.tr("Last time you felt like this"))
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.helper = QLabel(
            self.tr("Earlier check-ins that looked a little like this one, if you'd like a look.")
        )
        self.helper.setObjectName("hint")
        self.helper.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Last time you felt like this: status"))
        self.status.hide()
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.helper)
        self._layout.addWidget(self.status)
        self.items: dict[int, QWidget] = {}
        self.hide()

    def show_matches(self, matches: list[SimilarCheckIn]) -> None:
        """Show ``matches`` (the section stays hidden when there are none)."""
        for item in self.items.values():
            self._layout.removeWidget(item)
            item.hide()
            item.deleteLater()
        self.items = {}
        self.status.clear()
        self.status.hide()
        self.helper.show()
        for match in matches:
            assert match.entry.id is not None
            item = self._item(match)
            self._layout.insertWidget(self._layout.indexOf(self.status), item)
            self.items[match.entry.id] = item
        self.setVisible(bool(matches))

    def _item(self, match: SimilarCheckIn) -> QWidget:
        entry = match.entry
        assert entry.id is not None
        day = match.day
        when = format_date(day, "weekday_day_month_year")
        item = QWidget()
        layout = QVBoxLayout(item)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        title = QLabel(when)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        for text in (recalled_line(entry), match.tried_then):
            if text:
                line = QLabel(text)
                line.setWordWrap(True)
                line.setTextFormat(Qt.TextFormat.PlainText)
                layout.addWidget(line)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 2, 0, 0)
        open_button = push_button(self.tr("Open"))
        open_button.setObjectName("lastTimeOpen")
        open_button.setAccessibleName(
            self.tr("Open the check-in from {day} in History").format(day=when)
        )
        open_button.setToolTip(self.tr("Read it in History"))
        open_button.clicked.connect(lambda: self.open_entry.emit(entry))
        forget_button = push_button(self.tr("Don't bring this back"))
        forget_button.setObjectName("lastTimeForget")
        forget_button.setAccessibleName(
            self.tr("Don't bring back the check-in from {day}").format(day=when)
        )
        forget_button.setToolTip(self.tr("It stays in your journal; it just won't be shown here"))
        entry_id = entry.id
        forget_button.clicked.connect(lambda: self.forget.emit(entry_id))
        buttons.addWidget(open_button)
        buttons.addWidget(forget_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return item

    def drop(self, entry_id: int) -> QWidget | None:
        """Take one check-in away after its mark was stored; returns the button to focus
        next (the next item's "Open", else the one before it), or None when none is left."""
        item = self.items.pop(entry_id, None)
        if item is None:
            return None
        place = self._layout.indexOf(item)
        self._layout.removeWidget(item)
        item.hide()
        item.deleteLater()
        self.status.setText(
            self.tr("That check-in won't be brought back here. It's still in your journal.")
        )
        self.status.show()
        remaining = list(self.items.values())  # in the order shown
        after = [w for w in remaining if self._layout.indexOf(w) >= place]
        target = after[0] if after else (remaining[-1] if remaining else None)
        if target is None:
            self.helper.hide()
            return None
        return target.findChild(QPushButton, "lastTimeOpen")

    def problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


class DonePage(StepPage):
    key = "done"
    to_today = Signal()
    new_checkin = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thank you for checking in"), "", parent)
        self.card, card_layout = _card()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Summary of this check-in"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout.addWidget(self.summary)
        self.body.addWidget(self.card)
        self.today_button = push_button(self.tr("Back to Today"))
        self.today_button.setObjectName("primary")
        self.today_button.clicked.connect(self.to_today)
        self.again_button = push_button(self.tr("New check-in"))
        self.again_button.clicked.connect(self.new_checkin)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addWidget(self.today_button)
        self.body.addLayout(row)
        # Below the way on, so "Back to Today" stays in sight and the look back stays a choice.
        self.last_time = LastTimeList()
        self.body.addWidget(self.last_time)
        self.body.addStretch(1)

    @property
    def title(self) -> str:
        return self.tr("Done")

    def show_summary(self, entry: CheckIn, window_low: int, window_high: int, edited: bool) -> None:
        when = format_date(entry.at, "time")
        if edited:
            self.helper.setText(self.tr("Your changes are saved."))
        else:
            self.helper.setText(
                self.tr("Saved at {time}. Whatever you noticed today is enough.").format(time=when)
            )
        rows = summary_lines(entry, window_low, window_high)
        if not rows:
            self.summary.setText(
                html.escape(self.tr("A quiet check-in. Pausing to arrive counts too."))
            )
            return
        cells = "".join(
            f"<tr><td style='padding:3px 14px 3px 0'><b>{html.escape(label)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(text)}</td></tr>"
            for label, text in rows
        )
        self.summary.setText(f"<table>{cells}</table>")

    def focus_first(self) -> None:
        self.today_button.setFocus()

"""The weekly relationship check-in screen (optional module, key ``relationship``).

One check-in per week: six pillars of two statements each, answered 1..5, the
pillar's average beside it (a trend to notice, never a grade), two free-text
questions, and the optional ATTUNE reflection behind a fold. Opening a week
that already has a check-in edits it. A short note compares the scores with the
last check-in, in plain words ("Closeness: 3.5, up from 3.0").

Every number on this screen comes from ``core.relationship``; this module only
turns widgets into a ``RelationshipCheckIn`` and back, and saves through the
bridge. Leaving a week (or closing the app) with unsaved answers saves them, so
nothing the person marked is lost.

"Share with my partner…" (once a partner is added in Settings and the week is saved)
and "Side by side…" (once a partner's file for the week was opened) open the dialogs of
``ui/partner_dialogs.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import day_range, format_date, mid_sentence
from attune_journal.core.models import RelationshipCheckIn, RepairEntry
from attune_journal.core.partner import SharedWeek
from attune_journal.core.relationship import (
    PillarComparison,
    compare_checkins,
    is_blank,
    pillar_scores,
    previous_checkin,
    shift_week,
)
from attune_journal.core.timeutil import today_local
from attune_journal.core.vocab import Relationship, load_relationship
from attune_journal.core.weeks import label_for_day, parse_iso_week, week_range
from attune_journal.exchange.partner import Partner, PartnerError, partners, received_week
from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.partner_dialogs import (
    ShareWeekDialog,
    SideBySideDialog,
    open_share_dialog,
    open_side_by_side,
)
from attune_journal.ui.safety_note import about_safety_button
from attune_journal.workspace import Workspace

_DIGIT_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}
_CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_ARROW_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}


def format_score(score: float | None) -> str:
    """One decimal, as people write it: 3.5, 4.0."""
    return "" if score is None else f"{score:.1f}"


class ScaleRow(QWidget):
    """Five radio buttons (1..5) for one statement, in one exclusive group.

    Keyboard: Tab reaches the row once (the chosen button, or "1" if none);
    the arrow keys move within the row and choose as they go (Right and Down one
    higher, Left and Up one lower, stopping at 1 and 5); the digits 1-5 choose
    directly; 0, Delete or Backspace clear the answer (every item can be skipped).
    """

    changed = Signal()

    def __init__(
        self,
        item_id: str,
        text: str,
        min_label: str,
        max_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setAccessibleName(text)
        self.setAccessibleDescription(
            self.tr(
                "1 = {low}, 5 = {high}. Arrow keys or digits 1 to 5 choose; 0 or Delete clears."
            ).format(low=mid_sentence(min_label), high=mid_sentence(max_label))
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.radios: list[QRadioButton] = []
        for value in range(1, 6):
            radio = QRadioButton(str(value))
            if value == 1:
                name = self.tr("1, {label}").format(label=mid_sentence(min_label))
            elif value == 5:
                name = self.tr("5, {label}").format(label=mid_sentence(max_label))
            else:
                name = str(value)
            radio.setAccessibleName(name)
            radio.setAccessibleDescription(text)
            radio.setToolTip(name)
            radio.installEventFilter(self)
            self.group.addButton(radio, value)
            self.radios.append(radio)
            layout.addWidget(radio)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        # The keyboard clears with 0 or Delete; the button is for the mouse only,
        # so it does not add twelve extra Tab stops.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setToolTip(self.tr("Clear this answer (0 or Delete)"))
        self.clear_button.setAccessibleName(self.tr("Clear answer"))
        self.clear_button.clicked.connect(lambda: self.set_value(None, announce=True))
        # Hidden while unanswered, but keeping its place so the columns of 1..5 line up.
        policy = self.clear_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_button.setSizePolicy(policy)
        layout.addWidget(self.clear_button)
        self.group.idToggled.connect(self._on_toggled)
        self._colour_rings()
        self._sync()

    def _colour_rings(self) -> None:
        # Fusion draws a radio's ring in the window colour darkened, which all but vanishes
        # on a dark palette. Giving the buttons a mid-grey "window" (they paint no
        # background) makes the ring readable in both themes. A palette, not a style
        # sheet: per-widget style sheets crash Qt when the app style is replaced later.
        # The chosen dot is drawn in the "text" colour; the accent makes the answer stand out
        # (the number beside it is drawn in the window-text colour, so it stays as it was).
        base = QApplication.palette()
        ring = base.color(QPalette.ColorRole.PlaceholderText)
        dot = base.color(QPalette.ColorRole.Highlight)
        for radio in self.radios:
            palette = QPalette(base)
            palette.setColor(QPalette.ColorRole.Window, ring)
            palette.setColor(QPalette.ColorRole.Text, dot)
            radio.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._colour_rings()  # the theme changed: follow it
        super().changeEvent(event)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def set_value(self, value: int | None, announce: bool = False) -> None:
        if value == self.value():
            return
        self.group.blockSignals(True)
        if value is None:
            # An exclusive group cannot be emptied by unchecking; lift it for a moment.
            self.group.setExclusive(False)
            for radio in self.radios:
                radio.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.radios[value - 1].setChecked(True)
        self.group.blockSignals(False)
        self._sync()
        if announce:
            self.changed.emit()

    def focus_widget(self) -> QRadioButton:
        value = self.value()
        return self.radios[(value or 1) - 1]

    def _on_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._sync()
            self.changed.emit()

    def _sync(self) -> None:
        # One Tab stop per row: the chosen button, or the first when none is chosen.
        target = self.focus_widget()
        for radio in self.radios:
            policy = Qt.FocusPolicy.StrongFocus if radio is target else Qt.FocusPolicy.ClickFocus
            radio.setFocusPolicy(policy)
        self.clear_button.setVisible(self.value() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.NoModifier:
                if key in _DIGIT_KEYS:
                    value = _DIGIT_KEYS[key]
                    self.set_value(value, announce=True)
                    self.radios[value - 1].setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
                if key in _CLEAR_KEYS:
                    self.set_value(None, announce=True)
                    self.radios[0].setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
                if key in _ARROW_STEPS and watched in self.radios:
                    # From the focused button, one step, chosen at once (a radio group).
                    here = self.radios.index(watched) + 1
                    value = max(1, min(5, here + _ARROW_STEPS[key]))
                    self.set_value(value, announce=True)
                    self.radios[value - 1].setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(watched, event)


class PillarCard(QFrame):
    """One pillar: its name, the average of its answered items, and its statements."""

    changed = Signal()

    def __init__(
        self, pillar_id: str, label: str, relationship: Relationship, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pillar_id = pillar_id
        self.label = label
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        pillar = next(p for p in relationship.pillars if p.id == pillar_id)

        title = QLabel(label)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.score_label = QLabel()
        self.score_label.setObjectName("hint")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.score_label, 0, 1)
        self.rows: list[ScaleRow] = []
        for index, item in enumerate(pillar.items, start=1):
            text = QLabel(item.text)
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            row = ScaleRow(
                item.id, item.text, relationship.scale_min_label, relationship.scale_max_label
            )
            text.setBuddy(row.focus_widget())
            row.changed.connect(self._on_changed)
            grid.addWidget(text, index, 0)
            grid.addWidget(row, index, 1, Qt.AlignmentFlag.AlignRight)
            self.rows.append(row)
        grid.setColumnStretch(0, 1)
        self.show_score(None)

    def show_score(self, score: float | None) -> None:
        if score is None:
            self.score_label.setText(self.tr("no answer yet"))
            self.setAccessibleName(self.tr("{pillar}, no answer yet").format(pillar=self.label))
        else:
            text = self.tr("average {score}").format(score=format_score(score))
            self.score_label.setText(text)
            self.setAccessibleName(f"{self.label}, {text}")

    def _on_changed(self) -> None:
        self.changed.emit()


class RelationshipScreen(QWidget):
    """The weekly check-in for one week at a time, with previous/next week."""

    saved = Signal(int)

    def __init__(
        self, workspace: Workspace, bridge: JournalBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = bridge
        self.relationship = load_relationship()
        self._entry: RelationshipCheckIn | None = None
        self._dirty = False
        self._loading = False
        self._week = self.current_week()

        # ---- header: title, safety, week navigation ----------------------------------
        title = QLabel(self.tr("Relationship check-in"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title.setFont(title_font)
        self.safety_button = about_safety_button(self)

        self.prev_button = QPushButton(self.tr("◀ Previous week"))
        self.prev_button.setAccessibleName(self.tr("Previous week"))
        self.prev_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.prev_button.clicked.connect(lambda: self.go_to_week(shift_week(self._week, -1)))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.go_to_week(shift_week(self._week, 1)))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.clicked.connect(lambda: self.go_to_week(self.current_week()))
        self.week_label = QLabel()
        self.week_label.setAccessibleName(self.tr("Week"))
        week_font = QFont(self.week_label.font())
        week_font.setBold(True)
        self.week_label.setFont(week_font)
        self._narrow = False
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.safety_button)
        nav = QHBoxLayout()
        week_box = QVBoxLayout()
        week_box.setSpacing(0)
        week_box.addWidget(self.week_label)
        week_box.addWidget(self.state_label)
        nav.addLayout(week_box, 1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)

        # ---- the body, scrolled: intro, comparison, pillars, free text, ATTUNE ---------
        intro = QLabel(
            self.tr(
                "How was this week between you? Answer from 1 ({low}) to 5 ({high}); "
                "skip anything you like. Each pillar shows the average of your answers, "
                "something to notice over time, not a grade."
            ).format(
                low=mid_sentence(self.relationship.scale_min_label),
                high=mid_sentence(self.relationship.scale_max_label),
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")

        self.comparison_caption = QLabel()
        self.comparison_caption.setObjectName("caption")
        self.comparison = QLabel()
        # Short lines, one per pillar; wrapping would only add a stray blank line.
        self.comparison.setWordWrap(False)
        self.comparison.setAccessibleName(self.tr("Compared with last time"))
        self.comparison.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comparison_box = QFrame()
        self.comparison_box.setObjectName("card")
        comparison_layout = QVBoxLayout(self.comparison_box)
        comparison_layout.setContentsMargins(10, 4, 10, 6)
        comparison_layout.setSpacing(2)
        comparison_layout.addWidget(self.comparison_caption)
        comparison_layout.addWidget(self.comparison)

        self.cards: list[PillarCard] = []
        self.rows: dict[str, ScaleRow] = {}
        body = QWidget()
        body.setObjectName("relationshipBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 4, 24, 16)
        column.setSpacing(10)
        column.addWidget(intro)
        column.addWidget(self.comparison_box)
        for pillar in self.relationship.pillars:
            card = PillarCard(pillar.id, pillar.label, self.relationship)
            card.changed.connect(self._on_edited)
            self.cards.append(card)
            for row in card.rows:
                self.rows[row.item_id] = row
            column.addWidget(card)

        self.text_fields: dict[str, QPlainTextEdit] = {}
        for free in self.relationship.free_text:
            label = QLabel(free.label)
            label.setObjectName("caption")
            edit = self._text_edit(free.label, rows=3)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit)
            self.text_fields[free.id] = edit

        self.attune_toggle = QToolButton()
        self.attune_toggle.setText(self.tr("ATTUNE reflection (optional)"))
        self.attune_toggle.setCheckable(True)
        self.attune_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.attune_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.attune_toggle.setAutoRaise(True)
        self.attune_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.attune_toggle.setAccessibleName(self.tr("Show the ATTUNE reflection"))
        self.attune_toggle.toggled.connect(self._show_attune)
        self.attune_box = QFrame()
        self.attune_box.setObjectName("card")
        attune_layout = QVBoxLayout(self.attune_box)
        attune_intro = QLabel(
            self.tr(
                "Six questions after the Gottman Institute's ATTUNE. Answer one, all or none; "
                "a sentence is plenty."
            )
        )
        attune_intro.setWordWrap(True)
        attune_intro.setObjectName("hint")
        attune_layout.addWidget(attune_intro)
        self.attune_fields: dict[str, QPlainTextEdit] = {}
        for step in self.relationship.attune_steps:
            question = QLabel(f"<b>{step.label}</b>: {step.question}")
            question.setTextFormat(Qt.TextFormat.RichText)
            question.setWordWrap(True)
            edit = self._text_edit(f"{step.label}: {step.question}", rows=2)
            question.setBuddy(edit)
            attune_layout.addWidget(question)
            attune_layout.addWidget(edit)
            self.attune_fields[step.id] = edit
        self.attune_box.setVisible(False)
        column.addWidget(self.attune_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.attune_box)
        column.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # ---- save bar, always visible below the scrolled body -------------------------
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Save status"))
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        # Sharing with a partner (optional; pairing is in Settings).
        self.share_button = QPushButton(self.tr("Share with my partner…"))
        self.share_button.clicked.connect(self.open_share)
        self.side_by_side_button = QPushButton(self.tr("Side by side…"))
        self.side_by_side_button.clicked.connect(self.open_side_by_side)
        # The save status gets the whole width above the buttons, so it is never squeezed.
        buttons = QHBoxLayout()
        buttons.addWidget(self.side_by_side_button)
        buttons.addWidget(self.share_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        bar = QVBoxLayout()
        bar.setContentsMargins(24, 6, 24, 0)
        bar.setSpacing(4)
        bar.addWidget(self.feedback)
        bar.addLayout(buttons)

        header = QVBoxLayout()
        header.setContentsMargins(24, 16, 24, 6)
        header.setSpacing(8)
        header.addLayout(top)
        header.addLayout(nav)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bar)

        # Outside a dialog a push button ignores Enter unless it is "auto default".
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=context)
        # Ctrl+Enter finishes the guided check-in; here it saves just the same.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=context)
        QShortcut(
            QKeySequence("Alt+Left"),
            self,
            lambda: self.go_to_week(shift_week(self._week, -1)),
            context=context,
        )
        QShortcut(
            QKeySequence("Alt+Right"),
            self,
            self._next_if_allowed,
            context=context,
        )

        bridge.entries_changed.connect(self._on_entries_changed)
        bridge.settings_changed.connect(self._on_settings_changed)
        self.load_week(self._week)

    # ---- building blocks -----------------------------------------------------------------

    def _text_edit(self, name: str, rows: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        line = edit.fontMetrics().lineSpacing()
        edit.setFixedHeight(line * rows + 18)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _show_attune(self, shown: bool) -> None:
        self.attune_box.setVisible(shown)
        self.attune_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.attune_toggle.setAccessibleName(
            self.tr("Hide the ATTUNE reflection")
            if shown
            else self.tr("Show the ATTUNE reflection")
        )
        if shown:
            self.scroll_area.ensureWidgetVisible(self.attune_box)

    # ---- weeks ---------------------------------------------------------------------------

    def current_week(self) -> str:
        return label_for_day(today_local(), self.workspace.settings.week_start)

    @property
    def week(self) -> str:
        return self._week

    def week_title(self, label: str, short: bool = False) -> str:
        """ "Week 48 · 23–29 November 2026" (month names abbreviated when ``short``)."""
        start, end = week_range(label, self.workspace.settings.week_start)
        _year, number = parse_iso_week(label)
        span = day_range(start, end, short=short)
        return self.tr("Week {number} · {span}").format(number=number, span=span)

    # Below this width the week navigation uses arrows and short month names, so the
    # header stays on one line beside the buttons (checked at 700x500).
    NARROW_WIDTH = 720

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = self.width() < self.NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.prev_button.setText("◀" if narrow else self.tr("◀ Previous week"))
            self.next_button.setText("▶" if narrow else self.tr("Next week ▶"))
            self._show_week_title()
        super().resizeEvent(event)

    def _show_week_title(self) -> None:
        this_week = self._week == self.current_week()
        text = self.week_title(self._week, short=self._narrow)
        if this_week and not self._narrow:
            text += self.tr(" (this week)")
        self.week_label.setText(text)
        self.week_label.setAccessibleName(self.tr("This week") if this_week else self.tr("Week"))

    def go_to_week(self, label: str) -> None:
        if label == self._week:
            return
        if label > self.current_week():
            return  # a week that has not happened yet has nothing to look back on
        if self._dirty and not self._save_quietly():
            return  # the message says why; the answers stay on screen
        self.load_week(label)

    def _next_if_allowed(self) -> None:
        if self.next_button.isEnabled():
            self.go_to_week(shift_week(self._week, 1))

    def load_week(self, label: str) -> None:
        """Show ``label``'s check-in (editing it if it exists) with the comparison note."""
        self._week = label
        self._entry = self.workspace.journal.relationship_checkin(label)
        entry = self._entry or RelationshipCheckIn(week=label)
        self._loading = True
        try:
            for item_id, row in self.rows.items():
                row.set_value(entry.answers.get(item_id))
            for field_id, edit in self.text_fields.items():
                text = getattr(entry, field_id)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            for step_id, edit in self.attune_fields.items():
                text = entry.attune.get(step_id, "")
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False
        if any(text.strip() for text in entry.attune.values()):
            self.attune_toggle.setChecked(True)
        self._dirty = False
        current = self.current_week()
        this_week = label == current
        self._show_week_title()
        self.next_button.setEnabled(label < current)
        self.this_week_button.setEnabled(not this_week)
        self.feedback.clear()
        self._refresh_state()
        self._refresh_scores()
        self.refresh_sharing()

    def _refresh_state(self) -> None:
        if self._entry is not None and self._entry.id is not None:
            when = self._entry.updated_at or self._entry.at
            self.state_label.setText(
                self.tr("Saved {day} · you can still change it").format(
                    day=format_date(when, "day_month")
                )
            )
        else:
            self.state_label.setText(self.tr("Not filled in yet."))

    # ---- model <-> widgets ---------------------------------------------------------------

    def answers(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for item_id, row in self.rows.items():
            value = row.value()
            if value is not None:
                found[item_id] = value
        return found

    def _draft(self) -> RelationshipCheckIn:
        """The check-in as it stands on screen (a copy; the loaded entry is not touched)."""
        base = self._entry
        entry = RelationshipCheckIn(week=self._week)
        if base is not None:
            entry.id, entry.uid, entry.at = base.id, base.uid, base.at
            entry.starred, entry.tags = base.starred, list(base.tags)
            entry.updated_at = base.updated_at
        entry.answers = self.answers()
        entry.more_of = self.text_fields["more_of"].toPlainText()
        entry.appreciated = self.text_fields["appreciated"].toPlainText()
        entry.attune = {
            step_id: edit.toPlainText()
            for step_id, edit in self.attune_fields.items()
            if edit.toPlainText().strip()
        }
        return entry

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.feedback.clear()
        self._refresh_scores()

    def _refresh_scores(self) -> None:
        draft = self._draft()
        scores = pillar_scores(draft, self.relationship)
        for card in self.cards:
            card.show_score(scores[card.pillar_id])
        caption, text = self.comparison_text(draft)
        self.comparison_caption.setText(caption)
        self.comparison_caption.setVisible(bool(caption))
        self.comparison.setText(text)
        self.comparison_box.setVisible(bool(text))

    def comparison_text(self, draft: RelationshipCheckIn) -> tuple[str, str]:
        """A gentle, judgement-free note on how the scores moved: ``(caption, text)``."""
        journal = self.workspace.journal
        checkins = [
            e
            for e in journal.entries(kinds=("relationship",))
            if isinstance(e, RelationshipCheckIn)
        ]
        last = previous_checkin(checkins, self._week)
        if last is None:
            if not draft.answers:
                return "", ""
            return "", self.tr(
                "This is your first check-in, so there is nothing to compare with yet."
            )
        if last.week == shift_week(self._week, -1):
            caption = self.tr("Since last week")
        else:
            _year, number = parse_iso_week(last.week)
            caption = self.tr("Since your check-in in week {number}").format(number=number)
        if not draft.answers:
            return caption, self.tr("When you answer, you'll see how this week compares.")
        rows = [row for row in compare_checkins(draft, last, self.relationship) if row.direction]
        if not rows:
            return caption, self.tr("No pillar has an answer in both weeks yet.")
        return caption, "\n".join(self._change_sentence(row) for row in rows)

    def _change_sentence(self, row: PillarComparison) -> str:
        score, previous = format_score(row.score), format_score(row.previous)
        if row.direction == "up":
            text = self.tr("{pillar}: {score}, up from {previous}")
        elif row.direction == "down":
            text = self.tr("{pillar}: {score}, down from {previous}")
        else:
            text = self.tr("{pillar}: {score}, the same as before")
        return text.format(pillar=row.label, score=score, previous=previous)

    # ---- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Save this week's check-in; True when it was saved."""
        entry = self._draft()
        if entry.id is None and is_blank(entry):
            self.feedback.setText(
                self.tr("Nothing to save yet: answer a statement or write a line.")
            )
            return False
        try:
            self.bridge.save(entry)
        except SaveFailed as error:
            # Everything stays on screen: nothing the person marked or wrote is lost.
            self.feedback.setText(str(error))
            return False
        self._entry = entry
        self._dirty = False
        self._refresh_state()
        self.feedback.setText(
            self.tr("Saved at {time}.").format(
                time=format_date(entry.updated_at or entry.at, "time")
            )
        )
        assert entry.id is not None
        self.saved.emit(entry.id)
        self.refresh_sharing()
        return True

    # ---- sharing with a partner ------------------------------------------------------------

    def _partners(self) -> list[Partner]:
        try:
            return partners(self.workspace.journal)
        except (PartnerError, StoreError):
            return []

    def _received_this_week(self) -> tuple[Partner, SharedWeek] | None:
        """The latest partner's week matching the one on screen, if any was received."""
        for partner in reversed(self._partners()):
            try:
                theirs = received_week(self.workspace.journal, partner.id, self._week)
            except (PartnerError, StoreError):
                continue
            if theirs is not None:
                return partner, theirs
        return None

    def refresh_sharing(self) -> None:
        """Enable "Share with my partner…" and show "Side by side…" as the journal allows."""
        has_partner = bool(self._partners())
        saved = self._entry is not None and self._entry.id is not None
        self.share_button.setEnabled(has_partner and saved)
        if not has_partner:
            tip = self.tr("Add your partner first: Settings, Share with a partner.")
        elif not saved:
            tip = self.tr("Save this week's check-in first; then you can share it.")
        else:
            tip = self.tr("Choose what to share and see exactly what your partner will see.")
        self.share_button.setToolTip(tip)
        self.share_button.setAccessibleDescription(tip)
        received = self._received_this_week()
        self.side_by_side_button.setVisible(received is not None)
        if received is not None:
            self.side_by_side_button.setToolTip(
                self.tr("Your week and {name}'s, side by side").format(name=received[0].name)
            )

    def week_repairs(self) -> list[RepairEntry]:
        """The repair entries written in the week on screen, oldest first."""
        start, end = week_range(self._week, self.workspace.settings.week_start)
        found = self.workspace.journal.entries(start, end, kinds=("repair",), newest_first=False)
        return [entry for entry in found if isinstance(entry, RepairEntry)]

    def open_share(self) -> ShareWeekDialog | None:
        """The share dialog for this week's saved check-in (saving what is on screen first)."""
        if self._dirty and not self.save():
            return None
        if self._entry is None or self._entry.id is None or not self._partners():
            return None
        self.share_dialog = open_share_dialog(
            self.workspace, self._entry, self.week_repairs(), self
        )
        return self.share_dialog

    def open_side_by_side(self) -> SideBySideDialog | None:
        received = self._received_this_week()
        if received is None:
            return None
        if self._dirty:
            self.save()
        partner, theirs = received
        self.side_by_side_dialog = open_side_by_side(self.workspace, partner, theirs, self)
        return self.side_by_side_dialog

    def showEvent(self, event: QShowEvent) -> None:
        # A partner may have been added in Settings, or a file opened, since last shown.
        self.refresh_sharing()
        super().showEvent(event)

    def _save_quietly(self) -> bool:
        """Save before leaving the week; a blank new check-in is simply not kept."""
        if self._entry is None and is_blank(self._draft()):
            return True
        return self.save()

    def is_dirty(self) -> bool:
        return self._dirty

    # ---- main window hooks and observers ---------------------------------------------------

    def focus_first(self) -> None:
        self.cards[0].rows[0].focus_widget().setFocus(Qt.FocusReason.TabFocusReason)

    def before_close(self) -> None:
        if self._dirty:
            self._save_quietly()

    def _on_entries_changed(self, _ids: object) -> None:
        if self._dirty:
            # Never overwrite what is on screen; the comparison may still have moved.
            self._refresh_scores()
        else:
            self.load_week(self._week)

    def _on_settings_changed(self) -> None:
        # The week start may have changed the title and which week is "this week".
        if not self._dirty:
            self.load_week(self._week)

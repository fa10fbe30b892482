"""The Settings screen: every preference the person can change, saved as they change it.

Sections (group boxes in one scroll area): Appearance (theme and font size,
applied live), the window of tolerance, the week start, the daily reminder,
prompts (themes to switch off, the person's own prompts), their own feeling
words and strategies, support (their own contacts and the helplines shown under
"Need support now?"), the relationship module, and the data folder with backups.

Each change is saved at once through ``bridge.save_settings()`` (which tells the
other screens) and confirmed in a line at the top. Bad input is refused with a
message saying why and what to do; nothing already saved is touched by it.
Own words, strategies and prompts live in the store (``Journal.own_items``),
so the vocabularies and the prompt pool pick them up everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.models import ValidationError, clean_word
from attune_journal.core.prompts import load_prompt_themes
from attune_journal.core.vocab import feeling_lookup, load_strategies
from attune_journal.settings import ABUSE, THEMES
from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge
from attune_journal.ui.navigation import Navigation
from attune_journal.ui.support import helplines_for
from attune_journal.ui.theme import apply_theme
from attune_journal.workspace import Workspace

MAX_CONTACT_CHARS = 200


def open_folder(path: Path) -> bool:
    """Show a folder in the desktop's file manager (tests replace this function)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class OwnList(QWidget):
    """A list of the person's own items with a field and Add / Remove buttons."""

    def __init__(
        self,
        name: str,
        placeholder: str,
        add: Callable[[str], bool],
        remove: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._add, self._remove = add, remove
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setMaximumHeight(96)
        self.field = QLineEdit()
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(placeholder)
        self.field.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen item (Delete)"))
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.extra_row = QHBoxLayout()
        self.extra_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(self.extra_row)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """``(shown text, name)`` pairs."""
        self.list.clear()
        for text, name in items:
            item = QListWidgetItem(text)
            item.setData(256, name)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(items))

    def names(self) -> list[str]:
        return [self.list.item(i).data(256) for i in range(self.list.count())]

    def add(self) -> None:
        if self._add(self.field.text()):
            self.field.clear()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._remove(item.data(256))


class SettingsScreen(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        bridge: JournalBridge,
        window: Any = None,
        *,
        navigation: Navigation | None = None,
    ) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.settings = workspace.settings
        self.journal = workspace.journal
        self.bridge = bridge
        self.navigation = navigation
        self.last_message = ""

        self.status = QLabel(self.tr("Changes are saved as you make them."))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Settings status"))

        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setContentsMargins(16, 8, 16, 16)
        sections.setSpacing(12)
        sections.addWidget(self._appearance())
        sections.addWidget(self._window_of_tolerance())
        sections.addWidget(self._week_and_reminder())
        sections.addWidget(self._prompts())
        sections.addWidget(self._own_words())
        self.support_box = self._support()
        sections.addWidget(self.support_box)
        sections.addWidget(self._relationship())
        sections.addWidget(self._data())
        from attune_journal.ui.privacy_settings import PrivacySettings

        self.privacy = PrivacySettings(workspace, bridge)  # encryption, idle lock, backups
        sections.addWidget(self.privacy)
        sections.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        # Long lines are hard to read: keep the sections a comfortable width, centred.
        content.setMaximumWidth(820)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        title = QLabel(self.tr("Settings"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 0)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self.refresh_own_items()

    # ---- saving -------------------------------------------------------------------------

    def _save(self, what: str) -> bool:
        try:
            self.bridge.save_settings()
        except (OSError, ValueError) as error:
            self._say(
                self.tr(
                    "Could not save your settings: {error}. They apply until you close."
                ).format(error=getattr(error, "strerror", None) or error),
                problem=True,
            )
            return False
        self._say(self.tr("Saved: {what}.").format(what=what))
        return True

    def _say(self, text: str, problem: bool = False) -> None:
        self.last_message = text
        self.status.setText(("⚠ " if problem else "✓ ") + text)
        if self.navigation is not None:
            self.navigation.show_message(text)

    # ---- appearance ---------------------------------------------------------------------

    def _appearance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.theme = QComboBox()
        labels = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                  "dark": self.tr("Dark")}  # fmt: skip
        for theme in THEMES:
            self.theme.addItem(labels[theme], theme)
        self.theme.setCurrentIndex(max(self.theme.findData(self.settings.theme), 0))
        self.theme.setAccessibleName(self.tr("Colour theme"))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        form.addRow(self.tr("&Theme"), self.theme)

        self.font_scale = QSpinBox()
        self.font_scale.setRange(75, 200)
        self.font_scale.setSingleStep(5)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(round(self.settings.font_scale * 100))
        self.font_scale.setAccessibleName(self.tr("Text size in percent"))
        self.font_scale.setKeyboardTracking(False)  # apply after typing, not per digit
        self.font_scale.valueChanged.connect(self._font_changed)
        form.addRow(self.tr("Text &size"), self.font_scale)

        self.breathing = QCheckBox(self.tr("Offer a short breathing animation when arriving"))
        self.breathing.setChecked(self.settings.breathing_animation)
        self.breathing.toggled.connect(self._breathing_changed)
        form.addRow("", self.breathing)
        return box

    def _apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings)

    def _theme_changed(self, _index: int) -> None:
        self.settings.theme = str(self.theme.currentData())
        self._apply_look()
        self._save(self.tr("theme"))

    def _font_changed(self, value: int) -> None:
        self.settings.font_scale = value / 100
        self._apply_look()
        self._save(self.tr("text size {value}%").format(value=value))

    def _breathing_changed(self, on: bool) -> None:
        self.settings.breathing_animation = on
        self._save(self.tr("breathing animation"))

    # ---- window of tolerance ------------------------------------------------------------

    def _window_of_tolerance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your window of tolerance"))
        layout = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "Activation runs from 0 (flat, shut down) to 10 (overwhelmed). Your window "
                "is the range where you can think, feel and respond: above it things feel "
                "too much, below it too little. Charts shade this band; it is yours to set."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        self.window_low = QSpinBox()
        self.window_high = QSpinBox()
        for spin, value, name in (
            (self.window_low, self.settings.window_low, self.tr("Lower edge of the window")),
            (self.window_high, self.settings.window_high, self.tr("Upper edge of the window")),
        ):
            spin.setRange(0, 10)
            spin.setValue(value)
            spin.setAccessibleName(name)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda _v: self._window_changed())
        row = QHBoxLayout()
        low_label = QLabel(self.tr("From"))
        low_label.setBuddy(self.window_low)
        high_label = QLabel(self.tr("to"))
        high_label.setBuddy(self.window_high)
        row.addWidget(low_label)
        row.addWidget(self.window_low)
        row.addWidget(high_label)
        row.addWidget(self.window_high)
        row.addStretch(1)
        self.window_error = QLabel()
        self.window_error.setWordWrap(True)
        self.window_error.setAccessibleName(self.tr("Window of tolerance problem"))
        self.window_error.hide()
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.window_error)
        return box

    def _window_changed(self) -> None:
        low, high = self.window_low.value(), self.window_high.value()
        if low > high:
            self.window_error.setText(
                self.tr(
                    "The lower edge ({low}) can't be above the upper edge ({high}). Lower "
                    "the first number or raise the second; your saved window stays "
                    "{old_low}–{old_high} until then."
                ).format(
                    low=low,
                    high=high,
                    old_low=self.settings.window_low,
                    old_high=self.settings.window_high,
                )
            )
            self.window_error.show()
            self._say(self.tr("The window of tolerance was not saved."), problem=True)
            return
        self.window_error.hide()
        self.settings.window_low, self.settings.window_high = low, high
        self._save(self.tr("window of tolerance {low}–{high}").format(low=low, high=high))

    # ---- week and reminder --------------------------------------------------------------

    def _week_and_reminder(self) -> QGroupBox:
        box = QGroupBox(self.tr("Week and reminder"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.week_start = QComboBox()
        for day in (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ):
            self.week_start.addItem(day)
        self.week_start.setCurrentIndex(self.settings.week_start % 7)
        self.week_start.setAccessibleName(self.tr("Week starts on"))
        self.week_start.currentIndexChanged.connect(self._week_changed)
        form.addRow(self.tr("&Week starts on"), self.week_start)

        self.reminder = QCheckBox(self.tr("Remind me once a day"))
        self.reminder.setChecked(self.settings.reminder_enabled)
        self.reminder.toggled.connect(self._reminder_changed)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        parsed = QTime.fromString(self.settings.reminder_time, "HH:mm")
        self.reminder_time.setTime(parsed if parsed.isValid() else QTime(20, 0))
        self.reminder_time.setEnabled(self.settings.reminder_enabled)
        self.reminder_time.setKeyboardTracking(False)
        self.reminder_time.timeChanged.connect(lambda _t: self._reminder_changed())
        row = QHBoxLayout()
        row.addWidget(self.reminder)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        form.addRow(self.tr("Daily reminder"), row)
        hint = QLabel(self.tr("A gentle nudge, never a streak. Missing a day is fine."))
        hint.setObjectName("hint")
        form.addRow("", hint)
        return box

    def _week_changed(self, index: int) -> None:
        self.settings.week_start = index
        self._save(self.tr("week starts on {day}").format(day=self.week_start.currentText()))

    def _reminder_changed(self, *_args: object) -> None:
        self.settings.reminder_enabled = self.reminder.isChecked()
        self.settings.reminder_time = self.reminder_time.time().toString("HH:mm")
        self.reminder_time.setEnabled(self.settings.reminder_enabled)
        if self.settings.reminder_enabled:
            self._save(self.tr("daily reminder at {time}").format(time=self.settings.reminder_time))
        else:
            self._save(self.tr("daily reminder off"))

    # ---- prompts ------------------------------------------------------------------------

    def _prompts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Prompts"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Themes the prompt of the day is drawn from:"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        self.theme_boxes: dict[str, QCheckBox] = {}
        off = set(self.settings.disabled_prompt_themes)
        for i, theme in enumerate(load_prompt_themes()):
            check = QCheckBox(theme.label)
            check.setChecked(theme.id not in off)
            check.toggled.connect(lambda _on: self._themes_changed())
            self.theme_boxes[theme.id] = check
            grid.addWidget(check, i // 2, i % 2)
        layout.addLayout(grid)
        own = QLabel(self.tr("Your own prompts (always in the rotation):"))
        layout.addWidget(own)
        self.own_prompts = OwnList(
            self.tr("Your own prompts"),
            self.tr("Write a prompt, then Add"),
            lambda text: self._add_item("prompt", text, self.tr("prompt")),
            lambda name: self._remove_item("prompt", name),
        )
        layout.addWidget(self.own_prompts)
        return box

    def _themes_changed(self) -> None:
        self.settings.disabled_prompt_themes = [
            theme for theme, box in self.theme_boxes.items() if not box.isChecked()
        ]
        if len(self.settings.disabled_prompt_themes) == len(self.theme_boxes):
            self._save(self.tr("prompt themes (with every theme off, all prompts are used)"))
        else:
            self._save(self.tr("prompt themes"))

    # ---- own words ----------------------------------------------------------------------

    def _own_words(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your own words"))
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Feeling words:")))
        self.own_feelings = OwnList(
            self.tr("Your own feeling words"),
            self.tr("A feeling word, then Add"),
            self._add_feeling,
            lambda name: self._remove_item("feeling", name),
        )
        self.place_on_grid = QCheckBox(self.tr("Place it on the mood grid:"))
        self.pleasantness = QDoubleSpinBox()
        self.energy = QDoubleSpinBox()
        for spin, prefix, name in (
            (self.pleasantness, self.tr("pleasant "), self.tr("Pleasantness, -1 to 1")),
            (self.energy, self.tr("energy "), self.tr("Energy, -1 to 1")),
        ):
            spin.setRange(-1.0, 1.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            spin.setPrefix(prefix)
            spin.setAccessibleName(name)
            spin.setEnabled(False)
            self.place_on_grid.toggled.connect(spin.setEnabled)
        self.own_feelings.extra_row.addWidget(self.place_on_grid)
        self.own_feelings.extra_row.addWidget(self.pleasantness)
        self.own_feelings.extra_row.addWidget(self.energy)
        self.own_feelings.extra_row.addStretch(1)
        layout.addWidget(self.own_feelings)
        layout.addWidget(QLabel(self.tr("Things that help you settle (strategies):")))
        self.own_strategies = OwnList(
            self.tr("Your own strategies"),
            self.tr("A strategy, then Add"),
            self._add_strategy,
            lambda name: self._remove_item("strategy", name),
        )
        layout.addWidget(self.own_strategies)
        return box

    def refresh_own_items(self) -> None:
        try:
            prompts = self.journal.own_items("prompt")
            feelings = self.journal.own_items("feeling")
            strategies = self.journal.own_items("strategy")
        except StoreError as error:
            self._say(str(error), problem=True)
            return
        self.own_prompts.set_items([(name, name) for name, _ in prompts])
        shown = []
        for name, data in feelings:
            p, e = data.get("p"), data.get("e")
            if p is not None and e is not None:
                shown.append((f"{name}  ({p:+.1f}, {e:+.1f})", name))
            else:
                shown.append((name, name))
        self.own_feelings.set_items(shown)
        self.own_strategies.set_items([(name, name) for name, _ in strategies])

    def _add_feeling(self, text: str) -> bool:
        word = clean_word(text)
        if word and word.casefold() in feeling_lookup():
            self._say(
                self.tr(
                    "“{word}” is already one of the feeling words; you can use it as it is."
                ).format(word=word),
                problem=True,
            )
            return False
        data: dict[str, float] = {}
        if self.place_on_grid.isChecked():
            data = {"p": round(self.pleasantness.value(), 2), "e": round(self.energy.value(), 2)}
        return self._add_item("feeling", text, self.tr("feeling word"), data)

    def _add_strategy(self, text: str) -> bool:
        name = clean_word(text)
        if name and name.casefold() in {s.name.casefold() for s in load_strategies()}:
            self._say(
                self.tr("“{name}” is already one of the starter strategies.").format(name=name),
                problem=True,
            )
            return False
        return self._add_item("strategy", text, self.tr("strategy"))

    def _add_item(
        self, kind: str, text: str, what: str, data: dict[str, Any] | None = None
    ) -> bool:
        name = clean_word(text)
        if not name:
            self._say(self.tr("Please write the {what} first.").format(what=what), problem=True)
            return False
        existing = {n.casefold() for n, _ in self.journal.own_items(kind)}
        if name.casefold() in existing:
            self._say(self.tr("“{name}” is already in your list.").format(name=name), problem=True)
            return False
        try:
            self.journal.add_own_item(kind, name, data)
        except (ValidationError, StoreError) as error:
            self._say(str(error), problem=True)
            return False
        self.refresh_own_items()
        self._save(self.tr("added “{name}”").format(name=name))
        return True

    def _remove_item(self, kind: str, name: str) -> None:
        try:
            self.journal.remove_own_item(kind, name)
        except StoreError as error:
            self._say(str(error), problem=True)
            return
        self.refresh_own_items()
        self._save(self.tr("removed “{name}”").format(name=name))

    # ---- support ------------------------------------------------------------------------

    def _support(self) -> QGroupBox:
        box = QGroupBox(self.tr("Support"))
        layout = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "Shown under “Need support now?”: first the people you add here, then "
                "the helplines. Nothing here is ever sent anywhere."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        layout.addWidget(explain)

        layout.addWidget(QLabel(self.tr("People you trust:")))
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Your support contacts"))
        self.contacts.setMaximumHeight(100)
        layout.addWidget(self.contacts)
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Name"))
        self.contact_name.setAccessibleName(self.tr("Contact's name"))
        self.contact_how = QLineEdit()
        self.contact_how.setPlaceholderText(self.tr("How to reach them (phone, …)"))
        self.contact_how.setAccessibleName(self.tr("How to reach them"))
        self.contact_how.returnPressed.connect(self.add_contact)
        add_contact = QPushButton(self.tr("Add person"))
        add_contact.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(self.tr("Remove"))
        self.remove_contact_button.clicked.connect(self.remove_contact)
        row = QHBoxLayout()
        row.addWidget(self.contact_name, 2)
        row.addWidget(self.contact_how, 3)
        row.addWidget(add_contact)
        row.addWidget(self.remove_contact_button)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Helplines:")))
        self.helplines = QListWidget()
        self.helplines.setAccessibleName(self.tr("Helplines"))
        self.helplines.setMaximumHeight(120)
        self.helplines.setWordWrap(True)
        layout.addWidget(self.helplines)
        self.line_name = QLineEdit()
        self.line_name.setPlaceholderText(self.tr("Name of the line"))
        self.line_name.setAccessibleName(self.tr("Helpline name"))
        self.line_region = QLineEdit()
        self.line_region.setPlaceholderText(self.tr("Where it serves"))
        self.line_region.setAccessibleName(self.tr("Helpline region"))
        self.line_contact = QLineEdit()
        self.line_contact.setPlaceholderText(self.tr("Number or address"))
        self.line_contact.setAccessibleName(self.tr("Helpline number or address"))
        self.line_contact.returnPressed.connect(self.add_helpline)
        add_line = QPushButton(self.tr("Add line"))
        add_line.clicked.connect(self.add_helpline)
        self.remove_line_button = QPushButton(self.tr("Remove"))
        self.remove_line_button.clicked.connect(self.remove_helpline)
        self.helplines.currentRowChanged.connect(self._helpline_chosen)
        self.restore_lines = QPushButton(self.tr("Restore the default list"))
        self.restore_lines.clicked.connect(self.restore_default_helplines)
        row = QHBoxLayout()
        row.addWidget(self.line_name, 3)
        row.addWidget(self.line_region, 2)
        row.addWidget(self.line_contact, 3)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(add_line)
        row.addWidget(self.remove_line_button)
        row.addStretch(1)
        row.addWidget(self.restore_lines)
        layout.addLayout(row)
        self._show_support_lists()
        return box

    def _show_support_lists(self) -> None:
        self.contacts.clear()
        for contact in self.settings.support_contacts:
            text = contact.get("name", "")
            if contact.get("contact"):
                text += " · " + contact["contact"]
            self.contacts.addItem(text)
        self.remove_contact_button.setEnabled(bool(self.settings.support_contacts))
        self.helplines.clear()
        for line in helplines_for(self.settings):
            text = line.get("name", "")
            if line.get("region"):
                text += f" ({line['region']})"
            if line.get("contact"):
                text += ": " + line["contact"]
            self.helplines.addItem(text)
        self.restore_lines.setEnabled(bool(self.settings.helplines))

    def show_support_section(self) -> None:
        """Scroll to the support lists and put the cursor in the first field."""
        self.scroll_area.ensureWidgetVisible(self.support_box)
        self.contact_name.setFocus()

    def add_contact(self) -> None:
        name = " ".join(self.contact_name.text().split())
        how = " ".join(self.contact_how.text().split())
        if not name:
            self._say(self.tr("Please give the person a name."), problem=True)
            self.contact_name.setFocus()
            return
        if len(name) > MAX_CONTACT_CHARS or len(how) > MAX_CONTACT_CHARS:
            self._say(
                self.tr(
                    "Please keep the name and the way to reach them under {n} characters."
                ).format(n=MAX_CONTACT_CHARS),
                problem=True,
            )
            return
        self.settings.support_contacts.append({"name": name, "contact": how})
        self.contact_name.clear()
        self.contact_how.clear()
        self._show_support_lists()
        self._save(self.tr("added {name} to your support contacts").format(name=name))

    def remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if not 0 <= row < len(self.settings.support_contacts):
            self._say(self.tr("Choose a person in the list first."), problem=True)
            return
        removed = self.settings.support_contacts.pop(row)
        self._show_support_lists()
        self._save(self.tr("removed {name}").format(name=removed.get("name", "")))

    def add_helpline(self) -> None:
        name = " ".join(self.line_name.text().split())
        contact = " ".join(self.line_contact.text().split())
        region = " ".join(self.line_region.text().split())
        if not name or not contact:
            self._say(self.tr("A helpline needs a name and a number or address."), problem=True)
            return
        if max(len(name), len(contact), len(region)) > MAX_CONTACT_CHARS:
            self._say(
                self.tr("Please keep each field under {n} characters.").format(n=MAX_CONTACT_CHARS),
                problem=True,
            )
            return
        # The first edit turns the shipped default into the person's own copy.
        lines = helplines_for(self.settings)
        lines.append({"name": name, "region": region, "contact": contact, "description": ""})
        self.settings.helplines = lines
        for field in (self.line_name, self.line_region, self.line_contact):
            field.clear()
        self._show_support_lists()
        self._save(self.tr("added the helpline {name}").format(name=name))

    def remove_helpline(self) -> None:
        row = self.helplines.currentRow()
        lines = helplines_for(self.settings)
        if not 0 <= row < len(lines):
            self._say(self.tr("Choose a helpline in the list first."), problem=True)
            return
        if lines[row].get("kind") == ABUSE:
            self._say(
                self.tr(
                    "Lines for anyone being hurt always stay in the list, so they are there "
                    "the day they are needed. You can change their number if it is wrong."
                ),
                problem=True,
            )
            return
        removed = lines.pop(row)
        self.settings.helplines = lines
        self._show_support_lists()
        if not lines:
            self._save(self.tr("no helplines of your own left, so the default list is shown again"))
        else:
            self._save(self.tr("removed {name}").format(name=removed.get("name", "")))

    def _helpline_chosen(self, row: int) -> None:
        lines = helplines_for(self.settings)
        keep = 0 <= row < len(lines) and lines[row].get("kind") == ABUSE
        self.remove_line_button.setEnabled(not keep)
        self.remove_line_button.setToolTip(
            self.tr("Lines for anyone being hurt always stay in the list.") if keep else ""
        )

    def restore_default_helplines(self) -> None:
        self.settings.helplines = []
        self._show_support_lists()
        self._save(self.tr("the default helplines are back"))

    # ---- relationship and data ----------------------------------------------------------

    def _relationship(self) -> QGroupBox:
        box = QGroupBox(self.tr("Relationship"))
        layout = QVBoxLayout(box)
        self.relationship = QCheckBox(
            self.tr("Use the weekly relationship check-in and the repair log")
        )
        self.relationship.setChecked(self.settings.relationship_enabled)
        self.relationship.toggled.connect(self._relationship_changed)
        layout.addWidget(self.relationship)
        return box

    def _relationship_changed(self, on: bool) -> None:
        self.settings.relationship_enabled = on
        self._save(self.tr("relationship module on") if on else self.tr("relationship module off"))

    def _data(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your data"))
        form = QFormLayout(box)
        self.folder = QLabel(str(self.workspace.paths.root))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.open_folder_button)
        form.addRow(self.tr("Data folder"), row)
        self.backups_kept = QSpinBox()
        self.backups_kept.setRange(1, 100)
        self.backups_kept.setValue(self.settings.backups_kept)
        self.backups_kept.setAccessibleName(self.tr("Backups kept"))
        self.backups_kept.setKeyboardTracking(False)
        self.backups_kept.valueChanged.connect(self._backups_changed)
        backups_row = QHBoxLayout()
        backups_row.addWidget(self.backups_kept)
        backups_row.addStretch(1)
        backups_label = QLabel(self.tr("&Backups kept"))
        backups_label.setBuddy(self.backups_kept)
        form.addRow(backups_label, backups_row)
        note = QLabel(
            self.tr("Everything stays in this folder on this computer; nothing goes online.")
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow("", note)
        return box

    def _open_folder(self) -> None:
        if not open_folder(self.workspace.paths.root):
            self._say(
                self.tr("The folder could not be opened here; its path is shown above."),
                problem=True,
            )

    def _backups_changed(self, value: int) -> None:
        self.settings.backups_kept = value
        self._save(self.tr("keep {n} backups").format(n=value))

    def focus_first(self) -> None:
        self.theme.setFocus()

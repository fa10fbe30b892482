"""Settings → Week and reminder: the first day of the week and the once-a-day reminder.

The reminder can also come while the app is closed (opt-in): turning that on installs a
systemd user timer or an autostart entry (desktop/reminder_install.py), and every later
change (the time, reminders off, this choice off) rewrites or removes exactly what was
installed. Where the desktop offers neither, the section says so and the box stays off.
"""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
)

from attune_journal.core.models import ValidationError
from attune_journal.core.reminders import parse_reminder_time
from attune_journal.desktop.reminder_install import InstallError, detect, settle
from attune_journal.ui.settings.section import SettingsSection


class WeekSection(SettingsSection):
    """When the week starts (Week view, weekly review) and when, if at all, to remind."""

    def heading(self) -> str:
        return self.tr("Week and reminder")

    def build(self) -> None:
        form = QFormLayout(self)
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

        # What this desktop offers for starting a reminder while the app is closed.
        self.desktop = detect()
        self.when_closed = QCheckBox(self.tr("Remind me even when Attune Journal is closed"))
        self.when_closed.setChecked(self.settings.reminder_when_closed)
        self.when_closed.toggled.connect(self._when_closed_changed)
        form.addRow("", self.when_closed)
        self.when_closed_hint = QLabel(self.desktop.describe())
        self.when_closed_hint.setObjectName("hint")
        self.when_closed_hint.setWordWrap(True)
        # Fields keep their size hint here, and a wrapped label's is narrow: give it room.
        self.when_closed_hint.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        form.addRow("", self.when_closed_hint)
        self._enable_reminder_controls()

    def _week_changed(self, index: int) -> None:
        self.settings.week_start = index
        self.save(self.tr("week starts on {day}").format(day=self.week_start.currentText()))

    def _enable_reminder_controls(self) -> None:
        on = self.settings.reminder_enabled
        self.reminder_time.setEnabled(on)
        self.when_closed.setEnabled(on and self.desktop.method is not None)

    def _reminder_changed(self, *_args: object) -> None:
        self.settings.reminder_enabled = self.reminder.isChecked()
        self.settings.reminder_time = self.reminder_time.time().toString("HH:mm")
        self._enable_reminder_controls()
        _installed, problem = self._settle_when_closed()
        if self.settings.reminder_enabled:
            saved = self.save(
                self.tr("daily reminder at {time}").format(time=self.settings.reminder_time)
            )
        else:
            saved = self.save(self.tr("daily reminder off"))
        if saved and problem:
            self.say(problem, problem=True)

    def _when_closed_changed(self, checked: bool) -> None:
        self.settings.reminder_when_closed = checked
        installed, problem = self._settle_when_closed()
        if not installed:
            # Back to off, which is what is saved already; the line says why.
            self.settings.reminder_when_closed = False
            self.when_closed.blockSignals(True)
            self.when_closed.setChecked(False)
            self.when_closed.blockSignals(False)
            self.say(problem, problem=True)
            return
        if checked:
            saved = self.save(self.tr("the reminder comes even when the app is closed"))
        else:
            saved = self.save(self.tr("the reminder comes only while the app is open"))
        if saved and problem:
            self.say(problem, problem=True)

    def _settle_when_closed(self) -> tuple[bool, str]:
        """Install, rewrite or remove the reminder for when the app is closed, as chosen.

        Returns whether that worked, and a line to show: why it could not be installed
        (what was installed before then stays), or what was left in place ("" if nothing).
        """
        settings = self.settings
        try:
            settled = settle(
                settings.reminder_enabled and settings.reminder_when_closed,
                settings.reminder_installed,
                self.workspace.paths.root,
                parse_reminder_time(settings.reminder_time),
                self.desktop,
            )
        except (InstallError, ValidationError) as error:
            return False, self.tr(
                "The reminder for when the app is closed is not set up: {error}"
            ).format(error=error)
        settings.reminder_installed = settled.record
        return True, " ".join(settled.notes)

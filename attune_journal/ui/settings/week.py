"""Settings → Week and reminder: the first day of the week and the once-a-day reminder."""

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

    def _week_changed(self, index: int) -> None:
        self.settings.week_start = index
        self.save(self.tr("week starts on {day}").format(day=self.week_start.currentText()))

    def _reminder_changed(self, *_args: object) -> None:
        self.settings.reminder_enabled = self.reminder.isChecked()
        self.settings.reminder_time = self.reminder_time.time().toString("HH:mm")
        self.reminder_time.setEnabled(self.settings.reminder_enabled)
        if self.settings.reminder_enabled:
            self.save(self.tr("daily reminder at {time}").format(time=self.settings.reminder_time))
        else:
            self.save(self.tr("daily reminder off"))

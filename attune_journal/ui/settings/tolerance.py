"""Settings → Your window of tolerance: the activation band the charts shade.

A lower edge above the upper one is refused with a message; the saved window
stays as it was until the two numbers make sense again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from attune_journal.ui.settings.section import SettingsSection


class ToleranceSection(SettingsSection):
    """The window of tolerance, from 0 to 10, explained in a line."""

    def heading(self) -> str:
        return self.tr("Your window of tolerance")

    def build(self) -> None:
        layout = QVBoxLayout(self)
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
            self.say(self.tr("The window of tolerance was not saved."), problem=True)
            return
        self.window_error.hide()
        self.settings.window_low, self.settings.window_high = low, high
        self.save(self.tr("window of tolerance {low}–{high}").format(low=low, high=high))

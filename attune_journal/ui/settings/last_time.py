"""Settings → Looking back: "Last time you felt like this" after a check-in, on or off.

Off unless the person turns it on: being shown an earlier hard day is not for
everyone, and not on every day. What counts as "like this" is ``core/similar.py``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from attune_journal.ui.settings.section import SettingsSection


class LastTimeSection(SettingsSection):
    """One switch and a line saying what it does."""

    def heading(self) -> str:
        return self.tr("Looking back")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        self.last_time = QCheckBox(self.tr("Show “Last time you felt like this”"))
        self.last_time.setChecked(self.settings.last_time_enabled)
        self.last_time.toggled.connect(self._last_time_changed)
        explanation = QLabel(
            self.tr(
                "After a check-in, show up to three earlier check-ins that looked like "
                "this one, and what you tried then."
            )
        )
        explanation.setObjectName("hint")
        explanation.setWordWrap(True)
        self.last_time.setAccessibleDescription(explanation.text())
        layout.addWidget(self.last_time)
        layout.addWidget(explanation)

    def _last_time_changed(self, on: bool) -> None:
        self.settings.last_time_enabled = on
        self.save(
            self.tr("“Last time you felt like this” on")
            if on
            else self.tr("“Last time you felt like this” off")
        )

"""Settings → Relationship: the weekly relationship check-in and the repair log, on or off."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from attune_journal.ui.settings.section import SettingsSection


class RelationshipSection(SettingsSection):
    """One switch; the window adds or drops the Relationship and Repairs screens with it."""

    def heading(self) -> str:
        return self.tr("Relationship")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        self.relationship = QCheckBox(
            self.tr("Use the weekly relationship check-in and the repair log")
        )
        self.relationship.setChecked(self.settings.relationship_enabled)
        self.relationship.toggled.connect(self._relationship_changed)
        layout.addWidget(self.relationship)

    def _relationship_changed(self, on: bool) -> None:
        self.settings.relationship_enabled = on
        self.save(self.tr("relationship module on") if on else self.tr("relationship module off"))

"""Settings → Appearance: colour theme, text size and the breathing animation, applied live."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFormLayout, QSpinBox

from attune_journal.settings import THEMES
from attune_journal.ui.settings.section import SettingsSection
from attune_journal.ui.theme import apply_theme


class AppearanceSection(SettingsSection):
    """How the app looks: theme and text size change the whole app at once."""

    def heading(self) -> str:
        return self.tr("Appearance")

    def build(self) -> None:
        form = QFormLayout(self)
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

    def _apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings)

    def _theme_changed(self, _index: int) -> None:
        self.settings.theme = str(self.theme.currentData())
        self._apply_look()
        self.save(self.tr("theme"))

    def _font_changed(self, value: int) -> None:
        self.settings.font_scale = value / 100
        self._apply_look()
        self.save(self.tr("text size {value}%").format(value=value))

    def _breathing_changed(self, on: bool) -> None:
        self.settings.breathing_animation = on
        self.save(self.tr("breathing animation"))

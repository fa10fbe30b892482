"""Settings → Prompts: the themes the prompt of the day is drawn from, and the person's own.

Own prompts are kept in the store, so ``Workspace.prompt_for`` always has them
in its pool; with every theme off, all prompts are used.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout

from attune_journal.core.prompts import load_prompt_themes
from attune_journal.ui.settings.section import OwnList, SettingsSection


class PromptsSection(SettingsSection):
    """A check box per prompt theme, then the list of the person's own prompts."""

    def heading(self) -> str:
        return self.tr("Prompts")

    def build(self) -> None:
        layout = QVBoxLayout(self)
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
        layout.addWidget(QLabel(self.tr("Your own prompts (always in the rotation):")))
        self.own_prompts = OwnList(
            self,
            "prompt",
            self.tr("Please write the prompt first."),
            self.tr("Your own prompts"),
            self.tr("Write a prompt, then Add"),
        )
        layout.addWidget(self.own_prompts)

    def _themes_changed(self) -> None:
        self.settings.disabled_prompt_themes = [
            theme for theme, box in self.theme_boxes.items() if not box.isChecked()
        ]
        if len(self.settings.disabled_prompt_themes) == len(self.theme_boxes):
            self.save(self.tr("prompt themes (with every theme off, all prompts are used)"))
        else:
            self.save(self.tr("prompt themes"))

"""Settings → Your own words: feeling words (placed on the mood grid if given) and strategies.

Both lists live in the store (``Journal.own_items``), the one source the check-in,
the repair log and Trends read them from. A word or strategy the app already
ships is refused with a line saying it can be used as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLabel, QVBoxLayout

from attune_journal.core.vocab import feeling_lookup, load_strategies
from attune_journal.ui.settings.section import OwnList, SettingsSection


class OwnWordsSection(SettingsSection):
    """The person's own feeling words and the things that help them settle."""

    def heading(self) -> str:
        return self.tr("Your own words")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Feeling words:")))
        self.own_feelings = OwnList(
            self,
            "feeling",
            self.tr("Please write the feeling word first."),
            self.tr("Your own feeling words"),
            self.tr("A feeling word, then Add"),
            refuse=self._shipped_feeling,
            data=self._place,
            shown=_with_place,
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
            self,
            "strategy",
            self.tr("Please write the strategy first."),
            self.tr("Your own strategies"),
            self.tr("A strategy, then Add"),
            refuse=self._starter_strategy,
        )
        layout.addWidget(self.own_strategies)

    def _shipped_feeling(self, word: str) -> str:
        if word.casefold() in feeling_lookup():
            return self.tr(
                "“{word}” is already one of the feeling words; you can use it as it is."
            ).format(word=word)
        return ""

    def _place(self) -> dict[str, Any]:
        """Where a new word sits on the mood grid, if the person gave it a place."""
        if not self.place_on_grid.isChecked():
            return {}
        return {"p": round(self.pleasantness.value(), 2), "e": round(self.energy.value(), 2)}

    def _starter_strategy(self, name: str) -> str:
        if name.casefold() in {s.name.casefold() for s in load_strategies()}:
            return self.tr("“{name}” is already one of the starter strategies.").format(name=name)
        return ""


def _with_place(name: str, data: dict[str, Any]) -> str:
    p, e = data.get("p"), data.get("e")
    if p is None or e is None:
        return name
    return f"{name}  ({p:+.1f}, {e:+.1f})"

"""Settings → Language: the language the app speaks, from the next start.

The choice is "follow the computer" (its first UI language the app ships, else
English) or one of ``core.i18n.LANGUAGES``, each named in itself so a person who cannot
read the current language still finds their own. Every screen's text is set when it is
built, so the change applies from the next start, which the section says warmly
(ui/i18n.py installs the language at start, before the unlock dialog).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from attune_journal.core import i18n as core_i18n
from attune_journal.core.i18n import LANGUAGES
from attune_journal.ui.i18n import resolve, system_language
from attune_journal.ui.settings.section import SettingsSection


class LanguageSection(SettingsSection):
    """One list of languages and, after a change, when it takes effect."""

    def heading(self) -> str:
        return self.tr("Language")

    def build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.addItem(
            self.tr("Follow this computer ({language})").format(
                language=LANGUAGES[system_language()]
            ),
            "system",
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.settings.language), 0))
        self.language.setAccessibleName(self.tr("Language of the app"))
        self.language.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("&Language"), self.language)
        self.next_start = QLabel()
        self.next_start.setObjectName("hint")
        self.next_start.setWordWrap(True)
        self.next_start.hide()
        form.addRow("", self.next_start)

    def _changed(self, _index: int) -> None:
        choice = str(self.language.currentData())
        self.settings.language = choice
        chosen = resolve(choice)
        name = LANGUAGES[chosen]
        # The language in use now was installed at start; a different one needs a new start.
        if chosen == core_i18n.language():
            self.next_start.hide()
        else:
            self.next_start.setText(
                self.tr(
                    "The app will speak {language} from the next time you open it. "
                    "Nothing else changes: your entries stay exactly as you wrote them."
                ).format(language=name)
            )
            self.next_start.show()
        self.save(self.tr("language ({language})").format(language=name))

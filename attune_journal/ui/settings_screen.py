"""The Settings screen: every preference the person can change, saved as they change it.

This module only composes: a title, one status line, and the sections of
``ui/settings/`` stacked in one scroll area, in this order: Appearance, Language, the
window of tolerance, week and reminder, prompts, own words and strategies, support,
relationship, sharing with a partner (only while the relationship module is on), the
data folder, sync between the person's computers, then privacy and backups
(``ui/privacy_settings.py``).

Each change is saved at once through ``bridge.save_settings()`` (which tells the
other screens) and confirmed in the status line, and in the window's status bar.
Bad input is refused with a message saying why and what to do; nothing already
saved is touched by it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from attune_journal.ui.bridge import JournalBridge
from attune_journal.ui.navigation import Navigation
from attune_journal.ui.settings.appearance import AppearanceSection
from attune_journal.ui.settings.data_folder import DataFolderSection
from attune_journal.ui.settings.language import LanguageSection
from attune_journal.ui.settings.last_time import LastTimeSection
from attune_journal.ui.settings.own_words import OwnWordsSection
from attune_journal.ui.settings.partner import PartnerSection
from attune_journal.ui.settings.prompts import PromptsSection
from attune_journal.ui.settings.relationship import RelationshipSection
from attune_journal.ui.settings.support_lines import SupportSection
from attune_journal.ui.settings.sync import SyncSection
from attune_journal.ui.settings.tolerance import ToleranceSection
from attune_journal.ui.settings.week import WeekSection
from attune_journal.workspace import Workspace


class SettingsScreen(QWidget):
    """The Settings screen (screen key ``settings``): its sections, one under the other.

    A control of any section can be named on the screen itself (``screen.theme``,
    ``screen.add_contact()``): callers need not know which section holds it.
    """

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
        self.bridge = bridge
        self.navigation = navigation
        self.last_message = ""

        self.status = QLabel(self.tr("Changes are saved as you make them."))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Settings status"))

        # Built in reading order: Tab follows the order widgets join the screen.
        self.appearance = AppearanceSection(workspace, bridge, self._say)
        self.language_section = LanguageSection(workspace, bridge, self._say)
        self.tolerance = ToleranceSection(workspace, bridge, self._say)
        self.week = WeekSection(workspace, bridge, self._say)
        self.prompts = PromptsSection(workspace, bridge, self._say)
        self.own_words = OwnWordsSection(workspace, bridge, self._say)
        self.last_time_section = LastTimeSection(workspace, bridge, self._say)
        self.support = SupportSection(workspace, bridge, self._say)
        self.relationship_section = RelationshipSection(workspace, bridge, self._say)
        # Shown only while the relationship module is on.
        self.partner_section = PartnerSection(workspace, bridge, self._say)
        self.data_folder = DataFolderSection(workspace, bridge, self._say)
        self.sync_section = SyncSection(workspace, bridge, self._say)
        from attune_journal.ui.privacy_settings import PrivacySettings

        self.privacy = PrivacySettings(workspace, bridge)  # encryption, idle lock, backups
        self._sections: tuple[QWidget, ...] = (
            self.appearance,
            self.language_section,
            self.tolerance,
            self.week,
            self.prompts,
            self.own_words,
            self.last_time_section,
            self.support,
            self.relationship_section,
            self.partner_section,
            self.data_folder,
            self.sync_section,
            self.privacy,
        )

        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setContentsMargins(16, 8, 16, 16)
        sections.setSpacing(12)
        for section in self._sections:
            sections.addWidget(section)
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

    def __getattr__(self, name: str) -> Any:
        # Only reached when the screen itself has no such attribute: a section's own
        # control or action (never one Qt gives every group box) answers for it.
        for section in self.__dict__.get("_sections", ()):
            ours = [c for c in type(section).__mro__ if c.__module__.startswith("attune_journal")]
            if name in vars(section) or any(name in vars(c) for c in ours):
                return getattr(section, name)
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    def _say(self, text: str, problem: bool = False) -> None:
        self.last_message = text
        self.status.setText(("⚠ " if problem else "✓ ") + text)
        if self.navigation is not None:
            self.navigation.show_message(text)

    def show_support_section(self) -> None:
        """Scroll to the support lists and put the cursor in the first field."""
        self.scroll_area.ensureWidgetVisible(self.support)
        self.support.contact_name.setFocus()

    def focus_first(self) -> None:
        self.appearance.theme.setFocus()

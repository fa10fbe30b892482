"""Settings → Your data: where the journal is kept (with a button to open it) and backups kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox

from attune_journal.ui.settings.section import SettingsSection


def open_folder(path: Path) -> bool:
    """Show a folder in the desktop's file manager (tests replace this function)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class DataFolderSection(SettingsSection):
    """The data folder's path, "Open folder", and how many daily backups to keep."""

    def heading(self) -> str:
        return self.tr("Your data")

    def build(self) -> None:
        form = QFormLayout(self)
        self.folder = QLabel(str(self.workspace.paths.root))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.open_folder_button)
        form.addRow(self.tr("Data folder"), row)
        self.backups_kept = QSpinBox()
        self.backups_kept.setRange(1, 100)
        self.backups_kept.setValue(self.settings.backups_kept)
        self.backups_kept.setAccessibleName(self.tr("Backups kept"))
        self.backups_kept.setKeyboardTracking(False)
        self.backups_kept.valueChanged.connect(self._backups_changed)
        backups_row = QHBoxLayout()
        backups_row.addWidget(self.backups_kept)
        backups_row.addStretch(1)
        backups_label = QLabel(self.tr("&Backups kept"))
        backups_label.setBuddy(self.backups_kept)
        form.addRow(backups_label, backups_row)
        note = QLabel(
            self.tr("Everything stays in this folder on this computer; nothing goes online.")
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow("", note)

    def _open_folder(self) -> None:
        if not open_folder(self.workspace.paths.root):
            self.say(
                self.tr("The folder could not be opened here; its path is shown above."),
                problem=True,
            )

    def _backups_changed(self, value: int) -> None:
        self.settings.backups_kept = value
        self.save(self.tr("keep %n backups", "", value))

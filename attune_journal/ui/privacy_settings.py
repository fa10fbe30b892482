"""Privacy and backups in Settings: encryption on / change / off, idle lock, backups, restore.

One widget, placed as a section of the Settings screen. The work itself lives in
``Workspace.change_encryption``, ``.backup``, ``.restore`` (storage/crypto.py and
storage/backup.py); this module only asks, confirms and reports. Passphrase and
confirmation dialogs are module functions, so tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge
from attune_journal.workspace import Workspace


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; says plainly what losing it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a passphrase"))
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr(
                "A few unrelated words are easy to remember and hard to guess. "
                "Nobody can recover the journal without it, not even us, so keep it "
                "somewhere safe."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Again"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not self.first.text().strip():
            self.message.setText(self.tr("A passphrase cannot be empty."))
        elif self.first.text() != self.second.text():
            self.message.setText(self.tr("The two passphrases differ; please type them again."))
        else:
            self.accept()


def ask_new_passphrase(parent: QWidget) -> str | None:
    dialog = NewPassphraseDialog(parent)
    return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_passphrase(parent: QWidget, text: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PrivacySettings", "Passphrase"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return value if ok and value else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class PrivacySettings(QWidget):
    """The Privacy and Backups sections of Settings: encryption, the idle lock, back up, restore."""

    def __init__(
        self, workspace: Workspace, bridge: JournalBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = bridge
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._encryption_box())
        layout.addWidget(self._backups_box())
        self.refresh()

    # ---- building ------------------------------------------------------------------------

    def _encryption_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Privacy"))
        box.setObjectName("privacySection")
        layout = QVBoxLayout(box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Encryption status"))
        self.turn_on = QPushButton(self.tr("Turn on encryption…"))
        self.change = QPushButton(self.tr("Change passphrase…"))
        self.turn_off = QPushButton(self.tr("Turn off encryption…"))
        self.turn_on.clicked.connect(self.encrypt)
        self.change.clicked.connect(self.change_passphrase)
        self.turn_off.clicked.connect(self.decrypt)
        row = QHBoxLayout()
        for button in (self.turn_on, self.change, self.turn_off):
            row.addWidget(button)
        row.addStretch(1)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setValue(self.workspace.settings.idle_lock_minutes)
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle.setKeyboardTracking(False)
        self.idle.valueChanged.connect(self._idle_changed)
        idle_label = QLabel(self.tr("&Lock after"))
        idle_label.setBuddy(self.idle)
        idle_row = QHBoxLayout()
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        note = QLabel(
            self.tr(
                "Encryption protects the journal file and its backups on this disk. "
                "Exports are plain text: keep them somewhere private."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addLayout(idle_row)
        layout.addWidget(note)
        return box

    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Taken every day you use the app, and before imports, updates and "
                "encryption changes. A restore first backs up the journal as it is now."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_list.setMinimumHeight(110)
        self.backup_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.backup_now = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.backup_now.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Privacy and backups status"))
        row = QHBoxLayout()
        row.addWidget(self.backup_now)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addWidget(hint)
        layout.addWidget(self.backup_list)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        return box

    # ---- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        encrypted = self.workspace.encrypted
        self.status.setText(
            self.tr("Your journal is encrypted with your passphrase.")
            if encrypted
            else self.tr(
                "Your journal is not encrypted. Anyone who can read your files can read it."
            )
        )
        self.turn_on.setVisible(not encrypted)
        self.change.setVisible(encrypted)
        self.turn_off.setVisible(encrypted)
        self.backup_list.clear()
        for info in self.workspace.backups():
            item = QListWidgetItem(info.describe())
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(info.path.name)
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        else:
            placeholder = QListWidgetItem(self.tr("No backups yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backup_list.addItem(placeholder)
        self._update_buttons()

    def _selected_backup(self) -> Path | None:
        item = self.backup_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected_backup() is not None)

    def _say(self, text: str) -> None:
        self.feedback.setText(text)

    def _idle_changed(self, minutes: int) -> None:
        self.workspace.settings.idle_lock_minutes = int(minutes)
        try:
            self.bridge.save_settings()
        except OSError as error:
            self._say(self.tr("The setting could not be saved: {error}").format(error=error))

    # ---- actions -------------------------------------------------------------------------

    def _run(self, work: str, action: object) -> object | None:
        """Run a store operation with a busy cursor; a known problem becomes a message."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return action()  # type: ignore[operator]
        except (StoreError, OSError) as error:
            self._say(self.tr("{work} did not happen: {error}").format(work=work, error=error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
            self.refresh()

    def encrypt(self) -> None:
        passphrase = ask_new_passphrase(self)
        if passphrase is None:
            return
        done = self._run(
            self.tr("Encryption"), lambda: self.workspace.change_encryption(None, passphrase)
        )
        if done is not None:
            self._say(
                self.tr(
                    "Your journal and its backups are encrypted now. You'll need the "
                    "passphrase each time the app opens."
                )
            )

    def change_passphrase(self) -> None:
        current = ask_passphrase(self, self.tr("Your current passphrase:"))
        if current is None:
            return
        new = ask_new_passphrase(self)
        if new is None:
            return
        done = self._run(
            self.tr("Changing the passphrase"),
            lambda: self.workspace.change_encryption(current, new),
        )
        if done is not None:
            self._say(self.tr("The passphrase was changed, for the journal and its backups."))

    def decrypt(self) -> None:
        if not confirm(
            self,
            self.tr("Turn off encryption?"),
            self.tr(
                "The journal and its backups will be stored as plain files that anyone "
                "with access to your files can read. Turn encryption off?"
            ),
        ):
            return
        current = ask_passphrase(self, self.tr("Your current passphrase:"))
        if current is None:
            return
        done = self._run(
            self.tr("Turning encryption off"),
            lambda: self.workspace.change_encryption(current, None),
        )
        if done is not None:
            self._say(self.tr("Encryption is off."))

    def make_backup(self) -> None:
        path = self._run(self.tr("The backup"), lambda: self.workspace.backup("manual"))
        if path is not None:
            self._say(self.tr("Backed up. The newest backup is at the top of the list."))

    def restore_selected(self) -> None:
        from attune_journal.storage.backup import backup_info, backup_problem

        backup = self._selected_backup()
        if backup is None:
            return
        info = backup_info(backup)
        question = self.tr(
            "The journal will be replaced by the backup from {when}. The journal as it "
            "is now is backed up first, so you can come back to it."
        ).format(when=info.describe())
        if self.workspace.encrypted and not info.encrypted:
            question += " " + self.tr(
                "This backup is not encrypted, so the restored journal will not be either: "
                "turn encryption on again afterwards."
            )
        if not confirm(self, self.tr("Restore this backup?"), question):
            return
        key = None
        if info.encrypted:
            key = ask_passphrase(
                self, self.tr("The passphrase the journal had when this backup was made:")
            )
            if key is None:
                return
            problem = backup_problem(backup, key)
            if problem:
                self._say(problem)
                return
        done = self._run(
            self.tr("The restore"), lambda: self.workspace.restore(backup, key) or True
        )
        if done is not None:
            self.bridge.announce_many()
            self._say(
                self.tr("Restored. The journal now holds what it held on {when}.").format(
                    when=info.describe()
                )
            )

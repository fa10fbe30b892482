"""Settings → Sync between your computers: set up or join a sync folder, how sync stands,
"Sync now", the conflicts to resolve, and stopping sync on this computer.

Sync goes through a folder the person's own sync tool carries (docs/sync-format.md);
the work is ``sync.session``'s. Setting up (the key's derivation and the first sync),
syncing, resolving and stopping run off the GUI thread on the sync thread
(``ui/sync_runner.run_sync_work``), one at a time with the automatic syncs, while a
busy note says what is happening.

The folder chooser and the question before stopping are module-level functions
(``ask_sync_folder``, ``ask_stop_syncing``) so tests can replace them.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.ui.settings.section import SettingsSection
from attune_journal.ui.sync_runner import calm_message, run_sync_work, runner_for

MIN_PASSPHRASE = 8
PAIR_ROLE = 256  # Qt.UserRole: (entry uid, copy uid) of a conflict


def ask_sync_folder(parent: QWidget, start: str) -> str | None:
    """Ask for the folder the sync tool carries; None when cancelled. Tests replace this."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("SyncSection", "Choose the folder your sync tool carries"),
        start,
    )
    return chosen or None


def ask_stop_syncing(parent: QWidget) -> bool:
    """Whether to stop syncing on this computer."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SyncSection", "Stop syncing on this computer"),
        QCoreApplication.translate(
            "SyncSection",
            "Stop syncing on this computer? Your journal stays here as it is, and the sync "
            "folder stays as it is for your other computers. You can join it again later "
            "with the sync passphrase.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def folder_is_set_up(path: str) -> bool:
    """Whether ``path`` already holds a sync folder (then this computer joins it)."""
    return bool(path) and (Path(path).expanduser() / "attune-journal" / "folder.json").is_file()


class _ConflictList(QListWidget):
    """The conflicts; Enter compares the chosen one."""

    def __init__(self, section: SyncSection) -> None:
        super().__init__()
        self._section = section

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._section.compare()
            return
        super().keyPressEvent(event)


class SyncSection(SettingsSection):
    """Not set up: the explanation, the folder, passphrase, name and "Start syncing".
    Set up: how sync stands, the conflicts, "Sync now" and "Stop syncing"."""

    def heading(self) -> str:
        return self.tr("Sync between your computers")

    def build(self) -> None:
        self.busy = False
        self._joined = False
        self.compare_dialog: Any = None
        layout = QVBoxLayout(self)
        # Both parts are children of the section from the start: never a window of their own.
        self.setup_part = QWidget(self)
        self.synced_part = QWidget(self)
        layout.addWidget(self.setup_part)
        layout.addWidget(self.synced_part)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.note.setAccessibleName(self.tr("Sync progress"))
        layout.addWidget(self.note)
        self.note.setVisible(False)
        self._build_setup()
        self._build_synced()
        self._show_part(bool(self.settings.sync_folder))
        runner = runner_for(self.bridge)
        if runner is not None:  # the window's automatic syncs report here too
            runner.synced.connect(self._runner_synced)
            runner.sync_failed.connect(self._runner_failed)
            runner.busy_changed.connect(self._runner_busy)

    def _show_note(self, text: str) -> None:
        """The section's own line under its buttons (hidden while it has nothing to say)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # ---- not set up -----------------------------------------------------------------

    def _build_setup(self) -> None:
        intro = QLabel(
            self.tr(
                "Keep one journal on your laptop and your desktop through a folder your own "
                "sync tool carries — Syncthing, Nextcloud, Dropbox or a USB stick. What goes "
                "into the folder is sealed with your sync passphrase; the sync service cannot "
                "read it."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout(self.setup_part)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(intro)

        self.folder_field = QLineEdit()
        self.folder_field.setPlaceholderText(self.tr("No folder chosen yet"))
        self.folder_field.setAccessibleName(self.tr("Sync folder"))
        self.folder_field.textChanged.connect(self._folder_changed)
        self.choose_folder_button = QPushButton(self.tr("Choose &folder…"))
        self.choose_folder_button.setAccessibleName(self.tr("Choose the sync folder"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.choose_folder_button)
        folder_label = QLabel(self.tr("Sync folder"))
        folder_label.setBuddy(self.folder_field)
        form.addRow(folder_label, folder_row)
        self.folder_hint = QLabel()
        self.folder_hint.setObjectName("hint")
        self.folder_hint.setWordWrap(True)
        form.addRow("", self.folder_hint)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Sync passphrase"))
        passphrase_label = QLabel(self.tr("Sync &passphrase"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the sync passphrase"))
        self.repeat_label = QLabel(self.tr("&Repeat passphrase"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.repeat_label, self.repeat)

        self.computer_name = QLineEdit(self.settings.sync_name or platform.node())
        self.computer_name.setAccessibleName(self.tr("Name of this computer"))
        self.computer_name.setMaxLength(60)
        name_label = QLabel(self.tr("&Name of this computer"))
        name_label.setBuddy(self.computer_name)
        form.addRow(name_label, self.computer_name)

        self.start_button = QPushButton(self.tr("Start syncing"))
        self.start_button.clicked.connect(self.start_syncing)
        for field in (self.passphrase, self.repeat, self.computer_name):
            field.returnPressed.connect(self.start_syncing)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        form.addRow("", start_row)
        self._folder_changed(self.folder_field.text())

    def choose_folder(self) -> None:
        start = self.folder_field.text() or str(Path.home())
        chosen = ask_sync_folder(self, start)
        if chosen:
            self.folder_field.setText(chosen)
            self.passphrase.setFocus()

    def _joining(self) -> bool:
        return folder_is_set_up(self.folder_field.text().strip())

    def _folder_changed(self, text: str) -> None:
        joining = self._joining()
        self.repeat.setVisible(not joining)
        self.repeat_label.setVisible(not joining)
        if not text.strip():
            self.folder_hint.setText(
                self.tr(
                    "Choose the same folder on each computer, inside what your sync tool carries."
                )
            )
        elif joining:
            self.folder_hint.setText(
                self.tr(
                    "This folder already holds a synced journal: type its sync passphrase to "
                    "join it. Your entries here are kept and added to it."
                )
            )
        else:
            self.folder_hint.setText(
                self.tr(
                    "A new sync folder will be set up here. Choose a passphrase you will also "
                    "type on your other computers; it cannot be recovered if forgotten."
                )
            )
        self.start_button.setText(
            self.tr("Join and start syncing") if joining else self.tr("Start syncing")
        )

    def _refuse(self, text: str, focus: QWidget) -> None:
        self._show_note(text)
        self.say(text, problem=True)
        focus.setFocus()

    def start_syncing(self) -> None:
        if self.busy:
            return
        folder = self.folder_field.text().strip()
        passphrase = self.passphrase.text()
        joining = self._joining()
        if not folder:
            self._refuse(self.tr("Please choose a sync folder first."), self.choose_folder_button)
            return
        if not Path(folder).expanduser().is_dir():
            self._refuse(
                self.tr("That folder is not there; please choose an existing folder."),
                self.folder_field,
            )
            return
        if not passphrase:
            self._refuse(self.tr("Please type the sync passphrase."), self.passphrase)
            return
        if not joining and len(passphrase) < MIN_PASSPHRASE:
            self._refuse(
                self.tr(
                    "Please use a sync passphrase of at least %n characters.", "", MIN_PASSPHRASE
                ),
                self.passphrase,
            )
            return
        if not joining and passphrase != self.repeat.text():
            self.repeat.clear()
            self._refuse(
                self.tr("The two passphrases are not the same; please type it again."),
                self.repeat,
            )
            return
        name = self.computer_name.text().strip() or platform.node()
        workspace = self.workspace

        def work() -> Any:
            from attune_journal.sync import session

            return session.set_up(workspace, Path(folder).expanduser(), passphrase, name)

        self._set_busy(
            self.tr("Joining the sync folder… this takes a few seconds.")
            if joining
            else self.tr("Setting up the sync folder… this takes a few seconds.")
        )
        run_sync_work(workspace, work, self._set_up_done, self._set_up_failed, self)

    def _set_up_done(self, status: Any) -> None:
        self._set_busy("")
        self.passphrase.clear()
        self.repeat.clear()
        self._show_part(True)
        self.show_status(status)
        self._show_note(self.tr("This computer syncs now."))
        self.say(self.tr("This computer syncs now."))
        # The first sync may have brought entries; the runner starts watching the folder.
        self.bridge.announce_many()
        runner = runner_for(self.bridge)
        if runner is not None:
            runner.watch()
        self.sync_now_button.setFocus()

    def _set_up_failed(self, error: BaseException) -> None:
        self._set_busy("")
        self.passphrase.clear()
        self.repeat.clear()
        self._refuse(calm_message(error), self.passphrase)

    # ---- set up -----------------------------------------------------------------------

    def _build_synced(self) -> None:
        layout = QVBoxLayout(self.synced_part)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_text = QLabel()
        self.status_text.setWordWrap(True)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_text.setAccessibleName(self.tr("How sync stands"))
        layout.addWidget(self.status_text)

        self.conflicts_heading = QLabel(self.tr("<b>Conflicts to resolve</b>"))
        self.conflicts = _ConflictList(self)
        self.conflicts.setAccessibleName(self.tr("Conflicts to resolve"))
        self.conflicts.itemDoubleClicked.connect(lambda _item: self.compare())
        self.conflicts_heading.setBuddy(self.conflicts)
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.compare_button.setAccessibleName(self.tr("Compare the two versions"))
        self.compare_button.clicked.connect(self.compare)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_button)
        compare_row.addStretch(1)
        self.conflicts_part = QWidget(self.synced_part)
        conflicts_layout = QVBoxLayout(self.conflicts_part)
        conflicts_layout.setContentsMargins(0, 4, 0, 4)
        conflicts_layout.addWidget(self.conflicts_heading)
        conflicts_layout.addWidget(self.conflicts)
        conflicts_layout.addLayout(compare_row)
        layout.addWidget(self.conflicts_part)
        self.conflicts_part.setVisible(False)

        self.sync_now_button = QPushButton(self.tr("&Sync now"))
        self.sync_now_button.clicked.connect(self.sync_now)
        self.stop_button = QPushButton(self.tr("Stop syncing on this computer"))
        self.stop_button.clicked.connect(self.stop_syncing)
        row = QHBoxLayout()
        row.addWidget(self.sync_now_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _show_part(self, synced: bool) -> None:
        self.setup_part.setVisible(not synced)
        self.synced_part.setVisible(synced)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.settings.sync_folder and not self.busy:
            self.refresh_status()

    def refresh_status(self) -> None:
        """Read how sync stands and the conflicts, off the GUI thread."""
        workspace = self.workspace

        def work() -> Any:
            from attune_journal.sync import merge, session

            return session.status(workspace), merge.conflicts(workspace.journal)

        run_sync_work(workspace, work, self._status_read, lambda _error: None, self)

    def _status_read(self, found: tuple[Any, list[Any]]) -> None:
        status, pairs = found
        if not status.set_up:
            self._show_part(False)
            return
        self.show_status(status, pairs)

    def show_status(self, status: Any, pairs: list[Any] | None = None) -> None:
        self.status_text.setText("\n".join(status.lines()))
        if pairs is None:
            self.refresh_status()
            return
        from attune_journal.ui.sync_dialogs import conflict_title

        current = self.conflicts.currentRow()
        self.conflicts.clear()
        for entry, copy in pairs:
            item = QListWidgetItem(conflict_title(entry, copy, self.settings.week_start))
            item.setData(PAIR_ROLE, (entry.uid, copy.uid))
            self.conflicts.addItem(item)
        if pairs:
            self.conflicts.setCurrentRow(max(0, min(current, len(pairs) - 1)))
            # As tall as its lines (up to four, then it scrolls): no empty box under one.
            rows = min(len(pairs), 4)
            height = rows * max(self.conflicts.sizeHintForRow(0), 1)
            self.conflicts.setFixedHeight(height + 2 * self.conflicts.frameWidth() + 8)
        self.conflicts_part.setVisible(bool(pairs))

    def _set_busy(self, text: str) -> None:
        self.busy = bool(text)
        self._show_note(text)
        for widget in (
            self.start_button,
            self.choose_folder_button,
            self.folder_field,
            self.passphrase,
            self.repeat,
            self.computer_name,
            self.sync_now_button,
            self.stop_button,
            self.compare_button,
        ):
            widget.setEnabled(not self.busy)

    # ---- syncing, conflicts, stopping ---------------------------------------------------

    def sync_now(self) -> None:
        runner = runner_for(self.bridge)
        if runner is not None:
            self._show_note(self.tr("Syncing…"))
            runner.sync_now()
            return
        workspace = self.workspace

        def work() -> Any:
            from attune_journal.ui.sync_runner import sync_and_map

            return sync_and_map(workspace)

        self._set_busy(self.tr("Syncing…"))
        run_sync_work(workspace, work, self._synced_alone, self._sync_failed_alone, self)

    def _synced_alone(self, outcome: Any) -> None:
        self._set_busy("")
        if outcome.report.changed_uids:
            self.bridge.entries_changed.emit(outcome.ids)
        self._runner_synced(outcome.report)

    def _sync_failed_alone(self, error: BaseException) -> None:
        self._set_busy("")
        self._runner_failed(calm_message(error))

    def _runner_busy(self, busy: bool) -> None:
        if busy and not self.busy and self.synced_part.isVisible():
            self._show_note(self.tr("Syncing…"))

    def _runner_synced(self, report: Any) -> None:
        if self.busy or not self.synced_part.isVisible():
            return
        self._show_note(" ".join(report.lines()))
        self.refresh_status()

    def _runner_failed(self, text: str) -> None:
        if self.busy:
            return
        self._show_note(text)
        self.say(text, problem=True)

    def _chosen_pair(self) -> tuple[str, str] | None:
        item = self.conflicts.currentItem()
        if item is None:
            return None
        uid, copy_uid = item.data(PAIR_ROLE)
        return str(uid), str(copy_uid)

    def compare(self) -> None:
        """Open the chosen conflict's two versions side by side."""
        pair = self._chosen_pair()
        if pair is None or self.busy:
            return
        entry, copy = (self.journal.get_by_uid(uid) for uid in pair)
        if entry is None or copy is None:
            self._show_note(self.tr("That conflict is no longer there."))
            self.refresh_status()
            return
        from attune_journal.ui.sync_dialogs import ConflictDialog

        dialog = ConflictDialog(
            entry, copy, (self.settings.window_low, self.settings.window_high), self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._compared(dialog))
        self.compare_dialog = dialog
        dialog.open()

    def _compared(self, dialog: Any) -> None:
        self.compare_dialog = None
        chosen = dialog.chosen
        if chosen is None:
            self.compare_button.setFocus()
            return
        keep_uid, drop_uid = chosen
        joined = bool(dialog.joined)
        self._joined = joined
        workspace = self.workspace

        def work() -> Any:
            from attune_journal.sync import session

            journal = workspace.journal
            ids = {e.id for e in (journal.get_by_uid(keep_uid), journal.get_by_uid(drop_uid)) if e}
            session.resolve(workspace, keep_uid, drop_uid, joined=joined)
            return ids

        self._set_busy(
            self.tr("Joining the two versions…")
            if joined
            else self.tr("Keeping the version you chose…")
        )
        run_sync_work(workspace, work, self._resolved, self._resolve_failed, self)

    def _resolved(self, ids: set[int]) -> None:
        self._set_busy("")
        if self._joined:
            text = self.tr("Kept both, joined into one; the other copy is in the trash.")
        else:
            text = self.tr("Kept the version you chose; the other is in the trash.")
        self._show_note(text)
        self.say(text)
        self.bridge.entries_changed.emit(ids)  # the runner sends the change soon after
        self.refresh_status()
        self.sync_now_button.setFocus()

    def _resolve_failed(self, error: BaseException) -> None:
        self._set_busy("")
        self._refuse(calm_message(error), self.sync_now_button)
        self.refresh_status()

    def stop_syncing(self) -> None:
        if self.busy or not ask_stop_syncing(self):
            return
        workspace = self.workspace

        def work() -> Any:
            from attune_journal.sync import session

            session.stop(workspace)

        self._set_busy(self.tr("Stopping sync on this computer…"))
        run_sync_work(workspace, work, self._stopped, self._stop_failed, self)

    def _stopped(self, _result: object) -> None:
        self._set_busy("")
        self._show_part(False)
        self.folder_field.clear()
        self._folder_changed("")
        text = self.tr("This computer no longer syncs; your journal here is unchanged.")
        self._show_note(text)
        self.say(text)
        runner = runner_for(self.bridge)
        if runner is not None:
            runner.watch()
        self.choose_folder_button.setFocus()

    def _stop_failed(self, error: BaseException) -> None:
        self._set_busy("")
        self._refuse(calm_message(error), self.stop_button)

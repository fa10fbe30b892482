"""The unlock screen, the start-up gate (passphrase, damaged file), and the idle lock.

- ``UnlockScreen``: a calm passphrase prompt with unlimited retries; a wrong
  passphrase says so plainly and keeps the field ready for another try.
- ``open_workspace_interactively``: what the app does before its main window:
  ask for the passphrase of an encrypted journal, or, for a damaged file, set it
  aside (storage/recovery.py) and offer the newest good backup.
- ``IdleLock``: after ``settings.idle_lock_minutes`` without input the main window's
  content is taken out and the unlock screen put in its place; the screens (and
  whatever is typed in them, and their drafts) stay alive, hidden, until unlocked.
  The store stays open meanwhile: closing the app is the stronger lock.

"Need support now?" is reachable from every one of these (a button and F1). It
opens with no journal (``settings=None``): the shipped lines only, nothing read
from the store and nothing of the person's shown on a locked screen.

Dialogs are opened through small module functions that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from attune_journal import APP_NAME
from attune_journal.paths import DataPaths, resolve_data_dir
from attune_journal.storage import crypto
from attune_journal.storage.errors import (
    DamagedStoreError,
    PassphraseNeeded,
    StoreError,
    WrongPassphraseError,
)
from attune_journal.ui.support import (
    SUPPORT_KEY,
    SupportDialog,
    show_support,
    support_button,
    support_shortcut,
)
from attune_journal.workspace import Workspace, open_workspace

AVAILABLE_WHEN_LOCKED = "availableWhenLocked"
"""A QAction with this property set to True stays enabled under the idle lock (support)."""


def open_locked_support(parent: QWidget | None) -> SupportDialog:
    """The support window with the shipped lines only: the journal is not open here."""
    return show_support(parent, None)


Check = Callable[[str], str | None]  # a passphrase -> None if it opens, else the message


class UnlockScreen(QWidget):
    """Passphrase field, Unlock button, a message line; or just "Show my journal"."""

    unlocked = Signal(str)

    def __init__(
        self,
        check: Check | None,
        parent: QWidget | None = None,
        *,
        heading: str | None = None,
        explanation: str | None = None,
        support_key: bool = True,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.setObjectName("unlockScreen")
        self.setAccessibleName(self.tr("Journal locked"))
        self.heading = QLabel(heading or self.tr("Your journal is locked"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if explanation is None:
            explanation = (
                self.tr("Enter your passphrase to open it. Take your time.")
                if check is not None
                else self.tr("Your journal was hidden while you were away.")
            )
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setMinimumWidth(260)
        self.field.returnPressed.connect(self.attempt)
        self.show_text = QCheckBox(self.tr("Show passphrase"))
        self.show_text.toggled.connect(
            lambda on: self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.button = QPushButton(
            self.tr("Unlock") if check is not None else self.tr("Show my journal")
        )
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.attempt)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.extra = QHBoxLayout()
        # Support before the journal opens: a visible button and F1. Under the idle lock the
        # main window's own F1 action stays on and does the same; a second F1 shortcut there,
        # even a disabled one, would make the key ambiguous, so none is made.
        self.support_button = support_button(self.open_support)
        self.support_shortcut = support_shortcut(self, self.open_support) if support_key else None

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        if check is not None:
            column.addWidget(self.field)
            column.addWidget(self.show_text)
        else:
            self.field.hide()
            self.show_text.hide()
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.message)
        column.addLayout(self.extra)
        column.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignCenter)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(460)  # a calm, narrow column; wider only for a long way out
        self.box = box
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def add_action(self, text: str, slot: Callable[[], None]) -> QPushButton:
        """A secondary way out (e.g. "Set this file aside and restore a backup…")."""
        button = QPushButton(text)
        button.setFlat(True)
        button.clicked.connect(slot)
        self.extra.addStretch(1)
        self.extra.addWidget(button)
        self.extra.addStretch(1)
        self.box.setMaximumWidth(max(self.box.maximumWidth(), self.box.sizeHint().width()))
        return button

    def open_support(self) -> SupportDialog:
        return open_locked_support(self.window())

    def focus_first(self) -> None:
        (self.field if self.check is not None else self.button).setFocus()

    def attempt(self) -> None:
        if self.check is None:
            self.unlocked.emit("")
            return
        text = self.field.text()
        if not text:
            self.message.setText(self.tr("Type your passphrase, then press Enter."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self.check(text)
        finally:
            QApplication.restoreOverrideCursor()
        if problem:
            self.message.setText(
                self.tr("{problem} Check Caps Lock and the keyboard layout.").format(
                    problem=problem
                )
            )
            self.field.selectAll()
            self.field.setFocus()
            return
        self.message.clear()
        self.field.clear()
        self.unlocked.emit(text)


def passphrase_check(store: Path) -> Check:
    """A check that tries ``store`` with the passphrase (SQLCipher derives the key: ~0.2 s)."""

    def check(text: str) -> str | None:
        return None if crypto.passphrase_opens(store, text) else str(WrongPassphraseError())

    return check


# ---- start-up ----------------------------------------------------------------------------


class UnlockDialog(QDialog):
    """The unlock screen as a window of its own, before the main window exists."""

    SET_ASIDE = 2

    def __init__(self, store: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.passphrase: str | None = None
        self.unlock_screen = UnlockScreen(passphrase_check(store), self)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.add_action(
            self.tr("Can't open it? Set this file aside and restore a backup…"),
            lambda: self.done(self.SET_ASIDE),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.unlock_screen)
        self.resize(560, 380)
        self.unlock_screen.focus_first()

    def _unlocked(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.accept()


def ask_passphrase_at_start(store: Path) -> str | int | None:
    """The passphrase that opens ``store``; None to quit; ``UnlockDialog.SET_ASIDE``."""
    dialog = UnlockDialog(store)
    result = dialog.exec()
    if result == UnlockDialog.SET_ASIDE:
        return UnlockDialog.SET_ASIDE
    return dialog.passphrase if result == QDialog.DialogCode.Accepted else None


RESTORE, START_FRESH, QUIT = "restore", "fresh", "quit"


class DamagedFileDialog(QDialog):
    """What happened to the journal file; restore, a fresh journal, or quit; and support."""

    def __init__(self, message: str, has_backup: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("damagedFileDialog")
        self.choice = QUIT
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("The journal file could not be opened"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.details = QLabel(message)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("What happened"))

        self.restore_button: QPushButton | None = None
        if has_backup:
            self.restore_button = QPushButton(self.tr("Restore the backup"))
            self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.fresh_button = QPushButton(self.tr("Start an empty journal"))
        self.fresh_button.clicked.connect(lambda: self._choose(START_FRESH))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        (self.restore_button or self.fresh_button).setDefault(True)
        self.support_button = support_button(self.open_support)
        self.support_shortcut = support_shortcut(self, self.open_support)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.details)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        row = QHBoxLayout()
        row.addWidget(self.support_button)
        row.addStretch(1)
        for button in (self.restore_button, self.fresh_button, self.quit_button):
            if button is not None:
                row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(row)
        # Wide enough for every button's whole text (a styled button may shrink below it).
        self.setMinimumWidth(max(480, layout.sizeHint().width()))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def open_support(self) -> SupportDialog:
        return open_locked_support(self)


def ask_damaged_choice(message: str, has_backup: bool) -> str:
    """Tell the person what happened; they choose restore, a fresh journal, or quit."""
    dialog = DamagedFileDialog(message, has_backup)
    dialog.exec()  # Escape or closing the window means Quit, as before
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def ask_backup_passphrase(backup: Path) -> str | None:
    """The passphrase of an encrypted backup (asked until it opens, or cancelled)."""
    dialog = QDialog()
    dialog.setWindowTitle(APP_NAME)
    screen = UnlockScreen(
        passphrase_check(backup),
        dialog,
        heading=QApplication.translate("Unlock", "This backup is encrypted"),
        explanation=QApplication.translate(
            "Unlock", "Enter the passphrase the journal had when this backup was made."
        ),
    )
    found: list[str] = []

    def unlocked(text: str) -> None:
        found.append(text)
        dialog.accept()

    screen.unlocked.connect(unlocked)
    QVBoxLayout(dialog).addWidget(screen)
    screen.focus_first()
    dialog.exec()
    return found[0] if found else None


def show_problem(message: str) -> None:
    QMessageBox.critical(None, APP_NAME, message)


def open_workspace_interactively(data_dir: str | Path | None) -> Workspace | None:
    """Open the data folder for the app, asking what only a person can answer; None: quit."""
    from attune_journal.storage.recovery import damage_reason, recover_damaged

    paths = DataPaths(resolve_data_dir(data_dir))
    passphrase = crypto.passphrase_from_env()
    while True:
        try:
            return open_workspace(data_dir, passphrase)
        except (PassphraseNeeded, WrongPassphraseError):
            answer = ask_passphrase_at_start(paths.store)
            if answer is None:
                return None
            if answer != UnlockDialog.SET_ASIDE:
                passphrase = str(answer)
                continue
            reason = QApplication.translate("Unlock", "it could not be unlocked")
            damaged: Exception = DamagedStoreError(paths.store, reason)
        except DamagedStoreError as error:
            damaged = error
        report = recover_damaged(
            paths.store, paths.damaged, paths.backups, damage_reason(damaged), passphrase
        )
        choice = ask_damaged_choice(report.message(), report.backup is not None)
        if choice == QUIT:
            return None
        workspace = open_workspace(data_dir, None)  # a new, empty journal in its place
        if choice == RESTORE and report.backup is not None:
            key = passphrase
            if report.backup.encrypted:
                from attune_journal.storage.backup import backup_problem

                if key is None or backup_problem(report.backup.path, key) is not None:
                    key = ask_backup_passphrase(report.backup.path)
                    if key is None:
                        return workspace
            try:
                workspace.restore(report.backup.path, key)
            except StoreError as error:
                show_problem(str(error))
        return workspace


# ---- idle lock ---------------------------------------------------------------------------

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def _kept_when_locked(window: QWidget) -> set[QAction]:
    """Quit, support (F1 or marked ``availableWhenLocked``) and the menus that hold them.

    A menu's own action must stay on too: a disabled Help menu would switch off F1.
    """
    kept = {
        action
        for action in window.findChildren(QAction)
        if action.shortcut().toString() in ("Ctrl+Q", SUPPORT_KEY)
        or action.menuRole() == QAction.MenuRole.QuitRole
        or action.property(AVAILABLE_WHEN_LOCKED)
    }
    for action in list(kept):
        for owner in action.associatedObjects():
            if isinstance(owner, QMenu):
                kept.add(owner.menuAction())
    return kept


class IdleLock(QObject):
    """Hide the journal behind the unlock screen after a quiet while (0 minutes: never)."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, workspace: Workspace, bridge: Any) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self._content: QWidget | None = None
        self._disabled: list[QAction] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._filtering = False
        bridge.settings_changed.connect(self.apply_settings)
        self.apply_settings()

    @property
    def is_locked(self) -> bool:
        return self._content is not None

    def apply_settings(self) -> None:
        minutes = max(int(self.workspace.settings.idle_lock_minutes), 0)
        self._watch_input(bool(minutes))
        if minutes and not self.is_locked:
            self.timer.start(minutes * 60_000)
        elif not minutes:
            self.timer.stop()

    def _watch_input(self, on: bool) -> None:
        """An application-wide filter sees every event: install it only while it is needed."""
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.is_locked and self.timer.isActive():
            self.timer.start()  # any input restarts the countdown
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        encrypted = self.workspace.encrypted
        check = passphrase_check(self.workspace.paths.store) if encrypted else None
        screen = UnlockScreen(check, support_key=False)  # the window's F1 action stays on
        screen.unlocked.connect(lambda _text: QTimer.singleShot(0, self.unlock))
        self._content = self.window.takeCentralWidget()
        self.window.setCentralWidget(screen)
        # Menus and shortcuts would reach the hidden screens: only Quit and support stay.
        kept = _kept_when_locked(self.window)
        self._disabled = [
            action
            for action in self.window.findChildren(QAction)
            if action.isEnabled() and action not in kept
        ]
        for action in self._disabled:
            action.setEnabled(False)
        self.window.statusBar().clearMessage()
        screen.focus_first()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if self._content is None:
            return
        screen = self.window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self.window.setCentralWidget(self._content)
        self._content = None
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.apply_settings()
        self.locked_changed.emit(False)

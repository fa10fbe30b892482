"""Start the Qt application: theme, workspace, main window; known errors as dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from attune_journal import APP_ID, APP_NAME, __version__
from attune_journal.settings import Settings
from attune_journal.storage.errors import StoreError
from attune_journal.ui.main_window import MainWindow
from attune_journal.ui.theme import apply_theme
from attune_journal.workspace import Workspace, open_workspace


def make_qapplication(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("Attune Journal")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    try:
        from attune_journal.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "attune-journal.svg"))))
    except FileNotFoundError:
        pass  # an icon is a nicety; a missing one must not stop the journal opening
    return app


def start(data_dir: str | Path | None, argv: list[str]) -> int:
    app = make_qapplication(argv)
    apply_theme(app, Settings())
    try:
        workspace = open_workspace(data_dir)
    except StoreError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    except OSError as error:
        QMessageBox.critical(
            None, APP_NAME, f"The journal's folder could not be opened: {error.strerror or error}"
        )
        return 1
    window = open_main_window(app, workspace)
    code = app.exec()
    window.deleteLater()
    workspace.close()
    return code


def open_main_window(app: QApplication, workspace: Workspace) -> MainWindow:
    """Build and show the main window for an open workspace (tests call this too)."""
    from attune_journal.ui.bridge import JournalBridge

    apply_theme(app, workspace.settings)
    bridge = JournalBridge(workspace)
    window = MainWindow(workspace, bridge)
    window.show()
    if workspace.settings_problem:
        window.show_message(workspace.settings_problem)
    return window

"""Start the Qt application: theme, workspace, main window; known errors as dialogs.

Start-up time is a budget (docs/domain.md, "Speed targets": within 1.6x a bare PySide6
window). What only some starts need is imported where it is used: the welcome
module when the welcome has not been seen, message boxes when something fails.
``tests/unit/test_startup_imports.py`` keeps heavy modules off this path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from attune_journal import APP_ID, APP_NAME, __version__
from attune_journal.settings import Settings, language_choice
from attune_journal.storage.errors import StoreError
from attune_journal.ui.i18n import ensure_language, install_language
from attune_journal.ui.main_window import MainWindow
from attune_journal.ui.theme import FUSION_SET, apply_theme
from attune_journal.workspace import Workspace, open_workspace


def make_qapplication(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fusion from the command line: Qt builds it once, and Python never wraps the
        # style object (``setStyle`` afterwards costs several ms of start-up for the same look).
        program = argv[:1] or [APP_ID]  # Qt reads the first argument as the program's name
        app = QApplication([*program, "-style", "fusion", *argv[1:]])
        app.setProperty(FUSION_SET, True)
    # The reverse-DNS id names the desktop file (and so the Wayland app id), as AppStream
    # does. Qt's application name is what a screen reader announces (AT-SPI lists the app
    # under it), so it is the name people know; the data folder does not follow it
    # (platformdirs, paths.py).
    QCoreApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QCoreApplication.setOrganizationName("Attune Journal")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    ensure_language()  # English plurals from its .qm; start() installs the person's choice
    try:
        from attune_journal.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "attune-journal.svg"))))
    except FileNotFoundError:
        pass  # an icon is a nicety; a missing one must not stop the journal opening
    return app


def _open_for_start(data_dir: str | Path | None) -> Workspace | None:
    """The workspace to start on, or None when the person chose to quit.

    Most starts open a plain journal (or one whose passphrase is in the environment)
    at once; the unlock and repair dialogs load only when a person must answer.
    """
    from attune_journal.storage.crypto import passphrase_from_env
    from attune_journal.storage.errors import (
        DamagedStoreError,
        PassphraseNeeded,
        WrongPassphraseError,
    )

    try:
        return open_workspace(data_dir, passphrase_from_env())
    except (PassphraseNeeded, WrongPassphraseError, DamagedStoreError):
        # Asks for the passphrase, or sets a damaged file aside: it opens the store again.
        from attune_journal.ui.unlock import open_workspace_interactively

        return open_workspace_interactively(data_dir)


def start(data_dir: str | Path | None, argv: list[str], smoke: bool = False) -> int:
    """Run the app. ``smoke``: open the main window, paint it once, exit 0 (bundle checks).

    A smoke start asks no questions (no welcome, no draft offer, no dialogs) and,
    without ``--data-dir``, uses a temporary folder so a check never touches real data.
    """
    temp_dir = None
    if smoke and data_dir is None:
        import tempfile

        temp_dir = tempfile.TemporaryDirectory(prefix="attune-smoke-")
        data_dir = temp_dir.name
    app = make_qapplication(argv)
    apply_theme(app, Settings())
    from attune_journal.paths import DataPaths, resolve_data_dir

    paths = DataPaths(resolve_data_dir(data_dir))
    # Before any window or question: the unlock dialog speaks the chosen language too.
    install_language(language_choice(paths.settings))
    guard = None
    if not smoke:  # one instance per data folder: a second launch brings the first forward
        from attune_journal.ui.single_instance import SingleInstance

        guard = SingleInstance(paths.lock_name, paths.instance_lock)
        if not guard.claim():
            return 0
    try:
        if smoke:
            workspace = open_workspace(data_dir)
        else:
            opened = _open_for_start(data_dir)
            if opened is None:
                return 0
            workspace = opened
    except StoreError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    except OSError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "Application", "The journal's folder could not be opened: {reason}"
            ).format(reason=error.strerror or error),
        )
        return 1
    window = open_main_window(app, workspace, interactive=not smoke)
    if guard is not None:
        from attune_journal.ui.daily_backup import install_daily_backup
        from attune_journal.ui.single_instance import bring_forward

        guard.activate_requested.connect(lambda: bring_forward(window))
        install_daily_backup(window, workspace, window)
    if smoke:
        from attune_journal.ui.smoke import paint_once_then_quit

        paint_once_then_quit(app, window)
    code = app.exec()
    window.deleteLater()
    workspace.close()
    if temp_dir is not None:
        temp_dir.cleanup()
    return code


def open_main_window(
    app: QApplication, workspace: Workspace, interactive: bool = False
) -> MainWindow:
    """Build and show the main window for an open workspace (tests call this too).

    ``interactive`` is True for a person's real start: only then may start-up ask
    questions (welcome, unfinished drafts, reminders). Tests and smoke starts pass False.
    """
    from attune_journal.ui.bridge import JournalBridge

    apply_theme(app, workspace.settings)
    bridge = JournalBridge(workspace)
    window = MainWindow(workspace, bridge)
    # The window owns the bridge (and what hangs on it, the sync runner's folder watcher
    # among them): they are deleted with the window, on the GUI thread, never by
    # Python's garbage collector on whichever thread it happens to run (a file watcher
    # deleted off the GUI thread corrupts its event loop).
    bridge.setParent(window)
    window.show()
    if workspace.settings_problem:
        window.show_message(workspace.settings_problem)
    if workspace.recovery_message:
        window.show_message(workspace.recovery_message)
    if any(workspace.paths.temp.glob("export-*.json")):  # left by a killed export
        from attune_journal.exchange.export_files import remove_export_leftovers

        remove_export_leftovers(workspace.paths.root)
    from attune_journal.ui.external_changes import ExternalChangesWatcher
    from attune_journal.ui.unlock import IdleLock

    ExternalChangesWatcher(bridge, window)  # shows what the command line writes meanwhile
    IdleLock(window, workspace, bridge)  # settings.idle_lock_minutes; 0 = never
    if interactive:
        if not workspace.settings.welcome_seen:  # once, on the very first start
            from attune_journal.ui.welcome import show_welcome_if_first_run

            show_welcome_if_first_run(window)
        from attune_journal.ui.reminders import install_reminders

        install_reminders(window)
        from attune_journal.ui.drafts import offer_drafts_soon

        offer_drafts_soon(window, window, workspace.journal)
    return window

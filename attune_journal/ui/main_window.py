"""The main window: a thin frame of navigation, menus and a status bar around screens.

Each screen is one module in ``ui/`` and is listed once in ``screen_specs``; screens
are built the first time they are shown, so start-up pays only for Today. Screens
that move to another screen or report a line are given the window as their
``Navigation`` (ui/navigation.py); none of them imports this module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from attune_journal import APP_NAME, __version__
from attune_journal.ui.bridge import JournalBridge
from attune_journal.workspace import Workspace

if TYPE_CHECKING:
    from datetime import date

    from attune_journal.ui.banner import Banner
    from attune_journal.ui.checkin import CheckInScreen

ScreenFactory = Callable[[Workspace, JournalBridge, "MainWindow"], QWidget]


def _today(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.today import TodayScreen

    return TodayScreen(workspace, bridge, window, navigation=window)


def _checkin(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.checkin import CheckInScreen

    return CheckInScreen(workspace, bridge, window, navigation=window)


def _history(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.history import HistoryScreen

    return HistoryScreen(workspace, bridge, window, navigation=window)


def _trends(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.trends import TrendsScreen

    return TrendsScreen(workspace, bridge, window, navigation=window)


def _week(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.week import WeekScreen

    return WeekScreen(workspace, bridge, window)


def _settings(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.settings_screen import SettingsScreen

    return SettingsScreen(workspace, bridge, window, navigation=window)


def _relationship(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.relationship import RelationshipScreen

    return RelationshipScreen(workspace, bridge, window)


def _repairs(workspace: Workspace, bridge: JournalBridge, window: MainWindow) -> QWidget:
    from attune_journal.ui.repairs import RepairsScreen

    return RepairsScreen(workspace, bridge, window)


def _relationship_on(workspace: Workspace) -> bool:
    return workspace.settings.relationship_enabled


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    factory: ScreenFactory
    shortcut: str
    # For optional modules: the screen's navigation row and Go action show only while
    # this returns True; checked again whenever settings change.
    visible: Callable[[Workspace], bool] | None = None


def screen_specs() -> list[ScreenSpec]:
    """The screens in navigation order; new screens add one line here."""
    return [
        ScreenSpec("today", QCoreApplication.translate("MainWindow", "Today"), _today, "Ctrl+1"),
        ScreenSpec(
            "checkin", QCoreApplication.translate("MainWindow", "New check-in"), _checkin, "Ctrl+N"
        ),
        ScreenSpec(
            "history", QCoreApplication.translate("MainWindow", "History"), _history, "Ctrl+2"
        ),
        ScreenSpec("trends", QCoreApplication.translate("MainWindow", "Trends"), _trends, "Ctrl+3"),
        ScreenSpec("week", QCoreApplication.translate("MainWindow", "Week"), _week, "Ctrl+4"),
        ScreenSpec(
            "relationship",
            QCoreApplication.translate("MainWindow", "Relationship"),
            _relationship,
            "Ctrl+5",
            _relationship_on,
        ),
        ScreenSpec(
            "repairs",
            QCoreApplication.translate("MainWindow", "Repairs"),
            _repairs,
            "Ctrl+6",
            _relationship_on,
        ),
        # Settings stays last: other screens add their lines above this one.
        ScreenSpec(
            "settings", QCoreApplication.translate("MainWindow", "Settings"), _settings, "Ctrl+,"
        ),
    ]


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, bridge: JournalBridge) -> None:
        super().__init__()
        self.workspace = workspace
        self.bridge = bridge
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(560, 420)
        self._specs = screen_specs()
        self._screens: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setObjectName("navigation")
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for spec in self._specs:
            item = QListWidgetItem(spec.title)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The navigation column ends with "Need support now?", always one click away.
        self.support_button = QPushButton(self.tr("Need support now?"))
        self.support_button.setObjectName("supportButton")
        self.support_button.setToolTip(self.tr("People and helplines you can reach (F1)"))
        self.support_button.clicked.connect(self.open_support)
        nav_column = QWidget()
        nav_column.setObjectName("navigationColumn")
        self.nav_column = nav_column
        nav_layout = QVBoxLayout(nav_column)
        nav_layout.setContentsMargins(0, 0, 0, 10)
        nav_layout.setSpacing(6)
        nav_layout.addWidget(self.nav, 1)
        nav_layout.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(nav_column)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        # Banners (reminders, notices) stack above the current screen.
        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(12, 8, 12, 0)
        content.addLayout(self.banner_area)
        content.addWidget(self.stack, 1)
        layout.addLayout(content, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)  # a partner's shared week can be dropped on the window
        self._build_menus()
        self.statusBar().setSizeGripEnabled(True)
        self._apply_visibility()
        self._fit_navigation()
        bridge.settings_changed.connect(self._on_settings_changed)
        # Sync between this person's computers, when set up (ui/sync_runner.py).
        from attune_journal.ui.sync_runner import SyncRunner

        self.sync_runner = SyncRunner(workspace, bridge, self)
        self.sync_runner.start()

        if not self._restore_geometry():
            self.resize(1024, 720)
        self.nav.setCurrentRow(0)

    # The navigation column is never narrower than this; larger text widens it.
    NAV_MIN_WIDTH = 170
    NAV_SIDE_MARGIN = 8

    def _fit_navigation(self) -> None:
        """Size the navigation column to its texts at the current font size.

        "Need support now?" and every section name must be read whole at any text size,
        so the width comes from the fonts (and the style's padding), not a fixed number.
        """
        self.support_button.ensurePolished()
        self.nav.ensurePolished()
        button = self.support_button.sizeHint().width() + 2 * self.NAV_SIDE_MARGIN
        # Each row's text with the row padding the style adds, plus the list's own padding.
        rows = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16
        width = max(self.NAV_MIN_WIDTH, button, rows)
        if self.nav_column.width() != width or self.nav_column.minimumWidth() != width:
            self.nav_column.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Text size changed in Settings (or the style sheet was applied again). The
            # window hears of it before its children have their new fonts: measure after.
            QTimer.singleShot(0, self, self._fit_navigation)

    # ---- screens -------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The screen for ``key``, built on first use."""
        if key not in self._screens:
            spec = next(s for s in self._specs if s.key == key)
            widget = spec.factory(self.workspace, self.bridge, self)
            self._screens[key] = widget
            self.stack.addWidget(widget)
        return self._screens[key]

    def show_screen(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self._screens[key]

    def show_checkin(self) -> CheckInScreen:
        """Switch to the check-in screen and return it (for ``Navigation``)."""
        return cast("CheckInScreen", self.show_screen("checkin"))

    def show_in_history(self, day: date, entry_id: int | None = None) -> None:
        """History on one day's entries, ``entry_id`` chosen (for ``Navigation``)."""
        from attune_journal.ui.history import HistoryScreen

        cast("HistoryScreen", self.show_screen("history")).show_entries_of(day, entry_id)

    def show_entries_in_history(self, entry_ids: list[int], title: str) -> None:
        """History listing exactly ``entry_ids``, captioned with ``title`` (for ``Navigation``)."""
        from attune_journal.ui.history import HistoryScreen

        cast("HistoryScreen", self.show_screen("history")).show_entries(entry_ids, title)

    def offers_screen(self, key: str) -> bool:
        """Whether the app has a screen called ``key`` (visible now or not)."""
        return any(spec.key == key for spec in self._specs)

    def screen_visible(self, key: str) -> bool:
        """Whether ``key``'s screen is offered now (optional modules can be switched off)."""
        spec = next(s for s in self._specs if s.key == key)
        return spec.visible is None or spec.visible(self.workspace)

    def _apply_visibility(self) -> None:
        """Show or hide optional screens' navigation rows and Go actions (hidden = no shortcut)."""
        for row, spec in enumerate(self._specs):
            shown = self.screen_visible(spec.key)
            self.nav.item(row).setHidden(not shown)
            self._go_actions[spec.key].setVisible(shown)
            if not shown and self.nav.currentRow() == row:
                self.nav.setCurrentRow(0)  # the module was switched off while open
        # Partners share the relationship check-in, so their files go with that module.
        self.partner_file_action.setVisible(_relationship_on(self.workspace))

    def _on_settings_changed(self) -> None:
        self._apply_visibility()
        # The relationship module's safety note comes before its first use.
        from attune_journal.ui.safety_note import maybe_show_first_time

        maybe_show_first_time(self.workspace, self)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self._specs[row].key)
        self.stack.setCurrentWidget(widget)
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()

    def open_quick_note(self) -> None:
        """The quick regulation note dialog (Ctrl+Shift+N from anywhere in the window)."""
        from attune_journal.ui.quick_note import open_quick_note

        note = open_quick_note(self.workspace, self.bridge, self)
        if note is not None:
            self.show_message(self.tr("Regulation note saved."))

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_banner(
        self, text: str, actions: Sequence[tuple[str, Callable[[], None]]] = ()
    ) -> Banner:
        """Show a gentle banner above the screens; buttons run their callback and dismiss it."""
        from attune_journal.ui.banner import Banner  # only once there is something to say

        banner = Banner(text, actions, self)
        self.banner_area.addWidget(banner)
        banner.show()  # a widget added to a window already shown stays hidden until asked
        return banner

    # ---- menus ---------------------------------------------------------------------------

    def open_export(self) -> QWidget:
        from attune_journal.ui.exchange_dialogs import open_export_dialog

        return open_export_dialog(self.workspace, self)

    def open_import(self) -> QWidget:
        from attune_journal.ui.exchange_dialogs import open_import_dialog

        return open_import_dialog(self.workspace, self.bridge, self)

    def open_partner_file(self, path: Path | None = None) -> QWidget | None:
        """Open a file a partner shared (asking for it unless given): keep their week and
        show it side by side; a refused file only says why."""
        from attune_journal.ui.partner_dialogs import open_partner_file, receive_file

        if path is None:
            shown = open_partner_file(self.workspace, self)
        else:
            shown = receive_file(self.workspace, path, self)
        screen = self._screens.get("relationship")
        refresh = getattr(screen, "refresh_sharing", None)
        if shown is not None and callable(refresh):
            refresh()
        return shown

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # A partner's shared week, dropped anywhere a screen does not take it itself.
        if self._dropped_partner_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_partner_file(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_partner_file(path)

    def _dropped_partner_file(self, mime: QMimeData) -> Path | None:
        from attune_journal.ui.partner_dialogs import looks_like_partner_file

        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile() or self._locked():
            return None
        if not _relationship_on(self.workspace):
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.is_file() and looks_like_partner_file(path) else None

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # Ctrl+N lives on the Go menu's entry for the screen; a second action with the same
        # shortcut would make it ambiguous and neither would fire.
        new_checkin = QAction(self.tr("&New check-in"), self)
        new_checkin.triggered.connect(lambda: self.show_screen("checkin"))
        file_menu.addAction(new_checkin)
        quick_note = QAction(self.tr("&Quick regulation note…"), self)
        quick_note.setShortcut(QKeySequence("Ctrl+Shift+N"))
        quick_note.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        quick_note.triggered.connect(self.open_quick_note)
        file_menu.addAction(quick_note)
        self.addAction(quick_note)
        file_menu.addSeparator()
        export_action = QAction(self.tr("&Export…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(self.open_export)
        import_action = QAction(self.tr("&Import…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        import_action.triggered.connect(self.open_import)
        file_menu.addActions([export_action, import_action])
        partner_file = QAction(self.tr("Open a &partner's file…"), self)
        partner_file.triggered.connect(lambda: self.open_partner_file())
        file_menu.addAction(partner_file)
        self.partner_file_action = partner_file
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._go_actions: dict[str, QAction] = {}
        for spec in self._specs:
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
            go_menu.addAction(action)
            self._go_actions[spec.key] = action
        self.go_menu = go_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        support = QAction(self.tr("Need &support now?"), self)
        support.setShortcut(QKeySequence("F1"))
        support.triggered.connect(self.open_support)
        help_menu.addAction(support)
        about = QAction(self.tr("&About Attune Journal"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def open_support(self) -> None:
        """The "Need support now?" dialog: emergency note, own contacts, helplines.

        While the idle lock is on, it shows the shipped list only (see ui/support.py).
        """
        from attune_journal.ui.support import show_support

        dialog = show_support(self, None if self._locked() else self.workspace.settings)

        def finished(_result: int) -> None:
            if dialog.edit_requested and not self._locked():
                from attune_journal.ui.settings_screen import SettingsScreen

                screen = self.show_screen("settings")
                if isinstance(screen, SettingsScreen):
                    screen.show_support_section()

        dialog.finished.connect(finished)
        self.support_dialog = dialog

    def _locked(self) -> bool:
        """Whether the idle lock has put the unlock screen in place of the screens."""
        from attune_journal.ui.unlock import UnlockScreen

        return isinstance(self.centralWidget(), UnlockScreen)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed to open the window

        QMessageBox.about(
            self,
            self.tr("About Attune Journal"),
            self.tr(
                "<p><b>Attune Journal</b> {version}</p>"
                "<p>A private journal for noticing your body, naming feelings, finding "
                "needs and learning what helps you settle.</p>"
                "<p>Everything stays on this computer, in {folder}. The app never "
                "connects to the internet.</p>"
                "<p>This is a journal, not therapy, and it cannot help in an emergency. "
                "If you are in danger, call your local emergency number.</p>"
            ).format(version=__version__, folder=self.workspace.paths.root),
        )

    # ---- geometry ------------------------------------------------------------------------

    def _restore_geometry(self) -> bool:
        saved = self.workspace.settings.window_geometry
        if not saved:
            return False
        return bool(self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync_runner.stop()  # waits for a sync that is running: the journal closes next
        for widget in self._screens.values():
            before_close = getattr(widget, "before_close", None)
            if callable(before_close):
                before_close()
        # Work the screens started in the background (Trends, the calendars, insights)
        # finishes before the journal closes under it.
        QThreadPool.globalInstance().waitForDone(10_000)
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if geometry != self.workspace.settings.window_geometry:
            self.workspace.settings.window_geometry = geometry
            # Remembering the window size is not worth blocking a close.
            with contextlib.suppress(OSError):
                self.workspace.save_settings()
        event.accept()

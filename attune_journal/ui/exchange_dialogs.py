"""File > Export… and File > Import…: the two dialogs around ``attune_journal.exchange``.

The work (choosing entries, rendering, writing; reading, checking, saving) runs
off the GUI thread through ``ui.workers.run_in_background``; the worker gets
plain values and reports progress through a signal, never touching widgets.
Cancel asks the work to stop at its next check: an export into a new folder
leaves nothing behind, an import saves nothing (it is one transaction at the end).

Every question to the person goes through a small module-level function
(``ask_export_folder``, ``ask_export_file``, ``ask_import_file``,
``ask_import_folder``, ``ask_replace``) so tests can replace them.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import QT_TRANSLATE_NOOP
from attune_journal.core.timeutil import today_local
from attune_journal.core.weeks import label_for_day
from attune_journal.exchange.export_files import ExportError
from attune_journal.exchange.formats import IMPORT_FORMATS, Detected, detect_format
from attune_journal.exchange.markdown_export import (
    ExportCancelled,
    ExportConflict,
    ExportReport,
    export_markdown_file,
    export_markdown_folder,
)
from attune_journal.ui.bridge import JournalBridge
from attune_journal.ui.workers import run_in_background
from attune_journal.workspace import Workspace

# ---- questions, replaceable by tests ----------------------------------------------------


def ask_export_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("ExchangeDialogs", "Choose or create a folder for the export"),
    )
    return Path(folder) if folder else None


def ask_export_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExchangeDialogs", "Export to one Markdown file"),
        "attune-journal.md",
        QCoreApplication.translate("ExchangeDialogs", "Markdown (*.md)"),
    )
    return Path(name) if name else None


def ask_import_file(parent: QWidget, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExchangeDialogs", "Choose the file to import"),
        "",
        file_filter,
    )
    return Path(name) if name else None


def ask_import_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ExchangeDialogs", "Choose the exported folder")
    )
    return Path(folder) if folder else None


def ask_replace(parent: QWidget, conflict: ExportConflict) -> bool:
    shown = "\n".join(conflict.paths[:5]) + ("\n…" if len(conflict.paths) > 5 else "")
    files = len(conflict.paths)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExchangeDialogs", "Replace files?"),
        QCoreApplication.translate(
            "ExchangeDialogs",
            "%n files in {target} already exist with different content:\n\n{files}\n\n"
            "Replace them with this export? Other files there are left alone.",
            None,
            files,
        ).format(target=conflict.target, files=shown),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# ---- shared running machinery -----------------------------------------------------------


def one_line(error: BaseException, limit: int = 300) -> str:
    """An error as one short line: its kind, and the first line of what it says."""
    said = next((line.strip() for line in str(error).splitlines() if line.strip()), "")
    text = f"{type(error).__name__}: {said}" if said else type(error).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (queued across threads)."""

    changed = Signal(int, int)


def plain_button(text: str) -> QPushButton:
    """A text-only button that never takes the default (filled) look from focus.

    Buttons are made here rather than taken from ``QDialogButtonBox``'s standard ones,
    which in Fusion carry stock icons (a floppy disk, a red X) that clash with the
    flat style; only the dialog's one primary button is the default.
    """
    button = QPushButton(text)
    button.setIcon(QIcon())
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


def make_primary(button: QPushButton) -> None:
    """The dialog's main action: the default for Enter, and filled (``primary`` in app.qss)."""
    button.setIcon(QIcon())
    button.setAutoDefault(True)
    button.setDefault(True)
    button.setProperty("primary", True)


class _RunningDialog(QDialog):
    """A dialog with a progress bar, a report area and Cancel that stops the work.

    The dialog's layout keeps it at least as large as its contents need
    (``SetMinimumSize``): when the report appears, the dialog grows to hold it rather
    than squeezing the options above, and the report takes any room to spare.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.running = False
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What happened"))
        self.report.setVisible(False)
        self.report.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Room for four lines of the report in the font in use (it scrolls past that).
        lines = self.report.fontMetrics().lineSpacing() * 4
        self.report.setMinimumHeight(lines + 16)
        self._relay = _Progress(self)
        self._relay.changed.connect(self._on_progress)
        self.buttons = QDialogButtonBox()
        self.cancel_button = plain_button(self.tr("Cancel"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._cancel)

    def finish_layout(self, layout: QVBoxLayout) -> None:
        """Add the progress bar, the report (which takes spare room) and the buttons."""
        layout.addWidget(self.progress)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        # The layout now sets the dialog's minimum size; the width asked for before stays.
        margins = layout.contentsMargins()
        self.buttons.setMinimumWidth(self.minimumWidth() - margins.left() - margins.right())
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def progress_callback(self) -> Callable[[int, int], None]:
        relay = self._relay

        def report(done: int, total: int) -> None:
            # If the dialog is gone, the work finishes quietly.
            with contextlib.suppress(RuntimeError):
                relay.changed.emit(done, total)

        return report

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, total)  # 0..0 shows a busy bar while reading
        self.progress.setValue(done)

    def start(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.cancel_event.clear()
        self.running = True
        # Where the focus was (the Export button when it was clicked): it goes back there
        # after the run, instead of staying on Cancel, where Enter would mean "close".
        focus_before = self.focusWidget()
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._set_running(True)

        def give_back_focus() -> None:
            if focus_before is not None and focus_before.isEnabled():
                focus_before.setFocus()

        def finish(result: Any) -> None:
            self.running = False
            self._set_running(False)
            give_back_focus()
            done(result)

        def crash(error: BaseException) -> None:
            self.running = False
            self._set_running(False)
            give_back_focus()
            failed(error)

        run_in_background(fn, finish, crash, self)

    def _set_running(self, running: bool) -> None:
        raise NotImplementedError

    def show_unexpected(self, error: BaseException, unchanged: str) -> None:
        """An error the work did not foresee: one line in the report, never silence.

        The progress bar stops; the traceback goes to the standard error stream only,
        for whoever looks into it."""
        trace = getattr(error, "__traceback_text__", "")
        if trace:
            print(trace, file=sys.stderr, end="" if trace.endswith("\n") else "\n")
        self.progress.setVisible(False)
        self.show_report(
            [
                self.tr(
                    "Something went wrong that the app did not expect: {error}. {unchanged}"
                ).format(error=one_line(error).rstrip("."), unchanged=unchanged)
            ]
        )

    def show_report(self, lines: list[str]) -> None:
        if not self.running:
            self.progress.setVisible(False)  # the report says how it ended
        self.report.setPlainText("\n".join(lines))
        if not self.report.isVisible():
            self.report.setVisible(True)
            self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Grow (never shrink) to hold everything at its full height, within the screen.

        The least the contents need, not their preferred size: the report's own
        minimum is a few lines, and it takes whatever room the dialog has beyond that.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), layout.totalMinimumSize().width())
        need = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():  # wrapped labels: their lines at this width
            need = max(need, layout.totalMinimumHeightForWidth(width))
        height = max(self.height(), need)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, max(room.width(), self.minimumWidth()))
            height = min(height, max(room.height(), self.minimumHeight()))
        self.resize(width, height)

    def _cancel(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        # Closing with Escape while work runs means "stop", not "hide and keep going".
        if self.running:
            self._cancel()
            return
        super().reject()


# ---- export -----------------------------------------------------------------------------


class ExportDialog(_RunningDialog):
    """Choose what to export (everything, a date range, this week) and where; then export."""

    finished_report = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.unreadable: set[int] = set()
        self.last_report: ExportReport | None = None
        self.setWindowTitle(self.tr("Export to Markdown"))
        self.setObjectName("exportDialog")
        self.setMinimumWidth(460)

        warning = QLabel(
            self.tr(
                "Exports are plain text files, not encrypted. Anyone who can open the "
                "folder can read them, so keep them somewhere private."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("exportWarning")

        what = QGroupBox(self.tr("What to export"))
        self.everything = QRadioButton(self.tr("&Everything"))
        self.range_choice = QRadioButton(self.tr("A &date range"))
        today = today_local()
        week = label_for_day(today, workspace.settings.week_start)
        self.week_label = week
        self.this_week = QRadioButton(self.tr("This &week ({week})").format(week=week))
        self.everything.setChecked(True)
        self.scope = QButtonGroup(self)
        for button in (self.everything, self.range_choice, self.this_week):
            self.scope.addButton(button)
        month_ago = today - timedelta(days=30)
        self.start_edit = QDateEdit(QDate(month_ago.year, month_ago.month, month_ago.day))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_choice)
        range_row.addWidget(QLabel(self.tr("from")))
        range_row.addWidget(self.start_edit)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.end_edit)
        range_row.addStretch(1)
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.everything)
        what_layout.addLayout(range_row)
        what_layout.addWidget(self.this_week)
        self.range_choice.toggled.connect(self._update_enabled)

        how = QGroupBox(self.tr("As"))
        self.as_folder = QRadioButton(self.tr("A &folder with one file per entry"))
        self.as_file = QRadioButton(self.tr("One &Markdown file"))
        self.as_folder.setChecked(True)
        self.shape = QButtonGroup(self)
        self.shape.addButton(self.as_folder)
        self.shape.addButton(self.as_file)
        how_layout = QVBoxLayout(how)
        how_layout.addWidget(self.as_folder)
        how_layout.addWidget(self.as_file)

        self.target = QLineEdit()
        self.as_folder.toggled.connect(lambda _=False: self.target.clear())
        self.target.setAccessibleName(self.tr("Export to"))
        self.target.setPlaceholderText(self.tr("Choose where the export goes"))
        choose = plain_button(self.tr("C&hoose…"))
        self.choose_button = choose
        choose.clicked.connect(self._choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(choose)
        form = QFormLayout()
        target_label = QLabel(self.tr("Export &to:"))
        target_label.setBuddy(self.target)
        form.addRow(target_label, target_row)

        self.export_button = QPushButton(self.tr("&Export"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.export_button)
        self.export_button.clicked.connect(lambda _=False: self.run_export())

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(what)
        layout.addWidget(how)
        layout.addLayout(form)
        self.finish_layout(layout)
        self._update_enabled()

    def _update_enabled(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(self.range_choice.isChecked())

    def _choose_target(self) -> None:
        chosen = ask_export_folder(self) if self.as_folder.isChecked() else ask_export_file(self)
        if chosen is not None:
            self.target.setText(str(chosen))

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        if not running:
            self.export_button.setDefault(True)  # Qt drops the default from a disabled button
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def run_export(self, force: bool = False) -> None:
        text = self.target.text().strip()
        if not text:
            self._choose_target()
            text = self.target.text().strip()
            if not text:
                return
        if self.range_choice.isChecked() and self.start_edit.date() > self.end_edit.date():
            self.show_report([self.tr("The start date is after the end date; please swap them.")])
            return
        target = Path(text).expanduser()
        single = self.as_file.isChecked()
        start = end = None
        week = None
        if self.range_choice.isChecked():
            start = self.start_edit.date().toPython()
            end = self.end_edit.date().toPython()
        elif self.this_week.isChecked():
            week = self.week_label
        workspace = self.workspace
        progress = self.progress_callback()
        cancelled = self.cancel_event.is_set

        unreadable: set[int] = set()
        self.unreadable = unreadable  # damaged rows the read passed over, for the report

        def work() -> ExportReport:
            from attune_journal.exchange.commands import (
                entries_for_export,
                partner_files_for_export,
            )

            entries = entries_for_export(
                workspace,
                start,  # type: ignore[arg-type]
                end,  # type: ignore[arg-type]
                week,
                unreadable,
            )
            if single:
                return export_markdown_file(
                    entries,
                    target,
                    force,
                    progress=progress,
                    cancelled=cancelled,
                    data_dir=workspace.paths.root,  # never over the journal's own files
                )
            return export_markdown_folder(
                entries,
                target,
                force,
                progress=progress,
                cancelled=cancelled,
                data_dir=workspace.paths.root,
                # The weeks partners shared go with a whole-journal or one-week export.
                extra_files=partner_files_for_export(workspace, start, end, week),  # type: ignore[arg-type]
            )

        self.report.setVisible(False)
        self.start(work, self._done, self._failed)

    def _done(self, report: ExportReport) -> None:
        self.last_report = report
        entries, written = report.entries, report.written  # plain names: lupdate's counts
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.show_report(
            [
                self.tr("Exported %n entries to {target}.", "", entries).format(
                    target=report.target
                ),
                self.tr("%n files written, {same} already up to date.", "", written).format(
                    same=report.unchanged
                ),
                *(
                    [
                        self.tr(
                            "Left out, damaged beyond reading: {n}. "
                            "The command “attune-journal check” names them."
                        ).format(n=len(self.unreadable))
                    ]
                    if self.unreadable
                    else []
                ),
                self.tr("Remember: these files are plain text, not encrypted."),
            ]
        )
        self.finished_report.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        if isinstance(error, ExportConflict):
            if ask_replace(self, error):
                self.run_export(force=True)
                return
            self.show_report([self.tr("Nothing was written. Choose another place to export to.")])
        elif isinstance(error, ExportCancelled):
            self.show_report([str(error)])
        elif isinstance(error, ExportError | OSError):
            self.show_report([self.tr("The export did not finish: {error}").format(error=error)])
        else:
            self.show_unexpected(error, self.tr("Your journal is unchanged."))


# ---- import -----------------------------------------------------------------------------

AUTO = "auto"
"""The Import dialog's first choice: tell the format from the file."""
ANY_EXPORT = QT_TRANSLATE_NOOP(
    "ImportDialog", "Journal exports (*.md *.txt *.jrnl *.json *.zip *.csv);;All files (*)"
)


class ImportDialog(_RunningDialog):
    """Choose a format and a file; import all or nothing; show what came in and what not."""

    finished_report = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        bridge: JournalBridge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from attune_journal.exchange.importing import ImportReport

        self.workspace = workspace
        self.bridge = bridge
        self.last_report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import entries"))
        self.setObjectName("importDialog")
        self.setMinimumWidth(520)
        self.detected: Detected | None = None
        self._read_as: list[str] = []

        intro = QLabel(
            self.tr(
                "Bring in what you wrote elsewhere. A backup is taken first, and entries "
                "already in your journal are skipped, so importing twice is safe."
            )
        )
        intro.setWordWrap(True)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format"))
        self.format_box.addItem(self.tr("Detect automatically"), AUTO)
        for fmt in IMPORT_FORMATS.values():
            self.format_box.addItem(QCoreApplication.translate("ImportFormats", fmt.label), fmt.id)
        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        self.detected_label.setObjectName("importDetected")
        self.detected_label.setAccessibleName(self.tr("Detected format"))
        self.detected_label.setVisible(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("importHint")
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("File to import"))
        self.source.setPlaceholderText(self.tr("Choose the file to import"))
        # Typing a path is looked at once the typing pauses; a chosen one at once.
        self._detect_timer = QTimer(self)
        self._detect_timer.setSingleShot(True)
        self._detect_timer.setInterval(300)
        self._detect_timer.timeout.connect(self.detect_now)
        self.source.textChanged.connect(lambda _text: self._detect_timer.start())
        choose_file = plain_button(self.tr("Choose &file…"))
        self.choose_file = choose_file
        choose_file.clicked.connect(self._choose_file)
        self.choose_folder = plain_button(self.tr("Choose f&older…"))
        self.choose_folder.clicked.connect(self._choose_folder)
        # The path gets the whole width; the two buttons sit on their own line under it.
        source_row = QVBoxLayout()
        source_row.addWidget(self.source)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(choose_file)
        source_buttons.addWidget(self.choose_folder)
        source_buttons.addStretch(1)
        source_row.addLayout(source_buttons)
        self.time_format = QLineEdit()
        self.time_format.setAccessibleName(self.tr("jrnl time format"))
        self.time_format.setPlaceholderText("%Y-%m-%d %H:%M")
        self.time_format_label = QLabel(self.tr("jrnl &time format:"))
        self.time_format_label.setBuddy(self.time_format)

        form = QFormLayout()
        format_label = QLabel(self.tr("F&ormat:"))
        format_label.setBuddy(self.format_box)
        source_label = QLabel(self.tr("&From:"))
        source_label.setBuddy(self.source)
        form.addRow(source_label, source_row)
        form.addRow(format_label, self.format_box)
        form.addRow("", self.detected_label)
        form.addRow(self.time_format_label, self.time_format)

        self.import_button = QPushButton(self.tr("&Import"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        make_primary(self.import_button)
        self.import_button.clicked.connect(lambda _=False: self.run_import())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.finish_layout(layout)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def format_id(self) -> str:
        """The format chosen in the list: a format id, or ``AUTO``."""
        return str(self.format_box.currentData())

    def set_format(self, format_id: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(format_id))

    def effective_format(self) -> str | None:
        """The format the import will read with: the one chosen, or the one detected."""
        chosen = self.format_id()
        if chosen != AUTO:
            return chosen
        return self.detected.format_id if self.detected is not None else None

    def detect_now(self) -> None:
        """Tell the chosen file's format from its first few KB and say what was found."""
        self._detect_timer.stop()
        text = self.source.text().strip()
        self.detected = None
        if not text:
            self.detected_label.setVisible(False)
            self._format_changed()
            return
        from attune_journal.exchange.parsed import ImportFormatError

        try:
            self.detected = detect_format(Path(text).expanduser())
        except ImportFormatError as error:
            self.detected_label.setText(str(error))
        else:
            fmt = self.detected.format
            if fmt is None:
                self.detected_label.setText(
                    self.tr("The format could not be told ({why}); choose it in the list.").format(
                        why=self.detected.because
                    )
                )
            else:
                self.detected_label.setText(
                    self.tr("Detected: {label}; {why}.").format(
                        label=QCoreApplication.translate("ImportFormats", fmt.label),
                        why=self.detected.because,
                    )
                )
        self.detected_label.setVisible(True)
        self._format_changed()

    def _format_changed(self) -> None:
        chosen = self.format_id()
        effective = IMPORT_FORMATS.get(self.effective_format() or "")
        if chosen == AUTO:
            self.hint.setText(
                self.tr(
                    "The format is told from the file itself: our Markdown export (a file "
                    "or folder), jrnl, Day One or Daylio. To name it yourself, choose it "
                    "in the list."
                )
            )
            self.choose_folder.setVisible(True)
        else:
            fmt = IMPORT_FORMATS[chosen]
            self.hint.setText(QCoreApplication.translate("ImportFormats", fmt.hint))
            self.choose_folder.setVisible(fmt.folder)
        uses_time = effective is not None and effective.uses_time_format
        self.time_format.setVisible(uses_time)
        self.time_format_label.setVisible(uses_time)
        if self.isVisible():
            self._grow_to_fit()  # a line more (what was detected) must not squeeze the rest

    def _choose_file(self) -> None:
        chosen_format = IMPORT_FORMATS.get(self.format_id())
        file_filter = (
            QCoreApplication.translate("ImportFormats", chosen_format.file_filter)
            if chosen_format
            else self.tr(ANY_EXPORT)
        )
        chosen = ask_import_file(self, file_filter)
        if chosen is not None:
            self.source.setText(str(chosen))
            self.detect_now()

    def _choose_folder(self) -> None:
        chosen = ask_import_folder(self)
        if chosen is not None:
            self.source.setText(str(chosen))
            self.detect_now()

    def _set_running(self, running: bool) -> None:
        self.import_button.setEnabled(not running)
        if not running:
            self.import_button.setDefault(True)  # Qt drops the default from a disabled button
        self.format_box.setEnabled(not running)
        self.source.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def run_import(self) -> None:
        from attune_journal.exchange.importing import run_import

        text = self.source.text().strip()
        if not text:
            self._choose_file()
            text = self.source.text().strip()
            if not text:
                return
        workspace = self.workspace
        chosen = self.format_id()
        path = Path(text).expanduser()
        time_format = self.time_format.text().strip() or None
        progress = self.progress_callback()
        cancelled = self.cancel_event.is_set
        read_as: list[str] = []
        self._read_as = read_as
        not_told = self.tr("{name}: the format could not be told ({why}); choose it in the list.")

        def work() -> object:
            from attune_journal.exchange.parsed import ImportFormatError

            format_id = chosen
            if format_id == AUTO:
                # Told again here, off the GUI thread: the file may have changed since.
                found = detect_format(path)
                if found.format_id is None:
                    raise ImportFormatError(
                        not_told.format(name=path.name or path, why=found.because)
                    )
                format_id = found.format_id
                read_as.append(IMPORT_FORMATS[format_id].name)
            return run_import(workspace, format_id, path, time_format, progress, cancelled)

        self.report.setVisible(False)
        self.start(work, self._done, self._failed)

    def _done(self, report: Any) -> None:
        self.last_report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        read_as = [
            self.tr("Read {name} as {format}.").format(name=report.source.name, format=fmt)
            for fmt in self._read_as
        ]
        self.show_report([*read_as, *report.lines(listed=200)])
        if report.imported and self.bridge is not None:
            self.bridge.announce_many()
        self.finished_report.emit(report)

    def _failed(self, error: BaseException) -> None:
        from attune_journal.core.models import ValidationError
        from attune_journal.exchange.importing import ImportCancelled
        from attune_journal.exchange.parsed import ImportFormatError
        from attune_journal.storage.errors import StoreError

        self.progress.setVisible(False)
        if isinstance(error, ImportCancelled):
            self.show_report([str(error)])
        elif isinstance(error, ImportFormatError | ValidationError | StoreError | OSError):
            self.show_report(
                [
                    self.tr("Nothing was imported; your journal is unchanged."),
                    str(error),
                ]
            )
        else:
            self.show_unexpected(error, self.tr("Nothing was changed."))


# ---- entry points for the main window ---------------------------------------------------


def open_export_dialog(workspace: Workspace, parent: QWidget) -> ExportDialog:
    dialog = ExportDialog(workspace, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_import_dialog(
    workspace: Workspace, bridge: JournalBridge, parent: QWidget
) -> ImportDialog:
    dialog = ImportDialog(workspace, bridge, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

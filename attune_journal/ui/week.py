"""The Week screen: one week's review, and the person's own reflection on it.

Weeks are browsed by ISO label under the person's week start (previous, next,
"this week", or any day picked in a calendar). The review itself is
``core.review``'s Markdown shown as rich text, so the app, the CLI and the
export say the same thing. The reflection (what went well, what was hard, an
intention) autosaves as the week's one ``WeeklyReview`` through the bridge.
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.markdown_text import summary_line
from attune_journal.core.models import WeeklyReview, entry_text
from attune_journal.core.review import (
    WeekReviewData,
    load_week_review,
    md_escape,
    next_week,
    previous_week,
    render_markdown,
    week_title,
)
from attune_journal.core.stats import Window
from attune_journal.core.timeutil import today_local
from attune_journal.core.weeks import label_for_day, week_range
from attune_journal.paths import atomic_write_text
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.widgets.flow_layout import FlowLayout
from attune_journal.ui.workers import run_in_background
from attune_journal.workspace import Workspace

if TYPE_CHECKING:
    from attune_journal.core.insights import Insight

AUTOSAVE_MS = 800


def ask_markdown_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to export the week; None when cancelled. Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WeekScreen", "Export this week as Markdown"),
        suggested,
        QCoreApplication.translate("WeekScreen", "Markdown (*.md)"),
    )
    return path or None


class WeekScreen(QWidget):
    def __init__(self, workspace: Workspace, bridge: JournalBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = bridge
        self.week = label_for_day(today_local(), workspace.settings.week_start)
        self.data: WeekReviewData | None = None
        # "What stands out" sentences that touch the shown week, found off the GUI thread
        # from insights over the whole journal (kept until an entry changes).
        self.stand_out: list[str] = []
        self._insights: tuple[Insight, ...] | None = None
        self._loading = False

        self.prev_button = QPushButton(self.tr("← Previous week"))
        self.prev_button.setAccessibleName(self.tr("Previous week"))
        self.prev_button.clicked.connect(lambda: self.show_week(self._shift(-1)))
        self.next_button = QPushButton(self.tr("Next week →"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.show_week(self._shift(1)))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.clicked.connect(self.show_this_week)
        today = today_local()
        self.picker = QDateEdit(QDate(today.year, today.month, today.day))
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.picker.setAccessibleName(self.tr("Pick a day to see its week"))
        self.picker.setToolTip(self.tr("Pick any day to see the week it belongs to"))
        self.picker.dateChanged.connect(self._picked)
        self.export_button = QPushButton(self.tr("Export as Markdown…"))
        self.export_button.setAccessibleName(self.tr("Export this week as Markdown"))
        self.export_button.setToolTip(self.tr("Export this week as Markdown"))
        self.export_button.clicked.connect(self.export_markdown)

        # Moving between weeks on one row, the week's title with its export on the next:
        # in one row the five controls were squeezed past their text in a small window.
        # Each button as wide as its text; the row wraps when the window is too narrow.
        nav = FlowLayout(spacing=6)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.this_week_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.picker)

        self.title = QLabel()
        self.title.setObjectName("heading")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # a narrow window wraps the dates rather than cut them
        self.title.setAccessibleName(self.tr("Week shown"))
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.review_view = QTextBrowser()
        self.review_view.setOpenLinks(False)
        self.review_view.setAccessibleName(self.tr("This week's review"))

        self.went_well = QPlainTextEdit()
        self.was_hard = QPlainTextEdit()
        self.intention = QPlainTextEdit()
        hints = (
            (self.went_well, self.tr("What went well"), self.tr("Small things count too…")),
            (self.was_hard, self.tr("What was hard"), self.tr("No need to fix it here…")),
            (
                self.intention,
                self.tr("Intention for next week"),
                self.tr("One gentle thing to carry forward…"),
            ),
        )
        form = QFormLayout()
        # Labels above their boxes: beside them, the labels took half of a narrow column.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for editor, label, placeholder in hints:
            editor.setAccessibleName(label)
            editor.setPlaceholderText(placeholder)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(60)
            editor.textChanged.connect(self._edited)
            form.addRow(label, editor)
        self.save_status = QLabel()
        self.save_status.setObjectName("hint")
        self.save_status.setAccessibleName(self.tr("Reflection save status"))
        reflection = QWidget()
        reflection_layout = QVBoxLayout(reflection)
        reflection_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Your reflection (saved as you type)"))
        caption.setObjectName("caption")
        reflection_layout.addWidget(caption)
        reflection_layout.addLayout(form)
        reflection_layout.addWidget(self.save_status)

        splitter = QSplitter()
        splitter.addWidget(self.review_view)
        splitter.addWidget(reflection)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(nav)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)

        # Tab follows what the eye reads: the week controls left to right, then the review
        # and the three reflection boxes.
        order = (
            self.prev_button,
            self.this_week_button,
            self.next_button,
            self.picker,
            self.export_button,
            self.review_view,
            self.went_well,
            self.was_hard,
            self.intention,
        )
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_reflection)
        bridge.entries_changed.connect(self._entries_changed)
        bridge.settings_changed.connect(self._settings_changed)
        self.show_week(self.week)

    # ---- navigation ----------------------------------------------------------------------

    def focus_first(self) -> None:
        self.went_well.setFocus()

    def _first_weekday(self) -> int:
        return self.workspace.settings.week_start

    def _shift(self, weeks: int) -> str:
        step = next_week if weeks > 0 else previous_week
        return step(self.week, self._first_weekday())

    def show_this_week(self) -> None:
        self.show_week(label_for_day(today_local(), self._first_weekday()))

    def _picked(self, day: QDate) -> None:
        if self._loading:
            return
        self.show_week(label_for_day(day.toPython(), self._first_weekday()))  # type: ignore[arg-type]

    def show_week(self, week: str) -> None:
        """Show ``week`` (saving any pending reflection of the week being left first)."""
        if self._autosave.isActive():
            self._autosave.stop()
            self.save_reflection()
        self.week = week
        self._loading = True
        try:
            self._load()
        finally:
            self._loading = False

    def _load(self) -> None:
        settings = self.workspace.settings
        window = Window(settings.window_low, settings.window_high)
        self.data = load_week_review(self.workspace.journal, self.week, window, settings.week_start)
        self.title.setText(week_title(self.data))
        self.title.setToolTip(self.data.week)  # the ISO label the command line takes
        start, _end = week_range(self.week, settings.week_start)
        self.picker.setDate(QDate(start.year, start.month, start.day))
        self.stand_out = []
        self._render()
        self._find_what_stands_out()
        reflection = self.data.reflection
        for editor, text in (
            (self.went_well, reflection.went_well if reflection else ""),
            (self.was_hard, reflection.was_hard if reflection else ""),
            (self.intention, reflection.intention if reflection else ""),
        ):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
        self.save_status.setText("")
        this_week = label_for_day(today_local(), settings.week_start)
        self.next_button.setEnabled(self.week < this_week)

    def _shown_data(self) -> WeekReviewData:
        """The week as shown here: a starred entry's line is its text as plain words, cut at
        a word with "…" (``**tight**`` reads "tight", not the marks escaped)."""
        assert self.data is not None
        starred = []
        for item in self.data.starred:
            entry = self.workspace.journal.get(item.entry_id) if item.entry_id else None
            text = summary_line(entry_text(entry), 120) if entry else summary_line(item.text)
            starred.append(dataclasses.replace(item, text=text))
        return dataclasses.replace(self.data, starred=starred)

    def _render(self) -> None:
        assert self.data is not None
        markdown = render_markdown(self._shown_data())
        # The title is shown above; the reflection is edited beside. Show the rest.
        body = markdown.split("\n", 1)[1]
        body = body.split("## My reflection", 1)[0]
        if self.data.quiet:
            body = "\n" + self.tr(
                "No check-ins this week, and that's all right. Some weeks are for living "
                "rather than writing. You can still jot down a few words on the right."
            )
        if self.stand_out:
            heading = self.tr("What stands out, with this week in it")
            lines = "\n".join(f"- {md_escape(line)}" for line in self.stand_out)
            body = body.rstrip() + f"\n\n## {heading}\n\n{lines}\n"
        self.review_view.setMarkdown(body)

    def _find_what_stands_out(self) -> None:
        """The insights (over the whole journal) whose check-ins include this week's."""
        settings = self.workspace.settings
        journal, week = self.workspace.journal, self.week
        start, end = week_range(week, settings.week_start)
        known = self._insights
        hidden = (list(settings.hidden_insights), list(settings.hidden_insight_kinds))

        def work() -> tuple[str, tuple[Insight, ...], list[str]]:
            from attune_journal.core.insights import load_insights, shown, touching

            found = known if known is not None else load_insights(journal, None, None).insights
            week_ids = [e.id for e in journal.entries(start, end, kinds=("checkin",)) if e.id]
            near = touching(shown(found, *hidden), week_ids) if week_ids else []
            return week, found, [insight.sentence() for insight in near]

        run_in_background(work, self._stand_out_arrived, lambda _error: None, self)

    def _stand_out_arrived(self, result: tuple[str, tuple[Insight, ...], list[str]]) -> None:
        week, found, lines = result
        self._insights = found
        if week == self.week and lines != self.stand_out:
            self.stand_out = lines
            self._render()

    # ---- reflection ------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self.save_status.setText(self.tr("Editing…"))
        self._autosave.start()

    def save_reflection(self) -> bool:
        """Save the reflection as the week's one WeeklyReview; edits the existing one."""
        self._autosave.stop()
        texts = (
            self.went_well.toPlainText(),
            self.was_hard.toPlainText(),
            self.intention.toPlainText(),
        )
        existing = self.workspace.journal.weekly_review(self.week)
        if existing is None and not any(t.strip() for t in texts):
            return True  # nothing written, nothing to keep
        review = existing or WeeklyReview(week=self.week)
        if (review.went_well, review.was_hard, review.intention) == texts:
            return True
        review.went_well, review.was_hard, review.intention = texts
        try:
            self.bridge.save(review)
        except SaveFailed as error:
            # The text stays in the editors; nothing is lost.
            self.save_status.setText(str(error))
            return False
        self.save_status.setText(self.tr("Saved."))
        return True

    def before_close(self) -> None:
        if self._autosave.isActive():
            self.save_reflection()

    def _entries_changed(self, _ids: object) -> None:
        # Our own autosave also lands here; the review's numbers do not depend on it,
        # and reloading would move the cursor, so only the summary is redrawn.
        if self._loading or self._autosave.isActive():
            return
        self._insights = None  # worked out again from the changed journal
        settings = self.workspace.settings
        self.data = load_week_review(
            self.workspace.journal,
            self.week,
            Window(settings.window_low, settings.window_high),
            settings.week_start,
        )
        self._render()
        self._find_what_stands_out()

    def _settings_changed(self) -> None:
        self.show_week(label_for_day(week_range(self.week)[0], self._first_weekday()))

    # ---- export ------------------------------------------------------------------------------

    def export_markdown(self) -> Path | None:
        self.save_reflection()
        settings = self.workspace.settings
        data = load_week_review(
            self.workspace.journal,
            self.week,
            Window(settings.window_low, settings.window_high),
            settings.week_start,
        )
        chosen = ask_markdown_path(self, f"{self.week}.md")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".md":
            path = path.with_name(path.name + ".md")
        try:
            atomic_write_text(path, render_markdown(data))
        except OSError as error:
            self.save_status.setText(
                self.tr("The week could not be exported: {error}").format(
                    error=error.strerror or error
                )
            )
            return None
        self.save_status.setText(self.tr("Exported to {path}.").format(path=path))
        return path

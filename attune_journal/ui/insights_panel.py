"""Trends' "What stands out": the insights of the chosen range, in plain words.

``core.insights`` does every comparison and writes every sentence; this panel only
asks for them off the GUI thread (``ui.workers``), lists them, and lets the person
open the entries behind one in History ("Show these entries"), hide one, or hide every
one of its kind. What is hidden is kept in the settings (``hidden_insights``,
``hidden_insight_kinds``) and "Show hidden insights again" brings it all back.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import QT_TRANSLATE_NOOP
from attune_journal.core.insights import Insight, InsightReport, load_insights, shown
from attune_journal.ui.bridge import JournalBridge
from attune_journal.ui.navigation import Navigation
from attune_journal.ui.widgets.flow_layout import FlowLayout
from attune_journal.ui.workers import run_in_background
from attune_journal.workspace import Workspace

# What "Hide all like this" hides, in words for its accessible name and tool tip
# ("Hide everything about {what}"); translated where shown.
KIND_WORDS = {
    "need-activation": QT_TRANSLATE_NOOP("InsightRow", "needs and activation"),
    "need-pleasant": QT_TRANSLATE_NOOP("InsightRow", "needs and pleasant feelings"),
    "time-activation": QT_TRANSLATE_NOOP("InsightRow", "times of day"),
    "weekday-activation": QT_TRANSLATE_NOOP("InsightRow", "days of the week"),
    "body-pleasant": QT_TRANSLATE_NOOP("InsightRow", "body areas"),
    "tag-activation": QT_TRANSLATE_NOOP("InsightRow", "tags"),
}


def short_title(insight: Insight) -> str:
    """The sentence's first part, before its numbers: what History's caption names."""
    sentence = insight.sentence()
    head, colon, _rest = sentence.partition(":")
    return head if colon else sentence.rstrip(".")


class ExplainDialog(QDialog):
    """ "How is this worked out?": the report's own explanation, with this range's numbers."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        paragraphs = text.split("\n\n")
        title = paragraphs[0] if paragraphs else ""
        self.setWindowTitle(title)
        self.body = QLabel("\n\n".join(paragraphs[1:]))
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.setContentsMargins(0, 0, 10, 0)  # words clear of the scroll bar
        self.body.setAccessibleName(title)
        self.body.setAccessibleDescription(self.body.text())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 64
        self.resize(width, self.fontMetrics().height() * 24)


class InsightRow(QFrame):
    """One insight: its sentence and what can be done with it."""

    def __init__(self, insight: Insight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.insight = insight
        self.setObjectName("insightRow")
        sentence = insight.sentence()
        self.sentence = QLabel(sentence)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setAccessibleName(sentence)
        title = short_title(insight)
        self.show_button = QPushButton(self.tr("Show these entries"))
        self.show_button.setAccessibleName(
            self.tr("Show the entries behind: {title}").format(title=title)
        )
        self.show_button.setAccessibleDescription(sentence)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide: {title}").format(title=title))
        self.hide_button.setToolTip(self.tr("Hide this one; it stays hidden in every range"))
        self.hide_kind_button = QPushButton(self.tr("Hide all like this"))
        words = QCoreApplication.translate("InsightRow", KIND_WORDS.get(insight.kind, insight.kind))
        self.hide_kind_button.setAccessibleName(
            self.tr("Hide everything about {what}").format(what=words)
        )
        self.hide_kind_button.setToolTip(
            self.tr("Hide every sentence about {what}").format(what=words)
        )
        buttons = FlowLayout(spacing=6)
        for button in (self.show_button, self.hide_button, self.hide_kind_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.sentence)
        layout.addLayout(buttons)

    def focusables(self) -> list[QWidget]:
        return [self.show_button, self.hide_button, self.hide_kind_button]


class InsightsPanel(QFrame):
    """ "What stands out" for a range: the headline, each insight, and the explanation."""

    # After a range's insights were shown, or could not be worked out.
    settled = Signal()

    def __init__(
        self,
        workspace: Workspace,
        bridge: JournalBridge,
        parent: QWidget | None = None,
        *,
        navigation: Navigation | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge = bridge
        self.navigation = navigation
        self.setObjectName("chartPanel")  # looks like the other Trends panels
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("What stands out"))
        self.report: InsightReport | None = None
        self.error: str | None = None
        self.rows: list[InsightRow] = []
        self.dialog: ExplainDialog | None = None
        self._token = 0
        self._generation = 0  # counts changes to entries: a change means a fresh look
        self._key: tuple[date | None, date | None, int] | None = None

        self.title = QLabel(self.tr("What stands out"))
        self.title.setObjectName("caption")
        self.explain_button = QPushButton(self.tr("How is this worked out?"))
        self.explain_button.setToolTip(
            self.tr("How these comparisons are made, and how often one may be a fluke")
        )
        self.explain_button.clicked.connect(self.show_explanation)
        self.headline = QLabel(self.tr("Looking for what stands out…"))
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setAccessibleName(self.tr("What stands out: summary"))
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("hint")
        self.hidden_note.setWordWrap(True)
        self.show_hidden_button = QPushButton(self.tr("Show hidden insights again"))
        self.show_hidden_button.clicked.connect(self.show_hidden_again)
        hidden_row = QHBoxLayout()
        hidden_row.setContentsMargins(0, 0, 0, 0)
        hidden_row.addWidget(self.hidden_note, 1)
        hidden_row.addWidget(self.show_hidden_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hidden_box = QWidget()
        self.hidden_box.setLayout(hidden_row)
        self.hidden_box.hide()

        self.list_box = QWidget()
        self.list_box.setAccessibleName(self.tr("Insights"))
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(0)

        header = FlowLayout(spacing=6)
        header.addWidget(self.title)
        header.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.headline)
        layout.addWidget(self.list_box)
        layout.addWidget(self.hidden_box)

        bridge.entries_changed.connect(self._entries_changed)

    # ---- loading ---------------------------------------------------------------------------

    def _entries_changed(self, _ids: object) -> None:
        self._generation += 1

    def load(self, start: date | None, end: date | None) -> None:
        """Find what stands out in ``[start, end]`` in the background (None: open ends).

        The same range with no entry changed since is not worked out again: Trends asks
        after every refresh, a changed setting included.
        """
        key = (start, end, self._generation)
        if key == self._key and self.report is not None:
            self.settled.emit()
            return
        self._key = key
        self._token += 1
        token = self._token
        journal = self.workspace.journal
        if self.report is None:
            self.headline.setText(self.tr("Looking for what stands out…"))

        def work() -> tuple[int, InsightReport]:
            return token, load_insights(journal, start, end)

        run_in_background(work, self._arrived, self._failed, self)

    def _arrived(self, result: tuple[int, InsightReport]) -> None:
        token, report = result
        if token != self._token:
            return  # another range was asked for since
        self.report = report
        self.error = None
        self._show()
        self.settled.emit()

    def _failed(self, error: BaseException) -> None:
        self._key = None
        self.error = str(error)
        self.headline.setText(
            self.tr("What stands out could not be worked out: {error}").format(error=error)
        )
        self.settled.emit()

    # ---- showing ---------------------------------------------------------------------------

    def visible_insights(self) -> list[Insight]:
        """The report's insights the person has not hidden, strongest first."""
        if self.report is None:
            return []
        settings = self.workspace.settings
        return shown(self.report.insights, settings.hidden_insights, settings.hidden_insight_kinds)

    def _show(self, focus_row: int | None = None) -> None:
        report = self.report
        if report is None:
            return
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        shown = self.visible_insights()
        hidden = len(report.insights) - len(shown)
        self.headline.setText(report.headline())
        self.headline.setAccessibleDescription(report.headline())
        for insight in shown:
            row = InsightRow(insight, self.list_box)
            row.show_button.clicked.connect(lambda _=False, i=insight: self.show_entries(i))
            row.hide_button.clicked.connect(lambda _=False, i=insight: self.hide_insight(i))
            row.hide_kind_button.clicked.connect(lambda _=False, i=insight: self.hide_kind(i))
            self.list_layout.addWidget(row)
            self.rows.append(row)
        self.list_box.setVisible(bool(self.rows))
        settings = self.workspace.settings
        any_hidden = bool(settings.hidden_insights or settings.hidden_insight_kinds)
        if hidden:
            note = self.tr("%n of them are hidden.", "", hidden)
        else:
            note = self.tr("Some kinds of insight are hidden.")
        self.hidden_note.setText(note)
        self.hidden_box.setVisible(any_hidden)
        # Keyboard order: the explanation, then each insight's buttons, then "show again".
        chain: list[QWidget] = [self.explain_button]
        for row in self.rows:
            chain.extend(row.focusables())
        chain.append(self.show_hidden_button)
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        if focus_row is not None:
            if self.rows:
                self.rows[min(focus_row, len(self.rows) - 1)].show_button.setFocus()
            elif any_hidden:
                self.show_hidden_button.setFocus()
            else:
                self.explain_button.setFocus()

    def show_explanation(self) -> None:
        if self.report is None:
            return
        self.dialog = ExplainDialog(self.report.explain(), self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._explanation_closed)
        self.dialog.open()
        self.dialog.body.setFocus()

    def _explanation_closed(self) -> None:
        self.dialog = None
        self.explain_button.setFocus()

    # ---- what a person can do with one -----------------------------------------------------

    def show_entries(self, insight: Insight) -> None:
        """History with exactly the entries behind ``insight``."""
        if self.navigation is None or not self.navigation.offers_screen("history"):
            return
        self.navigation.show_entries_in_history(list(insight.entry_ids), short_title(insight))

    def _row_of(self, insight: Insight) -> int:
        return next((n for n, row in enumerate(self.rows) if row.insight.id == insight.id), 0)

    def hide_insight(self, insight: Insight) -> None:
        row = self._row_of(insight)
        settings = self.workspace.settings
        if insight.id not in settings.hidden_insights:
            settings.hidden_insights.append(insight.id)
        self._save_and_show(row)

    def hide_kind(self, insight: Insight) -> None:
        row = self._row_of(insight)
        settings = self.workspace.settings
        if insight.kind not in settings.hidden_insight_kinds:
            settings.hidden_insight_kinds.append(insight.kind)
        self._save_and_show(row)

    def show_hidden_again(self) -> None:
        settings = self.workspace.settings
        settings.hidden_insights.clear()
        settings.hidden_insight_kinds.clear()
        self._save_and_show(0)

    def _save_and_show(self, focus_row: int) -> None:
        self._show(focus_row)
        self.bridge.save_settings()

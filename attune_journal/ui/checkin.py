"""The guided check-in screen: seven steps, a progress line, drafts and saving.

Owns the flow around the pages in ``ui/checkin_steps.py``: Back / Skip / Next,
the "Step 3 of 7" line and its dots, the keys (Esc keeps a draft and leaves,
Ctrl+Enter or Ctrl+S finishes from any step, Alt+Left / Alt+Right move between
steps but never save), the "When" field in the header line of every step (``Now``
until changed, so last night's check-in can be written this morning), the debounced
draft (``ui/drafts.DraftSaver``), and saving through the bridge. While a saved
check-in is being changed, "Save changes" sits beside Next on every step.

Every step may be skipped; skipping them all still saves a valid, nearly empty
``CheckIn``. A save that fails keeps everything on screen and in the draft.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.drafts import (
    CHECKIN_DRAFT,
    CHECKIN_EDIT_DRAFT,
    CheckInDraft,
    checkin_from_payload,
    checkin_to_payload,
)
from attune_journal.core.i18n import format_date
from attune_journal.core.models import CheckIn
from attune_journal.core.similar import LOOKBACK, SimilarCheckIn, similar_checkins
from attune_journal.core.timeutil import now_local
from attune_journal.storage.errors import StoreError
from attune_journal.ui.bridge import JournalBridge, SaveFailed
from attune_journal.ui.checkin_steps import (
    ArrivePage,
    BodyPage,
    DonePage,
    FeelingsPage,
    NeedsPage,
    ReflectPage,
    RegulationPage,
    StepPage,
    push_button,
)
from attune_journal.ui.drafts import DraftSaver, describe_when
from attune_journal.ui.navigation import Navigation
from attune_journal.ui.quick_note import remember_strategy
from attune_journal.ui.widgets.when_edit import WhenEdit
from attune_journal.workspace import Workspace


def confirm_start_afresh(parent: QWidget) -> bool:
    """Ask before discarding a resumed draft; tests replace this function."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CheckInScreen", "Start afresh?"),
        QCoreApplication.translate(
            "CheckInScreen", "The unfinished check-in will be discarded. Start a new one?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class ProgressDots(QWidget):
    """One dot per step; done steps filled, the current one larger.

    The step label beside the dots says the same in words ("Step 2 of 7 · Body"), so the
    dots carry no accessible name or tool tip of their own: a screen reader would hear
    the step twice.
    """

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._current = 0
        self.setFixedHeight(18)

    def sizeHint(self) -> QSize:
        return QSize(self._count * 18, 18)

    def set_current(self, index: int) -> None:
        self._current = index
        self.update()

    def dot_centre(self, index: int) -> QPointF:
        """Where step ``index``'s dot is drawn: the first step at the reading start (the
        left, or the right in a right-to-left language)."""
        gap = 18
        x = self.width() - self._count * gap + index * gap + gap / 2
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = self.width() - x  # painting is never mirrored by Qt itself
        return QPointF(x, self.height() / 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        idle = self.palette().color(QPalette.ColorRole.Mid)
        for i in range(self._count):
            centre = self.dot_centre(i)
            cx, cy = centre.x(), centre.y()
            radius = 5.5 if i == self._current else 4.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if i <= self._current else idle)
            painter.drawEllipse(QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius))


class CheckInScreen(QWidget):
    """The guided check-in (screen key ``checkin``)."""

    saved = Signal(int)

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
        self._editing: CheckIn | None = None  # the saved entry being changed, if any
        self._started_at: datetime | None = None  # when this check-in began, for its time
        self._loading = False
        self._last_saved: CheckIn | None = None

        self.arrive = ArrivePage(workspace)
        self.body_page = BodyPage()
        self.feelings = FeelingsPage(workspace)
        self.needs = NeedsPage(workspace)
        self.regulation = RegulationPage(workspace)
        self.reflect = ReflectPage()
        self.done = DonePage()
        self.pages: list[StepPage] = [
            self.arrive,
            self.body_page,
            self.feelings,
            self.needs,
            self.regulation,
            self.reflect,
            self.done,
        ]

        self.step_label = QLabel()
        self.step_label.setObjectName("caption")
        self.dots = ProgressDots(len(self.pages))
        # When it happened, on every step: "Now" unless the person says otherwise.
        self.when = WhenEdit(self.tr("When this check-in happened"))
        self.when.changed.connect(self._changed)
        self.when.problem_changed.connect(self._when_problem)
        self._when_problem_shown = ""
        header = QHBoxLayout()
        header.addWidget(self.step_label)
        header.addStretch(1)
        header.addWidget(self.when)
        header.addSpacing(12)
        header.addWidget(self.dots)

        self.stack = QStackedWidget()
        self.scrolls: list[QScrollArea] = []
        for page in self.pages:
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.addWidget(scroll)
            self.scrolls.append(scroll)
            page.changed.connect(self._changed)

        self.back_button = push_button(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.skip_button = push_button(self.tr("Skip"))
        self.skip_button.clicked.connect(self.skip)
        self.next_button = push_button(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        # Changing a saved check-in: save from whichever step the change was made on.
        self.save_changes_button = push_button(self.tr("Save changes"))
        self.save_changes_button.setObjectName("primary")
        self.save_changes_button.setToolTip(self.tr("Save your changes now (Ctrl+S or Ctrl+Enter)"))
        self.save_changes_button.clicked.connect(self.finish)
        self.save_changes_button.hide()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Check-in status"))
        self.fresh_button = push_button(self.tr("Start afresh"))
        self.fresh_button.setToolTip(self.tr("Discard the unfinished check-in and begin anew"))
        self.fresh_button.clicked.connect(self._fresh_clicked)
        self.fresh_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.feedback, 1)
        status_row.addWidget(self.fresh_button)
        self.nav_row = QWidget()
        nav = QHBoxLayout(self.nav_row)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.save_changes_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.nav_row)

        self.reflect.tags.returnPressed.connect(self.go_next)
        self.regulation.note.returnPressed.connect(self.go_next)
        self.done.to_today.connect(self._to_today)
        self.done.new_checkin.connect(self.start_new)
        self.done.last_time.open_entry.connect(self._open_in_history)
        self.done.last_time.forget.connect(self._forget)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Esc", self.keep_and_leave),
            ("Ctrl+Return", self.finish),
            ("Ctrl+Enter", self.finish),
            # Ctrl+S saves on Today and in notes; here it does what Ctrl+Enter does.
            (QKeySequence.StandardKey.Save, self.finish),
            ("Alt+Left", self.go_back),
            ("Alt+Right", self.step_forward),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=context)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self.saver = DraftSaver(workspace.journal, CHECKIN_DRAFT, self._draft_payload, parent=self)
        self.saver.failed.connect(self._draft_failed)
        bridge.settings_changed.connect(self._settings_changed)
        self.start_new()

    # ---- steps ---------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def current_page(self) -> StepPage:
        return self.pages[self.index]

    def go_to(self, index: int) -> None:
        index = max(0, min(len(self.pages) - 1, index))
        if self.index == 0 and index != 0:
            self.arrive.stop_breathing()
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        last = len(self.pages)
        self.step_label.setText(
            self.tr("Step {n} of {total} · {name}").format(n=index + 1, total=last, name=page.title)
        )
        self.dots.set_current(index)
        done = page is self.done
        editing = self._editing is not None
        self.nav_row.setVisible(not done)
        self.when.setVisible(not done)
        self.save_changes_button.setVisible(editing and not done)
        self.back_button.setEnabled(index > 0)
        self.skip_button.setText(page.skip_text())
        self.skip_button.setToolTip(self.tr("Go on without answering this one"))
        if page is self.reflect:
            self.reflect.show_prompt(self.arrive.prompt_label.text())
            self.next_button.setText(self.tr("Finish"))
            self.next_button.setToolTip(self.tr("Save this check-in (Ctrl+Enter or Ctrl+S)"))
            self.skip_button.setText(self.tr("Skip and finish"))
        if page is self.reflect and editing:
            # "Save changes" beside them says it: no second button that saves.
            self.next_button.hide()
            self.skip_button.hide()
        else:
            self.next_button.show()
            self.skip_button.show()
        if page is not self.reflect:
            self.next_button.setText(self.tr("Next"))
            self.next_button.setToolTip(
                self.tr("Next step (Alt+Right); Ctrl+Enter or Ctrl+S saves now")
            )
        if not self._loading and not done:
            self._changed(step_only=True)
        # A step opens at its top, so its question is the first thing seen.
        self.scrolls[index].verticalScrollBar().setValue(0)
        if self.isVisible():
            page.focus_first()

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        # In a small window a step scrolls; keep the widget with keyboard focus in view.
        scroll = self.scrolls[self.index]
        if new is None or not scroll.isAncestorOf(new):
            return
        if old is None or not scroll.isAncestorOf(old):
            # Focus arriving in the step (it was just opened, or the window came back):
            # its first widget (the grid, the body map) may be taller than the room under
            # the heading. Showing its top is enough; scrolling the whole of it into view
            # would push the step's question out of sight.
            top = new.mapTo(scroll.viewport(), QPoint(0, 0)).y()
            if top >= 0 and top + min(new.height(), 48) <= scroll.viewport().height():
                return
        scroll.ensureWidgetVisible(new, 16, 16)

    def go_next(self) -> None:
        if self.current_page is self.done:
            return
        if self.current_page is self.reflect:
            self.finish()
        else:
            self.go_to(self.index + 1)

    def step_forward(self) -> None:
        """Alt+Right: the next step. It never saves; on the last step it does nothing."""
        if self.current_page in (self.reflect, self.done):
            return
        self.go_next()

    def go_back(self) -> None:
        if self.current_page is not self.done and self.index > 0:
            self.go_to(self.index - 1)

    def skip(self) -> None:
        """Go on without this step (what was entered stays; skipping is not deleting)."""
        self.go_next()

    def focus_first(self) -> None:
        """Called when the screen is shown: after a finished check-in, begin a new one."""
        if self.current_page is self.done:
            self.start_new()
        self.current_page.focus_first()

    # ---- starting, loading, drafts -------------------------------------------------------

    def _fill(self, entry: CheckIn) -> None:
        self._loading = True
        try:
            for page in self.pages:
                page.fill(entry)
        finally:
            self._loading = False

    def start_new(self, prompt_offset: int | None = None) -> None:
        """A fresh check-in; an unfinished one kept as a draft is picked up instead."""
        self._editing = None
        self.saver.key = CHECKIN_DRAFT
        payload = self._read_draft(CHECKIN_DRAFT)
        if payload is not None:
            self.resume_draft(CHECKIN_DRAFT, payload)
            return
        self._started_at = None
        if prompt_offset is not None:
            self.arrive.prompt_offset = prompt_offset
        self.arrive.use_offset(self.arrive.prompt_offset)
        self._fill(CheckIn(prompt_id=self.arrive.prompt.id if self.arrive.prompt else None))
        self._set_when(None)
        self.feedback.clear()
        self.fresh_button.hide()
        self._loading = True
        self.go_to(0)
        self._loading = False

    def begin(self, prompt_offset: int = 0) -> CheckInScreen:
        """From Today's "Start check-in": use the prompt Today shows, unless one is under way."""
        if self._editing is None and not self.has_content() and self.current_page is not self.done:
            self.arrive.use_offset(prompt_offset)
        elif self.current_page is self.done:
            self.arrive.prompt_offset = prompt_offset
            self.start_new(prompt_offset)
        return self

    def _fresh_clicked(self) -> None:
        if confirm_start_afresh(self):
            self.start_afresh()

    def start_afresh(self) -> None:
        """Set the resumed draft aside (it is discarded) and begin an empty check-in."""
        self.saver.discard()
        self.start_new()
        self.feedback.setText(self.tr("Started a new check-in."))
        self.current_page.focus_first()

    def load_entry(self, entry: CheckIn) -> CheckInScreen:
        """Open a saved check-in for changes; finishing updates it in place."""
        self.saver.flush()  # a new check-in under way stays safe in its own draft
        self._editing = entry
        self.saver.key = CHECKIN_EDIT_DRAFT
        self._started_at = entry.at
        self._fill(entry)
        self._set_when(entry.at)
        self.feedback.setText(
            self.tr("Changing your check-in from {when}.").format(
                when=format_date(entry.at, "day_month_year_time_short")
            )
        )
        self.fresh_button.hide()
        self._loading = True
        self.go_to(1)
        self._loading = False
        self.current_page.focus_first()
        return self

    def resume_draft(self, key: str, payload: dict[str, Any]) -> CheckInDraft:
        """Carry on from a draft (after Esc, a restart or a crash)."""
        draft = checkin_from_payload(payload)
        entry = draft.entry
        self.saver.key = key
        self._editing = entry if key == CHECKIN_EDIT_DRAFT and entry.id is not None else None
        self._started_at = entry.at
        self.arrive.prompt_offset = draft.prompt_offset
        self._fill(entry)
        self._restore_when(entry, payload.get("when"))
        self._loading = True
        self.go_to(min(draft.step, len(self.pages) - 2))
        self._loading = False
        self.feedback.setText(
            self.tr("Carrying on with your unfinished check-in from {when}.").format(
                when=describe_when(payload)
            )
        )
        self.fresh_button.setVisible(self._editing is None)
        if self.isVisible():
            self.current_page.focus_first()
        return draft

    def _read_draft(self, key: str) -> dict[str, Any] | None:
        try:
            return self.workspace.journal.draft(key)
        except (StoreError, ValueError):
            return None

    def _set_when(self, moment: datetime | None) -> None:
        self._loading = True
        try:
            self.when.set_moment(moment)
        finally:
            self._loading = False

    def _restore_when(self, entry: CheckIn, typed: object) -> None:
        """The "When" a draft was left with: as typed, or the time it will be saved with."""
        now_text = QCoreApplication.translate("WhenEdit", "Now")
        left_at_now = typed is None or typed == now_text
        if left_at_now and self._editing is None and entry.at.date() == now_local().date():
            self._set_when(None)  # "Now": the time the check-in began today
            return
        self._set_when(entry.at)
        if isinstance(typed, str) and not left_at_now and typed != self.when.text():
            self._loading = True
            try:
                self.when.edit.setText(typed)
            finally:
                self._loading = False

    def _when_fallback(self) -> datetime:
        """The time "Now" stands for: when a new check-in began; for a saved one, now."""
        if self._editing is None and self._started_at is not None:
            return self._started_at
        return now_local()

    def collect(self, strict: bool = False) -> CheckIn:
        """A new ``CheckIn`` built from every page (the editing entry's identity kept).

        Its time is the "When" field's. ``strict``: a "When" that is not a time it may
        have raises ``ValueError`` (in words for people); otherwise it is set aside.
        """
        fallback = self._when_fallback()
        at = (self.when.moment() or fallback) if strict else self.when.moment_or(fallback)
        entry = CheckIn(at=at)
        if self._editing is not None:
            entry.id = self._editing.id
            entry.uid = self._editing.uid
            # Details no page shows (an imported entry's place or weather) stay with it.
            entry.meta = dict(self._editing.meta)
        for page in self.pages:
            page.read(entry)
        return entry

    def has_content(self) -> bool:
        entry = self.collect()
        return bool(
            entry.body
            or entry.feelings
            or entry.needs
            or entry.activation is not None
            or entry.strategy is not None
            or entry.regulation_note.strip()
            or entry.reflection.strip()
            or entry.tags
            or entry.starred
        )

    def _draft_payload(self) -> dict[str, Any] | None:
        if self._editing is None and not self.has_content():
            return None  # nothing worth offering back tomorrow
        draft = CheckInDraft(
            entry=self.collect(),
            step=self.index if self.current_page is not self.done else 0,
            prompt_offset=self.arrive.prompt_offset,
        )
        payload = checkin_to_payload(draft)
        payload["when"] = self.when.text()  # as typed, even half typed
        return payload

    def _changed(self, step_only: bool = False) -> None:
        if self._loading or (self.current_page is self.done and step_only):
            return
        if not step_only and self._started_at is None and self._editing is None:
            self._started_at = now_local()
        if step_only and not self.saver.pending and not self.has_content():
            return
        self.saver.schedule()

    def _when_problem(self, problem: str) -> None:
        if problem:
            self.feedback.setText(problem)
        elif self.feedback.text() == self._when_problem_shown:
            self.feedback.clear()
        self._when_problem_shown = problem

    def _draft_failed(self, message: str) -> None:
        self.feedback.setText(
            self.tr(
                "Your draft could not be kept just now ({problem}). It's still here on screen."
            ).format(problem=message)
        )

    def _settings_changed(self) -> None:
        self.arrive.apply_settings()
        self.regulation.apply_settings()

    # ---- finishing and leaving -----------------------------------------------------------

    def finish(self) -> CheckIn | None:
        """Save from any step (Ctrl+Enter, Finish on Reflect, or "Save changes")."""
        if self.current_page is self.done:
            return None
        try:
            entry = self.collect(strict=True)
        except ValueError as problem:
            self.feedback.setText(self.tr("Not saved: {problem}").format(problem=problem))
            self.when.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        try:
            self.bridge.save(entry)
        except SaveFailed as error:
            # Everything stays on screen, and the draft is written now.
            self.feedback.setText(
                self.tr("Not saved: {problem} Everything you entered is still here.").format(
                    problem=error
                )
            )
            self.saver.schedule()
            self.saver.flush()
            return None
        if entry.strategy is not None:
            remember_strategy(self.workspace, entry.strategy.name)
        self.saver.discard()
        edited = self._editing is not None
        self._last_saved = entry
        self._editing = None
        assert entry.id is not None
        settings = self.workspace.settings
        self.done.show_summary(entry, settings.window_low, settings.window_high, edited)
        # Looking back is about a check-in made now, not one being corrected later.
        self.done.last_time.show_matches([] if edited else self.last_time_matches(entry))
        self.feedback.clear()
        self.fresh_button.hide()
        self.go_to(len(self.pages) - 1)
        self.done.focus_first()
        self.saved.emit(entry.id)
        return entry

    # ---- "Last time you felt like this" -------------------------------------------------

    def last_time_matches(self, entry: CheckIn) -> list[SimilarCheckIn]:
        """Earlier check-ins like ``entry`` when the person turned this on (else none)."""
        if not self.workspace.settings.last_time_enabled:
            return []
        journal = self.workspace.journal
        try:
            earlier = journal.entries(end=entry.day, kinds=("checkin",), limit=LOOKBACK)
            marked = journal.not_recalled_ids()
        except StoreError:
            return []  # a look back is a nicety: the check-in itself is saved
        checkins = [e for e in earlier if isinstance(e, CheckIn)]
        return similar_checkins(entry, checkins, marked)

    def _forget(self, entry_id: int) -> None:
        """ "Don't bring this back": store the mark, then take the check-in off the list."""
        try:
            self.workspace.journal.set_not_recalled(entry_id)
        except StoreError as error:
            self.done.last_time.problem(
                self.tr("That could not be kept just now ({problem}).").format(problem=error)
            )
            return
        follow = self.done.last_time.drop(entry_id)
        (follow or self.done.today_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_in_history(self, entry: CheckIn) -> None:
        """Show the day of an earlier check-in in History (the screen lists that day)."""
        if self.navigation is None:
            return
        self.navigation.show_in_history(entry.day, entry.id)

    def keep_and_leave(self) -> None:
        """Esc: keep what is here as a draft and go back to Today."""
        self.arrive.stop_breathing()
        kept = self.current_page is not self.done and (
            self._editing is not None or self.has_content()
        )
        if kept:
            self.saver.schedule()
            self.saver.flush()
        self._to_today()
        if kept:
            self._message(self.tr("Your check-in is kept as a draft; carry on whenever you like."))

    def _to_today(self) -> None:
        if self.navigation is not None:
            self.navigation.show_screen("today")

    def _message(self, text: str) -> None:
        if self.navigation is not None:
            self.navigation.show_message(text)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving for another screen: write now rather than in 0.4 s.
        self.saver.flush()
        self.arrive.stop_breathing()
        super().hideEvent(event)

    def before_close(self) -> None:
        self.saver.flush()

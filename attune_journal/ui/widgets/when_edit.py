"""When an entry happened: a date and time field that says "Now" until it is changed.

Typed (``2026-11-01 21:30``, ``yesterday 21:30``, ``21:30`` for today, or ``now``)
or picked: the ▾ button (or Alt+Down / F4 in the field) opens a month calendar,
and a day picked there keeps the time of day. The "Now" button puts it back.

The clock time is local time in this computer's zone, with the UTC offset that
zone had on that day (``core.timeutil.local_moment``: summer time included, a
clock hour skipped in spring refused). A time more than a day ahead is refused,
as ``note --at`` refuses it. An entry's own time, shown and left unchanged, is
kept exactly, offset included (written while travelling, it stays as lived).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from attune_journal.core.timeutil import (
    NotATimeError,
    SkippedTimeError,
    TimeOutOfRangeError,
    TooFarAheadError,
    now_local,
    parse_moment,
    today_local,
)
from attune_journal.ui.widgets.month_calendar import (
    MonthCalendar,
    open_calendar_popup,
    opens_calendar,
)

_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")


class _NoClockError(NotATimeError):
    """A day without a time of day."""


def shown_text(moment: datetime) -> str:
    """How the field writes a moment: its own clock time, to the minute."""
    return f"{moment:%Y-%m-%d %H:%M}"


def read_when(
    text: str,
    now: datetime | None = None,
    now_words: tuple[str, ...] = ("now",),
    today_words: tuple[str, ...] = ("today",),
    yesterday_words: tuple[str, ...] = ("yesterday",),
) -> datetime | None:
    """The moment typed in the field; None for "now" (or nothing typed).

    Raises the ``core.timeutil`` errors (all ``ValueError``) for text that is not a
    time, a clock time that did not happen here, or a time more than a day ahead.
    """
    raw = text.strip()
    if not raw or raw.casefold() in {w.casefold() for w in now_words}:
        return None
    now = now or now_local()
    try:
        return parse_moment(raw, now)  # the ISO forms, with or without an offset
    except NotATimeError:
        pass
    today = now.date()
    day: date | None = None
    clock: time | None = None
    for token in raw.replace(",", " ").split():
        word = token.casefold()
        try:
            if word in {w.casefold() for w in today_words}:
                day = today
            elif word in {w.casefold() for w in yesterday_words}:
                day = today - timedelta(days=1)
            elif found := _DAY.fullmatch(token):
                day = date(*(int(part) for part in found.groups()))
            elif found := _CLOCK.fullmatch(token):
                hour, minute, second = found.groups()
                clock = time(int(hour), int(minute), int(second or 0))
            else:
                raise NotATimeError(raw)
        except ValueError as error:  # 2026-02-30, 25:00
            raise NotATimeError(raw) from error
    if clock is None:
        raise _NoClockError(raw)
    day = day or today
    return parse_moment(f"{day.isoformat()} {clock.isoformat()}", now)


class WhenEdit(QWidget):
    """A "When" field: ``moment()`` is the chosen time, or None for now."""

    changed = Signal()  # the text changed (typed, picked, or put back to now)
    problem_changed = Signal(str)  # "" once the text reads as a time again

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: datetime | None = None  # an entry's own time, kept while unchanged
        self._problem = ""
        self.label = QLabel(self.tr("&When"))  # Alt+W: straight into the field
        self.label.setObjectName("caption")
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name or self.tr("When"))
        self.edit.setToolTip(
            self.tr(
                "When this happened, in your local time: type a date and time like "
                "2026-11-01 21:30, or yesterday 21:30, or just 21:30 for today. "
                "Alt+Down picks a day from a calendar, and Alt+W jumps to this field. "
                "Now uses the current time."
            )
        )
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance("2026-11-01 21:30") + 24)
        self.edit.setMaximumWidth(metrics.horizontalAdvance("yesterday 21:30:00") + 48)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.label.setBuddy(self.edit)
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setAccessibleName(self.tr("Pick the day from a calendar"))
        self.pick.setToolTip(self.tr("Pick the day from a calendar (Alt+Down)"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the field
        self.pick.clicked.connect(self.open_popup)
        self.now_button = QToolButton()
        self.now_button.setText(self.tr("Now"))
        self.now_button.setAccessibleName(self.tr("Use the current time"))
        self.now_button.setToolTip(self.tr("Use the current time instead"))
        self.now_button.clicked.connect(self.reset_to_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        layout.addWidget(self.now_button)
        self.setFocusProxy(self.edit)
        self.popup: MonthCalendar | None = None
        self.set_moment(None)

    # ---- the value ------------------------------------------------------------------------

    def _words(self) -> dict[str, tuple[str, ...]]:
        return {
            "now_words": ("now", self.tr("Now")),
            "today_words": ("today", self.tr("today")),
            "yesterday_words": ("yesterday", self.tr("yesterday")),
        }

    def set_moment(self, moment: datetime | None) -> None:
        """Show ``moment`` (kept exactly while its text is left alone), or "Now"."""
        self._kept = moment
        self.edit.setText(self.tr("Now") if moment is None else shown_text(moment))
        self.edit.setCursorPosition(0)
        self._set_problem("")

    def reset_to_now(self) -> None:
        self.set_moment(None)
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text()

    def is_now(self) -> bool:
        try:
            return self._read() is None
        except ValueError:
            return False

    def _shows_now(self) -> bool:
        return self.edit.text() == self.tr("Now")

    def moment(self, now: datetime | None = None) -> datetime | None:
        """The chosen time (None: now). ``ValueError`` with words for people if refused."""
        try:
            return self._read(now)
        except ValueError as error:
            raise ValueError(self._explain(error)) from None

    def moment_or(self, fallback: datetime) -> datetime:
        """The chosen time, or ``fallback`` while it is "Now" or not (yet) a time."""
        try:
            return self._read() or fallback
        except ValueError:
            return fallback

    def problem(self) -> str:
        return self._problem

    def _read(self, now: datetime | None = None) -> datetime | None:
        text = self.edit.text()
        if self._kept is not None and text == shown_text(self._kept):
            return self._kept
        return read_when(text, now, **self._words())

    def _explain(self, error: ValueError) -> str:
        text = self.edit.text().strip()
        if isinstance(error, _NoClockError):
            return self.tr("Add a time of day to “{text}”, like {text} 21:30.").format(text=text)
        if isinstance(error, SkippedTimeError):
            return self.tr(
                "{text} did not happen here: the clocks skipped that hour when they went "
                "forward. Choose a time just before or after it."
            ).format(text=text)
        if isinstance(error, TooFarAheadError):
            return self.tr(
                "{text} is more than a day from now. The journal keeps what has already "
                "happened, so choose a time up to now."
            ).format(text=text)
        if isinstance(error, TimeOutOfRangeError):
            return self.tr(
                "“{text}” is out of range. Choose a date and time like 2026-11-01 21:30."
            ).format(text=text)
        return self.tr(
            "“{text}” is not a date and time. Try 2026-11-01 21:30, yesterday 21:30, or Now."
        ).format(text=text)

    def _typed(self, _text: str) -> None:
        self.now_button.setVisible(not self.is_now())
        if self._problem:
            try:
                self._read()
            except ValueError:
                pass
            else:
                self._set_problem("")
        self.changed.emit()

    def _finished(self) -> None:
        """Leaving the field: say what is wrong, or write the time in one way."""
        try:
            moment = self.moment()
        except ValueError as error:
            self._set_problem(str(error))
            return
        self._set_problem("")
        if moment is None:
            if self.edit.text() != self.tr("Now"):
                self.edit.setText(self.tr("Now"))
        elif self.edit.text() != shown_text(moment):
            self.edit.setText(shown_text(moment))

    def _set_problem(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.edit.setProperty("invalid", bool(problem))
            self.problem_changed.emit(problem)

    # ---- keys and the calendar -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers()
            if opens_calendar(event):
                self.open_popup()
                return True
            typed = event.text()
            chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            if typed.isprintable() and typed and not mods & chord and self._shows_now():
                self.edit.clear()  # "Now" is a word to type over, wherever the cursor is
        elif (
            watched is self.edit
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.edit.hasSelectedText()
            and self.is_now()
        ):
            # "Now" is a word to type over, not to edit: a click selects it, as Tab does.
            self.edit.selectAll()
        return super().eventFilter(watched, event)

    def open_popup(self) -> None:
        """A month calendar under the field; the day clicked (or Enter) keeps the time."""
        shown = self.moment_or(now_local()).date()
        tomorrow = today_local() + timedelta(days=1)
        self.popup = open_calendar_popup(
            self,
            self.popup,
            self.edit,
            QDate(shown.year, shown.month, shown.day),
            self.pick_day,
            latest=QDate(tomorrow.year, tomorrow.month, tomorrow.day),
        )

    def pick_day(self, day: QDate) -> None:
        """That day, at the time of day the field holds (the current time for "Now")."""
        if self.popup is not None:
            self.popup.close()
        clock = self.moment_or(now_local())
        self.edit.setText(f"{day.year():04d}-{day.month():02d}-{day.day():02d} {clock:%H:%M}")
        self._finished()
        self.edit.setFocus()

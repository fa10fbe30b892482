"""Debounced draft autosave, and offering unfinished check-ins back on start.

Typing must never wait on the disk, so a keystroke only (re)starts a single-shot
``QTimer``; the draft is written once the person pauses for ``DELAY_MS``. The
write itself is one small SQLite upsert (a few KB, a fraction of a millisecond
to a few milliseconds on a laptop disk; ``DraftSaver.last_save_ms`` keeps the
latest measurement) and happens in the timer's slot on the GUI thread, between
keystrokes.

A pure debounce never fires while someone types without pausing, so a second
timer caps the wait: whatever changed is written at most ``MAX_WAIT_MS`` after
the first unsaved change. A crash therefore loses at most the last ~0.8 s of
typing.

A failed draft write (disk full, store locked) is reported once through
``failed`` and never raised into the event loop: the words are still on screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from attune_journal.core.drafts import (
    CHECKIN_DRAFT,
    CHECKIN_EDIT_DRAFT,
    payload_saved_at,
)
from attune_journal.core.i18n import format_date
from attune_journal.core.timeutil import today_local
from attune_journal.storage.errors import StoreError

if TYPE_CHECKING:
    from attune_journal.storage.repository import Journal
    from attune_journal.ui.navigation import Navigation

DELAY_MS = 400
MAX_WAIT_MS = 800


class DraftSaver(QObject):
    """Writes ``collect()`` as draft ``key`` ~0.4 s after the last ``schedule()``.

    ``collect`` returns the payload, or ``None`` when there is nothing worth
    keeping (then any stored draft under ``key`` is removed instead).
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        journal: Journal,
        key: str,
        collect: Callable[[], dict[str, Any] | None],
        delay_ms: int = DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.key = key
        self._collect = collect
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._cap = QTimer(self)
        self._cap.setSingleShot(True)
        self._cap.setInterval(max(delay_ms, MAX_WAIT_MS))
        self._cap.timeout.connect(self.flush)
        self._dirty = False
        self._reported: str | None = None
        self.last_save_ms: float | None = None

    @property
    def pending(self) -> bool:
        return self._dirty

    def schedule(self) -> None:
        """Something changed: write once the person pauses (restarts the timer)."""
        if not self._dirty or not self._cap.isActive():
            self._cap.start()  # not restarted by later keystrokes: the cap on any wait
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Write now if anything changed since the last write (Esc, leaving, closing)."""
        self._timer.stop()
        self._cap.stop()
        if not self._dirty:
            return
        payload = self._collect()
        started = time.perf_counter()
        try:
            if payload is None:
                self.journal.clear_draft(self.key)
            else:
                self.journal.save_draft(self.key, payload)
        except StoreError as error:
            # Still dirty: the next change or flush tries again. Say it once, not per key.
            message = str(error)
            if message != self._reported:
                self._reported = message
                self.failed.emit(message)
            return
        self.last_save_ms = (time.perf_counter() - started) * 1000
        self._dirty = False
        self._reported = None
        self.saved.emit()

    def discard(self) -> None:
        """The entry was saved (or thrown away on purpose): forget the draft."""
        self._timer.stop()
        self._cap.stop()
        self._dirty = False
        try:
            self.journal.clear_draft(self.key)
        except StoreError as error:
            self.failed.emit(str(error))


# ---- offering drafts back on start -------------------------------------------------------

CONTINUE, LATER, DISCARD = "continue", "later", "discard"


def ask_about_draft(parent: QWidget, when: str, editing: bool) -> str:
    """Ask what to do with an unfinished check-in; tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Drafts", "Unfinished check-in"))
    if editing:
        text = QCoreApplication.translate(
            "Drafts", "You were changing a check-in ({when}). Continue where you left off?"
        )
    else:
        text = QCoreApplication.translate(
            "Drafts", "You have an unfinished check-in from {when}. Continue it?"
        )
    box.setText(text.format(when=when))
    box.setInformativeText(
        QCoreApplication.translate("Drafts", "It's kept safe either way until you decide.")
    )
    cont = box.addButton(
        QCoreApplication.translate("Drafts", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("Drafts", "Keep for later"), QMessageBox.ButtonRole.RejectRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Drafts", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(cont)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cont:
        return CONTINUE
    if clicked is discard:
        return DISCARD
    return LATER


def describe_when(payload: dict[str, Any]) -> str:
    """'today at 08:30', 'yesterday at 21:10' or '3 November at 07:45'."""
    from datetime import timedelta

    moment = payload_saved_at(payload)
    if moment is None:
        return QCoreApplication.translate("Drafts", "earlier")
    clock = format_date(moment, "time")
    day = moment.date()
    if day == today_local():
        return QCoreApplication.translate("Drafts", "today at {time}").format(time=clock)
    if day == today_local() - timedelta(days=1):
        return QCoreApplication.translate("Drafts", "yesterday at {time}").format(time=clock)
    return QCoreApplication.translate("Drafts", "{day} at {time}").format(
        day=format_date(moment, "day_month"), time=clock
    )


def offer_drafts(window: QWidget, navigation: Navigation, journal: Journal) -> str | None:
    """On start: offer an unfinished check-in back. Returns what the person chose.

    ``window`` holds the question; ``navigation`` opens the check-in or reports.
    """
    try:
        keys = journal.drafts()
    except StoreError:
        return None
    for key in keys:  # newest first: offer the one the person touched last
        if key not in (CHECKIN_DRAFT, CHECKIN_EDIT_DRAFT):
            continue
        payload = journal.draft(key)
        if payload is None:
            continue
        choice = ask_about_draft(window, describe_when(payload), key == CHECKIN_EDIT_DRAFT)
        if choice == CONTINUE:
            navigation.show_checkin().resume_draft(key, payload)
        elif choice == DISCARD:
            try:
                journal.clear_draft(key)
            except StoreError as error:
                navigation.show_message(str(error))
                return None
            navigation.show_message(
                QCoreApplication.translate("Drafts", "The unfinished check-in was discarded.")
            )
        return choice
    return None


def offer_drafts_soon(window: QWidget, navigation: Navigation, journal: Journal) -> None:
    """Ask about drafts once the window is on screen (start-up is not held up by it)."""
    QTimer.singleShot(0, lambda: offer_drafts(window, navigation, journal))

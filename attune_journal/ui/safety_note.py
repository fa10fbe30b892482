"""The relationship module's safety note: the dialog, the "About safety" button, and the
rule that shows it once when the module is first turned on.

docs/safety.md: relationship exercises assume a safe relationship;
someone who is afraid of their partner needs a domestic-violence line, not a
check-in. The note also speaks of a partner who reads the journal. The words come
from ``resources/relationship.json``; the lines are the domestic-abuse lines of
``resources/helplines.json`` (the same ones the support window always shows, the
person's own country first), so every number is checked and corrected in one place.

The dialog opens window-modal but non-blocking (``QDialog.open``), so the
settings change that triggered it finishes first and tests never hang on an
``exec()`` loop. ``show_safety_note`` is a module-level function on purpose:
tests and screens go through it (pytest-qt's advice for dialogs).
"""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.vocab import load_relationship
from attune_journal.settings import ABUSE, default_helplines
from attune_journal.ui.partner_dialogs import fit_dialog
from attune_journal.ui.support import order_for_country, own_country
from attune_journal.workspace import Workspace


class SafetyNoteDialog(QDialog):
    """The note in full, with the shipped domestic-violence lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        relationship = load_relationship()
        self.setObjectName("safetyNote")
        self.setWindowTitle(self.tr("About safety"))
        self.setAccessibleName(self.tr("About safety in relationship exercises"))

        heading = QLabel(self.tr("Before you begin"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)

        self.note = QLabel(relationship.safety_note)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(self.tr("Safety note"))

        self.reading = QLabel(
            self.tr(
                "If someone might read this journal, such as a partner who checks your "
                "things, what you write here could put you at risk. Write only what would "
                "be safe for them to see, turn on encryption with a passphrase only you "
                "know, and set the journal to lock when you step away (both in Settings, "
                "Privacy). Closing the app is the stronger lock. The people and helplines "
                "you add in Settings are kept in a settings file that is not encrypted. "
                "A domestic-abuse line can help you plan in a way that is safe for you."
            )
        )
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reading.setAccessibleName(self.tr("If someone might read your journal"))

        lines_card = QFrame()
        lines_card.setObjectName("card")
        lines_layout = QVBoxLayout(lines_card)
        caption = QLabel(self.tr("People who can help"))
        caption.setObjectName("caption")
        lines_layout.addWidget(caption)
        # Plain text, selectable for copying: the app opens no links and no network.
        esc = html.escape
        rows = "".join(
            f"<p><b>{esc(line['name'])}</b> ({esc(line['region'])})<br>"
            f"{esc(line['contact'])}<br>{esc(line['description'])}</p>"
            for line in order_for_country(
                [line for line in default_helplines() if line["kind"] in (ABUSE, "directory")],
                own_country(),
            )
        )
        self.lines = QLabel(rows)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.lines.setAccessibleName(self.tr("Domestic-violence lines"))
        lines_layout.addWidget(self.lines)

        reachable = QLabel(
            self.tr('You can read this again any time with "About safety" on either screen.')
        )
        reachable.setObjectName("hint")
        reachable.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        # The note and the lines scroll, the Close button stays: a longer language or a
        # small screen must not push the end of the note (or Close) out of reach.
        body = QWidget()
        content = QVBoxLayout(body)
        content.setContentsMargins(20, 18, 20, 4)
        content.setSpacing(10)
        content.addWidget(heading)
        content.addWidget(self.note)
        content.addWidget(self.reading)
        content.addWidget(lines_card)
        content.addWidget(reachable)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 14)
        layout.addWidget(scroll, 1)
        buttons.setContentsMargins(20, 0, 20, 0)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        # Word-wrapped labels need the height for the width, or the last lines are cut off.
        needed = content.totalHeightForWidth(520) + buttons.sizeHint().height() + 24
        fit_dialog(self, 520, needed)
        self.close_button.setFocus()


def show_safety_note(parent: QWidget | None) -> SafetyNoteDialog:
    """Open the note (window-modal, non-blocking) and return it; it deletes itself on close."""
    dialog = SafetyNoteDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def maybe_show_first_time(workspace: Workspace, parent: QWidget | None) -> bool:
    """Show the note if the module is on and the note was never shown; True if shown.

    Called whenever settings change (and once at start-up), so it does not
    matter whether the module was turned on in Settings, in a test, or by an
    edited settings file: the note comes before the first use.
    """
    settings = workspace.settings
    if not settings.relationship_enabled or settings.relationship_safety_seen:
        return False
    settings.relationship_safety_seen = True
    # Written directly, not through the bridge: a second settings_changed from
    # inside its own handler would only re-run this check. A failed write means
    # the note may show once more next time, which is harmless.
    with contextlib.suppress(OSError):
        workspace.save_settings()
    show_safety_note(parent)
    return True


def about_safety_button(parent: QWidget | None = None) -> QPushButton:
    """A small "About safety" button that opens the note (the same on both screens)."""
    button = QPushButton(QCoreApplication.translate("SafetyNote", "About safety"), parent)
    button.setObjectName("aboutSafety")
    button.setToolTip(
        QCoreApplication.translate(
            "SafetyNote", "If you are afraid of your partner, read this first"
        )
    )
    button.setAccessibleName(QCoreApplication.translate("SafetyNote", "About safety"))
    button.clicked.connect(lambda: show_safety_note(button.window()))
    return button

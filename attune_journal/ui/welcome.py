"""The first-run welcome: a short, warm note shown once (``settings.welcome_seen``).

It says plainly what the app is and is not (a journal, not therapy; no
diagnosis), that everything stays on this computer and never goes online, that
every step can be skipped, and where support is. Enter begins. However it is
closed, it is marked as seen so it never nags.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Attune Journal"))
        self.setMinimumWidth(460)

        heading = QLabel(self.tr("Welcome"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)

        self.body = QLabel(
            self.tr(
                "<p>This is a private journal for a few quiet minutes a day: noticing "
                "your body, naming feelings, finding what you need, and learning what "
                "helps you settle.</p>"
                "<p><b>It is a journal, not therapy.</b> It makes no diagnosis and gives "
                "no verdicts; what you write means what you say it means.</p>"
                "<p><b>Everything stays on this computer.</b> Nothing is ever sent "
                "anywhere: no account, no cloud, no internet connection at all.</p>"
                "<p><b>Every step can be skipped.</b> A few words are enough, and there "
                "is no streak to keep.</p>"
                "<p>If things get heavy, <b>Need support now?</b> is always one click "
                "away, at the bottom left and under Help (F1).</p>"
            )
        )
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.begin_button = buttons.addButton(
            self.tr("Begin"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.begin_button.setDefault(True)
        self.begin_button.setAutoDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.body)
        layout.addWidget(buttons)
        self.begin_button.setFocus()


def show_welcome_if_first_run(window: Any) -> WelcomeDialog | None:
    """Open the welcome over ``window`` unless it was seen; mark it seen when it closes."""
    settings = window.workspace.settings
    if settings.welcome_seen:
        return None
    dialog = WelcomeDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def seen(_result: int) -> None:
        settings.welcome_seen = True
        # Not being able to remember this is no reason to stop the journal opening.
        with contextlib.suppress(OSError):
            window.workspace.save_settings()

    dialog.finished.connect(seen)
    window.welcome_dialog = dialog
    dialog.open()
    return dialog

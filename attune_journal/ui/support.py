"""The "Need support now?" dialog: always one click away (F1, and a button in the navigation).

It shows, in this order: the reminder to call the local emergency number when
someone is in danger; the people the person chose themselves; then the helplines
(their own edited list from settings, or the short shipped default). Everything
is selectable text; nothing is fetched and no link is opened, so the dialog
works offline and never touches the network. A button leads to Settings to edit
the lists.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.vocab import emergency_note, load_helplines
from attune_journal.settings import Settings


def helplines_for(settings: Settings) -> list[dict[str, str]]:
    """The person's own helpline list, or the shipped default when they have none."""
    if settings.helplines:
        return [dict(line) for line in settings.helplines]
    return [
        {
            "name": line.name,
            "region": line.region,
            "contact": line.contact,
            "description": line.description,
        }
        for line in load_helplines()
    ]


def support_html(settings: Settings) -> str:
    """The dialog's text as HTML, every value escaped."""
    tr = SupportDialog.tr_static
    esc = html.escape
    parts = [f"<p><b>{esc(emergency_note())}</b></p>"]
    contacts = [c for c in settings.support_contacts if c.get("name") or c.get("contact")]
    parts.append(f"<h3>{esc(tr('People you chose'))}</h3>")
    if contacts:
        parts.append("<ul>")
        for contact in contacts:
            name = esc(contact.get("name", ""))
            how = esc(contact.get("contact", ""))
            parts.append(f"<li><b>{name}</b>{' · ' + how if how else ''}</li>")
        parts.append("</ul>")
    else:
        parts.append(
            "<p><i>{}</i></p>".format(
                esc(
                    tr(
                        "You haven't added anyone yet. In Settings you can add people you "
                        "trust and how to reach them, so they are here when you need them."
                    )
                )
            )
        )
    parts.append(f"<h3>{esc(tr('Helplines'))}</h3><ul>")
    for line in helplines_for(settings):
        region = line.get("region", "")
        head = f"<b>{esc(line.get('name', ''))}</b>"
        if region:
            head += f" ({esc(region)})"
        reach = line.get("contact", "")
        if reach:
            head += f": {esc(reach)}"
        description = line.get("description", "")
        more = f"<br>{esc(description)}" if description else ""
        parts.append(f"<li>{head}{more}</li>")
    parts.append("</ul>")
    parts.append(
        "<p><i>{}</i></p>".format(
            esc(
                tr(
                    "Attune Journal is a journal, not therapy, and cannot help in an "
                    "emergency. Numbers change: check a line before you rely on it."
                )
            )
        )
    )
    return "".join(parts)


class SupportDialog(QDialog):
    """Emergency note, the person's contacts, then helplines; a way to edit them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Need support now?"))
        self.resize(560, 520)
        self.edit_requested = False

        heading = QLabel(self.tr("You don't have to go through this alone."))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        heading.setWordWrap(True)

        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Support contacts and helplines"))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setHtml(support_html(settings))

        self.edit_button = QPushButton(self.tr("Edit these in Settings"))
        self.edit_button.setToolTip(self.tr("Add your own people and change the helplines"))
        self.edit_button.setAutoDefault(False)  # Enter closes; editing is a deliberate choice
        self.edit_button.clicked.connect(self._edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SupportDialog", text)

    def _edit(self) -> None:
        self.edit_requested = True
        self.accept()


def open_support(window: Any) -> SupportDialog:
    """Show the dialog over ``window`` (window-modal, not blocking); returns it for tests."""
    dialog = SupportDialog(window.workspace.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if dialog.edit_requested:
            screen = window.show_screen("settings")
            show_support = getattr(screen, "show_support_section", None)
            if callable(show_support):
                show_support()

    dialog.finished.connect(finished)
    window.support_dialog = dialog
    dialog.open()
    return dialog

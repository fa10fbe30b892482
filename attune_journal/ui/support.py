"""The "Need support now?" window: one key (F1) or one click away in every state.

It shows, in this order: the reminder to call the local emergency number when
someone is in danger; the people the person chose themselves; the helplines; and
always a section for anyone being hurt: the plain sentence that abuse is not a
rupture to repair, with the domestic-abuse lines. Lines of the person's own
country (``QLocale().territory()``) come first in each section; every shipped
line shows the day its number was last checked.

It needs no journal. Before the journal is unlocked (the unlock dialog at start,
the damaged-file dialog, the idle lock) it is built with ``settings=None`` and
shows only the shipped list: it never reads the store, and nobody at the
computer learns the person's own people or changes from a locked screen. Once
the journal is open it shows the person's list (their differences over the
shipped lines, see ``attune_journal.settings``).

Everything is selectable text; nothing is fetched and no link is opened, so the
window works offline and never touches the network.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import format_date
from attune_journal.settings import ABUSE, Settings, current_helplines, default_helplines

SUPPORT_KEY = "F1"


def _notes() -> tuple[str, str]:
    # In the language shown; the vocabularies load when the window first opens.
    from attune_journal.core.vocab import helpline_notes

    return helpline_notes()


def emergency_note() -> str:
    """The sentence reminding people in danger to call their local emergency number."""
    return _notes()[0]


def abuse_note() -> str:
    """The plain sentence that abuse is not a rupture to repair, always shown."""
    return _notes()[1]


def own_country() -> str:
    """The ISO 3166 code of the person's territory from the default QLocale ("" if none)."""
    return QLocale.territoryToCode(QLocale().territory()).upper()


def order_for_country(lines: list[dict[str, str]], country: str) -> list[dict[str, str]]:
    """Lines the person added first, then their own country's, other countries', everywhere.

    The sort is stable, so within each group the shipped order is kept.
    """

    def rank(line: dict[str, str]) -> int:
        if line.get("kind") == "own":
            return 0
        codes = line.get("countries", "").split()
        if not codes:
            return 3
        return 1 if country and country in codes else 2

    return sorted(lines, key=rank)


def helplines_for(settings: Settings | None) -> list[dict[str, str]]:
    """The person's helplines (shipped lines with their edits), or only the shipped ones.

    ``None`` means the journal is not open: only the shipped list, nothing of theirs.
    The order is the shipped file's, then the lines they added (the Settings list).
    """
    if settings is None:
        return default_helplines()
    return current_helplines(settings)


def _checked_day(checked: str) -> str:
    """The day a number was checked (stored as YYYY-MM-DD) as the language writes a date."""
    try:
        return format_date(date.fromisoformat(checked), "day_month_year")
    except ValueError:
        return checked


def _line_html(line: dict[str, str], shipped: dict[str, dict[str, str]]) -> str:
    esc = html.escape
    head = f"<b>{esc(line.get('name', ''))}</b>"
    region = line.get("region", "")
    if region:
        head += f" ({esc(region)})"
    reach = line.get("contact", "")
    if reach:
        head += f": {esc(reach)}"
    base = shipped.get(line.get("id", ""))
    if base is None:
        when = QCoreApplication.translate("SupportDialog", "added by you")
    elif any(line.get(name) != base.get(name) for name in ("name", "contact")):
        when = QCoreApplication.translate("SupportDialog", "changed by you")
    else:
        when = QCoreApplication.translate("SupportDialog", "number checked {day}").format(
            day=_checked_day(line.get("checked", ""))
        )
    head += f" <small>({esc(when)})</small>"  # on the same line: the abuse lines stay in view
    description = line.get("description", "")
    more = f"<br>{esc(description)}" if description else ""
    return f"<li>{head}{more}</li>"


def support_html(settings: Settings | None, country: str | None = None) -> str:
    """The window's text as HTML, every value escaped. ``settings=None``: journal locked."""
    esc = html.escape
    country = own_country() if country is None else country.upper()
    shipped = {line["id"]: line for line in default_helplines()}
    lines = order_for_country(helplines_for(settings), country)
    parts = [f"<p><b>{esc(emergency_note())}</b></p>"]

    # Each heading is translated on a line of its own: lupdate cannot read inside an f-string.
    heading = QCoreApplication.translate("SupportDialog", "People you chose")
    parts.append(f"<h3>{esc(heading)}</h3>")
    if settings is None:
        parts.append(
            "<p><i>{}</i></p>".format(
                esc(
                    QCoreApplication.translate(
                        "SupportDialog",
                        "Your own people and changes show here once your journal is open, "
                        "so no one learns them from a locked screen.",
                    )
                )
            )
        )
    else:
        contacts = [c for c in settings.support_contacts if c.get("name") or c.get("contact")]
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
                        QCoreApplication.translate(
                            "SupportDialog",
                            "You haven't added anyone yet. In Settings you can add people you "
                            "trust and how to reach them, so they are here when you need them.",
                        )
                    )
                )
            )

    heading = QCoreApplication.translate("SupportDialog", "Helplines")
    parts.append(f"<h3>{esc(heading)}</h3><ul>")
    parts.extend(_line_html(line, shipped) for line in lines if line.get("kind") != ABUSE)
    parts.append("</ul>")

    heading = QCoreApplication.translate("SupportDialog", "If someone is hurting you")
    parts.append(f"<h3>{esc(heading)}</h3>")
    parts.append(f"<p>{esc(abuse_note())}</p><ul>")
    parts.extend(_line_html(line, shipped) for line in lines if line.get("kind") == ABUSE)
    parts.append("</ul>")

    parts.append(
        "<p><i>{}</i></p>".format(
            esc(
                QCoreApplication.translate(
                    "SupportDialog",
                    "Attune Journal is a journal, not therapy, and cannot help in an "
                    "emergency. It never goes online, so it cannot know when a number "
                    "changes: check a line before you rely on it.",
                )
            )
        )
    )
    return "".join(parts)


class SupportDialog(QDialog):
    """Emergency note, the person's contacts, helplines, abuse lines; a way to edit them."""

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None = None,
        *,
        country: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportWindow")
        self.setWindowTitle(self.tr("Need support now?"))
        self.setAccessibleName(self.tr("Need support now?"))
        self.resize(600, 600)
        self.edit_requested = False
        self.locked = settings is None

        heading = QLabel(self.tr("You don't have to go through this alone."))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        heading.setWordWrap(True)

        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Support contacts and helplines"))
        # Read-only text shows no caret: the mouse can still select a number to copy, and
        # the arrow keys scroll the text instead of moving an invisible cursor through it.
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setHtml(support_html(settings, country))

        self.edit_button = QPushButton(self.tr("Edit these in Settings"))
        self.edit_button.setToolTip(self.tr("Add your own people and change the helplines"))
        self.edit_button.setAccessibleName(self.tr("Edit people and helplines in Settings"))
        self.edit_button.setAutoDefault(False)  # Enter closes; editing is a deliberate choice
        self.edit_button.clicked.connect(self._edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if not self.locked:  # Settings lie behind the lock
            buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.edit_button.hide()
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setAccessibleName(self.tr("Close support"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()

    def _edit(self) -> None:
        self.edit_requested = True
        self.accept()


def show_support(
    parent: QWidget | None, settings: Settings | None, *, country: str | None = None
) -> SupportDialog:
    """Open the window over ``parent`` (window-modal, not blocking); it deletes itself.

    ``settings=None`` whenever the journal is not open. Returns the dialog for tests.
    """
    dialog = SupportDialog(settings, parent, country=country)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def support_shortcut(widget: QWidget, slot: Callable[[], Any]) -> QShortcut:
    """F1 on ``widget`` and its children opens support (for windows without the main menu)."""
    shortcut = QShortcut(QKeySequence(SUPPORT_KEY), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def support_button(slot: Callable[[], Any], parent: QWidget | None = None) -> QPushButton:
    """The visible "Need support now?" button, the same wherever it appears."""
    button = QPushButton(QCoreApplication.translate("SupportDialog", "Need support now?"), parent)
    button.setObjectName("supportButton")
    button.setAccessibleName(QCoreApplication.translate("SupportDialog", "Need support now?"))
    button.setAccessibleDescription(
        QCoreApplication.translate("SupportDialog", "People and helplines you can reach")
    )
    button.setToolTip(
        QCoreApplication.translate("SupportDialog", "People and helplines you can reach (F1)")
    )
    button.setAutoDefault(False)  # Enter keeps doing what the window is for
    button.clicked.connect(slot)
    return button

"""Settings → Support: the people the person trusts and the helplines under "Need support now?".

Both lists are kept in the settings file. The shipped helplines are shown until
the person edits the list; the first edit makes it their own copy
(``ui/support.helplines_for``). Lines for anyone being hurt can be changed but
never removed, so they are there the day they are needed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from attune_journal.settings import ABUSE
from attune_journal.ui.settings.section import SettingsSection
from attune_journal.ui.support import helplines_for

MAX_CONTACT_CHARS = 200


class SupportSection(SettingsSection):
    """Add and remove support contacts and helplines; restore the shipped helplines."""

    def heading(self) -> str:
        return self.tr("Support")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Shown under “Need support now?”: first the people you add here, then "
                "the helplines. Nothing here is ever sent anywhere."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        layout.addWidget(explain)

        layout.addWidget(QLabel(self.tr("People you trust:")))
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Your support contacts"))
        self.contacts.setMaximumHeight(100)
        layout.addWidget(self.contacts)
        self.contact_name = QLineEdit()
        self.contact_name.setPlaceholderText(self.tr("Name"))
        self.contact_name.setAccessibleName(self.tr("Contact's name"))
        self.contact_how = QLineEdit()
        self.contact_how.setPlaceholderText(self.tr("How to reach them (phone, …)"))
        self.contact_how.setAccessibleName(self.tr("How to reach them"))
        self.contact_how.returnPressed.connect(self.add_contact)
        add_contact = QPushButton(self.tr("Add person"))
        add_contact.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(self.tr("Remove"))
        self.remove_contact_button.clicked.connect(self.remove_contact)
        row = QHBoxLayout()
        row.addWidget(self.contact_name, 2)
        row.addWidget(self.contact_how, 3)
        row.addWidget(add_contact)
        row.addWidget(self.remove_contact_button)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Helplines:")))
        self.helplines = QListWidget()
        self.helplines.setAccessibleName(self.tr("Helplines"))
        self.helplines.setMaximumHeight(120)
        self.helplines.setWordWrap(True)
        layout.addWidget(self.helplines)
        self.line_name = QLineEdit()
        self.line_name.setPlaceholderText(self.tr("Name of the line"))
        self.line_name.setAccessibleName(self.tr("Helpline name"))
        self.line_region = QLineEdit()
        self.line_region.setPlaceholderText(self.tr("Where it serves"))
        self.line_region.setAccessibleName(self.tr("Helpline region"))
        self.line_contact = QLineEdit()
        self.line_contact.setPlaceholderText(self.tr("Number or address"))
        self.line_contact.setAccessibleName(self.tr("Helpline number or address"))
        self.line_contact.returnPressed.connect(self.add_helpline)
        add_line = QPushButton(self.tr("Add line"))
        add_line.clicked.connect(self.add_helpline)
        self.remove_line_button = QPushButton(self.tr("Remove"))
        self.remove_line_button.clicked.connect(self.remove_helpline)
        self.helplines.currentRowChanged.connect(self._helpline_chosen)
        self.restore_lines = QPushButton(self.tr("Restore the default list"))
        self.restore_lines.clicked.connect(self.restore_default_helplines)
        row = QHBoxLayout()
        row.addWidget(self.line_name, 3)
        row.addWidget(self.line_region, 2)
        row.addWidget(self.line_contact, 3)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(add_line)
        row.addWidget(self.remove_line_button)
        row.addStretch(1)
        row.addWidget(self.restore_lines)
        layout.addLayout(row)
        self._show_support_lists()

    def _show_support_lists(self) -> None:
        self.contacts.clear()
        for contact in self.settings.support_contacts:
            text = contact.get("name", "")
            if contact.get("contact"):
                text += " · " + contact["contact"]
            self.contacts.addItem(text)
        self.remove_contact_button.setEnabled(bool(self.settings.support_contacts))
        self.helplines.clear()
        for line in helplines_for(self.settings):
            text = line.get("name", "")
            if line.get("region"):
                text += f" ({line['region']})"
            if line.get("contact"):
                text += ": " + line["contact"]
            self.helplines.addItem(text)
        self.restore_lines.setEnabled(bool(self.settings.helplines))

    def add_contact(self) -> None:
        name = " ".join(self.contact_name.text().split())
        how = " ".join(self.contact_how.text().split())
        if not name:
            self.say(self.tr("Please give the person a name."), problem=True)
            self.contact_name.setFocus()
            return
        if len(name) > MAX_CONTACT_CHARS or len(how) > MAX_CONTACT_CHARS:
            self.say(
                self.tr(
                    "Please keep the name and the way to reach them under %n characters.",
                    "",
                    MAX_CONTACT_CHARS,
                ),
                problem=True,
            )
            return
        self.settings.support_contacts.append({"name": name, "contact": how})
        self.contact_name.clear()
        self.contact_how.clear()
        self._show_support_lists()
        self.save(self.tr("added {name} to your support contacts").format(name=name))

    def remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if not 0 <= row < len(self.settings.support_contacts):
            self.say(self.tr("Choose a person in the list first."), problem=True)
            return
        removed = self.settings.support_contacts.pop(row)
        self._show_support_lists()
        self.save(self.tr("removed {name}").format(name=removed.get("name", "")))

    def add_helpline(self) -> None:
        name = " ".join(self.line_name.text().split())
        contact = " ".join(self.line_contact.text().split())
        region = " ".join(self.line_region.text().split())
        if not name or not contact:
            self.say(self.tr("A helpline needs a name and a number or address."), problem=True)
            return
        if max(len(name), len(contact), len(region)) > MAX_CONTACT_CHARS:
            self.say(
                self.tr("Please keep each field under %n characters.", "", MAX_CONTACT_CHARS),
                problem=True,
            )
            return
        # The first edit turns the shipped default into the person's own copy.
        lines = helplines_for(self.settings)
        lines.append({"name": name, "region": region, "contact": contact, "description": ""})
        self.settings.helplines = lines
        for field in (self.line_name, self.line_region, self.line_contact):
            field.clear()
        self._show_support_lists()
        self.save(self.tr("added the helpline {name}").format(name=name))

    def remove_helpline(self) -> None:
        row = self.helplines.currentRow()
        lines = helplines_for(self.settings)
        if not 0 <= row < len(lines):
            self.say(self.tr("Choose a helpline in the list first."), problem=True)
            return
        if lines[row].get("kind") == ABUSE:
            self.say(
                self.tr(
                    "Lines for anyone being hurt always stay in the list, so they are there "
                    "the day they are needed. You can change their number if it is wrong."
                ),
                problem=True,
            )
            return
        removed = lines.pop(row)
        self.settings.helplines = lines
        self._show_support_lists()
        if not lines:
            self.save(self.tr("no helplines of your own left, so the default list is shown again"))
        else:
            self.save(self.tr("removed {name}").format(name=removed.get("name", "")))

    def _helpline_chosen(self, row: int) -> None:
        lines = helplines_for(self.settings)
        keep = 0 <= row < len(lines) and lines[row].get("kind") == ABUSE
        self.remove_line_button.setEnabled(not keep)
        self.remove_line_button.setToolTip(
            self.tr("Lines for anyone being hurt always stay in the list.") if keep else ""
        )

    def restore_default_helplines(self) -> None:
        self.settings.helplines = []
        self._show_support_lists()
        self.save(self.tr("the default helplines are back"))

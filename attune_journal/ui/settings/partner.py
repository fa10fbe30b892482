"""Settings → Share with a partner (optional): this journal's code and its six words, adding a
partner by their code, stopping sharing, and making a new code.

Shown only while the relationship module is on. Sharing goes through files the
person hands over themselves; the keys and partners are kept by
``exchange.partner``. The section says plainly that sharing is optional, that
either partner can stop at any time, and that pressure to share or to read the
journal is not okay, pointing to the support window (F1) as docs/safety.md asks.

The questions before stopping and before a new code are module-level functions
(``ask_stop_sharing``, ``ask_new_code``) so tests can replace them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import format_date
from attune_journal.core.timeutil import from_text
from attune_journal.exchange.partner import (
    Partner,
    PartnerError,
    add_partner,
    fingerprint_words,
    my_code,
    partners,
    remove_partner,
    replace_my_key,
)
from attune_journal.storage.errors import StoreError
from attune_journal.ui.settings.section import SettingsSection

PARTNER_ROLE = 256  # Qt.UserRole: the partner's id


def ask_stop_sharing(parent: QWidget, name: str) -> bool | None:
    """Stop sharing with ``name``: True to also forget what they sent, False to keep it,
    None to change nothing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("PartnerSection", "Stop sharing with {name}").format(name=name)
    )
    box.setText(
        QCoreApplication.translate(
            "PartnerSection",
            "Stop sharing with {name}? Their code is removed, so you can no longer open "
            "their files and they cannot open new ones from you. You can add them again "
            "later. Would you also like to forget the weeks they shared with you?",
        ).format(name=name)
    )
    forget = box.addButton(
        QCoreApplication.translate("PartnerSection", "Stop and forget their weeks"),
        QMessageBox.ButtonRole.YesRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("PartnerSection", "Stop, keep their weeks"),
        QMessageBox.ButtonRole.NoRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is forget:
        return True
    if clicked is keep:
        return False
    return None


def ask_new_code(parent: QWidget) -> bool:
    """Whether to replace this journal's code (partners will need the new one)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PartnerSection", "Make a new code"),
        QCoreApplication.translate(
            "PartnerSection",
            "Make a new code for this journal? Files made with the old code can no longer "
            "be opened by your partners, and they will need to add your new code.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class PartnerSection(SettingsSection):
    """This journal's code, its partners, and the plain words about safety."""

    def heading(self) -> str:
        return self.tr("Share with a partner (optional)")

    def build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "If you both use Attune Journal, you can share a week's relationship "
                "check-in as a file that only your partner's journal can open. You choose "
                "each time what goes in it. Nothing goes online."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.safety_text = QLabel(
            self.tr(
                "Sharing is up to you, and either of you can stop at any time. If a partner "
                "pressures you to share, or to let them read your journal, that is not okay "
                "and it is not your fault. Press F1 or choose “Need support now?” for people "
                "who can help."
            )
        )
        self.safety_text.setWordWrap(True)
        self.safety_text.setObjectName("hint")
        self.safety_text.setAccessibleName(self.tr("About sharing safely"))
        layout.addWidget(self.safety_text)

        # ---- this journal's code ----------------------------------------------------
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.own_code = QLineEdit()
        self.own_code.setReadOnly(True)
        self.own_code.setAccessibleName(self.tr("This journal's code"))
        self.copy_code_button = QPushButton(self.tr("&Copy"))
        self.copy_code_button.setToolTip(self.tr("Copy this journal's code"))
        self.copy_code_button.setAccessibleName(self.tr("Copy this journal's code"))
        self.copy_code_button.clicked.connect(self.copy_code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.own_code, 1)
        code_row.addWidget(self.copy_code_button)
        code_label = QLabel(self.tr("This journal's code"))
        code_label.setBuddy(self.own_code)
        form.addRow(code_label, code_row)

        self.own_words = QLabel()
        words_font = QFont(self.own_words.font())
        words_font.setBold(True)
        self.own_words.setFont(words_font)
        self.own_words.setWordWrap(True)
        self.own_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_words.setAccessibleName(self.tr("This journal's six words"))
        words_hint = QLabel(
            self.tr(
                "Read these aloud together; they should match on both computers. "
                "If they do not, do not add the code."
            )
        )
        words_hint.setObjectName("hint")
        words_hint.setWordWrap(True)
        words_box = QVBoxLayout()
        words_box.setSpacing(2)
        words_box.addWidget(self.own_words)
        words_box.addWidget(words_hint)
        form.addRow(self.tr("Six words"), words_box)
        layout.addLayout(form)

        # ---- adding a partner -------------------------------------------------------
        add_caption = QLabel(self.tr("Add your partner"))
        add_caption.setObjectName("caption")
        layout.addWidget(add_caption)
        add_form = QFormLayout()
        add_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.partner_code_field = QLineEdit()
        self.partner_code_field.setPlaceholderText(self.tr("Paste the code from their journal"))
        self.partner_code_field.setAccessibleName(self.tr("Your partner's code"))
        self.partner_code_field.textChanged.connect(self._show_their_words)
        code_field_label = QLabel(self.tr("Their co&de"))
        code_field_label.setBuddy(self.partner_code_field)
        add_form.addRow(code_field_label, self.partner_code_field)
        self.their_words = QLabel()
        self.their_words.setObjectName("hint")
        self.their_words.setWordWrap(True)
        self.their_words.setAccessibleName(self.tr("The six words of their code"))
        add_form.addRow("", self.their_words)
        add_form.setRowVisible(self.their_words, False)
        self._add_form = add_form
        self.partner_name_field = QLineEdit()
        self.partner_name_field.setPlaceholderText(self.tr("How you call them"))
        self.partner_name_field.setAccessibleName(self.tr("Your partner's name"))
        self.partner_name_field.returnPressed.connect(self.add_typed_partner)
        name_label = QLabel(self.tr("Their &name"))
        name_label.setBuddy(self.partner_name_field)
        self.add_partner_button = QPushButton(self.tr("Add partner"))
        self.add_partner_button.clicked.connect(self.add_typed_partner)
        name_row = QHBoxLayout()
        name_row.addWidget(self.partner_name_field, 1)
        name_row.addWidget(self.add_partner_button)
        add_form.addRow(name_label, name_row)
        layout.addLayout(add_form)

        # ---- partners ---------------------------------------------------------------
        list_caption = QLabel(self.tr("Sharing with"))
        list_caption.setObjectName("caption")
        layout.addWidget(list_caption)
        self.partner_list = QListWidget()
        self.partner_list.setAccessibleName(self.tr("Partners you share with"))
        self.partner_list.setWordWrap(True)
        self.partner_list.currentRowChanged.connect(self._sync_buttons)
        layout.addWidget(self.partner_list)
        self.no_partners = QLabel(self.tr("No partner added yet."))
        self.no_partners.setObjectName("hint")
        layout.addWidget(self.no_partners)
        self.stop_sharing_button = QPushButton(self.tr("&Stop sharing…"))
        self.stop_sharing_button.setToolTip(self.tr("Stop sharing with the chosen partner"))
        self.stop_sharing_button.clicked.connect(self.stop_sharing)
        self.new_code_button = QPushButton(self.tr("Make a new code…"))
        self.new_code_button.setToolTip(
            self.tr("Replace this journal's code; partners will need the new one")
        )
        self.new_code_button.clicked.connect(self.new_code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_sharing_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_code_button)
        layout.addLayout(buttons)

        self.bridge.settings_changed.connect(self._follow_module)
        self._follow_module()

    def showEvent(self, event: QShowEvent) -> None:
        # The code is made the first time it is needed, so only once the section shows.
        self.show_partners()
        super().showEvent(event)

    # ---- showing -------------------------------------------------------------------------

    def _follow_module(self) -> None:
        on = self.settings.relationship_enabled
        # Until the screen adds the section to its layout it has no parent, and showing
        # it would open it as a window of its own: it shows with its parent then.
        if not on or self.parentWidget() is not None:
            self.setVisible(on)

    def show_partners(self) -> None:
        """Show the code, its words and the partners as the journal holds them now."""
        try:
            code = my_code(self.journal)
            found = partners(self.journal)
        except (PartnerError, StoreError) as error:
            self.say(str(error), problem=True)
            return
        self.own_code.setText(code)
        self.own_code.setCursorPosition(0)
        self.own_words.setText("  ".join(fingerprint_words(code)))
        self.partner_list.clear()
        for partner in found:
            item = QListWidgetItem(self._partner_line(partner))
            item.setData(PARTNER_ROLE, partner.id)
            self.partner_list.addItem(item)
        if found:
            self.partner_list.setCurrentRow(0)
        # As tall as its partners (up to four rows), so one partner is not lost in white.
        rows = min(max(len(found), 1), 4)
        row_height = self.partner_list.sizeHintForRow(0) if found else 0
        row_height = max(row_height, self.partner_list.fontMetrics().lineSpacing() + 4)
        self.partner_list.setFixedHeight(row_height * rows + 2 * self.partner_list.frameWidth() + 6)
        self.partner_list.setVisible(bool(found))
        self.no_partners.setVisible(not found)
        self._sync_buttons()

    def _partner_line(self, partner: Partner) -> str:
        words = " ".join(fingerprint_words(partner.code))
        try:
            added = from_text(partner.added_at)
            when = format_date(added, "day_month_year")
        except ValueError:
            when = partner.added_at[:10]
        return self.tr("{name} · added {when} · {words}").format(
            name=partner.name, when=when, words=words
        )

    def _sync_buttons(self, *_args: object) -> None:
        self.stop_sharing_button.setEnabled(self.partner_list.currentItem() is not None)

    def _show_their_words(self, text: str) -> None:
        code = text.strip()
        self._add_form.setRowVisible(self.their_words, bool(code))
        if not code:
            self.their_words.clear()
            return
        try:
            words = fingerprint_words(code)
        except PartnerError:
            self.their_words.setText(self.tr("This does not look like a whole code yet."))
            return
        self.their_words.setText(
            self.tr("Their six words: {words}. Check them with your partner.").format(
                words="  ".join(words)
            )
        )

    # ---- actions -------------------------------------------------------------------------

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.own_code.text())
        self.say(self.tr("Copied this journal's code."))

    def add_typed_partner(self) -> None:
        code = self.partner_code_field.text().strip()
        name = " ".join(self.partner_name_field.text().split())
        if not code:
            self.say(self.tr("Please paste your partner's code first."), problem=True)
            self.partner_code_field.setFocus()
            return
        if not name:
            self.say(self.tr("Please write a name for your partner."), problem=True)
            self.partner_name_field.setFocus()
            return
        try:
            partner = add_partner(self.journal, code, name)
        except (PartnerError, StoreError) as error:
            self.say(str(error), problem=True)
            return
        self.partner_code_field.clear()
        self.partner_name_field.clear()
        self.show_partners()
        self.say(
            self.tr("Added {name}. You can now share a week from the Relationship screen.").format(
                name=partner.name
            )
        )

    def stop_sharing(self) -> None:
        item = self.partner_list.currentItem()
        if item is None:
            return
        partner_id = item.data(PARTNER_ROLE)
        found = [p for p in partners(self.journal) if p.id == partner_id]
        if not found:
            self.show_partners()
            return
        partner = found[0]
        forget = ask_stop_sharing(self, partner.name)
        if forget is None:
            return
        try:
            remove_partner(self.journal, partner.id, forget)
        except (PartnerError, StoreError) as error:
            self.say(str(error), problem=True)
            return
        self.show_partners()
        if forget:
            self.say(
                self.tr("Stopped sharing with {name} and forgot their weeks.").format(
                    name=partner.name
                )
            )
        else:
            self.say(self.tr("Stopped sharing with {name}.").format(name=partner.name))

    def new_code(self) -> None:
        if not ask_new_code(self):
            return
        try:
            replace_my_key(self.journal)
        except (PartnerError, StoreError) as error:
            self.say(str(error), problem=True)
            return
        self.show_partners()
        self.say(
            self.tr("Made a new code. Give it to your partner and read the six words together.")
        )

"""Sharing the weekly relationship check-in with a partner: the share dialog, opening a
partner's file, and the side-by-side view of both partners' pillars.

Everything here is optional and goes through files the person saves and hands over
themselves; the app never goes online. What a file holds is worked out by
``core.partner`` and sealed or opened by ``exchange.partner``; this module only
shows it. The share dialog's preview is exactly ``preview_lines`` of what would be
sealed, so what the person reads is what their partner will read.

The side-by-side view sets both partners' pillar averages next to each other, says
where they see the week alike and where they see it differently, and offers
``talk_first`` as gentle starting points. It never adds the pillars up into a total:
there is no score of the relationship.

The native file dialogs and the "are you sure" questions are module-level functions
(``ask_share_path``, ``ask_partner_file``) so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import day_range, format_date
from attune_journal.core.models import RelationshipCheckIn, RepairEntry
from attune_journal.core.partner import PillarPair, SharedWeek, side_by_side, talk_first
from attune_journal.core.partner import preview_lines as shared_preview_lines
from attune_journal.core.partner import shared_week as make_shared_week
from attune_journal.core.weeks import parse_iso_week, week_range
from attune_journal.exchange.partner import (
    Partner,
    PartnerError,
    keep_received,
    open_file,
    partners,
    received_weeks,
    seal,
)
from attune_journal.paths import atomic_write_bytes
from attune_journal.workspace import Workspace

SHARE_SUFFIX = ".attune-share"
"""The ending of a shared week's file (only a suggestion; any name opens)."""
PARTNER_FILE_FAMILY = b"ATTUNE-PARTNER-"
"""How every partner file starts (exchange/partner.py's header, any version)."""

# Two partners who answered within this much of each other see the pillar alike.
AGREE_WITHIN = 0.5
# A gap at least this wide is worth naming as a difference.
DIFFER_FROM = 1.0


def format_score(score: float | None) -> str:
    """One decimal, as people write it (3.5); a dash when there is no answer."""
    return "–" if score is None else f"{score:.1f}"


def week_words(label: str, week_start: int) -> str:
    """ "week 48 (23–29 November)" for a week label."""
    start, end = week_range(label, week_start)
    _year, number = parse_iso_week(label)
    span = day_range(start, end, year=False)
    return QCoreApplication.translate("PartnerDialogs", "week {number} ({span})").format(
        number=number, span=span
    )


# ---- asking (tests replace these) ----------------------------------------------------------


def ask_share_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to save the sealed week; None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PartnerDialogs", "Save the file for your partner"),
        suggested,
        QCoreApplication.translate(
            "PartnerDialogs", "Shared week (*{suffix});;All files (*)"
        ).format(suffix=SHARE_SUFFIX),
    )
    return path or None


def ask_partner_file(parent: QWidget) -> str | None:
    """Ask which file a partner sent; None when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PartnerDialogs", "Open a partner's file"),
        "",
        QCoreApplication.translate(
            "PartnerDialogs", "Shared week (*{suffix});;All files (*)"
        ).format(suffix=SHARE_SUFFIX),
    )
    return path or None


def looks_like_partner_file(path: Path) -> bool:
    """Whether a dropped file is (meant as) a partner's file: its ending, or its first bytes."""
    if path.name.endswith(SHARE_SUFFIX):
        return True
    try:
        with path.open("rb") as handle:
            start = handle.read(len(PARTNER_FILE_FAMILY))
    except OSError:
        return False
    return start == PARTNER_FILE_FAMILY


def fit_dialog(dialog: QDialog, width: int, height: int) -> None:
    """Open at ``width`` x ``height`` or smaller: within the window it belongs to (and
    the screen), leaving room for a title bar, so it fits an 800x600 screen too."""
    parent = dialog.parentWidget()
    room = parent.window().size() if parent is not None else None
    screen = dialog.screen().availableGeometry().size()
    max_w, max_h = screen.width(), screen.height() - 60
    if room is not None:
        max_w, max_h = min(max_w, room.width()), min(max_h, room.height() - 60)
    dialog.resize(min(width, max_w), min(height, max_h))


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    label.setWordWrap(True)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def repair_title(repair: RepairEntry) -> str:
    """One line naming a repair entry: its day and the start of what happened."""
    text = " ".join(repair.what_happened.split()) or QCoreApplication.translate(
        "PartnerDialogs", "(nothing written about what happened)"
    )
    if len(text) > 70:
        text = text[:69].rstrip() + "…"
    return f"{format_date(repair.at, 'day_month')}: {text}"


# ---- sharing a week ------------------------------------------------------------------------


class ShareWeekDialog(QDialog):
    """Choose the partner and what goes with the pillars; read exactly what they will see;
    save the sealed file."""

    def __init__(
        self,
        workspace: Workspace,
        checkin: RelationshipCheckIn,
        repairs: list[RepairEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.checkin = checkin
        self.repairs = repairs
        self.saved_path: Path | None = None
        self.setObjectName("shareWeek")
        self.setWindowTitle(self.tr("Share this week with your partner"))
        self.setAccessibleName(self.tr("Share this week with your partner"))

        heading = QLabel(
            self.tr("Share {week}").format(
                week=week_words(checkin.week, workspace.settings.week_start)
            )
        )
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        intro = _hint(
            self.tr(
                "Your answers and your two notes (more of, appreciated) go in a file only "
                "your partner's journal can open. You choose what else goes with them; the "
                "preview shows exactly what they will see. Sharing is up to you, this week "
                "and every week."
            )
        )

        self.partner_choice = QComboBox()
        self.partner_choice.setAccessibleName(self.tr("Share with"))
        self._partners: list[Partner] = partners(workspace.journal)
        for partner in self._partners:
            self.partner_choice.addItem(partner.name, partner.id)
        partner_label = QLabel(self.tr("Share &with"))
        partner_label.setBuddy(self.partner_choice)

        has_attune = any(text.strip() for text in checkin.attune.values())
        self.include_attune = QCheckBox(self.tr("Include my &ATTUNE reflection"))
        self.include_attune.setEnabled(has_attune)
        if not has_attune:
            self.include_attune.setToolTip(self.tr("You wrote no ATTUNE reflection this week."))
        self.include_attune.toggled.connect(self._refresh_preview)

        self.include_repairs = QCheckBox(self.tr("Include these &repair entries"))
        self.include_repairs.setEnabled(bool(repairs))
        self.include_repairs.toggled.connect(self._repairs_toggled)
        self.repair_list = QListWidget()
        self.repair_list.setAccessibleName(self.tr("Repair entries from this week"))
        self.repair_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for repair in repairs:
            item = QListWidgetItem(repair_title(repair))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.repair_list.addItem(item)
        self.repair_list.itemChanged.connect(self._refresh_preview)
        self.repair_list.setEnabled(False)
        self.repair_list.setVisible(bool(repairs))
        line = self.repair_list.fontMetrics().lineSpacing()
        row = max(self.repair_list.sizeHintForRow(0), line) if repairs else line
        frame = 2 * self.repair_list.frameWidth()
        shown_rows = min(4, max(1, len(repairs)))
        self.repair_list.setFixedHeight(row * shown_rows + frame + 12)
        if len(repairs) <= shown_rows:
            self.repair_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        no_repairs = _hint(self.tr("No repair entries were written this week."))
        no_repairs.setVisible(not repairs)

        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of what your partner will see"))
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(line * 6)
        preview_label = _caption(self.tr("&Preview: exactly what your partner will see"))
        preview_label.setBuddy(self.preview)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sharing status"))

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(bool(self._partners))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Saving writes the file but keeps the dialog open, so the status can be read.
        self.save_button.clicked.connect(self.save_file)
        self.close_button.clicked.connect(self.reject)

        choose = QFormLayout()
        choose.addRow(partner_label, self.partner_choice)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.include_attune)
        layout.addWidget(self.include_repairs)
        layout.addWidget(self.repair_list)
        layout.addWidget(no_repairs)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_dialog(self, 580, 600)
        self._refresh_preview()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Start where a person starts: whom to share with (not on Save).
        self.partner_choice.setFocus(Qt.FocusReason.TabFocusReason)

    def chosen_repairs(self) -> list[RepairEntry]:
        if not self.include_repairs.isChecked():
            return []
        return [
            repair
            for row, repair in enumerate(self.repairs)
            if self.repair_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def shared(self) -> SharedWeek:
        """What would be sealed, as the boxes stand now."""
        return make_shared_week(
            self.checkin,
            repairs=tuple(self.chosen_repairs()),
            include_attune=self.include_attune.isChecked(),
        )

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def _repairs_toggled(self, on: bool) -> None:
        self.repair_list.setEnabled(on)
        self._refresh_preview()

    def _refresh_preview(self, *_args: object) -> None:
        self.preview.setPlainText("\n".join(shared_preview_lines(self.shared())))

    def partner(self) -> Partner | None:
        index = self.partner_choice.currentIndex()
        return self._partners[index] if 0 <= index < len(self._partners) else None

    def save_file(self) -> Path | None:
        partner = self.partner()
        if partner is None:
            return None
        name = "".join(c for c in partner.name if c.isalnum() or c in " -_").strip() or "partner"
        suggested = f"{self.checkin.week} for {name}{SHARE_SUFFIX}"
        chosen = ask_share_path(self, suggested)
        if not chosen:
            return None
        path = Path(chosen)
        try:
            data = seal(self.workspace.journal, partner.id, self.shared())
            atomic_write_bytes(path, data)
        except PartnerError as error:
            self.status.setText(str(error))
            return None
        except OSError as error:
            self.status.setText(
                self.tr("The file could not be saved: {error}").format(
                    error=error.strerror or error
                )
            )
            return None
        self.saved_path = path
        self.status.setText(
            self.tr("Saved to {path}. Give it to {name} however suits you both.").format(
                path=path, name=partner.name
            )
        )
        return path


def open_share_dialog(
    workspace: Workspace,
    checkin: RelationshipCheckIn,
    repairs: list[RepairEntry],
    parent: QWidget,
) -> ShareWeekDialog:
    dialog = ShareWeekDialog(workspace, checkin, repairs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ---- side by side --------------------------------------------------------------------------


class ScoreBar(QProgressBar):
    """A pillar average as a short bar (1..5); the number sits beside it as text."""

    def __init__(self, score: float | None, who: str, pillar: str) -> None:
        super().__init__()
        self.setRange(0, 50)
        self.setValue(0 if score is None else round(score * 10))
        self.setTextVisible(False)
        self.setFixedHeight(10)
        self.setMinimumWidth(60)
        self.setAccessibleName(
            QCoreApplication.translate("PartnerDialogs", "{who}, {pillar}: {score}").format(
                who=who, pillar=pillar, score=format_score(score) if score is not None else "—"
            )
        )


def agree_and_differ(pairs: list[PillarPair]) -> tuple[list[PillarPair], list[PillarPair]]:
    """The pillars seen alike (gap within ``AGREE_WITHIN``) and the pillars with the widest
    gap, when it is at least ``DIFFER_FROM``."""
    gaps = [(p, p.gap) for p in pairs if p.gap is not None]
    alike = [p for p, gap in gaps if gap <= AGREE_WITHIN]
    widest = max((gap for _p, gap in gaps), default=0.0)
    apart = [p for p, gap in gaps if gap >= DIFFER_FROM and gap == widest]
    return alike, apart


class SideBySideView(QWidget):
    """One week's pillars for both partners, what to talk about first, and the gaps over the
    weeks both have. Never a total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[PillarPair] = []
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.intro = _hint(
            QCoreApplication.translate(
                "PartnerDialogs",
                "Two views of the same week. A difference is something to be curious "
                "about together, not a mistake, and nothing here is a grade.",
            )
        )
        self.grid_box = QFrame()
        self.grid_box.setObjectName("card")
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(10, 6, 10, 8)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(
            QCoreApplication.translate("PartnerDialogs", "Where you agree and differ")
        )
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.talk_caption = _caption(
            QCoreApplication.translate("PartnerDialogs", "Maybe start with")
        )
        self.talk = QLabel()
        self.talk.setWordWrap(True)
        self.talk.setTextFormat(Qt.TextFormat.PlainText)
        self.talk.setAccessibleName(
            QCoreApplication.translate("PartnerDialogs", "Maybe start with")
        )
        self.talk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.over_time_caption = _caption(
            QCoreApplication.translate(
                "PartnerDialogs", "Over time: how far apart your answers were"
            )
        )
        self.over_time = QTableWidget()
        self.over_time.setAccessibleName(
            QCoreApplication.translate("PartnerDialogs", "Gaps between your answers, week by week")
        )
        self.over_time.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.over_time.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.over_time.verticalHeader().setVisible(True)
        self.over_time_hint = _hint("")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.notice)
        layout.addWidget(self.talk_caption)
        layout.addWidget(self.talk)
        layout.addWidget(self.over_time_caption)
        layout.addWidget(self.over_time_hint)
        layout.addWidget(self.over_time, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_week(
        self,
        heading: str,
        partner_name: str,
        pairs: list[PillarPair],
        history: list[tuple[str, list[PillarPair]]],
    ) -> None:
        """Show ``pairs`` (this week) and ``history`` (week label, pairs) for both."""
        self.pairs = pairs
        self.heading.setText(heading)
        self._clear_grid()
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in (
            (1, QCoreApplication.translate("PartnerDialogs", "You")),
            (3, partner_name),
        ):
            label = QLabel(text)
            label.setFont(bold)
            self.grid.addWidget(label, 0, column, 1, 2)
        for row, pair in enumerate(pairs, start=1):
            name = QLabel(pair.label)
            self.grid.addWidget(name, row, 0)
            for column, who, score in (
                (1, QCoreApplication.translate("PartnerDialogs", "You"), pair.mine),
                (3, partner_name, pair.theirs),
            ):
                number = QLabel(format_score(score))
                number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                number.setAccessibleName(
                    QCoreApplication.translate("PartnerDialogs", "{who}, {pillar}: {score}").format(
                        who=who,
                        pillar=pair.label,
                        score=format_score(score)
                        if score is not None
                        else QCoreApplication.translate("PartnerDialogs", "no answer"),
                    )
                )
                self.grid.addWidget(number, row, column)
                self.grid.addWidget(ScoreBar(score, who, pair.label), row, column + 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(4, 1)

        self.notice.setText(self._notice_text(partner_name, pairs))
        ideas = talk_first(pairs)
        self.talk.setText("\n".join(f"• {idea}" for idea in ideas))
        self.talk.setVisible(bool(ideas))
        self.talk_caption.setVisible(bool(ideas))
        self._show_history(history, pairs)

    def _notice_text(self, partner_name: str, pairs: list[PillarPair]) -> str:
        if not any(p.gap is not None for p in pairs):
            return QCoreApplication.translate(
                "PartnerDialogs", "No pillar has an answer from both of you this week."
            )
        alike, apart = agree_and_differ(pairs)
        lines = []
        if alike:
            lines.append(
                QCoreApplication.translate(
                    "PartnerDialogs", "You see these much the same: {pillars}."
                ).format(pillars=", ".join(p.label for p in alike))
            )
        for pair in apart:
            lines.append(
                QCoreApplication.translate(
                    "PartnerDialogs",
                    "You see {pillar} most differently: you {mine}, {name} {theirs}.",
                ).format(
                    pillar=pair.label,
                    mine=format_score(pair.mine),
                    name=partner_name,
                    theirs=format_score(pair.theirs),
                )
            )
        if not apart:
            lines.append(
                QCoreApplication.translate("PartnerDialogs", "No pillar is far apart this week.")
            )
        return "\n".join(lines)

    # The over-time table lists this many of the latest weeks both have.
    HISTORY_WEEKS = 12

    def _show_history(
        self, history: list[tuple[str, list[PillarPair]]], pairs: list[PillarPair]
    ) -> None:
        """One row per pillar, one column per week both have (latest first)."""
        table = self.over_time
        table.clear()
        weeks = history[: self.HISTORY_WEEKS]
        table.setRowCount(len(pairs))
        table.setColumnCount(len(weeks))
        table.setVerticalHeaderLabels([p.label for p in pairs])
        headers = []
        for column, (week, week_pairs) in enumerate(weeks):
            _year, number = parse_iso_week(week)
            headers.append(
                QCoreApplication.translate("PartnerDialogs", "Week {number}").format(number=number)
            )
            by_id = {p.pillar_id: p for p in week_pairs}
            for row, pair in enumerate(pairs):
                found = by_id.get(pair.pillar_id)
                gap = None if found is None else found.gap
                item = QTableWidgetItem("–" if gap is None else f"{gap:.1f}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setMinimumSectionSize(72)
        table.resizeRowsToContents()
        # As tall as its rows: six pillars need no scrolling and leave no empty space.
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        if table.columnCount() > 4:
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)
        # As wide as its columns (and the pillar names), not the whole dialog.
        width = table.verticalHeader().sizeHint().width() + 2 * table.frameWidth() + 4
        width += sum(table.columnWidth(column) for column in range(table.columnCount()))
        table.setMaximumWidth(max(width, 200))
        table.setVisible(bool(weeks))
        self.over_time_hint.setText(
            QCoreApplication.translate(
                "PartnerDialogs",
                "0.0 means you answered alike; a bigger number, further apart. "
                "Only weeks you both have are listed, the latest first.",
            )
            if weeks
            else QCoreApplication.translate(
                "PartnerDialogs", "Weeks you have both shared will show here."
            )
        )


def pairs_for_week(workspace: Workspace, week: str, theirs: SharedWeek | None) -> list[PillarPair]:
    mine = workspace.journal.relationship_checkin(week)
    return side_by_side(mine, theirs)


def history_with(workspace: Workspace, partner: Partner) -> list[tuple[str, list[PillarPair]]]:
    """The weeks both partners have, newest first, with their pillar pairs."""
    found = []
    for theirs in received_weeks(workspace.journal, partner.id):
        mine = workspace.journal.relationship_checkin(theirs.week)
        if mine is None:
            continue
        found.append((theirs.week, side_by_side(mine, theirs)))
    found.sort(key=lambda item: item[0], reverse=True)
    return found


class SideBySideDialog(QDialog):
    """The side-by-side view for one partner and one week, scrolled when the window is small."""

    def __init__(
        self,
        workspace: Workspace,
        partner: Partner,
        theirs: SharedWeek,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySide")
        self.setWindowTitle(self.tr("Side by side with {name}").format(name=partner.name))
        self.view = SideBySideView()
        week = week_words(theirs.week, workspace.settings.week_start)
        self.view.show_week(
            self.tr("You and {name}, {week}").format(name=partner.name, week=week),
            partner.name,
            pairs_for_week(workspace, theirs.week, theirs),
            history_with(workspace, partner),
        )
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.view)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 8)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        # Tall enough for everything when the screen allows; scrolled when it does not.
        wanted = body.sizeHint().height() + buttons.sizeHint().height() + 40
        fit_dialog(self, 660, min(760, wanted))


def open_side_by_side(
    workspace: Workspace, partner: Partner, theirs: SharedWeek, parent: QWidget
) -> SideBySideDialog:
    dialog = SideBySideDialog(workspace, partner, theirs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ---- receiving -----------------------------------------------------------------------------


def tell_refused(parent: QWidget, sentence: str) -> QMessageBox:
    """The engine's sentence on why a file was not opened, and nothing else."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PartnerDialogs", "This file was not opened"),
        sentence,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("partnerFileRefused")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def receive_file(workspace: Workspace, path: Path, parent: QWidget) -> SideBySideDialog | None:
    """Open a partner's file, keep the week it holds and show both side by side."""
    try:
        data = path.read_bytes()
    except OSError as error:
        tell_refused(
            parent,
            QCoreApplication.translate(
                "PartnerDialogs", "The file could not be read: {error}"
            ).format(error=error.strerror or error),
        )
        return None
    try:
        received = open_file(workspace.journal, data)
        keep_received(workspace.journal, received)
    except PartnerError as error:
        tell_refused(parent, str(error))
        return None
    return open_side_by_side(workspace, received.partner, received.shared, parent)


def open_partner_file(workspace: Workspace, parent: QWidget) -> SideBySideDialog | None:
    """File → Open a partner's file…: ask for it, then ``receive_file``."""
    chosen = ask_partner_file(parent)
    if not chosen:
        return None
    return receive_file(workspace, Path(chosen), parent)

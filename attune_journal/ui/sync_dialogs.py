"""Compare the two versions of an entry written on two computers at once, and keep one,
the other, or both joined.

When the same entry's text was changed on two computers before either had synced,
sync keeps both: the entry shows the later version and the earlier one is kept beside
it. When two computers each wrote the weekly review (or relationship check-in) of the
same week, both are kept too: the first written holds the week, the other stays beside
it (docs/sync-format.md, "Merging"). ``ConflictDialog`` shows both side by side, as
History shows an entry (``ui/entry_view.py``), each with "Keep this one", and "Keep
both, joined" (the other's words added to the entry in the journal now, the other to
the trash). The dialog only says what was chosen (``chosen``: the uid to keep and the
uid to let go; ``joined``); the Settings section asks ``sync.session.resolve`` to do
it, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attune_journal.core.i18n import day_range, format_date, mid_sentence
from attune_journal.core.models import Entry
from attune_journal.core.weeks import parse_iso_week, week_range
from attune_journal.sync.merge import is_week_conflict
from attune_journal.ui.entry_view import EntryView, kind_label


def week_span(label: str, week_start: int = 0) -> str:
    """ "week 48 (23–29 November)" for a week label."""
    start, end = week_range(label, week_start)
    _year, number = parse_iso_week(label)
    return QCoreApplication.translate("ConflictDialog", "week {number} ({span})").format(
        number=number, span=day_range(start, end, year=False)
    )


def conflict_title(entry: Entry, other: Entry | None = None, week_start: int = 0) -> str:
    """One line naming a conflict: "Written on two computers at once: 3 March, 08:30 —
    check-in", or for two weekly entries of one week "Written for the same week on two
    computers: week 48 (23–29 November) — weekly review"."""
    what = mid_sentence(kind_label(entry.kind))
    week = getattr(entry, "week", "")
    if other is not None and is_week_conflict(entry, other) and week:
        return QCoreApplication.translate(
            "ConflictDialog", "Written for the same week on two computers: {week} — {what}"
        ).format(week=week_span(week, week_start), what=what)
    when = f"{format_date(entry.at, 'day_month')}, {format_date(entry.at, 'time')}"
    return QCoreApplication.translate(
        "ConflictDialog", "Written on two computers at once: {when} — {what}"
    ).format(when=when, what=what)


class ConflictDialog(QDialog):
    """Both versions side by side; "Keep this one" under each, "Keep both, joined", and
    "Decide later" to close."""

    def __init__(
        self,
        entry: Entry,
        copy: Entry,
        window: tuple[int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry, self.copy = entry, copy
        self.chosen: tuple[str, str] | None = None  # (keep uid, drop uid)
        self.joined = False  # keep both: the other's words added to the entry
        self.setWindowTitle(self.tr("Compare the two versions"))
        self.setModal(True)
        if is_week_conflict(entry, copy):
            text = self.tr(
                "Two computers each wrote this for the same week before they had synced, "
                "so both were kept. Keep the one you want, or keep both joined into one; "
                "what you let go goes to the trash, where you can still find it."
            )
        else:
            text = self.tr(
                "This entry was changed on two computers before they had synced, so both "
                "versions were kept. Keep the one you want, or keep both joined into one; "
                "what you let go goes to the trash, where you can still find it."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.views: list[EntryView] = []
        self.keep_buttons: list[QPushButton] = []
        sides = (
            (
                entry,
                copy,
                self.tr("In your journal now"),
                self.tr("Keep the version in your journal now"),
            ),
            (copy, entry, self.tr("The other version"), self.tr("Keep the other version")),
        )
        for column, (keep, drop, title, keep_name) in enumerate(sides):
            heading = QLabel(f"<b>{title}</b>")
            heading.setTextFormat(Qt.TextFormat.RichText)
            view = EntryView()
            view.setAccessibleName(title)
            view.show_entry(keep, window=window)
            view.setMinimumSize(220, 160)
            heading.setBuddy(view)
            button = QPushButton(self.tr("Keep this one"))
            button.setAccessibleName(keep_name)
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, k=keep.uid, d=drop.uid: self._choose(k, d)
            )
            grid.addWidget(heading, 0, column)
            grid.addWidget(view, 1, column)
            grid.addWidget(button, 2, column, Qt.AlignmentFlag.AlignLeft)
            grid.setColumnStretch(column, 1)
            self.views.append(view)
            self.keep_buttons.append(button)
        grid.setRowStretch(1, 1)

        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(
            self.tr("Keep &both, joined"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.join_button.setAccessibleName(
            self.tr("Keep both versions, the other's words added to the one in your journal now")
        )
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(self._join)
        self.later_button = buttons.addButton(
            self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        # Reading order: the first version, its button, the second, its button, both, later.
        QWidget.setTabOrder(self.views[0], self.keep_buttons[0])
        QWidget.setTabOrder(self.keep_buttons[0], self.views[1])
        QWidget.setTabOrder(self.views[1], self.keep_buttons[1])
        QWidget.setTabOrder(self.keep_buttons[1], self.join_button)
        QWidget.setTabOrder(self.join_button, self.later_button)
        self.resize(760, 480)
        if parent is not None:
            top = parent.window()
            self.resize(max(480, min(900, top.width() - 40)), max(360, min(620, top.height() - 40)))
        self.views[0].setFocus()

    def _choose(self, keep_uid: str, drop_uid: str) -> None:
        self.chosen = (keep_uid, drop_uid)
        self.joined = False
        self.accept()

    def _join(self) -> None:
        self.chosen = (self.entry.uid, self.copy.uid)
        self.joined = True
        self.accept()

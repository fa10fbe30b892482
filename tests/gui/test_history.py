"""History: search and filters through the widgets, highlights, the entry shown, star,
trash with Undo, the Trash view, editing a note, and the list model's contract."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont

from attune_journal.core.models import BodySensation, CheckIn, Feeling, NeedState, Note
from attune_journal.storage.repository import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from attune_journal.ui import history as history_module
from attune_journal.ui import note_editor as note_editor_module
from attune_journal.ui.entry_view import entry_html, markdown_html, snippet_html
from attune_journal.ui.history import EntryListModel
from tests.factories import at, full_checkin, full_note, one_of_each

# Dialogs shown on the offscreen platform make it say what it cannot do; that is not a fault.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def prepared(main_window) -> dict[str, int]:
    """A small journal whose entries each filter tells apart; returns name -> id."""
    journal = main_window.workspace.journal
    entries = {
        "walk": CheckIn(
            at=at(day=2, hour=8),
            reflection="A long walk by the river.",
            feelings=[Feeling("calm", 0.5, -0.8, 2)],
            needs=[NeedState("movement", True)],
            body=[BodySensation("legs", "warm", 2)],
            tags=["outside"],
        ),
        "meeting": CheckIn(
            at=at(day=10, hour=9),
            reflection="The meeting ran late; jaw clenched.",
            feelings=[Feeling("anxious", -0.4, 0.7, 3)],
            needs=[NeedState("rest", False)],
            body=[BodySensation("jaw", "clenched", 3)],
            tags=["work"],
            starred=True,
        ),
        "sister": Note(
            at=at(day=15, hour=20),
            text="Called my sister. Walked home <slowly> & happy.",
            tags=["family"],
        ),
    }
    ids: dict[str, int] = {}
    for name, entry in entries.items():
        journal.save(entry)
        assert entry.id is not None
        ids[name] = entry.id
    main_window.bridge.announce_many()
    return ids


def history_of(main_window):
    return main_window.show_screen("history")


def shown_ids(history) -> set[int]:
    return {entry.id for entry in history.model.entries()}


# ---- pure conversions -----------------------------------------------------------------------


def test_snippet_html_escapes_everything_and_marks_matches() -> None:
    snippet = f"a <b>bold</b> & {HIGHLIGHT_START}walk{HIGHLIGHT_END}ed\nhome"
    html = snippet_html(snippet)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in html
    assert ">walk</b>ed home" in html
    assert html.count("<b ") == 1 and "\n" not in html
    # Unbalanced markers never leave an open tag or a stray one.
    assert snippet_html(f"{HIGHLIGHT_END}x{HIGHLIGHT_START}y").endswith("y</b>")
    assert "<script>" not in snippet_html(f"{HIGHLIGHT_START}<script>{HIGHLIGHT_END}")


def test_snippet_drops_markdown_marks() -> None:
    assert snippet_html("# Morning\n\n**slept** badly") == "Morning slept badly"


def test_entry_html_renders_markdown_and_escapes_raw_html(qapp) -> None:
    note = full_note(text="**Bold** move <script>alert(1)</script>", tags=["x"])
    html = entry_html(note, window=(3, 6))
    assert "font-weight:700" in html and "Bold" in html  # Markdown bold rendered
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "above your window of 3–6" in html  # activation 8 against the window
    assert "#x" in html
    assert "Rendered" not in markdown_html("")  # an empty text renders as nothing odd


def test_every_kind_of_entry_renders(qapp) -> None:
    for entry in one_of_each():
        html = entry_html(entry)
        assert entry.at.strftime("%Y") in html
    checkin_html = entry_html(full_checkin())
    for expected in ("Chest", "tight", "anxious", "being heard", "cyclic sigh", "Morning"):
        assert expected in checkin_html


def test_first_line_joins_a_lone_heading_to_what_follows() -> None:
    assert (
        history_module.first_line(full_checkin())
        == "Morning · Slept badly; the meeting is on my mind."
    )
    assert history_module.first_line(full_note(text="")) == ""
    assert history_module.first_line(full_note(text="x" * 200), limit=10) == "x" * 10 + "…"


def test_list_model_contract(qtmodeltester) -> None:
    model = EntryListModel()
    hits = []
    for i, entry in enumerate(one_of_each()):
        entry.id = i + 1
        hits.append(SearchHit(entry, f"x {HIGHLIGHT_START}y{HIGHLIGHT_END}" if i else ""))
    model.set_hits(hits)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.row_of(3) == 2 and model.row_of(99) == -1
    assert "Check-in" in model.index(0, 0).data()


# ---- searching through the widgets ----------------------------------------------------------


def test_search_field_finds_and_highlights(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    assert shown_ids(history) == set(prepared.values())
    qtbot.keyClicks(history.search, "walk")
    qtbot.waitUntil(lambda: shown_ids(history) == {prepared["walk"], prepared["sister"]})
    snippets = [history.model.index(r, 0).data(history_module.SnippetRole) for r in range(2)]
    assert all("<b style" in s for s in snippets)
    # The sister's note escapes its angle brackets in the snippet.
    assert any("&lt;slowly&gt;" in s for s in snippets)
    assert history.detail.match_count >= 1  # the entry shown marks the words too
    history.search.clear()
    qtbot.keyClicks(history.search, "zzzz")
    qtbot.waitUntil(lambda: history.model.rowCount() == 0)
    assert "Nothing matches" in history.count_label.text()


def test_each_filter_through_the_widgets(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)

    history.feeling.setEditText("Calm")
    history.refresh()
    assert shown_ids(history) == {prepared["walk"]}
    history.reset_filters()

    history.need.setEditText("rest")
    history.refresh()
    assert shown_ids(history) == {prepared["meeting"]}
    history.reset_filters()

    history.region.setCurrentIndex(history.region.findData("jaw"))
    assert shown_ids(history) == {prepared["meeting"]}
    history.reset_filters()

    history.tag.setCurrentIndex(history.tag.findData("family"))
    assert shown_ids(history) == {prepared["sister"]}
    history.reset_filters()

    qtbot.mouseClick(history.starred_only, Qt.MouseButton.LeftButton)
    assert shown_ids(history) == {prepared["meeting"]}
    history.reset_filters()

    history.from_date.setDate(QDate(2026, 11, 3))
    history.to_date.setDate(QDate(2026, 11, 12))
    history.refresh()
    assert shown_ids(history) == {prepared["meeting"]}
    history.reset_filters()
    assert shown_ids(history) == set(prepared.values())


def test_date_filter_starts_at_any_and_steps_to_today(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    assert history.from_date.edit.text() == ""
    assert history.from_date.edit.placeholderText() == "any"
    assert history.filters().start is None
    history.from_date.setFocus()
    history.from_date.stepUp()
    assert history.from_date.date() == QDate.currentDate()


def test_calendar_marks_days_and_picks_a_day(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    history.calendar.setCurrentPage(2026, 11)
    marked = history.calendar.dateTextFormat(QDate(2026, 11, 10))
    assert marked.fontWeight() == QFont.Weight.Bold
    plain = history.calendar.dateTextFormat(QDate(2026, 11, 11))
    assert plain.fontWeight() != QFont.Weight.Bold
    history.show_day(QDate(2026, 11, 15))
    assert shown_ids(history) == {prepared["sister"]}
    assert history.filters().start == date(2026, 11, 15)


def test_calendar_days_take_the_colour_of_their_main_feeling(qtbot, main_window, prepared) -> None:
    from PySide6.QtGui import QColor

    from attune_journal.ui.charts import quadrant_colours

    history = history_of(main_window)
    history.calendar.setCurrentPage(2026, 11)
    qtbot.waitUntil(lambda: date(2026, 11, 10) in history.day_quadrants)
    assert history.day_quadrants == {date(2026, 11, 2): "green", date(2026, 11, 10): "red"}
    anxious = history.calendar.dateTextFormat(QDate(2026, 11, 10))
    assert anxious.underlineColor() == QColor(quadrant_colours()["red"])
    assert "mostly unpleasant and energised" in anxious.toolTip()  # said in words too
    note_only = history.calendar.dateTextFormat(QDate(2026, 11, 15))
    assert note_only.fontWeight() == QFont.Weight.Bold and "mostly" not in note_only.toolTip()


def test_ctrl_f_focuses_search_and_tab_order(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    history.list.setFocus()
    qtbot.keyClick(history.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert history.search.hasFocus()
    chain, widget = [], history.search
    for _ in range(20):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert chain.index(history.tag) < chain.index(history.list) < chain.index(history.detail)


# ---- acting on entries ----------------------------------------------------------------------


def test_star_toggles_with_s_and_ctrl_d(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    journal = main_window.workspace.journal
    row = history.model.row_of(prepared["sister"])
    history.list.setCurrentIndex(history.model.index(row, 0))
    history.list.setFocus()
    qtbot.keyClick(history.list, Qt.Key.Key_S)
    assert journal.get(prepared["sister"]).starred
    assert history.star_button.text() == "Unstar"
    qtbot.keyClick(history.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not journal.get(prepared["sister"]).starred
    assert history.selected_entry().id == prepared["sister"]  # selection kept across refreshes


def test_delete_moves_to_trash_and_undo_brings_it_back(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    journal = main_window.workspace.journal
    row = history.model.row_of(prepared["meeting"])
    history.list.setCurrentIndex(history.model.index(row, 0))
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    assert journal.get(prepared["meeting"]).is_trashed
    assert prepared["meeting"] not in shown_ids(history)
    assert history.undo_bar.isVisibleTo(history)
    assert "trash" in main_window.statusBar().currentMessage()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert not journal.get(prepared["meeting"]).is_trashed
    assert prepared["meeting"] in shown_ids(history)
    assert history.selected_entry().id == prepared["meeting"]
    assert not history.undo_bar.isVisibleTo(history)


def test_trash_view_restores_and_deletes_forever(qtbot, main_window, prepared, monkeypatch) -> None:
    history = history_of(main_window)
    journal = main_window.workspace.journal
    journal.trash(prepared["walk"])
    journal.trash(prepared["sister"])
    main_window.bridge.announce_many()

    qtbot.mouseClick(history.trash_toggle, Qt.MouseButton.LeftButton)
    assert shown_ids(history) == {prepared["walk"], prepared["sister"]}
    assert history.restore_button.isVisible() and not history.delete_button.isVisible()
    assert not history.filter_box.isEnabled()

    history.list.setCurrentIndex(history.model.index(history.model.row_of(prepared["walk"]), 0))
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)
    assert not journal.get(prepared["walk"]).is_trashed
    assert shown_ids(history) == {prepared["sister"]}

    asked: list[str] = []

    def refuse(_parent: object, what: str) -> bool:
        asked.append(what)
        return False

    monkeypatch.setattr(history_module, "ask_purge", refuse)
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    assert asked and journal.get(prepared["sister"]) is not None  # said no: still there
    monkeypatch.setattr(history_module, "ask_purge", lambda _p, _what: True)
    qtbot.mouseClick(history.purge_button, Qt.MouseButton.LeftButton)
    assert journal.get(prepared["sister"]) is None
    assert history.model.rowCount() == 0 and "trash is empty" in history.detail.toPlainText()

    qtbot.mouseClick(history.trash_toggle, Qt.MouseButton.LeftButton)
    assert shown_ids(history) == {prepared["walk"], prepared["meeting"]}


def test_edit_a_note_in_place(qtbot, main_window, prepared, monkeypatch) -> None:
    history = history_of(main_window)
    history.list.setCurrentIndex(history.model.index(history.model.row_of(prepared["sister"]), 0))
    assert history.open_button.isVisible()
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    editor = history.note_editor
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts go to the active window
    assert editor.editor.toPlainText().startswith("Called my sister")
    editor.editor.setPlainText("Called my sister. Felt close.")
    qtbot.keyClicks(editor.tags, " evening")
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = main_window.workspace.journal.get(prepared["sister"])
    assert saved.text == "Called my sister. Felt close."
    assert saved.tags == ["family", "evening"]
    assert "Felt close" in history.detail.toPlainText()

    # Closing with changes asks first; saying no keeps the dialog and the text.
    history.open_selected()
    editor = history.note_editor
    editor.editor.setPlainText("half-written")
    monkeypatch.setattr(note_editor_module, "ask_discard", lambda _parent: False)
    editor.reject()
    assert editor.isVisible() and editor.editor.toPlainText() == "half-written"
    monkeypatch.setattr(note_editor_module, "ask_discard", lambda _parent: True)
    editor.reject()
    assert not editor.isVisible()
    assert main_window.workspace.journal.get(prepared["sister"]).text.endswith("Felt close.")


def test_a_failed_edit_keeps_the_new_text(qtbot, main_window, prepared, monkeypatch) -> None:
    from attune_journal.storage.errors import DiskFullError

    history = history_of(main_window)
    history.list.setCurrentIndex(history.model.index(history.model.row_of(prepared["sister"]), 0))
    history.open_selected()
    editor = history.note_editor
    editor.editor.setPlainText("words that must not be lost")

    def full(_entry: object) -> None:
        raise DiskFullError()

    monkeypatch.setattr(main_window.workspace.journal, "save", full)
    editor.save()
    assert editor.isVisible() and "disk is full" in editor.feedback.text()
    assert editor.editor.toPlainText() == "words that must not be lost"
    monkeypatch.setattr(note_editor_module, "ask_discard", lambda _parent: True)
    editor.reject()


def test_checkin_edit_button_follows_the_checkin_screen(qtbot, main_window, prepared) -> None:
    from attune_journal.ui.main_window import screen_specs

    history = history_of(main_window)
    history.list.setCurrentIndex(history.model.index(history.model.row_of(prepared["walk"]), 0))
    has_checkin = any(spec.key == "checkin" for spec in screen_specs())
    assert history.open_button.isVisible() == has_checkin


def test_refreshes_when_another_screen_saves(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    note = Note(text="Written on Today", tags=["fresh"])
    main_window.bridge.save(note)
    assert note.id in shown_ids(history)
    assert history.tag.findData("fresh") >= 0


def test_enter_on_a_checkin_opens_it_in_the_checkin_screen(qtbot, main_window, prepared) -> None:
    from attune_journal.ui.main_window import screen_specs

    if not any(spec.key == "checkin" for spec in screen_specs()):
        pytest.skip("this build has no check-in screen to edit in")
    history = history_of(main_window)
    history.list.setCurrentIndex(history.model.index(history.model.row_of(prepared["walk"]), 0))
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    checkin = main_window.page("checkin")
    assert main_window.stack.currentWidget() is checkin
    assert "Changing your check-in from 2 Nov 2026" in checkin.feedback.text()


def test_a_hidden_history_catches_up_when_shown(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    main_window.show_screen("today")
    assert not history.isVisible()
    note = Note(text="Saved while History was hidden")
    main_window.bridge.save(note)
    assert note.id not in shown_ids(history)  # nothing re-read while hidden
    main_window.show_screen("history")
    assert note.id in shown_ids(history)


def test_a_small_window_keeps_the_weekday_names_and_the_whole_hint(
    qtbot, main_window, prepared, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale, QRect

    history = history_of(main_window)
    main_window.resize(700, 500)
    history.search.setText("nothing written like this")  # the long "Nothing matches" hint
    history.refresh()
    qtbot.wait(50)
    assert history.count_label.text().startswith("Nothing matches")
    calendar = history.calendar
    names = [calendar.locale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
    widest = max(calendar.fontMetrics().horizontalAdvance(name) for name in names)
    assert calendar.width() >= 7 * (widest + calendar.NAME_PADDING)
    # The hint wraps inside the list's column, every line of it shown.
    label = history.count_label
    assert label.width() <= history.list.width() + 2
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, label.width(), 10_000), Qt.TextFlag.TextWordWrap, label.text()
    )
    assert needed.width() <= label.width() and needed.height() <= label.height()


def test_counts_read_as_english(qtbot, main_window, prepared) -> None:
    history = history_of(main_window)
    assert history.count_label.text() == "3 entries"
    history.search.setText("sister")
    history.refresh()
    assert history.count_label.text() == "1 entry"  # not "1 entries"
    assert history.calendar.dateTextFormat(QDate(2026, 11, 15)).toolTip() == "1 entry"

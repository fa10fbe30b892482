"""The feeling word field and "words near this spot", driven as a person does.

Typing, the completer's popup (its own widget: keys go to it while it is open), Enter,
mouse clicks on the word buttons, the "did you mean" offer, and the same through the
check-in's feelings step and the repair log, down to what is saved.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QWidget

from attune_journal.core.models import CheckIn, RepairEntry
from attune_journal.core.vocab import own_feeling
from attune_journal.ui.theme import _palette, _stylesheet
from attune_journal.ui.widgets.mood_grid import CHECK_MARK, FeelingPicker

# The offscreen platform cannot size, raise or grab for real; it says so as warnings
# whenever a top-level widget or the completer's popup is shown. Nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def picker(qtbot):
    widget = FeelingPicker(extra_words=[own_feeling("floaty")])
    qtbot.addWidget(widget)
    widget.resize(760, 460)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def words(picker: FeelingPicker) -> list[str]:
    return [feeling.word for feeling in picker.feelings()]


def type_into_field(qtbot, picker: FeelingPicker, text: str) -> None:
    """Click into the word field and type, as a person does."""
    field = picker.word_edit
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, text)


def popup_open(qtbot, picker: FeelingPicker) -> QAbstractItemView:
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    return popup


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def key_where_it_goes(picker: FeelingPicker, key: Qt.Key) -> None:
    """A key press lands on the completer's popup while it is open, else on the field."""
    popup = picker.completer.popup()
    QTest.keyClick(popup if popup is not None and popup.isVisible() else picker.word_edit, key)


# ---- Enter on a suggestion: once, and the field is empty again ---------------------------


def test_enter_on_a_chosen_suggestion_then_another_word_gives_two_clean_words(
    qtbot, picker
) -> None:
    type_into_field(qtbot, picker, "anxious")
    popup = popup_open(qtbot, picker)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert words(picker) == ["anxious"]
    assert picker.word_edit.text() == ""
    assert "already" not in picker.feedback.text()
    assert not popup.isVisible()

    QTest.keyClicks(picker.word_edit, "tired")
    popup_open(qtbot, picker)
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert words(picker) == ["anxious", "tired"]
    assert picker.word_edit.text() == ""
    assert picker.feedback.text() == "Added “tired”."
    assert picker.grid.marks()[0][2] == "anxious"  # a shipped word keeps its place


def test_enter_while_the_popup_shows_the_typed_word_adds_it_once(qtbot, picker) -> None:
    # The report: "anxious", Enter, "tired", Enter gave "anxious" + "anxioustired".
    for word in ("anxious", "tired"):
        type_into_field(qtbot, picker, word)
        popup_open(qtbot, picker)
        key_where_it_goes(picker, Qt.Key.Key_Return)
        assert picker.word_edit.text() == ""
        assert "already" not in picker.feedback.text()
    assert words(picker) == ["anxious", "tired"]


def test_enter_without_moving_into_the_list_adds_what_was_typed(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "an")
    popup_open(qtbot, picker)  # offers angry, annoyed, anxious …
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert words(picker) == ["an"]  # not also the first row of the list
    assert picker.word_edit.text() == ""


def test_down_twice_chooses_the_second_suggestion(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "an")
    popup = popup_open(qtbot, picker)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert words(picker) == ["annoyed"]
    assert picker.word_edit.text() == ""


def test_clicking_a_suggestion_adds_it_once_and_clears_the_field(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "anx")
    popup = popup_open(qtbot, picker)
    model = picker.completer.completionModel()
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == "anxious"]
    QTest.mouseClick(
        popup.viewport(),
        Qt.MouseButton.LeftButton,
        pos=popup.visualRect(model.index(row, 0)).center(),
    )
    assert words(picker) == ["anxious"]
    assert picker.word_edit.text() == ""
    QTest.keyClicks(picker.word_edit, "tired")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert words(picker) == ["anxious", "tired"]


def test_choosing_an_already_chosen_suggestion_says_so_and_leaves_the_field_empty(
    qtbot, picker
) -> None:
    picker.add_feeling("anxious")
    type_into_field(qtbot, picker, "anxi")
    popup = popup_open(qtbot, picker)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert words(picker) == ["anxious"]
    assert picker.feedback.text() == "“anxious” is already chosen."  # true this time
    assert picker.word_edit.text() == ""


# ---- "did you mean" ------------------------------------------------------------------


def test_a_near_miss_offers_the_known_word_and_adds_nothing_until_chosen(qtbot, picker) -> None:
    offer = picker.suggestion
    type_into_field(qtbot, picker, "clam")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert words(picker) == []
    assert offer.isVisible()
    assert "Did you mean “calm”?" in offer.label.text()
    assert offer.use_button.text() == offer.use_button.accessibleName() == "Use “calm”"
    assert offer.keep_button.text() == offer.keep_button.accessibleName() == "Keep “clam”"
    assert offer.use_button.accessibleDescription() and offer.keep_button.accessibleDescription()
    assert focused() is offer.use_button  # one key away
    assert QApplication.activeModalWidget() is None  # nothing traps the person

    QTest.keyClick(offer.use_button, Qt.Key.Key_Space)
    assert words(picker) == ["calm"]
    assert picker.feelings()[0].pleasantness is not None
    assert picker.word_edit.text() == ""
    assert not offer.isVisible()
    assert picker.word_edit.hasFocus()


def test_keep_adds_the_typed_word_as_the_persons_own(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "clam")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is picker.suggestion.keep_button
    QTest.keyClick(picker.suggestion.keep_button, Qt.Key.Key_Space)
    assert [(f.word, f.pleasantness) for f in picker.feelings()] == [("clam", None)]
    assert "your own word" in picker.feedback.text()
    assert picker.word_edit.text() == ""
    assert not picker.suggestion.isVisible()


def test_keep_by_mouse(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "Tird")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert picker.suggestion.use_button.text() == "Use “tired”"
    QTest.mouseClick(picker.suggestion.keep_button, Qt.MouseButton.LeftButton)
    assert words(picker) == ["Tird"]


def test_esc_puts_the_offer_away_and_keeps_the_word_to_fix(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "clam")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert not picker.suggestion.isVisible()
    assert words(picker) == []
    assert picker.word_edit.hasFocus() and picker.word_edit.text() == "clam"
    # Fixing the word and pressing Enter again adds the fixed word, with no offer.
    QTest.keyClick(picker.word_edit, Qt.Key.Key_Backspace)
    QTest.keyClick(picker.word_edit, Qt.Key.Key_Backspace)
    QTest.keyClick(picker.word_edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(picker.word_edit, "alm")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert words(picker) == ["calm"]
    assert not picker.suggestion.isVisible()


def test_typing_again_puts_the_offer_away(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "clam")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    QTest.mouseClick(picker.word_edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(picker.word_edit, "s")
    assert not picker.suggestion.isVisible()
    assert words(picker) == []


def test_the_persons_own_saved_words_are_suggested_too(qtbot, picker) -> None:
    type_into_field(qtbot, picker, "flaoty")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert picker.suggestion.use_button.text() == "Use “floaty”"
    QTest.mouseClick(picker.suggestion.use_button, Qt.MouseButton.LeftButton)
    assert words(picker) == ["floaty"]


def test_known_and_far_words_are_added_without_an_offer(qtbot, picker) -> None:
    for word in ("floaty", "fizzy inside", "glad"):
        type_into_field(qtbot, picker, word)
        key_where_it_goes(picker, Qt.Key.Key_Return)
        assert not picker.suggestion.isVisible()
    assert words(picker) == ["floaty", "fizzy inside", "glad"]


# ---- "words near this spot": chosen ones look chosen -----------------------------------


def button_fill(button: QPushButton) -> QColor:
    """The colour at the button's left edge, inside its border and clear of its text."""
    image = button.grab().toImage()
    return image.pixelColor(4, image.height() // 2)


@pytest.fixture
def themed(qapp):
    """Put the app's light or dark palette in place (style sheets read the app's), then back."""
    before = qapp.palette()

    def use(dark: bool) -> QPalette:
        palette = _palette(dark)
        qapp.setPalette(palette)
        return palette

    yield use
    qapp.setPalette(before)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_chosen_near_word_is_filled_and_checked_and_says_so(
    qtbot, picker, themed, dark: bool
) -> None:
    palette = themed(dark)
    picker.setStyleSheet(_stylesheet())  # the app's sheet, on this widget only
    picker.grid.set_point(0.5, -0.8)
    calm, other = picker.near_buttons[0], picker.near_buttons[1]
    assert calm.text() == "calm" and not calm.isChecked()
    unchosen_fill = button_fill(calm)

    QTest.mouseClick(calm, Qt.MouseButton.LeftButton)
    assert words(picker) == ["calm"]
    assert calm.isChecked() and calm.text() == f"{CHECK_MARK} calm"
    assert calm.accessibleName() == "calm"
    assert calm.accessibleDescription().startswith("Chosen")
    assert other.accessibleDescription().startswith("Not chosen")
    assert picker.nearest_words()[0] == "calm"  # the word, without the mark
    chosen_fill = button_fill(calm)
    assert chosen_fill == palette.highlight().color()
    assert chosen_fill != unchosen_fill
    assert button_fill(other) == unchosen_fill

    # A second click removes it, and it visibly goes back.
    QTest.mouseClick(calm, Qt.MouseButton.LeftButton)
    assert words(picker) == []
    assert not calm.isChecked() and calm.text() == "calm"
    assert button_fill(calm) == unchosen_fill
    assert picker.feedback.text() == "Removed “calm”."


def test_a_typed_word_shows_as_chosen_among_the_near_words(qtbot, picker) -> None:
    picker.grid.set_point(0.5, -0.8)
    type_into_field(qtbot, picker, "calm")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert picker.near_buttons[0].isChecked()
    assert picker.near_buttons[0].text() == f"{CHECK_MARK} calm"


# ---- the same through the check-in and the repair log, down to what is saved ------------


def test_checkin_feelings_step_saves_exactly_the_words_chosen(qtbot, main_window) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    screen = main_window.page("checkin")
    screen.go_to(2)
    assert screen.current_page is screen.feelings
    picker = screen.feelings.picker

    type_into_field(qtbot, picker, "anxious")
    popup = popup_open(qtbot, picker)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    QTest.keyClicks(picker.word_edit, "tired")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    # A near miss, put away with Esc: the check-in stays open (Esc there means "leave").
    QTest.keyClicks(picker.word_edit, "clam")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert main_window.stack.currentWidget() is screen
    assert screen.current_page is screen.feelings
    # Then the suggestion is taken.
    key_where_it_goes(picker, Qt.Key.Key_Return)
    QTest.keyClick(picker.suggestion.use_button, Qt.Key.Key_Return)
    assert words(picker) == ["anxious", "tired", "calm"]
    assert "already" not in picker.feedback.text()

    QTest.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    [entry] = main_window.workspace.journal.entries()
    assert isinstance(entry, CheckIn)
    assert [f.word for f in entry.feelings] == ["anxious", "tired", "calm"]
    assert all(f.pleasantness is not None for f in entry.feelings)


def test_repair_log_picker_saves_exactly_the_words_chosen(qtbot, main_window) -> None:
    window = main_window
    window.workspace.settings.relationship_enabled = True
    window.workspace.settings.relationship_safety_seen = True
    window.bridge.save_settings()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    screen = window.page("repairs")
    assert window.stack.currentWidget() is screen
    QTest.keyClicks(screen.what_happened, "Snapped about the dishes")
    picker = screen.feelings

    type_into_field(qtbot, picker, "irritated")
    popup = popup_open(qtbot, picker)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    QTest.keyClicks(picker.word_edit, "tired")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    QTest.keyClicks(picker.word_edit, "hurt")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    assert words(picker) == ["irritated", "tired", "hurt"]
    assert picker.word_edit.text() == ""

    QTest.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert "Saved" in screen.feedback.text()
    [stored] = window.workspace.journal.entries(kinds=("repair",))
    assert isinstance(stored, RepairEntry)
    assert [f.word for f in stored.feelings] == ["irritated", "tired", "hurt"]


def test_near_word_buttons_are_reachable_and_toggled_by_keyboard(qtbot, picker) -> None:
    picker.grid.set_point(0.5, -0.8)
    QTest.mouseClick(picker.grid, Qt.MouseButton.LeftButton, pos=QPoint(*_grid_spot(picker)))
    first: QPushButton = picker.near_buttons[0]
    QTest.keyClick(picker.grid, Qt.Key.Key_Tab)
    assert focused() == first
    QTest.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked() and first.text().startswith(CHECK_MARK)
    assert words(picker) == [picker.nearest_words()[0]]


def _grid_spot(picker: FeelingPicker) -> tuple[int, int]:
    at = picker.grid.to_widget(0.5, -0.8)
    return int(at.x()), int(at.y())


def test_tab_order_field_offer_then_chosen_feelings(qtbot, picker) -> None:
    picker.add_feeling("tired")
    type_into_field(qtbot, picker, "clam")
    key_where_it_goes(picker, Qt.Key.Key_Return)
    offer = picker.suggestion
    assert focused() is offer.use_button
    QTest.keyClick(offer.use_button, Qt.Key.Key_Tab)
    assert focused() is offer.keep_button
    QTest.keyClick(offer.keep_button, Qt.Key.Key_Tab)
    assert focused() is picker.intensity_box("tired")
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)
    QTest.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is picker.word_edit
    assert words(picker) == ["tired"]  # moving around chose nothing

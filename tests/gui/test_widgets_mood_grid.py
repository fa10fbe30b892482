"""MoodGrid and FeelingPicker: keyboard paths, nearest words, typing words, intensities."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from attune_journal.core.models import Feeling
from attune_journal.core.vocab import nearest_feelings, own_feeling
from attune_journal.ui.widgets.mood_grid import FeelingPicker, MoodGrid, bin_density
from tests.gui.painting import grab_in_both_palettes

# The offscreen platform cannot size, raise or grab for real; it says so as warnings
# whenever a top-level widget or the completer's popup is shown. Nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def grid(qtbot):
    widget = MoodGrid()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    return widget


@pytest.fixture
def picker(qtbot):
    widget = FeelingPicker(extra_words=[own_feeling("zesty", 0.7, 0.8), own_feeling("meh")])
    qtbot.addWidget(widget)
    widget.resize(700, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_arrows_move_the_point_shift_moves_further_home_centres(qtbot, grid) -> None:
    moves: list[tuple[float, float]] = []
    grid.point_changed.connect(lambda p, e: moves.append((p, e)))
    assert grid.point() is None
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.point() == (0.1, 0.0)
    qtbot.keyClick(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert grid.point() == (0.1, 0.25)
    for _ in range(12):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.point() == (1.0, 0.25)  # clamped at the edge, exactly 1.0
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.point() == (0.0, 0.0)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.point() == (0.0, -0.1)
    assert moves[0] == (0.1, 0.0) and moves[-1] == (0.0, -0.1)
    assert "energy -0.10" in grid.accessibleDescription()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert grid.point() is None
    assert "No point" in grid.accessibleDescription()


def test_click_places_the_point_in_the_right_quadrant(qtbot, grid) -> None:
    grid.show()
    qtbot.waitExposed(grid)
    target = grid.to_widget(-0.5, 0.5)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(int(target.x()), int(target.y())))
    p, e = grid.point()
    assert p == pytest.approx(-0.5, abs=0.02) and e == pytest.approx(0.5, abs=0.02)


def test_set_point_round_trip_and_clamp(grid) -> None:
    grid.set_point(0.33, -0.7)
    assert grid.point() == (0.33, -0.7)
    grid.set_point(3.0, -9.0)
    assert grid.point() == (1.0, -1.0)
    grid.clear_point()
    assert grid.point() is None


def test_density_is_binned_and_scaled() -> None:
    points = [(0.5, 0.5, 1.0)] * 3000 + [(-0.95, -0.95, 1.0)] * 1000 + [(5.0, 5.0, 1.0)]
    cells = bin_density(points)
    assert len(cells) == 20 and all(len(row) == 20 for row in cells)
    assert cells[5][15] == 1.0  # p=.5 -> column 15, e=.5 -> row 5 (top is more energy)
    assert cells[19][0] == pytest.approx(1000 / 3000)
    assert cells[0][19] == pytest.approx(1 / 3000)  # out of range is clamped, not dropped


def test_grid_paints_with_point_marks_and_density(grid) -> None:
    grid.set_point(0.4, 0.3)
    grid.set_marks([(0.5, -0.8, "calm"), (-0.6, 0.7, "angry")])
    grid.set_density([(0.1 * i % 1, -0.05 * i % 1, 0.5) for i in range(2000)])
    assert grid.marks()[0] == (0.5, -0.8, "calm")
    assert grid.density_cells()
    assert grid.accessibleName()
    grab_in_both_palettes(grid)


def test_arrows_on_the_grid_update_the_nearest_words(qtbot, picker) -> None:
    assert picker.nearest_words() == []
    picker.grid.setFocus()
    for _ in range(5):
        qtbot.keyClick(picker.grid, Qt.Key.Key_Right)
    for _ in range(8):
        qtbot.keyClick(picker.grid, Qt.Key.Key_Down)
    assert picker.grid.point() == (0.5, -0.8)
    expected = [w.word for w in nearest_feelings(0.5, -0.8, k=6)]
    assert picker.nearest_words() == expected
    assert expected[0] == "calm"
    qtbot.keyClick(picker.grid, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert picker.nearest_words() != expected


def test_activating_a_nearest_word_adds_it_and_again_removes_it(qtbot, picker) -> None:
    changes: list[None] = []
    picker.changed.connect(lambda: changes.append(None))
    picker.grid.set_point(0.5, -0.8)
    button = picker.near_buttons[0]
    assert button.text() == "calm"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert [f.word for f in picker.feelings()] == ["calm"]
    assert button.isChecked()
    assert picker.grid.marks() == [(0.5, -0.8, "calm")]
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert picker.feelings() == []
    assert len(changes) == 2


def test_typing_a_word_and_enter_adds_it_with_vocabulary_coordinates(qtbot, picker) -> None:
    picker.word_edit.setFocus()
    qtbot.keyClicks(picker.word_edit, "Grateful")
    qtbot.keyClick(picker.word_edit, Qt.Key.Key_Return)
    assert picker.feelings() == [Feeling("grateful", 0.6, -0.1, 2)]
    assert picker.word_edit.text() == ""
    # An own word from settings, with coordinates, is found too.
    qtbot.keyClicks(picker.word_edit, "zesty")
    qtbot.keyClick(picker.word_edit, Qt.Key.Key_Return)
    assert picker.feelings()[1] == Feeling("zesty", 0.7, 0.8, 2)


def test_an_unknown_word_is_kept_as_the_persons_own(qtbot, picker) -> None:
    picker.word_edit.setFocus()
    qtbot.keyClicks(picker.word_edit, "  fizzy   inside ")
    qtbot.keyClick(picker.word_edit, Qt.Key.Key_Return)
    assert picker.feelings() == [Feeling("fizzy inside", None, None, 2)]
    assert "your own word" in picker.feedback.text()


def test_no_duplicates_ignoring_case(qtbot, picker) -> None:
    assert picker.add_feeling("calm")
    assert not picker.add_feeling("CALM")
    assert not picker.add_feeling("   ")
    picker.word_edit.setFocus()
    qtbot.keyClicks(picker.word_edit, "Calm")
    qtbot.keyClick(picker.word_edit, Qt.Key.Key_Return)
    assert [f.word for f in picker.feelings()] == ["calm"]
    assert "already chosen" in picker.feedback.text()


def test_a_too_long_word_is_refused_with_a_message(picker) -> None:
    assert not picker.add_feeling("x" * 81)
    assert picker.feelings() == []
    assert "80" in picker.feedback.text()


def test_intensity_by_keyboard_and_remove(qtbot, picker) -> None:
    picker.add_feeling("tense")
    picker.add_feeling("hopeful")
    box = picker.intensity_box("tense")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert picker.feelings()[0].intensity == 3
    qtbot.keyClick(box, Qt.Key.Key_Left)
    qtbot.keyClick(box, Qt.Key.Key_Left)
    assert picker.feelings()[0].intensity == 1
    assert box.accessibleName() == "How strong: tense"
    remove = picker.remove_button("tense")
    assert remove.accessibleName() == "Remove tense"
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [f.word for f in picker.feelings()] == ["hopeful"]


def test_keyboard_only_path_tab_to_the_word_field_then_to_intensity(qtbot, picker) -> None:
    picker.grid.setFocus()
    # Tab from the grid reaches the word field (past any visible nearest-word buttons).
    for _ in range(10):
        if picker.word_edit.hasFocus():
            break
        qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Tab)
    assert picker.word_edit.hasFocus()
    qtbot.keyClicks(picker.word_edit, "curious")
    qtbot.keyClick(picker.word_edit, Qt.Key.Key_Return)
    qtbot.keyClick(picker.word_edit, Qt.Key.Key_Tab)
    assert picker.focusWidget() is picker.intensity_box("curious")
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Right)
    assert picker.feelings() == [Feeling("curious", 0.4, 0.4, 3)]


def test_set_feelings_round_trip_keeps_stored_coordinates(picker) -> None:
    stored = [
        Feeling("calm", 0.45, -0.75, 1),  # coordinates as they were at the time
        Feeling("my own", None, None, 3),
        Feeling("Calm", 0.5, -0.8, 2),  # a duplicate in old data is dropped
    ]
    picker.set_feelings(stored)
    assert picker.feelings() == stored[:2]
    picker.set_feelings([])
    assert picker.feelings() == []


def test_picker_paints_in_light_and_dark(qtbot, picker) -> None:
    picker.grid.set_point(0.2, 0.4)
    picker.add_feeling("joyful")
    picker.add_feeling("my own word")
    assert picker.accessibleName() and picker.word_edit.accessibleName()
    grab_in_both_palettes(picker)


def test_a_newly_chosen_feeling_comes_right_after_the_word_field_in_tab_order(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from attune_journal.ui.widgets.mood_grid import FeelingPicker

    page = QWidget()
    layout = QVBoxLayout(page)
    picker = FeelingPicker()
    layout.addWidget(picker)
    next_button = QPushButton("Next")  # made before any feeling row, like a page's buttons
    layout.addWidget(next_button)
    qtbot.addWidget(page)
    page.show()
    picker.add_feeling("calm")
    picker.add_feeling("tired")
    calm_box, calm_remove = picker.intensity_box("calm"), picker.remove_button("calm")
    assert calm_box is not None and calm_remove is not None
    assert picker.word_edit.nextInFocusChain() is calm_box
    assert calm_box.nextInFocusChain() is calm_remove
    assert calm_remove.nextInFocusChain() is picker.intensity_box("tired")

"""ActivationScale: digits, arrows, Home/End, clearing, the window band in words, painting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from attune_journal.ui.widgets.activation_scale import ActivationScale
from tests.gui.painting import grab_in_both_palettes

# The offscreen platform cannot size, raise or grab for real; it says so as warnings
# whenever a top-level widget or the completer's popup is shown. Nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def scale(qtbot):
    widget = ActivationScale()
    qtbot.addWidget(widget)
    widget.resize(480, widget.sizeHint().height())
    return widget


def test_starts_not_set_and_says_so(scale) -> None:
    assert scale.value() is None
    assert scale.accessibleName()
    assert "not set" in scale.accessibleDescription()


def test_digits_arrows_home_end_and_clear(qtbot, scale) -> None:
    seen: list[object] = []
    scale.value_changed.connect(seen.append)
    qtbot.keyClick(scale, Qt.Key.Key_7)
    assert scale.value() == 7
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 8
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    assert scale.value() == 6
    qtbot.keyClick(scale, Qt.Key.Key_End)
    assert scale.value() == 10
    qtbot.keyClick(scale, Qt.Key.Key_Right)  # stays at the top, no wrap
    assert scale.value() == 10
    qtbot.keyClick(scale, Qt.Key.Key_Home)
    assert scale.value() == 0
    qtbot.keyClick(scale, Qt.Key.Key_Left)
    assert scale.value() == 0
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    assert scale.value() is None
    qtbot.keyClick(scale, Qt.Key.Key_2)
    qtbot.keyClick(scale, Qt.Key.Key_Backspace)
    assert scale.value() is None
    assert seen == [7, 8, 7, 6, 10, 0, None, 2, None]


def test_first_arrow_from_not_set_starts_in_the_window(qtbot, scale) -> None:
    scale.set_window(2, 6)
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 4


def test_description_places_the_value_against_the_window(scale) -> None:
    scale.set_window(3, 6)
    scale.set_value(7)
    assert scale.accessibleDescription().startswith(
        "Activation 7 of 10, above your window (3 to 6)"
    )
    assert "revved" in scale.accessibleDescription()
    scale.set_value(2)
    assert "below your window (3 to 6)" in scale.accessibleDescription()
    scale.set_window(1, 4)
    assert "inside your window (1 to 4)" in scale.accessibleDescription()
    assert scale.tolerance_window() == (1, 4)


def test_click_sets_the_step_under_the_mouse(qtbot, scale) -> None:
    scale.show()
    qtbot.waitExposed(scale)
    cell = scale._cell_rect(9).center()
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=QPoint(int(cell.x()), int(cell.y())))
    assert scale.value() == 9


def test_bad_values_are_refused_and_nothing_changes(scale) -> None:
    scale.set_value(5)
    for bad in (11, -1, True, 2.5):
        with pytest.raises(ValueError):
            scale.set_value(bad)
    with pytest.raises(ValueError):
        scale.set_window(6, 3)
    assert scale.value() == 5
    assert scale.tolerance_window() == (3, 6)


def test_paints_in_light_and_dark(qtbot, scale) -> None:
    scale.set_value(8)
    grab_in_both_palettes(scale)
    scale.set_value(None)
    grab_in_both_palettes(scale)


def test_typing_a_number_from_0_to_10(qtbot) -> None:
    from PySide6.QtTest import QTest

    from attune_journal.ui.widgets.activation_scale import ActivationScale

    scale = ActivationScale()
    qtbot.addWidget(scale)
    scale.show()
    scale.setFocus()
    QTest.keyClicks(scale, "7")
    assert scale.value() == 7
    QTest.keyClicks(scale, "10")
    assert scale.value() == 10
    QTest.keyClicks(scale, "0")  # a lone 0 after 10 is 0
    assert scale.value() == 0
    QTest.keyClicks(scale, "1")
    qtbot.wait(1100)  # a pause: the next 0 starts anew
    QTest.keyClicks(scale, "0")
    assert scale.value() == 0
    assert "0 to 10" in scale.toolTip()

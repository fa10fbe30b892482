"""BodyMap and BodyPicker: keyboard cycle and activation, clicks on regions, sensations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from attune_journal.core.models import BodySensation
from attune_journal.core.vocab import load_body_regions
from attune_journal.ui.widgets.body_map import BodyMap, BodyPicker
from tests.gui.painting import grab_in_both_palettes

# The offscreen platform cannot size or raise a real window and says so as warnings.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

REGION_IDS = [region.id for region in load_body_regions()]


@pytest.fixture
def body_map(qtbot):
    widget = BodyMap()
    qtbot.addWidget(widget)
    widget.resize(320, 440)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def picker(qtbot):
    widget = BodyPicker()
    qtbot.addWidget(widget)
    widget.resize(700, 460)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_arrow_keys_cycle_regions_and_space_enter_activate(qtbot, body_map) -> None:
    activated: list[str] = []
    body_map.region_activated.connect(activated.append)
    body_map.setFocus()
    assert body_map.focused_region() == REGION_IDS[0]  # focus is visible at once
    qtbot.keyClick(body_map, Qt.Key.Key_Down)
    qtbot.keyClick(body_map, Qt.Key.Key_Right)
    assert body_map.focused_region() == REGION_IDS[2]
    qtbot.keyClick(body_map, Qt.Key.Key_Space)
    qtbot.keyClick(body_map, Qt.Key.Key_Up)
    qtbot.keyClick(body_map, Qt.Key.Key_Return)
    assert activated == [REGION_IDS[2], REGION_IDS[1]]
    qtbot.keyClick(body_map, Qt.Key.Key_Left)
    qtbot.keyClick(body_map, Qt.Key.Key_Left)  # wraps round to the last region
    assert body_map.focused_region() == REGION_IDS[-1]
    qtbot.keyClick(body_map, Qt.Key.Key_Home)
    assert body_map.focused_region() == REGION_IDS[0]
    assert "Head" in body_map.accessibleDescription()


def test_every_region_can_be_visited_by_keyboard(qtbot, body_map) -> None:
    body_map.setFocus()
    visited = [body_map.focused_region()]
    for _ in range(len(REGION_IDS) - 1):
        qtbot.keyClick(body_map, Qt.Key.Key_Right)
        visited.append(body_map.focused_region())
    assert visited == REGION_IDS


@pytest.mark.parametrize("region_id", REGION_IDS)
def test_click_on_a_region_emits_that_region(qtbot, body_map, region_id: str) -> None:
    point = body_map.region_point(region_id)
    with qtbot.waitSignal(body_map.region_activated) as blocker:
        qtbot.mouseClick(
            body_map, Qt.MouseButton.LeftButton, pos=QPoint(round(point.x()), round(point.y()))
        )
    assert blocker.args == [region_id]


def test_centre_of_large_regions_hits_them(body_map) -> None:
    for region_id in ("chest", "belly", "hips", "legs", "feet", "arms", "hands", "upper_back"):
        assert body_map.region_at_pos(body_map.region_rect(region_id).center()) == region_id


def test_empty_space_activates_nothing(qtbot, body_map) -> None:
    activated: list[str] = []
    body_map.region_activated.connect(activated.append)
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert activated == []


def test_selected_and_heat_paint_in_both_palettes(body_map) -> None:
    body_map.set_selected({"chest": 3, "belly": 1, "lower_back": 2, "nowhere": 2})
    body_map.set_heat({"shoulders": 0.8, "jaw": 0.3, "feet": 1.5})
    body_map.setFocus()
    body_map.set_focused_region("lower_back")
    assert body_map.accessibleName() == "Body map"
    assert "Lower back, chosen, clear" in body_map.accessibleDescription()
    grab_in_both_palettes(body_map)


def test_picker_list_and_sensations_by_keyboard(qtbot, picker) -> None:
    changes: list[None] = []
    picker.changed.connect(lambda: changes.append(None))
    picker.region_list.setFocus()
    picker.region_list.setCurrentRow(REGION_IDS.index("chest"))
    assert picker.current_region() == "chest"
    assert picker.map.focused_region() == "chest"
    tree = picker.tree
    tree.setFocus()
    item = picker._find_item("tight")
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.keyClick(tree, Qt.Key.Key_3)
    tree.setCurrentItem(picker._find_item("warm"))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert picker.sensations() == [
        BodySensation("chest", "tight", 3),
        BodySensation("chest", "warm", 1),
    ]
    assert "Chest: tight (strong), warm (faint)" in picker.summary.text()
    assert picker.map._selected == {"chest": 3}
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # un-choose warm
    assert picker.sensations() == [BodySensation("chest", "tight", 3)]
    assert len(changes) == 5  # choose, strength, choose, strength, un-choose
    assert picker.region_list.item(REGION_IDS.index("chest")).text() == "Chest · 1"


def test_activating_the_map_selects_the_region_in_the_list(qtbot, picker) -> None:
    picker.map.setFocus()
    qtbot.keyClick(picker.map, Qt.Key.Key_End)
    qtbot.keyClick(picker.map, Qt.Key.Key_Space)
    assert picker.current_region() == "whole_body"
    assert picker.region_list.currentItem().data(Qt.ItemDataRole.UserRole) == "whole_body"
    picker.set_sensation("heavy", True, 2)
    assert picker.sensations() == [BodySensation("whole_body", "heavy", 2)]


def test_set_sensations_round_trip_keeps_unknown_words_and_regions(picker) -> None:
    stored = [
        BodySensation("chest", "tight", 3),
        BodySensation("belly", "churning", 1),
        BodySensation("belly", "butterflies", 2),  # the person's own word
        BodySensation("tail", "wiggly", 2),  # a region this version does not know
        BodySensation("chest", "TIGHT", 1),  # a duplicate is dropped
    ]
    picker.set_sensations(stored)
    assert picker.sensations() == stored[:4]
    picker.select_region("belly")
    assert picker._find_item("butterflies").checkState(0) == Qt.CheckState.Checked
    picker.select_region("tail")
    assert picker._find_item("wiggly") is not None
    assert "Tail: wiggly (clear)" in picker.summary.text()
    picker.set_sensations([])
    assert picker.sensations() == []
    assert "Nothing chosen" in picker.summary.text()


def test_picker_refuses_an_unknown_region_and_paints(picker) -> None:
    with pytest.raises(ValueError):
        picker.select_region("nowhere")
    picker.select_region("jaw")
    picker.set_sensation("clenched", True, 3)
    assert picker.region_list.accessibleName() and picker.tree.accessibleName()
    grab_in_both_palettes(picker)


def test_a_narrow_picker_leaves_the_outline_out_and_keeps_the_list(qtbot) -> None:
    from attune_journal.ui.widgets.body_map import BodyPicker

    picker = BodyPicker()
    qtbot.addWidget(picker)
    picker.resize(900, 420)
    picker.show()
    qtbot.waitUntil(lambda: picker.map.isVisible())
    picker.resize(BodyPicker.NARROW_WIDTH - 100, 420)
    qtbot.waitUntil(lambda: not picker.map.isVisible())
    assert picker.region_list.isVisible()  # every region stays reachable by the list
    picker.resize(900, 420)
    qtbot.waitUntil(lambda: picker.map.isVisible())

"""NeedsPicker: choose with Space, M toggles met, the filter, own needs, round trips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from attune_journal.core.models import NeedState
from attune_journal.ui.theme import _palette
from attune_journal.ui.widgets.needs_picker import NeedsPicker

# The offscreen platform cannot size or raise a real window and says so as warnings.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def picker(qtbot):
    widget = NeedsPicker(extra_needs=["slow mornings", "Rest"])
    qtbot.addWidget(widget)
    widget.resize(420, 460)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_space_chooses_and_m_toggles_met(qtbot, picker) -> None:
    changes: list[None] = []
    picker.changed.connect(lambda: changes.append(None))
    tree = picker.tree
    tree.setFocus()
    first = tree.currentItem()
    assert first.text(0) == "belonging"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert picker.needs() == [NeedState("belonging", False)]  # chosen starts "not met"
    assert first.text(1).endswith("not met")
    qtbot.keyClick(tree, Qt.Key.Key_M)
    assert picker.needs() == [NeedState("belonging", True)]
    assert "met" in first.data(0, Qt.ItemDataRole.AccessibleTextRole)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert picker.needs() == [NeedState("belonging", True), NeedState("closeness", False)]
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # un-choose belonging
    assert picker.needs() == [NeedState("closeness", False)]
    qtbot.keyClick(tree, Qt.Key.Key_M)  # M on an unchosen need does nothing
    assert picker.needs() == [NeedState("closeness", False)]
    assert len(changes) == 4
    assert "closeness (not met)" in picker.summary.text()


def test_filter_then_enter_chooses_the_first_match(qtbot, picker) -> None:
    picker.filter_edit.setFocus()
    qtbot.keyClicks(picker.filter_edit, "slee")
    visible = picker._visible_needs()
    assert [item.text(0) for item in visible] == ["sleep"]
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.needs() == [NeedState("sleep", False)]
    assert picker.filter_edit.text() == ""
    assert len(picker._visible_needs()) > 50  # the filter is cleared


def test_filter_down_moves_into_the_list(qtbot, picker) -> None:
    picker.filter_edit.setFocus()
    qtbot.keyClicks(picker.filter_edit, "hum")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    assert picker.tree.hasFocus()
    assert picker.tree.currentItem().text(0) == "humour"
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert picker.needs() == [NeedState("humour", False)]


def test_typing_an_unknown_need_adds_it_to_your_own(qtbot, picker) -> None:
    picker.filter_edit.setFocus()
    qtbot.keyClicks(picker.filter_edit, "a long bath")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.needs() == [NeedState("a long bath", False)]
    item = picker.item_for("a long bath")
    assert item.parent() is picker._own_group


def test_own_needs_are_shown_and_duplicates_of_shipped_needs_are_not(picker) -> None:
    own = picker._own_group
    assert [own.child(i).text(0) for i in range(own.childCount())] == ["slow mornings"]
    assert not own.isHidden()


def test_no_duplicates_ignoring_case(picker) -> None:
    picker.choose("Rest")
    picker.choose("REST")
    assert picker.needs() == [NeedState("rest", False)]


def test_set_needs_round_trip_with_unknown_needs(picker) -> None:
    stored = [
        NeedState("rest", True),
        NeedState("to be left alone", False),
        NeedState("Rest", False),  # duplicate in old data: the first wins
        NeedState("play time", True),
    ]
    picker.set_needs(stored)
    assert picker.needs() == [stored[0], stored[1], stored[3]]
    assert picker.item_for("to be left alone").parent() is picker._own_group
    assert picker.item_for("rest").checkState(0) == Qt.CheckState.Checked
    picker.set_needs([])
    assert picker.needs() == []
    assert picker.item_for("rest").checkState(0) == Qt.CheckState.Unchecked


def test_clicking_the_met_column_toggles_it(qtbot, picker) -> None:
    picker.choose("warmth")
    item = picker.item_for("warmth")
    picker.tree.scrollToItem(item)
    rect = picker.tree.visualItemRect(item)
    x = picker.tree.header().sectionPosition(1) + 10
    qtbot.mouseClick(
        picker.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=rect.center().__class__(x, rect.center().y()),
    )
    assert picker.needs() == [NeedState("warmth", True)]


def test_names_present(picker) -> None:
    # The tree is a stock QTreeWidget (Qt's own model), so there is no custom model for
    # qtmodeltester to check.
    assert picker.accessibleName() == "Needs"
    assert picker.tree.accessibleName() and picker.filter_edit.accessibleName()


def test_paints_in_both_palettes(picker) -> None:
    picker.set_needs([NeedState("rest", True), NeedState("trust", False)])
    images = []
    for dark in (False, True):
        picker.setPalette(_palette(dark))
        image = picker.grab().toImage()
        assert not image.isNull()
        images.append(image)
    assert images[0] != images[1]

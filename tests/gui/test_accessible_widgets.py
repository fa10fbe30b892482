"""The painted widgets as a screen reader meets them, read through Qt's accessibility API.

Every check goes through ``QAccessible.queryAccessibleInterface``: the children, their
names, roles and states, and their actions, as an assistive technology would use them.
The events Qt would pass on to one are recorded by a spy on
``QAccessible.updateAccessibility`` while accessibility is switched on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from attune_journal.core.models import BodySensation, CheckIn
from attune_journal.core.vocab import own_feeling
from attune_journal.ui.charts import ChartPanel
from attune_journal.ui.checkin import CheckInScreen
from attune_journal.ui.main_window import MainWindow
from attune_journal.ui.trends import TrendsScreen
from attune_journal.ui.widgets import accessible_parts
from attune_journal.ui.widgets.accessible_parts import PRESS, TOGGLE
from attune_journal.ui.widgets.activation_scale import ActivationScale
from attune_journal.ui.widgets.body_map import BodyMap, BodyPicker
from attune_journal.ui.widgets.mood_grid import FeelingPicker, MoodGrid
from tests.clock import Clock
from tests.gui.screens import page, shown
from tests.gui.test_keyboard_day import CTRL, current, focused, open_window, press, tab, tab_to

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description
Event = QAccessible.Event


@dataclass(frozen=True)
class Heard:
    """One accessibility event: its kind and the name of what it was about."""

    kind: QAccessible.Event
    name: str


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Heard]]:
    """Accessibility on, and every event the app sends from Python, as a screen reader's
    bridge would receive it (the events still go on to Qt)."""
    events: list[Heard] = []
    real = QAccessible.updateAccessibility

    def spy(event: QAccessibleEvent) -> None:
        iface = event.accessibleInterface()
        events.append(Heard(event.type(), iface.text(NAME) if iface is not None else ""))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    QAccessible.setActive(True)
    yield events
    QAccessible.setActive(False)


def iface_of(widget: object) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)  # type: ignore[arg-type]
    assert found is not None and found.isValid()
    return found


def children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [iface.child(i) for i in range(iface.childCount())]


def named(iface: QAccessibleInterface, name: str) -> QAccessibleInterface:
    """The descendant called ``name`` (depth first)."""
    for child in children(iface):
        if child.text(NAME) == name:
            return child
        found = _find(child, name)
        if found is not None:
            return found
    raise AssertionError(f"no accessible child named {name!r}")


def _find(iface: QAccessibleInterface, name: str) -> QAccessibleInterface | None:
    for child in children(iface):
        if child.text(NAME) == name:
            return child
        found = _find(child, name)
        if found is not None:
            return found
    return None


def do(iface: QAccessibleInterface, action: str) -> None:
    actions = iface.actionInterface()
    assert actions is not None, f"{iface.text(NAME)!r} has no actions"
    assert action in actions.actionNames()
    actions.doAction(action)


@pytest.fixture
def feelings(qtbot: QtBot) -> FeelingPicker:
    picker = FeelingPicker(extra_words=[own_feeling("zesty", 0.7, 0.8), own_feeling("meh")])
    qtbot.addWidget(picker)
    picker.resize(760, 440)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


@pytest.fixture
def body(qtbot: QtBot) -> BodyPicker:
    picker = BodyPicker()
    qtbot.addWidget(picker)
    picker.resize(760, 460)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


# ---- the mood grid --------------------------------------------------------------------------


def test_the_grid_has_four_quadrants_holding_every_placed_word(feelings: FeelingPicker) -> None:
    grid = iface_of(feelings.grid)
    assert grid.text(NAME) == "Mood grid: pleasantness and energy"
    quadrants = children(grid)
    assert [q.text(NAME) for q in quadrants] == [
        "Unpleasant, more energy",
        "Pleasant, more energy",
        "Unpleasant, less energy",
        "Pleasant, less energy",
    ]
    words = [w for q in quadrants for w in children(q)]
    # Every shipped word and the own word with a place ("meh" has none), in walk order.
    assert [w.text(NAME) for w in words] == feelings.grid.words()
    assert len(words) == 115 and "zesty" in feelings.grid.words()
    assert "meh" not in feelings.grid.words()
    grid_rect = grid.rect()
    for quadrant in quadrants:
        assert quadrant.role() == QAccessible.Role.Grouping
        assert quadrant.parent() is grid
        assert grid.indexOfChild(quadrant) == quadrants.index(quadrant)
        assert grid_rect.contains(quadrant.rect())
        assert quadrant.text(DESCRIPTION) == f"Chosen: 0 of {quadrant.childCount()}."
        for index, word in enumerate(children(quadrant)):
            assert word.role() == QAccessible.Role.CheckBox
            assert word.parent() is quadrant and quadrant.indexOfChild(word) == index
            state = word.state()
            assert state.focusable and state.checkable and not state.checked
            assert quadrant.rect().intersects(word.rect())
            assert word.actionInterface().actionNames() == [TOGGLE]
    # A word sits in the quadrant its place belongs to, and the grid finds it there.
    calm = named(grid, "calm")
    assert calm.parent().text(NAME) == "Pleasant, less energy"
    centre = calm.rect().center()
    assert grid.childAt(centre.x(), centre.y()) is calm.parent()
    assert calm.parent().childAt(centre.x(), centre.y()) is calm
    assert named(grid, "zesty").text(DESCRIPTION) == "Your own word"


def test_toggling_a_word_chooses_it_and_is_heard_as_checked(
    feelings: FeelingPicker, heard: list[Heard]
) -> None:
    calm = named(iface_of(feelings.grid), "calm")
    do(calm, TOGGLE)
    assert [f.word for f in feelings.feelings()] == ["calm"]
    assert calm.state().checked
    assert Heard(Event.StateChanged, "calm") in heard
    assert calm.parent().text(DESCRIPTION) == "Chosen: 1 of 24."
    assert "calm" in feelings.nearest_words()  # the point went to it, as the keyboard would
    heard.clear()
    do(calm, TOGGLE)
    assert feelings.feelings() == []
    assert not calm.state().checked
    assert heard.count(Heard(Event.StateChanged, "calm")) == 1
    # Chosen another way (typed), the grid's word is checked too.
    feelings.add_feeling("Content")
    assert named(iface_of(feelings.grid), "content").state().checked


def test_page_down_walks_every_word_and_each_step_is_announced(
    qtbot: QtBot, feelings: FeelingPicker, heard: list[Heard]
) -> None:
    grid = feelings.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    iface = iface_of(grid)
    assert iface.focusChild() is iface  # the grid itself has the focus
    visited = []
    for _ in range(len(grid.words())):
        qtbot.keyClick(grid, Qt.Key.Key_PageDown)
        word = grid.current_word()
        assert word is not None
        visited.append(word)
        focus = iface.focusChild()
        assert focus is not None and focus.text(NAME) == word and focus.state().focused
        assert heard[-1] == Heard(Event.Focus, word)
    assert visited == grid.words()  # each word once, in reading order
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid.current_word() == visited[0]  # round again
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert grid.current_word() == visited[-1]
    # Ctrl+Page Down: the first word of the next quadrant.
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, CTRL)
    first_of = [children(q)[0].text(NAME) for q in children(iface)]
    assert grid.current_word() == first_of[0]
    qtbot.keyClick(grid, Qt.Key.Key_PageDown, CTRL)
    assert grid.current_word() == first_of[1]
    assert heard[-1] == Heard(Event.Focus, first_of[1])
    # Space chooses the word the keyboard is on, and again lets it go.
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert [f.word for f in feelings.feelings()] == [first_of[1]]
    assert Heard(Event.StateChanged, first_of[1]) in heard
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert feelings.feelings() == []
    # An arrow key moves the point freely again: the focus is the grid's own.
    heard.clear()
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.current_word() is None and iface.focusChild() is iface
    assert heard[0] == Heard(Event.Focus, iface.text(NAME))


def test_space_first_finds_the_word_nearest_the_point(
    qtbot: QtBot, feelings: FeelingPicker, heard: list[Heard]
) -> None:
    grid = feelings.grid
    grid.setFocus()
    grid.set_point(0.3, -0.5)
    nearest = feelings.nearest_words()[0]
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert grid.current_word() == nearest and feelings.feelings() == []
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert [f.word for f in feelings.feelings()] == [nearest]


def test_arrows_into_another_quadrant_are_announced_by_its_name(
    qtbot: QtBot, feelings: FeelingPicker, heard: list[Heard]
) -> None:
    grid = feelings.grid
    grid.setFocus()
    grid.set_point(0.05, 0.3)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # still pleasant, more energy: nothing said
    assert [h for h in heard if h.kind == Event.Announcement] == []
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    announced = [h for h in heard if h.kind == Event.Announcement]
    assert len(announced) == 1  # an announcement names what it is said about: the grid
    assert announced[0].name == "Mood grid: pleasantness and energy"


def test_trends_grid_says_where_feelings_were(qtbot: QtBot) -> None:
    grid = MoodGrid()
    qtbot.addWidget(grid)
    grid.resize(240, 240)
    grid.set_density([(0.5, -0.5, 3.0), (-0.5, 0.5, 1.0)])
    iface = iface_of(grid)
    assert iface.text(DESCRIPTION) == "Where feelings were. Most often: Pleasant, less energy."
    shares = {q.text(NAME): q.text(DESCRIPTION) for q in children(iface)}
    assert shares["Pleasant, less energy"] == "About 75 % of the feelings shown."
    assert shares["Unpleasant, more energy"] == "About 25 % of the feelings shown."
    assert all(q.childCount() == 0 for q in children(iface))  # no words to choose here


def test_own_words_that_go_leave_the_tree_and_their_interfaces_are_freed(
    feelings: FeelingPicker, heard: list[Heard]
) -> None:
    zesty = named(iface_of(feelings.grid), "zesty")
    made = accessible_parts.live_parts(feelings.grid)
    feelings.set_extra_words([own_feeling("brisk", -0.2, 0.9)])
    assert not shiboken6.isValid(zesty)  # Qt deleted it; Python let go after
    # "zesty" went; "brisk" was made to be announced (its quadrant had been met).
    assert accessible_parts.live_parts(feelings.grid) == made
    assert Heard(Event.ObjectDestroyed, "zesty") in heard
    assert Heard(Event.ObjectCreated, "brisk") in heard
    assert named(iface_of(feelings.grid), "brisk").parent().text(NAME) == (
        "Unpleasant, more energy"
    )


def test_deleting_widgets_frees_every_part_and_nothing_crashes(qtbot: QtBot) -> None:
    held = []
    for _ in range(12):
        picker = FeelingPicker()
        body_map = BodyMap()
        for widget in (picker.grid, body_map):
            root = iface_of(widget)
            # Ask for every part (as a screen reader walking the tree does) and keep one.
            parts = [c for q in children(root) for c in [q, *children(q)]]
            held.append(parts[-1])
            assert accessible_parts.live_parts(widget) == len(parts)
        picker.deleteLater()
        body_map.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert not any(shiboken6.isValid(part) for part in held)
    assert accessible_parts._STORES == {}
    held.clear()
    gc.collect()


# ---- the body map ---------------------------------------------------------------------------


def test_the_body_map_has_front_and_back_with_every_region(body: BodyPicker) -> None:
    iface = iface_of(body.map)
    front, back = children(iface)
    assert (front.text(NAME), back.text(NAME)) == ("Front of the body", "Back, and the whole body")
    assert front.role() == back.role() == QAccessible.Role.List
    names = [r.text(NAME) for side in (front, back) for r in children(side)]
    labels = {r.id: body.map.region_label(r.id) for r in body.map.regions()}
    assert sorted(names) == sorted(labels.values())
    assert [r.text(NAME) for r in children(back)] == ["Upper back", "Lower back", "Whole body"]
    for known in body.map.regions():
        region = named(iface, body.map.region_label(known.id))
        side = front if known.on_figure else back
        assert region.role() == QAccessible.Role.ListItem
        assert region.parent() is side
        state = region.state()
        assert state.focusable and state.selectable and not state.checked
        assert region.actionInterface().actionNames() == [PRESS]
        # Where a click would find it (the eyes sit inside the head), Qt finds it too.
        point = body.map.mapToGlobal(body.map.region_point(known.id).toPoint())
        assert iface.childAt(point.x(), point.y()) is side
        assert side.childAt(point.x(), point.y()) is region


def test_pressing_a_region_opens_its_sensations_and_choosing_one_checks_it(
    qtbot: QtBot, body: BodyPicker, heard: list[Heard]
) -> None:
    chest = named(iface_of(body.map), "Chest")
    do(chest, PRESS)
    assert body.current_region() == "chest"
    assert chest.state().selected
    qtbot.waitUntil(body.tree.hasFocus)  # as Space would, the keyboard goes on
    body.set_sensation("tight", True, 3)
    assert chest.state().checked
    assert chest.text(DESCRIPTION) == "Chosen, strong"
    assert Heard(Event.StateChanged, "Chest") in heard
    body.set_sensation("tight", False)
    assert not chest.state().checked


def test_arrows_on_the_map_announce_each_region(
    qtbot: QtBot, body: BodyPicker, heard: list[Heard]
) -> None:
    body.map.setFocus()
    qtbot.waitUntil(body.map.hasFocus)
    iface = iface_of(body.map)
    # The first region is announced after Qt has announced the map itself.
    qtbot.waitUntil(lambda: bool(heard) and heard[-1] == Heard(Event.Focus, "Head"))
    for region in body.map.regions()[1:]:
        qtbot.keyClick(body.map, Qt.Key.Key_Down)
        label = body.map.region_label(region.id)
        assert heard[-1] == Heard(Event.Focus, label)
        focus = iface.focusChild()
        assert focus is not None and focus.text(NAME) == label and focus.state().focused


def test_the_trends_body_map_says_how_often_each_region_was_noticed(qtbot: QtBot) -> None:
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.set_heat({"chest": 1.0, "belly": 0.4, "feet": 0.1})
    iface = iface_of(body_map)
    said = {name: named(iface, name).text(DESCRIPTION) for name in ("Chest", "Belly", "Feet")}
    assert said == {
        "Chest": "Noticed often in this range",
        "Belly": "Noticed sometimes in this range",
        "Feet": "Noticed now and then in this range",
    }
    assert named(iface, "Head").text(DESCRIPTION) == ""


# ---- the other painted widgets ----------------------------------------------------------------


def test_the_other_painted_widgets_have_a_name_and_say_their_value(
    qtbot: QtBot, fixed_clock: Clock, main_window: MainWindow
) -> None:
    scale = ActivationScale()
    qtbot.addWidget(scale)
    scale.set_value(7)
    said = iface_of(scale)
    assert said.text(NAME) == "Activation, 0 to 10"
    assert said.text(DESCRIPTION).startswith("Activation 7 of 10")

    trends = shown(main_window, "trends", TrendsScreen)

    # Each chart says its numbers in words once Trends has worked them out (the
    # relationship panel is hidden then, while that part of the app is off).
    def panels() -> list[ChartPanel]:
        return [p for p in trends.findChildren(ChartPanel) if not p.isHidden()]

    qtbot.waitUntil(lambda: all(iface_of(p.content).text(DESCRIPTION) for p in panels()))
    every = trends.findChildren(ChartPanel)
    assert panels() and len(every) >= 6
    for widget in [trends.mood_grid, trends.body_map, *every, *(p.content for p in every)]:
        assert iface_of(widget).text(NAME).strip(), f"{widget!r} has no accessible name"
    assert iface_of(trends.feelings_panel.content).text(NAME) == "Feelings"

    from attune_journal.ui.history import HistoryScreen  # the month calendar's home

    history = shown(main_window, "history", HistoryScreen)
    assert iface_of(history.calendar).text(NAME) == "Calendar: days with entries are bold"


# ---- a whole check-in by keyboard, heard through the accessibility API -----------------------


def test_a_check_in_by_keyboard_alone_reaches_and_chooses_a_region_and_a_word(
    qtbot: QtBot, fixed_clock: Clock, main_window: MainWindow, heard: list[Heard]
) -> None:
    window = main_window
    open_window(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    screen = page(window, "checkin", CheckInScreen)
    tab_to(qtbot, screen.next_button)
    press(qtbot, Qt.Key.Key_Return)

    # Body: the arrows walk the figure to the chest; each region is heard as it is reached.
    body = screen.body_page.picker
    assert focused() is body.map
    while body.map.focused_region() != "chest":
        press(qtbot, Qt.Key.Key_Down)
    assert heard[-1] == Heard(Event.Focus, "Chest")
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is body.tree
    press(qtbot, Qt.Key.Key_Space)  # the first sensation
    sensation = current(body.tree).text(0)
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is body.map
    assert named(iface_of(body.map), "Chest").state().checked
    tab_to(qtbot, screen.next_button)
    press(qtbot, Qt.Key.Key_Return)

    # Feelings: into the grid, Ctrl+Page Down to the calm quadrant, Page Down to "calm".
    grid = screen.feelings.picker.grid
    assert focused() is grid
    for _ in range(4):
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        focus = iface_of(grid).focusChild()
        assert focus is not None and heard[-1] == Heard(Event.Focus, focus.text(NAME))
        if focus.parent().text(NAME) == "Pleasant, less energy":
            break
    while grid.current_word() != "calm":
        press(qtbot, Qt.Key.Key_PageDown)
    assert heard[-1] == Heard(Event.Focus, "calm")
    press(qtbot, Qt.Key.Key_Space)
    assert Heard(Event.StateChanged, "calm") in heard
    assert named(iface_of(grid), "calm").state().checked
    # Tab leaves the grid: the words are inside it, not a trap.
    assert tab(qtbot) is not grid

    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves from any step
    assert screen.current_page is screen.done
    [entry] = window.workspace.journal.entries()
    assert isinstance(entry, CheckIn)
    assert [f.word for f in entry.feelings] == ["calm"]
    assert entry.body == [BodySensation("chest", sensation, 2)]


def test_the_app_is_named_as_people_know_it_and_each_step_is_said_once(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    # A screen reader lists the app under Qt's application name (AT-SPI), not the
    # desktop file's reverse-DNS id.
    app = QAccessible.queryAccessibleInterface(QApplication.instance())  # type: ignore[arg-type]
    assert app is not None and app.text(QAccessible.Text.Name) == "Attune Journal"
    # The check-in's step is named by its label; the dots beside it say nothing more.
    screen = main_window.show_checkin()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    names = []
    for widget in screen.findChildren(QWidget):
        iface = QAccessible.queryAccessibleInterface(widget)
        if widget.isVisible() and iface is not None:
            names += [iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)]
    said = [n for n in names if "Step 2 of 7" in n]
    assert said == ["Step 2 of 7 · Body"]

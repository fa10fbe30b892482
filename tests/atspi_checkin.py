"""A check-in made through the real AT-SPI bus, as a screen reader would make it.

Run by the system Python (Debian's python3-pyatspi), not the project's venv, while
Attune Journal runs on the same accessibility bus: tests/gui/test_accessible_atspi.py
starts the bus, a virtual display and the app, then this script. It finds the app's
accessible tree and listens for focus events; gives the body map the focus and presses
Down (keys go through the registry's synthetic keyboard, as Orca's do); presses the
chest through its action and chooses a sensation by typing its name and Space; presses
Page Down on the mood grid and toggles "calm" through its action; finishes the check-in;
and writes the tree of the body and feelings steps as text to the path it is given. It
prints one JSON object saying what it heard; the test checks that and the saved entry.

Usage: /usr/bin/python3 tests/atspi_checkin.py DUMP_PATH
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyatspi
from gi.repository import GLib

APP_NAMES = ("Attune Journal", "org.attunejournal.AttuneJournal")
XK_DOWN = 0xFF54
XK_PAGE_DOWN = 0xFF56
XK_SPACE = 0x20
# States worth reading in a dump (a screen reader says these).
SPOKEN_STATES = {
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_SELECTED: "selected",
    pyatspi.STATE_FOCUSABLE: "focusable",
}

Node = Any  # a pyatspi Accessible


def pump(seconds: float) -> None:
    """Let the GLib main loop deliver events for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not context.iteration(False):
            time.sleep(0.01)


def wait_for(what: str, check: Callable[[], Any], timeout: float = 10.0) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = check()
        if found:
            return found
        pump(0.1)
    raise SystemExit(json.dumps({"error": f"timed out waiting for {what}"}))


def states(node: Node) -> set[int]:
    return set(node.getState().getStates())


def showing(node: Node) -> bool:
    return pyatspi.STATE_SHOWING in states(node)


def children(node: Node) -> list[Node]:
    found = []
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            found.append(child)
    return found


def find(root: Node, match: Callable[[Node], bool]) -> Node | None:
    """The first showing node under ``root`` (breadth first) that ``match`` accepts."""
    queue = [root]
    while queue:
        node = queue.pop(0)
        for child in children(node):
            if not showing(child):
                continue
            if match(child):
                return child
            queue.append(child)
    return None


def named(name: str, role: str | None = None) -> Callable[[Node], bool]:
    return lambda node: node.name == name and (role is None or node.getRoleName() == role)


def act(node: Node, action: str) -> None:
    actions = node.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    if action not in names:
        raise SystemExit(json.dumps({"error": f"{node.name!r} has no {action!r}: {names}"}))
    actions.doAction(names.index(action))


def press(root: Node, name: str) -> None:
    act(wait_for(f"the {name!r} button", lambda: find(root, named(name, "push button"))), "Press")


def step_label(window: Node) -> str:
    label = find(window, lambda n: n.getRoleName() == "label" and n.name.startswith("Step "))
    return str(label.name) if label is not None else ""


def next_step(window: Node, button: str, step: int) -> None:
    """Press Next (or Finish) and wait until the check-in shows step ``step``."""
    press(window, button)
    wait_for(f"step {step}", lambda: step_label(window).startswith(f"Step {step} "))


def key(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def dump(node: Node, depth: int = 0) -> list[str]:
    """The showing tree as a screen reader reads it: role, name, description, states."""
    spoken = sorted(label for state, label in SPOKEN_STATES.items() if state in states(node))
    line = "  " * depth + f"[{node.getRoleName()}] {node.name!r}"
    if node.description:
        line += f" — {node.description}"
    if spoken:
        line += f" ({', '.join(spoken)})"
    try:
        actions = node.queryAction()
        names = [actions.getName(i) for i in range(actions.nActions)]
    except NotImplementedError:
        names = []
    names = [name for name in names if name != "SetFocus"]
    if names:
        line += f" <{', '.join(names)}>"
    lines = [line]
    for child in children(node):
        if showing(child):
            lines.extend(dump(child, depth + 1))
    return lines


def main(dump_path: Path) -> dict[str, Any]:
    desktop = pyatspi.Registry.getDesktop(0)
    app = wait_for(
        "the app on the accessibility bus",
        lambda: next((a for a in children(desktop) if a.name in APP_NAMES), None),
        timeout=20.0,
    )
    window = wait_for("the main window", lambda: find(app, lambda n: n.getRoleName() == "frame"))
    report: dict[str, Any] = {"app": app.name}

    focused: list[tuple[str, str]] = []

    def on_focus(event: Any) -> None:
        if event.detail1 == 1 and event.source is not None:
            focused.append((event.source.getRoleName(), event.source.name))

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    pump(0.5)  # the app hears that someone listens before it is asked to say anything

    press(window, "Start check-in")
    wait_for("step 1", lambda: step_label(window).startswith("Step 1 "))
    next_step(window, "Next", 2)
    body_map = wait_for("the body map", lambda: find(window, named("Body map")))
    body_lines = dump(window)

    # Xvfb has no window manager to make the window active, so keys would go nowhere:
    # a click on the step's heading activates it, as clicking a window does.
    heading = wait_for(
        "the step's heading",
        lambda: find(window, lambda n: n.getRoleName() == "label" and n.name.startswith("Step ")),
    )
    box = heading.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    wait_for("the window active", lambda: pyatspi.STATE_ACTIVE in states(window))

    # Into the map: the map is named, then the region the keyboard is on.
    body_map.queryComponent().grabFocus()
    wait_for("the first region announced", lambda: focused[-1:] == [("list item", "Head")])
    key(XK_DOWN)
    wait_for("Down announced on the next region", lambda: focused[-1:] == [("list item", "Eyes")])
    report["focus_on_map"] = focused[:]

    # Pressing the chest opens its sensations; typing a name and Space chooses one.
    chest = find(body_map, named("Chest", "list item"))
    if chest is None:
        raise SystemExit(json.dumps({"error": "no Chest in the body map"}))
    act(chest, "Press")
    wait_for("the chest's sensations", lambda: find(window, named("In your chest", "label")))
    wait_for("the sensations focused", lambda: focused[-1:] == [("tree", "Sensations")])
    pyatspi.Registry.generateKeyboardEvent(0, "tight", pyatspi.KEY_STRING)
    wait_for("'tight' focused", lambda: focused[-1:] == [("table cell", "tight")])
    key(XK_SPACE)
    report["chest_checked"] = bool(
        wait_for("the chest checked", lambda: pyatspi.STATE_CHECKED in states(chest))
    )

    # The mood grid: Page Down goes to a word, and a word's toggle chooses it.
    next_step(window, "Next", 3)
    grid = wait_for(
        "the mood grid", lambda: find(window, named("Mood grid: pleasantness and energy"))
    )
    report["quadrants"] = [(q.name, q.childCount) for q in children(grid)]
    wait_for("the grid focused", lambda: ("panel", grid.name) in focused)
    key(XK_PAGE_DOWN)
    wait_for("Page Down announced on a word", lambda: focused[-1][0] == "check box")
    report["focus_on_grid"] = focused[focused.index(("panel", grid.name)) :]
    calm = find(grid, named("calm", "check box"))
    if calm is None:
        raise SystemExit(json.dumps({"error": "no 'calm' on the mood grid"}))
    act(calm, "Toggle")
    report["calm_checked"] = bool(
        wait_for("calm checked", lambda: pyatspi.STATE_CHECKED in states(calm))
    )
    wait_for("calm among the chosen", lambda: find(window, named("Remove calm", "push button")))
    feelings_lines = dump(window)

    next_step(window, "Next", 4)
    next_step(window, "Next", 5)
    next_step(window, "Next", 6)
    press(window, "Finish")
    wait_for("the check-in saved", lambda: find(window, named("Back to Today", "push button")))
    report["saved"] = True

    dump_path.write_text(
        "\n".join(
            [
                "# The check-in's body step, then its feelings step, as AT-SPI reports them",
                "# to a screen reader: [role] 'name' — description (states) <actions>.",
                "# Only what is showing; made by tests/atspi_checkin.py.",
                "",
                "## The application, as the bus lists it",
                f"[{app.getRoleName()}] {app.name!r}",
                "",
                "## Body step",
                *body_lines,
                "",
                "## Feelings step (after 'tight' in the chest and 'calm' were chosen)",
                *feelings_lines,
                "",
            ]
        ),
        encoding="utf-8",
    )
    report["dump_lines"] = len(body_lines) + len(feelings_lines)
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))

"""Composition root of the desktop app: resolve paths, open the store, start Qt.

The only place where the workspace, the Qt application and the main window meet.
Errors the person can act on (a store from a newer version, a damaged file) are
shown in a plain dialog instead of a traceback.

Before Qt starts on Linux, the display is looked for: Qt with no display, or with a
``DISPLAY`` whose X server has gone, aborts (exit 134) with a message about a
missing library that is not the problem. Without a display the app says so in one
line instead; ``--smoke`` (the check of an install) paints offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

X11_SOCKET_DIR = "/tmp/.X11-unix"


def _local_x_socket(display: str) -> str | None:
    """The local socket path of an X display such as ":55", ":55.0" or "unix:55".

    None for a display on another host ("host:0", "localhost:10"): those are reached
    over TCP, which this app never opens itself, so they are left to Qt.
    """
    host, sep, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not sep or host not in {"", "unix"} or not number.isdigit():
        return None
    return f"{X11_SOCKET_DIR}/X{int(number)}"


def _answers(path: str) -> bool:
    """Whether an X server accepts a connection on the local socket ``path``.

    Linux X servers listen on the socket file and on an abstract socket of the same
    name (a container may see only the latter); Qt's xcb tries both, and so does
    this. It is a Unix-domain socket on this machine, never the network; it is
    closed at once, before any byte is sent.
    """
    import socket

    candidates = [path]
    if sys.platform.startswith("linux"):
        candidates.insert(0, "\0" + path)
    for candidate in candidates:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(2.0)
            try:
                probe.connect(candidate)
            except OSError:
                continue
            return True
    return False


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why Qt could not show a window here, as one line, or None to let Qt try.

    Only Linux is checked, and only when no Qt platform is chosen other than xcb (X).
    """
    env = dict(os.environ if environ is None else environ)
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    display = env.get("DISPLAY", "")
    if not display and (platform or not env.get("WAYLAND_DISPLAY")):
        return (
            "there is no display here, so the app's window cannot open. Run it inside a "
            "desktop session; to check that an install works, run: attune-journal --smoke"
        )
    if not display or (env.get("WAYLAND_DISPLAY") and not platform):
        return None  # a Wayland session: Qt picks Wayland, or X through Xwayland
    path = _local_x_socket(display)
    if path is None or _answers(path):
        return None
    return (
        f"cannot reach display {display}: no X server answers at {path}. The desktop "
        "session it belonged to may have ended; open a new terminal in your desktop, or "
        "run: attune-journal --smoke (checks the install without a display)"
    )


def run_app(
    data_dir: str | Path | None = None, argv: list[str] | None = None, smoke: bool = False
) -> int:
    """Open the main window and run until it closes; returns the exit code."""
    problem = display_problem()
    if problem is not None:
        if not smoke:
            print(f"attune-journal: {problem}", file=sys.stderr)
            return 1
        # The smoke check is about the install, not the screen: it paints offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        print(
            "attune-journal: no usable display; the smoke check paints offscreen.", file=sys.stderr
        )
    from attune_journal.ui.application import start

    return start(data_dir, argv if argv is not None else sys.argv[:1], smoke=smoke)

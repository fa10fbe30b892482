"""A crash mid-typing loses at most the last second: a child process is SIGKILLed while typing.

The child opens the check-in screen offscreen and types into the reflection in
small chunks, letting the event loop run between them (as a person's typing
would), and reports after each chunk how many characters it has typed and when.
Once the draft has been written at least once it prints a marker; the parent
kills it with SIGKILL straight away, reopens the store and checks the draft.
"""

from __future__ import annotations

import os
import signal
import string
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from attune_journal.core.drafts import CHECKIN_DRAFT, checkin_from_payload
from attune_journal.workspace import open_workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = textwrap.dedent(
    """
    import os, string, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtTest import QTest
    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.workspace import open_workspace

    def text(n):
        return "".join(" " if i % 7 == 6 else string.ascii_lowercase[i % 26] for i in range(n))

    app = make_qapplication([])
    workspace = open_workspace(sys.argv[1])
    window = open_main_window(app, workspace)
    screen = window.show_screen("checkin")
    screen.go_to(5)
    editor = screen.reflect.editor
    saves = []
    screen.saver.saved.connect(lambda: saves.append(time.monotonic()))
    typed, chunk, marked = 0, 8, False
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        QTest.keyClicks(editor, text(typed + chunk)[typed:])
        typed += chunk
        app.processEvents()
        print(f"T {time.monotonic():.4f} {typed}", flush=True)
        if saves and typed >= 1200 and not marked:
            print("MARK", flush=True)
            marked = True
        time.sleep(0.02)
    """
)


def expected_text(n: int) -> str:
    return "".join(" " if i % 7 == 6 else string.ascii_lowercase[i % 26] for i in range(n))


def test_a_killed_process_keeps_all_but_the_last_second(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)  # create the store before the child opens it
    workspace.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    progress: list[tuple[float, int]] = []
    try:
        for line in child.stdout:
            if line.startswith("MARK"):
                child.send_signal(signal.SIGKILL)
                break
            _, moment, count = line.split()
            progress.append((float(moment), int(count)))
        else:
            pytest.fail("the child ended before the draft was ever written")
    finally:
        if child.poll() is None:
            child.kill()
        rest = child.stdout.read()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    for line in rest.splitlines():  # lines printed between the marker and the kill
        if line.startswith("T "):
            _, moment, count = line.split()
            progress.append((float(moment), int(count)))

    last_moment, last_count = progress[-1]
    typed_a_second_before = max(c for t, c in progress if t <= last_moment - 1.0)

    workspace = open_workspace(data_dir)
    try:
        payload = workspace.journal.draft(CHECKIN_DRAFT)
    finally:
        workspace.close()
    assert payload is not None
    kept = checkin_from_payload(payload).entry.reflection
    # Whatever was kept is exactly what was typed, in order, and nothing older than a
    # second before the last report is missing (one more chunk may follow that report).
    assert kept == expected_text(len(kept))
    assert typed_a_second_before <= len(kept) <= last_count + 8
    print(f"typed {last_count}, draft kept {len(kept)}, a second earlier {typed_a_second_before}")

"""One instance per data folder: a second claim hands over and asks the first to come forward."""

from __future__ import annotations

import uuid

from attune_journal.paths import DataPaths
from attune_journal.ui.single_instance import SingleInstance, bring_forward


def test_a_second_instance_hands_over_to_the_first(qtbot, tmp_path) -> None:
    name = DataPaths(tmp_path / f"data-{uuid.uuid4().hex}").lock_name
    first = SingleInstance(name)
    assert first.claim()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.activate_requested, timeout=3000):
        assert not second.claim()
    first.release()
    # Once the first has gone, the folder can be claimed again.
    third = SingleInstance(name)
    assert third.claim()
    third.release()


def test_different_folders_do_not_interfere(qtbot, tmp_path) -> None:
    a = SingleInstance(DataPaths(tmp_path / "a").lock_name)
    b = SingleInstance(DataPaths(tmp_path / "b").lock_name)
    assert a.claim() and b.claim()
    a.release()
    b.release()


def test_bring_forward_restores_raises_and_activates() -> None:
    # The offscreen platform cannot raise windows, so a stand-in records the calls.
    calls: list[str] = []

    class Window:
        def isMinimized(self) -> bool:
            return True

        def __getattr__(self, name: str):
            return lambda: calls.append(name)

    bring_forward(Window())  # type: ignore[arg-type]
    assert calls == ["showNormal", "show", "raise_", "activateWindow"]


def _folder(tmp_path):
    paths = DataPaths(tmp_path / f"data-{uuid.uuid4().hex}")
    paths.root.mkdir()
    return paths


def test_with_a_lock_file_the_first_listens_once_its_window_is_up_and_a_second_hands_over(
    qtbot, tmp_path
) -> None:
    paths = _folder(tmp_path)
    first = SingleInstance(paths.lock_name, paths.instance_lock)
    assert first.claim()
    assert first._server is None  # not yet: the socket waits for the event loop
    qtbot.waitUntil(lambda: first._server is not None, timeout=3000)
    assert paths.instance_lock.stat().st_mode & 0o777 == 0o600
    second = SingleInstance(paths.lock_name, paths.instance_lock)
    with qtbot.waitSignal(first.activate_requested, timeout=3000):
        assert not second.claim()
    first.release()
    third = SingleInstance(paths.lock_name, paths.instance_lock)
    assert third.claim()
    third.release()


def test_a_holder_that_never_answers_does_not_keep_the_journal_shut(
    qtbot, tmp_path, monkeypatch
) -> None:
    import fcntl

    from attune_journal.ui import single_instance

    monkeypatch.setattr(single_instance, "HANDOVER_WAIT_S", 0.3)
    paths = _folder(tmp_path)
    with open(paths.instance_lock, "wb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # held, no socket
        assert SingleInstance(paths.lock_name, paths.instance_lock).claim()


def test_a_killed_instance_leaves_no_lock_behind(qtbot, tmp_path) -> None:
    import signal
    import subprocess
    import sys

    paths = _folder(tmp_path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'wb'); fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('held', flush=True); time.sleep(60)\n",
            str(paths.instance_lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    instance = SingleInstance(paths.lock_name, paths.instance_lock)
    assert instance.claim()
    assert instance._lock_file is not None  # the kernel let go of the dead one's lock
    instance.release()


def test_without_a_folder_yet_the_socket_alone_decides(qtbot, tmp_path) -> None:
    paths = DataPaths(tmp_path / "not-made-yet")
    instance = SingleInstance(paths.lock_name, paths.instance_lock)
    assert instance.claim() and instance._server is not None and instance._lock_file is None
    instance.release()


def test_a_folder_without_lock_support_falls_back_to_the_socket(
    qtbot, tmp_path, monkeypatch
) -> None:
    import errno

    from attune_journal.storage import locks

    def no_locks(*_args: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(locks.fcntl, "flock", no_locks)
    paths = _folder(tmp_path)
    instance = SingleInstance(paths.lock_name, paths.instance_lock)
    assert instance.claim()  # at once, without waiting for a holder that is not there
    assert instance._lock_file is None and instance._server is not None
    instance.release()

"""One instance per data folder: a second claim hands over and asks the first to come forward."""

from __future__ import annotations

import uuid

from attune_journal.paths import DataPaths
from attune_journal.ui.single_instance import SingleInstance, bring_forward


def test_a_second_instance_hands_over_to_the_first(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
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


def test_different_folders_do_not_interfere(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
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

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return lambda: calls.append(name)

    bring_forward(Window())  # type: ignore[arg-type]
    assert calls == ["showNormal", "show", "raise_", "activateWindow"]

"""The sync clock: text that sorts in time order whatever the wall clocks do."""

from __future__ import annotations

import pytest

from attune_journal.sync.clock import Clock, format_stamp, parse_stamp

A = "a" * 32
B = "b" * 32


class Wall:
    """A wall clock the test sets by hand."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_the_text_form_has_fixed_widths_and_reads_back() -> None:
    clock = Clock(A, Wall(1_764_800_000_123))
    stamp = clock.tick()
    assert stamp == f"1764800000123.0000.{A}"
    assert parse_stamp(stamp) == (1_764_800_000_123, 0, A)
    assert format_stamp(5, 7, B) == f"0000000000005.0007.{B}"


def test_changes_in_the_same_millisecond_count_up() -> None:
    clock = Clock(A, Wall(1000))
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5
    assert [parse_stamp(s)[1] for s in stamps] == [0, 1, 2, 3, 4]


def test_a_wall_clock_going_back_does_not_go_back_in_order() -> None:
    wall = Wall(5000)
    clock = Clock(A, wall)
    first = clock.tick()
    wall.ms = 1000  # the computer's clock was set back
    second = clock.tick()
    assert second > first
    assert parse_stamp(second)[:2] == (5000, 1)
    wall.ms = 6000
    assert parse_stamp(clock.tick())[:2] == (6000, 0)


def test_a_clock_ahead_on_another_computer_is_passed() -> None:
    """Skew: B's clock runs an hour ahead; A's changes made after reading B's still sort
    after them."""
    ahead = Clock(B, Wall(1000 + 3_600_000))
    behind = Clock(A, Wall(1000))
    theirs = ahead.tick()
    behind.observe(theirs)
    mine = behind.tick()
    assert mine > theirs
    assert parse_stamp(mine)[:2] == (1000 + 3_600_000, 1)


def test_equal_times_are_ordered_by_the_device() -> None:
    a, b = Clock(A, Wall(1000)), Clock(B, Wall(1000))
    assert a.tick() < b.tick()
    later = Clock(A, Wall(1000))
    later.observe(f"0000000001000.0000.{B}")
    assert later.tick() > f"0000000001000.0000.{B}"


def test_observing_an_older_clock_changes_nothing() -> None:
    clock = Clock(A, Wall(9000))
    clock.tick()
    clock.observe(f"0000000001000.0042.{B}")
    assert parse_stamp(clock.tick())[:2] == (9000, 1)


def test_ten_thousand_changes_in_one_millisecond_borrow_the_next() -> None:
    clock = Clock(A, Wall(1000))
    stamps = [clock.tick() for _ in range(10_001)]
    assert stamps == sorted(stamps)
    assert parse_stamp(stamps[-1])[:2] == (1001, 0)


@pytest.mark.parametrize(
    "bad", ["", "1000.0000.a", "0000000001000.000.a", "0000000001000.0000.", "x" * 20]
)
def test_a_bad_clock_is_refused(bad: str) -> None:
    clock = Clock(A, Wall(1))
    with pytest.raises(ValueError):
        clock.observe(bad)
    with pytest.raises(ValueError):
        Clock("with.dot")

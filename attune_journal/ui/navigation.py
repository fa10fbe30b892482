"""What a screen may ask of the window around it: go to another screen, say one line.

The main window implements ``Navigation`` and hands itself to the screens (and to
start-up helpers such as the draft offer) when it builds them. Screens depend on
this small interface instead of importing ``ui/main_window.py``, which imports
every screen: that keeps the screens below the window, with no import going back
up, and no screen importing another to reach it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from datetime import date

    from attune_journal.core.models import CheckIn


class CheckInTarget(Protocol):
    """What other screens hand to the check-in screen (``CheckInScreen`` in the app)."""

    def begin(self, prompt_offset: int = 0) -> object:
        """Start a new check-in with the prompt at ``prompt_offset``."""
        ...

    def load_entry(self, entry: CheckIn) -> object:
        """Open a saved check-in for changes."""
        ...

    def resume_draft(self, key: str, payload: dict[str, Any]) -> object:
        """Carry on from the draft stored under ``key``."""
        ...


class Navigation(Protocol):
    """The window's navigation as screens see it (``MainWindow`` in the app)."""

    def show_screen(self, key: str) -> QWidget:
        """Switch to screen ``key`` (built on first use) and return it."""
        ...

    def show_checkin(self) -> CheckInTarget:
        """Switch to the check-in screen and return it."""
        ...

    def offers_screen(self, key: str) -> bool:
        """Whether this window has a screen called ``key``."""
        ...

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        """A passing line in the status bar."""
        ...

    def show_in_history(self, day: date, entry_id: int | None = None) -> None:
        """Open History on ``day``'s entries (nothing else filtered), ``entry_id`` chosen."""
        ...

    def show_entries_in_history(self, entry_ids: list[int], title: str) -> None:
        """Open History listing exactly ``entry_ids`` (newest first), captioned with
        ``title``; clearing the filters or searching goes back to every entry."""
        ...

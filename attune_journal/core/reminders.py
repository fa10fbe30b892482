"""When a gentle daily reminder is due. Pure logic with the clock passed in.

A reminder is an invitation, never a nag: at most once a day, only after the
person's chosen time, and not at all on a day they have already checked in.
Nothing here counts streaks or missed days. The same rules serve the reminder in the
window (ui/reminders.py) and the one posted while the app is closed
(desktop/remind.py); they share the day it was last shown, so never two in a day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from attune_journal.core.i18n import QT_TRANSLATE_NOOP, translate
from attune_journal.core.models import ValidationError

_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

# In English as written; ``invitation_for`` gives them in the person's language.
INVITATIONS = (
    QT_TRANSLATE_NOOP("Reminders", "A few quiet minutes for yourself, whenever suits you."),
    QT_TRANSLATE_NOOP("Reminders", "How is your body today? A check-in is here if you'd like one."),
    QT_TRANSLATE_NOOP("Reminders", "If there's a moment free, you might notice how you're doing."),
    QT_TRANSLATE_NOOP("Reminders", "A small pause is waiting for you, no rush."),
)


def parse_reminder_time(text: str) -> time:
    """``"20:00"`` -> ``time(20, 0)``; a clear error for anything else."""
    match = _TIME_RE.match(text.strip())
    if not match:
        raise ValidationError(
            translate("Reminders", "'{text}' is not a time like 20:00.").format(text=text)
        )
    return time(int(match.group(1)), int(match.group(2)))


def is_due(
    now: datetime,
    reminder_at: time,
    enabled: bool,
    last_shown: date | None,
    checked_in_today: bool,
) -> bool:
    """Whether to show today's reminder now."""
    if not enabled or checked_in_today:
        return False
    if last_shown is not None and last_shown >= now.date():
        return False
    return now.time().replace(tzinfo=None) >= reminder_at


def next_check(now: datetime, reminder_at: time) -> datetime:
    """The next moment worth checking: today's reminder time if still ahead, else tomorrow's."""
    today_at = now.replace(
        hour=reminder_at.hour, minute=reminder_at.minute, second=0, microsecond=0
    )
    return today_at if today_at > now else today_at + timedelta(days=1)


def wait_before_check(now: datetime, reminder_at: time, longest: timedelta) -> timedelta:
    """How long to wait before looking again: until the next check, but never longer than
    ``longest``, so a computer that slept past the time, a clock change or a time chosen
    meanwhile is noticed within ``longest``; never less than a second."""
    return max(timedelta(seconds=1), min(next_check(now, reminder_at) - now, longest))


def day_from_text(text: str) -> date | None:
    """A day kept as ``YYYY-MM-DD`` in the settings; None when empty or unreadable."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def counts_as_checked_in(journal_says: bool | None, marked_on: date | None, today: date) -> bool:
    """Whether today counts as checked in, for the reminder.

    ``journal_says`` is the journal's own answer, or None when it cannot be read: an
    encrypted journal while the app is closed (the passphrase is never kept), or one
    that is busy or damaged. ``marked_on`` is the day the app last noted a check-in in
    the settings (it does so only for an encrypted journal). An unknown answer counts as
    not checked in unless today was marked: the reminder is an invitation, and a rare
    one on a day that had a check-in costs less than none on a day that did not.
    """
    return bool(journal_says) or marked_on == today


def invitation_for(day: date) -> str:
    """A different gentle sentence on different days, the same one all day."""
    return translate("Reminders", INVITATIONS[day.toordinal() % len(INVITATIONS)])

"""Desktop notifications (the freedesktop Notifications service) over the session D-Bus.

The reminder that runs while the app is closed is not a Qt program: it loads no window
toolkit at all, and it speaks D-Bus through jeepney, a small pure-Python library.
PySide6's QtDBus was the first choice, but from Python it cannot send the ``uint32``
that ``Notify`` takes for ``replaces_id`` (a Python int goes out as ``int32``, and
``QDBusArgument << int`` picks ``uint16``), and notification servers check the
signature.

One connection per reminder: ``Notifications`` opens it, asks what the server can do,
posts the notification and, where the server offers actions, waits a while for the
person to pick one. Every failure is a ``NotificationError`` with one plain sentence.
Nothing here leaves the computer: the session bus is a local socket.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from attune_journal.core.i18n import translate

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
APP_NAME = "Attune Journal"
# The name of the app's .desktop file (packaging/linux): servers show its icon and name.
APP_ID = "org.attunejournal.AttuneJournal"
CALL_TIMEOUT_S = 5.0
_SERVICE_UNKNOWN = "org.freedesktop.DBus.Error.ServiceUnknown"


class NotificationError(Exception):
    """The notification could not be shown; the message says why in one sentence."""


def session_bus_address(env: Mapping[str, str]) -> str:
    """The session bus's address: ``$DBUS_SESSION_BUS_ADDRESS``, else the user bus socket
    that systemd user sessions keep at ``$XDG_RUNTIME_DIR/bus``."""
    address = env.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and (Path(runtime) / "bus").is_socket():
        return f"unix:path={Path(runtime) / 'bus'}"
    raise NotificationError(
        translate(
            "Reminders",
            "There is no desktop session to show the reminder in (no session D-Bus).",
        )
    )


class Notifications:
    """One connection to the session bus's notification service."""

    def __init__(self, address: str, timeout: float = CALL_TIMEOUT_S) -> None:
        from jeepney import AuthenticationError, DBusAddress
        from jeepney.io.blocking import open_dbus_connection

        self.timeout = timeout
        self._service = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        self._signals: Any = None
        try:
            self._conn = open_dbus_connection(bus=address, auth_timeout=timeout)
        except (OSError, RuntimeError, ValueError, AuthenticationError) as error:
            raise NotificationError(
                translate(
                    "Reminders", "Could not reach the desktop's session bus ({error})."
                ).format(error=getattr(error, "strerror", None) or error)
            ) from None

    def __enter__(self) -> Notifications:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._signals is not None:
            self._signals.close()
            self._signals = None
        self._conn.close()

    def _call(self, address: Any, method: str, signature: str | None = None, body: Any = ()) -> Any:
        from jeepney import HeaderFields, MessageType, new_method_call

        message = new_method_call(address, method, signature, body)
        try:
            reply = self._conn.send_and_get_reply(message, timeout=self.timeout)
        except TimeoutError:
            raise NotificationError(
                translate("Reminders", "The desktop's notification service did not answer.")
            ) from None
        except OSError as error:
            raise NotificationError(
                translate(
                    "Reminders", "The connection to the desktop's session bus broke ({error})."
                ).format(error=error.strerror or error)
            ) from None
        if reply.header.message_type is MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "")
            if name == _SERVICE_UNKNOWN:
                raise NotificationError(
                    translate(
                        "Reminders",
                        "This desktop has no notification service running, so the reminder "
                        "could not be shown.",
                    )
                )
            raise NotificationError(
                translate(
                    "Reminders", "The desktop's notification service refused the reminder ({name})."
                ).format(name=name)
            )
        return reply.body

    def capabilities(self) -> set[str]:
        """What the server can show ("actions", "body", ...)."""
        return {str(c) for c in self._call(self._service, "GetCapabilities")[0]}

    def notify(self, summary: str, body: str, actions: Sequence[tuple[str, str]] = ()) -> int:
        """Post a notification; returns its id. ``actions`` are ``(key, label)`` pairs."""
        if actions and self._signals is None:
            self._listen()
        flat = [part for pair in actions for part in pair]
        hints = {"desktop-entry": ("s", APP_ID)}
        reply = self._call(
            self._service,
            "Notify",
            "susssasa{sv}i",
            (APP_NAME, 0, APP_ID, summary, body, flat, hints, -1),
        )
        return int(reply[0])

    def _listen(self) -> None:
        """Hear the service's signals; done before ``Notify``, so none can slip past."""
        from jeepney import MatchRule, message_bus

        rule = MatchRule(type="signal", interface=BUS_NAME, path=OBJECT_PATH)
        self._call(message_bus, "AddMatch", "s", (rule.serialise(),))
        self._signals = self._conn.filter(rule, bufsize=32)

    def wait_for_action(self, notification_id: int, timeout: float) -> str | None:
        """The key of the action the person picked; None once the notification is closed
        or ``timeout`` seconds have passed."""
        from jeepney import HeaderFields

        if self._signals is None:
            return None
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self._conn.recv_until_filtered(self._signals.queue, timeout=left)
            except TimeoutError:
                return None
            except OSError:
                return None  # the session ended: nobody is there to pick an action
            body = message.body
            if not body or body[0] != notification_id:
                continue  # another program's notification
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                return str(body[1])
            if member == "NotificationClosed":
                return None
        return None

    def withdraw(self, notification_id: int) -> None:
        """Take the notification back (its actions would no longer do anything)."""
        self._call(self._service, "CloseNotification", "u", (notification_id,))

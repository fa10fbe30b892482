"""A tiny freedesktop notification server for the reminder's tests, on a private bus.

    python -m tests.unit.notification_server ADDRESS LOG [--actions] [--invoke KEY]

It takes the name ``org.freedesktop.Notifications`` on the bus at ADDRESS, prints
``ready`` and then answers ``GetCapabilities``, ``GetServerInformation``, ``Notify``
and ``CloseNotification``. Each ``Notify`` is written to LOG as one JSON line before
the reply goes out, so a caller that got its reply finds the line there. A ``Notify``
with another signature than the specification's is refused, as real servers do.
``--actions`` says the server shows actions; ``--invoke KEY`` then "clicks" the
action KEY of each notification at once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
DO_NOT_QUEUE = 4


def serve(address: str, log: Path, actions: bool, invoke: str | None) -> None:
    conn = open_dbus_connection(bus=address)
    conn.send_and_get_reply(message_bus.RequestName(NAME, DO_NOT_QUEUE))
    emitter = DBusAddress(PATH, interface=NAME)
    capabilities = ["body", "actions"] if actions else ["body"]
    last_id = 0
    print("ready", flush=True)
    while True:
        message = conn.receive()
        header = message.header
        if header.message_type is not MessageType.method_call:
            continue
        member = header.fields.get(HeaderFields.member)
        signature = header.fields.get(HeaderFields.signature, "")
        if member == "GetCapabilities":
            conn.send(new_method_return(message, "as", (capabilities,)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(message, "ssss", ("fake", "tests", "1", "1.2")))
        elif member == "Notify" and signature == SIGNATURE:
            app, replaces, icon, summary, body, pairs, hints, timeout = message.body
            last_id += 1
            record = {
                "id": last_id,
                "app_name": app,
                "replaces_id": replaces,
                "app_icon": icon,
                "summary": summary,
                "body": body,
                "actions": pairs,
                "hints": {key: value[1] for key, value in hints.items()},
                "expire_timeout": timeout,
            }
            with log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record) + "\n")
            conn.send(new_method_return(message, "u", (last_id,)))
            if invoke is not None:
                conn.send(new_signal(emitter, "ActionInvoked", "us", (last_id, invoke)))
        elif member == "CloseNotification":
            (closed,) = message.body
            with log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"closed": closed}) + "\n")
            conn.send(new_method_return(message))
            conn.send(new_signal(emitter, "NotificationClosed", "uu", (closed, 3)))
        else:
            conn.send(
                new_error(
                    message,
                    "org.freedesktop.DBus.Error.InvalidArgs",
                    "s",
                    (f"{member} with signature {signature!r} is not served here",),
                )
            )


if __name__ == "__main__":
    args = sys.argv[1:]
    serve(
        args[0],
        Path(args[1]),
        "--actions" in args,
        args[args.index("--invoke") + 1] if "--invoke" in args else None,
    )

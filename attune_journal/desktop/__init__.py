"""Desktop integration without Qt: the daily reminder while the app is closed.

``reminder_install`` puts a systemd user timer or an XDG autostart entry in place (and
takes it away again), ``remind`` is the small process they start, and
``notifications`` posts its freedesktop notification over the session D-Bus. What is
installed where, and how to remove it by hand: docs/reminders.md.
"""

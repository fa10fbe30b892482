"""The sections of the Settings screen, one module each.

``ui/settings_screen.py`` stacks them in one scroll area; every section is a small
widget that reads its values from ``Workspace.settings`` (or the journal's own
items) and saves each change at once through ``section.SettingsSection``:

- ``appearance``: colour theme, text size, the breathing animation
- ``tolerance``: the window of tolerance
- ``week``: the first day of the week and the daily reminder
- ``prompts``: prompt themes and the person's own prompts
- ``own_words``: the person's own feeling words and strategies
- ``support_lines``: people to contact and the helplines under "Need support now?"
- ``relationship``: the relationship module on or off
- ``data_folder``: where the journal lives and how many backups are kept

Encryption, the idle lock and backups are ``ui/privacy_settings.py``.
"""

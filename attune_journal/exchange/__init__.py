"""Moving journals in and out: Markdown export/import and other journals' formats.

Pure functions on core models (``entries -> text``, ``text -> entries``); never Qt,
never SQL. The GUI and the CLI call the same code.
"""

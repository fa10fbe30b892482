"""Attune Journal: a private desktop journal for self-attunement.

The package is split so that everything except ``ui`` runs without Qt:
``core`` (models, vocabularies, prompts, stats), ``storage`` (the only SQL),
``exchange`` (Markdown and other journals), ``cli``. ``app`` composes them.
"""

__version__ = "0.1.0"
APP_ID = "org.attunejournal.AttuneJournal"
APP_NAME = "Attune Journal"

"""One open data folder: its paths, the journal store and the settings.

Both the command line and the app start here, so they open, migrate and lock
the same way. The composition roots (``cli.py``, ``app.py``) create one
``Workspace`` and pass its parts down; nothing reaches for a global.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from attune_journal.core.prompts import (
    Prompt,
    load_prompt_themes,
    load_prompts,
    new_salt,
    own_prompt,
    prompt_for_day,
    prompt_pool,
)
from attune_journal.core.vocab import FeelingWord, own_feeling
from attune_journal.paths import DataPaths, resolve_data_dir
from attune_journal.settings import Settings, load_settings, save_settings
from attune_journal.storage import Journal, open_store

SALT_KEY = "prompt_salt"


@dataclass
class Workspace:
    paths: DataPaths
    journal: Journal
    settings: Settings
    settings_problem: str | None = None
    _salt: str | None = field(default=None, repr=False)

    def save_settings(self) -> None:
        self.settings.validate()
        save_settings(self.paths.settings, self.settings)

    def close(self) -> None:
        self.journal.close()

    def backup(self, reason: str) -> Path:
        """Take a backup now (before imports, migrations, encryption changes, daily)."""
        from attune_journal.storage.backup import create_backup

        with self.journal.locked():
            return create_backup(
                self.journal.conn, self.paths.backups, reason, self.settings.backups_kept
            )

    # ---- prompt of the day ---------------------------------------------------------------

    @property
    def prompt_salt(self) -> str:
        """The per-install salt that makes each person's prompt order their own."""
        if self._salt is None:
            salt = self.journal.meta(SALT_KEY)
            if salt is None:
                salt = new_salt()
                self.journal.set_meta(SALT_KEY, salt)
            self._salt = salt
        return self._salt

    def own_prompts(self) -> list[Prompt]:
        return [own_prompt(f"own:{name}", name) for name, _ in self.journal.own_items("prompt")]

    def prompt_for(self, day: date, offset: int = 0) -> Prompt:
        """The day's prompt under the person's themes; ``offset`` steps to "another prompt"."""
        pool = prompt_pool(load_prompts(), set(self.enabled_themes()), self.own_prompts())
        return prompt_for_day(pool, day, self.prompt_salt, offset)

    def enabled_themes(self) -> list[str]:
        off = set(self.settings.disabled_prompt_themes)
        return [theme.id for theme in load_prompt_themes() if theme.id not in off]

    # ---- the person's own vocabulary -----------------------------------------------------

    def own_feeling_words(self) -> list[FeelingWord]:
        """Feeling words the person added, with coordinates where they gave them."""
        words = []
        for name, data in self.journal.own_items("feeling"):
            p, e = data.get("p"), data.get("e")
            words.append(own_feeling(name, p, e))
        return words

    def own_strategies(self) -> list[str]:
        return [name for name, _ in self.journal.own_items("strategy")]


def open_workspace(data_dir: str | Path | None = None) -> Workspace:
    """Resolve the data folder, open (and migrate) the store, read settings."""
    paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    db = open_store(paths.store)
    settings, problem = load_settings(paths.settings)
    return Workspace(paths=paths, journal=Journal(db), settings=settings, settings_problem=problem)

"""One open data folder: its paths, the journal store and the settings.

Both the command line and the app start here, so they open, migrate and lock
the same way. The composition roots (``cli.py``, ``app.py``) create one
``Workspace`` and pass its parts down; nothing reaches for a global.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from attune_journal.core.prompts import (
    Prompt,
    load_prompt_themes,
    load_prompts,
    new_salt,
    own_prompt,
    prompt_for_day,
    prompt_pool,
)
from attune_journal.core.timeutil import today_local
from attune_journal.paths import DataPaths, resolve_data_dir
from attune_journal.settings import Settings, load_settings, save_settings
from attune_journal.storage import Journal, open_store
from attune_journal.storage.locks import StoreGate

if TYPE_CHECKING:
    from attune_journal.core.vocab import FeelingWord
    from attune_journal.storage.backup import BackupInfo
    from attune_journal.storage.maintenance import EncryptionChange

SALT_KEY = "prompt_salt"


@dataclass
class Workspace:
    paths: DataPaths
    journal: Journal
    settings: Settings
    settings_problem: str | None = None
    # This program's hold on the store (storage/locks.py); None only in code that
    # builds a Workspace by hand around a journal it opened itself.
    gate: StoreGate | None = field(default=None, repr=False)
    # What the start found of an interrupted restore, backup or encryption change.
    recovery_message: str | None = None
    _salt: str | None = field(default=None, repr=False)

    def save_settings(self) -> None:
        self.settings.validate()
        save_settings(self.paths.settings, self.settings)

    def close(self) -> None:
        self.journal.close()
        if self.gate is not None:
            self.gate.close()

    def _alone(self) -> AbstractContextManager[None]:
        """Hold the store alone for whole-store work (no other program has it open)."""
        return self.gate.alone() if self.gate is not None else nullcontext()

    def backup(self, reason: str) -> Path:
        """Take a backup now (before imports, migrations, encryption changes, daily)."""
        from attune_journal.storage.backup import create_backup

        with self.journal.locked():
            return create_backup(
                self.journal.conn, self.paths.backups, reason, self.settings.backups_kept
            )

    # ---- privacy: backups, restore, encryption (storage/backup.py, storage/crypto.py) ----

    @property
    def encrypted(self) -> bool:
        """True if the store is encrypted (SQLCipher), as it was opened.

        Never read from the file: opening and closing the live store beside the
        connection would drop SQLite's locks on it and let another program's
        checkpoint delete the log this one writes to.
        """
        return bool(self.journal.db.encrypted)

    def backups(self) -> list[BackupInfo]:
        from attune_journal.storage.backup import describe_backups

        return describe_backups(self.paths.backups)

    def backup_if_due(self, today: date | None = None) -> Path | None:
        """The daily backup: at most once per local day, and only of a journal with entries.

        The decision and the backup are one step across programs (a lock), so a burst
        of commands at the start of a day takes one backup, not one each.
        """
        from attune_journal.storage.backup import DAILY_META_KEY, daily_backup_due
        from attune_journal.storage.locks import daily_backup_lock

        today = today or today_local()
        if not daily_backup_due(self.journal.meta(DAILY_META_KEY), today):
            return None  # the common case, decided without waiting for anyone
        with daily_backup_lock(self.paths.root) as held:
            if not held or not daily_backup_due(self.journal.meta(DAILY_META_KEY), today):
                return None
            if not (self.journal.count() or self.journal.count(trashed=True)):
                return None
            path = self.backup("daily")
            self.journal.set_meta(DAILY_META_KEY, today.isoformat())
            return path

    def restore(self, backup: Path, passphrase: str | None = None) -> Path | None:
        """Replace the journal with ``backup`` (a safety backup first); returns that safety copy."""
        from attune_journal.storage.maintenance import restore_backup

        with self._alone():
            return restore_backup(
                self.journal,
                self.paths.store,
                backup,
                passphrase,
                self.paths.backups,
                self.settings.backups_kept,
            )

    def change_encryption(self, current: str | None, new: str | None) -> EncryptionChange:
        """Turn encryption on (``current`` None), change the passphrase, or off (``new`` None)."""
        from attune_journal.storage.maintenance import change_encryption

        with self._alone():
            return change_encryption(
                self.journal,
                self.paths.store,
                self.paths.backups,
                self.settings.backups_kept,
                current,
                new,
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
        prompts = load_prompts()
        needed = max((p.after_days for p in prompts), default=0)
        written = self.journal.days_written_before(day, needed) if needed else None
        pool = prompt_pool(prompts, set(self.enabled_themes()), self.own_prompts(), written)
        return prompt_for_day(pool, day, self.prompt_salt, offset)

    def enabled_themes(self) -> list[str]:
        off = set(self.settings.disabled_prompt_themes)
        return [theme.id for theme in load_prompt_themes() if theme.id not in off]

    # ---- the person's own vocabulary -----------------------------------------------------

    def own_feeling_words(self) -> list[FeelingWord]:
        """Feeling words the person added, with coordinates where they gave them."""
        # The vocabularies are not needed to open the window; import them on first use.
        from attune_journal.core.vocab import own_feeling

        words = []
        for name, data in self.journal.own_items("feeling"):
            p, e = data.get("p"), data.get("e")
            words.append(own_feeling(name, p, e))
        return words

    def own_strategies(self) -> list[str]:
        return [name for name, _ in self.journal.own_items("strategy")]


def open_workspace(data_dir: str | Path | None = None, passphrase: str | None = None) -> Workspace:
    """Resolve the data folder, read settings, open (and migrate) the store.

    ``passphrase`` (or ``$ATTUNE_JOURNAL_PASSPHRASE``) is used only if the store is
    encrypted; without one an encrypted store raises ``PassphraseNeeded``. Before the
    store is opened this program joins the others that have it open (``StoreGate``),
    waiting while another one replaces it; the first to open it finishes or rolls
    back whatever a killed program left half done (``storage/swap.py``).
    """
    from attune_journal.storage.crypto import passphrase_from_env
    from attune_journal.storage.swap import recover

    paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    settings, problem = load_settings(paths.settings)
    gate = StoreGate(paths.root)
    try:
        recovery = None
        if gate.enter():
            recovery = recover(paths.root, [paths.root, paths.backups]).message()
            gate.share()
        db = open_store(
            paths.store,
            passphrase if passphrase is not None else passphrase_from_env(),
            backups=paths.backups,
            keep=settings.backups_kept,
        )
    except BaseException:
        gate.close()
        raise
    return Workspace(
        paths=paths,
        journal=Journal(db),
        settings=settings,
        settings_problem=problem,
        gate=gate,
        recovery_message=recovery,
    )

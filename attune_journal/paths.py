"""Where the journal lives on disk.

The data folder is ``platformdirs.user_data_dir("attune-journal")`` unless the
``--data-dir`` option or the ``ATTUNE_JOURNAL_DIR`` environment variable says
otherwise. Every file the app writes there is private to the user: folders 0700,
files 0600 (the journal holds the most private things a person writes).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "attune-journal"
ENV_DATA_DIR = "ATTUNE_JOURNAL_DIR"

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's per-user data folder for the app."""
    import platformdirs  # only needed without --data-dir / $ATTUNE_JOURNAL_DIR; kept off start-up

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data folder: the command-line value, then the environment, then the default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(ENV_DATA_DIR)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by the user only."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if stat.S_IMODE(path.stat().st_mode) != FOLDER_MODE:
        path.chmod(FOLDER_MODE)
    return path


def make_private_file(path: Path) -> None:
    """Set a file the app owns to 0600, if it exists."""
    # Another program's last connection may remove a -wal between the look and the chmod.
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
            path.chmod(FILE_MODE)


@dataclass(frozen=True)
class DataPaths:
    """The files inside one data folder; a value object passed down from ``app``/``cli``."""

    root: Path

    @property
    def store(self) -> Path:
        return self.root / "journal.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def damaged(self) -> Path:
        return self.root / "damaged"

    @property
    def temp(self) -> Path:
        """Private scratch space: a running export records itself here (see export_files)."""
        return self.root / "tmp"

    @property
    def instance_lock(self) -> Path:
        """Held (flock) by the app that has this folder open; see ui/single_instance.py."""
        return self.root / "instance.lock"

    @property
    def lock_name(self) -> str:
        """A per-folder name for the single-instance socket."""
        from attune_journal.core.digest import sha256_hex

        digest = sha256_hex(str(self.root).encode("utf-8"))[:16]
        return f"attune-journal-{digest}"

    def ensure(self) -> DataPaths:
        ensure_private_dir(self.root)
        return self


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new one."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never
    half; only the person can read it (0600)."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # not on Windows, where the mode does not apply
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable, where the platform can open a folder (not
    Windows, where the rename is atomic all the same)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

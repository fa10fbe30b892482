"""Screenshots of every screen, for docs/screenshots/, the README and the AppStream metainfo.

Run from a checkout (offscreen, no display needed)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py --out docs/screenshots

It opens the app on a generated journal of one year (bench/generate.py, seeded, so
the same entries each run, ending today), with the relationship module on, and grabs each
screen in three looks that together cover what a person may have: 1280x800 light (the
gallery), 800x600 dark, and 1920x1080 light at 150 % text. Files are named
``<screen>-<look>.png``; look at every one before calling a screen done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

LOOKS = {
    "light": ((1280, 800), "light", 1.0),
    "small-dark": ((800, 600), "dark", 1.0),
    "large-150": ((1920, 1080), "light", 1.5),
}
SCREENS = ["today", "checkin", "history", "trends", "week", "relationship", "repairs", "settings"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--looks", nargs="*", default=list(LOOKS), choices=list(LOOKS))
    parser.add_argument("--language", default="en", help="a language code, e.g. de")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from PySide6.QtWidgets import QApplication

    from attune_journal.ui.application import make_qapplication, open_main_window
    from attune_journal.ui.i18n import install_language
    from attune_journal.ui.theme import apply_theme
    from attune_journal.workspace import open_workspace
    from bench.generate import write_store

    args.out.mkdir(parents=True, exist_ok=True)
    app = make_qapplication([])
    install_language(args.language)  # before any window, as the app's start does
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "journal"
        write_store(data, years=1, seed=7, end=date.today())  # Today and Week show entries
        workspace = open_workspace(data)
        workspace.settings.relationship_enabled = True
        workspace.settings.welcome_seen = True
        for look, ((width, height), theme, scale) in LOOKS.items():
            if look not in args.looks:
                continue
            workspace.settings.font_scale = scale  # the text size a person sets in Settings
            workspace.settings.theme = theme
            window = open_main_window(app, workspace)
            apply_theme(app, workspace.settings)
            window.resize(width, height)
            for key in SCREENS:
                window.show_screen(key)
                for _ in range(40):  # let workers (Trends, History) report back
                    QApplication.processEvents()
                    QApplication.instance().thread().msleep(10)  # type: ignore[union-attr]
                path = args.out / f"{key}-{look}.png"
                window.grab().save(str(path))
                print(path)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

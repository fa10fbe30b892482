"""Render the app icon SVG to the PNG sizes desktops ask for (16..512).

Run once after changing ``resources/icons/attune-journal.svg``; the PNGs are
committed so that building a package needs no rendering step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "attune-journal.svg"
OUT = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = OUT / f"{size}x{size}" / "apps" / "org.attunejournal.AttuneJournal.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = OUT / "scalable" / "apps" / "org.attunejournal.AttuneJournal.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

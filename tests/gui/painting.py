"""Shared checks for custom-painted widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from attune_journal.ui.theme import _palette


def grab_in_both_palettes(widget: QWidget) -> None:
    """Paint under the light and the dark palette; the two images must differ."""
    images = []
    for dark in (False, True):
        widget.setPalette(_palette(dark))
        image = widget.grab().toImage()
        assert not image.isNull() and image.width() > 0
        images.append(image)
    assert images[0] != images[1]

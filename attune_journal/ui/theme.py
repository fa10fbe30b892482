"""Light and dark palettes, and the font scale, applied to the whole application.

"System" follows the desktop's light or dark colour scheme; "light" and "dark"
force one. Either way the colours are our own calm Fusion palette. Colours are chosen for
text contrast of at least 4.5:1 against their backgrounds.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from attune_journal.resources import resource_path
from attune_journal.settings import Settings

ACCENT_LIGHT = "#3f6f73"
ACCENT_DARK = "#8cc7c4"


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        colours = {
            QPalette.ColorRole.Window: "#1f2326",
            QPalette.ColorRole.WindowText: "#e6e8e6",
            QPalette.ColorRole.Base: "#171a1c",
            QPalette.ColorRole.AlternateBase: "#252a2d",
            QPalette.ColorRole.Text: "#e6e8e6",
            QPalette.ColorRole.Button: "#2a3033",
            QPalette.ColorRole.ButtonText: "#e6e8e6",
            QPalette.ColorRole.Highlight: ACCENT_DARK,
            QPalette.ColorRole.HighlightedText: "#10201f",
            QPalette.ColorRole.ToolTipBase: "#2a3033",
            QPalette.ColorRole.ToolTipText: "#e6e8e6",
            QPalette.ColorRole.PlaceholderText: "#9aa3a6",
            QPalette.ColorRole.Link: ACCENT_DARK,
            QPalette.ColorRole.Mid: "#3a4246",
            QPalette.ColorRole.Midlight: "#323a3d",
            QPalette.ColorRole.Dark: "#111315",
            QPalette.ColorRole.Light: "#41494d",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#f6f4ef",
            QPalette.ColorRole.WindowText: "#22282a",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#efece5",
            QPalette.ColorRole.Text: "#22282a",
            QPalette.ColorRole.Button: "#ebe7df",
            QPalette.ColorRole.ButtonText: "#22282a",
            QPalette.ColorRole.Highlight: ACCENT_LIGHT,
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#22282a",
            QPalette.ColorRole.PlaceholderText: "#6b7477",
            QPalette.ColorRole.Link: ACCENT_LIGHT,
            QPalette.ColorRole.Mid: "#c9c4b9",
            QPalette.ColorRole.Midlight: "#ddd8ce",
            QPalette.ColorRole.Dark: "#9c978d",
            QPalette.ColorRole.Light: "#ffffff",
        }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor("#7d8587") if dark else QColor("#8d9396")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark() -> bool:
    """Whether the palette in use is a dark one (custom widgets pick colours by it)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


FUSION_SET = "attune_fusion_set"
"""Application property: Fusion is already the style (``ui.application`` asks Qt for it
on the command line when it creates the application, which costs nothing at start-up)."""


def apply_theme(
    app: QApplication, settings: Settings, base_point_size: float | None = None
) -> None:
    """Apply the person's theme and font scale to the running application.

    Start-up applies the default theme before the workspace is open (so an unlock
    dialog is themed) and the person's own right after; each step below is skipped
    when it would change nothing, because every change re-polishes every widget.
    """
    if not app.property(FUSION_SET):
        app.setStyle("Fusion")
        app.setProperty(FUSION_SET, True)
    theme = settings.theme
    if theme == "system":
        # Follow the desktop's light/dark choice, with our own calm colours for each.
        palette = _palette(app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    else:
        palette = _palette(theme == "dark")
    unchanged = palette == app.palette()
    app.setPalette(palette)
    font = QFont(app.font())
    if base_point_size is None:
        base_point_size = app.property("attune_base_point_size") or font.pointSizeF()
        app.setProperty("attune_base_point_size", base_point_size)
    font.setPointSizeF(float(base_point_size) * settings.font_scale)
    unchanged = unchanged and font == app.font()
    app.setFont(font)
    sheet = _stylesheet() + _indicator_rules(is_dark())
    # Setting a style sheet re-polishes every widget; the same sheet with the same
    # palette and font would come out the same, so it is set only when something moved.
    if not (unchanged and sheet == app.styleSheet()):
        app.setStyleSheet(sheet)


@cache
def _indicator_rules(dark: bool) -> str:
    """Check boxes and radio buttons drawn with clear outlines in both palettes.

    Fusion outlines indicators in a shade of the window colour, which all but
    vanishes on a dark window; these rules use the palette's own colours instead.
    """
    palette = _palette(dark)
    outline = palette.color(QPalette.ColorRole.PlaceholderText).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    muted = palette.color(QPalette.ColorRole.Mid).name()
    try:
        check = resource_path("styles", f"check-on-{'dark' if dark else 'light'}.svg")
        image = f"image: url({check.as_posix()});"
    except FileNotFoundError:
        image = ""
    return f"""
QCheckBox::indicator, QGroupBox::indicator {{
    width: 14px; height: 14px; border: 1px solid {outline}; border-radius: 3px;
    background: {base};
}}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {{
    background: {accent}; border-color: {accent}; {image}
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {muted}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {accent}; }}
QRadioButton::indicator {{
    width: 14px; height: 14px; border: 1px solid {outline}; border-radius: 8px;
    background: {base};
}}
QRadioButton::indicator:checked {{
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {accent}, stop: 0.55 {accent}, stop: 0.62 {base}, stop: 1 {base});
    border-color: {accent};
}}
"""


@cache
def _stylesheet() -> str:
    """The base style sheet; its colours come from the palette, so one sheet serves both."""
    try:
        return resource_path("styles", "app.qss").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""  # unstyled is still usable; a broken install must not stop the journal

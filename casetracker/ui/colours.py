"""The few colours the views add to the palette, each in a light and a dark shade.

Every view asks here for its red, amber, blue, grey or green, passing the palette it is drawn
with: a palette whose window is dark gets the light shade, so the text stays readable (a contrast
of at least 4.5:1 on the window and on the base). Style sheets and HTML take the `#rrggbb` string;
item models take a QColor.
"""

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role: (on a light palette, on a dark palette)
_SHADES = {
    "alarm": ("#b00020", "#ff8a80"),  # critical, overdue, errors
    "warning": ("#8a4f00", "#ffb74d"),  # needs attention soon
    "info": ("#33546b", "#9ecbe8"),  # for information only
    "muted": ("#5a5e63", "#bdc1c6"),  # hints, dates, sources
    "good": ("#1b6e20", "#81c995"),  # all is well
}
# tinted table rows: (background, text) on a light and on a dark palette
_TINTS = {
    "urgent": (("#f8d7da", "#1a1a1a"), ("#5c1d24", "#fbe3e5")),
    "soon": (("#fff3cd", "#1a1a1a"), ("#4d3c00", "#fff3cd")),
}
ROLES = tuple(_SHADES)
TINTS = tuple(_TINTS)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(role: str, palette: QPalette | None = None) -> str:
    """The `#rrggbb` of a role ("alarm", "warning", "info", "muted", "good"); the app's palette if None."""
    light, dark = _SHADES[role]
    return dark if is_dark(palette) else light


def qcolour(role: str, palette: QPalette | None = None) -> QColor:
    return QColor(colour(role, palette))


def style(role: str, palette: QPalette | None = None) -> str:
    """A style sheet that draws a label's text in the role's colour."""
    return f"color: {colour(role, palette)};"


def tint(kind: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a tinted table row: "urgent" (red) or "soon" (amber)."""
    light, dark = _TINTS[kind]
    background, text = dark if is_dark(palette) else light
    return QColor(background), QColor(text)


def alarm_colour(palette: QPalette | None = None) -> str:
    """A red that reads on the palette's window colour: dark on a light palette, light on a dark one."""
    return colour("alarm", palette)


def luminance(shade: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(shade.redF()) + 0.7152 * channel(shade.greenF()) + 0.0722 * channel(shade.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)

"""The app's icons, named after what they do: `icon("new_case")`.

One set, Material Design Icons (the font qtawesome ships), so that every screen looks alike.
An icon is drawn in the palette's text colour at the moment it is painted: it follows a light
or a dark palette, turns the highlighted-text colour on a selected row and greys out when its
action is disabled. Only this font is loaded (not every font qtawesome carries): it costs a
fiftieth of a second, once, the first time an icon is made.
"""

from functools import cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from casetracker.ui import colours

ICONS = {
    # the pages
    "dashboard": "view-dashboard-outline",
    "cases": "briefcase-outline",
    "people": "account-multiple-outline",
    "countries": "earth",
    "reports": "chart-box-outline",
    # the day's actions
    "new_case": "briefcase-plus-outline",
    "new_person": "account-plus-outline",
    "new_event": "calendar-plus",
    "search": "magnify",
    "search_everything": "text-search",
    "pdf": "file-pdf-box",
    "lock": "lock-outline",
    "settings": "cog-outline",
    "move_to_trash": "delete-outline",
    "trash": "delete-empty-outline",
    "duplicates": "account-multiple-check-outline",
    "undo": "undo",
    "about": "information-outline",
    "quit": "exit-to-app",
    # the Data menu
    "import": "table-arrow-left",
    "export_json": "code-json",
    "export_csv": "file-delimited-outline",
    "backup": "database-export-outline",
    "verify": "shield-check-outline",
    "restore": "backup-restore",
    "passphrase": "key-change",
    "send": "send-lock-outline",
    "receive": "inbox-arrow-down-outline",
    "calendar": "calendar-export",
    # the Team menu and a shared case
    "team_join": "account-key-outline",
    "team_members": "account-group-outline",
    "team_sync": "cloud-sync-outline",
    "team_invite": "card-account-mail-outline",
    "team_reissue": "laptop",
    "team_revoke": "account-cancel-outline",
    "unshare": "share-off-outline",
    "share": "share-variant-outline",
    "conflict": "call-split",
    # beside a person in the lists
    "risk_markers": "alert-outline",
    "critical": "alert-octagon",
}

_FONT = (
    "mdi6",
    "materialdesignicons6-webfont-6.9.96.ttf",
    "materialdesignicons6-webfont-charmap-6.9.96.json",
)


@cache
def _font():
    import qtawesome  # loaded in the background while the unlock dialog waits (preload.py)

    return qtawesome.IconicFont(_FONT)


def icon(action: str, role: str = "") -> QIcon:
    """The icon of one of the app's actions or pages (a key of ICONS); `role`: drawn in one of the
    colours of `colours` ("alarm", "warning") instead of the text colour, in its light or dark shade."""
    return QIcon(_PaletteIconEngine(ICONS[action], role))


class _PaletteIconEngine(QIconEngine):
    """Paints one glyph of the font in the colour the current palette gives its state."""

    def __init__(self, glyph: str, role: str = "") -> None:
        super().__init__()
        self.glyph, self.role = glyph, role

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self.glyph, self.role)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        shade = colours.qcolour(self.role) if self.role and mode == QIcon.Mode.Normal else _colour(mode)
        _coloured(self.glyph, shade.name(QColor.NameFormat.HexArgb)).paint(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap


@cache
def _coloured(glyph: str, colour: str) -> QIcon:
    return _font().icon(f"mdi6.{glyph}", color=colour)


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)

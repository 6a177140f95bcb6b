"""Dialogs, and the main window on its first start, open at a size that fits the screen they open on.

A dialog asks for the size it would like; on a smaller screen (a 1280 × 720 laptop, less its
panel) it gets what the screen has room for, so that its buttons never fall off the bottom.
"""

from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # a dialog leaves some of the screen around it, and the window behind it in view


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize `dialog` to `width` × `height` (0: its own preferred size), at most what the screen
    it opens on (its parent's) has room for."""
    parent = dialog.parentWidget()
    screen = (parent.window() if parent is not None else dialog).screen()
    room = screen.availableGeometry()
    wanted = dialog.sizeHint()
    width = min(width or wanted.width(), int(room.width() * SCREEN_SHARE))
    height = min(height or wanted.height(), int(room.height() * SCREEN_SHARE))
    least = dialog.minimumSizeHint()
    dialog.resize(max(width, least.width()), max(height, least.height()))

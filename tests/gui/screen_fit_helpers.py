"""Does a window fit a small laptop screen? What would force it larger, and what is cut off at that size.

Any window or dialog can be checked the same way: `problems_at(widget, SMALL_SCREEN)` lists what is
wrong, in words that name the widget (empty: it fits).
"""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

SMALL_SCREEN = QSize(1280, 680)  # a 1280×720 screen less the desktop's panel
LAPTOP_SCREEN = QSize(1366, 728)  # a 1366×768 screen less the panel


def needed(window: QWidget) -> QSize:
    """The smallest size the window lets itself be given."""
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    owners = []
    parent = widget.parentWidget()
    while parent is not None and len(owners) < 3:
        owners.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {text[:40]!r} in {' < '.join(owners)}"


def widest(window: QWidget, size: QSize) -> list[str]:
    """The innermost shown widgets that ask for more than `size`: what forces the window larger."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget.parentWidget(), QAbstractScrollArea):
            continue
        wanted = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if wanted.width() > size.width() * 0.6 or wanted.height() > size.height() * 0.8:
            found.append((wanted.width() * wanted.height(), f"{describe(widget)} needs {wanted.toTuple()}"))
    return [text for _, text in sorted(found)[:8]]


def clipped(window: QWidget) -> list[str]:
    """Shown buttons narrower than their text and unwrapped labels narrower than their text."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.width():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            short = (
                widget.width() < widget.sizeHint().width()
                and widget.width() < widget.minimumSizeHint().width()
            )
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and not widget.pixmap():
            short = widget.width() < widget.minimumSizeHint().width()
        else:
            continue
        if short:
            cut.append(
                f"{describe(widget)} is {widget.width()} px wide, needs {widget.minimumSizeHint().width()}"
            )
    return cut


def problems_at(window: QWidget, size: QSize = SMALL_SCREEN) -> list[str]:
    """Resize the window to `size` and say what does not fit (nothing: it works on that screen)."""
    problems = []
    minimum = needed(window)
    if minimum.width() > size.width() or minimum.height() > size.height():
        problems.append(f"needs at least {minimum.toTuple()}, more than {size.toTuple()}:")
        problems += [f"  {line}" for line in widest(window, size)]
    window.resize(size)
    QApplication.processEvents()
    if window.size() != size:
        problems.append(f"cannot be made {size.toTuple()}: it stays {window.size().toTuple()}")
    problems += clipped(window)
    return problems

"""Warn before a second record is made for someone already known."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import duplicates, people
from casetracker.ui import colours


def look_for_duplicates(
    context,
    parent: QWidget,
    draft: people.PersonDraft,
    then: Callable[[list[duplicates.DuplicateMatch]], None],
) -> None:
    """Find who `draft` may already be, then `then(matches)`."""
    find = context.op(parent, lambda session: duplicates.find_likely_duplicates(session, draft, limit=5))
    find.success(then).run()


class DuplicateWarning(QFrame):
    """Who a new record may already be, and why, under the form it warns about: a short list the
    caseworker can pick from (`chosen` gives that person's id) or pass over by clicking again to
    add a new person anyway. Hidden until there is something to say; it never squeezes the form
    above it, a long list scrolls."""

    chosen = Signal(object)  # the id of the person picked from the list

    def __init__(self, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(
            QCoreApplication.translate("DuplicateWarning", "This may be someone already in the store:")
        )
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(colours.style("warning", self.palette()) + " font-weight: bold;")
        self.matches = QListWidget()
        self.matches.setWordWrap(True)
        self.matches.setMaximumHeight(110)
        self.hint = QLabel(
            QCoreApplication.translate(
                "DuplicateWarning", "Choose that person instead, or click again to add a new person anyway."
            )
        )
        self.hint.setWordWrap(True)
        self.open_button = QPushButton(action)
        self._form_default: QPushButton | None = None  # Enter's button before the warning took it
        self.open_button.clicked.connect(self._choose)
        self.matches.itemActivated.connect(lambda _item: self._choose())
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.matches)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def show_matches(self, matches: list[duplicates.DuplicateMatch]) -> None:
        """List who it may be and why; the caseworker decides."""
        self.matches.clear()
        for match in matches:
            item = QListWidgetItem(f"{match.name} — {reasons_text(match.why, match.reasons, ', ')}")
            item.setData(Qt.ItemDataRole.UserRole, match.person_id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.show()
        # Enter now takes the person listed: pressing it twice must not make the second record.
        if not self.open_button.isDefault():
            self._form_default = next(
                (button for button in self.window().findChildren(QPushButton) if button.isDefault()), None
            )
        self.open_button.setDefault(True)
        self.matches.setFocus()
        window = self.window()
        if window.isVisible() and window.height() < window.sizeHint().height():
            window.resize(window.width(), window.sizeHint().height())  # grow rather than squeeze the form

    def hideEvent(self, event) -> None:
        if self._form_default is not None:  # nothing listed: Enter is the form's own again
            self._form_default.setDefault(True)
            self._form_default = None
        super().hideEvent(event)

    def listed(self) -> list[str]:
        return [self.matches.item(row).text() for row in range(self.matches.count())]

    def _choose(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


def reasons_text(why: tuple[duplicates.Reason, ...], english: tuple[str, ...], separator: str = "; ") -> str:
    """Why two records may be one person, in the app's language (the English of older matches as is)."""
    return separator.join(reason_text(reason) for reason in why) or separator.join(english)


def reason_text(reason: duplicates.Reason) -> str:
    values = reason.values
    if reason.kind == "same_name":
        return QCoreApplication.translate("DuplicateWarning", "the same name {0}").format(*values)
    if reason.kind == "similar_name":
        return QCoreApplication.translate("DuplicateWarning", "similar names {0} and {1}").format(*values)
    if reason.kind == "same_birth_date":
        return QCoreApplication.translate("DuplicateWarning", "the same date of birth")
    if reason.kind == "near_birth_date":
        return QCoreApplication.translate("DuplicateWarning", "dates of birth {0} days apart").format(
            values[0]
        )
    if reason.kind == "same_document":
        return QCoreApplication.translate("DuplicateWarning", "the same document number {0}").format(*values)
    return reason.text

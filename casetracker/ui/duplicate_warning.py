"""Warn before a second record is made for someone already known."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from casetracker.services import duplicates, people


def look_for_duplicates(
    context,
    parent: QWidget,
    draft: people.PersonDraft,
    then: Callable[[list[duplicates.DuplicateMatch]], None],
) -> None:
    """Find who `draft` may already be, then `then(matches)`."""
    find = context.op(parent, lambda session: duplicates.find_likely_duplicates(session, draft, limit=5))
    find.success(then).run()


def show_duplicates(label: QLabel, matches: list[duplicates.DuplicateMatch]) -> None:
    """List who it may be and why; the caseworker decides (a second click creates anyway)."""
    lines = [f"• {match.name} — {reasons_text(match.why, match.reasons, ', ')}" for match in matches]
    label.setText(
        QCoreApplication.translate("DuplicateWarning", "This may be someone already in the store:")
        + "\n"
        + "\n".join(lines)
        + "\n"
        + QCoreApplication.translate(
            "DuplicateWarning", "Open that person instead, or click again to add a new person anyway."
        )
    )
    label.setStyleSheet("color: #9a5b00;")
    label.show()


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

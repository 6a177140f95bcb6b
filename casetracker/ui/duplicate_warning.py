"""Warn before a second record is made for someone already known."""

from collections.abc import Callable

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
    lines = [f"• {match.name} — {', '.join(match.reasons)}" for match in matches]
    label.setText(
        label.tr("This may be someone already in the store:")
        + "\n"
        + "\n".join(lines)
        + "\n"
        + label.tr("Open that person instead, or click again to add a new person anyway.")
    )
    label.setStyleSheet("color: #9a5b00;")
    label.show()

"""Warn before a second record is made for someone already known."""

from PySide6.QtWidgets import QLabel

from casetracker.services import duplicates, people


def likely_duplicates(context, draft: people.PersonDraft) -> list[duplicates.DuplicateMatch]:
    return context.read(lambda session: duplicates.find_likely_duplicates(session, draft, limit=5))


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

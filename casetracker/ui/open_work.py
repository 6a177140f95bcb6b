"""What the caseworker had open when the app locked, and what they were typing.

Before the app locks, what is being typed is saved as the autosave would save it: the field being
edited, a text waiting for its pause, a note not yet added, an event whose form can be saved. What
cannot be saved yet (an event without a valid date, a save the store refused) stays in memory,
with the open cases, the tab each showed and the page: after the unlock it all comes back.

None of it is ever written to the settings or the disk: case numbers and typing identify people.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication

from casetracker.errors import NotFound
from casetracker.services import cases
from casetracker.ui.views.case_editor import AutosaveText, CaseEditor
from casetracker.ui.views.person_editor import PersonEditor
from casetracker.ui.views.timeline import date_text


@dataclass
class OpenCase:
    number: str
    tab: int  # the case editor's tab: timeline, rules, notes, files, history
    event_form: dict | None = None  # an event not saved yet
    note: str = ""  # a note the store did not take


@dataclass
class OpenWork:
    """Held by the launcher while the app is locked, and nowhere else."""

    page: int
    cases: list[OpenCase] = field(default_factory=list)
    current_case: int = 0  # the tab of the case page: 0 is the list of cases
    person: uuid.UUID | None = None  # the person shown on the People page


def save_typing(window) -> None:
    """Save what is being typed in every open case and person, as the autosave would."""
    focused = QApplication.focusWidget()
    if focused is not None and window.isAncestorOf(focused):
        focused.clearFocus()  # a field being edited saves itself when it is left
    for text in window.findChildren(AutosaveText):
        text.save_now()
    for editor in _editors(window):
        if editor.notes.text.toPlainText().strip():
            editor.notes.add()
        draft = editor.timeline.draft()
        if draft is not None and not _as_stored(draft):
            editor.timeline.save()  # a form that cannot be saved yet keeps what was typed


def remember(window) -> OpenWork:
    """What is open and what is still unsaved, once the saves have ended."""
    work = OpenWork(page=window.navigation.currentRow(), current_case=window.case_tabs.currentIndex())
    for editor in _editors(window):
        work.cases.append(
            OpenCase(
                editor.number,
                editor.tabs.currentIndex(),
                editor.timeline.draft(),
                editor.notes.text.toPlainText(),
            )
        )
    for person in window.findChildren(PersonEditor):  # none until the People page was shown
        work.person = person.person_id
    return work


def restore(window, work: OpenWork) -> None:
    """Open again what was open; a case moved to the trash meanwhile (from the command line, say)
    is left closed."""
    wanted = [case.number for case in work.cases]

    def still_there(session) -> set[str]:
        found = set()
        for number in wanted:
            try:
                cases.find_case(session, number)
            except NotFound:
                continue
            found.add(number)
        return found

    def reopen(found: set[str]) -> None:
        for case in work.cases:
            if case.number not in found:
                continue
            editor = window.open_case(case.number)
            editor.tabs.setCurrentIndex(case.tab)
            if case.event_form is not None:
                editor.timeline.restore_draft(case.event_form)
            if case.note:
                editor.notes.text.setPlainText(case.note)
        if work.person is not None:
            window.open_person(work.person.hex)
        window.case_tabs.setCurrentIndex(min(work.current_case, window.case_tabs.count() - 1))
        window.navigation.setCurrentRow(work.page)

    window.context.op(window, still_there).success(reopen).run()


def _as_stored(draft: dict) -> bool:
    """Is the form an event opened for correction and not changed (nothing to save)?"""
    event = draft["editing"]
    if event is None:
        return False
    stored = (event.kind, date_text(event), event.place, event.description, event.country, event.procedure)
    typed = tuple(draft[name] for name in ("kind", "date", "place", "details", "country", "procedure"))
    return tuple(value or "" for value in stored) == tuple(value or "" for value in typed)


def _editors(window) -> list[CaseEditor]:
    tabs = window.case_tabs
    return [tabs.widget(index) for index in range(tabs.count()) if isinstance(tabs.widget(index), CaseEditor)]

"""The case editor: every field saved as it is edited, the last edit undoable, the timeline,
what the rules say, notes and history."""

import html
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import audit, cases, evaluation
from casetracker.store.types import utcnow
from casetracker.ui import colours, failures, messages
from casetracker.ui.labels import choices, label
from casetracker.ui.operations import Change
from casetracker.ui.type_ahead import SearchableCombo
from casetracker.ui.views.attachments import FilesPanel
from casetracker.ui.views.case_panels import HistoryPanel, NotesPanel, RulesPanel
from casetracker.ui.views.timeline import TimelinePanel
from casetracker.vocabulary import CaseKind, CaseStatus, Priority

_TEXT_SAVE_DELAY_MS = 800  # long texts are saved after a short pause in typing, and on leaving


class CaseEditor(QWidget):
    open_person = Signal(str)

    def __init__(self, context, number: str, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.number = number
        self._undo: list[_Edit] = []
        self._detail = None
        self._loading = True  # no field saves itself until the case has been shown
        self.kind = self._combo(choices(CaseKind), "kind")
        self.status = self._combo(choices(CaseStatus), "status")
        self.priority = self._combo(choices(Priority), "priority")
        self.caseworker = self._line("caseworker")
        self.lawyer = self._line("lawyer")
        self.summary = self._text("summary")
        self.outcome = self._text("outcome")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.person = QLabel()
        self.person.setWordWrap(True)
        self.person.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_button = QPushButton(self.tr("PDF summary…"))
        self.summary_button.clicked.connect(self.make_summary)
        self.last_preview = None
        self.undo_button = QPushButton(self.tr("Undo last edit"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        # The rules' alarm level beside the caseworker's priority: a critical case kept at "Normal"
        # is not left unexplained, and the caseworker's own choice is never overwritten.
        self.alarm = QLabel()
        self.alarm.setToolTip(
            self.tr("The rules' alarm level, from the case's events and the person's risk markers.")
            + "\n"
            + self.tr("The priority is yours to set: the rules never change it.")
        )
        overview = QGridLayout()  # two columns of fields: the tabs below keep the height
        overview.setColumnStretch(1, 1)
        overview.setColumnStretch(3, 1)
        priority = QHBoxLayout()
        priority.addWidget(self.priority)
        priority.addWidget(self.alarm, 1)
        for row, (caption, field) in enumerate(
            (
                (self.tr("Kind:"), self.kind),
                (self.tr("Status:"), self.status),
                (self.tr("Priority:"), priority),
            )
        ):
            _add_field(overview, row, 0, caption, field)
        _add_field(overview, 0, 2, self.tr("Caseworker:"), self.caseworker)
        _add_field(overview, 1, 2, self.tr("Lawyer:"), self.lawyer)
        _add_field(overview, 3, 0, self.tr("Summary:"), self.summary)
        _add_field(overview, 3, 2, self.tr("Outcome:"), self.outcome)
        overview_box = QGroupBox(self.tr("Overview (saved as you type)"))
        overview_box.setLayout(overview)
        person_box = QGroupBox(self.tr("Person"))
        person_layout = QVBoxLayout(person_box)
        person_layout.addWidget(self.person, 0, Qt.AlignmentFlag.AlignTop)
        self.person_button = QPushButton(self.tr("Open person"))
        self.person_button.setToolTip(self.tr("Show this person on the People page"))
        self.person_button.clicked.connect(self._open_person)
        person_layout.addStretch()
        person_layout.addWidget(self.person_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.timeline = TimelinePanel(context, number)
        self.rules = RulesPanel()
        self.notes = NotesPanel(context, number)
        self.history = HistoryPanel()
        self.files = FilesPanel(context, number)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.rules, self.tr("Rules and deadlines"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.files, self.tr("Files"))
        self.tabs.addTab(self.history, self.tr("History"))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        self.top_row = top  # team mode adds its buttons here (views/case_team.py)
        top.addWidget(self.summary_button)
        top.addWidget(self.undo_button)
        upper = QWidget()
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(overview_box, 3)
        upper_layout.addWidget(person_box, 1)
        # The overview and the tabs share the height, and the divider between them can be dragged: on
        # a small laptop screen the timeline and the deadlines need the room more than the summary.
        scrolled = QScrollArea()  # dragged smaller than the form, the overview scrolls
        scrolled.setWidget(upper)
        scrolled.setWidgetResizable(True)
        scrolled.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scrolled)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)  # the timeline gets the height, the overview what it needs
        self._overview = upper
        self._split_once = True
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.kind, self.status)
        self.setTabOrder(self.status, self.priority)
        self.setTabOrder(self.priority, self.caseworker)
        self.setTabOrder(self.caseworker, self.lawyer)
        self.setTabOrder(self.lawyer, self.summary)
        self.setTabOrder(self.summary, self.outcome)
        self.setTabOrder(self.outcome, self.person_button)
        context.changed.connect(self._on_changed)
        self.reload()

    def showEvent(self, event) -> None:
        """When first shown, the overview gets the height it needs to be read whole, the tabs the rest."""
        super().showEvent(event)
        if self._split_once:
            self._split_once = False
            total = sum(self.splitter.sizes())
            needed = self._overview.sizeHint().height()
            if total > 2 * needed:
                self.splitter.setSizes([needed, total - needed])

    # --- fields that save themselves ------------------------------------------------------------

    def _combo(self, items, field: str) -> QComboBox:
        combo = SearchableCombo()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)  # a long kind is elided, never widens the window
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _: self._save(field, combo.currentData()))
        return combo

    def _line(self, field: str) -> QLineEdit:
        line = QLineEdit()
        line.editingFinished.connect(lambda: self._save(field, line.text()))
        return line

    def _text(self, field: str) -> "AutosaveText":
        text = AutosaveText()
        text.edited.connect(lambda: None if self._loading else self._save(field, text.toPlainText()))
        return text

    def _save(self, field: str, value, *, undoing: bool = False) -> None:
        if self._loading:
            return
        case = self._detail.case
        old = getattr(case, field)
        if old == value:
            return
        number = self.number

        def saved(_result) -> None:
            setattr(case, field, value)  # what is stored now, before the case is read again
            if not undoing:
                self._undo.append(_Edit(field, old, utcnow()))
            self.undo_button.setEnabled(bool(self._undo))

        def refused(error: Exception) -> None:
            messages.error(self, failures.describe(error))
            self.reload(quietly=True)  # show what is stored, if it can be read

        save = self._context.op(
            self, lambda s, actor: cases.update_case(s, actor, number, **{field: value}), writes=Change.CASES
        )
        save.success(saved).failure(refused).run()

    def make_summary(self) -> None:
        """Ask who the summary is for, then build it and show the preview.

        Takes no arguments: a button's `clicked` passes its checked state to a slot that
        accepts one, and this slot must not mistake it for anything."""
        from casetracker.ui.views.reports import SummaryOptions, preview_case_summary

        about = self.number
        if self._detail is not None:
            about = f"{about} · {self._detail.person.person.name}"
        dialog = SummaryOptions(self, about)
        if dialog.exec():
            preview_case_summary(self, self._context, self.number, dialog.options())

    def undo(self) -> None:
        if not self._undo:
            return
        edit = self._undo.pop()
        self._save(edit.field, edit.old, undoing=True)
        self.reload()

    # --- showing the case -----------------------------------------------------------------------

    def reload(self, *, quietly: bool = False) -> None:
        """Read the case again and show it; `quietly`: a store that cannot be read is not said again."""
        number = self.number

        def read(session):
            detail = cases.case_detail(session, number)
            result = evaluation.evaluate_case(session, detail.case)
            return detail, result, audit.history_of_case(session, detail.case.id)

        show = self._context.op(self, read, supersede=self).success(lambda found: self._show_case(*found))
        if quietly:
            show.failure(lambda _error: None)
        show.run()

    def _show_case(self, detail, result, entries) -> None:
        self._detail = detail
        case = self._detail.case
        self._forget_overtaken_edits(entries)
        self._loading = True
        try:
            self.heading.setText(f"{case.number} · {label(case.kind)} · {case.country}")
            for combo, value in (
                (self.kind, case.kind),
                (self.status, case.status),
                (self.priority, case.priority),
            ):
                combo.setCurrentIndex(combo.findData(value))
            for line, value in ((self.caseworker, case.caseworker), (self.lawyer, case.lawyer)):
                if not line.hasFocus():
                    line.setText(value)
            for text, value in ((self.summary, case.summary), (self.outcome, case.outcome)):
                if not text.hasFocus():
                    text.setPlainText(value)
        finally:
            self._loading = False
        person = self._detail.person
        spellings = ", ".join(person.latin_names)
        markers = ", ".join(label(m.marker) for m in person.markers)
        born = person.person.birth_date.isoformat() if person.person.birth_date else self.tr("unknown")
        self.person.setText(
            f"<b>{_escape(person.person.name)}</b><br>{_escape(spellings)}<br>"
            + self.tr("Born: {0}").format(born)
            + (
                f"<br><span style='color:{colours.colour('alarm', self.palette())}'>{_escape(markers)}</span>"
                if markers
                else ""
            )
        )
        self._show_alarm(case.priority, result.worst)
        self.timeline.show_events(self._detail.events)
        self.rules.show_evaluation(self._detail, result)
        self.notes.show_notes(self._detail)
        self.files.show_files(self._detail)
        self.history.show_history(entries)

    def _forget_overtaken_edits(self, entries) -> None:
        """An edit made here that was changed since from elsewhere (a sync, a conflict settled, another
        window) is no longer this window's to undo: undoing it would silently throw that change away."""
        case_id = self._detail.case.id
        newest = {edit.field: edit.saved_at for edit in self._undo}  # this window's own last change of each
        overtaken = {
            field
            for field, saved_at in newest.items()
            for entry in entries
            if entry.entity_id == case_id and entry.at > saved_at and _touches(entry, field)
        }
        self._undo = [edit for edit in self._undo if edit.field not in overtaken]
        self.undo_button.setEnabled(bool(self._undo))

    def _show_alarm(self, priority: str, alarm: str) -> None:
        """The rules' alarm level beside the priority, when it says more than the priority does."""
        raised = alarm == "critical" or (alarm == "warning" and priority in (Priority.LOW, Priority.NORMAL))
        self.alarm.setText(self.tr("Rules: {0}").format(label(alarm)) if raised else "")
        role = "alarm" if alarm == "critical" else "warning"
        self.alarm.setStyleSheet(colours.style(role, self.palette()) + " font-weight: bold;")
        self.alarm.setVisible(raised)

    def _open_person(self) -> None:
        if self._detail is not None:
            self.open_person.emit(self._detail.person.person.id.hex)

    def _on_changed(self, what: Change) -> None:
        if what:  # anything may show on a case: its events, its person, its deadlines, the rules
            self.reload()


class _Edit(NamedTuple):
    """A field changed in this window: its value before, and when the change was stored."""

    field: str
    old: object
    saved_at: datetime


def _touches(entry, field: str) -> bool:
    """Whether a history entry changed `field`, or settled or kept aside a value of it."""
    before, after = entry.before or {}, entry.after or {}
    if field not in after:
        return False
    return entry.action in ("resolve", "conflict") or before.get(field) != after[field]


def _add_field(grid: QGridLayout, row: int, column: int, caption: str, field) -> None:
    """A caption and its field in the overview's grid; the caption is the field's buddy (Alt+key)."""
    label_widget = QLabel(caption)
    grid.addWidget(label_widget, row, column, Qt.AlignmentFlag.AlignTop)
    if isinstance(field, QWidget):
        label_widget.setBuddy(field)
        grid.addWidget(field, row, column + 1)
    else:
        grid.addLayout(field, row, column + 1)


def _escape(text: str) -> str:
    return html.escape(text)


class AutosaveText(QPlainTextEdit):
    """A text box that reports an edit after a short pause in typing, or at once when left."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lines = self.fontMetrics().lineSpacing() * 3  # three lines: the overview stays compact
        self.setMaximumHeight(lines + 2 * self.frameWidth() + 8)
        self.setTabChangesFocus(True)
        self._pause = QTimer(self, singleShot=True, interval=_TEXT_SAVE_DELAY_MS)
        self._pause.timeout.connect(self.edited)
        self.textChanged.connect(self._pause.start)

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self._pause.stop()  # showing stored text is not an edit

    def focusOutEvent(self, event) -> None:
        self.save_now()
        super().focusOutEvent(event)

    def save_now(self) -> None:
        """Report an edit still waiting for the pause in typing (the app is locking, say)."""
        if self._pause.isActive():
            self._pause.stop()
            self.edited.emit()

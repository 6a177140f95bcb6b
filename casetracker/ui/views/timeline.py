"""A case's timeline: events in date order, with a form to add or correct one."""

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.dates import DateError, parse_partial_date
from casetracker.errors import InvalidInput
from casetracker.services import cases, trash
from casetracker.store.models import Event
from casetracker.ui import colours, failures, messages
from casetracker.ui.labels import choices, country_choices, current_language, label
from casetracker.ui.operations import Change
from casetracker.ui.tables import read_only_table
from casetracker.ui.type_ahead import SearchableCombo
from casetracker.vocabulary import DECISION_EVENTS, DatePrecision, EventKind, Procedure


def procedure_label(value: str) -> str:
    """A decision's procedure in words ("normal" is also a priority: here it is the general procedure)."""
    return label("procedure.normal" if value == Procedure.NORMAL else value)


def shown_date(value, precision: str) -> str:
    """The date as the interface language writes it, with its precision: '15 Sept 2022',
    '15 сент. 2022 г.', 'Sept 2022', 'approx. 15 Sept 2022'."""
    locale = QLocale()
    day = QDate(value.year, value.month, value.day)
    if precision == DatePrecision.MONTH:
        return locale.toString(day, "LLL yyyy")
    text = locale.toString(day, "d MMM yyyy")
    if precision == DatePrecision.APPROXIMATE:
        return QCoreApplication.translate("TimelinePanel", "approx. {0}").format(text)
    return text


def date_text(event: Event) -> str:
    """How a caseworker writes the date back: 2022-09-15, 2022-09 or ~2022-09-15."""
    if event.date_precision == DatePrecision.MONTH:
        return event.date.strftime("%Y-%m")
    prefix = "~" if event.date_precision == DatePrecision.APPROXIMATE else ""
    return prefix + event.date.isoformat()


def _combo() -> SearchableCombo:
    """A drop-down that can be typed into, its long entries elided rather than widening the form."""
    combo = SearchableCombo()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _add_field(grid: QGridLayout, row: int, column: int, caption: str, field: QWidget, span: int = 1) -> None:
    label = QLabel(caption)
    label.setBuddy(field)
    grid.addWidget(label, row, column)
    grid.addWidget(field, row, column + 1, 1, span)


class TimelinePanel(QWidget):
    changed = Signal()

    def __init__(self, context, number: str, parent=None) -> None:
        super().__init__(parent)
        self._context, self._number = context, number
        self._events: list[Event] = []
        self._editing: Event | None = None
        self.table = read_only_table(
            [self.tr("Date"), self.tr("What"), self.tr("Place"), self.tr("Details")], stretch=3
        )
        self.table.itemDoubleClicked.connect(lambda item: self.edit_row(item.row()))
        self.kind = _combo()
        for text, value in choices(EventKind):
            self.kind.addItem(text, value)
        self.date = QLineEdit(placeholderText=self.tr("2022-09-15, 2022-09 (month only) or ~2022-09-15"))
        self.date.setToolTip(self.date.placeholderText())  # the three ways of writing a date, in full
        self.date_error = QLabel()
        self.date_error.setWordWrap(True)
        self.date_error.hide()  # takes no room until there is something to say
        self.date_error.setStyleSheet(colours.style("alarm", self.palette()))
        self.place = QLineEdit()
        self.country = _combo()  # where it happened: the case's country unless chosen
        self.country.addItem(self.tr("In the case's country"), "")
        for name, code in country_choices(current_language()):
            self.country.addItem(f"{name} ({code})" if name != code else code, code)
        self.procedure = _combo()  # only for decisions: it sets the period to challenge them
        self.procedure.addItem(self.tr("Not recorded (every period that may apply is shown)"), "")
        for value in Procedure:
            self.procedure.addItem(procedure_label(value), value)
        self.kind.currentIndexChanged.connect(self._show_procedure)
        self.details = QLineEdit()
        self.save_button = QPushButton(self.tr("Add event"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.clear_form)
        self.cancel_button.hide()
        delete = QPushButton(self.tr("Delete selected event…"))
        delete.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # the table's row, not a field's text
        delete_key.activated.connect(self.delete_selected)
        self.procedure_label = QLabel(self.tr("Procedure, as the decision states it:"))
        self.procedure_label.setWordWrap(True)
        # Two fields a row: the table above keeps the height.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        _add_field(form, 0, 0, self.tr("What happened:"), self.kind)
        _add_field(form, 0, 2, self.tr("Date:"), self.date)
        form.addWidget(self.date_error, 1, 3)
        _add_field(form, 2, 0, self.tr("Place:"), self.place)
        _add_field(form, 2, 2, self.tr("Country:"), self.country)
        form.addWidget(self.procedure_label, 3, 0)
        form.addWidget(self.procedure, 3, 1, 1, 3)
        _add_field(form, 4, 0, self.tr("Details:"), self.details, span=3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for field in (self.date, self.place, self.details):
            field.returnPressed.connect(self.save)
        self._show_procedure()

    def _show_procedure(self) -> None:
        """The procedure matters only for a decision: the field is shown for decisions alone."""
        decision = self.kind.currentData() in DECISION_EVENTS
        self.procedure.setVisible(decision)
        self.procedure_label.setVisible(decision)

    def show_events(self, events: list[Event]) -> None:
        self._events = events
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            what = label(event.kind)
            if event.procedure:
                what += " · " + procedure_label(event.procedure)
            where = (
                f"{event.place} ({event.country})"
                if event.country and event.place
                else event.country or event.place
            )
            cells = (shown_date(event.date, event.date_precision), what, where, event.description)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def edit_row(self, row: int) -> None:
        event = self._events[row]
        self._editing = event
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        self.date.setText(date_text(event))
        self.place.setText(event.place)
        self.country.setCurrentIndex(max(0, self.country.findData(event.country)))
        self.procedure.setCurrentIndex(max(0, self.procedure.findData(event.procedure)))
        self.details.setText(event.description)
        self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.show()
        self.date.setFocus()

    def clear_form(self) -> None:
        self._editing = None
        for field in (self.date, self.place, self.details):
            field.clear()
        self.country.setCurrentIndex(0)
        self.procedure.setCurrentIndex(0)
        self.date_error.clear()
        self.date_error.hide()
        self.save_button.setText(self.tr("Add event"))
        self.cancel_button.hide()

    def draft(self) -> dict | None:
        """What is typed in the form and not saved (None when nothing is): kept while the app is locked."""
        typed = {"date": self.date.text(), "place": self.place.text(), "details": self.details.text()}
        if not any(typed.values()) and self._editing is None:
            return None
        chosen = {"kind": self.kind, "country": self.country, "procedure": self.procedure}
        return typed | {name: box.currentData() for name, box in chosen.items()} | {"editing": self._editing}

    def restore_draft(self, draft: dict) -> None:
        """Put back what `draft()` kept."""
        if draft["editing"] is not None:
            self._editing = draft["editing"]
            self.save_button.setText(self.tr("Save changes"))
            self.cancel_button.show()
        for name in ("kind", "country", "procedure"):
            combo = getattr(self, name)
            combo.setCurrentIndex(max(0, combo.findData(draft[name])))
        for name in ("date", "place", "details"):
            getattr(self, name).setText(draft[name])

    def save(self) -> None:
        try:
            when = parse_partial_date(self.date.text())
        except DateError:
            self._date_error(self.tr("Not a date: write 2022-09-15, 15.09.2022, 2022-09 or ~2022-09-15"))
            self.date.setFocus()
            return
        values = {
            "place": self.place.text(),
            "description": self.details.text(),
            "country": self.country.currentData(),
        }
        values["procedure"] = (
            self.procedure.currentData() if self.kind.currentData() in DECISION_EVENTS else ""
        )
        editing, number, kind = self._editing, self._number, self.kind.currentData()
        if editing is None:

            def save(s, actor):
                return cases.add_event(s, actor, number, kind, when, **values)
        else:

            def save(s, actor):
                return cases.update_event(s, actor, editing.id, kind=kind, when=when, **values)

        def refused(error: Exception) -> None:
            if isinstance(error, InvalidInput) and error.field == "date":
                self._date_error(failures.describe(error))
            else:
                messages.error(self, failures.describe(error))

        write = self._context.op(self, save, writes=Change.CASES | Change.DEADLINES)
        write.success(self._saved).failure(refused).run()

    def _date_error(self, text: str) -> None:
        self.date_error.setText(text)
        self.date_error.show()

    def _saved(self, _event) -> None:
        self.clear_form()
        self.changed.emit()

    def delete_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return
        event = self._events[min(rows)]
        question = self.tr("Move the event of {0} to the trash? It can be restored from Case → Trash.")
        if not messages.confirm(self, question.format(shown_date(event.date, event.date_precision))):
            return
        move = self._context.op(
            self,
            lambda s, actor: trash.move_to_trash(s, actor, "event", event.id),
            writes=Change.CASES | Change.DEADLINES,
        )
        move.success(lambda _: self.changed.emit()).run()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self.clear_form()
            return
        super().keyPressEvent(event)

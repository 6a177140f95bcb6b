"""The lower panels of the case editor: rules and deadlines, notes, history."""

import html
from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casetracker.rules import Evaluation
from casetracker.services import cases, evaluation
from casetracker.services.cases import CaseDetail
from casetracker.store.models import AuditEntry
from casetracker.ui import colours
from casetracker.ui.labels import action_label, day, entity_label, field_label, label, wording
from casetracker.ui.operations import Change
from casetracker.vocabulary import DeadlineStatus

_SEVERITY_ROLES = {"critical": "alarm", "warning": "warning", "info": "info"}


def _e(text) -> str:
    return html.escape(str(text))


class RulesPanel(QTextBrowser):
    """Stay allowance, deadlines and findings, each with the rule and its source."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)  # the app never opens the network itself
        self.setOpenLinks(False)

    def show_evaluation(self, detail: CaseDetail, result: Evaluation) -> None:
        parts = []
        stay = result.stay
        if stay is not None:
            window = (
                self.tr("in any {0} days").format(stay.window_days)
                if stay.window_days
                else self.tr("per entry")
            )
            if stay.over_since is not None:
                status = self.tr("Over the limit since {0}; the last legal day was {1}.").format(
                    day(stay.over_since), day(stay.last_legal_day)
                )
            else:
                status = self.tr("{0} days left after today. Last legal day: {1}.").format(
                    stay.days_left, day(stay.last_legal_day)
                )
            parts.append(
                "<h3>{}</h3><p>{}</p>".format(
                    _e(self.tr("Stay")),
                    _e(
                        self.tr("{0} of {1} days {2} used.").format(stay.days_used, stay.limit_days, window)
                        + " "
                        + status
                    )
                    + f" <small>[{_e(stay.rule)}]</small>",
                )
            )
        deadlines_heading = self.tr("Deadlines")
        parts.append(f"<h3>{_e(deadlines_heading)}</h3>")
        words = wording()
        if detail.deadlines:
            worded = evaluation.worded_descriptions(result, words)
            unverified = {d.rule for d in result.deadlines if not d.verified}
            rows = "".join(
                self._deadline_rows(d, evaluation.deadline_description(d, worded), d.origin in unverified)
                for d in detail.deadlines
            )
            parts.append(f"<table cellspacing='4'>{rows}</table>")
        else:
            no_deadlines = self.tr("No deadlines.")
            parts.append(f"<p>{_e(no_deadlines)}</p>")
        sources = {d.rule: d.source for d in result.deadlines if d.source}
        for rule, source in sources.items():
            kind = _e(label(f"source.{source.kind}"))
            parts.append(f"<p><small>{_e(rule)}: {_e(source.title)} ({kind}) — {_e(source.url)}</small></p>")
        findings_heading = self.tr("Findings")
        parts.append(f"<h3>{_e(findings_heading)}</h3>")
        for finding in result.findings:
            colour = colours.colour(_SEVERITY_ROLES.get(finding.severity, "info"), self.palette())
            source = f" — {_e(finding.source.url)}" if finding.source else ""
            rule = f" <small>[{_e(finding.rule)}{source}]</small>" if finding.rule else ""
            text = _e(finding.render(words))
            parts.append(f"<p><b style='color:{colour}'>{_e(label(finding.severity))}</b> {text}{rule}</p>")
        self.setHtml("".join(parts))

    def _deadline_rows(self, deadline, description: str, unverified: bool) -> str:
        """The deadline's day, kind, status and origin; under them what it is for, on what basis and
        which alternatives apply, as the engine worded it (or the caseworker's own words). A period
        the profile does not vouch for is marked so beside the day."""
        origin = self.tr("entered by hand") if deadline.origin == "manual" else deadline.origin
        if deadline.status == DeadlineStatus.OPEN and deadline.due < date.today():  # not "pending": passed
            overdue = _e(self.tr("Overdue"))
            status = f"<b style='color:{colours.colour('alarm', self.palette())}'>{overdue}</b>"
        else:
            status = _e(label(deadline.status, "deadline_status"))
        if unverified:
            warning = _e(self.tr("period not verified"))
            status += f" · <b style='color:{colours.colour('alarm', self.palette())}'>{warning}</b>"
        due = f"<b>{_e(day(deadline.due))}</b>"
        cells = (due, _e(label(deadline.kind)), status, f"<small>{_e(origin)}</small>")
        head = "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
        if not description:
            return head
        return head + f"<tr><td></td><td colspan='3'><small>{_e(description)}</small></td></tr>"


class NotesPanel(QWidget):
    def __init__(self, context, number: str, parent=None) -> None:
        super().__init__(parent)
        self._context, self._number = context, number
        self.view = QTextBrowser()
        self.text = QPlainTextEdit(placeholderText=self.tr("Write a note…"))
        self.text.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.text)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def show_notes(self, detail: CaseDetail) -> None:
        self.view.setHtml(
            "".join(
                f"<p><small>{_e(n.created_at.strftime('%Y-%m-%d %H:%M'))} · {_e(n.author)}</small><br>"
                f"{_e(n.text).replace(chr(10), '<br>')}</p>"
                for n in detail.notes
            )
            or _e(self.tr("No notes yet."))
        )

    def add(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            return
        number = self._number
        note = self._context.op(
            self, lambda s, actor: cases.add_note(s, actor, number, text), writes=Change.CASES
        )
        note.success(lambda _: self.text.clear()).run()


class HistoryPanel(QTextBrowser):
    """Who changed what and when, newest first, from the audit log: the record in the caseworker's
    words, the fields changed, and old → new for short values (dates, status, priority, kinds).
    Free text (summary, notes, descriptions) is named, never quoted: the history shows no more than
    the editor does."""

    def show_history(self, entries: list[AuditEntry]) -> None:
        file_names = _file_names(entries)
        rows = []
        for entry in sorted(entries, key=lambda e: e.at, reverse=True):
            rows.append(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                    _e(entry.at.astimezone().strftime("%Y-%m-%d %H:%M")),
                    _e(entry.actor),
                    _e(action_label(entry.action)),
                    _e(_what(entry, file_names)),
                    "<br>".join(_e(change) for change in _changes(entry)),
                )
            )
        headings = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Record"), self.tr("Changes")]
        header = "".join(f"<th align='left'>{_e(h)}</th>" for h in headings)
        nothing = self.tr("No changes recorded yet.")
        empty = "" if rows else f"<p>{_e(nothing)}</p>"
        self.setHtml(f"<table cellspacing='6'><tr>{header}</tr>{''.join(rows)}</table>{empty}")


# Fields whose values are short and no more personal than the editor shows: printed as old → new.
_VALUE_FIELDS = frozenset(
    {
        "kind",
        "status",
        "priority",
        "country",
        "alert",
        "date_precision",
        "date",
        "due",
        "opened_on",
        "closed_on",
    }
)
_DATE_FIELDS = frozenset({"date", "due", "opened_on", "closed_on"})
_NOT_SHOWN = frozenset({"id", "updated_at", "created_at", "case_id", "person_id", "blob_name", "sha256"})
_DEFAULTS = (None, "", "open", "exact", "info")


def _what(entry: AuditEntry, file_names: dict) -> str:
    """The kind of record and, where it has one, its own kind (Deadline · Appeal) or, for an
    evidence file, its name (the Files tab shows it too)."""
    kind = (entry.after or entry.before or {}).get("kind")
    name = entity_label(entry.entity)
    if entry.entity == "attachment" and file_names.get(entry.entity_id):
        return f"{name} · {file_names[entry.entity_id]}"
    return f"{name} · {label(kind)}" if kind and entry.entity != "case_file" else name


def _file_names(entries: list[AuditEntry]) -> dict:
    """File names by attachment id, from the entries that recorded them: opening or saving a
    copy records only the checksum."""
    return {
        entry.entity_id: (entry.after or entry.before)["filename"]
        for entry in entries
        if entry.entity == "attachment" and "filename" in (entry.after or entry.before or {})
    }


def _changes(entry: AuditEntry) -> list[str]:
    before, after = entry.before or {}, entry.after or {}
    if entry.action == "create":  # what it was created with, where that is short
        return [
            f"{field_label(key)}: {_value(key, after[key], entry.entity)}"
            for key in after
            if _shown_on_create(key, after)
        ]
    hidden = _NOT_SHOWN | {"deleted_at"} if entry.action in ("delete", "restore") else _NOT_SHOWN  # said once
    changed = [
        key for key in after if key not in hidden and key in before and before.get(key) != after.get(key)
    ]
    return [_change(key, before.get(key), after.get(key), entry.entity) for key in changed]


def _shown_on_create(key: str, after: dict) -> bool:
    """Short values worth reading in a new record: not its kind (the record column names it), nor the
    defaults every new record has."""
    return key in _VALUE_FIELDS and key != "kind" and after[key] not in _DEFAULTS


def _change(key: str, old, new, entity: str) -> str:
    if key not in _VALUE_FIELDS:
        return field_label(key)
    return f"{field_label(key)}: {_value(key, old, entity)} → {_value(key, new, entity)}"


# A field whose values a record of its own names differently: a deadline's "open" is "Pending"
# («Открыт»), not a case's "Open" («Открыто»).
_VALUE_GROUPS = {("deadline", "status"): "deadline_status"}


def _value(key: str, value, entity: str = "") -> str:
    if value in (None, ""):
        return "—"
    if key in _DATE_FIELDS:
        try:
            return day(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if key == "country":
        return str(value)
    group = _VALUE_GROUPS.get((entity, key))
    return label(str(value), group) if group else label(str(value))

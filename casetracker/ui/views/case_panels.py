"""The lower panels of the case editor: rules and deadlines, notes, history."""

import html

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casetracker.rules import Evaluation
from casetracker.services import cases
from casetracker.services.cases import CaseDetail
from casetracker.store.models import AuditEntry
from casetracker.ui.labels import label

_SEVERITY_COLOURS = {"critical": "#b00020", "warning": "#9a5b00", "info": "#33546b"}


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
            last = stay.last_legal_day.isoformat() if stay.last_legal_day else self.tr("already passed")
            parts.append(
                "<h3>{}</h3><p>{}</p>".format(
                    _e(self.tr("Stay")),
                    _e(
                        self.tr("{0} of {1} days {2} used, {3} left. Last legal day: {4}.").format(
                            stay.days_used, stay.limit_days, window, stay.days_left, last
                        )
                    )
                    + f" <small>[{_e(stay.rule)}]</small>",
                )
            )
        deadlines_heading = self.tr("Deadlines")
        parts.append(f"<h3>{_e(deadlines_heading)}</h3>")
        if detail.deadlines:
            rows = "".join(
                "<tr><td><b>{}</b></td><td>{}</td><td>{}</td><td><small>{}</small></td></tr>".format(
                    _e(d.due.isoformat()),
                    _e(label(d.kind)),
                    _e(label(d.status)),
                    _e(self.tr("entered by hand") if d.origin == "manual" else d.origin),
                )
                for d in detail.deadlines
            )
            parts.append(f"<table cellspacing='6'>{rows}</table>")
        else:
            no_deadlines = self.tr("No deadlines.")
            parts.append(f"<p>{_e(no_deadlines)}</p>")
        sources = {d.rule: d.source for d in result.deadlines if d.source}
        for rule, source in sources.items():
            parts.append(f"<p><small>{_e(rule)}: {_e(source.title)} — {_e(source.url)}</small></p>")
        findings_heading = self.tr("Findings")
        parts.append(f"<h3>{_e(findings_heading)}</h3>")
        for finding in result.findings:
            colour = _SEVERITY_COLOURS.get(finding.severity, "#000")
            source = f" — {_e(finding.source.url)}" if finding.source else ""
            rule = f" <small>[{_e(finding.rule)}{source}]</small>" if finding.rule else ""
            parts.append(
                f"<p><b style='color:{colour}'>{_e(label(finding.severity))}</b> {_e(finding.text)}{rule}</p>"
            )
        self.setHtml("".join(parts))


class NotesPanel(QWidget):
    def __init__(self, context, number: str, parent=None) -> None:
        super().__init__(parent)
        self._context, self._number = context, number
        self.view = QTextBrowser()
        self.text = QPlainTextEdit(placeholderText=self.tr("Write a note…"))
        self.text.setMaximumHeight(90)
        add = QPushButton(self.tr("Add note"))
        add.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.text)
        row.addWidget(add)
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
        self._context.write(lambda s, actor: cases.add_note(s, actor, self._number, text), "cases")
        self.text.clear()


class HistoryPanel(QTextBrowser):
    """Who changed what and when, newest first, from the audit log."""

    def show_history(self, entries: list[AuditEntry]) -> None:
        rows = []
        for entry in sorted(entries, key=lambda e: e.at, reverse=True):
            changed = _changed_fields(entry)
            rows.append(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                    _e(entry.at.astimezone().strftime("%Y-%m-%d %H:%M")),
                    _e(entry.actor),
                    _e(self.tr(entry.action)),
                    _e(entry.entity.replace("_", " ")),
                    _e(", ".join(changed)),
                )
            )
        self.setHtml(f"<table cellspacing='6'>{''.join(rows)}</table>")


def _changed_fields(entry: AuditEntry) -> list[str]:
    if not entry.before or not entry.after:
        return []
    ignored = {"updated_at", "created_at"}
    return [
        key for key in entry.after if key not in ignored and entry.before.get(key) != entry.after.get(key)
    ]

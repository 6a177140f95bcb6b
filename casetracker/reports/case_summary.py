"""The case summary PDF for a lawyer: facts, person, timeline, assessment, evidence, notes, signature.

    build_case_summary(session, "EE-2024-0003", Path("summary.pdf"), language="ru", redaction="sharing")

Reads the store through `session` and never writes to it. Everything missing
is said so in the document rather than left blank.
"""

import io
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from casetracker.catalogue import country_name, file_size
from casetracker.reports import layout
from casetracker.reports.case_data import CaseReportData, RuleRef, read_case
from casetracker.reports.labels import Labels, check_language
from casetracker.reports.layout import Progress, Styles, text
from casetracker.reports.output import atomic_output, with_output
from casetracker.reports.redaction import Redaction
from casetracker.store.leftovers import Journal

_SEVERITY_COLOURS = {"critical": "#a01919", "warning": "#8a5a00"}


def build_case_summary(
    session: Session,
    number: str,
    out: Path,
    *,
    language: str = "en",
    paper: str = "a4",
    redaction: str = "lawyer",
    initials: bool = False,
    notes: bool = True,
    attachments_dir: Path | None = None,
    on: date | None = None,
    progress: Progress | None = None,
    journal: Journal | None = None,
) -> Path:
    """Write the summary of case `number` to `out` and return the path.

    `redaction`: "lawyer" (everything) or "sharing" (no contacts, current location, family or
    notes); `initials` shows names as initials. `attachments_dir` (the store's attachments
    folder) lets the report say which evidence files are missing. Rules are applied as of `on`
    (default today). `progress(done, total)` may raise errors.Cancelled to stop; no file is left.
    With the store's `journal`, a crash leaves no file either.
    """
    check_language(language), layout.check_paper(paper)  # refused before any file is opened
    options = {"language": language, "paper": paper, "redaction": redaction, "initials": initials}
    options |= {"notes": notes, "attachments_dir": attachments_dir, "on": on, "progress": progress}
    pdf = case_summary_pdf(session, number, **options)  # built in memory: a failure writes nothing
    return with_output(out, lambda handle: handle.write(pdf), journal)


def case_summary_pdf(
    session: Session,
    number: str,
    *,
    language: str = "en",
    paper: str = "a4",
    redaction: str = "lawyer",
    initials: bool = False,
    notes: bool = True,
    attachments_dir: Path | None = None,
    on: date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The same summary as PDF bytes in memory, for the preview: no file, not even a temporary one."""
    data = read_case(
        session,
        number,
        redaction=Redaction(redaction, initials),
        on=on or date.today(),
        attachments_dir=attachments_dir,
        include_notes=notes,
        language=language,
    )
    buffer = io.BytesIO()
    labels, pagesize = Labels(language), layout.check_paper(paper)
    render_case_summary(data, buffer, labels=labels, pagesize=pagesize, progress=progress)
    return buffer.getvalue()


def write_case_summary(
    data: CaseReportData,
    out: Path,
    *,
    labels: Labels,
    pagesize: tuple[float, float],
    progress: Progress | None = None,
) -> Path:
    """Lay out already-read (and redacted) case data into the file `out`; usable without a store."""
    with atomic_output(out) as handle:
        render_case_summary(data, handle, labels=labels, pagesize=pagesize, progress=progress)
    return Path(out).expanduser()


def render_case_summary(
    data: CaseReportData,
    handle: BinaryIO,
    *,
    labels: Labels,
    pagesize: tuple[float, float],
    progress: Progress | None = None,
) -> None:
    """Lay out the case into an open binary file or buffer."""
    story = _story(data, labels, layout.make_styles(), pagesize[0] - 2 * layout.MARGIN)
    title = f"{labels('case_summary')} {data.number}"
    marking = labels("confidential" if data.redaction.full else "confidential.sharing")
    layout.render(
        handle, story, labels=labels, pagesize=pagesize, title=title, marking=marking, progress=progress
    )


def _story(data: CaseReportData, labels: Labels, styles: Styles, width: float) -> list:
    story: list = []
    story += _title(data, labels, styles, width)
    story += _person(data, labels, styles, width)
    story += _summary(data, labels, styles)
    story += _timeline(data, labels, styles, width)
    story += _assessment(data, labels, styles, width)
    story += _attachments(data, labels, styles, width)
    if data.notes is not None:
        story += _notes(data, labels, styles)
    story += _signature(data, labels, styles, width)
    return story


def _or_missing(value: str, labels: Labels) -> str:
    return value if value and value.strip() else labels("not_recorded")


def _country(code: str, labels: Labels) -> str:
    name = country_name(code, labels.language)
    return f"{name} ({code})" if name != code else code


def _title(data: CaseReportData, labels: Labels, styles: Styles, width: float) -> list:
    pairs = [
        (labels("number"), data.number),
        (labels("country"), _country(data.country, labels)),
        (labels("kind"), labels.value("case_kind", data.kind)),
        (labels("status"), labels.value("case_status", data.status)),
        (labels("priority"), labels.value("priority", data.priority)),
        (labels("opened"), labels.day(data.opened_on)),
        (labels("closed"), labels.day(data.closed_on) if data.closed_on else labels("dash")),
        (labels("role.caseworker"), _or_missing(data.caseworker, labels)),
        (labels("role.lawyer"), _or_missing(data.lawyer, labels)),
        (labels("generated"), labels.day(date.today())),
    ]
    marking_lines = [
        f"<b>{text(labels('marking.lawyer' if data.redaction.full else 'marking.sharing'))}</b>",
        text(labels("marking.body")),
    ]
    if not data.redaction.full:
        marking_lines.append(text(labels("redacted.list")))
        if data.redaction.initials:
            marking_lines.append(text(labels("redacted.initials")))
    marking = Table(
        [[Paragraph("<br/>".join(marking_lines), styles.marking)]], colWidths=[width], hAlign="LEFT"
    )
    marking.setStyle(
        TableStyle(
            [
                *layout.BASE_TABLE_STYLE,
                ("BOX", (0, 0), (-1, -1), 0.8, layout.CRITICAL),
                ("BACKGROUND", (0, 0), (-1, -1), layout.SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [
        Paragraph(text(f"{labels('case_summary')} {data.number}"), styles.title),
        Paragraph(
            text(
                f"{labels.value('case_kind', data.kind)} · {_country(data.country, labels)} · "
                + labels("evaluated_on", day=labels.day(data.on))
            ),
            styles.subtitle,
        ),
        marking,
        Spacer(1, 4 * mm),
        Paragraph(text(labels("section.case")), styles.h1),
        layout.fact_table(pairs, width, styles, columns=2),
    ]


def _person(data: CaseReportData, labels: Labels, styles: Styles, width: float) -> list:
    person = data.person
    markers = [
        labels.value("marker", marker)
        + (f" ({detail})" if detail else "")
        + (f", {labels.day(since)}" if since else "")
        for marker, detail, since in person.markers
    ]
    pairs = [
        (labels("name"), person.name),
        (labels("name.latin"), "; ".join(person.latin_names) or labels("not_recorded")),
    ]
    if person.other_names:
        pairs.append((labels("name.other"), "; ".join(person.other_names)))
    pairs += [
        (labels("birth_date"), labels.day(person.birth_date)),
        (labels("birth_place"), _or_missing(person.birth_place, labels)),
        (
            labels("citizenships"),
            ", ".join(_country(c, labels) for c in person.citizenships) or labels("not_recorded"),
        ),
        (labels("languages"), ", ".join(person.languages) or labels("not_recorded")),
        (labels("military_status"), _or_missing(person.military_status, labels)),
        (labels("markers"), "; ".join(markers) or labels("none_recorded")),
    ]
    if person.secure_contact is not None:
        pairs.append((labels("secure_contact"), _or_missing(person.secure_contact, labels)))
    if person.current_location is not None:
        pairs.append((labels("current_location"), _or_missing(person.current_location, labels)))
    story = [Paragraph(text(labels("section.person")), styles.h1), layout.fact_table(pairs, width, styles)]

    story.append(Paragraph(text(labels("section.documents")), styles.h2))
    if person.documents:
        rows = [
            [
                labels.value("document_kind", kind),
                _country(country, labels),
                number or labels("not_recorded"),
                labels.day(valid_from) if valid_from else labels("dash"),
                labels.day(valid_until) if valid_until else labels("dash"),
            ]
            for kind, country, number, valid_from, valid_until in person.documents
        ]
        header = _headers(
            labels,
            "document.kind",
            "document.country",
            "document.number",
            "document.valid_from",
            "document.valid_until",
        )
        story.append(layout.data_table(header, rows, _widths(width, 26, 22, 20, 16, 16), styles))
    else:
        story.append(Paragraph(text(labels("none_recorded")), styles.body))

    if person.family is not None:
        story.append(Paragraph(text(labels("section.family")), styles.h2))
        if person.family:
            rows = [[relation, name] for relation, name in person.family]
            header = [labels("family.relation"), labels("family.name")]
            story.append(layout.data_table(header, rows, _widths(width, 30, 70), styles))
        else:
            story.append(Paragraph(text(labels("none_recorded")), styles.body))
    return story


def _summary(data: CaseReportData, labels: Labels, styles: Styles) -> list:
    story = [Paragraph(text(labels("section.summary")), styles.h1)]
    for key, value in (("summary", data.summary), ("outcome", data.outcome)):
        story.append(Paragraph(text(labels(key)), styles.h2))
        story += _long_text(value or labels("not_recorded"), styles)
    return story


def _long_text(value: str, styles: Styles) -> list:
    """Paragraphs for a text of any length: one per line, long lines cut into pieces of about
    1,500 characters at a sentence or word end. Splitting one huge paragraph across pages costs
    time with the square of its length; small ones lay out in linear time."""
    story = []
    for block in value.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        pieces = [piece for line in lines for piece in _pieces(line)]
        for index, piece in enumerate(pieces):
            style = styles.body if index == len(pieces) - 1 else styles.line
            story.append(Paragraph(text(piece), style))
    return story


def _pieces(line: str, size: int = 1500) -> list[str]:
    pieces = []
    while len(line) > size:
        cut = line.rfind(". ", size // 2, size)
        cut = cut + 1 if cut > 0 else line.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        pieces.append(line[:cut].strip())
        line = line[cut:]
    pieces.append(line.strip())
    return [piece for piece in pieces if piece]


def _headers(labels: Labels, *keys: str) -> list[str]:
    return [labels(key) for key in keys]


def _widths(width: float, *shares: float) -> list[float]:
    total = sum(shares)
    return [width * share / total for share in shares]


def _timeline(data: CaseReportData, labels: Labels, styles: Styles, width: float) -> list:
    story: list = [
        CondPageBreak(40 * mm),
        Paragraph(text(labels("section.timeline")), styles.h1),
    ]
    if not data.events:
        story.append(Paragraph(f"<b>{text(labels('no_events'))}</b>", styles.body))
        return story
    story.append(Paragraph(text(labels("timeline.intro")), styles.small))
    story.append(Spacer(1, 2 * mm))
    rows = []
    for index, event in enumerate(data.events, start=1):
        notes = []
        if event.source:
            notes.append(text(event.source))
        if event.rules:
            notes.append(f"<font color='#5c5c5c' size='7'>{text(', '.join(event.rules))}</font>")
        rows.append(
            [
                Paragraph(str(index), styles.cell_right),
                labels.partial_day(event.date, event.precision),
                _what_happened(event, labels),
                event.place or labels("dash"),
                event.description or labels("dash"),
                Paragraph("<br/>".join(notes) or labels("dash"), styles.cell),
            ]
        )
    header = _headers(labels, "event.no", "event.date", "event.kind", "event.place", "event.description")
    header.append(f"{labels('event.source')} · {labels('event.rules')}")
    story.append(layout.data_table(header, rows, _widths(width, 5, 14, 16, 15, 28, 22), styles))
    return story


def _what_happened(event, labels: Labels) -> str:
    """The event's kind, and a decision's procedure as recorded (the app's timeline says it too)."""
    kind = labels.value("event_kind", event.kind)
    return f"{kind} · {labels.value('procedure', event.procedure)}" if event.procedure else kind


def _rule_cell(rule: RuleRef | None, labels: Labels, styles: Styles, *, manual: bool = False) -> Paragraph:
    if rule is None:
        return Paragraph(text(labels("deadline.manual") if manual else labels("dash")), styles.cell)
    if not rule.known:
        return Paragraph(f"<b>{text(rule.id)}</b><br/>{text(labels('rule.unknown'))}", styles.cell)
    lines = [f"<b>{text(rule.id)}</b>", text(_in_force(rule, labels))]
    source = _short_source(rule)
    if source:
        source = f"{source} ({labels(f'source.{rule.source_kinds[0]}')})"
    lines.append(f"<font color='#5c5c5c'>{text(source or labels('rule.no_source'))}</font>")
    lines.append(_checked(rule, labels))
    return Paragraph("<br/>".join(lines), styles.cell)


def _checked(rule: RuleRef, labels: Labels) -> str:
    """Whether the profile vouches for the rule: a lawyer must see an unverified figure as such."""
    if not rule.verified:
        colour = _SEVERITY_COLOURS["critical"]
        return f"<font color='{colour}'><b>{text(labels('rule.unverified'))}</b></font>"
    if rule.verified_on is None:
        return f"<font color='#5c5c5c'>{text(labels('rule.never_checked'))}</font>"
    return f"<font color='#5c5c5c'>{text(labels('rule.checked', day=labels.day(rule.verified_on)))}</font>"


def _in_force(rule: RuleRef, labels: Labels) -> str:
    parts = [labels("rule.from", day=labels.day(rule.effective_from))] if rule.effective_from else []
    if rule.effective_to and rule.effective_to < date.max:
        parts.append(labels("rule.until", day=labels.day(rule.effective_to)))
    return " ".join(parts) or labels("unknown")


def _short_source(rule: RuleRef) -> str:
    """The title of the first source, without its address (the addresses are in 'Rules cited')."""
    source = rule.source
    return source.split(" <", 1)[0] if source else ""


def _assessment(data: CaseReportData, labels: Labels, styles: Styles, width: float) -> list:
    story: list = [
        CondPageBreak(40 * mm),
        Paragraph(text(labels("section.assessment")), styles.h1),
        Paragraph(text(labels("assessment.intro")), styles.small),
    ]
    if not data.has_profile:
        story.append(Paragraph(f"<b>{text(labels('assessment.no_profile'))}</b>", styles.body))
    if data.stay is not None:
        stay = data.stay
        window = (
            labels("stay.window", days=stay.window_days) if stay.window_days else labels("stay.per_entry")
        )
        figures = {"used": stay.days_used, "limit": stay.limit_days, "window": window}
        last = labels.day(stay.last_legal_day) if stay.last_legal_day else labels("stay.passed")
        if stay.over_since is not None:
            line = labels("stay.over", **figures, since=labels.day(stay.over_since), last=last)
        else:
            line = labels("stay.text", **figures, left=stay.days_left, last=last)
        story.append(
            Paragraph(f"<b>{text(labels('stay'))}:</b> {text(line)} ({text(stay.rule)})", styles.body)
        )

    story.append(Paragraph(text(labels("section.findings")), styles.h2))
    if data.findings:
        order = {"critical": 0, "warning": 1, "info": 2}
        rows = []
        for finding in sorted(data.findings, key=lambda f: order.get(f.severity, 3)):
            colour = _SEVERITY_COLOURS.get(finding.severity)
            severity = text(labels(f"severity.{finding.severity}"))
            if colour is not None:
                severity = f"<font color='{colour}'><b>{severity}</b></font>"
            rows.append(
                [
                    Paragraph(severity, styles.cell),
                    finding.text,
                    _rule_cell(finding.rule, labels, styles),
                ]
            )
        header = [labels("finding.severity"), labels("finding.text"), labels("finding.rule")]
        story.append(layout.data_table(header, rows, _widths(width, 12, 52, 36), styles))
    else:
        story.append(Paragraph(text(labels("no_findings")), styles.body))

    story.append(Paragraph(text(labels("section.deadlines")), styles.h2))
    if data.deadlines:
        rows = []
        for deadline in data.deadlines:
            status = labels.value("deadline_status", deadline.status)
            if deadline.status == "open" and deadline.due < data.on:
                status = f"{status}, {labels('deadline.overdue')}"
            rows.append(
                [
                    Paragraph(f"<b>{text(labels.day(deadline.due))}</b>", styles.cell),
                    labels.value("deadline_kind", deadline.kind),
                    status,
                    deadline.description or labels("dash"),
                    _rule_cell(deadline.rule, labels, styles, manual=True),
                ]
            )
        header = _headers(
            labels,
            "deadline.due",
            "deadline.kind",
            "deadline.status",
            "deadline.description",
            "deadline.origin",
        )
        story.append(layout.data_table(header, rows, _widths(width, 13, 14, 12, 30, 31), styles))
    else:
        story.append(Paragraph(text(labels("no_deadlines")), styles.body))

    if data.rules:
        story.append(Paragraph(text(labels("section.rules")), styles.h2))
        rows = [
            [
                Paragraph(f"<b>{text(rule.id)}</b>", styles.cell),
                Paragraph(
                    f"{text(_in_force(rule, labels))}<br/>{_checked(rule, labels)}"
                    if rule.known
                    else text(labels("rule.unknown")),
                    styles.cell,
                ),
                "\n".join(
                    f"• {source} [{labels(f'source.{kind}')}]"
                    for source, kind in zip(rule.sources, rule.source_kinds, strict=True)
                )
                or labels("rule.no_source"),
            ]
            for rule in data.rules
        ]
        header = [labels("rule.id"), labels("rule.in_force"), labels("rule.source")]
        story.append(layout.data_table(header, rows, _widths(width, 24, 18, 58), styles))
    return story


def _attachments(data: CaseReportData, labels: Labels, styles: Styles, width: float) -> list:
    story: list = [CondPageBreak(30 * mm), Paragraph(text(labels("section.attachments")), styles.h1)]
    if not data.attachments:
        story.append(Paragraph(text(labels("no_attachments")), styles.body))
        return story
    story.append(Paragraph(text(labels("attachments.intro")), styles.small))
    story.append(Spacer(1, 2 * mm))
    rows = []
    for index, item in enumerate(data.attachments, start=1):
        name = text(item.filename)
        if item.state == "missing":
            name += f"<br/><font color='#a01919'><b>{text(labels('attachment.missing'))}</b></font>"
        elif item.state == "unchecked":
            name += f"<br/><font color='#5c5c5c'>{text(labels('attachment.unchecked'))}</font>"
        digest = item.sha256[:32] + "<br/>" + item.sha256[32:] if len(item.sha256) > 32 else item.sha256
        rows.append(
            [
                Paragraph(str(index), styles.cell_right),
                Paragraph(name, styles.cell),
                item.media_type,
                Paragraph(file_size(item.size, labels.language), styles.cell_right),
                Paragraph(digest, styles.mono),
                labels.day(item.added.date()),
            ]
        )
    header = _headers(
        labels,
        "event.no",
        "attachment.file",
        "attachment.type",
        "attachment.size",
        "attachment.sha256",
        "attachment.added",
    )
    story.append(layout.data_table(header, rows, _widths(width, 5, 27, 15, 10, 29, 14), styles))
    return story


def _notes(data: CaseReportData, labels: Labels, styles: Styles) -> list:
    story: list = [CondPageBreak(30 * mm), Paragraph(text(labels("section.notes")), styles.h1)]
    if not data.notes:
        story.append(Paragraph(text(labels("no_notes")), styles.body))
        return story
    for note in data.notes:
        by = labels("note.by", day=labels.day(note.created.date()), author=note.author or labels("unknown"))
        story.append(Paragraph(text(by), styles.h2))
        story += _long_text(note.text, styles)
    return story


def _signature(data: CaseReportData, labels: Labels, styles: Styles, width: float) -> list:
    line = "_" * 34
    rows = [
        [Paragraph(text(labels("role.caseworker")), styles.cell_bold), _or_missing(data.caseworker, labels)],
        [Paragraph(text(labels("signature.date")), styles.cell_bold), line],
        [Paragraph(text(labels("signature.sign")), styles.cell_bold), line],
    ]
    rows = [
        [label, Paragraph(text(value), styles.cell) if isinstance(value, str) else value]
        for label, value in rows
    ]
    table = Table(rows, colWidths=[34 * mm, width / 2], hAlign="LEFT", rowHeights=[9 * mm] * 3)
    table.setStyle(TableStyle([*layout.BASE_TABLE_STYLE, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [KeepTogether([Paragraph(text(labels("section.signature")), styles.h1), table])]

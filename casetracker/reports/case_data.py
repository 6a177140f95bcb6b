"""The contents of a case summary as plain values, read from the store and already redacted.

Only reads: the session is never written to or flushed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, col, or_, select

from casetracker.reports.labels import finding_wording
from casetracker.reports.redaction import NameScrubber, Redaction, initials
from casetracker.rules import Rule, StayAllowance
from casetracker.services import cases, evaluation
from casetracker.store.models import Attachment, FamilyLink, Note, Person
from casetracker.vocabulary import NameScript


@dataclass(frozen=True)
class RuleRef:
    id: str
    effective_from: date | None = None
    effective_to: date | None = None
    sources: tuple[str, ...] = ()
    known: bool = True
    source_kinds: tuple[str, ...] = ()  # beside `sources`: law, government, court, unhcr_aida, ngo, news
    verified: bool = True  # False: the profile marks the rule, or one of its figures, not verified
    verified_on: date | None = None

    @property
    def source(self) -> str:
        return self.sources[0] if self.sources else ""


@dataclass(frozen=True)
class PersonPart:
    name: str
    latin_names: tuple[str, ...]
    other_names: tuple[str, ...]
    birth_date: date | None
    birth_place: str
    citizenships: tuple[str, ...]
    languages: tuple[str, ...]
    military_status: str
    markers: tuple[tuple[str, str, date | None], ...]  # marker, detail, since
    documents: tuple[tuple[str, str, str, date | None, date | None], ...]
    secure_contact: str | None  # None: redacted
    current_location: str | None
    family: tuple[tuple[str, str], ...] | None  # relation, name


@dataclass(frozen=True)
class EventLine:
    date: date
    precision: str
    kind: str
    place: str
    description: str
    source: str
    rules: tuple[str, ...]
    procedure: str = ""  # a decision's procedure, as recorded: its period depends on it


@dataclass(frozen=True)
class FindingLine:
    severity: str
    text: str
    rule: RuleRef | None


@dataclass(frozen=True)
class DeadlineLine:
    due: date
    kind: str
    status: str
    description: str
    rule: RuleRef | None  # None: entered by hand


@dataclass(frozen=True)
class AttachmentLine:
    filename: str
    media_type: str
    size: int
    sha256: str
    added: datetime
    state: str  # "present", "missing" or "unchecked"


@dataclass(frozen=True)
class NoteLine:
    created: datetime
    author: str
    text: str


@dataclass
class CaseReportData:
    number: str
    country: str
    kind: str
    status: str
    priority: str
    opened_on: date
    closed_on: date | None
    caseworker: str
    lawyer: str
    summary: str
    outcome: str
    person: PersonPart
    on: date
    redaction: Redaction
    has_profile: bool = True
    stay: StayAllowance | None = None
    events: list[EventLine] = field(default_factory=list)
    findings: list[FindingLine] = field(default_factory=list)
    deadlines: list[DeadlineLine] = field(default_factory=list)
    rules: list[RuleRef] = field(default_factory=list)
    attachments: list[AttachmentLine] = field(default_factory=list)
    notes: list[NoteLine] | None = None  # None: redacted or not asked for


def read_case(
    session: Session,
    number: str,
    *,
    redaction: Redaction,
    on: date,
    attachments_dir: Path | None,
    include_notes: bool = True,
    language: str = "en",
) -> CaseReportData:
    detail = cases.case_detail(session, number)
    case, person = detail.case, detail.person.person
    spellings = [person.name] + [name.text for name in detail.person.names]
    scrub: Callable[[str], str] = NameScrubber(spellings) if redaction.initials else _same
    name_of: Callable[[str], str] = initials if redaction.initials else _same

    result = evaluation.evaluate_case(session, case, on)
    profiles = evaluation.profiles_in_use(session)
    known_rules = _rules_by_id(profiles)
    cited: dict[str, RuleRef] = {}

    def ref(rule_id: str | None) -> RuleRef | None:
        if not rule_id:
            return None
        if rule_id not in cited:
            cited[rule_id] = _rule_ref(rule_id, known_rules.get(rule_id))
        return cited[rule_id]

    events = [
        EventLine(
            event.date,
            event.date_precision,
            event.kind,
            scrub(event.place),
            scrub(event.description),
            scrub(event.source),
            tuple(r for r in result.event_rules.get(event.id.hex, ()) if ref(r)),
            event.procedure or "",
        )
        for event in detail.events
    ]
    wording = finding_wording(language)
    findings = [FindingLine(f.severity, scrub(f.render(wording)), ref(f.rule)) for f in result.findings]
    worded = evaluation.worded_descriptions(result, wording)
    if result.stay is not None:
        ref(result.stay.rule)
    deadlines = [
        DeadlineLine(
            d.due,
            d.kind,
            d.status,
            scrub(evaluation.deadline_description(d, worded)),
            None if d.origin == "manual" else ref(d.origin),
        )
        for d in detail.deadlines
    ]
    return CaseReportData(
        number=case.number,
        country=case.country,
        kind=case.kind,
        status=case.status,
        priority=case.priority,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        caseworker=case.caseworker,
        lawyer=case.lawyer,
        summary=scrub(case.summary),
        outcome=scrub(case.outcome),
        person=_person_part(session, detail.person, redaction, name_of),
        on=on,
        redaction=redaction,
        has_profile=profiles.get(case.country) is not None,
        stay=result.stay,
        events=events,
        findings=findings,
        deadlines=deadlines,
        rules=sorted(cited.values(), key=lambda r: r.id),
        attachments=_attachments(session, case.id, attachments_dir, scrub),
        notes=_notes(session, case.id, person.id) if include_notes and redaction.full else None,
    )


def _same(value: str) -> str:
    return value


def _rules_by_id(profiles) -> dict[str, Rule]:
    found: dict[str, Rule] = {}
    for profile in profiles:
        for rule in profile.rules:
            found.setdefault(rule.id, rule)
    for zone in profiles.zones.values():
        for rule in zone.rules:
            found.setdefault(rule.id, rule)
    return found


def _rule_ref(rule_id: str, rule: Rule | None) -> RuleRef:
    if rule is None:
        return RuleRef(rule_id, known=False)
    return RuleRef(
        rule.id,
        rule.effective_from,
        rule.effective_to,
        tuple(s.cite() for s in rule.sources),
        source_kinds=tuple(s.kind for s in rule.sources),
        verified=rule.verified and not rule.unverified_fields,
        verified_on=rule.verified_on,
    )


def _person_part(session: Session, detail, redaction: Redaction, name_of) -> PersonPart:
    person = detail.person
    latin = _unique(name_of(n.text) for n in detail.names if n.script == NameScript.LATIN)
    other = _unique(name_of(n.text) for n in detail.names if n.script != NameScript.LATIN)
    return PersonPart(
        name=name_of(person.name),
        latin_names=latin,
        other_names=other,
        birth_date=person.birth_date,
        birth_place=person.birth_place,
        citizenships=tuple(person.citizenships),
        languages=tuple(person.languages),
        military_status=person.military_status,
        markers=tuple((m.marker, m.detail, m.since) for m in detail.markers),
        documents=tuple(
            (d.kind, d.country, d.number, d.valid_from, d.valid_until)
            for d in sorted(detail.documents, key=lambda d: d.valid_until or date.max)
        ),
        secure_contact=person.secure_contact if redaction.full else None,
        current_location=person.current_location if redaction.full else None,
        family=_family(session, person.id) if redaction.full else None,
    )


def _unique(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _family(session: Session, person_id) -> tuple[tuple[str, str], ...]:
    links = session.exec(select(FamilyLink).where(FamilyLink.person_id == person_id)).all()
    family = []
    for link in links:
        name = link.relative_name
        if link.relative_id is not None:
            relative = session.get(Person, link.relative_id)
            name = relative.name if relative is not None else name
        family.append((link.relation, name))
    return tuple(family)


def _attachments(session: Session, case_id, attachments_dir: Path | None, scrub) -> list[AttachmentLine]:
    rows = session.exec(
        select(Attachment)
        .where(Attachment.case_id == case_id, col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.created_at))
    ).all()
    lines = []
    for row in rows:
        if attachments_dir is None:
            state = "unchecked"
        else:
            state = "present" if (attachments_dir / row.blob_name).is_file() else "missing"
        lines.append(
            AttachmentLine(scrub(row.filename), row.media_type, row.size, row.sha256, row.created_at, state)
        )
    return lines


def _notes(session: Session, case_id, person_id) -> list[NoteLine]:
    rows = session.exec(
        select(Note)
        .where(
            or_(Note.case_id == case_id, (Note.person_id == person_id) & col(Note.case_id).is_(None)),
            col(Note.deleted_at).is_(None),
        )
        .order_by(col(Note.created_at))
    ).all()
    return [NoteLine(row.created_at, row.author, row.text) for row in rows]

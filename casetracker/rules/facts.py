"""What the engine is given about a case, and what it gives back: plain frozen values, no database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal, NamedTuple

from casetracker.rules.messages import Deferred, Message, Wording, render, sentence
from casetracker.rules.model import Source
from casetracker.vocabulary import CaseKind, DatePrecision, DocumentKind, EventKind, RiskMarker

Severity = Literal["info", "warning", "critical"]


class EventFact(NamedTuple):
    """A named tuple rather than a frozen dataclass: a store holds about a million of them, and
    building a tuple costs a fifth of a frozen dataclass when the whole store is evaluated."""

    id: str
    kind: EventKind
    date: date
    precision: DatePrecision = DatePrecision.EXACT
    country: str = ""  # ISO code of the country where it happened
    procedure: str = ""  # a decision's procedure (vocabulary.Procedure), "" when not known


@dataclass(frozen=True)
class DocumentFact:
    id: str
    kind: DocumentKind
    country: str  # issuing country
    valid_until: date | None = None
    valid_from: date | None = None  # first day of validity, where known (residence permits)
    annulled_on: date | None = None  # cancelled or annulled: it ends here, and no expiry is due


@dataclass(frozen=True)
class CaseFacts:
    number: str
    kind: CaseKind
    country: str
    markers: frozenset[RiskMarker] = frozenset()
    events: tuple[EventFact, ...] = ()
    travel: tuple[EventFact, ...] = ()  # every entry and exit of the person, in every country
    documents: tuple[DocumentFact, ...] = ()


@dataclass(frozen=True)
class StayAllowance:
    days_used: int  # days of stay in the window ending on the evaluation day (or since entry)
    days_left: (
        int  # days the person may still stay after the evaluation day: last_legal_day - on, 0 when over
    )
    limit_days: int
    window_days: int | None  # None for an allowance per entry
    last_legal_day: date | None  # the last lawful day: ahead, or (when over) past; None if no day was
    rule: str
    present: bool = True  # False: the figures are for an entry on the evaluation day
    countries: frozenset[str] = frozenset()  # stays in all of these count together
    over_since: date | None = None  # when over the limit: the first unlawful day


@dataclass(frozen=True)
class ComputedDeadline:
    kind: str  # "remedy", "remedy_step", "custody_limit", "asylum_filing", "registration"
    due: date
    rule: str
    source: Source | None
    event_id: str | None
    message: Message | str | Deferred  # a plain string is the same in every language
    # The day to act by, when earlier than `due`: the last day before a move off a weekend or
    # holiday, or the earliest of the periods that may apply. Alarms follow it.
    act_by: date | None = None
    verified: bool = True  # False: the profile marks the period this rests on as not verified

    def __init__(
        self,
        kind: str,
        due: date,
        rule: str,
        source: Source | None,
        event_id: str | None,
        message: Message | str | Deferred,
        act_by: date | None = None,
        verified: bool = True,
    ) -> None:
        # As Finding's: one update of the instance dict (a store's evaluation makes many of these).
        self.__dict__.update(
            kind=kind,
            due=due,
            rule=rule,
            source=source,
            event_id=event_id,
            message=message,
            act_by=act_by,
            verified=verified,
        )

    @cached_property
    def text(self) -> str:
        """In English: what the command line prints and the store keeps as the deadline's description."""
        return sentence(render(self.message))

    def render(self, wording: Wording | None = None) -> str:
        return sentence(render(self.message, wording))


@dataclass(frozen=True)
class Finding:
    kind: str
    severity: Severity
    message: Message | str  # worded only when read (text, render): most evaluations are never shown
    rule: str | None = None
    source: Source | None = None
    event_id: str | None = None

    def __init__(
        self,
        kind: str,
        severity: Severity,
        message: Message | str,
        rule: str | None = None,
        source: Source | None = None,
        event_id: str | None = None,
    ) -> None:
        # The fields go straight into the instance dict, as one update: the generated __init__ of a
        # frozen dataclass sets each through object.__setattr__, and a store's evaluation makes a few
        # hundred thousand findings. Still frozen: assigning an attribute afterwards raises.
        self.__dict__.update(
            kind=kind, severity=severity, message=message, rule=rule, source=source, event_id=event_id
        )

    @cached_property
    def text(self) -> str:
        """In English, as the command line prints it."""
        return sentence(render(self.message))

    @property
    def key(self) -> str | None:
        """The message key, for a translator or a test; None for a plain string."""
        return self.message.key if isinstance(self.message, Message) else None

    @property
    def params(self) -> dict:
        return dict(self.message.params) if isinstance(self.message, Message) else {}

    def render(self, wording: Wording | None = None) -> str:
        return sentence(render(self.message, wording))


@dataclass(frozen=True)
class Evaluation:
    stay: StayAllowance | None  # None: no rule, no stays, or lawful stay on another basis (see findings)
    deadlines: list[ComputedDeadline] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    rule_ids: Callable[[], dict[str, tuple[str, ...]]] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def event_rules(self) -> dict[str, tuple[str, ...]]:
        """Event id -> the ids of the rules it touches: worked out when first read (a case's report
        cites them), never for the many evaluations of a whole store that only look at alarms."""
        return self.rule_ids() if self.rule_ids is not None else {}

    @property
    def worst(self) -> Severity:
        severities = {f.severity for f in self.findings}
        return "critical" if "critical" in severities else "warning" if "warning" in severities else "info"

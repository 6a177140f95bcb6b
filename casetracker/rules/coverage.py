"""How much of the law the profiles hold, and how well it is sourced.

For each country and each kind of decision: is the remedy against it encoded, encoded but not
verified, explained as unknown, or missing; when it was checked and what kind of source it rests
on. Also the share of deadline facts that rest on a primary source (the law, a government body, a
court, UNHCR) and the facts not checked for too long. `rules coverage` prints it; `rules check`
warns about the profiles whose deadlines rest on the news alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from casetracker.rules.model import Profile, ProfileSet, Rule
from casetracker.rules.schema import RuleType
from casetracker.vocabulary import DECISION_KINDS, EventKind

STALE_AFTER_DAYS = 180  # a fact not re-checked for this long is flagged
DEADLINE_TYPES = frozenset(
    {RuleType.REMEDY, RuleType.CUSTODY_LIMIT, RuleType.FILING, RuleType.REGISTRATION, RuleType.STAY}
)
"""The rules a date is computed from: these must rest on the law, not on a report of it."""

# The states a decision kind's remedy can be in, from the best to the worst.
ENCODED = "encoded"
UNVERIFIED = "unverified"  # a period is given, but the profile marks it not verified
UNKNOWN = "unknown"  # no period: the profile says why and what to look for in the decision
NOT_APPLICABLE = "not_applicable"  # no such decision of its own here (see OPTIONAL_WHY)
MISSING = "missing"

OPTIONAL_WHY = {
    EventKind.DEPORTATION: "challenged through the expulsion order it carries out",
    EventKind.VISA_CANCELLED: "Russian citizens need no visa here",
}
"""Decision kinds a profile may leave out, and why a missing remedy is then no gap."""


@dataclass(frozen=True)
class CoverageRow:
    country: str
    decision: str
    status: str
    rule_id: str | None = None
    verified_on: date | None = None
    source_kind: str | None = None
    note: str = ""  # the reason, for an unknown remedy or a kind that does not occur


@dataclass(frozen=True)
class CoverageSummary:
    on: date
    rows: tuple[CoverageRow, ...]
    deadline_facts: int
    primary_deadline_facts: int
    stale: tuple[str, ...]  # ids of verified facts last checked more than STALE_AFTER_DAYS before `on`

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def gaps(self) -> tuple[CoverageRow, ...]:
        return tuple(row for row in self.rows if row.status == MISSING)

    @property
    def primary_share(self) -> float:
        return self.primary_deadline_facts / self.deadline_facts if self.deadline_facts else 1.0


def coverage(profiles: ProfileSet, on: date) -> CoverageSummary:
    """Remedy coverage of every profile on `on`, with the sourcing of its deadline facts."""
    rows = tuple(row for profile in profiles for row in profile_coverage(profile, on))
    facts = [rule for profile in profiles for rule in _deadline_facts(profile.rules_on(on))]
    facts += [rule for zone in profiles.zones.values() for rule in _deadline_facts(zone.index.on(on))]
    primary = sum(1 for rule in facts if rule.source is not None and not rule.source.secondary)
    return CoverageSummary(on, rows, len(facts), primary, stale_facts(profiles, on))


def profile_coverage(profile: Profile, on: date) -> list[CoverageRow]:
    remedies = {rule.body.decision: rule for rule in profile.index.of_types((RuleType.REMEDY,), on)}
    return [_row(profile, kind, remedies.get(kind), on) for kind in DECISION_KINDS]


def _row(profile: Profile, kind: EventKind, rule: Rule | None, on: date) -> CoverageRow:
    if rule is None:
        if kind in OPTIONAL_WHY and _optional_here(profile, kind, on):
            return CoverageRow(profile.code, kind.value, NOT_APPLICABLE, note=OPTIONAL_WHY[kind])
        return CoverageRow(profile.code, kind.value, MISSING)
    if rule.body.unknown:
        status, note = UNKNOWN, rule.body.unknown
    else:
        status, note = (ENCODED if rule.is_verified("days", "months", "hours") else UNVERIFIED), ""
    source = rule.source
    return CoverageRow(
        profile.code, kind.value, status, rule.id, rule.verified_on, source.kind if source else None, note
    )


def _optional_here(profile: Profile, kind: EventKind, on: date) -> bool:
    if kind is EventKind.DEPORTATION:
        return True
    entry = profile.rule_on(RuleType.ENTRY, on)
    return entry is not None and entry.body.regime == "visa_free"


def _deadline_facts(rules) -> list[Rule]:
    """The rules that dates are computed from: not a remedy explained as unknown, nor a stay that
    refers to its zone's rule (counted once, with the zone)."""
    return [
        rule
        for rule in rules
        if rule.type in DEADLINE_TYPES
        and not (rule.type is RuleType.REMEDY and rule.body.unknown)
        and not (rule.type is RuleType.STAY and rule.body.zone)
    ]


def stale_facts(profiles: ProfileSet, on: date) -> tuple[str, ...]:
    """The verified facts, in force on `on` or later, last checked more than STALE_AFTER_DAYS ago."""
    limit = on - timedelta(days=STALE_AFTER_DAYS)
    owners = [*profiles, *profiles.zones.values()]
    return tuple(
        rule.id
        for owner in owners
        for rule in owner.rules
        if rule.verified
        and (rule.effective_to is None or rule.effective_to >= on)
        and (rule.verified_on is None or rule.verified_on < limit)
    )


def news_only(rules: tuple[Rule, ...]) -> bool:
    """True when a profile's rules compute deadlines, and every one of them rests on secondary sources."""
    facts = _deadline_facts(rules)
    return bool(facts) and all(rule.source is None or rule.source.secondary for rule in facts)

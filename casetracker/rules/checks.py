"""Smaller checks of a case: which rules each event touches, expiring documents, stale profiles."""

from __future__ import annotations

from datetime import date

from casetracker.rules.facts import DocumentFact, EventFact, Finding
from casetracker.rules.messages import Joined, Message, Place, Term, joined, sentences
from casetracker.rules.model import Profile, Rule
from casetracker.rules.schema import RuleType
from casetracker.rules.timeline import end_of_month
from casetracker.vocabulary import DatePrecision, DocumentKind, EventKind, RiskMarker

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_MONTH = DatePrecision.MONTH
_OTHER_DOCUMENT = DocumentKind.OTHER
_ENTRY_DENIED = EventKind.ENTRY_DENIED
_PERMIT_ANNULLED = EventKind.PERMIT_ANNULLED
_ENTRY_RULE = RuleType.ENTRY
_RESIDENCE = RuleType.RESIDENCE

EXPIRY_WARNING_DAYS = 90
STALE_AFTER_DAYS = 180

_RISK = (RuleType.RISK,)
_REMEDY = RuleType.REMEDY
TOUCHES: dict[EventKind, tuple[RuleType, ...]] = {
    EventKind.ENTRY: (RuleType.ENTRY, RuleType.BAN, RuleType.STAY, RuleType.REGISTRATION, RuleType.FILING),
    EventKind.EXIT: (RuleType.STAY,),
    EventKind.ENTRY_DENIED: (RuleType.BAN, RuleType.ENTRY, _REMEDY),
    EventKind.VISA_ISSUED: (RuleType.ENTRY,),
    EventKind.VISA_CANCELLED: (RuleType.ENTRY, RuleType.BAN, _REMEDY),
    EventKind.PERMIT_ISSUED: (RuleType.RESIDENCE,),
    EventKind.PERMIT_ANNULLED: (RuleType.RESIDENCE, _REMEDY),
    EventKind.APPLICATION_FILED: (RuleType.ASYLUM, RuleType.FILING),
    EventKind.INTERVIEW: (RuleType.ASYLUM,),
    EventKind.DECISION_POSITIVE: (RuleType.ASYLUM,),
    EventKind.DECISION_NEGATIVE: (RuleType.ASYLUM, _REMEDY),
    EventKind.EXPULSION_ORDER: (_REMEDY, RuleType.INTERIM),
    EventKind.ENTRY_BAN: (_REMEDY,),
    EventKind.DETENTION: (RuleType.RISK, _REMEDY, RuleType.CUSTODY_LIMIT, RuleType.INTERIM),
    EventKind.RELEASE: _RISK,
    EventKind.EXTRADITION_REQUEST: (RuleType.RISK, _REMEDY, RuleType.CUSTODY_LIMIT, RuleType.INTERIM),
    EventKind.INTERIM_MEASURE: (RuleType.RISK, RuleType.INTERIM),
    EventKind.DEPORTATION: (RuleType.RISK, _REMEDY, RuleType.INTERIM),
    EventKind.DISAPPEARANCE: (RuleType.RISK, RuleType.INTERIM),
    EventKind.LAST_CONTACT: _RISK,
    EventKind.LOCATED: _RISK,
}


def touched_rules(event: EventFact, profile: Profile) -> tuple[Rule, ...]:
    """The rules in force on the event's date that bear on an event of its kind: of the remedies, only
    the one against a decision of that kind."""
    kinds = TOUCHES.get(event.kind)
    if not kinds:
        return ()
    rules = profile.index.of_types(kinds, event.date)
    return tuple(r for r in rules if r.type is not _REMEDY or r.body.decision == event.kind)


def touched_rule_ids(event: EventFact, profile: Profile) -> tuple[str, ...]:
    """The ids of touched_rules()."""
    return tuple(r.id for r in touched_rules(event, profile))


def event_findings(event: EventFact, profile: Profile, markers: frozenset[RiskMarker]) -> list[Finding]:
    findings = []
    if event.kind is _ENTRY_DENIED:
        findings += _denial(event, profile, markers)
    elif event.kind is _PERMIT_ANNULLED:
        rule = profile.rule_on(_RESIDENCE, event.date)
        if rule is not None:
            findings.append(
                Finding(
                    "rule_in_force",
                    "info",
                    sentences(
                        Message(
                            "residence_policy",
                            {"country": profile.place, "day": event.date, "policy": rule.body.policy},
                        ),
                        rule.caveat_message(),
                    ),
                    rule.id,
                    rule.source,
                    event.id,
                )
            )
    if event.precision is _MONTH and _rules_change_soon(event.date, profile):
        last, changed = _month_of(event, profile)
        if changed:
            findings.append(
                Finding(
                    "rules_changed_in_month",
                    "warning",
                    Message(
                        "rules_changed_in_month",
                        {
                            "event": event.kind,
                            "country": profile.place,
                            "first": event.date,
                            "last": last,
                            "rules": changed,
                        },
                    ),
                    event_id=event.id,
                )
            )
    return findings


def _rules_change_soon(first: date, profile: Profile) -> bool:
    """Whether a rule of the profile starts or ends within a month after `first`: most days are far
    from any such change, and are told so by one bisection."""
    index = profile.index
    k = index.span(first) + 1  # the span after the one holding `first`
    return k < len(index.starts) and (index.starts[k] - first).days <= 31


def _month_of(event: EventFact, profile: Profile) -> tuple[date, Joined | None]:
    """For an event known only to its month: the month's last day, and the rules that differ between
    the event's day and that one (None when the same ones are in force). The same for every event of
    the kind in that month and span of days with the same rules in force: worked out once."""
    first = event.date
    key = ("month", event.kind, profile.index.span(first), first.year, first.month)

    def compute() -> tuple[date, Joined | None]:
        last = end_of_month(first)
        if profile.index.span(last) == profile.index.span(first):
            return last, None  # no rule starts or ends in between
        kinds = TOUCHES.get(event.kind, ())
        before = {rule.id: rule.type for rule in profile.index.of_types(kinds, first)}
        after = {rule.id: rule.type for rule in profile.index.of_types(kinds, last)}
        if before.keys() == after.keys():
            return last, None
        # Named in words (the stay limit, the entry ban): a rule's id is for the sources, not a sentence.
        changed = {({**before, **after})[rule_id] for rule_id in before.keys() ^ after.keys()}
        return last, joined(Term("rule_kind", kind.value) for kind in RuleType if kind in changed)

    return profile.index.remember(key, compute)


def _denial(event: EventFact, profile: Profile, markers: frozenset[RiskMarker]) -> list[Finding]:
    bans = profile.bans_on(event.date)
    if not bans:
        entry = profile.rule_on(_ENTRY_RULE, event.date)
        params = {"country": profile.place, "day": event.date}
        if entry:
            params["regime"] = Term("regime", entry.body.regime)
        return [
            Finding(
                "entry_denied_no_ban",
                "info",
                Message("entry_denied_no_ban.regime" if entry else "entry_denied_no_ban", params),
                entry.id if entry else None,
                entry.source if entry else None,
                event.id,
            )
        ]
    findings = []
    for ban in bans:
        head = Message(
            "entry_denied_ban",
            {
                "day": event.date,
                "country": profile.place,
                "since": ban.effective_from,
                "scope": ban.body.scope,
            },
        )
        # The rest depends on the ban and the person's markers only: worked out once.
        rest = profile.index.remember(("ban", ban.id, markers), lambda ban=ban: _ban_details(ban, markers))
        findings.append(
            Finding("entry_denied_ban", "warning", sentences(head, *rest), ban.id, ban.source, event.id)
        )
    return findings


def _ban_details(ban: Rule, markers: frozenset[RiskMarker]) -> tuple[Message, ...]:
    """What an entry refusal under `ban` adds after the ban itself: the sentences that apply."""
    body = ban.body
    targeted = sorted(markers & set(body.targets))
    parts = (
        body.purposes and Message("ban.purposes", {"purposes": joined(body.purposes)}),
        body.exceptions and Message("ban.exceptions", {"exceptions": joined(body.exceptions)}),
        targeted and Message("ban.targeted", {"markers": joined(map(RiskMarker, targeted))}),
        ban.caveat_message(),
    )
    return tuple(part for part in parts if part)


def document_findings(documents: tuple[DocumentFact, ...], on: date) -> list[Finding]:
    findings = []
    for doc in documents:
        if doc.valid_until is None or doc.kind is _OTHER_DOCUMENT:
            continue
        if doc.annulled_on is not None and doc.annulled_on <= on:
            continue  # a cancelled visa or annulled permit does not expire: its decision is what counts
        left = (doc.valid_until - on).days
        params = {"document": doc.kind, "country": Place(doc.country, doc.country), "day": doc.valid_until}
        if left < 0:  # an expired document is serious, but no danger in itself
            findings.append(Finding("document_expired", "warning", Message("document_expired", params)))
        elif left <= EXPIRY_WARNING_DAYS:
            findings.append(
                Finding(
                    "document_expiring",
                    "warning",
                    Message("document_expiring", {**params, "left": left}),
                )
            )
    return findings


def stale_findings(profile: Profile, on: date) -> list[Finding]:
    # The same for every case of the country on that day: worked out once.
    return list(profile.index.remember(("stale", on), lambda: _stale(profile, on)))


def _stale(profile: Profile, on: date) -> tuple[Finding, ...]:
    owners = [(profile.place, profile.last_verified)] + [
        (Place(z.name, z.title), z.last_verified) for z in profile.zones
    ]
    return tuple(
        Finding(
            "profile_stale",
            "warning",
            Message(
                "profile_stale", {"name": name, "verified": verified, "limit": STALE_AFTER_DAYS, "on": on}
            ),
        )
        for name, verified in owners
        if verified is not None and (on - verified).days > STALE_AFTER_DAYS
    )

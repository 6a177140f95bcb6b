"""evaluate(): everything the rules say about one case on one day."""

from __future__ import annotations

from datetime import date, timedelta

from casetracker.rules.checks import document_findings, event_findings, stale_findings, touched_rules
from casetracker.rules.deadlines import appeal_deadlines, entry_deadlines, overdue_findings
from casetracker.rules.facts import CaseFacts, Evaluation, EventFact, Finding, StayAllowance
from casetracker.rules.model import Profile, ProfileSet, Rule
from casetracker.rules.risk import risk_findings
from casetracker.rules.stay import overstays, rolling_last_day, window_count
from casetracker.rules.timeline import Stays, build_stays, ordered, travel_events
from casetracker.vocabulary import CaseKind, EventKind

LOW_DAYS_LEFT = 14


def evaluate(facts: CaseFacts, profiles: ProfileSet, on: date) -> Evaluation:
    events, findings = ordered(facts.events, on, "case events")
    findings += ordered(facts.travel, on, "entries and exits")[1]
    merged = sorted(travel_events(facts.events, facts.travel), key=lambda e: e.date)
    travel = [e for e in merged if e.date <= on]
    findings += document_findings(facts.documents, on)
    profile = profiles.get(facts.country)
    if profile is None:
        findings.append(
            Finding(
                "no_profile",
                "warning",
                f"There is no rule profile for {facts.country}: no stay, deadline or risk "
                "was computed from rules. Check them by hand.",
            )
        )
        return Evaluation(None, [], _unique(findings))
    findings += stale_findings(profile, on)

    stay, found = compute_stay(profile, travel, on)
    findings += found

    deadlines = []
    if facts.kind is CaseKind.ASYLUM:
        deadlines, found = appeal_deadlines(events, profile)
        findings += found + overdue_findings(deadlines, events, on)
    elif any(e.kind is EventKind.DECISION_NEGATIVE for e in events):
        findings.append(
            Finding(
                "appeal_period_not_modelled",
                "info",
                "The profiles hold asylum appeal periods only; find the appeal period for "
                f"this {facts.kind.replace('_', ' ')} decision in the decision itself.",
            )
        )
    entry = _latest_entry(travel, profile.code)
    filed = entry is not None and any(
        e.kind is EventKind.APPLICATION_FILED and e.date >= entry.date for e in events
    )
    # Registration runs while the person is in the country itself (not merely in its zone).
    present = entry is not None and build_stays(travel, frozenset({profile.code}), on).present
    deadlines += entry_deadlines(profile, entry, filed, facts.kind is CaseKind.ASYLUM, present)

    findings += risk_findings(profile, facts.markers, on)
    event_rules = {}
    for event in events:
        where = profiles.get(event.country) or profile if event.country else profile
        event_rules[event.id] = tuple(r.id for r in touched_rules(event, where))
        findings += event_findings(event, where, facts.markers)
    deadlines.sort(key=lambda d: (d.due, d.kind))
    return Evaluation(stay, deadlines, _unique(findings), event_rules)


def compute_stay(
    profile: Profile, travel: list[EventFact], on: date
) -> tuple[StayAllowance | None, list[Finding]]:
    """The binding stay allowance on `on`: of a rolling window and a per-entry limit, the one that
    ends first."""
    rule, countries = profile.stay_on(on)
    if rule is None:
        return None, [
            Finding(
                "no_stay_rule",
                "info",
                f"No stay limit is known for Russian citizens in {profile.name} on {on}.",
            )
        ]
    stays = build_stays(travel, countries, on)
    if not stays.intervals:
        return None, [
            *stays.findings,
            Finding(
                "no_stays",
                "info",
                f"No entry into {_where(profile, countries)} is recorded; "
                "the stay allowance was not computed.",
                rule.id,
                rule.source,
            ),
        ]
    findings = list(stays.findings)
    candidates = []
    body = rule.body
    if body.limit_days and body.window_days:
        candidates.append(_rolling(rule, stays, countries, on, findings))
    if body.per_entry_days:
        candidates.append(_per_entry(rule, stays, countries, on, findings))
    binding = min(candidates, key=lambda s: s.last_legal_day or date.min)
    findings.append(_summary(binding, rule, profile, countries, on))
    if body.extension_days and stays.present:
        findings.append(
            Finding(
                "stay_extension",
                "info",
                f"The stay may be extended once by {body.extension_days} days.",
                rule.id,
                rule.source,
            )
        )
    return binding, findings


def _rolling(rule: Rule, stays: Stays, countries: frozenset[str], on: date, findings: list[Finding]):
    limit, window = rule.body.limit_days, rule.body.window_days
    used = window_count(stays.intervals, on, window)
    last = rolling_last_day(stays.intervals, on, limit, window)
    for first_over, end, worst in overstays(stays.intervals, limit, window):
        now = stays.present and end == on
        findings.append(
            Finding(
                "overstay",
                "critical" if now else "warning",
                f"Over the limit of {limit} days in {window} from {first_over}"
                f"{' to this day' if now else f' until the exit on {end}'}: {worst} days "
                f"in the {window} days ending {end}.",
                rule.id,
                rule.source,
            )
        )
    return StayAllowance(used, max(0, limit - used), limit, window, last, rule.id, stays.present, countries)


def _per_entry(rule: Rule, stays: Stays, countries: frozenset[str], on: date, findings: list[Finding]):
    limit = rule.body.per_entry_days
    entry = stays.current_entry if stays.present else on
    used = (on - entry).days + 1 if stays.present else 0
    last = entry + timedelta(days=limit - 1)
    if last < on:
        findings.append(
            Finding(
                "overstay",
                "critical",
                f"Over the allowance of {limit} days per entry: the entry on {entry} allowed "
                f"a stay until {last}.",
                rule.id,
                rule.source,
            )
        )
        last = None
    return StayAllowance(used, max(0, limit - used), limit, None, last, rule.id, stays.present, countries)


def _summary(
    stay: StayAllowance, rule: Rule, profile: Profile, countries: frozenset[str], on: date
) -> Finding:
    where = _where(profile, countries)
    limit = (
        f"{stay.limit_days} days in any {stay.window_days}"
        if stay.window_days
        else f"{stay.limit_days} days per entry"
    )
    if stay.last_legal_day is None:
        text, severity = f"Over the stay limit in {where} ({limit}) on {on}.", "critical"
    else:
        lead = "In" if stay.present else f"Not in {where} on {on}; if entering that day:"
        text = (
            f"{lead} {where if stay.present else ''} {stay.days_used} days used of {limit}; "
            f"may stay until {stay.last_legal_day}."
        ).replace("  ", " ")
        near = stay.present and (stay.last_legal_day - on).days <= LOW_DAYS_LEFT
        severity = "warning" if near else "info"
    caveats = rule.caveats("limit_days", "window_days", "per_entry_days")
    return Finding("stay", severity, f"{text} {caveats}".strip(), rule.id, rule.source)


def _where(profile: Profile, countries: frozenset[str]) -> str:
    zone = next((z for z in profile.zones if z.members <= countries), None)
    return zone.title if zone and len(countries) > 1 else profile.name


def _latest_entry(travel: list[EventFact], code: str) -> EventFact | None:
    entries = [e for e in travel if e.kind is EventKind.ENTRY and e.country == code]
    return entries[-1] if entries else None


def _unique(findings: list[Finding]) -> list[Finding]:
    """The same event can reach the engine twice (case timeline and travel); report it once."""
    return list(dict.fromkeys(findings))

"""evaluate(): everything the rules say about one case on one day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from operator import attrgetter

from casetracker.rules.basis import Basis, other_bases
from casetracker.rules.checks import document_findings, event_findings, stale_findings, touched_rule_ids
from casetracker.rules.deadlines import entry_deadlines
from casetracker.rules.facts import CaseFacts, Evaluation, EventFact, Finding, StayAllowance
from casetracker.rules.messages import Message, Place, sentences
from casetracker.rules.model import Profile, ProfileSet, Rule
from casetracker.rules.remedies import custody_deadlines, protection_findings, remedy_deadlines
from casetracker.rules.risk import danger_findings, risk_findings
from casetracker.rules.schema import RuleType
from casetracker.rules.stay import (
    ONE_DAY,
    Interval,
    days_in,
    merge,
    overstays,
    rolling_last_day,
    subtract,
    window_count,
)
from casetracker.rules.timeline import Stays, build_stays, ordered, travel_events
from casetracker.vocabulary import CaseKind, DatePrecision, DocumentKind, EventKind

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_ASYLUM = CaseKind.ASYLUM
_MONTH = DatePrecision.MONTH
_RESIDENCE_PERMIT = DocumentKind.RESIDENCE_PERMIT
_APPLICATION_FILED = EventKind.APPLICATION_FILED
_DETENTION_EXTRADITION = CaseKind.DETENTION_EXTRADITION
_ENTRY = EventKind.ENTRY
_REGISTRATION = RuleType.REGISTRATION

LOW_DAYS_LEFT = 14
_DATE = attrgetter("date")
_DUE_KIND = attrgetter("due", "kind")
_NO_DAYS: frozenset[date] = frozenset()


def _ends(stay: StayAllowance) -> date:
    """The day an allowance runs out: the earlier binds (an allowance already over, the earliest)."""
    if stay.over_since is not None:
        return stay.over_since - ONE_DAY
    return stay.last_legal_day or date.min


_BASIS_KINDS = frozenset({EventKind.PERMIT_ISSUED, EventKind.APPLICATION_FILED})
_CHECKED_KINDS = frozenset({EventKind.ENTRY_DENIED, EventKind.PERMIT_ANNULLED})  # event_findings looks at


def evaluate(facts: CaseFacts, profiles: ProfileSet, on: date) -> Evaluation:
    events, findings = ordered(facts.events, on, "events.case")
    in_travel = ordered(facts.travel, on, "events.travel")[1]
    if in_travel:  # an event in both lists is reported once
        findings = list(dict.fromkeys(findings + in_travel))
    merged = travel_events(facts.events, facts.travel)
    merged.sort(key=_DATE)
    travel = merged if not merged or merged[-1].date <= on else [e for e in merged if e.date <= on]
    if facts.documents:
        findings += dict.fromkeys(document_findings(facts.documents, on))  # the same document twice: once
    profile = profiles.get(facts.country)
    if profile is None:
        findings.append(
            Finding(
                "no_profile",
                "warning",
                Message("no_profile", {"country": Place(facts.country, facts.country)}),
            )
        )
        return Evaluation(None, [], findings)
    findings += stale_findings(profile, on)

    asylum = facts.kind is _ASYLUM
    kinds = {e.kind for e in events}  # one pass, for the questions below of which kinds occur
    deadlines, remedy_found, refusals = remedy_deadlines(events, profile, profiles, on)
    if facts.kind is _DETENTION_EXTRADITION:
        held, held_found = custody_deadlines(events, profile, profiles, on)
        deadlines += held
        remedy_found += held_found
    lawful = None
    if kinds & _BASIS_KINDS or any(
        d.kind is _RESIDENCE_PERMIT for d in facts.documents
    ):  # only then can there be another basis of stay

        def lawful(countries: frozenset[str], stays: list[Interval]) -> list[Basis]:
            return other_bases(asylum, events, facts.documents, refusals, profile.code, countries, stays, on)

    stay, found = compute_stay(profile, travel, on, lawful)
    findings += found

    findings += remedy_found
    findings += protection_findings(events, profile, profiles)
    entry = _latest_entry(travel, profile.code)
    if entry is not None:
        filed = _APPLICATION_FILED in kinds and any(
            e.kind is _APPLICATION_FILED and e.date >= entry.date for e in events
        )
        # Registration runs while the person is in the country itself (not merely in its zone).
        present = (
            profile.rule_on(_REGISTRATION, entry.date) is not None
            and build_stays(travel, frozenset({profile.code}), on).present
        )
        deadlines += entry_deadlines(profile, entry, filed, asylum, present)

    findings += risk_findings(profile, facts.markers, on)
    findings += danger_findings(events, profile, facts.kind is _DETENTION_EXTRADITION, on)
    findings += _event_findings(events, profile, profiles, facts.markers)
    deadlines.sort(key=_DUE_KIND)
    return Evaluation(stay, deadlines, findings, lambda: _event_rules(events, profile, profiles))


def _event_rules(
    events: list[EventFact], profile: Profile, profiles: ProfileSet
) -> dict[str, tuple[str, ...]]:
    """The rule ids each event touches (its own country's, where it happened elsewhere)."""
    event_rules = {}
    code = profile.code
    for event in events:
        event_id, kind, day, _, country, _ = event
        where = profile if not country or country == code else profiles.get(country) or profile
        index = where.index
        # The same for every case: kept by span of days (the same rules in force) and event kind.
        by_kind = index.cited_by_day.get(day)
        if by_kind is None:
            by_kind = index.cited_on(day)
        cited = by_kind.get(kind)
        if cited is None:
            cited = by_kind[kind] = touched_rule_ids(event, where)
        event_rules[event_id] = cited
    return event_rules


def _event_findings(
    events: list[EventFact], profile: Profile, profiles: ProfileSet, markers: frozenset
) -> list[Finding]:
    """The checks of single events (a refusal at the border, an annulled permit, a month-only date),
    under the rules of the country where each happened."""
    findings = []
    code = profile.code
    for event in events:
        if event.kind in _CHECKED_KINDS or event.precision is _MONTH:
            country = event.country
            where = profile if not country or country == code else profiles.get(country) or profile
            findings += event_findings(event, where, markers)
    return findings


def compute_stay(
    profile: Profile,
    travel: list[EventFact],
    on: date,
    lawful: Callable[[frozenset[str], list[Interval]], list[Basis]] | None = None,
) -> tuple[StayAllowance | None, list[Finding]]:
    """The binding stay allowance on `on`: of a rolling window and a per-entry limit, the one that
    ends first. `lawful` gives the spans of lawful stay on another basis (asylum, permit) for the
    counted countries and their stays: those days are not counted, and while one runs on `on` there
    is no allowance (None) but a finding with the figures up to the day it began."""
    rule, countries = profile.stay_on(on)
    if rule is None:
        return None, [profile.index.remember(("no_stay_rule", on), lambda: _no_stay_rule(profile, on))]
    stays = _from_effective_date(build_stays(travel, countries, on), rule)
    if not stays.intervals:
        none_found = profile.index.remember(("no_stays", on), lambda: _no_stays(profile, rule, countries))
        return None, [*stays.findings, none_found]
    findings = list(stays.findings)
    body = rule.body
    rolling = bool(body.limit_days and body.window_days)
    bases = lawful(countries, stays.intervals) if lawful else None
    if not bases:  # the usual case
        counted_stays = stays
        if rolling:
            findings += _overstays(rule, stays.intervals, stays.present, on, _NO_DAYS)
    else:
        covered = merge((b.start, b.end or on) for b in bases)
        counted = subtract(stays.intervals, covered)
        running = next((b for b in bases if b.covers(on)), None)
        stated = [b for b in bases if b is not running and b.start <= on]  # not a basis yet to come
        findings += [_basis_finding(b, rule, profile, countries, on) for b in stated]
        if rolling:
            cut = {low - ONE_DAY for low, _ in covered}
            findings += _overstays(rule, counted, stays.present, on, cut)
        if running is not None:
            since = next(low for low, high in covered if low <= on <= high)
            findings.append(_running_basis(running, since, rule, profile, countries, counted, travel))
            return None, findings
        counted_stays = Stays(counted, stays.present, stays.current_entry, stays.findings)
    candidates = []
    if rolling:
        candidates.append(_rolling(rule, counted_stays, countries, on))
    if body.per_entry_days:
        candidates.append(_per_entry(rule, counted_stays, countries, on, findings, bool(bases)))
    binding = candidates[0] if len(candidates) == 1 else min(candidates, key=_ends)
    said = binding.over_since is not None and any(
        f.kind == "overstay" and f.severity == "critical" for f in findings
    )
    if not said:  # one alarm for an overstay that runs to today, not two saying the same
        findings.append(_summary(binding, rule, profile, countries, on))
    if body.extension_days and stays.present:
        findings.append(
            Finding(
                "stay_extension",
                "info",
                Message("stay_extension", {"days": body.extension_days}),
                rule.id,
                rule.source,
            )
        )
    return binding, findings


def _from_effective_date(stays: Stays, rule: Rule) -> Stays:
    """The stays, counted from the day the rule took effect: a limit never reaches back before it
    existed, unless the profile states (and cites) a transitional rule that says it does."""
    start = rule.effective_from
    if rule.body.counts_earlier_days or not stays.intervals or stays.intervals[0][0] >= start:
        return stays
    clipped = [(max(low, start), high) for low, high in stays.intervals if high >= start]
    entry = max(stays.current_entry, start) if stays.current_entry else stays.current_entry
    return Stays(clipped, stays.present, entry, stays.findings)


def _no_stay_rule(profile: Profile, on: date) -> Finding:
    return Finding("no_stay_rule", "info", Message("no_stay_rule", {"country": profile.place, "day": on}))


def _no_stays(profile: Profile, rule: Rule, countries: frozenset[str]) -> Finding:
    """No entry recorded: the same finding for every such case of the country on a day (as the rule
    and the countries counted follow from the day)."""
    where = _where(profile, countries)
    return Finding("no_stays", "info", Message("no_stays", {"where": where}), rule.id, rule.source)


def _overstays(
    rule: Rule, counted: list[Interval], present: bool, on: date, cut: frozenset[date] | set[date]
) -> list[Finding]:
    limit, window = rule.body.limit_days, rule.body.window_days
    findings = []
    for first_over, end, worst in overstays(counted, limit, window):
        if present and end == on:
            severity, until = "critical", Message("until.today")
        elif end in cut:
            severity, until = "warning", Message("until.basis", {"day": end})
        else:
            severity, until = "warning", Message("until.exit", {"day": end})
        findings.append(
            Finding(
                "overstay",
                severity,
                Message(
                    "overstay.rolling",
                    {
                        "limit": limit,
                        "window": window,
                        "first": first_over,
                        "until": until,
                        "worst": worst,
                        "end": end,
                    },
                ),
                rule.id,
                rule.source,
            )
        )
    return findings


def _rolling(rule: Rule, stays: Stays, countries: frozenset[str], on: date) -> StayAllowance:
    limit, window = rule.body.limit_days, rule.body.window_days
    used = window_count(stays.intervals, on, window)
    last = rolling_last_day(stays.intervals, on, limit, window)
    if last is not None:
        left = (last - on).days
        return StayAllowance(used, left, limit, window, last, rule.id, stays.present, countries)
    # Over the limit today: the overstay that runs to today says since when.
    current = [first for first, end, _ in overstays(stays.intervals, limit, window) if end >= on]
    since = current[0] if current else on
    return StayAllowance(used, 0, limit, window, since - ONE_DAY, rule.id, stays.present, countries, since)


def _per_entry(
    rule: Rule, stays: Stays, countries: frozenset[str], on: date, findings: list[Finding], gaps: bool
) -> StayAllowance:
    """Days from the entry, the entry day being day 1; days on another basis (`gaps`) are not counted."""
    limit = rule.body.per_entry_days
    entry = stays.current_entry if stays.present else on
    used = days_in(stays.intervals, entry, on) if stays.present else 0
    # Present: the days left follow `on`; entering on `on`: that day is the first of them.
    last = on + timedelta(days=limit - used) if stays.present else on + timedelta(days=limit - 1)
    over_since = None
    if last < on:
        allowed = (
            Message("allowed.until", {"day": last})
            if not gaps
            else Message(
                "allowed.used_up", {"limit": limit, "day": _day_used_up(stays.intervals, entry, limit)}
            )
        )
        findings.append(
            Finding(
                "overstay",
                "critical",
                Message("overstay.per_entry", {"limit": limit, "entry": entry, "allowed": allowed}),
                rule.id,
                rule.source,
            )
        )
        over_since = last + ONE_DAY if not gaps else _day_used_up(stays.intervals, entry, limit) + ONE_DAY
        last = over_since - ONE_DAY
    left = max(0, (last - on).days)
    return StayAllowance(used, left, limit, None, last, rule.id, stays.present, countries, over_since)


def _day_used_up(intervals: list[Interval], entry: date, limit: int) -> date:
    """The day on which the `limit`-th counted day from `entry` fell."""
    left = limit
    for start, end in intervals:
        start = max(start, entry)
        if start > end:
            continue
        if (end - start).days + 1 >= left:
            return start + timedelta(days=left - 1)
        left -= (end - start).days + 1
    raise ValueError("fewer counted days than the limit")


def _limit_text(rule: Rule) -> Message:
    body = rule.body
    if body.limit_days and body.window_days:
        params = {"limit": body.limit_days, "window": body.window_days}
        if body.per_entry_days:
            return Message("limit.rolling_per_entry", {**params, "per_entry": body.per_entry_days})
        return Message("limit.rolling", params)
    return Message("limit.per_entry", {"limit": body.per_entry_days})


def _basis_finding(
    basis: Basis, rule: Rule, profile: Profile, countries: frozenset[str], on: date
) -> Finding:
    """A basis that no longer runs, or runs beside the one the figures follow (then: up to today)."""
    return Finding(
        "stay_other_basis",
        "info",
        Message(
            "stay_other_basis.past",
            {
                "start": basis.start,
                "end": basis.end if basis.end is not None else on,
                "where": _where(profile, countries),
                "limit": _limit_text(rule),
                "basis": basis.text,
                "assumed": basis.assumed,
            },
        ),
        rule.id,
        rule.source,
    )


def _running_basis(
    basis: Basis,
    since: date,
    rule: Rule,
    profile: Profile,
    countries: frozenset[str],
    counted: list[Interval],
    travel: list[EventFact],
) -> Finding:
    """No allowance while another basis runs: say so, with the figures on the day before it began."""
    where = _where(profile, countries)
    before = since - ONE_DAY
    body = rule.body
    figures = []
    if body.limit_days and body.window_days:
        used = window_count(counted, before, body.window_days)
        figures.append(
            Message(
                "figures.rolling",
                {"used": used, "limit": body.limit_days, "window": body.window_days, "day": before},
            )
        )
    if body.per_entry_days:
        earlier = build_stays([e for e in travel if e.date <= before], countries, before)
        used = days_in(counted, earlier.current_entry, before) if earlier.present else 0
        figures.append(
            Message("figures.per_entry", {"used": used, "limit": body.per_entry_days, "day": before})
        )
    return Finding(
        "stay_other_basis",
        "info",
        Message(
            "stay_other_basis.running",
            {
                "where": where,
                "limit": _limit_text(rule),
                "since": since,
                "basis": basis.text,
                "figures": figures[0]
                if len(figures) == 1
                else Message("figures.both", {"first": figures[0], "second": figures[1]}),
                "assumed": basis.assumed,
            },
        ),
        rule.id,
        rule.source,
    )


def _summary(
    stay: StayAllowance, rule: Rule, profile: Profile, countries: frozenset[str], on: date
) -> Finding:
    where = _where(profile, countries)
    limit = (
        Message("limit.rolling", {"limit": stay.limit_days, "window": stay.window_days})
        if stay.window_days
        else Message("limit.per_entry", {"limit": stay.limit_days})
    )
    if stay.over_since is not None:
        params = {
            "where": where,
            "limit": limit,
            "on": on,
            "since": stay.over_since,
            "last": stay.last_legal_day,
        }
        text, severity = Message("stay.over", params), "critical"
    else:
        params = {
            "where": where,
            "on": on,
            "used": stay.days_used,
            "limit": limit,
            "last": stay.last_legal_day,
        }
        text = Message("stay.present" if stay.present else "stay.entering", params)
        near = stay.present and (stay.last_legal_day - on).days <= LOW_DAYS_LEFT
        severity = "warning" if near else "info"
    caveats = rule.caveat_message("limit_days", "window_days", "per_entry_days")
    return Finding("stay", severity, sentences(text, caveats), rule.id, rule.source)


def _where(profile: Profile, countries: frozenset[str]) -> Place:
    def where() -> Place:
        zone = next((z for z in profile.zones if z.members <= countries), None)
        return Place(zone.name, zone.title) if zone and len(countries) > 1 else profile.place

    return profile.index.remember(("where", countries), where)


def _latest_entry(travel: list[EventFact], code: str) -> EventFact | None:
    return next((e for e in reversed(travel) if e.kind is _ENTRY and e.country == code), None)

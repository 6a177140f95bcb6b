"""Deadlines that follow from a profile's rules: appeals, asylum filing, registration.

When the facts leave a choice open, the earlier date is taken (a deadline kept early is never missed)
and a finding says so.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from casetracker.rules.facts import ComputedDeadline, EventFact, Finding
from casetracker.rules.messages import Joined, Message, joined, render
from casetracker.rules.model import Profile, Rule
from casetracker.rules.schema import RuleType
from casetracker.rules.timeline import approximate_findings
from casetracker.vocabulary import DatePrecision, EventKind

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_MONTH = DatePrecision.MONTH
_APPEAL_FILED = EventKind.APPEAL_FILED
_DECISION_NEGATIVE = EventKind.DECISION_NEGATIVE
_NOTIFIED = EventKind.NOTIFIED
_APPEAL = RuleType.APPEAL
_FILING = RuleType.FILING
_REGISTRATION = RuleType.REGISTRATION

_WEEKEND = Message("weekend_note")
WEEKEND_NOTE = render(_WEEKEND)
TRIGGER_LABEL = {
    EventKind.DECISION_NEGATIVE: Message("trigger.decision_negative"),
    EventKind.NOTIFIED: Message("trigger.notified"),
}
_APPEAL_MONTH = Message("use.appeal_month")
_APPEAL_EXACT = Message("use.appeal_exact")
_DAY_KIND = {
    True: Message("day_kind.calendar"),
    False: Message("day_kind.working"),
    None: Message("day_kind.assumed"),
}
DECISIONS = frozenset({EventKind.DECISION_NEGATIVE, EventKind.DECISION_POSITIVE})


def add_months(day: date, months: int) -> date:
    """Same day `months` later, or that month's last day when it is shorter (31 Jan + 1 month = 28/29 Feb)."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_days(day: date, days: int, calendar_days: bool) -> date:
    """`days` after `day` (the trigger day itself not counted); working days skip Saturdays and Sundays."""
    if calendar_days:
        return day + timedelta(days=days)
    while days:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day


def _period(days: int | None, months: int | None) -> Message:
    if months:
        return Message("period.months", {"months": months})
    return Message("period.days", {"days": days})


def _with_weekend(caveat: Message | None) -> Joined:
    return joined(filter(None, [caveat, _WEEKEND]), "; ")


@dataclass(frozen=True)
class Refusal:
    """A negative decision, the notification that belongs to it, and the last day to appeal it."""

    decision: EventFact
    notice: EventFact | None
    due: date | None  # end of the normal appeal period; None when the profile has no appeal rule


def appeal_deadlines(
    events: list[EventFact], profile: Profile
) -> tuple[list[ComputedDeadline], list[Finding]]:
    """Appeal deadlines for each negative decision, from `events` sorted by date (none in the future)."""
    deadlines, findings, _ = decision_appeals(events, profile)
    return deadlines, findings


def decision_appeals(
    events: list[EventFact], profile: Profile
) -> tuple[list[ComputedDeadline], list[Finding], list[Refusal]]:
    """appeal_deadlines(), and each negative decision with its notification and normal deadline."""
    deadlines: list[ComputedDeadline] = []
    findings: list[Finding] = []
    refusals: list[Refusal] = []
    used_notices: set[str] = set()
    for k, decision in enumerate(events):
        if decision.kind is not _DECISION_NEGATIVE:
            continue
        later = events[k + 1 :]
        next_decision = next((e.date for e in later if e.kind in DECISIONS), None)
        notice = next(
            (e for e in later if e.kind is _NOTIFIED and (next_decision is None or e.date < next_decision)),
            None,
        )
        if notice is not None:
            used_notices.add(notice.id)
        rule = profile.rule_on(_APPEAL, decision.date)
        if rule is None:
            refusals.append(Refusal(decision, notice, None))
            findings.append(
                Finding(
                    "no_rule",
                    "warning",
                    Message("no_appeal_rule", {"country": profile.place, "day": decision.date}),
                    event_id=decision.id,
                )
            )
            continue
        base, found = _trigger(rule, decision, notice)
        findings += found
        periods = _appeal_periods(rule, base)
        deadlines += periods
        # The normal period; a profile that gives only a shorter one is taken at its word.
        due = next(
            (d.due for d in periods if d.kind == "appeal"), min((d.due for d in periods), default=None)
        )
        refusals.append(Refusal(decision, notice, due))
    for event in events:
        if event.kind is _NOTIFIED and event.id not in used_notices:
            findings.append(
                Finding(
                    "notification_without_decision",
                    "warning",
                    Message("notification_without_decision", {"day": event.date}),
                    event_id=event.id,
                )
            )
    return deadlines, findings, refusals


def _trigger(rule: Rule, decision: EventFact, notice: EventFact | None) -> tuple[EventFact, list[Finding]]:
    counted_from = rule.body.counted_from
    findings: list[Finding] = []
    if counted_from == "notification" and notice is not None:
        base = notice
    else:
        base = decision
        if counted_from == "notification":
            why = "assumed_trigger.no_notice"
        elif counted_from is None:
            why = "assumed_trigger.unknown"
        else:
            why = ""
        if why:
            findings.append(
                Finding(
                    "assumed_trigger",
                    "warning",
                    Message(why, {"rule": rule.id}),
                    rule.id,
                    rule.source,
                    decision.id,
                )
            )
    use = _APPEAL_MONTH if base.precision is _MONTH else _APPEAL_EXACT
    return base, findings + approximate_findings(base, use)


def _appeal_periods(rule: Rule, base: EventFact) -> list[ComputedDeadline]:
    body = rule.body
    calendar_days = body.calendar_days is not False
    day_kind = _DAY_KIND[body.calendar_days]
    periods = [
        ("appeal", body.normal_days, body.normal_months, ("normal_days", "normal_months"), ""),
        (
            "appeal_accelerated",
            body.accelerated_days,
            None,
            ("accelerated_days",),
            Message("appeal_when.if", {"condition": body.accelerated_when})
            if body.accelerated_when
            else Message("appeal_when.accelerated"),
        ),
        ("appeal_detained", body.detained_days, None, ("detained_days",), Message("appeal_when.detained")),
    ]
    deadlines = []
    for kind, days, months, names, when in periods:
        if not (days or months):
            continue
        due = add_months(base.date, months) if months else add_days(base.date, days, calendar_days)
        text = Message(
            "deadline.appeal",
            {
                "body": body.body,
                "when": when,
                "period": _period(days, months),
                "day_kind": day_kind,
                "trigger": TRIGGER_LABEL.get(base.kind, base.kind),
                "base": base.date,
                "due": due,
                "caveats": _with_weekend(rule.caveat_message(*names)),
            },
        )
        deadlines.append(ComputedDeadline(kind, due, rule.id, rule.source, base.id, text))
    return deadlines


def overdue_findings(deadlines: list[ComputedDeadline], events: list[EventFact], on: date) -> list[Finding]:
    """Alarm for a normal appeal deadline that is near or past with no appeal recorded after its trigger."""
    findings = []
    for deadline in deadlines:
        if deadline.kind != "appeal":
            continue
        trigger = next((e.date for e in events if e.id == deadline.event_id), None)
        appealed = any(e.kind is _APPEAL_FILED and trigger and e.date >= trigger for e in events)
        left = (deadline.due - on).days
        if appealed or left > 7:
            continue
        text = (
            Message("appeal_overdue", {"due": deadline.due, "ago": -left})
            if left < 0
            else Message("appeal_due", {"left": left, "due": deadline.due})
        )
        findings.append(
            Finding("appeal_due", "critical", text, deadline.rule, deadline.source, deadline.event_id)
        )
    return findings


def entry_deadlines(
    profile: Profile, entry: EventFact | None, filed: bool, asylum: bool, present: bool
) -> list[ComputedDeadline]:
    """Asylum-filing and registration deadlines that run from the latest entry into the country."""
    if entry is None:
        return []
    deadlines = []
    filing = profile.rule_on(_FILING, entry.date)
    if filing is not None and asylum and not filed:
        body = filing.body
        if body.within_years:
            due = add_months(entry.date, 12 * body.within_years)
            span = Message("span.years", {"years": body.within_years})
        else:
            due = add_days(entry.date, body.within_days, body.calendar_days is not False)
            working = "span.working_days" if body.calendar_days is False else "span.days"
            span = Message(working, {"days": body.within_days})
        text = Message(
            "deadline.asylum_filing",
            {
                "span": span,
                "entry": entry.date,
                "due": due,
                "consequence": body.consequence,
                "caveats": _with_weekend(filing.caveat_message("within_days", "within_years")),
            },
        )
        deadlines.append(ComputedDeadline("asylum_filing", due, filing.id, filing.source, entry.id, text))
    registration = profile.rule_on(_REGISTRATION, entry.date)
    if registration is not None and present:
        # The entry day is counted as day 1, the earlier of the two readings.
        due = entry.date + timedelta(days=registration.body.within_days - 1)
        caveats = registration.caveat_message("within_days")
        params = {"days": registration.body.within_days, "entry": entry.date, "due": due}
        if caveats:
            text = Message("deadline.registration.caveats", {**params, "caveats": caveats})
        else:
            text = Message("deadline.registration", params)
        deadlines.append(
            ComputedDeadline("registration", due, registration.id, registration.source, entry.id, text)
        )
    return deadlines

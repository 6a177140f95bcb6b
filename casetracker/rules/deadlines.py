"""Deadlines that follow from a profile's rules: appeals, asylum filing, registration.

When the facts leave a choice open, the earlier date is taken (a deadline kept early is never missed)
and a finding says so.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from casetracker.rules.facts import ComputedDeadline, EventFact, Finding
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

WEEKEND_NOTE = "if the last day is a weekend or holiday, national rules may move it later; not applied here"
TRIGGER_LABEL = {EventKind.DECISION_NEGATIVE: "negative decision", EventKind.NOTIFIED: "notification"}
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


def _period_text(days: int | None, months: int | None) -> str:
    if months:
        return f"{months} month{'s' * (months > 1)}"
    return f"{days} day{'s' * (days != 1)}"


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
                    f"No appeal period for {profile.name} in force on {decision.date}; "
                    "check the deadline with a lawyer.",
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
                    f"Notification on {event.date} with no negative decision recorded before "
                    "it; no appeal deadline was computed. Record the decision.",
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
            why = (
                "runs from notification, but no notification date is recorded; it was counted from the "
                "decision date, the earliest possible. Record the date the decision was received."
            )
        elif counted_from is None:
            why = (
                "may run from the decision or from its notification (the profile does not say); it was "
                "counted from the decision date, the earliest."
            )
        else:
            why = ""
        if why:
            findings.append(
                Finding(
                    "assumed_trigger",
                    "warning",
                    f"The appeal period of {rule.id} {why}",
                    rule.id,
                    rule.source,
                    decision.id,
                )
            )
    use = (
        "the period is counted from the 1st, the earliest possible."
        if base.precision is _MONTH
        else "act by the earliest possible date."
    )
    return base, findings + approximate_findings(base, use)


def _appeal_periods(rule: Rule, base: EventFact) -> list[ComputedDeadline]:
    body = rule.body
    calendar_days = body.calendar_days is not False
    day_kind = {True: "calendar days", False: "working days", None: "calendar days assumed"}[
        body.calendar_days
    ]
    periods = [
        ("appeal", body.normal_days, body.normal_months, ("normal_days", "normal_months"), ""),
        (
            "appeal_accelerated",
            body.accelerated_days,
            None,
            ("accelerated_days",),
            f" if {body.accelerated_when}" if body.accelerated_when else " in the accelerated procedure",
        ),
        ("appeal_detained", body.detained_days, None, ("detained_days",), " if detained"),
    ]
    deadlines = []
    for kind, days, months, names, when in periods:
        if not (days or months):
            continue
        due = add_months(base.date, months) if months else add_days(base.date, days, calendar_days)
        caveats = "; ".join(filter(None, [rule.caveats(*names), WEEKEND_NOTE]))
        text = (
            f"Appeal to {body.body}{when}: {_period_text(days, months)} ({day_kind}) from the "
            f"{TRIGGER_LABEL.get(base.kind, base.kind)} on {base.date}, due {due}. {caveats}."
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
            f"Appeal deadline {deadline.due} passed {-left} days ago with no appeal recorded."
            if left < 0
            else f"Appeal due in {left} days ({deadline.due}) and no appeal recorded."
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
            due, span = add_months(entry.date, 12 * body.within_years), f"{body.within_years} year(s)"
        else:
            due = add_days(entry.date, body.within_days, body.calendar_days is not False)
            span = f"{body.within_days} {'working ' if body.calendar_days is False else ''}days"
        caveats = "; ".join(filter(None, [filing.caveats("within_days", "within_years"), WEEKEND_NOTE]))
        text = (
            f"Asylum claim within {span} of arrival ({entry.date}), by {due}: otherwise "
            f"{body.consequence}. {caveats}."
        )
        deadlines.append(ComputedDeadline("asylum_filing", due, filing.id, filing.source, entry.id, text))
    registration = profile.rule_on(_REGISTRATION, entry.date)
    if registration is not None and present:
        # The entry day is counted as day 1, the earlier of the two readings.
        due = entry.date + timedelta(days=registration.body.within_days - 1)
        caveats = registration.caveats("within_days")
        text = (
            f"Register within {registration.body.within_days} days of entry ({entry.date}), by {due} "
            f"(entry day counted as day 1). {caveats}"
        ).strip()
        deadlines.append(
            ComputedDeadline("registration", due, registration.id, registration.source, entry.id, text)
        )
    return deadlines

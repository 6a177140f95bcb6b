"""Deadlines that run from an entry (asylum filing, registration), and the date arithmetic of every
deadline. Those that run from a decision are in remedies.py.

When the facts leave a choice open, the earlier date is taken (a deadline kept early is never missed)
and a finding says so.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from casetracker.rules.facts import ComputedDeadline, EventFact
from casetracker.rules.messages import Joined, Message, joined, render
from casetracker.rules.model import Profile
from casetracker.rules.schema import RuleType

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_FILING = RuleType.FILING
_REGISTRATION = RuleType.REGISTRATION

_WEEKEND = Message("weekend_note")
WEEKEND_NOTE = render(_WEEKEND)


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


def _with_weekend(caveat: Message | None) -> Joined:
    return joined(filter(None, [caveat, _WEEKEND]), "; ")


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
        verified = filing.is_verified("within_days", "within_years")
        found = ComputedDeadline("asylum_filing", due, filing.id, filing.source, entry.id, text)
        deadlines.append(replace(found, verified=verified))
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
            ComputedDeadline(
                "registration",
                due,
                registration.id,
                registration.source,
                entry.id,
                text,
                verified=registration.is_verified("within_days"),
            )
        )
    return deadlines

"""The remedy against each decision, and the deadline to use it.

For every decision on a case's timeline (a refused claim, a refusal at the border, a cancelled
visa, an annulled permit, an expulsion order, a detention, an extradition request), the profile of
the country where it was taken gives the remedy: the body, the period, from when it runs, and the
shorter or longer periods of particular procedures. When the procedure is not recorded, every
period that may apply is listed with its condition and the earliest governs the alarms: a
deadline kept early is never missed.

Also here: the limit on holding someone for extradition before the request arrives (Minsk and
Chisinau Conventions), and the urgent protection to ask for (interim measures, urgent actions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from casetracker.rules.deadlines import add_days, add_months
from casetracker.rules.facts import ComputedDeadline, EventFact, Finding
from casetracker.rules.holidays import next_working_day
from casetracker.rules.messages import Deferred, Message, Term, joined, sentences
from casetracker.rules.model import Profile, ProfileSet, Rule
from casetracker.rules.schema import RuleType, Variant
from casetracker.rules.timeline import approximate_findings
from casetracker.vocabulary import DECISION_EVENTS, DatePrecision, EventKind, Procedure

_REMEDY = (RuleType.REMEDY,)
_CUSTODY = RuleType.CUSTODY_LIMIT
_INTERIM = (RuleType.INTERIM,)
_NOTIFIED = EventKind.NOTIFIED
_DECISION_NEGATIVE = EventKind.DECISION_NEGATIVE
_APPEAL_FILED = EventKind.APPEAL_FILED
_MONTH = DatePrecision.MONTH
_PERIOD_FIELDS = ("days", "months", "hours", "variants", "general")
_DETAIL_FIELDS = (
    "body",
    "suspensive",
    "moves_off_holidays",
    "holiday_article",
    "counted_from",
    "calendar_days",
    "article",
    "first_day_counts",
)  # a caveat on any of them is said beside the deadline; only the period's make it "not verified"
_REMEDY_FIELDS = (*_PERIOD_FIELDS, *_DETAIL_FIELDS)
URGENT_DAYS = 3  # a deadline this close, or past, with no answer recorded is critical
_DAY_KINDS = {
    True: Message("day_kind.calendar"),
    False: Message("day_kind.working"),
    None: Message("day_kind.assumed"),
}


@dataclass(frozen=True)
class Refusal:
    """A refused asylum claim, its notification and the last day to appeal it (None when unknown):
    while the appeal is open, the claim keeps the stay lawful (basis.py)."""

    decision: EventFact
    notice: EventFact | None
    due: date | None


@dataclass(frozen=True)
class Period:
    """One period a remedy may run for, with the procedure it is for ("" for the general one)."""

    procedure: str
    days: int | None
    months: int | None
    hours: int | None
    article: str | None
    when: str | None
    suspensive: str | None = None  # None: as the remedy's general rule
    verified: bool = True

    def message(self) -> Message:
        if self.months:
            return Message("period.months", {"months": self.months})
        if self.hours:
            return Message("period.hours", {"hours": self.hours})
        return Message("period.days", {"days": self.days})

    def last_day(self, start: date, calendar_days: bool, first_day_counts: bool = False) -> date:
        """The last day of the period counted from `start` (not itself counted, unless the law counts
        it as the first day). A period in hours ends at the same hour days later: the last whole day
        before that is taken, the safe reading."""
        if first_day_counts:
            start -= timedelta(days=1)
        if self.months:
            return add_months(start, self.months)
        if self.hours:
            return start + timedelta(days=max(0, -(-self.hours // 24) - 1))
        return add_days(start, self.days, calendar_days)


def _periods(rule: Rule) -> list[Period]:
    """The general period and the procedures' own."""
    body = rule.body
    procedure = body.general or Procedure.NORMAL
    general = Period(
        procedure,
        body.days,
        body.months,
        body.hours,
        body.article,
        None,
        body.suspensive,
        rule.is_verified("days", "months", "hours", "general"),
    )
    return [general] + [_variant(v, body.suspensive, rule.is_verified("variants")) for v in body.variants]


def _variant(variant: Variant, rule_suspensive: str | None, rule_verified: bool) -> Period:
    return Period(
        variant.procedure,
        variant.days,
        variant.months,
        variant.hours,
        variant.article,
        variant.when,
        variant.suspensive or rule_suspensive,
        rule_verified and variant.verified is not False,
    )


def remedy_rule(profile: Profile, decision: EventKind, day: date) -> Rule | None:
    """The remedy against a decision of this kind taken on `day` in the profile's country."""
    index = profile.index
    return index.by_day("remedies", day, lambda: _by_decision(index.of_types(_REMEDY, day))).get(decision)


def _by_decision(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    found: dict[str, Rule] = {}
    for rule in rules:
        found.setdefault(rule.body.decision, rule)
    return found


def remedy_deadlines(
    events: list[EventFact], home: Profile, profiles: ProfileSet, on: date
) -> tuple[list[ComputedDeadline], list[Finding], list[Refusal]]:
    """A deadline (and the findings that go with it) for each decision on the timeline, under the
    rules of the country where it was taken; and each refused asylum claim with its notification and
    last day of appeal. `events` in date order, none after `on`."""
    deadlines: list[ComputedDeadline] = []
    findings: list[Finding] = []
    refusals: list[Refusal] = []
    used_notices: set[str] = set()
    appeals = [e.date for e in events if e.kind is _APPEAL_FILED]
    for k, decision in enumerate(events):
        if decision.kind not in DECISION_EVENTS:
            continue
        where = _profile_of(decision, home, profiles)
        notice = _notice(events, k)
        if notice is not None:
            used_notices.add(notice.id)
        rule = remedy_rule(where, decision.kind, decision.date)
        if rule is None or rule.body.unknown:
            findings.append(
                _no_remedy(decision, where) if rule is None else _unknown_remedy(decision, where, rule)
            )
            if decision.kind is _DECISION_NEGATIVE:
                refusals.append(Refusal(decision, notice, None))
            continue
        start, found = _start(rule, decision, notice, where)
        findings += found
        deadline = _deadline(rule, decision, start, where)
        if decision.kind is _DECISION_NEGATIVE:
            refusals.append(Refusal(decision, notice, deadline.due))
        earlier = _earlier_step(rule, decision, start)
        answered = bool(appeals) and any(day >= decision.date for day in appeals)
        for computed in (deadline, earlier) if earlier is not None else (deadline,):
            deadlines.append(computed)
            urgent = None if answered else _urgent(computed, decision, on)
            if urgent is not None:
                findings.append(urgent)
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


def _profile_of(event: EventFact, home: Profile, profiles: ProfileSet) -> Profile:
    """The profile of the country where the event happened (the case's when that has none)."""
    if not event.country or event.country == home.code:
        return home
    return profiles.get(event.country) or home


def _notice(events: list[EventFact], k: int) -> EventFact | None:
    """The notification of the decision events[k]: the first one recorded after it and before the
    next decision."""
    for i in range(k + 1, len(events)):
        kind = events[i].kind
        if kind in DECISION_EVENTS:
            return None
        if kind is _NOTIFIED:
            return events[i]
    return None


def _start(
    rule: Rule, decision: EventFact, notice: EventFact | None, where: Profile
) -> tuple[EventFact, list[Finding]]:
    """The event the period runs from, and what was assumed to find it."""
    counted_from = rule.body.counted_from
    findings = []
    if counted_from == "notification" and notice is not None:
        start = notice
    else:
        start = decision
        why = {"notification": "assumed_trigger.no_notice", None: "assumed_trigger.unknown"}.get(counted_from)
        if why:
            findings.append(
                Finding(
                    "assumed_trigger",
                    "warning",
                    Message(why, {"decision": _decision(decision.kind), "country": where.place}),
                    rule.id,
                    rule.source,
                    decision.id,
                )
            )
    use = Message("use.appeal_month") if start.precision is _MONTH else Message("use.appeal_exact")
    return start, findings + approximate_findings(start, use)


def _deadline(rule: Rule, decision: EventFact, start: EventFact, where: Profile) -> ComputedDeadline:
    body = rule.body
    calendar_days = body.calendar_days is not False
    periods = where.index.remember(("periods", rule.id), lambda: _periods(rule))
    procedure = decision.procedure
    chosen = [p for p in periods if p.procedure == procedure] if procedure else []
    # "variants" marked unverified: other procedures' periods are not known, so the general period
    # is sure only for a decision recorded in the general procedure itself.
    others_doubtful = not rule.is_verified("variants")
    if procedure and not chosen:  # a procedure with no period of its own: the general one applies
        chosen, assumed = periods[:1], Message("proc.general_for", {"procedure": _term(procedure)})
        sure = not others_doubtful
    elif chosen:
        assumed, sure = Message("proc.recorded", {"procedure": _term(procedure)}), True
    else:
        chosen = periods
        assumed = Message("proc.unknown") if len(periods) > 1 or others_doubtful else ""
        sure = not others_doubtful
    first_day = body.first_day_counts is True
    if len(chosen) == 1:
        dated = [(chosen[0].last_day(start.date, calendar_days, first_day), chosen[0])]
    else:
        dated = sorted(
            ((p.last_day(start.date, calendar_days, first_day), p) for p in chosen), key=lambda pair: pair[0]
        )
    act_by, governing = dated[0]
    verified = governing.verified and sure
    due = next_working_day(where.code, act_by) if body.moves_off_holidays is True else act_by

    def words() -> Message | str:
        moved = _moved(body, act_by, due)
        return _remedy_words(rule, decision, start, dated, due, assumed, moved, verified)

    return ComputedDeadline(
        "remedy",
        due,
        rule.id,
        rule.source,
        decision.id,
        Deferred(words),
        act_by=act_by if act_by != due else None,
        verified=verified,
    )


def _remedy_words(
    rule: Rule,
    decision: EventFact,
    start: EventFact,
    dated: list[tuple[date, Period]],
    due: date,
    assumed: Message | str,
    moved: Message | str,
    verified: bool,
) -> Message | str:
    """What a remedy deadline says: the remedy, the body, the period and from when it runs; the
    procedure assumed and the other periods that may apply; the law, and what is not verified."""
    body = rule.body
    governing = dated[0][1]
    main = Message(
        "deadline.remedy",
        {
            "remedy": body.remedy,
            "body": body.body,
            "decision": _decision(decision.kind),
            "period": governing.message(),
            "day_kind": _day_kind(body.calendar_days),
            "trigger": _trigger_word(start),
            "base": start.date,
            "due": due,
        },
    )
    alternatives = ""
    if len(dated) > 1:
        listed = [
            Message(
                "alternative" if p.verified else "alternative.unverified",
                {"condition": _condition(p), "period": p.message(), "due": day},
            )
            for day, p in dated
        ]
        alternatives = Message("alternatives", {"list": joined(listed, "; ")})
    return sentences(
        main,
        assumed,
        alternatives,
        moved,
        Message("remedy.suspensive", {"answer": Term("suspensive", _suspensive(p for _, p in dated))}),
        Message("remedy.article", {"article": governing.article or body.article})
        if governing.article or body.article
        else Message("remedy.article_unknown"),
        Message("remedy.next", {"next": body.next_instance}) if body.next_instance else "",
        _period_caution(rule, verified),
    )


def _period_caution(rule: Rule, verified: bool) -> Message | str:
    """The caveats of the remedy's details, and of its period when the one that applies is not
    verified (another procedure's period, unverified on its own, does not cast doubt on this one)."""
    plain = rule.verified and rule.start_verified and not rule.unverified_fields and not rule.overrides
    if plain and verified:
        return ""  # most rules: nothing to add
    parts = []
    if not verified and rule.verified:  # the profile vouches for the rule, not for this period
        parts.append(Message("caveat.unverified_fields", {"fields": joined([Term("field", "period")])}))
    details = rule.caveat_message(*_DETAIL_FIELDS) if rule.verified else rule.caveat_message(*_REMEDY_FIELDS)
    if details:
        parts.append(details)
    return Message("caution", {"caveats": joined(parts, "; ")}) if parts else ""


_CAUTIOUS_FIRST = ("unknown", "no", "on_request", "yes")


def _suspensive(periods) -> str:
    """Whether the remedy stops removal in the periods that may apply: the least protective answer
    when they differ (a person is never told they are safe when they may not be)."""
    answers = {p.suspensive or "unknown" for p in periods}
    return next(answer for answer in _CAUTIOUS_FIRST if answer in answers)


def _moved(body, counted: date, due: date) -> Message | str:
    """What happened to a last day that fell on a weekend or public holiday, and by what law."""
    if body.moves_off_holidays is True:
        if due != counted:
            return Message("holiday.moved", {"day": counted, "moved": due, "law": body.holiday_article or ""})
        return ""  # a working day: nothing to say
    if body.moves_off_holidays is False:
        return Message("holiday.not_moved", {"law": body.holiday_article or ""})
    return Message("holiday.unknown")


def _condition(period: Period) -> Message:
    if period.when:
        return Message("condition.when", {"when": period.when})
    return Message("condition.procedure", {"procedure": _term(period.procedure)})


def _decision(kind: EventKind) -> Term:
    return _DECISION_TERMS[kind]


_DECISION_TERMS = {kind: Term("decision", kind.value) for kind in EventKind}


def _trigger_word(start: EventFact) -> Term:
    """What the period runs from, as the sentence names it: the notification, or the decision itself."""
    if start.kind is _NOTIFIED:
        return Term("trigger", "notified")
    return Term("trigger", "detention" if start.kind is EventKind.DETENTION else "decision")


def _term(procedure: str) -> Term:
    return Term("procedure", procedure)


def _day_kind(calendar_days: bool | None) -> Message:
    return _DAY_KINDS[calendar_days]


def _earlier_step(rule: Rule, decision: EventFact, start: EventFact) -> ComputedDeadline | None:
    body = rule.body
    if not (body.earlier_step and body.earlier_step_days):
        return None
    due = add_days(start.date, body.earlier_step_days, body.calendar_days is not False)
    text = Message(
        "deadline.earlier_step",
        {
            "step": body.earlier_step,
            "days": body.earlier_step_days,
            "base": start.date,
            "due": due,
            "remedy": body.remedy,
        },
    )
    verified = rule.is_verified("earlier_step_days")
    return ComputedDeadline(
        "remedy_step",
        due,
        rule.id,
        rule.source,
        decision.id,
        sentences(text, rule.caution("earlier_step_days")),
        verified=verified,
    )


def _urgent(deadline: ComputedDeadline, decision: EventFact, on: date) -> Finding | None:
    """Critical when the deadline has passed, or is at most three days off (the caller knows that
    no answer to the decision is recorded)."""
    day = deadline.act_by or deadline.due
    left = (day - on).days
    if left > URGENT_DAYS:
        return None
    what = _decision(decision.kind)
    if left < 0:
        text = Message("remedy.overdue", {"decision": what, "due": day, "ago": -left})
    elif left == 0:
        text = Message("remedy.today", {"decision": what, "due": day})
    else:
        text = Message("remedy.due", {"decision": what, "due": day, "left": left})
    return Finding("remedy_due", "critical", text, deadline.rule, deadline.source, deadline.event_id)


def _no_remedy(decision: EventFact, where: Profile) -> Finding:
    return Finding(
        "no_remedy",
        "warning",
        Message(
            "no_remedy", {"decision": _decision(decision.kind), "country": where.place, "day": decision.date}
        ),
        event_id=decision.id,
    )


def _unknown_remedy(decision: EventFact, where: Profile, rule: Rule) -> Finding:
    body = rule.body
    return Finding(
        "remedy_unknown",
        "warning",
        Message(
            "remedy_unknown",
            {
                "decision": _decision(decision.kind),
                "country": where.place,
                "remedy": body.remedy,
                "why": body.unknown,
                "look_for": body.look_for or Message("look_for.default"),
            },
        ),
        rule.id,
        rule.source,
        decision.id,
    )


# --- extradition: the request must arrive in time ---------------------------------------------------


def custody_deadlines(
    events: list[EventFact], home: Profile, profiles: ProfileSet, on: date
) -> tuple[list[ComputedDeadline], list[Finding]]:
    """For a detention on a case of extradition: the day by which the requesting state's extradition
    request must arrive under the treaty in force there, and an alarm near it if none is recorded."""
    deadlines, findings = [], []
    for k, detention in enumerate(events):
        if detention.kind is not EventKind.DETENTION:
            continue
        where = _profile_of(detention, home, profiles)
        rule = where.rule_on(_CUSTODY, detention.date)
        if rule is None:
            continue
        later = events[k + 1 :]
        released = any(e.kind is EventKind.RELEASE for e in later)
        requested = next((e for e in later if e.kind is EventKind.EXTRADITION_REQUEST), None)
        due = detention.date + timedelta(days=rule.body.days)
        body = rule.body
        text = Message(
            "deadline.custody",
            {
                "days": body.days,
                "detention": detention.date,
                "due": due,
                "treaty": body.treaty,
                "article": body.article,
                "consequence": body.consequence,
            },
        )
        deadlines.append(
            ComputedDeadline(
                "custody_limit",
                due,
                rule.id,
                rule.source,
                detention.id,
                sentences(text, rule.caution("days", "article")),
                verified=rule.is_verified("days", "article"),
            )
        )
        if requested is None and not released and (due - on).days <= URGENT_DAYS:
            findings.append(
                Finding(
                    "custody_limit",
                    "critical",
                    Message(
                        "custody.due" if due >= on else "custody.passed",
                        {"due": due, "treaty": body.treaty, "article": body.article},
                    ),
                    rule.id,
                    rule.source,
                    detention.id,
                )
            )
    return deadlines, findings


# --- urgent protection -------------------------------------------------------------------------------


def protection_findings(events: list[EventFact], home: Profile, profiles: ProfileSet) -> list[Finding]:
    """The urgent protections to ask for, once per measure, for the events that call for them:
    an interim measure against a removal or extradition, an urgent action for a disappearance."""
    findings = []
    seen: set[str] = set()
    anywhere = profiles.protection_events
    for event in events:
        if event.kind not in anywhere:  # an entry, an exit, a notification: nothing to ask for
            continue
        where = _profile_of(event, home, profiles)
        if event.kind not in where.protection_events:
            continue
        for rule in _interim_rules(where, event.date):
            if event.kind in rule.body.events and rule.id not in seen:
                seen.add(rule.id)
                body = rule.body
                findings.append(
                    Finding(
                        "urgent_protection",
                        "warning",
                        Message(
                            "urgent_protection",
                            {
                                "event": event.kind,
                                "day": event.date,
                                "measure": body.measure,
                                "body": body.body,
                                "how": body.how,
                            },
                        ),
                        rule.id,
                        rule.source,
                        event.id,
                    )
                )
    return findings


def _interim_rules(profile: Profile, day: date) -> list[Rule]:
    """The urgent protections of the profile and its zones in force on `day` (kept by day: the
    events of a store fall on a few thousand days)."""

    def in_force() -> list[Rule]:
        found = list(profile.index.of_types(_INTERIM, day))
        for zone in profile.zones:
            found += zone.index.of_types(_INTERIM, day)
        return found

    return profile.index.by_day("interim", day, in_force)

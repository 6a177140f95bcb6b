"""What a rule may say, declared once: each rule body is a dataclass whose fields carry their check.

The validator reads these declarations, so adding a field to a rule type is one line here and one
line in resources/rules/README.md; nothing else has to learn about it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from casetracker.vocabulary import DECISION_EVENTS, EventKind, Procedure, RiskMarker

Check = Callable[[Any], str | None]
"""Returns why a value is wrong, or None when it is fine."""


class RuleType(StrEnum):
    ENTRY = "entry"
    STAY = "stay"
    BAN = "ban"
    RESIDENCE = "residence"
    ASYLUM = "asylum"
    FILING = "filing"
    REGISTRATION = "registration"
    RISK = "risk"
    REMEDY = "remedy"
    CUSTODY_LIMIT = "custody_limit"
    INTERIM = "interim"


class Level(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


def is_text(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "expected a non-empty text"


def is_flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


LARGEST_NUMBER = 10_000  # no period or limit in law runs longer: 27 years of days


def is_positive(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value <= LARGEST_NUMBER
    return None if ok else f"expected a whole number from 1 to {LARGEST_NUMBER:,}"


def is_date(value: Any) -> str | None:
    if isinstance(value, datetime):
        return "expected a date (YYYY-MM-DD), not a date and time"
    if isinstance(value, date):
        return None if 1900 <= value.year <= 2099 else "expected a date between the years 1900 and 2099"
    if isinstance(value, str):
        return f"expected a date written without quotes (YYYY-MM-DD), got the text {value!r}"
    return "expected a date (YYYY-MM-DD)"


def is_url(value: Any) -> str | None:
    ok = isinstance(value, str) and re.fullmatch(r"https?://\S+", value) is not None
    return None if ok else "expected a web address starting with http:// or https://"


def is_country_code(value: Any) -> str | None:
    ok = isinstance(value, str) and re.fullmatch(r"[A-Z]{2}", value) is not None
    return None if ok else "expected an ISO 3166 alpha-2 code in capitals, e.g. GE"


def one_of(*choices: str) -> Check:
    def check(value: Any) -> str | None:
        return None if value in choices else f"expected one of: {', '.join(choices)}"

    return check


def list_of(item: Check) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return 'expected a list, e.g. ["a", "b"]'
        reasons = [f"item {i + 1}: {reason}" for i, v in enumerate(value) if (reason := item(v))]
        return "; ".join(reasons) or None

    return check


is_level = one_of(*Level)
is_markers = list_of(one_of(*RiskMarker))
texts = list_of(is_text)


def spec(check: Check, help: str, default: Any = None) -> Any:
    """A rule-body field: how to check it and what it means (shown in describe and the README)."""
    return field(default=default, metadata={"check": check, "help": help})


def required(check: Check, help: str) -> Any:
    return field(metadata={"check": check, "help": help})


@dataclass(frozen=True, kw_only=True)
class Entry:
    regime: str = required(one_of("visa_free", "visa", "visa_on_arrival", "banned"), "entry regime")
    internal_passport: bool | None = spec(is_flag, "Russian internal passport accepted")
    visa_issuance: str | None = spec(is_text, "which visas are issued")
    passport_requirement: str | None = spec(is_text, "which passports are recognised")


@dataclass(frozen=True, kw_only=True)
class Stay:
    zone: str | None = spec(is_text, "the shared zone whose stay rule applies")
    limit_days: int | None = spec(is_positive, "days allowed in the rolling window")
    window_days: int | None = spec(is_positive, "length of the rolling window in days")
    per_entry_days: int | None = spec(is_positive, "days allowed from each entry")
    extension_days: int | None = spec(is_positive, "days by which a stay may be extended once")
    counts_earlier_days: bool | None = spec(
        is_flag, "days of stay before the rule took effect count too (a transitional rule: cite it)"
    )


@dataclass(frozen=True, kw_only=True)
class Ban:
    scope: str = required(is_text, "who is refused")
    purposes: tuple[str, ...] = spec(texts, "travel purposes refused", ())
    exceptions: tuple[str, ...] = spec(texts, "who may still enter", ())
    targets: tuple[str, ...] = spec(is_markers, "risk markers that make a person a likely target", ())


@dataclass(frozen=True, kw_only=True)
class Residence:
    policy: str = required(is_text, "residence-permit policy")
    new_permits: str | None = spec(one_of("open", "restricted", "suspended"), "new permits")
    restrictions: tuple[str, ...] = spec(texts, "restrictions", ())


@dataclass(frozen=True, kw_only=True)
class Asylum:
    policy: str = required(is_text, "asylum policy and practice")
    refugee_convention: bool | None = spec(is_flag, "party to the 1951 Refugee Convention")


@dataclass(frozen=True, kw_only=True)
class Filing:
    within_days: int | None = spec(is_positive, "asylum claim due within this many days of arrival")
    within_years: int | None = spec(is_positive, "asylum claim due within this many years of arrival")
    calendar_days: bool | None = spec(is_flag, "days are calendar days (false: working days)")
    consequence: str = required(is_text, "what happens to a later claim")


@dataclass(frozen=True, kw_only=True)
class Registration:
    within_days: int = required(is_positive, "days after entry by which to register")


@dataclass(frozen=True, kw_only=True)
class Risk:
    extradition: str | None = spec(is_level, "extradition risk")
    abduction: str | None = spec(is_level, "abduction risk")
    reasons: tuple[str, ...] = spec(texts, "why", ())
    honours_russian_requests: bool | None = spec(is_flag, "acts on Russian interstate wanted notices")
    acts_on_interpol_notices: bool | None = spec(is_flag, "detains on Interpol notices")
    minsk_convention: bool | None = spec(is_flag, "party to the 1993 Minsk Convention")
    council_of_europe: bool | None = spec(is_flag, "ECtHR Rule 39 interim measures available")
    abduction_targets: tuple[str, ...] = spec(is_markers, "markers of people seized there", ())


is_decision = one_of(*sorted(DECISION_EVENTS))
is_procedure = one_of(*Procedure)


@dataclass(frozen=True, kw_only=True)
class Variant:
    """A shorter or longer period for decisions taken in a given procedure."""

    procedure: str = required(is_procedure, "the procedure, as the decision states it")
    days: int | None = spec(is_positive, "period in days (a week is 7)")
    months: int | None = spec(is_positive, "period in months")
    hours: int | None = spec(is_positive, "period in hours")
    article: str | None = spec(is_text, "the article of the law that sets it")
    when: str | None = spec(is_text, "the condition, as the law words it")
    suspensive: str | None = spec(
        one_of("yes", "no", "on_request"), "whether it stops removal, where it differs from the general rule"
    )
    verified: bool | None = spec(is_flag, "false: this period is not verified (the others may be)")


def is_variants(value: Any) -> str | None:
    if not isinstance(value, list):
        return "expected [[periods.remedy.variants]] tables"
    reasons = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            reasons.append(f"item {i + 1}: expected a table")
            continue
        known = {f.name: f for f in fields(Variant)}
        reasons += [f"item {i + 1}: unknown field {k}" for k in item if k not in known]
        missing = [name for name, f in known.items() if is_required(f) and name not in item]
        reasons += [f"item {i + 1}: missing {name}" for name in missing]
        reasons += [
            f"item {i + 1}: {n}: {reason}"
            for n, v in item.items()
            if n in known and (reason := known[n].metadata["check"](v))
        ]
        if sum(k in item for k in ("days", "months", "hours")) != 1:
            reasons.append(f"item {i + 1}: give exactly one of days, months, hours")
    procedures = [item.get("procedure") for item in value if isinstance(item, dict)]
    if len(set(procedures)) != len(procedures):
        reasons.append("a procedure appears twice")
    return "; ".join(reasons) or None


@dataclass(frozen=True, kw_only=True)
class Remedy:
    """How a decision of one kind is challenged: the body, the period and how it is counted."""

    decision: str = required(is_decision, "the kind of decision (an event kind)")
    remedy: str = required(is_text, "what is lodged: an appeal, an objection, a request for review")
    body: str | None = spec(is_text, "where it is lodged")
    days: int | None = spec(is_positive, "the general period in days (a week is 7)")
    months: int | None = spec(is_positive, "the general period in months")
    hours: int | None = spec(is_positive, "the general period in hours")
    general: str | None = spec(is_procedure, "the procedure the general period is for (default normal)")
    variants: tuple[Variant, ...] = spec(is_variants, "other periods for decisions in other procedures", ())
    calendar_days: bool | None = spec(is_flag, "days are calendar days (false: working days)")
    counted_from: str | None = spec(one_of("decision", "notification", "detention"), "what starts the period")
    first_day_counts: bool | None = spec(
        is_flag, "the day it runs from is its first day (England and Wales: 'starting with the day')"
    )
    moves_off_holidays: bool | None = spec(
        is_flag, "a last day on a weekend or public holiday moves to the next working day (by law)"
    )
    holiday_article: str | None = spec(is_text, "the law that moves it, or says it does not move")
    suspensive: str | None = spec(one_of("yes", "no", "on_request"), "the remedy stops removal")
    earlier_step: str | None = spec(is_text, "a step due before the remedy (legal aid, say)")
    earlier_step_days: int | None = spec(is_positive, "days for that earlier step")
    next_instance: str | None = spec(is_text, "where a further remedy goes")
    article: str | None = spec(is_text, "the article of the law that sets the period")
    unknown: str | None = spec(is_text, "why no period is given: what was searched")
    look_for: str | None = spec(is_text, "what to look for in the decision itself")


@dataclass(frozen=True, kw_only=True)
class CustodyLimit:
    """A limit on holding someone for extradition before the request arrives (Minsk art. 62)."""

    days: int = required(is_positive, "days after the detention by which the request must arrive")
    treaty: str = required(is_text, "the treaty or law")
    article: str = required(is_text, "its article")
    consequence: str = required(is_text, "what the law says happens when the request is late")


@dataclass(frozen=True, kw_only=True)
class Interim:
    """An urgent protection to ask for: an interim measure, an urgent action."""

    body: str = required(is_text, "who grants it")
    measure: str = required(is_text, "what to ask for")
    how: str = required(is_text, "how to ask, in a few words")
    events: tuple[str, ...] = spec(list_of(one_of(*EventKind)), "the events that call for it", ())


BODIES: dict[RuleType, type] = {
    RuleType.ENTRY: Entry,
    RuleType.STAY: Stay,
    RuleType.BAN: Ban,
    RuleType.RESIDENCE: Residence,
    RuleType.ASYLUM: Asylum,
    RuleType.FILING: Filing,
    RuleType.REGISTRATION: Registration,
    RuleType.RISK: Risk,
    RuleType.REMEDY: Remedy,
    RuleType.CUSTODY_LIMIT: CustodyLimit,
    RuleType.INTERIM: Interim,
}

SEVERAL_AT_ONCE = frozenset({RuleType.BAN, RuleType.REMEDY, RuleType.INTERIM})
"""Several bans, remedies (one per kind of decision) and urgent protections may be in force together;
of every other type one period at a time."""


def _only_one(*names: str) -> Callable[[dict], str | None]:
    def check(body: dict) -> str | None:
        given = [n for n in names if n in body]
        return None if len(given) <= 1 else f"give only one of {', '.join(names)}"

    return check


def _needs(name: str, *others: str) -> Callable[[dict], str | None]:
    def check(body: dict) -> str | None:
        if name in body and not all(o in body for o in others):
            return f"{name} needs {', '.join(others)}"
        return None

    return check


def _any_of(*names: str) -> Callable[[dict], str | None]:
    def check(body: dict) -> str | None:
        return None if any(n in body for n in names) else f"give at least one of {', '.join(names)}"

    return check


def _window_longer() -> Callable[[dict], str | None]:
    def check(body: dict) -> str | None:
        limit, window = body.get("limit_days"), body.get("window_days")
        if isinstance(limit, int) and isinstance(window, int) and limit >= window:
            return "limit_days must be less than window_days (otherwise there is no limit)"
        return None

    return check


def _period_or_unknown() -> Callable[[dict], str | None]:
    def check(body: dict) -> str | None:
        period = any(n in body for n in ("days", "months", "hours"))
        if "unknown" in body:
            return "a remedy with a period is not unknown: remove one" if period else None
        if not period:
            return "give days, months or hours, or say why the period is unknown (unknown, look_for)"
        return None

    return check


def _needs_unless_unknown(name: str) -> Callable[[dict], str | None]:
    def check(body: dict) -> str | None:
        return None if name in body or "unknown" in body else f"missing {name}"

    return check


def _zone_alone() -> Callable[[dict], str | None]:
    def check(body: dict) -> str | None:
        if "zone" in body and set(body) & {"limit_days", "window_days", "per_entry_days"}:
            return "a stay that refers to a zone takes its numbers from the zone; remove them here"
        return None

    return check


CROSS_CHECKS: dict[RuleType, list[tuple[str, Callable[[dict], str | None]]]] = {
    RuleType.STAY: [
        ("limit_days", _needs("limit_days", "window_days")),
        ("window_days", _needs("window_days", "limit_days")),
        ("limit_days", _window_longer()),
        ("zone", _zone_alone()),
        ("limit_days", _any_of("zone", "limit_days", "per_entry_days")),
    ],
    RuleType.FILING: [
        ("within_days", _only_one("within_days", "within_years")),
        ("within_days", _any_of("within_days", "within_years")),
    ],
    RuleType.RISK: [("extradition", _any_of(*(f.name for f in fields(Risk))))],
    RuleType.REMEDY: [
        ("days", _only_one("days", "months", "hours")),
        ("days", _period_or_unknown()),
        ("body", _needs_unless_unknown("body")),
        ("earlier_step_days", _needs("earlier_step_days", "earlier_step")),
    ],
}


def body_fields(rule_type: RuleType) -> dict[str, Any]:
    return {f.name: f for f in fields(BODIES[rule_type])}


def is_required(f: Any) -> bool:
    return f.default is MISSING and f.default_factory is MISSING


def freeze(value: Any) -> Any:
    """Lists from TOML become tuples, so rule bodies stay hashable and immutable; the tables of a
    remedy's variants become Variant values."""
    if isinstance(value, list):
        return tuple(Variant(**item) if isinstance(item, dict) else item for item in value)
    return value

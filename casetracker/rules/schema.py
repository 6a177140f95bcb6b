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

from casetracker.vocabulary import RiskMarker

Check = Callable[[Any], str | None]
"""Returns why a value is wrong, or None when it is fine."""


class RuleType(StrEnum):
    ENTRY = "entry"
    STAY = "stay"
    BAN = "ban"
    RESIDENCE = "residence"
    ASYLUM = "asylum"
    APPEAL = "appeal"
    FILING = "filing"
    REGISTRATION = "registration"
    RISK = "risk"


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
class Appeal:
    body: str = required(is_text, "where the appeal goes")
    normal_days: int | None = spec(is_positive, "normal appeal period in days")
    normal_months: int | None = spec(is_positive, "normal appeal period in months")
    accelerated_days: int | None = spec(is_positive, "accelerated-procedure appeal period in days")
    accelerated_when: str | None = spec(is_text, "when the accelerated period applies")
    detained_days: int | None = spec(is_positive, "appeal period in days when detained")
    calendar_days: bool | None = spec(is_flag, "periods count calendar days (false: working days)")
    counted_from: str | None = spec(one_of("decision", "notification"), "what starts the period")


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


BODIES: dict[RuleType, type] = {
    RuleType.ENTRY: Entry,
    RuleType.STAY: Stay,
    RuleType.BAN: Ban,
    RuleType.RESIDENCE: Residence,
    RuleType.ASYLUM: Asylum,
    RuleType.APPEAL: Appeal,
    RuleType.FILING: Filing,
    RuleType.REGISTRATION: Registration,
    RuleType.RISK: Risk,
}

SEVERAL_AT_ONCE = frozenset({RuleType.BAN})
"""Several bans may be in force together; of every other type one period at a time."""


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
    RuleType.APPEAL: [
        ("normal_days", _only_one("normal_days", "normal_months")),
        ("normal_days", _any_of("normal_days", "normal_months", "accelerated_days")),
    ],
    RuleType.FILING: [
        ("within_days", _only_one("within_days", "within_years")),
        ("within_days", _any_of("within_days", "within_years")),
    ],
    RuleType.RISK: [("extradition", _any_of(*(f.name for f in fields(Risk))))],
}


def body_fields(rule_type: RuleType) -> dict[str, Any]:
    return {f.name: f for f in fields(BODIES[rule_type])}


def is_required(f: Any) -> bool:
    return f.default is MISSING and f.default_factory is MISSING


def freeze(value: Any) -> Any:
    """Lists from TOML become tuples, so rule bodies stay hashable and immutable."""
    return tuple(value) if isinstance(value, list) else value

"""Country profiles as plain frozen values: rules with their periods, sources and local corrections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casetracker.rules.schema import SEVERAL_AT_ONCE, RuleType


@dataclass(frozen=True)
class Problem:
    file: str
    field: str  # dotted path such as "periods[2].stay.limit_days"; "" for the whole file
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field or '(file)'}: {self.reason}"


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    published: date | None = None

    def cite(self) -> str:
        when = f", {self.published.isoformat()}" if self.published else ""
        return f"{self.title}{when} <{self.url}>"


@dataclass(frozen=True)
class LocalOverride:
    field: str
    value: Any
    reason: str


@dataclass(frozen=True)
class Rule:
    id: str
    type: RuleType
    owner: str  # a country code, or a zone name such as "schengen"
    effective_from: date
    effective_to: date | None
    body: Any  # one of the dataclasses in schema.BODIES
    sources: tuple[Source, ...] = ()
    verified: bool = True
    start_verified: bool = True
    unverified_fields: frozenset[str] = frozenset()
    note: str = ""
    overrides: tuple[LocalOverride, ...] = ()

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    @property
    def source(self) -> Source | None:
        return self.sources[0] if self.sources else None

    def is_verified(self, *names: str) -> bool:
        """False when the rule, or one of the named fields, is marked unverified in the data."""
        return self.verified and not (set(names) & self.unverified_fields)

    def caveats(self, *names: str) -> str:
        """Text a caseworker must see beside any number taken from this rule."""
        parts = []
        if not self.is_verified(*names):
            parts.append("unverified — check before relying on it")
        if not self.start_verified:
            parts.append(f"start date not verified (in force at least since {self.effective_from})")
        parts.extend(f"local override of {o.field}: {o.reason}" for o in self.overrides)
        return "; ".join(parts)


@dataclass(frozen=True)
class Zone:
    name: str  # the key member profiles refer to, e.g. "schengen"
    title: str
    last_verified: date
    members: frozenset[str]
    rules: tuple[Rule, ...]
    file: str = ""

    def rule_on(self, rule_type: RuleType, day: date) -> Rule | None:
        return _first(self.rules, rule_type, day)


@dataclass(frozen=True)
class Profile:
    code: str
    name: str
    last_verified: date
    rules: tuple[Rule, ...]
    zones: tuple[Zone, ...] = ()
    file: str = ""

    def rules_on(self, day: date) -> tuple[Rule, ...]:
        """The profile's own rules in force on `day` (a stay by zone reference included as written)."""
        return tuple(r for r in self.rules if r.in_force(day))

    def rule_on(self, rule_type: RuleType, day: date) -> Rule | None:
        if rule_type in SEVERAL_AT_ONCE:
            raise ValueError(f"several {rule_type} rules can be in force at once; use rules_on")
        return _first(self.rules, rule_type, day)

    def bans_on(self, day: date) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules_on(day) if r.type is RuleType.BAN)

    def zone(self, name: str) -> Zone | None:
        return next((z for z in self.zones if z.name == name), None)

    def stay_on(self, day: date) -> tuple[Rule | None, frozenset[str]]:
        """The stay rule that applies on `day` and the countries whose stays count towards it.

        A member of a shared zone counts days spent anywhere in the zone against the zone's rule.
        """
        own = _first(self.rules, RuleType.STAY, day)
        if own is None or own.body.zone is None:
            return own, frozenset({self.code})
        zone = self.zone(own.body.zone)
        if zone is None:  # the loader refuses such profiles; kept safe for hand-built ones
            return None, frozenset({self.code})
        return zone.rule_on(RuleType.STAY, day), zone.members | {self.code}


def _first(rules: tuple[Rule, ...], rule_type: RuleType, day: date) -> Rule | None:
    return next((r for r in rules if r.type is rule_type and r.in_force(day)), None)


@dataclass(frozen=True)
class ProfileSet:
    profiles: dict[str, Profile] = field(default_factory=dict)
    zones: dict[str, Zone] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()  # local overrides that could not be applied

    def get(self, code: str) -> Profile | None:
        return self.profiles.get(code.upper())

    def __contains__(self, code: str) -> bool:
        return code.upper() in self.profiles

    def __iter__(self):
        return iter(sorted(self.profiles.values(), key=lambda p: p.code))

    def __len__(self) -> int:
        return len(self.profiles)

    def with_overrides(self, overrides) -> ProfileSet:
        from casetracker.rules.overrides import apply_overrides  # overrides builds on this module

        return apply_overrides(self, overrides)

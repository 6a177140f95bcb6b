"""Country profiles as plain frozen values: rules with their periods, sources and local corrections."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from casetracker.rules.messages import Message, Place, Term, joined, render
from casetracker.rules.schema import SEVERAL_AT_ONCE, RuleType

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_STAY = RuleType.STAY


@dataclass(frozen=True)
class Problem:
    file: str
    field: str  # dotted path such as "periods[2].stay.limit_days"; "" for the whole file
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field or '(file)'}: {self.reason}"


SOURCE_KINDS = ("law", "government", "court", "unhcr_aida", "ngo", "news")
"""Where a fact comes from, the strongest first: the statute or treaty, the government body that applies
it, a court, UNHCR or the AIDA reports, an established NGO or law firm, the news."""
PRIMARY_KINDS = frozenset({"law", "government", "court", "unhcr_aida"})


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    kind: str = "news"
    published: date | None = None

    @property
    def secondary(self) -> bool:
        """A source that reports what the law or an authority says, rather than saying it."""
        return self.kind not in PRIMARY_KINDS

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
    verified_on: date | None = None  # the day the fact was last checked against its source

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    @property
    def source(self) -> Source | None:
        return self.sources[0] if self.sources else None

    def is_verified(self, *names: str) -> bool:
        """False when the rule, or one of the named fields, is marked unverified in the data."""
        return self.verified and self.unverified_fields.isdisjoint(names)

    def caveats(self, *names: str) -> str:
        """Text a caseworker must see beside any number taken from this rule (English)."""
        found = self.caveat_message(*names)
        return render(found) if found else ""

    def caveat_message(self, *names: str) -> Message | None:
        """caveats() as a message; None when there is nothing to add."""
        if self.verified and self.start_verified and not self.unverified_fields and not self.overrides:
            return None  # most rules: nothing to add
        parts = []
        if not self.is_verified(*names):
            parts.append(self._unverified_message(names))
        if not self.start_verified:
            parts.append(Message("caveat.start", {"since": self.effective_from}))
        parts.extend(
            Message("caveat.override", {"field": o.field, "reason": o.reason}) for o in self.overrides
        )
        return Message("caveats", {"parts": joined(parts, "; ")}) if parts else None

    def caution(self, *names: str) -> Message | str:
        """The caveats as a sentence of their own ("Caution: ..."), to close a finding or deadline that
        rests on this rule; "" when there is nothing to add."""
        caveats = self.caveat_message(*names)
        return Message("caution", {"caveats": caveats}) if caveats else ""

    def _unverified_message(self, names: tuple[str, ...]) -> Message:
        """'Unverified', naming what is unverified when the profile says so field by field and every
        such field has a word for it (a period, the body, whether it stops removal)."""
        fields = [FIELD_WORDS.get(name) for name in names if name in self.unverified_fields]
        if not self.verified or not fields or None in fields:
            return Message("caveat.unverified")
        words = dict.fromkeys(fields)  # the period's several fields are named once
        return Message("caveat.unverified_fields", {"fields": joined(Term("field", w) for w in words)})


FIELD_WORDS = {
    "days": "period",
    "months": "period",
    "hours": "period",
    "variants": "period",
    "general": "period",
    "body": "body",
    "suspensive": "suspensive",
    "moves_off_holidays": "holidays",
    "holiday_article": "holidays",
    "counted_from": "counted_from",
    "calendar_days": "calendar_days",
    "earlier_step_days": "earlier_step",
    "article": "article",
    "first_day_counts": "first_day",
}
"""The words for a rule's fields where a caveat names them ("field.<word>" in the catalogs)."""


class RuleIndex:
    """The rules of a profile or zone cut into spans of days over which the same rules are in force, so
    that finding the rules of a day is one bisection instead of a scan (evaluate() asks many times).

    Built once per Profile or Zone (they are immutable) and filled lazily by (span, rule types)."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        bounds = {r.effective_from for r in rules}
        bounds |= {r.effective_to + _ONE_DAY for r in rules if r.effective_to and r.effective_to < date.max}
        self.starts = sorted(bounds)  # span k runs from starts[k] to the day before starts[k + 1]
        self.spans: list[tuple[Rule, ...]] = [
            tuple(r for r in rules if r.in_force(day)) for day in self.starts
        ]
        self.first: list[dict[RuleType, Rule]] = []
        for span in self.spans:
            first: dict[RuleType, Rule] = {}
            for rule in span:
                first.setdefault(rule.type, rule)
            self.first.append(first)
        self._of_types: dict[tuple[int, tuple[RuleType, ...]], tuple[Rule, ...]] = {}
        self.memo: dict = {}  # results that depend only on the rules, kept by their users (bounded)
        # The rule ids events of each kind cite (see evaluate()): one dict per span, found by day.
        self._cited: dict[int, dict] = {}
        self.cited_by_day: dict[date, dict] = {}
        self._by_day: dict[str, dict[date, Any]] = {}  # see by_day()

    def remember(self, key, compute):
        """`compute()`, kept under `key`: for values that are the same for every case on a day."""
        found = self.memo.get(key, _MISSING)
        if found is _MISSING:
            if len(self.memo) > 4096:
                self.memo.clear()
            found = self.memo[key] = compute()
        return found

    def by_day(self, what: str, day: date, compute):
        """`compute()`, kept under `what` by day: for values the same on every day of a span, looked
        up in hot loops without a bisection (a store's events fall on a few thousand days)."""
        table = self._by_day.get(what)
        if table is None:
            table = self._by_day[what] = {}
        found = table.get(day, _MISSING)
        if found is _MISSING:
            if len(table) > 50_000:
                table.clear()
            found = table[day] = compute()
        return found

    def ids_of_types(self, types: tuple[RuleType, ...], day: date) -> tuple[str, ...]:
        k = bisect_right(self.starts, day) - 1
        if k < 0:
            return ()
        key = (k, types, "ids")
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = tuple(r.id for r in self.of_types(types, day))
        return found

    def cited_on(self, day: date) -> dict:
        """What events on `day` cite, by event kind, as evaluate() fills it in: the same dict for every
        day of a span, since the same rules are in force. Looked up by day first (cited_by_day): a
        store's events fall on a few thousand days, and a dict look-up is quicker than a bisection."""
        by_kind = self.cited_by_day.get(day)
        if by_kind is None:
            if len(self.cited_by_day) > 50_000:
                self.cited_by_day.clear()
            by_kind = self.cited_by_day[day] = self._cited.setdefault(self.span(day), {})
        return by_kind

    def span(self, day: date) -> int:
        """Index of the span holding `day`; -1 before the first rule starts."""
        return bisect_right(self.starts, day) - 1

    def on(self, day: date) -> tuple[Rule, ...]:
        k = bisect_right(self.starts, day) - 1
        return self.spans[k] if k >= 0 else ()

    def first_on(self, rule_type: RuleType, day: date) -> Rule | None:
        k = bisect_right(self.starts, day) - 1
        return self.first[k].get(rule_type) if k >= 0 else None

    def of_types(self, types: tuple[RuleType, ...], day: date) -> tuple[Rule, ...]:
        """The rules of any of `types` in force on `day`, in profile order."""
        k = bisect_right(self.starts, day) - 1
        if k < 0:
            return ()
        found = self._of_types.get((k, types))
        if found is None:
            found = self._of_types[k, types] = tuple(r for r in self.spans[k] if r.type in types)
        return found


@dataclass(frozen=True)
class Zone:
    name: str  # the key member profiles refer to, e.g. "schengen"
    title: str
    last_verified: date | None  # the oldest check of any verified fact (None: no fact is verified)
    members: frozenset[str]
    rules: tuple[Rule, ...]
    file: str = ""

    def rule_on(self, rule_type: RuleType, day: date) -> Rule | None:
        return self.index.first_on(rule_type, day)

    @cached_property
    def index(self) -> RuleIndex:
        return RuleIndex(self.rules)


@dataclass(frozen=True)
class Profile:
    code: str
    name: str
    last_verified: date | None  # the oldest check of any verified fact (None: no fact is verified)
    rules: tuple[Rule, ...]
    zones: tuple[Zone, ...] = ()
    file: str = ""

    @cached_property
    def index(self) -> RuleIndex:
        return RuleIndex(self.rules)

    @cached_property
    def place(self) -> Place:
        """The country as findings name it."""
        return Place(self.code, self.name)

    def rules_on(self, day: date) -> tuple[Rule, ...]:
        """The profile's own rules in force on `day` (a stay by zone reference included as written)."""
        return self.index.on(day)

    def rule_on(self, rule_type: RuleType, day: date) -> Rule | None:
        if rule_type in SEVERAL_AT_ONCE:
            raise ValueError(f"several {rule_type} rules can be in force at once; use rules_on")
        return self.index.first_on(rule_type, day)

    def bans_on(self, day: date) -> tuple[Rule, ...]:
        return self.index.of_types(_BANS, day)

    @cached_property
    def protection_events(self) -> frozenset[str]:
        """The event kinds any urgent protection of this profile or its zones is asked for after, at
        any time: most events (entries, exits) call for none, and are passed over at once."""
        rules = [rule for owner in (self, *self.zones) for rule in owner.rules if rule.type is _INTERIM]
        return frozenset(kind for rule in rules for kind in rule.body.events)

    def zone(self, name: str) -> Zone | None:
        return next((z for z in self.zones if z.name == name), None)

    def stay_on(self, day: date) -> tuple[Rule | None, frozenset[str]]:
        """The stay rule that applies on `day` and the countries whose stays count towards it.

        A member of a shared zone counts days spent anywhere in the zone against the zone's rule.
        """
        return self.index.remember(("stay_on", day), lambda: self._stay_on(day))

    def _stay_on(self, day: date) -> tuple[Rule | None, frozenset[str]]:
        own = self.index.first_on(_STAY, day)
        if own is None or own.body.zone is None:
            return own, frozenset({self.code})
        zone = self.zone(own.body.zone)
        if zone is None:  # the loader refuses such profiles; kept safe for hand-built ones
            return None, frozenset({self.code})
        return zone.rule_on(_STAY, day), zone.members | {self.code}


_BANS = (RuleType.BAN,)
_INTERIM = RuleType.INTERIM
_MISSING = object()
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ProfileSet:
    profiles: dict[str, Profile] = field(default_factory=dict)
    zones: dict[str, Zone] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()  # local overrides that could not be applied

    def get(self, code: str) -> Profile | None:
        return self.profiles.get(code.upper())

    @cached_property
    def protection_events(self) -> frozenset[str]:
        """The event kinds that call for an urgent protection in some profile."""
        return frozenset().union(*(profile.protection_events for profile in self.profiles.values()))

    def __contains__(self, code: str) -> bool:
        return code.upper() in self.profiles

    def __iter__(self):
        return iter(sorted(self.profiles.values(), key=lambda p: p.code))

    def __len__(self) -> int:
        return len(self.profiles)

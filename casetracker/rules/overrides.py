"""Local corrections: an organisation changes one field of one rule without editing shipped files.

The corrections themselves are stored (and audited) by the database side; here they are applied to
a ProfileSet, checked with the same field checks as the files, and left visible on the rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from casetracker.rules.model import LocalOverride, Problem, Profile, ProfileSet, Rule, Zone
from casetracker.rules.schema import body_fields, freeze, is_date, is_required

RULE_LEVEL_FIELDS = {"effective_to": is_date}


@dataclass(frozen=True)
class RuleOverride:
    country: str  # a country code, or a zone name such as "schengen"
    rule_id: str
    field: str  # a field of the rule body (e.g. "normal_days") or "effective_to"
    value: Any
    reason: str


def check_override(profiles: ProfileSet, override: RuleOverride) -> list[Problem]:
    """Why an override cannot be applied (empty when it can); for the database side to ask first."""
    where = f"override {override.country}/{override.rule_id}"
    rule = _find_rule(profiles, override)
    if rule is None:
        return [Problem(where, "rule_id", "no such rule in this country's profile")]
    if not override.reason.strip():
        return [Problem(where, "reason", "a local override needs a reason")]
    fields = body_fields(rule.type)
    if override.field in RULE_LEVEL_FIELDS:
        check = RULE_LEVEL_FIELDS[override.field]
    elif override.field in fields:
        check = fields[override.field].metadata["check"]
    else:
        return [Problem(where, override.field, f"not a field of a {rule.type} rule")]
    if override.value is None:  # clearing a field: only an optional one
        needed = override.field in fields and is_required(fields[override.field])
        return (
            [Problem(where, override.field, "this field is required and cannot be cleared")] if needed else []
        )
    reason = check(list(override.value) if isinstance(override.value, tuple) else override.value)
    if override.field == "effective_to" and reason is None and override.value < rule.effective_from:
        reason = "the period would end before it starts"
    return [Problem(where, override.field, reason)] if reason else []


def apply_overrides(profiles: ProfileSet, overrides: Iterable[RuleOverride]) -> ProfileSet:
    """A new set with the overrides applied; those that cannot apply are listed in `.problems`."""
    by_rule: dict[str, list[RuleOverride]] = {}
    problems = list(profiles.problems)
    for override in overrides:
        found = check_override(profiles, override)
        problems += found
        if not found:
            by_rule.setdefault(override.rule_id, []).append(override)

    def patched(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
        return tuple(_patch(r, by_rule[r.id]) if r.id in by_rule else r for r in rules)

    zones = {name: dataclasses.replace(z, rules=patched(z.rules)) for name, z in profiles.zones.items()}
    result = {}
    for code, profile in profiles.profiles.items():
        member_of = tuple(zones[z.name] for z in profile.zones)
        result[code] = dataclasses.replace(profile, rules=patched(profile.rules), zones=member_of)
    return ProfileSet(result, zones, tuple(problems))


def _find_rule(profiles: ProfileSet, override: RuleOverride) -> Rule | None:
    owner: Profile | Zone | None = profiles.get(override.country) or profiles.zones.get(override.country)
    if owner is None:
        return None
    return next((r for r in owner.rules if r.id == override.rule_id), None)


def _patch(rule: Rule, overrides: list[RuleOverride]) -> Rule:
    body, effective_to = rule.body, rule.effective_to
    for o in overrides:
        if o.field == "effective_to":
            effective_to = o.value
        else:
            body = dataclasses.replace(body, **{o.field: freeze(o.value)})
    marks = rule.overrides + tuple(LocalOverride(o.field, o.value, o.reason) for o in overrides)
    return dataclasses.replace(rule, body=body, effective_to=effective_to, overrides=marks)

"""A country profile as plain text, for `casetracker rules show CC [--on DATE]`."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from casetracker.rules.model import Profile, Rule
from casetracker.rules.schema import RuleType, Variant

HEADINGS = {
    RuleType.ENTRY: "Entry",
    RuleType.STAY: "Stay limit",
    RuleType.BAN: "Entry bans",
    RuleType.RESIDENCE: "Residence permits",
    RuleType.ASYLUM: "Asylum",
    RuleType.FILING: "Asylum filing limit",
    RuleType.REGISTRATION: "Registration",
    RuleType.RISK: "Extradition and abduction risk",
    RuleType.REMEDY: "Remedies against decisions",
    RuleType.CUSTODY_LIMIT: "Extradition custody limit",
    RuleType.INTERIM: "Urgent protection",
}


def describe_profile(profile: Profile, on: date | None = None) -> str:
    """Every rule of the profile, or only those in force on `on`, with dates, caveats and sources."""
    rules = profile.rules_on(on) if on else profile.rules
    oldest = profile.last_verified or "no fact verified"
    lines = [f"{profile.name} ({profile.code})", f"Oldest check of a verified fact: {oldest}"]
    if profile.zones:
        lines.append("Member of: " + ", ".join(z.title for z in profile.zones))
    lines.append(f"Rules in force on {on}" if on else "All rules, past and present")
    for rule_type in RuleType:
        chosen = [r for r in rules if r.type is rule_type]
        lines += ["", HEADINGS[rule_type]]
        if not chosen:
            lines.append("  unknown — no rule in the profile" + (" for that day" if on else ""))
        for rule in chosen:
            lines += _rule_lines(rule, profile, on)
    return "\n".join(lines) + "\n"


def _rule_lines(rule: Rule, profile: Profile, on: date | None) -> list[str]:
    until = f" to {rule.effective_to}" if rule.effective_to else ""
    lines = [f"  [{rule.id}] from {rule.effective_from}{until}"]
    for f in fields(rule.body):
        value = getattr(rule.body, f.name)
        if value is None or value == ():
            continue
        shown = _plain(value)
        mark = " (unverified)" if f.name in rule.unverified_fields else ""
        lines.append(f"    {f.metadata['help']}: {shown}{mark}")
    if rule.type is RuleType.STAY and rule.body.zone:
        lines += _zone_stay(rule, profile, on)
    if rule.note:
        lines.append(f"    note: {rule.note}")
    if not rule.verified:
        lines.append("    UNVERIFIED — check before relying on it")
    if not rule.start_verified:
        lines.append(f"    start date not verified: in force at least since {rule.effective_from}")
    lines += [f"    LOCAL OVERRIDE: {o.field} = {_plain(o.value)} ({o.reason})" for o in rule.overrides]
    if rule.verified_on:
        lines.append(f"    checked against its source on {rule.verified_on}")
    lines += [f"    source ({s.kind}): {s.cite()}" for s in rule.sources]
    return lines


def _zone_stay(rule: Rule, profile: Profile, on: date | None) -> list[str]:
    zone = profile.zone(rule.body.zone)
    if zone is None:
        return [f"    zone {rule.body.zone!r} is not loaded"]
    stays = [r for r in zone.rules if r.type is RuleType.STAY]
    zone_rule = zone.rule_on(RuleType.STAY, on) if on else (stays[-1] if stays else None)
    if zone_rule is None:
        return [f"    {zone.title} has no stay rule" + (f" in force on {on}" if on else "")]
    body = zone_rule.body
    return [
        f"    {zone.title}: {body.limit_days} days in any {body.window_days}-day period, stays in "
        f"{len(zone.members)} member states counted together [{zone_rule.id}]"
    ]


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return "; ".join(_variant(item) if isinstance(item, Variant) else str(item) for item in value)
    return str(value)


def _variant(variant: Variant) -> str:
    period = (
        f"{variant.days} days"
        if variant.days
        else f"{variant.months} months"
        if variant.months
        else f"{variant.hours} hours"
    )
    article = f" ({variant.article})" if variant.article else ""
    when = f", if {variant.when}" if variant.when else ""
    return f"{variant.procedure}: {period}{when}{article}"

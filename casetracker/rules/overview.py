"""A country's rule profile as a caseworker reads it, in a language: what applies today first, in sentences,
each fact with when it is in force, when it was checked, what is unverified and its sources; then the rules
not in force that day. The Countries page shows it; `casetracker rules show` keeps describe.py's plain list.

    page = overview(profile, date.today(), "ru")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from casetracker import catalogue
from casetracker.rules.model import FIELD_WORDS, Profile, Rule, Source, Zone
from casetracker.rules.schema import RuleType

ORDER = (
    RuleType.ENTRY,
    RuleType.STAY,
    RuleType.BAN,
    RuleType.REGISTRATION,
    RuleType.RESIDENCE,
    RuleType.ASYLUM,
    RuleType.FILING,
    RuleType.REMEDY,
    RuleType.RISK,
    RuleType.CUSTODY_LIMIT,
    RuleType.INTERIM,
)
"""The order of the page: how one gets in and how long one may stay, then what can go wrong."""

ALWAYS_SAID = frozenset({RuleType.ENTRY, RuleType.STAY, RuleType.REMEDY, RuleType.RISK})
"""Kinds of rule whose absence today is said, not passed over."""


@dataclass(frozen=True)
class SourceLine:
    title: str
    kind: str  # worded: "law", "news, secondary"
    url: str
    secondary: bool
    published: str = ""  # worded, or ""


@dataclass(frozen=True)
class Fact:
    """One rule: its sentences, a list under them, and what to know before relying on it."""

    lines: tuple[str, ...]
    items: tuple[str, ...] = ()
    items_heading: str = ""  # what the list under the sentences is
    when: str = ""
    checked: str = ""
    warnings: tuple[str, ...] = ()
    note: str = ""
    sources: tuple[SourceLine, ...] = ()
    rule_id: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    facts: tuple[Fact, ...]
    empty: str = ""  # said when there is no fact


@dataclass(frozen=True)
class Overview:
    code: str
    title: str
    intro: tuple[str, ...]
    today_heading: str
    today: tuple[Section, ...]
    other_heading: str
    other: tuple[Section, ...]
    language: str

    def words(self, key: str, **params: Any) -> str:
        return catalogue.text("profile", key, self.language, **params)


def overview(profile: Profile, today: date, language: str = "en") -> Overview:
    words = _Words(language)
    zones = ", ".join(_zone_title(zone, language) for zone in profile.zones)
    oldest = profile.last_verified
    intro = [
        words("oldest_check", day=oldest) if oldest else words("never_checked"),
        *([words("zones", zones=zones)] if zones else []),
        words("profile_language"),
    ]
    in_force = [rule for rule in profile.rules if rule.in_force(today)]
    in_force += [
        rule
        for zone in profile.zones
        for rule in zone.rules
        if rule.type is RuleType.INTERIM and rule.in_force(today)
    ]
    others = [rule for rule in profile.rules if not rule.in_force(today)]
    return Overview(
        code=profile.code,
        title=catalogue.country_name(profile.code, language) if profile.code else profile.name,
        intro=tuple(intro),
        today_heading=words("today", day=today),
        today=_sections(in_force, profile, today, words, say_missing=True),
        other_heading=words("other"),
        other=_sections(others, profile, None, words, say_missing=False),
        language=language,
    )


class _Words:
    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str, **params: Any) -> str:
        return catalogue.text("profile", key, self.language, **params)

    def term(self, group: str, value: str) -> str:
        return catalogue.term(group, value, self.language)


def _zone_title(zone: Zone, language: str) -> str:
    return catalogue.translated("glossary", f"zone.{zone.name}", language) or zone.title


def _sections(rules: list[Rule], profile: Profile, day: date | None, words: _Words, *, say_missing: bool):
    sections = []
    for rule_type in ORDER:
        chosen = sorted(
            (r for r in rules if r.type is rule_type), key=lambda r: r.effective_from, reverse=True
        )
        if not chosen and not (say_missing and rule_type in ALWAYS_SAID):
            continue
        facts = tuple(_fact(rule, profile, day, words) for rule in chosen)
        sections.append(Section(words(f"heading.{rule_type}"), facts, "" if facts else words("none")))
    return tuple(sections)


def _fact(rule: Rule, profile: Profile, day: date | None, words: _Words) -> Fact:
    lines, items = _BODIES[rule.type](rule.body, words)
    heading = words(_ITEMS_HEADINGS[rule.type]) if items else ""
    if rule.type is RuleType.STAY and rule.body.zone:
        lines = [*_zone_stay(rule, profile, day, words), *lines]
    if rule.owner != profile.code and (zone := profile.zone(rule.owner)) is not None:
        lines.append(words("interim.zone", zone=_zone_title(zone, words.language)))
    return Fact(
        lines=tuple(lines),
        items=tuple(items),
        items_heading=heading,
        when=_when(rule, words),
        checked=words("checked", day=rule.verified_on) if rule.verified_on else words("not_checked"),
        warnings=tuple(_warnings(rule, words)),
        note=words("note", note=rule.note) if rule.note else "",
        sources=tuple(_source(source, words) for source in rule.sources),
        rule_id=rule.id,
    )


def _when(rule: Rule, words: _Words) -> str:
    if rule.effective_to:
        return words("between", from_day=rule.effective_from, to_day=rule.effective_to)
    if not rule.start_verified:
        return words("since_unverified", day=rule.effective_from)
    return words("since", day=rule.effective_from)


def _warnings(rule: Rule, words: _Words) -> list[str]:
    found = []
    if not rule.verified:
        found.append(words("unverified"))
    elif rule.unverified_fields:
        named = [FIELD_WORDS.get(name) for name in sorted(rule.unverified_fields)]
        if None in named:
            found.append(words("unverified"))
        else:
            fields = dict.fromkeys(
                catalogue.text("findings", f"field.{word}", words.language) for word in named
            )
            found.append(words("unverified_fields", fields=", ".join(fields)))
    found += [
        words("override", field=o.field, value=_value(o.value, words), reason=o.reason)
        for o in rule.overrides
    ]
    return found


def _source(source: Source, words: _Words) -> SourceLine:
    return SourceLine(
        title=source.title,
        kind=words.term("source", source.kind),
        url=source.url,
        secondary=source.secondary,
        published=words("published", day=source.published) if source.published else "",
    )


def _value(value: Any, words: _Words) -> str:
    if isinstance(value, bool):
        return words("yes" if value else "no")
    if isinstance(value, tuple | list):
        return "; ".join(str(item) for item in value)
    return str(value)


# --- what each kind of rule says ------------------------------------------------------------------


def _flag(words: _Words, key: str, value: bool | None) -> list[str]:
    return [] if value is None else [words(f"{key}.{'yes' if value else 'no'}")]


def _text(words: _Words, key: str, value: str | None) -> list[str]:
    return [words(key, text=value)] if value else []


def _joined(values: tuple[str, ...]) -> str:
    return "; ".join(values)


def _entry(body, words: _Words):
    lines = [words(f"regime.{body.regime}")]
    lines += _flag(words, "internal_passport", body.internal_passport)
    lines += _text(words, "visa_issuance", body.visa_issuance)
    lines += _text(words, "passport_requirement", body.passport_requirement)
    return lines, []


def _window(limit: int | None, window: int | None, words: _Words) -> list[str]:
    return [words("stay.window", limit=limit, window=window)] if limit and window else []


def _stay(body, words: _Words):
    lines = _window(body.limit_days, body.window_days, words)
    if body.per_entry_days:
        lines.append(words("stay.per_entry", days=body.per_entry_days))
    if body.extension_days:
        lines.append(words("stay.extension", days=body.extension_days))
    if body.counts_earlier_days:
        lines.append(words("stay.earlier_days"))
    return lines, []


def _zone_stay(rule: Rule, profile: Profile, day: date | None, words: _Words) -> list[str]:
    zone = profile.zone(rule.body.zone)
    if zone is None:
        return [words("stay.zone_missing", zone=rule.body.zone)]
    stays = [r for r in zone.rules if r.type is RuleType.STAY]
    zone_rule = zone.rule_on(RuleType.STAY, day) if day else (stays[-1] if stays else None)
    lines = [] if zone_rule is None else _stay(zone_rule.body, words)[0]
    title = _zone_title(zone, words.language)
    return [*lines, words("stay.zone", zone=title, members=len(zone.members))]


def _markers(values: tuple[str, ...], words: _Words) -> str:
    return ", ".join(words.term("marker", value) for value in values)


def _ban(body, words: _Words):
    lines = [words("ban.scope", text=body.scope)]
    if body.purposes:
        lines.append(words("ban.purposes", text=_joined(body.purposes)))
    if body.exceptions:
        lines.append(words("ban.exceptions", text=_joined(body.exceptions)))
    if body.targets:
        lines.append(words("ban.targets", markers=_markers(body.targets, words)))
    return lines, []


def _registration(body, words: _Words):
    return [words("registration", days=body.within_days)], []


def _residence(body, words: _Words):
    lines = [words("residence.policy", text=body.policy)]
    if body.new_permits:
        lines.append(words(f"residence.{body.new_permits}"))
    if body.restrictions:
        lines.append(words("residence.restrictions", text=_joined(body.restrictions)))
    return lines, []


def _asylum(body, words: _Words):
    return [
        words("asylum.policy", text=body.policy),
        *_flag(words, "asylum.convention", body.refugee_convention),
    ], []


def _day_kind(calendar: bool | None, words: _Words) -> str | None:
    return None if calendar is None else words("calendar_days" if calendar else "working_days")


def _filing(body, words: _Words):
    if body.within_years:
        lines = [words("filing.years", years=body.within_years)]
    elif (kind := _day_kind(body.calendar_days, words)) is not None:
        lines = [words("filing.days", days=body.within_days, day_kind=kind)]
    else:
        lines = [words("filing.days_plain", days=body.within_days)]
    return [*lines, words("filing.consequence", text=body.consequence)], []


def _period(source, words: _Words, calendar: bool | None = None) -> str | None:
    if source.days:
        kind = _day_kind(calendar, words)
        if kind is None:
            return words("period.days", days=source.days)
        return words("period.days_kind", days=source.days, day_kind=kind)
    if source.months:
        return words("period.months", months=source.months)
    if source.hours:
        return words("period.hours", hours=source.hours)
    return None


def _remedy(body, words: _Words):
    decision = words.term("event_kind", body.decision)
    lines = [words("remedy.against", decision=decision, remedy=body.remedy)]
    lines += _text(words, "remedy.body", body.body)
    period = _period(body, words, body.calendar_days)
    if period and body.general and body.general != "normal":
        lines.append(
            words("remedy.period_procedure", period=period, procedure=words.term("procedure", body.general))
        )
    elif period:
        lines.append(words("remedy.period", period=period))
    items = [_variant(variant, body.calendar_days, words) for variant in body.variants]
    if body.counted_from:
        lines.append(words(f"counted_from.{body.counted_from}"))
    lines += _flag(words, "first_day", body.first_day_counts)
    lines += _flag(words, "holidays", body.moves_off_holidays)
    lines += _text(words, "holidays.article", body.holiday_article)
    if period or body.suspensive:
        lines.append(words(f"suspensive.{body.suspensive or 'unknown'}"))
    lines += _text(words, "remedy.article", body.article)
    if body.earlier_step and body.earlier_step_days:
        lines.append(words("remedy.earlier_step_days", text=body.earlier_step, days=body.earlier_step_days))
    else:
        lines += _text(words, "remedy.earlier_step", body.earlier_step)
    lines += _text(words, "remedy.next", body.next_instance)
    lines += _text(words, "remedy.unknown", body.unknown)
    lines += _text(words, "remedy.look_for", body.look_for)
    return lines, items


def _variant(variant, calendar: bool | None, words: _Words) -> str:
    parts = [
        words(
            "remedy.variant",
            procedure=words.term("procedure", variant.procedure),
            period=_period(variant, words, calendar),
        )
    ]
    parts += _text(words, "remedy.variant.when", variant.when)
    parts += _text(words, "remedy.variant.article", variant.article)
    if variant.suspensive:
        parts.append(words(f"suspensive.{variant.suspensive}").rstrip("."))
    if variant.verified is False:
        parts.append(words("remedy.variant.unverified"))
    return ", ".join(parts)


def _risk(body, words: _Words):
    lines = []
    if body.extradition:
        lines.append(words("risk.extradition", level=words(f"level.{body.extradition}")))
    if body.abduction:
        lines.append(words("risk.abduction", level=words(f"level.{body.abduction}")))
    lines += _flag(words, "risk.russian_requests", body.honours_russian_requests)
    lines += _flag(words, "risk.interpol", body.acts_on_interpol_notices)
    lines += _flag(words, "risk.minsk", body.minsk_convention)
    lines += _flag(words, "risk.coe", body.council_of_europe)
    if body.abduction_targets:
        lines.append(words("risk.abduction_targets", markers=_markers(body.abduction_targets, words)))
    return lines, list(body.reasons)


def _custody(body, words: _Words):
    said = words("custody", days=body.days, treaty=body.treaty, article=body.article)
    return [said, words("custody.consequence", text=body.consequence)], []


def _interim(body, words: _Words):
    measure = words("interim.measure", measure=body.measure, body=body.body)
    lines = [measure[:1].upper() + measure[1:], words("interim.how", text=body.how)]
    if body.events:
        events = ", ".join(words.term("event_kind", kind) for kind in body.events)
        lines.append(words("interim.events", events=events))
    return lines, []


_ITEMS_HEADINGS = {RuleType.REMEDY: "remedy.variants", RuleType.RISK: "risk.reasons"}

_BODIES = {
    RuleType.ENTRY: _entry,
    RuleType.STAY: _stay,
    RuleType.BAN: _ban,
    RuleType.REGISTRATION: _registration,
    RuleType.RESIDENCE: _residence,
    RuleType.ASYLUM: _asylum,
    RuleType.FILING: _filing,
    RuleType.REMEDY: _remedy,
    RuleType.RISK: _risk,
    RuleType.CUSTODY_LIMIT: _custody,
    RuleType.INTERIM: _interim,
}

"""Check a parsed profile document and report every problem, each with its file and field.

The checks are tables (field name -> check, required or not) walked by one function, so the messages
stay uniform and a new field never needs new code here.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from casetracker.rules.model import SOURCE_KINDS, Problem
from casetracker.rules.schema import (
    CROSS_CHECKS,
    SEVERAL_AT_ONCE,
    Check,
    RuleType,
    body_fields,
    is_country_code,
    is_date,
    is_flag,
    is_required,
    is_text,
    is_url,
    list_of,
    one_of,
    texts,
)

Table = dict[str, tuple[Check, bool]]  # field -> (check, required)

COUNTRY_TOP: Table = {
    "code": (is_country_code, True),
    "name": (is_text, True),
    "zones": (texts, False),
    "periods": (lambda v: None if isinstance(v, list) else "expected [[periods]] tables", True),
}
ZONE_TOP: Table = {
    **{k: v for k, v in COUNTRY_TOP.items() if k not in ("code", "zones")},
    "zone": (is_text, True),
    "members": (list_of(is_country_code), True),
}
PERIOD: Table = {
    "effective_from": (is_date, True),
    "effective_to": (is_date, False),
    "sources": (lambda v: None if isinstance(v, list) else "expected [[periods.sources]] tables", False),
    "verified": (is_flag, False),
    "start_verified": (is_flag, False),
    "note": (is_text, False),
    "unverified": (texts, False),
    "verified_on": (is_date, False),
}


# State propaganda outlets, and sites that republish them: never a source for a fact a caseworker
# or a lawyer acts on.
PROPAGANDA_DOMAINS = (
    "rt.com", "sputniknews.com", "sputnikglobe.com", "sputnik.kz", "sputnik.by", "sputnik-georgia.com",
    "sputnik-georgia.ru", "sputnik.kg", "sputnik-tj.com", "sputniknews.uz", "sputnik.az", "sputnikarmenia.ru",
    "ria.ru", "tass.ru", "tass.com", "rg.ru", "vesti.ru", "smotrim.ru", "1tv.ru", "ntv.ru", "iz.ru",
    "news-pravda.com", "pravda-en.com", "pravda-de.com", "pravda-fr.com", "pravda-es.com",
    "extremnews.com", "urdupoint.com", "lenta.ru", "vestikavkaza.ru",
)  # fmt: skip


def is_source_url(value: Any) -> str | None:
    reason = is_url(value)
    if reason:
        return reason
    host = urlsplit(value).hostname or ""
    if any(host == domain or host.endswith("." + domain) for domain in PROPAGANDA_DOMAINS):
        return f"{host} is a state propaganda outlet (or republishes one): never a source; cite another"
    return None


SOURCE: Table = {
    "title": (is_text, True),
    "url": (is_source_url, True),
    "kind": (one_of(*SOURCE_KINDS), True),
    "published": (is_date, False),
}


def rule_table(rule_type: RuleType) -> Table:
    table: Table = {name: (f.metadata["check"], is_required(f)) for name, f in body_fields(rule_type).items()}
    table["id"] = (is_text, False)
    return table


def check_table(table: Any, spec: Table, file: str, path: str) -> list[Problem]:
    def at(name: str) -> str:
        return f"{path}.{name}" if path else name

    if not isinstance(table, dict):
        return [Problem(file, path, "expected a table")]
    problems = [Problem(file, at(k), "unknown field") for k in table if k not in spec]
    for name, (check, needed) in spec.items():
        if name not in table:
            if needed:
                problems.append(Problem(file, at(name), "missing required field"))
        elif reason := check(table[name]):
            problems.append(Problem(file, at(name), reason))
    return problems


def validate_document(doc: dict, file: str, known_zones: set[str], stem: str | None = None) -> list[Problem]:
    """Every problem in one parsed file. `known_zones` are the zone names a stay may refer to."""
    is_zone = "zone" in doc
    problems = check_table(doc, ZONE_TOP if is_zone else COUNTRY_TOP, file, "")
    if not is_zone and stem and isinstance(doc.get("code"), str) and doc["code"] != stem.upper():
        problems.append(Problem(file, "code", f"does not match the file name ({stem}.toml)"))
    for i, zone in enumerate(doc.get("zones") or []):
        if isinstance(zone, str) and zone not in known_zones:
            problems.append(Problem(file, f"zones[{i}]", f"unknown zone {zone!r}"))
    periods = doc.get("periods")
    if not isinstance(periods, list):
        return problems
    spans: dict[str, list[tuple[int, date, date | None]]] = defaultdict(list)
    ids: dict[str, int] = {}
    for i, period in enumerate(periods):
        problems += _check_period(period, file, f"periods[{i}]", known_zones, set(doc.get("zones") or []))
        if not isinstance(period, dict):
            continue
        start, end = period.get("effective_from"), period.get("effective_to")
        dated = is_date(start) is None and (end is None or is_date(end) is None)
        for rule_type in RuleType:
            if rule_type in period and dated:
                rule_id = rule_id_for(doc, rule_type, period)
                if rule_id in ids:
                    problems.append(
                        Problem(
                            file,
                            f"periods[{i}].{rule_type}.id",
                            f"rule id {rule_id} is already used by periods[{ids[rule_id]}]",
                        )
                    )
                ids[rule_id] = i
                if rule_type not in SEVERAL_AT_ONCE:
                    spans[rule_type].append((i, start, end))
                elif rule_type is RuleType.REMEDY and _has_decision(period[rule_type]):
                    # One remedy against each kind of decision at a time.
                    spans[f"remedy against {period[rule_type]['decision']}"].append((i, start, end))
    return problems + _overlaps(spans, file)


def rule_id_for(doc: dict, rule_type: RuleType, period: dict) -> str:
    """Stable id cited by deadlines and findings: <owner>.<type>.<effective_from>, unless given; a
    remedy's names its decision too: <owner>.remedy.<decision>.<effective_from>."""
    body = period.get(rule_type)
    given = body.get("id") if isinstance(body, dict) else None
    owner = doc.get("code") or doc.get("zone")
    kind = (
        f"{rule_type}.{body['decision']}"
        if rule_type is RuleType.REMEDY and _has_decision(body)
        else rule_type
    )
    return given or f"{owner}.{kind}.{period['effective_from'].isoformat()}"


def _has_decision(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("decision"), str)


def _check_period(
    period: Any, file: str, path: str, known_zones: set[str], joined: set[str]
) -> list[Problem]:
    spec = {**PERIOD, **{t.value: ((lambda v: None), False) for t in RuleType}}
    problems = check_table(period, spec, file, path)
    if not isinstance(period, dict):
        return problems
    present = [t for t in RuleType if t in period]
    if not present:
        problems.append(Problem(file, path, f"a period needs a rule: one of {', '.join(RuleType)}"))
    start, end = period.get("effective_from"), period.get("effective_to")
    if is_date(start) is None and end is not None and is_date(end) is None and end < start:
        problems.append(Problem(file, f"{path}.effective_to", "the period ends before it starts"))
    sources = period.get("sources") or []
    if isinstance(sources, list):
        for j, source in enumerate(sources):
            problems += check_table(source, SOURCE, file, f"{path}.sources[{j}]")
    if not sources and period.get("verified", True) is not False:
        problems.append(
            Problem(
                file,
                f"{path}.sources",
                "a rule without a source: cite one, or mark it verified = false with a note",
            )
        )
    if period.get("verified", True) is not False and "verified_on" not in period:
        problems.append(
            Problem(file, f"{path}.verified_on", "a verified rule needs the day its source was last read")
        )
    if period.get("verified") is False and not period.get("note"):
        problems.append(
            Problem(file, f"{path}.note", "an unverified rule needs a note saying what is unsure")
        )
    for rule_type in present:
        problems += _check_rule(
            period[rule_type], rule_type, file, f"{path}.{rule_type}", known_zones, joined
        )
    for k, name in enumerate(period.get("unverified") or []):
        if not any(name in body_fields(t) for t in present):
            problems.append(Problem(file, f"{path}.unverified[{k}]", f"{name!r} is not a field of this rule"))
    return problems


def _check_rule(
    body: Any, rule_type: RuleType, file: str, path: str, known_zones: set[str], joined: set[str]
) -> list[Problem]:
    problems = check_table(body, rule_table(rule_type), file, path)
    if not isinstance(body, dict):
        return problems
    for name, check in CROSS_CHECKS.get(rule_type, []):
        if reason := check(body):
            problems.append(Problem(file, f"{path}.{name}", reason))
    zone = body.get("zone") if rule_type is RuleType.STAY else None
    if isinstance(zone, str):
        if zone not in known_zones:
            problems.append(Problem(file, f"{path}.zone", f"unknown zone {zone!r}"))
        elif zone not in joined:
            problems.append(Problem(file, f"{path}.zone", f"the profile does not list {zone!r} in zones"))
    return problems


def _overlaps(spans: dict[str, list[tuple[int, date, date | None]]], file: str) -> list[Problem]:
    problems = []
    for rule_type, items in spans.items():
        items.sort(key=lambda item: item[1])
        # Compare each period with the one reaching furthest so far, so a long period that covers
        # several later ones is caught, not only neighbours.
        reach_index, reach_end = items[0][0], items[0][2]
        for j, start, end in items[1:]:
            if reach_end is None or start <= reach_end:
                problems.append(
                    Problem(
                        file,
                        f"periods[{j}].effective_from",
                        f"this {rule_type} period overlaps periods[{reach_index}]",
                    )
                )
            if reach_end is not None and (end is None or end > reach_end):
                reach_index, reach_end = j, end
    return problems

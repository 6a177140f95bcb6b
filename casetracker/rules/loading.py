"""Read profile files into a ProfileSet. A broken file is reported and left out; the rest still load."""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from casetracker.resources import resource_path
from casetracker.rules.coverage import news_only
from casetracker.rules.model import Problem, Profile, ProfileSet, Rule, Source, Zone
from casetracker.rules.schema import BODIES, RuleType, freeze
from casetracker.rules.validation import rule_id_for, validate_document


def parse_file(path: Path) -> tuple[dict | None, list[Problem]]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle), []
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        line = int(found.group(1)) if found else None
        return None, [Problem(str(path), "", f"TOML syntax error: {error}", line)]
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(str(path), "", f"cannot read the file: {error}")]


def _parse_all(paths: Iterable[Path]) -> tuple[list[tuple[Path, dict]], list[Problem]]:
    parsed, problems = [], []
    for path in paths:
        doc, found = parse_file(path)
        problems += found
        if doc is not None:
            parsed.append((path, doc))
    return parsed, problems


def _zone_names(docs: Iterable[tuple[Path, dict]]) -> set[str]:
    return {doc["zone"] for _, doc in docs if isinstance(doc.get("zone"), str)}


def check_files(paths: Iterable[Path | str]) -> list[Problem]:
    """Every problem in the given files. Zone references resolve against zone files given here or
    lying beside them, so one country file can be checked on its own."""
    paths = [Path(p) for p in paths]
    parsed, problems = _parse_all(paths)
    neighbours = {n for p in paths if p.parent.is_dir() for n in p.parent.glob("*.toml") if n not in paths}
    known = _zone_names(parsed) | _zone_names(_parse_all(sorted(neighbours))[0])
    for path, doc in parsed:
        problems += validate_document(doc, str(path), known, path.stem)
    return problems


def news_only_files(paths: Iterable[Path | str]) -> list[str]:
    """The country files among `paths` (checked, without problems) whose deadlines all rest on
    secondary sources: worth a warning, not a refusal, since nothing official may exist."""
    parsed, _ = _parse_all(Path(p) for p in paths)
    countries = [(path, doc) for path, doc in parsed if "zone" not in doc]
    return [str(path) for path, doc in countries if news_only(_build_rules(doc, doc["code"]))]


def load_profiles(directory: Path | str) -> tuple[ProfileSet, list[Problem]]:
    """Load every *.toml profile in `directory`: the good ones, and the problems of the rest."""
    parsed, problems = _parse_all(sorted(Path(directory).glob("*.toml")))
    known = _zone_names(parsed)
    valid: list[tuple[Path, dict]] = []
    for path, doc in parsed:
        found = validate_document(doc, str(path), known, path.stem)
        problems += found
        if not found:
            valid.append((path, doc))
    zones = {doc["zone"]: _build_zone(path, doc) for path, doc in valid if "zone" in doc}
    profiles = {}
    for path, doc in valid:
        if "zone" in doc:
            continue
        missing = [z for z in doc.get("zones", []) if z not in zones]
        if missing:
            problems.append(Problem(str(path), "zones", f"zone file for {', '.join(missing)} did not load"))
            continue
        profiles[doc["code"]] = _build_profile(path, doc, tuple(zones[z] for z in doc.get("zones", [])))
    return ProfileSet(profiles, zones), problems


def load_shipped() -> tuple[ProfileSet, list[Problem]]:
    """The profiles shipped with the application."""
    return load_profiles(resource_path("rules"))


@functools.cache
def shipped_fingerprint() -> str:
    """A digest of the shipped profile files: it changes whenever a release changes a rule."""
    digest = hashlib.sha256()
    for path in sorted(resource_path("rules").glob("*.toml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _build_rules(doc: dict, owner: str) -> tuple[Rule, ...]:
    rules = []
    for period in doc["periods"]:
        for rule_type in RuleType:
            if rule_type not in period:
                continue
            body = {k: freeze(v) for k, v in period[rule_type].items() if k != "id"}
            rules.append(
                Rule(
                    id=rule_id_for(doc, rule_type, period),
                    type=rule_type,
                    owner=owner,
                    effective_from=period["effective_from"],
                    effective_to=period.get("effective_to"),
                    body=BODIES[rule_type](**body),
                    sources=tuple(Source(**s) for s in period.get("sources", [])),
                    verified=period.get("verified", True),
                    start_verified=period.get("start_verified", True),
                    unverified_fields=frozenset(period.get("unverified", [])),
                    note=period.get("note", ""),
                    verified_on=period.get("verified_on"),
                )
            )
    return tuple(sorted(rules, key=lambda r: (r.type, r.effective_from)))


def _build_zone(path: Path, doc: dict) -> Zone:
    rules = _build_rules(doc, doc["zone"])
    return Zone(doc["zone"], doc["name"], _oldest_check(rules), frozenset(doc["members"]), rules, str(path))


def _build_profile(path: Path, doc: dict, zones: tuple[Zone, ...]) -> Profile:
    rules = _build_rules(doc, doc["code"])
    return Profile(doc["code"], doc["name"], _oldest_check(rules), rules, zones, str(path))


def _oldest_check(rules: tuple[Rule, ...]) -> date | None:
    """The day the least recently checked fact was checked: the age that matters."""
    return min((r.verified_on for r in rules if r.verified and r.verified_on), default=None)

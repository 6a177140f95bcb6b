"""Command-line commands for the country rule profiles and case evaluation.

`rules check [FILE ...]`, `rules show CC [--on DATE] [--local]`, `rules coverage [--on DATE] [--json]`,
`rules override`, `case evaluate NUMBER [--on DATE] [--json]`.
"""

import argparse
import json
from datetime import date
from pathlib import Path

from casetracker.cli import common
from casetracker.errors import NotFound
from casetracker.exchange.problems import check_input_file
from casetracker.resources import resource_path
from casetracker.rules import Evaluation, RuleOverride, check_files, describe_profile
from casetracker.rules.coverage import STALE_AFTER_DAYS, CoverageSummary, coverage
from casetracker.rules.loading import news_only_files
from casetracker.services import cases, evaluation, rule_overrides


def register(commands) -> None:
    rules = common.group(commands, "rules", "country rule profiles")
    check = common.command(rules, "check", "check profile files for mistakes", cmd_rules_check)
    check.add_argument("files", nargs="*", type=Path, help="profile files (default: the shipped ones)")
    show = common.command(rules, "show", "show a country's rules", cmd_rules_show)
    show.add_argument("country", metavar="CC")
    show.add_argument("--on", type=common.exact_date, help="only the rules in force on this day")
    show.add_argument("--local", action="store_true", help="include this store's local overrides")
    covered = common.command(
        rules, "coverage", "which decisions have a remedy encoded, and on what sources", cmd_rules_coverage
    )
    covered.add_argument(
        "--on", type=common.exact_date, help="the rules in force on this day (default: today)"
    )
    common.json_flag(covered)
    override = common.command(rules, "override", "correct one field of a rule locally", cmd_rules_override)
    override.add_argument("country", metavar="CC", help="country code, or a zone such as schengen")
    override.add_argument("rule_id")
    override.add_argument("field")
    override.add_argument("value", help='the new value, as JSON (e.g. 14, "text", "2024-05-01")')
    override.add_argument("--reason", required=True)


def register_case_commands(case_commands) -> None:
    evaluate = common.command(
        case_commands, "evaluate", "apply the country's rules to a case", cmd_case_evaluate
    )
    evaluate.add_argument("number")
    evaluate.add_argument("--on", type=common.exact_date, help="evaluate as of this day (default: today)")
    common.json_flag(evaluate)


MAX_PROFILE_BYTES = 1024 * 1024  # a country's profile is a few kilobytes


def cmd_rules_check(arguments: argparse.Namespace) -> int:
    files = arguments.files or sorted(resource_path("rules").glob("*.toml"))
    for path in files:
        check_input_file(path, MAX_PROFILE_BYTES, "a rule profile")
    problems = check_files(files)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len({p.file for p in problems})} of {len(files)} file(s).")
        return 1
    weak = news_only_files(files)
    for file in weak:
        print(f"{file}: warning: every deadline rests on secondary sources (news, NGOs): find the law")
    print(f"{len(files)} file(s) checked: no problems" + (f", {len(weak)} warning(s)." if weak else "."))
    return 0


def cmd_rules_coverage(arguments: argparse.Namespace) -> int:
    on = arguments.on or date.today()
    profiles, _ = evaluation.shipped_profiles()
    summary = coverage(profiles, on)
    common.emit(arguments, coverage_record(summary), coverage_text(summary, profiles))
    return 0


def coverage_record(summary: CoverageSummary) -> dict:
    return {
        "on": summary.on.isoformat(),
        "remedies": [
            {
                "country": row.country,
                "decision": row.decision,
                "status": row.status,
                "rule": row.rule_id,
                "verified_on": row.verified_on.isoformat() if row.verified_on else None,
                "source_kind": row.source_kind,
                "note": row.note or None,
            }
            for row in summary.rows
        ],
        "deadline_facts": summary.deadline_facts,
        "primary_deadline_facts": summary.primary_deadline_facts,
        "stale_facts": list(summary.stale),
    }


def coverage_text(summary: CoverageSummary, profiles) -> str:
    lines = [f"Remedies in the profiles in force on {summary.on.isoformat()}:"]
    width = max(len(row.decision) for row in summary.rows)
    for profile in profiles:
        lines.append(f"\n{profile.code}  {profile.name}")
        for row in (r for r in summary.rows if r.country == profile.code):
            checked = f"checked {row.verified_on.isoformat()}" if row.verified_on else ""
            detail = "  ".join(part for part in (checked, row.source_kind or "", row.note) if part)
            lines.append(f"  {row.decision:<{width}}  {row.status:<12}  {detail}".rstrip())
    counts = ", ".join(
        f"{summary.count(status)} {status.replace('_', ' ')}"
        for status in ("encoded", "unverified", "unknown", "not_applicable", "missing")
    )
    lines += [
        "",
        f"{len(summary.rows)} decision kinds in {len(profiles)} profiles: {counts}.",
        f"Deadline facts on a primary source (law, government, court, UNHCR/AIDA): "
        f"{summary.primary_deadline_facts} of {summary.deadline_facts} ({summary.primary_share:.0%}).",
        f"Facts not checked for over {STALE_AFTER_DAYS} days: {len(summary.stale)}"
        + (f" ({', '.join(summary.stale)})." if summary.stale else "."),
    ]
    return "\n".join(lines)


def cmd_rules_show(arguments: argparse.Namespace) -> int:
    if arguments.local:
        profiles = common.read(arguments, evaluation.profiles_in_use)
    else:
        profiles, _ = evaluation.shipped_profiles()
    profile = profiles.get(arguments.country)
    if profile is None:
        known = ", ".join(p.code for p in profiles)
        raise NotFound("rule profile", f"{arguments.country.upper()}' (profiles exist for {known})")
    print(describe_profile(profile, arguments.on), end="")
    return 0


def cmd_rules_override(arguments: argparse.Namespace) -> int:
    try:
        value = json.loads(arguments.value)
    except json.JSONDecodeError:
        value = arguments.value  # plain text needs no quotes on the command line
    override = RuleOverride(arguments.country, arguments.rule_id, arguments.field, value, arguments.reason)
    common.write(arguments, lambda session, actor: rule_overrides.add_override(session, actor, override))
    print(f"Local override stored: {arguments.rule_id}.{arguments.field} = {value!r}")
    return 0


def cmd_case_evaluate(arguments: argparse.Namespace) -> int:
    def work(session):
        return evaluation.evaluate_case(session, cases.find_case(session, arguments.number), arguments.on)

    result = common.read(arguments, work)
    record = evaluation_record(result)
    common.emit(arguments, record, _evaluation_text(record))
    return 0


def evaluation_record(result: Evaluation) -> dict:
    stay = result.stay
    return {
        "stay": None
        if stay is None
        else {
            "days_used": stay.days_used,
            "days_left": stay.days_left,
            "limit_days": stay.limit_days,
            "window_days": stay.window_days,
            "last_legal_day": stay.last_legal_day.isoformat() if stay.last_legal_day else None,
            "over_since": stay.over_since.isoformat() if stay.over_since else None,
            "present": stay.present,
            "rule": stay.rule,
        },
        "deadlines": [
            {
                "kind": d.kind,
                "due": d.due.isoformat(),
                "act_by": d.act_by.isoformat() if d.act_by else None,
                "rule": d.rule,
                "source": d.source.cite() if d.source else None,
                "text": d.text,
            }
            for d in result.deadlines
        ],
        "findings": [
            {"kind": f.kind, "severity": f.severity, "text": f.text, "rule": f.rule} for f in result.findings
        ],
    }


def _evaluation_text(record: dict) -> str:
    lines = []
    stay = record["stay"]
    if stay:
        window = f" in any {stay['window_days']}" if stay["window_days"] else " per entry"
        if stay["over_since"]:
            state = f"over the limit since {stay['over_since']} (last legal day {stay['last_legal_day']})"
        else:
            state = f"{stay['days_left']} day(s) left after today; last legal day {stay['last_legal_day']}"
        lines.append(f"Stay: {stay['days_used']} of {stay['limit_days']} days{window} used; {state}")
    lines += [f"Deadline {d['due']}: {d['kind']} ({d['rule']})" for d in record["deadlines"]]
    lines += [f"[{f['severity']}] {f['text']}" for f in record["findings"]]
    return "\n".join(lines) or "Nothing to report."

"""An organisation's local corrections of the shipped rules: stored, audited, and applied at once."""

from sqlmodel import Session

from casetracker.errors import InvalidInput
from casetracker.rules import RuleOverride, check_override
from casetracker.services import audit
from casetracker.services.bulk_evaluation import refresh_all_deadlines
from casetracker.services.evaluation import shipped_profiles
from casetracker.store.models import RuleOverrideRow


def add_override(session: Session, actor: str, override: RuleOverride) -> RuleOverrideRow:
    """Store a local correction after checking it against the shipped profile, then recompute
    the deadlines of the cases it concerns (one country, or every case for a shared zone)."""
    shipped, _ = shipped_profiles()
    problems = check_override(shipped, override)
    if problems:
        raise InvalidInput(problems[0].field or "override", problems[0].reason)
    row = RuleOverrideRow(
        country=override.country,
        rule_id=override.rule_id,
        field=override.field,
        value=override.value,
        reason=override.reason.strip(),
        author=actor,
    )
    session.add(row)
    audit.record(session, actor, "create", row, None, audit.snapshot(row))
    session.flush()
    country = override.country.upper() if override.country.upper() in shipped else None
    refresh_all_deadlines(session, actor, country=country)
    return row

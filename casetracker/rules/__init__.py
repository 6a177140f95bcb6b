"""Country rule profiles and the rule engine: pure Python, no Qt, no database.

Profiles are data (resources/rules/*.toml, schema in resources/rules/README.md); this package loads
and checks them, and evaluates a case's plain facts against them.
"""

from casetracker.rules.describe import describe_profile
from casetracker.rules.evaluate import evaluate
from casetracker.rules.facts import (
    CaseFacts,
    ComputedDeadline,
    DocumentFact,
    Evaluation,
    EventFact,
    Finding,
    StayAllowance,
)
from casetracker.rules.loading import check_files, load_profiles, load_shipped
from casetracker.rules.model import LocalOverride, Problem, Profile, ProfileSet, Rule, Source, Zone
from casetracker.rules.overrides import RuleOverride, apply_overrides, check_override
from casetracker.rules.schema import RuleType

__all__ = [
    "CaseFacts",
    "ComputedDeadline",
    "DocumentFact",
    "Evaluation",
    "EventFact",
    "Finding",
    "LocalOverride",
    "Problem",
    "Profile",
    "ProfileSet",
    "Rule",
    "RuleOverride",
    "RuleType",
    "Source",
    "StayAllowance",
    "Zone",
    "apply_overrides",
    "check_files",
    "check_override",
    "describe_profile",
    "evaluate",
    "load_profiles",
    "load_shipped",
]

"""After a release changes the rules, every case's computed deadlines are brought up to date once.

Deadlines worked out by the rules are stored (the dashboard, the calendar and the PDF read them),
and follow each case as it changes. When a new release brings corrected profiles, a case nobody
touches would keep a deadline computed under the old ones: a lawyer could act on a period the
profiles no longer give. The store remembers the fingerprint of the rules its deadlines were
computed with; opened with other rules, each case is recomputed, in small transactions so that a
caseworker's edits meanwhile only wait a moment.
"""

from dataclasses import dataclass
from itertools import batched

from sqlmodel import Session, col, select

from casetracker.rules.loading import shipped_fingerprint
from casetracker.services import store_settings
from casetracker.services.evaluation import refresh_deadlines
from casetracker.store.database import Store
from casetracker.store.models import Case

RULES_SEEN = "rules_seen"  # the fingerprint of the rules the stored deadlines were computed with
BATCH = 200  # cases per transaction


@dataclass(frozen=True)
class RulesUpdate:
    recomputed: int = 0  # live cases whose deadlines were worked out again
    changed: int = 0  # of which some deadline was added, moved or withdrawn


def mark_rules_current(session: Session) -> None:
    """Record that the stored deadlines follow the shipped rules (a store just filled with them)."""
    store_settings.set_setting(session, RULES_SEEN, shipped_fingerprint())


def update_deadlines_to_current_rules(store: Store) -> RulesUpdate:
    """Recompute the deadlines of every live case if the rules changed since they were computed."""
    fingerprint = shipped_fingerprint()
    with store.reading() as session:
        if store_settings.get_setting(session, RULES_SEEN) == fingerprint:
            return RulesUpdate()
        ids = list(session.exec(select(Case.id).where(col(Case.deleted_at).is_(None))))
    changed = 0
    for chunk in batched(ids, BATCH):
        with store.transaction() as session:
            actor = store_settings.current_actor(session)
            for case in session.exec(select(Case).where(col(Case.id).in_(chunk))):
                found = refresh_deadlines(session, actor, case)
                changed += bool(found.added or found.moved or found.withdrawn)
    with store.transaction() as session:
        mark_rules_current(session)
    return RulesUpdate(len(ids), changed)

from datetime import date, timedelta

from sqlmodel import select

from casetracker.services import cases
from casetracker.services.demo import fill_demo_store
from casetracker.services.evaluation import evaluate_case
from casetracker.store.models import Deadline, Event
from casetracker.vocabulary import CaseKind, DeadlineStatus


def test_the_demo_store_covers_every_case_kind_in_at_least_eight_countries(store):
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    with store.session() as session:
        found = cases.list_cases(session)
        events = session.exec(select(Event)).all()
    assert len(numbers) >= 20 and len(set(numbers)) == len(numbers)
    assert {case.kind for case in found} == set(CaseKind)
    assert len({case.country for case in found}) >= 8
    assert len(events) >= 40


TODAY = date(2026, 12, 5)
# What makes a case critical: a threat to liberty or safety now, or days that have run out.
CRITICAL_KINDS = {"detained_at_risk", "missing", "remedy_due", "custody_limit", "overstay", "stay"}


def test_the_demo_has_deadlines_overdue_this_week_and_next_month_counted_from_today(store):
    with store.transaction() as session:
        fill_demo_store(session, TODAY)
    with store.session() as session:
        due = [
            d.due
            for d in session.exec(select(Deadline).where(Deadline.status == DeadlineStatus.OPEN)).all()
            if d.deleted_at is None
        ]
    assert any(day < TODAY for day in due)
    assert any(TODAY <= day <= TODAY + timedelta(days=7) for day in due)
    assert any(TODAY + timedelta(days=7) < day <= TODAY + timedelta(days=31) for day in due)
    assert all(day >= TODAY - timedelta(days=60) for day in due)  # nothing left open from past years


def test_only_a_few_demo_cases_are_critical_and_each_for_a_stated_reason(store):
    with store.transaction() as session:
        fill_demo_store(session, TODAY)
    with store.session() as session:
        critical = [case for case in cases.list_cases(session) if case.alert == "critical"]
        reasons = {
            case.number: {
                f.kind for f in evaluate_case(session, case, TODAY).findings if f.severity == "critical"
            }
            for case in critical
        }
    assert 3 <= len(critical) <= 5, reasons
    assert all(kinds & CRITICAL_KINDS for kinds in reasons.values()), reasons  # a risk alone is not enough
    found = set().union(*reasons.values())
    assert {"detained_at_risk", "missing", "remedy_due", "overstay"} <= found


def test_the_demo_is_the_same_for_the_same_day(store, tmp_path):
    from casetracker.store.database import create_store
    from tests.conftest import PASSPHRASE

    other = create_store(tmp_path / "other", PASSPHRASE)
    try:
        shown = []
        for each in (store, other):
            with each.transaction() as session:
                fill_demo_store(session, TODAY)
            with each.session() as session:
                rows = session.exec(select(Deadline.due, Deadline.kind)).all()
                shown.append(sorted((due, kind) for due, kind in rows))
        assert shown[0] == shown[1]
    finally:
        other.close()

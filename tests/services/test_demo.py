from sqlmodel import select

from casetracker.services import cases
from casetracker.services.demo import fill_demo_store
from casetracker.store.models import Event
from casetracker.vocabulary import CaseKind


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

"""The dashboard's rows: who, which case, why, and when; what has passed or threatens someone first."""

from datetime import date, timedelta

from casetracker.rules.messages import wording
from casetracker.services import cases, people, queries
from casetracker.services.demo import fill_demo_store

TODAY = date(2026, 12, 5)


def test_every_dashboard_row_says_whose_case_why_and_when_and_the_panels_are_counted(store):
    with store.transaction() as session:
        fill_demo_store(session, TODAY)
    with store.session() as session:
        board = queries.dashboard(session, TODAY)
    assert board.counts == {
        "overdue": len(board.overdue),
        "upcoming": len(board.upcoming),
        "critical": len(board.critical),
        "recent": len(board.recent),
    }
    assert board.overdue and board.upcoming and board.critical and board.recent
    for row in board.overdue + board.upcoming + board.critical:
        assert row.number and row.name and row.reason and row.tab == queries.RULES_TAB
    assert all(row.tab == queries.TIMELINE_TAB for row in board.recent)
    assert all(row.day < TODAY and row.critical for row in board.overdue)
    assert all(TODAY <= row.day <= TODAY + timedelta(days=31) for row in board.upcoming)
    # Each reason is the rule engine's own sentence for that row.
    appeal = next(row for row in board.upcoming if row.kind == "remedy" and row.critical)
    assert appeal.reason.startswith("2 days left to challenge the refusal of the asylum claim")
    missing = next(row for row in board.critical if row.name == "Егор Витальевич Ставрогин-Малых")
    assert missing.reason.startswith("Missing since") and missing.day == TODAY - timedelta(days=12)


def test_what_is_critical_comes_first_and_reads_in_the_language_asked(store):
    with store.transaction() as session:
        fill_demo_store(session, TODAY)
    with store.session() as session:
        board = queries.dashboard(session, TODAY, wording("ru"))
    marks = [row.critical for row in board.upcoming]
    assert marks == sorted(marks, reverse=True) and marks[0]
    days = [row.day for row in board.overdue]
    assert days == sorted(days)
    assert board.upcoming[0].reason.startswith("До конца срока обжалования")


def test_a_closed_case_leaves_the_dashboard_but_stays_among_the_recent_changes(store):
    with store.transaction() as session:
        person = people.add_person(session, "me", people.PersonDraft(name="Вера Тестова")).person
        case = cases.add_case(session, "me", person.id, "asylum", "DE", opened_on=TODAY)
        cases.add_deadline(session, "me", case.number, TODAY - timedelta(days=1), "other", description="Call")
    with store.session() as session:
        board = queries.dashboard(session, TODAY)
    assert [(row.number, row.reason, row.name) for row in board.overdue] == [
        (case.number, "Call", "Вера Тестова")
    ]
    with store.transaction() as session:
        cases.update_case(session, "me", case.number, status="closed")
    with store.session() as session:
        board = queries.dashboard(session, TODAY)
    assert board.overdue == [] and board.counts["overdue"] == 0
    assert [row.number for row in board.recent] == [case.number] and board.cases == 1


def test_an_empty_store_has_an_empty_dashboard(store):
    with store.session() as session:
        board = queries.dashboard(session, TODAY)
    assert board.cases == 0 and not (board.overdue or board.upcoming or board.critical or board.recent)
    assert set(board.counts.values()) == {0}


def test_the_lists_know_each_persons_risk_markers_and_critical_cases_one_query_a_page(store):
    from sqlalchemy import event

    with store.transaction() as session:
        wanted = people.add_person(session, "t", people.PersonDraft(name="Лев Сугробов")).person.id
        calm = people.add_person(session, "t", people.PersonDraft(name="Анна Волкова")).person.id
        for marker in ("interpol_notice", "criminal_case"):
            people.set_marker(session, "t", wanted, people.MarkerDraft(marker=marker))
        for person_id in (wanted, wanted, calm):
            cases.add_case(session, "t", person_id, "asylum", "GE", opened_on=TODAY)
        cases.list_cases(session)[0].alert = "critical"  # one of Лев's two cases
    statements = []

    def count(*_args) -> None:
        statements.append(1)

    with store.session() as session:
        ids = queries.case_ids(session, queries.CaseFilter(), "number", False)
        event.listen(store.engine, "before_cursor_execute", count)
        try:
            rows = queries.case_rows(session, ids)
            page_statements = len(statements)
            flags = queries.person_flags(session, [wanted, calm])
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
    assert page_statements == 1 and len(statements) == 2  # a page of cases; the whole people list
    markers = {row.name: row.markers for row in rows}
    assert markers == {"Лев Сугробов": ("criminal_case", "interpol_notice"), "Анна Волкова": ()}
    assert flags == {wanted: queries.PersonFlags(("criminal_case", "interpol_notice"), critical=True)}

"""Computed deadlines follow the timeline and local corrections; manual deadlines are never touched."""

import json
from datetime import date

import pytest
from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.errors import InvalidInput
from casetracker.rules import RuleOverride
from casetracker.services import audit, bulk_evaluation, cases, evaluation, people, rule_overrides, trash
from casetracker.store.models import Deadline

APPEAL_RULE = "DE.remedy.decision_negative.2022-02-24"


@pytest.fixture
def asylum_case(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Мирослава Тучкова")).person
        case = cases.add_case(session, "t", person.id, "asylum", "DE", opened_on=date(2023, 3, 1))
        cases.add_event(
            session, "t", case.number, "decision_negative", PartialDate(date(2023, 11, 8)), procedure="normal"
        )
        notified = cases.add_event(session, "t", case.number, "notified", PartialDate(date(2023, 11, 14)))
        cases.add_deadline(session, "t", case.number, date(2023, 12, 1), "hearing", description="by hand")
    return case.number, notified.id


def stored_deadlines(store, number):
    with store.session() as session:
        case = cases.find_case(session, number)
        rows = session.exec(select(Deadline).where(Deadline.case_id == case.id)).all()
    return {(d.kind, d.origin, d.due, d.deleted_at is None) for d in rows if d.deleted_at is None}


def test_a_negative_decision_stores_appeal_deadlines_from_the_notification(store, asylum_case):
    number, _ = asylum_case
    # The general procedure, as recorded: 2 weeks from the notification of 14 November.
    assert stored_deadlines(store, number) == {
        ("remedy", APPEAL_RULE, date(2023, 11, 28), True),
        ("hearing", "manual", date(2023, 12, 1), True),
    }


def test_moving_the_notification_moves_the_computed_deadline_and_is_audited(store, asylum_case):
    number, notified_id = asylum_case
    with store.transaction() as session:
        cases.update_event(session, "Олег", notified_id, when=PartialDate(date(2023, 11, 20)))
    deadlines = stored_deadlines(store, number)
    assert ("remedy", APPEAL_RULE, date(2023, 12, 4), True) in deadlines
    assert ("hearing", "manual", date(2023, 12, 1), True) in deadlines
    with store.session() as session:
        case = cases.find_case(session, number)
        appeal = session.exec(
            select(Deadline).where(
                Deadline.case_id == case.id, Deadline.kind == "remedy", Deadline.deleted_at.is_(None)
            )
        ).one()
        changes = audit.history(session, appeal.id)
    # The deadline belongs to the decision: made from it, moved when its notification was recorded,
    # and moved again by Олег's correction of that notification.
    assert [(c.actor, c.action) for c in changes] == [("t", "create"), ("t", "update"), ("Олег", "update")]


def test_deleting_the_decision_events_withdraws_computed_deadlines_but_keeps_manual_ones(store, asylum_case):
    number, _ = asylum_case
    with store.transaction() as session:
        for event in cases.case_detail(session, number).events:
            trash.move_to_trash(session, "t", "event", event.id)
    live = {(kind, origin) for kind, origin, _, _ in stored_deadlines(store, number)}
    assert live == {("hearing", "manual")}


def test_a_local_override_changes_the_computed_deadline_and_shows_its_reason(store, asylum_case):
    number, _ = asylum_case
    override = RuleOverride("DE", APPEAL_RULE, "days", 21, "Court practice in our region: 21 days")
    with store.transaction() as session:
        rule_overrides.add_override(session, "Ирина", override)  # recomputes the country's cases
    assert ("remedy", APPEAL_RULE, date(2023, 12, 5), True) in stored_deadlines(store, number)
    with store.session() as session:
        rule = next(r for r in evaluation.profiles_in_use(session).get("DE").rules if r.id == APPEAL_RULE)
    assert "Court practice in our region" in rule.caveats()


def test_an_override_of_an_unknown_rule_is_refused(store):
    with pytest.raises(InvalidInput, match="no such rule"), store.transaction() as session:
        rule_overrides.add_override(
            session, "t", RuleOverride("DE", "DE.remedy.decision_negative.1999-01-01", "days", 5, "x")
        )


def test_case_evaluate_prints_the_documented_json(cli):
    cli("init")
    person = json.loads(
        cli("person", "add", "--name", "Тест Тестов", "--marker", "wanted_interstate", "--json").stdout
    )
    cli(
        "case",
        "add",
        "--person",
        person["id"],
        "--kind",
        "detention_extradition",
        "--country",
        "KZ",
        "--opened",
        "2024-01-10",
    )
    cli("event", "add", "--case", "KZ-2024-0001", "--kind", "entry", "--date", "2024-01-01")
    result = json.loads(cli("case", "evaluate", "KZ-2024-0001", "--on", "2024-02-01", "--json").stdout)
    assert set(result["stay"]) >= {"days_used", "days_left", "limit_days", "window_days", "last_legal_day"}
    assert result["stay"]["days_used"] == 32
    assert result["stay"]["limit_days"] == 90 and result["stay"]["window_days"] == 180
    assert result["stay"]["last_legal_day"] == "2024-03-30"
    risk = [f for f in result["findings"] if f["kind"].startswith("extradition")]
    assert risk and risk[0]["severity"] == "critical"
    for finding in result["findings"]:
        assert set(finding) >= {"kind", "severity", "text", "rule"}
        assert finding["severity"] in {"info", "warning", "critical"}


def test_rules_check_names_file_field_and_reason_and_fails(cli, tmp_path):
    broken = tmp_path / "XX.toml"
    broken.write_text('code = "XX"\nname = "Nowhere"\nlast_verified = "last spring"\ncolour = "blue"\n')
    result = cli("rules", "check", str(broken), check=False, passphrase=None)
    assert result.returncode == 1
    assert str(broken) in result.stdout
    assert "colour" in result.stdout and "last_verified" in result.stdout
    assert "Traceback" not in result.stderr
    shipped = cli("rules", "check", passphrase=None)
    assert "no problems" in shipped.stdout


def test_rules_show_prints_the_profile_on_a_day(cli):
    shown = cli("rules", "show", "ee", "--on", "2023-01-01", passphrase=None).stdout
    assert shown.startswith("Estonia (EE)")
    assert "90 days in any 180" in shown
    missing = cli("rules", "show", "ZZ", passphrase=None, check=False)
    assert missing.returncode == 1 and "EE" in missing.stderr


# Up to PAGE persons are read by their ids, more in one pass over each table: 1 forces the pass.
BOTH_WAYS_OF_READING = pytest.mark.parametrize("page", [bulk_evaluation.PAGE, 1], ids=["by-id", "one-pass"])


@BOTH_WAYS_OF_READING
def test_evaluating_the_whole_store_at_once_agrees_with_one_case_at_a_time(store, monkeypatch, page):
    from casetracker.services.bulk_evaluation import evaluate_all
    from casetracker.services.demo import fill_demo_store

    monkeypatch.setattr(bulk_evaluation, "PAGE", page)
    with store.transaction() as session:
        fill_demo_store(session)
    on = date(2024, 6, 1)
    with store.session() as session:
        together = {row.number: result for row, result in evaluate_all(session, on)}
        assert len(together) == cases.count_cases(session)
        for number, result in together.items():
            assert evaluation.evaluate_case(session, cases.find_case(session, number), on) == result
        georgian = {row.number for row, _ in evaluate_all(session, on, country="GE")}
    assert georgian == {number for number in together if number.startswith("GE-")}


def add_travel(session, person_id, country: str, *days: tuple[str, date]) -> str:
    case = cases.add_case(session, "t", person_id, "entry_denial", country, opened_on=date(2024, 1, 1))
    for kind, day in days:
        cases.add_event(session, "t", case.number, kind, PartialDate(day))
    return case.number


@pytest.fixture
def two_schengen_cases(store):
    """One person's stays in Estonia and Germany, which add up, and a stay in Finland whose case is in
    the trash; and a second person, so that there is more than one person to read."""
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Вера Озёрная")).person.id
        estonia = add_travel(session, person, "EE", ("entry", date(2024, 1, 1)), ("exit", date(2024, 1, 10)))
        germany = add_travel(session, person, "DE", ("entry", date(2024, 3, 1)))
        finland = add_travel(session, person, "FI", ("entry", date(2024, 2, 1)), ("exit", date(2024, 2, 20)))
        trash.move_to_trash(session, "t", "case", cases.find_case(session, finland).id)
        other = people.add_person(session, "t", people.PersonDraft(name="Лев Полынов")).person.id
        add_travel(session, other, "DE", ("entry", date(2024, 3, 5)))
    return estonia, germany, finland


@BOTH_WAYS_OF_READING
def test_stays_in_one_zone_add_up_across_a_persons_cases_and_trashed_cases_do_not_count(
    store, two_schengen_cases, monkeypatch, page
):
    monkeypatch.setattr(bulk_evaluation, "PAGE", page)
    estonia, germany, finland = two_schengen_cases
    on = date(2024, 3, 10)
    with store.session() as session:
        together = {row.number: result for row, result in bulk_evaluation.evaluate_all(session, on)}
        one_by_one = {n: evaluation.evaluate_case(session, cases.find_case(session, n), on) for n in together}
    assert finland not in together
    assert together == one_by_one
    # 10 days in Estonia in January and 10 in Germany so far in March; the 20 in Finland are in the trash.
    assert together[estonia].stay.days_used == together[germany].stay.days_used == 20


@BOTH_WAYS_OF_READING
def test_evaluating_the_whole_store_sees_events_added_in_the_same_unit_of_work(
    store, two_schengen_cases, monkeypatch, page
):
    monkeypatch.setattr(bulk_evaluation, "PAGE", page)
    estonia, germany, _ = two_schengen_cases
    with store.transaction() as session:
        cases.add_event(session, "t", germany, "exit", PartialDate(date(2024, 3, 4)))
        together = {
            row.number: result for row, result in bulk_evaluation.evaluate_all(session, date(2024, 3, 10))
        }
    assert together[estonia].stay.days_used == 14
    assert not together[germany].stay.present


def test_reading_the_whole_store_leaves_the_cycle_collector_as_it_found_it(store, two_schengen_cases):
    import gc

    from casetracker.services.case_facts import facts_for_every_case

    with store.session() as session:
        at_start = gc.get_freeze_count()  # Python 3.12 sets a few hundred objects of its own aside
        reading = facts_for_every_case(session)
        next(reading)
        assert gc.get_freeze_count() > at_start  # what was read is kept out of the collector's passes
        assert len(list(reading)) == 2
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0  # and given back to it
        left_halfway = facts_for_every_case(session)
        next(left_halfway)
        left_halfway.close()
        assert gc.get_freeze_count() == 0
        gc.disable()
        try:
            assert len(list(facts_for_every_case(session, country="EE"))) == 2
            assert not gc.isenabled()
        finally:
            gc.enable()


def test_reading_the_whole_store_leaves_objects_someone_else_set_aside_as_they_are(store, two_schengen_cases):
    import gc

    from casetracker.services.case_facts import facts_for_every_case

    gc.freeze()
    try:
        theirs = gc.get_freeze_count()
        with store.session() as session:
            assert len(list(facts_for_every_case(session))) == 3
        assert gc.get_freeze_count() == theirs
    finally:
        gc.unfreeze()


def test_a_new_risk_marker_raises_the_alert_of_the_persons_cases(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Агата Ветрова")).person
        opened = date(2024, 1, 10)
        case = cases.add_case(session, "t", person.id, "other", "KZ", opened_on=opened)
    with store.session() as session:
        assert cases.find_case(session, case.number).alert != "critical"
    with store.transaction() as session:
        people.set_marker(session, "t", person.id, people.MarkerDraft("wanted_interstate"))
    with store.session() as session:
        assert cases.find_case(session, case.number).alert == "critical"


def test_an_entry_refusal_with_no_known_period_says_what_to_look_for_in_the_decision(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Нина Окская")).person
        case = cases.add_case(session, "t", person.id, "entry_denial", "EE", opened_on=date(2024, 3, 2))
        cases.add_event(session, "t", case.number, "entry_denied", PartialDate(date(2024, 3, 2)))
        cases.add_event(session, "t", case.number, "notified", PartialDate(date(2024, 3, 3)))
        result = evaluation.evaluate_case(session, case, date(2024, 3, 5))
    # Estonia's profile explains why no period is given: the caseworker is told what to look for in
    # the decision, never left with silence.
    assert not [d for d in result.deadlines if d.kind == "remedy"]
    [unknown] = [f for f in result.findings if f.kind == "remedy_unknown"]
    assert unknown.severity == "warning" and unknown.rule.startswith("EE.remedy.entry_denied.")
    assert "The period to challenge the refusal of entry in Estonia" in unknown.text

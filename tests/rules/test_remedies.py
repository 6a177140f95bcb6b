"""The remedy against each decision: periods by procedure, when the procedure is unknown, from what
they run, weekends and holidays, the extradition custody limit, urgent protection, alarms.

The engine is tested on a made-up profile (Testland, code AQ), so that these tests say what the
engine does whatever the real profiles hold; the real profiles have tests of their own, each
citing its source (test_rules_profiles.py and the per-country tables).
"""

from datetime import date

import pytest

from casetracker.rules import RuleOverride, apply_overrides, check_override, evaluate, load_profiles
from casetracker.vocabulary import CaseKind, DatePrecision, EventKind, Procedure
from tests.rules.rules_helpers import case, entry, ev

K = EventKind
SOURCE = '[[periods.sources]]\ntitle = "Testland Aliens Act"\nurl = "https://example.org/act"\nkind = "law"\n'
TESTLAND = f"""
code = "AQ"
name = "Testland"

[[periods]]
effective_from = 2020-01-01
verified_on = 2026-12-01
[periods.remedy]
decision = "decision_negative"
remedy = "appeal"
body = "the Aliens Court"
days = 28
general = "extended"
counted_from = "notification"
calendar_days = true
moves_off_holidays = true
holiday_article = "General Time Limits Act s. 1"
suspensive = "yes"
article = "Aliens Act s. 69(2)"
next_instance = "the Council of State"
[[periods.remedy.variants]]
procedure = "normal"
days = 7
article = "Aliens Act s. 69(1)"
[[periods.remedy.variants]]
procedure = "manifestly_unfounded"
days = 7
verified = false
[[periods.remedy.variants]]
procedure = "border"
hours = 48
when = "the claim was decided at the border"
suspensive = "no"
{SOURCE}
[[periods]]
effective_from = 2020-01-01
verified_on = 2026-12-01
[periods.remedy]
decision = "entry_denied"
remedy = "objection"
body = "the Border Guard"
days = 10
counted_from = "decision"
calendar_days = false
moves_off_holidays = false
holiday_article = "Administrative Procedure Act s. 33"
earlier_step = "Ask for the written reasons"
earlier_step_days = 2
{SOURCE}
[[periods]]
effective_from = 2020-01-01
verified = false
note = "No source states the period; searched the ministry's pages."
[periods.remedy]
decision = "visa_cancelled"
remedy = "objection"
unknown = "no official page states it"
look_for = "the remedies clause at the end of the decision"

[[periods]]
effective_from = 2020-01-01
verified_on = 2026-12-01
unverified = ["suspensive"]
[periods.remedy]
decision = "permit_annulled"
remedy = "appeal"
body = "the Aliens Court"
days = 30
suspensive = "yes"
{SOURCE}
[[periods]]
effective_from = 2020-01-01
verified = false
note = "Only a news report gives the period."
[periods.remedy]
decision = "expulsion_order"
remedy = "appeal"
body = "the Aliens Court"
days = 5
{SOURCE}
[[periods]]
effective_from = 2023-06-28
verified_on = 2026-12-01
[periods.custody_limit]
days = 40
treaty = "Chisinau Convention"
article = "art. 95"
consequence = "the person must be released"
{SOURCE}
[[periods]]
effective_from = 2020-01-01
verified_on = 2026-12-01
[periods.interim]
body = "the European Court of Human Rights"
measure = "an interim measure under Rule 39"
how = "By fax before the removal, with the decision attached."
events = ["detention", "expulsion_order", "extradition_request"]
{SOURCE}
[[periods]]
effective_from = 2024-09-05
verified_on = 2026-12-01
[periods.stay]
limit_days = 90
window_days = 180
{SOURCE}
[[periods]]
effective_from = 2020-01-01
verified_on = 2026-12-01
[periods.risk]
extradition = "high"
{SOURCE}"""


OTHERLAND = f"""
code = "BV"
name = "Otherland"

[[periods]]
effective_from = 2020-01-01
verified_on = 2026-12-01
[periods.remedy]
decision = "entry_denied"
remedy = "appeal"
body = "the Otherland court"
days = 30
{SOURCE}
[[periods]]
effective_from = 2020-01-01
verified_on = 2026-12-01
[periods.remedy]
decision = "extradition_request"
remedy = "appeal"
body = "the High Court"
days = 14
first_day_counts = true
counted_from = "notification"
{SOURCE}"""


@pytest.fixture(scope="module")
def profiles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rules")
    (folder / "AQ.toml").write_text(TESTLAND, encoding="utf-8")
    (folder / "BV.toml").write_text(OTHERLAND, encoding="utf-8")
    loaded, problems = load_profiles(folder)
    assert problems == []
    return loaded


def remedy(result):
    (found,) = [d for d in result.deadlines if d.kind == "remedy"]
    return found


def kinds(result, severity=None):
    return {f.kind for f in result.findings if severity is None or f.severity == severity}


def refused(*events, procedure=""):
    decision = ev(K.DECISION_NEGATIVE, date(2026, 3, 2), id="dec")
    return [decision._replace(procedure=procedure), *events]


# --- the procedure -----------------------------------------------------------------------------------


def test_a_recorded_procedure_takes_its_own_period(profiles):
    notice = ev(K.NOTIFIED, date(2026, 3, 4), id="not")
    result = evaluate(case("AQ", events=refused(notice, procedure="extended")), profiles, date(2026, 3, 5))
    found = remedy(result)
    assert found.due == date(2026, 4, 1)  # 28 days from the notification of 4 March
    assert "Procedure recorded: extended procedure" in found.text
    assert "the Aliens Court" in found.text and "Aliens Act s. 69(2)" in found.text
    assert "By procedure" not in found.text


def test_an_unknown_procedure_lists_every_period_and_the_earliest_governs(profiles):
    notice = ev(K.NOTIFIED, date(2026, 3, 4), id="not")
    result = evaluate(case("AQ", events=refused(notice)), profiles, date(2026, 3, 5))
    found = remedy(result)
    # 48 hours from 4 March: the last whole day is 5 March; the general 7 days end on 11 March.
    assert found.due == date(2026, 3, 5)
    assert "procedure is not recorded" in found.text
    assert "general procedure: 7 days, by 2026-03-11" in found.text
    assert "if the claim was decided at the border: 48 hours, by 2026-03-05" in found.text
    assert "extended procedure: 28 days, by 2026-04-01" in found.text
    assert "remedy_due" in kinds(result, "critical")  # the earliest is today, no appeal recorded


def test_whether_it_stops_removal_follows_the_procedure_and_the_least_protective_when_unknown(profiles):
    notice = ev(K.NOTIFIED, date(2026, 3, 4), id="not")
    extended = evaluate(case("AQ", events=refused(notice, procedure="extended")), profiles, date(2026, 3, 5))
    assert "Stops removal: yes." in remedy(extended).text
    border = evaluate(case("AQ", events=refused(notice, procedure="border")), profiles, date(2026, 3, 5))
    assert "Stops removal: no (ask the court to stop the removal)." in remedy(border).text
    unknown = evaluate(case("AQ", events=refused(notice)), profiles, date(2026, 3, 5))
    assert "Stops removal: no (ask the court to stop the removal)." in remedy(unknown).text


def test_a_procedure_with_no_period_of_its_own_takes_the_general_one(profiles):
    notice = ev(K.NOTIFIED, date(2026, 3, 4), id="not")
    result = evaluate(case("AQ", events=refused(notice, procedure="dublin")), profiles, date(2026, 3, 5))
    assert remedy(result).due == date(2026, 4, 1)
    assert "no period of its own" in remedy(result).text


@pytest.mark.parametrize("procedure", list(Procedure))
def test_every_procedure_gives_one_deadline(profiles, procedure):
    result = evaluate(case("AQ", events=refused(procedure=procedure)), profiles, date(2026, 3, 3))
    assert remedy(result).due >= date(2026, 3, 3)


# --- from what the period runs -----------------------------------------------------------------------


def test_without_a_notification_the_period_runs_from_the_decision_and_says_so(profiles):
    result = evaluate(case("AQ", events=refused(procedure="normal")), profiles, date(2026, 3, 3))
    assert remedy(result).due == date(2026, 3, 9)  # 7 days from 2 March
    assert "assumed_trigger" in kinds(result, "warning")


def test_a_month_only_decision_runs_from_the_first_of_the_month(profiles):
    decision = ev(K.DECISION_NEGATIVE, date(2026, 3, 1), precision=DatePrecision.MONTH)._replace(
        procedure="normal"
    )
    result = evaluate(case("AQ", events=[decision]), profiles, date(2026, 3, 3))
    assert remedy(result).due == date(2026, 3, 9)  # 8 March is a Sunday: moved to Monday
    assert any("known only to the month" in f.text for f in result.findings)


def test_working_days_skip_weekends_and_a_law_that_does_not_move_is_said(profiles):
    denied = ev(K.ENTRY_DENIED, date(2026, 3, 6))  # a Friday
    result = evaluate(case("AQ", kind=CaseKind.ENTRY_DENIAL, events=[denied]), profiles, date(2026, 3, 6))
    found = remedy(result)
    assert found.due == date(2026, 3, 20)  # 10 working days
    assert "is not moved later (Administrative Procedure Act s. 33)" in found.text
    step = next(d for d in result.deadlines if d.kind == "remedy_step")
    assert step.due == date(2026, 3, 10) and "Ask for the written reasons" in step.text


def test_a_last_day_on_a_weekend_moves_where_the_law_says_so(profiles):
    decision = ev(K.DECISION_NEGATIVE, date(2026, 3, 7))._replace(procedure="normal")  # 7 days: Sat 14
    result = evaluate(case("AQ", events=[decision]), profiles, date(2026, 3, 8))
    found = remedy(result)
    assert found.due == date(2026, 3, 16) and found.act_by == date(2026, 3, 14)
    assert (
        "2026-03-14" in found.text
        and "General Time Limits Act s. 1 moves the last day to 2026-03-16" in found.text
    )


# --- answers and alarms ------------------------------------------------------------------------------


def test_an_appeal_recorded_silences_the_alarm(profiles):
    events = refused(ev(K.APPEAL_FILED, date(2026, 3, 3)), procedure="normal")
    result = evaluate(case("AQ", events=events), profiles, date(2026, 3, 30))
    assert "remedy_due" not in kinds(result)


def test_a_deadline_more_than_three_days_off_is_no_alarm(profiles):
    result = evaluate(case("AQ", events=refused(procedure="extended")), profiles, date(2026, 3, 3))
    assert "remedy_due" not in kinds(result)
    near = evaluate(case("AQ", events=refused(procedure="extended")), profiles, date(2026, 3, 27))
    assert "remedy_due" in kinds(near, "critical") and any("3 days left" in f.text for f in near.findings)


def test_an_unknown_remedy_says_what_to_look_for(profiles):
    cancelled = ev(K.VISA_CANCELLED, date(2026, 3, 2))
    result = evaluate(
        case("AQ", kind=CaseKind.VISA_CANCELLATION, events=[cancelled]), profiles, date(2026, 3, 3)
    )
    assert result.deadlines == []
    (found,) = [f for f in result.findings if f.kind == "remedy_unknown"]
    assert "no official page states it" in found.text and "remedies clause" in found.text


def test_a_decision_with_no_remedy_in_the_profile_says_to_find_it_in_the_decision(profiles):
    order = ev(K.ENTRY_BAN, date(2026, 3, 2))
    result = evaluate(case("AQ", kind=CaseKind.DEPORTATION, events=[order]), profiles, date(2026, 3, 3))
    (found,) = [f for f in result.findings if f.kind == "no_remedy"]
    assert found.severity == "warning" and "enter the deadline by hand" in found.text


def test_each_decision_follows_the_rules_of_the_country_where_it_was_taken(profiles):
    elsewhere = ev(K.ENTRY_DENIED, date(2026, 3, 6), country="AQ")
    result = evaluate(case("BV", kind=CaseKind.ENTRY_DENIAL, events=[elsewhere]), profiles, date(2026, 3, 6))
    assert remedy(result).rule == "AQ.remedy.entry_denied.2020-01-01"
    at_home = ev(K.ENTRY_DENIED, date(2026, 3, 6))
    result = evaluate(case("BV", kind=CaseKind.ENTRY_DENIAL, events=[at_home]), profiles, date(2026, 3, 6))
    assert remedy(result).rule == "BV.remedy.entry_denied.2020-01-01"


# --- extradition and urgent protection ----------------------------------------------------------------


def test_the_extradition_request_must_arrive_within_the_treaty_limit(profiles):
    held = ev(K.DETENTION, date(2026, 1, 10), id="held")
    facts = case("AQ", kind=CaseKind.DETENTION_EXTRADITION, events=[held])
    early = evaluate(facts, profiles, date(2026, 1, 11))
    limit = next(d for d in early.deadlines if d.kind == "custody_limit")
    assert limit.due == date(2026, 2, 19) and "Chisinau Convention" in limit.text
    assert "custody_limit" not in kinds(early)
    late = evaluate(facts, profiles, date(2026, 2, 20))
    assert "custody_limit" in kinds(late, "critical")
    assert any("demand release now" in f.text for f in late.findings)
    requested = case("AQ", kind=CaseKind.DETENTION_EXTRADITION,
                     events=[held, ev(K.EXTRADITION_REQUEST, date(2026, 2, 1))])  # fmt: skip
    assert "custody_limit" not in kinds(evaluate(requested, profiles, date(2026, 2, 20)))


def test_a_detention_calls_for_urgent_protection_once_and_is_critical_while_it_lasts(profiles):
    events = [ev(K.DETENTION, date(2026, 1, 10)), ev(K.EXTRADITION_REQUEST, date(2026, 1, 20))]
    result = evaluate(
        case("AQ", kind=CaseKind.DETENTION_EXTRADITION, events=events), profiles, date(2026, 2, 1)
    )
    protections = [f for f in result.findings if f.kind == "urgent_protection"]
    assert len(protections) == 1 and "Rule 39" in protections[0].text
    assert "detained_at_risk" in kinds(result, "critical")
    released = [*events, ev(K.RELEASE, date(2026, 1, 25))]
    after = evaluate(
        case("AQ", kind=CaseKind.DETENTION_EXTRADITION, events=released), profiles, date(2026, 2, 1)
    )
    assert "detained_at_risk" not in kinds(after)


def test_a_disappearance_is_critical_until_the_person_is_located(profiles):
    gone = [ev(K.DISAPPEARANCE, date(2026, 1, 10))]
    missing = evaluate(
        case("AQ", kind=CaseKind.ABDUCTION_DISAPPEARANCE, events=gone), profiles, date(2026, 1, 12)
    )
    assert "missing" in kinds(missing, "critical")
    found = [*gone, ev(K.LOCATED, date(2026, 1, 11))]
    assert "missing" not in kinds(
        evaluate(case("AQ", kind=CaseKind.ABDUCTION_DISAPPEARANCE, events=found), profiles, date(2026, 1, 12))
    )


def test_a_country_level_alone_makes_no_case_critical(profiles):
    result = evaluate(case("AQ", kind=CaseKind.OTHER), profiles, date(2026, 3, 3))
    assert kinds(result, "critical") == set()


# --- stays: effective dates and the days left --------------------------------------------------------


def test_a_stay_limit_counts_no_day_before_it_took_effect(profiles):
    # In the country since 2024-06-01; the 90/180 rule applies from 2024-09-05 only.
    facts = case("AQ", kind=CaseKind.OTHER, travel=[entry(date(2024, 6, 1), "AQ")])
    before = evaluate(facts, profiles, date(2024, 9, 4))
    assert before.stay is None
    after = evaluate(facts, profiles, date(2024, 9, 6))
    assert after.stay.days_used == 2 and after.stay.over_since is None
    assert after.stay.last_legal_day == date(2024, 12, 3)


def test_days_left_agree_with_the_last_legal_day(profiles):
    facts = case("AQ", kind=CaseKind.OTHER, travel=[entry(date(2024, 10, 1), "AQ")])
    on = date(2024, 11, 1)
    stay = evaluate(facts, profiles, on).stay
    assert stay.days_left == (stay.last_legal_day - on).days


def test_over_the_limit_gives_the_last_lawful_day_and_the_first_unlawful_one(profiles):
    facts = case("AQ", kind=CaseKind.OTHER, travel=[entry(date(2024, 9, 5), "AQ")])
    result = evaluate(facts, profiles, date(2025, 1, 10))
    stay = result.stay
    assert stay.last_legal_day == date(2024, 12, 3) and stay.over_since == date(2024, 12, 4)
    assert stay.days_left == 0
    [alarm] = [f for f in result.findings if f.severity == "critical"]  # one alarm, not two alike
    assert alarm.kind == "overstay" and "from 2024-12-04 to this day" in alarm.text


def test_a_period_the_profile_does_not_vouch_for_is_marked_and_says_so(profiles):
    result = evaluate(
        case("AQ", events=[ev(K.EXPULSION_ORDER, date(2026, 3, 2))]), profiles, date(2026, 3, 3)
    )
    found = remedy(result)
    assert found.due == date(2026, 3, 7) and not found.verified
    assert found.text.endswith("Caution: unverified — check before relying on it.")


def test_an_unverified_detail_is_named_while_the_period_stays_verified(profiles):
    result = evaluate(
        case("AQ", events=[ev(K.PERMIT_ANNULLED, date(2026, 3, 2))]), profiles, date(2026, 3, 3)
    )
    found = remedy(result)
    assert found.due == date(2026, 4, 1) and found.verified
    assert "Caution: not verified: whether it stops removal — check before relying on it." in found.text


def test_one_procedures_unverified_period_marks_that_period_only(profiles):
    notice = ev(K.NOTIFIED, date(2026, 3, 4), id="not")
    flagged = evaluate(
        case("AQ", events=refused(notice, procedure="manifestly_unfounded")), profiles, date(2026, 3, 5)
    )
    assert not remedy(flagged).verified
    assert "Caution: not verified: the period — check before relying on it." in remedy(flagged).text
    extended = evaluate(case("AQ", events=refused(notice, procedure="extended")), profiles, date(2026, 3, 5))
    assert remedy(extended).verified and "Caution" not in remedy(extended).text
    unknown = evaluate(case("AQ", events=refused(notice)), profiles, date(2026, 3, 5))
    assert "rejected as manifestly unfounded: 7 days (not verified), by 2026-03-11" in remedy(unknown).text
    assert remedy(unknown).verified  # the 48 hours that govern are verified


def test_a_period_starting_with_the_day_of_notice_counts_that_day(profiles):
    """England and Wales: "14 days starting with the day on which" the person is informed."""
    events = [ev(K.EXTRADITION_REQUEST, date(2026, 3, 2)), ev(K.NOTIFIED, date(2026, 3, 3), id="not")]
    result = evaluate(case("BV", events=events), profiles, date(2026, 3, 4))
    assert remedy(result).due == date(2026, 3, 16)  # 3 March is day 1, 16 March day 14


# --- local corrections of a remedy ---------------------------------------------------------------------


def test_a_local_override_of_a_remedy_period_is_applied_and_shown(profiles):
    override = RuleOverride("AQ", "AQ.remedy.decision_negative.2020-01-01", "days", 21, "court practice")
    assert check_override(profiles, override) == []
    local = apply_overrides(profiles, [override])
    result = evaluate(case("AQ", events=refused(procedure="extended")), local, date(2026, 3, 3))
    assert remedy(result).due == date(2026, 3, 23) and "court practice" in remedy(result).text


@pytest.mark.parametrize(
    ("override", "field"),
    [
        (RuleOverride("AQ", "AQ.nothing", "days", 1, "r"), "rule_id"),
        (RuleOverride("AQ", "AQ.remedy.decision_negative.2020-01-01", "days", 1, " "), "reason"),
        (RuleOverride("AQ", "AQ.remedy.decision_negative.2020-01-01", "colour", 1, "r"), "colour"),
        (RuleOverride("AQ", "AQ.remedy.decision_negative.2020-01-01", "days", -1, "r"), "days"),
        (RuleOverride("AQ", "AQ.remedy.decision_negative.2020-01-01", "decision", None, "r"), "decision"),
    ],
)
def test_bad_overrides_are_reported_not_applied(profiles, override, field):
    assert [p.field for p in check_override(profiles, override)] == [field]

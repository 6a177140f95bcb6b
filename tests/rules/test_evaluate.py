"""evaluate(): deadlines, risk, documents, event context, bad input, local overrides."""

from datetime import date

import pytest

from casetracker.rules import DocumentFact, RuleOverride, apply_overrides, evaluate, load_shipped
from casetracker.rules.schema import RuleType
from casetracker.vocabulary import CaseKind, DatePrecision, DocumentKind, EventKind, RiskMarker
from tests.rules.rules_helpers import case, entry, ev, exit_

PROFILES, _ = load_shipped()
ON = date(2026, 11, 25)
K = EventKind


def kinds(result, severity=None):
    return {f.kind for f in result.findings if severity is None or f.severity == severity}


def deadline(result, kind):
    return next(d for d in result.deadlines if d.kind == kind)


def test_filing_and_registration_deadlines():
    us = evaluate(case("US", travel=[entry(date(2026, 3, 1), "US")]), PROFILES, ON)
    assert deadline(us, "asylum_filing").due == date(2027, 3, 1)
    filed = evaluate(
        case(
            "US", travel=[entry(date(2026, 3, 1), "US")], events=[ev(K.APPLICATION_FILED, date(2026, 4, 1))]
        ),
        PROFILES,
        ON,
    )
    assert [d for d in filed.deadlines if d.kind == "asylum_filing"] == []
    be = evaluate(case("BE", travel=[entry(date(2026, 11, 20), "BE")]), PROFILES, ON)
    assert deadline(be, "asylum_filing").due == date(2026, 12, 2)  # 8 working days from Fri 20 Nov
    uz = evaluate(case("UZ", kind=CaseKind.OTHER, travel=[entry(date(2026, 11, 20), "UZ")]), PROFILES, ON)
    assert deadline(uz, "registration").due == date(2026, 12, 4)
    assert "no_stay_rule" in kinds(uz)
    left = evaluate(
        case(
            "UZ", kind=CaseKind.OTHER, travel=[entry(date(2026, 11, 1), "UZ"), exit_(date(2026, 11, 5), "UZ")]
        ),
        PROFILES,
        ON,
    )
    assert left.deadlines == []


# Stay


def test_georgia_per_entry_and_border_run():
    travel = [entry(date(2025, 1, 10), "GE"), exit_(date(2026, 1, 5), "GE"), entry(date(2026, 1, 5), "GE")]
    stay = evaluate(case("GE", travel=travel), PROFILES, ON).stay
    assert (stay.window_days, stay.limit_days, stay.last_legal_day) == (None, 365, date(2027, 1, 4))
    assert stay.days_used == (ON - date(2026, 1, 5)).days + 1


def test_per_entry_overstay_and_absent():
    over = evaluate(case("RS", travel=[entry(date(2026, 10, 1), "RS")]), PROFILES, ON)
    assert over.stay.over_since == date(2026, 10, 31) and "overstay" in kinds(over, "critical")
    assert over.stay.last_legal_day == date(2026, 10, 30) and over.stay.days_left == 0
    away = evaluate(
        case("RS", travel=[entry(date(2026, 10, 1), "RS"), exit_(date(2026, 10, 5), "RS")]), PROFILES, ON
    )
    # Entering on the day: 30 days with that day as the first, so 29 left after it.
    assert away.stay.present is False and away.stay.days_used == 0 and away.stay.days_left == 29


def test_turkey_both_limits_the_earlier_binds():
    travel = [entry(date(2026, 6, 1), "TR"), exit_(date(2026, 7, 30), "TR"), entry(date(2026, 10, 1), "TR")]
    stay = evaluate(case("TR", travel=travel), PROFILES, date(2026, 10, 2)).stay
    # 60 used in the summer leave 30 in the window: the rolling rule binds before the 60 per entry.
    assert stay.window_days == 180 and stay.last_legal_day == date(2026, 10, 30)
    fresh = evaluate(case("TR", travel=[entry(date(2026, 10, 1), "TR")]), PROFILES, date(2026, 10, 2)).stay
    assert fresh.window_days is None and fresh.last_legal_day == date(2026, 11, 29)


def test_extension_and_near_end_of_stay():
    result = evaluate(case("MN", travel=[entry(date(2026, 11, 1), "MN")]), PROFILES, ON)
    assert "stay_extension" in kinds(result)
    assert "stay" in kinds(result, "warning")


def test_no_entries_means_no_stay_figure():
    result = evaluate(case("KZ"), PROFILES, ON)
    assert result.stay is None and "no_stays" in kinds(result)


def test_past_overstay_is_a_warning():
    travel = [entry(date(2026, 1, 1), "FR"), exit_(date(2026, 4, 30), "FR")]
    result = evaluate(case("FR", travel=travel), PROFILES, ON)
    over = [f for f in result.findings if f.kind == "overstay"]
    assert over and over[0].severity == "warning" and "from 2026-04-01" in over[0].text


# Bad input


def test_future_dates_are_left_out_with_a_warning():
    events = [ev(K.DECISION_NEGATIVE, date(2027, 1, 1))]
    travel = [entry(date(2026, 11, 1), "KZ"), exit_(date(2027, 3, 1), "KZ")]
    result = evaluate(case("KZ", events=events, travel=travel), PROFILES, ON)
    assert len([f for f in result.findings if f.kind == "future_date"]) == 2
    assert result.deadlines == [] and result.stay.present and result.stay.days_used == 25


def test_exit_without_entry():
    result = evaluate(case("KZ", travel=[exit_(date(2026, 11, 10), "KZ")]), PROFILES, ON)
    assert "exit_without_entry" in kinds(result, "warning") and result.stay.days_used == 1


def test_month_only_entry_and_exit_worst_case():
    travel = [
        entry(date(2026, 9, 1), "KZ", precision=DatePrecision.MONTH),
        exit_(date(2026, 9, 1), "KZ", precision=DatePrecision.MONTH),
    ]
    result = evaluate(case("KZ", travel=travel), PROFILES, ON)
    assert result.stay.days_used == 30  # 1-30 September
    texts = " ".join(f.text for f in result.findings if f.kind == "imprecise_date")
    assert "from the 1st" in texts and "2026-09-30" in texts


def test_approximate_entry_and_exit():
    travel = [
        entry(date(2026, 9, 1), "KZ", precision=DatePrecision.APPROXIMATE),
        exit_(date(2026, 9, 10), "KZ", precision=DatePrecision.APPROXIMATE),
    ]
    result = evaluate(case("KZ", travel=travel), PROFILES, ON)
    assert len([f for f in result.findings if f.kind == "imprecise_date"]) == 2


def test_entry_elsewhere_closes_an_open_stay_and_double_entry():
    travel = [entry(date(2026, 10, 1), "KG"), entry(date(2026, 10, 5), "KG"), entry(date(2026, 10, 10), "KZ")]
    result = evaluate(case("KG", travel=travel), PROFILES, ON)
    assert result.stay.present is False and result.stay.days_used == 10
    assert len([f for f in result.findings if f.kind == "entry_without_exit"]) == 2


def test_travel_in_case_events_and_travel_counted_once():
    e = entry(date(2026, 11, 1), "AM", id="same")
    result = evaluate(case("AM", events=[e], travel=[e]), PROFILES, ON)
    assert result.stay.days_used == 25 and result.stay.window_days == 365


def test_unknown_country():
    result = evaluate(
        case("ZZ", documents=(DocumentFact("p", DocumentKind.FOREIGN_PASSPORT, "RU", date(2020, 1, 1)),)),
        PROFILES,
        ON,
    )
    assert result.stay is None and {"no_profile", "document_expired"} <= kinds(result)


# Risk


@pytest.mark.parametrize(
    ("country", "markers", "kind", "severity"),
    [
        ("KZ", {RiskMarker.WANTED_INTERSTATE}, "extradition_risk", "critical"),
        ("KG", set(), "abduction_risk", "warning"),  # the country's level alone is never critical
        ("KZ", set(), "extradition_risk", "warning"),
        ("KZ", {RiskMarker.CRIMINAL_CASE}, "extradition_risk", "warning"),
        ("FI", {RiskMarker.WANTED_INTERSTATE}, "extradition_risk", "info"),
        ("GE", {RiskMarker.WANTED_INTERSTATE}, "extradition_risk", "warning"),
        ("GE", {RiskMarker.INTERPOL_NOTICE}, "extradition_risk", "critical"),
        ("FI", {RiskMarker.INTERPOL_NOTICE}, "extradition_risk", "warning"),
        ("AM", {RiskMarker.DESERTER}, "abduction_risk", "critical"),
        ("AM", set(), "abduction_risk", "warning"),
        ("UZ", {RiskMarker.WANTED_INTERSTATE}, "extradition_risk", "critical"),
        ("UZ", set(), "abduction_risk", "info"),
        ("DE", {RiskMarker.WANTED_INTERSTATE}, "risk_unknown", "warning"),
        ("DE", set(), "risk_unknown", "info"),
    ],
)
def test_risk(country, markers, kind, severity):
    result = evaluate(case(country, kind=CaseKind.OTHER, markers=markers), PROFILES, ON)
    found = [f for f in result.findings if f.kind == kind]
    assert found and found[0].severity == severity, found


def test_risk_text_cites_rule_and_protection():
    result = evaluate(case("KZ", kind=CaseKind.OTHER, markers={RiskMarker.WANTED_INTERSTATE}), PROFILES, ON)
    risk = next(f for f in result.findings if f.kind == "extradition_risk")
    assert risk.rule == "KZ.risk.2022-02-24" and "UN Human Rights Committee" in risk.text
    assert "acts on Russian requests" in risk.text and risk.source is not None


# Documents and staleness


def test_document_expiry():
    docs = (
        DocumentFact("a", DocumentKind.FOREIGN_PASSPORT, "RU", date(2026, 11, 24)),
        DocumentFact("b", DocumentKind.RESIDENCE_PERMIT, "GE", date(2027, 2, 23)),
        DocumentFact("c", DocumentKind.INTERNAL_PASSPORT, "RU", date(2027, 2, 24)),
        DocumentFact("d", DocumentKind.OTHER, "RU", date(2020, 1, 1)),
        DocumentFact("e", DocumentKind.VISA, "FI", None),
    )
    result = evaluate(case("GE", kind=CaseKind.OTHER, documents=docs), PROFILES, ON)
    # An expired document is serious but no danger in itself: a warning, not an alarm.
    assert [f.severity for f in result.findings if f.kind.startswith("document_")] == ["warning", "warning"]
    # A cancelled visa or annulled permit is not "expired" or "expiring": the decision is what counts.
    annulled = (
        DocumentFact("v", DocumentKind.VISA, "FI", date(2026, 11, 1), annulled_on=date(2026, 10, 1)),
        DocumentFact("p", DocumentKind.RESIDENCE_PERMIT, "GE", date(2027, 1, 1), None, date(2026, 11, 2)),
    )
    quiet = evaluate(case("GE", kind=CaseKind.OTHER, documents=annulled), PROFILES, ON)
    assert [f for f in quiet.findings if f.kind.startswith("document_")] == []


def test_stale_profile_warning():
    fresh = evaluate(case("FI", kind=CaseKind.OTHER), PROFILES, date(2027, 5, 21))
    stale = evaluate(case("FI", kind=CaseKind.OTHER), PROFILES, date(2027, 5, 22))
    assert "profile_stale" not in kinds(fresh)
    assert len([f for f in stale.findings if f.kind == "profile_stale"]) == 2  # Finland and Schengen


# Rules touched by events


def test_entry_denied_during_the_baltic_ban():
    denied = ev(K.ENTRY_DENIED, date(2022, 9, 25), "LV", id="den")
    result = evaluate(case("LV", kind=CaseKind.ENTRY_DENIAL, events=[denied]), PROFILES, ON)
    ban = next(f for f in result.findings if f.kind == "entry_denied_ban")
    assert ban.rule == "LV.ban.2022-09-19" and "since 2022-09-19" in ban.text and "dissidents" in ban.text
    assert "LV.ban.2022-09-19" in result.event_rules["den"]


def test_entry_denied_before_any_ban_and_targeted_practice():
    early = evaluate(
        case("LV", kind=CaseKind.ENTRY_DENIAL, events=[ev(K.ENTRY_DENIED, date(2022, 9, 1), "LV")]),
        PROFILES,
        ON,
    )
    assert "entry_denied_no_ban" in kinds(early)
    georgia = evaluate(
        case(
            "GE",
            kind=CaseKind.ENTRY_DENIAL,
            markers={RiskMarker.FOREIGN_AGENT},
            events=[ev(K.ENTRY_DENIED, date(2022, 9, 10), "GE")],
        ),
        PROFILES,
        ON,
    )
    assert any("a group this practice targets" in f.text for f in georgia.findings)
    nowhere = evaluate(
        case("GE", kind=CaseKind.ENTRY_DENIAL, events=[ev(K.ENTRY_DENIED, date(2010, 1, 1))]), PROFILES, ON
    )
    assert next(f for f in nowhere.findings if f.kind == "entry_denied_no_ban").rule is None


def test_event_in_another_country_uses_that_profile():
    result = evaluate(
        case("GE", kind=CaseKind.OTHER, events=[ev(K.PERMIT_ANNULLED, date(2023, 10, 1), "LV", id="p")]),
        PROFILES,
        ON,
    )
    assert result.event_rules["p"] == ("LV.remedy.permit_annulled.2022-02-24", "LV.residence.2023-09-01")
    assert "rule_in_force" in kinds(result)


def test_month_only_event_when_rules_changed_that_month():
    denied = ev(K.ENTRY_DENIED, date(2022, 9, 1), "EE", precision=DatePrecision.MONTH)
    result = evaluate(case("EE", kind=CaseKind.ENTRY_DENIAL, events=[denied]), PROFILES, ON)
    assert "rules_changed_in_month" in kinds(result, "warning")


# Local overrides


def test_zone_override_and_effective_to():
    local = apply_overrides(
        PROFILES,
        [
            RuleOverride("schengen", "schengen.stay.2013-10-18", "limit_days", 60, "test"),
            RuleOverride("LT", "LT.entry.2023-05-03", "effective_to", None, "law renewed"),
            RuleOverride("GE", "GE.ban.critics.2022-03-01", "targets", ("deserter",), "seen in 2024"),
        ],
    )
    assert local.problems == ()
    assert local.get("FI").stay_on(ON)[0].body.limit_days == 60
    assert local.get("LT").rule_on(RuleType.ENTRY, ON).id == "LT.entry.2023-05-03"
    assert local.get("GE").bans_on(ON)[0].body.targets == ("deserter",)

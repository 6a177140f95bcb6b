"""Georgia: the deadline each decision gets from the shipped profile, with the page it was taken from.

Each test cites the page its figure was read on, on 2026-12-05. Russians enter visa-free, so no visa
is cancelled; Georgia left the CIS in 2009 and gets no 40-day custody rule.
"""

from datetime import date

import pytest

from casetracker.rules import CaseFacts, evaluate
from casetracker.vocabulary import CaseKind, RiskMarker
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, custody, deadline, remedy

UNHCR_PAGE = "https://help.unhcr.org/georgia/applying-for-asylum/asylum-procedure-in-georgia"


def test_asylum_refused_in_the_regular_procedure_ten_days():
    """UNHCR Help Georgia, "Asylum procedure in Georgia",
    https://help.unhcr.org/georgia/applying-for-asylum/asylum-procedure-in-georgia:
    "If your application is rejected [regular procedure], you will also
    have 10 days to appeal. … your appeal will have suspensive effect". The start of the period is not
    stated, so it is counted from the decision (the earlier day)."""
    found = deadline(
        "GE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 12)
    assert found.rule == "GE.remedy.decision_negative.2025-07-07"
    assert "Tbilisi City Court" in found.text and "Tbilisi Court of Appeals" in found.text
    assert remedy("GE", "decision_negative", date(2026, 3, 2)).source.url == UNHCR_PAGE


def test_asylum_refused_in_the_accelerated_procedure_ten_days_not_suspensive():
    """UNHCR Help Georgia (same page): "In accelerated procedure a decision will be issued within 30
    days. If rejected, you will have 10 days to appeal, but … your appeal will not have suspensive
    effect." """
    found = deadline(
        "GE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="accelerated"
    )
    assert found.due == date(2026, 3, 12)
    rule = remedy("GE", "decision_negative", date(2026, 3, 2))
    accelerated = next(v for v in rule.body.variants if v.procedure == "accelerated")
    assert "NOT stop removal" in accelerated.when


def test_asylum_claim_inadmissible_seven_days():
    """UNHCR Help Georgia (same page): "If your application is found inadmissible you will have 7 days
    to appeal the decision." """
    found = deadline(
        "GE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="inadmissible"
    )
    assert found.due == date(2026, 3, 9)


def test_asylum_refused_procedure_not_recorded_the_earliest_period_governs():
    """UNHCR Help Georgia (same page): 7 days if inadmissible, 10 days otherwise; when the procedure is
    not recorded the app gives the earliest (7 days) and says it does not know whether the appeal
    stops removal (suspensive only in the regular procedure)."""
    found = deadline("GE", "decision_negative", date(2026, 3, 2))
    assert found.due == date(2026, 3, 9)
    assert "Stops removal: not known" in found.text


def test_asylum_refused_before_the_2025_law_has_no_period_in_the_profile():
    """Legislative Herald of Georgia, Law On International Protection No. 864-IIმს-XIმპ,
    https://matsne.gov.ge/en/document/view/6561538?impose=translateEn: "Date of issuing 26/06/2025 …
    Source and date of publishing Website, 07/07/2025". The UNHCR periods fit this law; the older law's
    periods were not read, so an earlier refusal gets no computed deadline."""
    found = deadline("GE", "decision_negative", date(2025, 6, 1))
    assert found.due is None


def test_expulsion_order_ten_calendar_days_from_receipt_unverified():
    """Legal.ge, "Removal Proceedings Defense",
    https://legal.ge/en/service/migration-and-immigration-law-en/removal-proceedings-defense-en:
    "You strictly have 10 calendar days from the date you receive the
    expulsion order to file an appeal." A lawyer-marketplace page only: the statute was not read."""
    found = deadline("GE", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 14)
    assert UNVERIFIED in found.text


def test_refusal_of_entry_period_unknown_says_what_to_look_for():
    """Civil.ge, https://civil.ge/archives/551136: "The Tbilisi City Court ruled on July 6 that the
    Patrol Police Department of Georgia's Ministry of Internal Affairs illegally denied entry";
    Media Advocacy Coalition, http://mediacoalition.ge/en/a/aecd4cf1: "submitted the administrative
    complaint before the Ministry of Internal Affairs of Georgia and demanded the annulment of the
    decision on denial of entry". No period is stated anywhere read."""
    found = deadline("GE", "entry_denied", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text
    assert "written refusal should state the remedy" in found.text


def test_permit_annulled_unknown_points_to_the_general_one_month():
    """Public Service Development Agency, complaints procedure, https://sda.gov.ge/?page_id=7400&lang=en:
    "An administrative complaint must be filed within one month after the publication of or becoming
    officially familiar with the administrative act". Not confirmed for permit annulments."""
    found = deadline("GE", "permit_annulled", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "one month" in found.text


def test_detention_unknown_says_what_to_look_for():
    """No source: the remedy against a detention was not searched; the court's ruling must be read."""
    found = deadline("GE", "detention", date(2026, 2, 2))
    assert found.due is None and "detention ruling" in found.text


def test_extradition_unknown_says_appeal_to_the_supreme_court():
    """Human Rights Portal citing the Ministry of Justice,
    http://www.humanrights.ge/index.php?a=main&pid=20140&lang=eng:
    "Tbilisi City Court found [the] extradition admissible. The latter's defense lawyer
    challenged the court ruling in the Supreme Court, but the latter upheld the ruling". No period."""
    found = deadline("GE", "extradition_request", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Rule 39" in found.text
    assert "Supreme Court" in remedy("GE", "extradition_request", date(2026, 2, 2)).body.body


def test_entry_ban_unknown_points_to_the_decision_that_imposed_it():
    """No source: an entry ban was not searched as a decision of its own; the rule is unverified."""
    found = deadline("GE", "entry_ban", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "imposed the ban" in found.text


def test_no_custody_limit_outside_the_cis():
    """Today.az, "Georgia keeps CIS agreements", http://today.az/news/politics/54753.html: Georgia left
    the CIS on 18 Aug 2009 but kept about 75 CIS agreements. Whether the Minsk Convention still binds
    Georgia and Russia was not established, so the profile gives no 40-day rule."""
    assert custody("GE", date(2026, 3, 2)) == []


@pytest.mark.parametrize("day", [date(2019, 6, 1), date(2023, 6, 1), date(2026, 12, 5)])
def test_risk_rests_on_interpol_practice_from_2018_and_names_no_abduction_as_an_extradition_reason(day):
    """ECtHR decision no. 45240/22 of 24 Jun 2025 (mezisoudy.cz copy):
    https://mezisoudy.cz/databaze-judikatury/detail-rozhodnuti/58116ce3-6433-11f0-adf3-005056b43026_sumbayev
    "On 5 November
    2018 the applicant was arrested in Georgia pursuant to a Red Notice issued by Interpol. On 7 November
    a court authorised his detention pending extradition proceedings." """
    facts = CaseFacts("T-1", CaseKind.OTHER, "GE", frozenset({RiskMarker.INTERPOL_NOTICE}))
    result = evaluate(facts, PROFILES, day)
    risk = next(f for f in result.findings if f.kind == "extradition_risk")
    assert risk.rule == "GE.risk.2018-11-05" and risk.severity == "critical"
    assert "vanished" not in risk.text and "abduct" not in risk.text.lower()

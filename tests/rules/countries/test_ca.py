"""Canada: the remedy against each kind of decision, from the pages read on 2026-12-05.

Bill C-12 (royal assent 26 March 2026) makes late claims made from 3 June 2025 ineligible for the IRB:
those people get only a pre-removal risk assessment.
"""

from datetime import date

from tests.rules.countries.country_helpers import deadline, remedy


def test_asylum_refusal_rad_appeal_15_days_after_receiving_the_written_reasons():
    """Immigration and Refugee Protection Regulations s.159.91,
    http://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/page-71.html: "(a) the time limit for a
    person or the Minister to file an appeal to the Refugee Appeal Division against a decision of the
    Refugee Protection Division is 15 days after the day on which the person or the Minister receives
    written reasons for the decision" """
    found = deadline(
        "CA", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 19)
    assert "Refugee Appeal Division" in found.text


def test_manifestly_unfounded_claim_federal_court_15_days_after_notification():
    """IRPA s.72(2)(b), https://laws.justice.gc.ca/eng/acts/i-2.5/section-72-20030702.html: "within 15
    days, in the case of a matter arising in Canada, ... after the day on which the applicant is notified
    of or otherwise becomes aware of the matter" """
    found = deadline(
        "CA",
        "decision_negative",
        date(2026, 3, 2),
        notified=date(2026, 3, 4),
        procedure="manifestly_unfounded",
    )
    assert found.due == date(2026, 3, 19)
    assert "s.72(2)(b)" in found.text


def test_refusal_at_the_port_federal_court_15_days():
    """Federal Court, "How to File an Application for Leave and for Judicial Review?",
    http://cas-cdc-www02.cas-satj.gc.ca/portal/page/portal/fc_cf_en/ApplicationIMM: "Your leave
    application must be filed and served either within 15 days (in the case of a matter arising in
    Canada), or within 60 days (in the case of a matter arising outside Canada), after the day on which
    you were notified or became aware of the decision" (the earlier is encoded)."""
    found = deadline("CA", "entry_denied", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 19)


def test_visa_cancellation_federal_court_15_days_in_canada():
    """Federal Court guidance (as above): 15 days in Canada, 60 days outside; the note says so."""
    found = deadline("CA", "visa_cancelled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 19)
    assert "60 days" in remedy("CA", "visa_cancelled", date(2026, 3, 2)).note


def test_permit_annulled_federal_court_15_days_and_the_iad_periods_in_the_note():
    """Immigration Appeal Division Rules, 2022, r.16,
    https://laws-lois.justice.gc.ca/eng/regulations/SOR-2022-277/section-16.html: "(c) in the case of a
    residency obligation appeal, 60 days after the day on which the appellant receives the officer's
    decision and the written reasons" (permanent residents; temporary permits: IRPA s.72(2)(b), 15 days)."""
    found = deadline("CA", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 19)
    assert "60 days" in remedy("CA", "permit_annulled", date(2026, 3, 2)).note


def test_removal_order_15_days_and_the_iad_30_days_in_the_note():
    """IAD Rules 2022 r.16, https://laws-lois.justice.gc.ca/eng/regulations/SOR-2022-277/section-16.html:
    "(b) in the case of a removal order appeal, 30 days after the day on which the appellant receives the
    removal order"; others: IRPA s.72(2)(b), 15 days (the earlier is encoded)."""
    found = deadline("CA", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 19)
    assert "30 days" in remedy("CA", "expulsion_order", date(2026, 3, 2)).note


def test_bar_on_return_follows_the_removal_order():
    """No source: not researched; the rule is marked unverified."""
    found = deadline("CA", "entry_ban", date(2026, 3, 2))
    assert found.due is None and "removal order" in found.text


def test_detention_reviews_48_hours_7_days_30_days():
    """IRB, "Detention Review Statistics",
    http://www.irb-cisr.gc.ca/en/statistics/detentions-reviews/Pages/index.aspx:
    "The ID carries out a review: within 48 hours of the start of detention or without delay afterwards;
    then within 7 days of that first review; and after that, the ID reviews the grounds for detention at
    least once every 30 days." """
    found = deadline("CA", "detention", date(2026, 3, 2))
    assert found.due is None and "48 hours" in found.text


def test_extradition_committal_appeal_or_judicial_review_of_surrender_30_days():
    """Extradition Act s.57, https://lois-laws.justice.gc.ca/eng/acts/E-23.01/section-57-20030702.html:
    "(3) An application for judicial review shall be made ... within 30 days after the time the decision
    referred to in subsection (1) was first communicated by the Minister to the person"; s.50 (ICC
    database, https://iccdb.hrlc.net/data/span/3383/): notice of appeal "not later than 30 days after the
    decision of the judge with respect to the committal"."""
    found = deadline("CA", "extradition_request", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 4, 1)

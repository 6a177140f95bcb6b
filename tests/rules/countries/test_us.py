"""United States: the remedy against each kind of decision, from the pages read on 2026-12-05.

US asylum and detention practice changed sharply in 2025; the 2025 border measures and any 2026 rule
changes were not researched.
"""

from datetime import date

from tests.rules.countries.country_helpers import deadline, remedy


def test_asylum_refusal_bia_appeal_30_calendar_days_from_the_decision():
    """EOIR Immigration Court Practice Manual, ch. 6.2,
    https://www.justice.gov/eoir/reference-materials/ic/chapter-6/2: "The Form EOIR-26 must be received
    by the Board no later than 30 calendar days after the immigration judge renders an oral decision or
    mails or sends electronic notification of a written decision." """
    found = deadline(
        "US", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 9), procedure="normal"
    )
    assert found.due == date(2026, 4, 1)
    assert "Board of Immigration Appeals" in found.text


def test_a_last_day_on_a_weekend_moves_to_the_next_business_day():
    """8 CFR 1003.38(b) (LegalFix copy),
    https://www.legalfix.com/CFR/2019/title-8/chapter-v/part-1003/section-1003%2E38: "If the final date
    for filing falls on a Saturday, Sunday, or legal holiday, this appeal time shall be extended to the
    next business day." Decision on Friday 5 June 2026: day 30 is Sunday 5 July, moved to Monday 6 July."""
    found = deadline("US", "decision_negative", date(2026, 6, 5))
    assert (found.act_by, found.due) == (date(2026, 7, 5), date(2026, 7, 6))


def test_expulsion_order_bia_appeal_30_calendar_days():
    """8 CFR 1240.15, https://www.law.cornell.edu/cfr/text/8/1240.15: "An appeal shall be filed within 30
    calendar days after the mailing of a written decision, the stating of an oral decision, or the service
    of a summary decision. The filing date is defined as the date of receipt of the Notice of Appeal by
    the Board of Immigration Appeals." """
    found = deadline("US", "expulsion_order", date(2026, 3, 2))
    assert found.due == date(2026, 4, 1)


def test_refusal_at_the_port_no_appeal_credible_fear_review_instead():
    """DOJ/INS final rule, 62 FR 444 (1997), http://www.justice.gov/eoir/vll/fedreg/1996_1997/fr06mr97R.html:
    "An expedited removal order entered against an alien by an immigration officer at the time of arrival
    ... is not subject to administrative appeal, but may be reviewed by an immigration judge upon request
    of the alien." """
    found = deadline("US", "entry_denied", date(2026, 3, 2))
    assert found.due is None and "credible-fear" in found.text


def test_visa_revocation_no_review_except_in_removal_proceedings():
    """My Attorney USA, "Visa Revocations", https://myattorneyusa.com/immigration-blog/visa-revocations:
    "Section 221(i) explicitly states that there shall be no means of judicial review or habeas corpus
    petition from the discretionary decision to revoke a visa ..." """
    found = deadline("US", "visa_cancelled", date(2026, 3, 2))
    assert found.due is None and "Notice to Appear" in found.text


def test_termination_of_status_not_researched_read_the_notice():
    """No source: not researched (the rule is marked unverified)."""
    found = deadline("US", "permit_annulled", date(2026, 3, 2))
    assert found.due is None and "termination notice" in found.text
    assert remedy("US", "permit_annulled", date(2026, 3, 2)).verified is False


def test_re_entry_bars_arise_by_statute():
    """No source: not researched (INA 212(a)(9)); the rule is marked unverified."""
    found = deadline("US", "entry_ban", date(2026, 3, 2))
    assert found.due is None and "waiver" in found.text


def test_detention_no_period_from_the_detention_bond_decisions_30_days():
    """EOIR BIA Practice Manual 7.3, https://www.justice.gov/eoir/reference-materials/bia/chapter-7/3:
    "When an immigration judge renders the bond decision, the appeal has the same 30-day deadline as any
    other appeal from an immigration judge decision." CLINIC:
    https://www.cliniclegal.org/resources/removal-proceedings/three-bia-decisions-severely-limit-bond-eligibility
    "IJs lack authority to hear bond requests or grant bond to noncitizens who are present in the United
    States without inspection and admission." """
    found = deadline("US", "detention", date(2026, 3, 2))
    assert found.due is None and "bond" in found.text and "habeas corpus" in found.text


def test_extradition_no_appeal_only_habeas_corpus():
    """DOJ Criminal Resource Manual 620,
    http://www.justice.gov/usam/criminal-resource-manual-620-certification-secretary-state: "Neither the
    extradition judge's determination of extraditability nor the Secretary's decision is appealable.
    However, the fugitive may petition for a writ of habeas corpus." """
    found = deadline("US", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "habeas" in found.text

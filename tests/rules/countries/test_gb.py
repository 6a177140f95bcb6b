"""United Kingdom: the remedy against each kind of decision, from the pages read on 2026-12-05.

The First-tier Tribunal (Immigration and Asylum Chamber) is to be replaced by a new appeals body
(announced 17 Nov 2025): the periods below are those of the 2014 Tribunal Procedure Rules.
"""

from datetime import date

from tests.rules.countries.country_helpers import deadline, remedy


def test_asylum_refusal_appeal_14_days_from_the_day_the_notice_was_sent():
    """The Tribunal Procedure (First-tier Tribunal) (Immigration and Asylum Chamber) Rules 2014, r.19,
    https://legislation.gov.uk/uksi/2014/2604/part/3/2023-12-25: "(2) If the person is in the United
    Kingdom, the notice of appeal must be received not later than 14 days after they are sent the notice
    of the decision against which the appeal is brought." The count runs from the sending, not from a
    later receipt, so a recorded notification does not move it."""
    found = deadline(
        "GB", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 5), procedure="normal"
    )
    assert found.due == date(2026, 3, 16)
    assert deadline("GB", "decision_negative", date(2026, 3, 2)).due == date(2026, 3, 16)
    assert "First-tier Tribunal" in found.text


def test_a_claim_certified_clearly_unfounded_gets_no_period_of_its_own_and_the_note_says_why():
    """Same rule r.19(2) (general period). The certification route is described in the rule's note: a
    claim for judicial review "must be made promptly and ... no later than 3 months after the date of
    the decision" (Upper Tribunal Rules 2008 r.28(2), quoted in [2025] EWCA Civ 1464), in practice
    within the removal notice period (Right to Remain, "Deferral of removal notice period")."""
    found = deadline("GB", "decision_negative", date(2026, 3, 2), procedure="manifestly_unfounded")
    assert found.due == date(2026, 3, 16)
    assert "judicial review" in remedy("GB", "decision_negative", date(2026, 3, 2)).note


def test_refusal_of_entry_judicial_review_promptly_and_within_3_months():
    """Court of Appeal, [2025] EWCA Civ 1464, quoting the Upper Tribunal Rules r.28(2):
    https://juristeca.com/uk/court-of-appeal-civil-division/sentencias/2025/11/ca-2024-002479-2025-ewca-civ-1464/procedural-rules
    "an application under paragraph (1) must be made promptly and, unless any other enactment specifies
    a shorter time limit, must be sent or delivered to the Upper Tribunal so that it is received no later
    than 3 months after the date of the decision, action or omission to which the application relates." """
    found = deadline("GB", "entry_denied", date(2026, 3, 2), notified=date(2026, 3, 2))
    assert found.due == date(2026, 6, 2)
    assert "promptly" in found.text


def test_visa_cancellation_has_no_period_the_letter_must_say_whether_administrative_review_exists():
    """Nationality, Immigration and Asylum Act 2002 s.82,
    https://legislation.gov.uk/ukpga/2002/41/part/5/2020-12-16/data.html: only the refusal of a
    protection or human-rights claim and the revocation of protection status are appealable; the
    administrative review period was not verified."""
    found = deadline("GB", "visa_cancelled", date(2026, 3, 2))
    assert found.due is None
    assert "administrative review" in found.text and "3 months" in found.text


def test_revocation_of_protection_status_appeal_14_days():
    """NIAA 2002 s.82(1)(c), https://legislation.gov.uk/ukpga/2002/41/part/5/2020-12-16/data.html:
    "(1) A person ("P") may appeal to the Tribunal where— ... (c) the Secretary of State has decided to
    revoke P's protection status." Period: FtT(IAC) Rules 2014 r.19(2), 14 days after the notice is sent."""
    found = deadline("GB", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 16)


def test_removal_notice_seven_calendar_days_when_not_detained():
    """Right to Remain, "Deferral of removal notice period",
    https://righttoremain.org.uk/deferral-of-removal-notice-period/: "The general notice period is seven
    calendar days if you are not detained, or just 72 hours if you are detained." No official page
    stating the periods was read: the rule rests on this NGO page, which describes an older version of
    the guidance (Chapter 60), so the periods are marked unverified."""
    found = deadline("GB", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal")
    assert found.due == date(2026, 3, 11)
    assert "check before relying on it" in found.text
    assert not remedy("GB", "expulsion_order", date(2026, 3, 2)).is_verified("days", "variants")


def test_removal_notice_72_hours_when_detained():
    """Right to Remain (as above): "... or just 72 hours if you are detained. The 72 hours must include
    at least two working days." Served on Wednesday 4 March 2026: the last whole day is Friday 6 March."""
    found = deadline(
        "GB", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="detained"
    )
    assert found.due == date(2026, 3, 6)
    unknown_procedure = deadline("GB", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert unknown_procedure.due == date(2026, 3, 6)  # the earliest governs when none is recorded


def test_re_entry_ban_is_not_a_decision_of_its_own_look_at_the_refusal_letter():
    """No source: bans are applied through the Immigration Rules' general grounds for refusal, and the
    remedy against such refusals was not searched; the profile marks the rule unverified."""
    found = deadline("GB", "entry_ban", date(2026, 3, 2))
    assert found.due is None and "refusal letter" in found.text


def test_detention_has_no_period_apply_for_bail():
    """AVID handbook, "Immigration Bail Overview",
    https://avid-detention.gitbook.io/avid-handbook/getting-out-of-detention/immigration-bail-overview:
    "Anyone in detention can apply for bail if they have been in the UK for eight days or more." """
    found = deadline("GB", "detention", date(2026, 3, 2))
    assert found.due is None and "bail" in found.text and "eight days" in found.text


def test_extradition_order_leave_to_appeal_14_days_starting_with_the_day_informed():
    """Extradition Act 2003 s.108, http://www.legislation.gov.uk/ukpga/2003/41/section/108?view=plain:
    "(4) Notice of application for leave to appeal under this section must be given ... before the end
    of the permitted period, which is 14 days starting with the day on which the Secretary of State
    informs the person of the order under section 100(1)." Informed on 4 March 2026 (day 1): the 14th
    day is 17 March. The profile gives the law's own number of days and counts the first day."""
    found = deadline("GB", "extradition_request", date(2026, 2, 20), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 17)
    rule = remedy("GB", "extradition_request", date(2026, 2, 20))
    assert (rule.body.days, rule.body.first_day_counts) == (14, True)
    assert "14 days" in found.text
    assert remedy("GB", "extradition_request", date(2026, 2, 20)).body.suspensive == "yes"

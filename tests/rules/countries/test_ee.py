"""Estonia: the deadline each decision gets from the shipped profile, with the page it was taken from.

Sources were read on 2026-12-05; each test cites the page its figures come from.
"""

from datetime import date

import pytest

from tests.rules.countries.country_helpers import UNVERIFIED, deadline, remedy


def test_asylum_refused_ten_days_from_notification():
    """UNHCR Help Estonia, "Can I appeal a negative decision?", https://help.unhcr.org/estonia/?p=188:
    "you have the right to appeal the decision to the Administrative Court within 10 days after the
    decision rejecting your asylum claim was notified to you"."""
    found = deadline(
        "EE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 14)
    assert found.rule == "EE.remedy.decision_negative.2022-02-24"
    assert "Administrative court" in found.text and "Stops removal: yes" in found.text


@pytest.mark.parametrize("procedure", ["manifestly_unfounded", "inadmissible", "dublin"])
def test_asylum_refused_in_a_special_procedure_also_ten_days(procedure):
    """Estonian Human Rights Centre guide, "Appeal procedure",
    https://inimoigustegiid.ee/en/themes/migration-asylum/asylum/how-to-complain/appeal-procedure:
    "A decision on the rejection of an application ... may be contested in the Administrative Court
    within ten days of the announcement of the decision"; "Right to remain in the territory" lists
    manifestly unfounded, inadmissible and Dublin cases as those where the court decides on remaining."""
    found = deadline(
        "EE", "decision_negative", date(2025, 10, 1), notified=date(2025, 10, 6), procedure=procedure
    )
    assert found.due == date(2025, 10, 16)


def test_asylum_refused_after_the_pact_same_period_but_unverified():
    """The EU Pact applies from 12 June 2026; the Ministry of the Interior's letter of 16.12.2025
    (https://dokumendiregistrid.karlerss.com/dokumendid/880192/kiri) only shows a draft Act sent "täiendavaks
    kooskõlastamiseks": the new period is not known, so the old one is repeated, unverified."""
    found = deadline("EE", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3))
    assert found.due == date(2026, 7, 13)
    assert found.rule == "EE.remedy.decision_negative.2026-06-12"
    assert UNVERIFIED in found.text


def test_visa_annulled_before_18_july_2025_thirty_days():
    """ERR News, "Estonia cuts visa rejection appeal time from 30 days to 10" (2025-07-15),
    https://news.err.ee/1609746107/estonia-cuts-visa-rejection-appeal-time-from-30-days-to-10: "Estonia has
    reduced the number of days a visa refusal, annulment, or cancellation can be appealed from 30 days to
    10. The new rule comes into force on July 18." PPA page: "vaideavaldus 30 päeva jooksul ... PPA-le"."""
    found = deadline("EE", "visa_cancelled", date(2024, 5, 6), notified=date(2024, 5, 8))
    assert found.due == date(2024, 6, 7)
    assert found.rule == "EE.remedy.visa_cancelled.2022-02-24"


def test_visa_annulled_from_18_july_2025_ten_days_to_the_foreign_ministry():
    """ERR News (2025-07-15), same page: "an appeal must be submitted to the Ministry of Foreign Affairs
    within 10 days from the date the decision to refuse, annul, or cancel a visa is communicated. ... The
    complaint to the administrative court must be filed within 10 days from the date the appeal decision
    is communicated." The body for a border annulment by the PPA is not confirmed."""
    found = deadline("EE", "visa_cancelled", date(2025, 8, 1), notified=date(2025, 8, 4))
    assert found.due == date(2025, 8, 14)
    assert "Ministry of Foreign Affairs" in found.text and "see the annulment form" in found.text
    rule = remedy("EE", "visa_cancelled", date(2025, 8, 1))
    assert "body" in rule.unverified_fields
    assert "administrative court" in rule.body.next_instance and "10 days" in rule.body.next_instance


def test_refusal_of_entry_period_unknown_says_what_to_look_for():
    """Estonian Human Rights Centre guide, "How to complain",
    https://inimoigustegiid.ee/en/themes/migration-asylum/asylum/how-to-complain: "You have the right to an
    effective remedy against a negative asylum decision, refusal of entry ..." (no period given)."""
    found = deadline("EE", "entry_denied", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Annex V" in found.text


def test_residence_permit_revoked_unknown_says_what_to_look_for():
    """No page read gives the remedy against the revocation of a residence permit, so no period is given."""
    found = deadline("EE", "permit_annulled", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "remedy clause" in found.text


def test_precept_to_leave_ten_days_not_suspensive():
    """Estonian Human Rights Centre guide, "How can you challenge unfair expulsion?",
    https://inimoigustegiid.ee/en/themes/migration-asylum/migration/unfair-expulsion/how-to-complain:
    "a precept to leave may be contested in the Administrative Court within ten days of its
    announcement"; "Appealing the precept to leave does not have an automatic suspensive effect"."""
    found = deadline("EE", "expulsion_order", date(2026, 4, 1), notified=date(2026, 4, 2))
    assert found.due == date(2026, 4, 12)
    assert "Stops removal: no" in found.text


def test_detention_challenge_thirty_days_from_detention():
    """Estonian Human Rights Centre guide, "Complaints about the lawfulness of detention",
    https://inimoigustegiid.ee/en/themes/detention-in-immigration-asylum/detention-asylum/how-to-complain/complaints-about-the-lawfulness-of-detention:
    "a challenge concerning an administrative act or measure shall be filed within thirty days as of the
    day when you became or should have become aware of the challenged administrative act or measure"."""
    found = deadline("EE", "detention", date(2026, 2, 10))
    assert found.due == date(2026, 3, 12)
    assert "not the appeal against a court detention order" in found.text


def test_extradition_period_unknown_says_what_to_look_for():
    """AEAJ, "Estonian case", https://aeaj.org/page/Estonian-case: Harju County Court rules on admissibility,
    the Government decides by order, the Administrative Court hears the complaint; no period is given."""
    found = deadline("EE", "extradition_request", date(2026, 2, 10))
    assert found.due is None and "not known" in found.text and "Government" in found.text


def test_entry_ban_challenged_with_the_precept_ten_days():
    """Estonian Human Rights Centre guide, "How can you challenge unfair expulsion?" (same page as the
    precept): the entry ban is part of the precept to leave, which "may be contested in the Administrative
    Court within ten days of its announcement"."""
    found = deadline("EE", "entry_ban", date(2026, 4, 1), notified=date(2026, 4, 2))
    assert found.due == date(2026, 4, 12) and "precept to leave" in found.text

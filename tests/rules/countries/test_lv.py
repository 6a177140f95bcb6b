"""Latvia: the deadline each decision gets from the shipped profile, with the page it was taken from.

Sources were read on 2026-12-05; each test cites the page its figures come from.
"""

from datetime import date

from casetracker.rules import RuleType
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, deadline, remedy


def test_asylum_refused_one_month_from_notification_regular_procedure_only():
    """UNHCR Help Latvia, "Can I appeal a negative decision?",
    https://help.unhcr.org/latvia/how-to-apply-for-asylum-in-latvia/can-i-appeal-a-negative-decision/:
    "the appeal must be submitted within 1 month after the decision rejecting your asylum claim was notified
    to you". Legal Aid Administration, https://www.jpa.gov.lv/en/legal-aid-asylum-area: "The time limits for
    appeal ... are determined by the Asylum Law (depending on the type of procedure these may be very short
    as well)" — so the other procedures are flagged unverified."""
    found = deadline(
        "LV", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 4, 4)
    assert found.rule == "LV.remedy.decision_negative.2022-02-24"
    assert "may have much shorter periods" in found.text and UNVERIFIED not in found.text
    unrecorded = deadline("LV", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert unrecorded.due == date(2026, 4, 4) and UNVERIFIED in unrecorded.text  # a shorter one may apply


def test_asylum_refused_in_an_accelerated_procedure_is_flagged_not_trusted():
    """Legal Aid Administration (same page): shorter periods exist but were not found; the general month
    is shown only with the warning that shorter periods may apply."""
    found = deadline(
        "LV", "decision_negative", date(2025, 1, 31), notified=date(2025, 1, 31), procedure="accelerated"
    )
    assert found.due == date(2025, 2, 28)
    assert "no period of its own" in found.text and UNVERIFIED in found.text


def test_asylum_refused_after_the_pact_same_period_but_unverified():
    """Saeima Social Cohesion Committee (2024): "visdrīzāk būs jāpieņem jauns Patvēruma likums" — no new
    law or period was found, so the old one is repeated, unverified."""
    found = deadline("LV", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3))
    assert found.due == date(2026, 8, 3)
    assert found.rule == "LV.remedy.decision_negative.2026-06-12" and UNVERIFIED in found.text


def test_refusal_of_entry_unknown_says_what_to_look_for():
    """Judging the Charter, Zakaria note, https://charter.humanrights.at/caselaw/detail/57: "he lodged a
    complaint with the Head of the State border control" — the body; no period was found."""
    found = deadline("LV", "entry_denied", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Annex V" in found.text


def test_visa_annulment_unknown_says_what_to_look_for():
    """No page read gives the Latvian remedy against a visa annulment, so no period is given."""
    found = deadline("LV", "visa_cancelled", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Annex VI" in found.text


def test_residence_permit_annulled_one_month_general_rule_unverified_for_permits():
    """Administrative Procedure Law s. 79 (translation, https://idea.staging.devopsites.com/answer/ans94741752382442):
    "An administrative act may be disputed within a one-month period from the day it comes into effect".
    The Immigration Law was not read, so the month is flagged."""
    found = deadline("LV", "permit_annulled", date(2026, 1, 30))
    assert found.due == date(2026, 2, 28)
    assert (
        "head of the Office of Citizenship and Migration Affairs" in found.text and UNVERIFIED in found.text
    )


def test_removal_order_unknown_says_what_to_look_for():
    """Latvian Human Rights Guide, "Right to remain in the territory": "The removal order won't be enforced
    while you appeal it to the head of the institution that issued it" — no period given."""
    found = deadline("LV", "expulsion_order", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "working days" in found.text


def test_detention_unknown_says_what_to_look_for():
    """Legal Aid Administration: "a decision taken by the State Border Guard - to the district (city) court:
    ... b. regarding detention" — no period given."""
    found = deadline("LV", "detention", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text


def test_extradition_unknown_says_what_to_look_for():
    """Supreme Court of Latvia press release (2013): "decision of the Prosecutor's General Office on
    admissibility of extradition may be appealed to the Supreme Court" — no period found."""
    found = deadline("LV", "extradition_request", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Prosecutor General" in found.text


def test_non_biometric_passports_rule_from_15_july_2025_without_the_propaganda_source():
    """Trend (2025-06-19), https://en.trend.az/baltics/4059007.html: "Beginning July 15, 2025, Latvia will
    recognize only biometric passports issued by the Russian Federation as valid travel documents"."""
    rule = PROFILES.get("LV").rule_on(RuleType.ENTRY, date(2025, 7, 15))
    assert rule.id == "LV.entry.2025-07-15" and rule.verified
    assert "biometric" in rule.body.passport_requirement
    assert all("pravda" not in s.url for s in rule.sources)
    assert PROFILES.get("LV").rule_on(RuleType.ENTRY, date(2025, 7, 14)).id == "LV.entry.2022-02-25"
    assert remedy("LV", "decision_negative", date(2025, 7, 15)) is not None


def test_entry_ban_unknown_says_what_to_look_for():
    """No page read gives the remedy against an entry ban in Latvia, so no period is given."""
    found = deadline("LV", "entry_ban", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text

"""Montenegro: the remedy against each kind of decision, from the pages read on 2026-12-05.

Montenegro is poorly covered: most periods are unknown, and those given come from an unofficial site
that may describe the law before 2018 (marked unverified).
"""

from datetime import date

from casetracker.rules import RuleType
from tests.rules.countries.country_helpers import PROFILES, deadline, remedy


def period_unverified(code: str, decision: str, day: date) -> bool:
    """The profile marks the period of this remedy (or the whole rule) unverified."""
    return not remedy(code, decision, day).is_verified("days", "months", "hours", "variants")


def test_asylum_refusal_lawsuit_period_not_found():
    """Građanska alijansa, UPR preparatory meeting:
    https://gamn.org/preparatory-meeting-held-for-the-universal-periodic-review-of-the-state-of-human-rights-in-montenegro-to-be-held-in-geneva/?lang=en
    "In the event that the Ministry of Internal Affairs makes a negative decision, the CA legal team
    offers users the opportunity to file a lawsuit before the Administrative Court." The period was not
    found, and no remembered figure is given in its place."""
    found = deadline("ME", "decision_negative", date(2026, 3, 2))
    assert found.due is None and "pouka o pravnom lijeku" in found.text
    assert "memory" not in remedy("ME", "decision_negative", date(2026, 3, 2)).note


def test_refusal_of_entry_not_found():
    """No source: not found; the rule is marked unverified."""
    found = deadline("ME", "entry_denied", date(2026, 3, 2))
    assert found.due is None and "pouka o pravnom lijeku" in found.text


def test_visa_cancellation_not_researched():
    """No source: Russians needed no visa until at least Nov 2025; the rule is marked unverified."""
    found = deadline("ME", "visa_cancelled", date(2026, 3, 2))
    assert found.due is None and "cancelling the visa" in found.text


def test_residence_permit_not_found():
    """No source: one search; the rule is marked unverified."""
    found = deadline("ME", "permit_annulled", date(2026, 3, 2))
    assert found.due is None and "pouka o pravnom lijeku" in found.text


def test_departure_deadline_decision_appeal_3_days_unverified():
    """work-in-montenegro.com, "Illegal residence",
    https://work-in-montenegro.com/index.php/residence/illegal-residence:
    "An appeal against the decision may be lodged to the Ministry within three days following that of its
    delivery." (Unofficial, possibly before the 2018 law: unverified.)"""
    found = deadline("ME", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 7)
    assert period_unverified("ME", "expulsion_order", date(2026, 3, 2))


def test_entry_ban_reviewable_by_the_administrative_court_period_not_found():
    """naslovi.net (Vijesti):
    https://naslovi.net/2023-08-26/politika/bozovicu-ukinuta-zabrana-ulaska-u-crnu-goru/34255281
    "Управни суд је почетком јуна усвојио жалбу ... и поништио решење Министарства унутрашњих послова
    којим му је 30. септембра 2022. године забрањен улазак у Црну Гору" (the Administrative Court annulled
    the ministry's decision banning entry)."""
    found = deadline("ME", "entry_ban", date(2026, 3, 2))
    assert found.due is None and "pouka o pravnom lijeku" in found.text


def test_compulsory_removal_appeal_8_days_unverified():
    """work-in-montenegro.com, "Deportation", https://work-in-montenegro.com/index.php/deportation: "An
    appeal can be filed to the Ministry against the decision within eight days of receipt of the
    decision." (Unofficial: unverified.)"""
    found = deadline("ME", "deportation", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 12)
    assert remedy("ME", "deportation", date(2026, 3, 2)).verified is False


def test_shelter_for_foreigners_placement_appeal_8_days_unverified():
    """work-in-montenegro.com, "Deportation" (as above): "An appeal against the decision may be lodged to
    the Ministry, within eight days from the date of receipt of the decision." """
    found = deadline("ME", "detention", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 12)
    assert period_unverified("ME", "detention", date(2026, 3, 2))


def test_extradition_appeal_not_read():
    """Law on Mutual Legal Assistance in Criminal Matters (Sl. list CG 4/2008):
    https://yumpu.com/en/document/view/44620310/the-law-on-mutual-legal-assistance-in-criminal-matters/7
    "(2) The order ... shall be submitted by the court ex officio directly to the higher court which may
    confirm, repeal or reverse the decision after it hears the state prosecutor." Art. 20 was not read."""
    found = deadline("ME", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "rješenje" in found.text


def test_thirty_days_per_entry_rests_on_the_agreement_and_the_visa_plan_is_flagged():
    """Agreement Montenegro-Russia on mutual travel, art. 1 (Sl. list CG - MU 2/2013),
    http://www.podaci.net/_gCGO/propis/Sporazum_izmedju_Vlade/S-rusupd01v1302.html: "bez viza, uz uslov da
    trajanje njihovog neprekidnog boravka na teritoriji te države ne prelazi 30 dana od datuma ulaska";
    RFE/RL (29 Nov 2025): visas planned by the end of Q3 2026, not verified whether introduced."""
    stay = PROFILES.get("ME").rule_on(RuleType.STAY, date(2026, 3, 2))
    assert stay.body.per_entry_days == 30 and stay.source.kind == "law"
    entry = PROFILES.get("ME").rule_on(RuleType.ENTRY, date(2026, 12, 5))
    assert not entry.is_verified("regime")

"""Serbia: the remedy against each kind of decision, from the pages read on 2026-12-05.

Every Serbian decision carries an instruction on the legal remedy (pouka o pravnom leku): where a
period here is unverified or unknown, that instruction governs.
"""

from datetime import date

from casetracker.rules import RuleType
from tests.rules.countries.country_helpers import PROFILES, deadline, remedy


def period_unverified(code: str, decision: str, day: date) -> bool:
    """The profile marks the period of this remedy (or the whole rule) unverified."""
    return not remedy(code, decision, day).is_verified("days", "months", "hours", "variants")


def test_asylum_refusal_period_not_found_the_decision_must_be_read():
    """No page read states the period of the appeal in the regular procedure (AIDA Serbia, UNHCR and
    Serbian legal sites searched more than ten times), so no period is given and no remembered figure
    takes its place. The 8 days that AIDA states for the accelerated procedure and for an inadmissible
    subsequent application are told in what to look for (see the next test)."""
    found = deadline(
        "RS", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due is None and "pouka o pravnom leku" in found.text
    assert found.rule == "RS.remedy.decision_negative.2022-02-24"


def test_asylum_refusal_accelerated_or_subsequent_8_days_told_in_what_to_look_for():
    """AIDA Serbia, "Accelerated procedure" (updated 22/08/24),
    https://asylumineurope.org/reports/country/serbia/asylum-procedure/procedures/accelerated-procedure/:
    "The deadline for an appeal to the Asylum Commission is 8 days from the notification of the
    decision." AIDA Serbia, "Admissibility procedure",
    https://asylumineurope.org/reports/country/serbia/asylum-procedure/procedures/admissibility-procedure/:
    "... with the exception of appeals against the inadmissibility of a subsequent applications which
    must be lodged within 8 days before the Asylum Commission." """
    for procedure in ("accelerated", "subsequent", ""):
        found = deadline(
            "RS", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure=procedure
        )
        assert found.due is None and "8 days of notification" in found.text
    rule = remedy("RS", "decision_negative", date(2026, 3, 2))
    assert rule.source.kind == "unhcr_aida" and "memory" not in rule.note


def test_refusal_of_entry_remedy_not_found_read_the_form():
    """Bojović & Partners, "Srbija: novi zakon o strancima",
    https://www.bd2p.com/sr/bp-novosti/bilteni/srbija-novi-zakon-o-strancima:
    "Ulazak strancu se sada odbija putem odluke na standardizovanom obrascu o odbijanju ulaska u kome se
    navode tačni razlozi odbijanja ulaska." (Entry is refused by a decision on a standard form.)
    Karanovic & Partners, https://www.karanovicpartners.com/news/new-serbian-law-on-foreigners-adopted/:
    "The deadline for the submission of the appeal is within 15 days since the respective decision is
    obtained" (a law firm's summary, not the statute: no period is encoded)."""
    found = deadline("RS", "entry_denied", date(2026, 3, 2))
    assert found.due is None and "pouka o pravnom leku" in found.text


def test_residence_refusal_appeal_about_two_weeks_unverified():
    """N1, "Serbia refuses to extend residence permit for Russian antiwar activist" (26 July 2023):
    https://n1info.ba/english/news/serbia-refuses-to-extend-residence-permit-for-russian-antiwar-activist/?comments
    "He has two weeks to appeal the decision and said he would do so and seek its reversal." A law
    firm's summary of the 2018 law gives 15 days (Karanovic & Partners): the earlier 14 are kept,
    unverified."""
    found = deadline("RS", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 18)
    assert period_unverified("RS", "permit_annulled", date(2026, 3, 2))


def test_return_decision_period_not_found_read_the_instruction_on_remedies():
    """No page read states the period of the appeal against a return decision (case reports only, e.g.
    rks.news reporting VOA on a cancelled order to leave), so no period is given."""
    found = deadline("RS", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due is None and "pouka o pravnom leku" in found.text
    assert "postpone enforcement" in found.text


def test_entry_ban_remedy_not_researched():
    """No source: not researched; the rule is marked unverified."""
    found = deadline("RS", "entry_ban", date(2026, 3, 2))
    assert found.due is None and "pouka o pravnom leku" in found.text


def test_detention_appeal_8_days_from_delivery():
    """AIDA Serbia, "Judicial review of the detention order" (updated 22/08/24),
    https://asylumineurope.org/?p=4255:
    "Applicants can challenge their detention before the competent Higher Court within 8 days from the
    delivery of the detention decision." / "Article 90 provides that a complaint against a decision on
    immigration detention ... can be lodged within 8 days of the day of delivery of the decision" """
    found = deadline("RS", "detention", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 12)


def test_extradition_appeal_period_not_found():
    """Tomanović law office (19 Oct 2023):
    https://tomanovic.rs/2023/10/19/resisting-an-extradition-the-firm-successfully-represents-a-private-client-before-the-court-of-appeal
    "... the First instance Court – High Court in Belgrade, Special Department for Organized Crime, issued
    an extradition order. Following this, the firm appeared before the Court of Appeal" """
    found = deadline("RS", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "Committee against Torture" in found.text
    assert "memory" not in found.text


def test_thirty_days_per_entry_rests_on_the_agreement_not_on_a_state_outlet():
    """Law ratifying the Serbia-Russia agreement (Sl. glasnik RS - MU 31/2009),
    http://www.podaci.net/_gSRB/propis/Zakon_o_potvrdjivanju/Z-psivrs03v0931.html, art. 1: "... pod uslovom
    da period njihovog neprekidnog boravka na teritoriji te države nije duži od 30 dana od datuma
    ulaska" (provided the continuous stay does not exceed 30 days from the date of entry)."""
    rule = PROFILES.get("RS").rule_on(RuleType.STAY, date(2026, 3, 2))
    assert rule.body.per_entry_days == 30 and rule.verified and rule.source.kind == "law"

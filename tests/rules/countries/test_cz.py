"""Czech Republic: the deadline each decision gets from the shipped profile, with the page it was taken from.

Sources were read on 2026-12-05; each test cites the page its figures come from.
"""

from datetime import date

import pytest

from tests.rules.countries.country_helpers import UNVERIFIED, deadline


def test_asylum_refused_fifteen_days_from_service():
    """Codexis, Asylum Act § 32, https://public.codexis.cz/zakon/437-2006-sb-...-paragraf-32-paragraf32: "(1)
    Žalobu proti rozhodnutí ministerstva ve věci mezinárodní ochrany lze podat ve lhůtě 15 dnů ode dne
    doručení rozhodnutí." Ministry of the Interior, https://mvcr.cz/isdoc/docDetail.aspx?docType=ART&docid=44832:
    "The action must be filed within a period of fifteen days ... and has a dilatory effect.\""""
    found = deadline(
        "CZ", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 19)
    assert found.rule == "CZ.remedy.decision_negative.2022-02-24"
    assert "Stops removal: yes" in found.text and "§ 32(1)" in found.text


@pytest.mark.parametrize("procedure", ["manifestly_unfounded", "border", "detained", "inadmissible"])
def test_asylum_seven_days_in_the_cases_section_32_2_lists(procedure):
    """Codexis, § 32(2): "Ve lhůtě 7 dnů ode dne doručení rozhodnutí lze podat žalobu proti rozhodnutí ...
    a) jímž se tato žádost zamítá jako zjevně nedůvodná, b) které bylo doručeno ... v tranzitním prostoru
    mezinárodního letiště, c) podané v zařízení pro zajištění cizinců, nebo d) jímž bylo řízení ...
    zastaveno z důvodu nepřípustnosti žádosti.\""""
    found = deadline(
        "CZ", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure=procedure
    )
    assert found.due == date(2026, 3, 11)


def test_asylum_dublin_seven_days_applied_by_inference_and_flagged():
    """Codexis, § 32(2)(d) (quoted above): 7 days for a discontinuation "z důvodu nepřípustnosti žádosti".
    No page states the period for Dublin decisions: the 7 days are applied by inference, flagged."""
    found = deadline(
        "CZ", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="dublin"
    )
    assert found.due == date(2026, 3, 11) and UNVERIFIED in found.text


def test_asylum_refused_after_the_pact_same_period_but_unverified():
    """Sbírka zákonů, 314/2025 Sb., https://esipa.cz/sbirka/sbsrv.dll/sb?CP=2025s314&DR=SB: "Nabývá
    účinnosti: 12. června 2026 s výjimkou" — its periods were not read, so the old ones are repeated."""
    found = deadline(
        "CZ", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert found.due == date(2026, 7, 18)
    assert found.rule == "CZ.remedy.decision_negative.2026-06-12" and UNVERIFIED in found.text


def test_refusal_of_entry_unknown_court_review_excluded():
    """Codexis, Aliens Residence Act § 171 (2011): "Z přezkoumání soudem jsou vyloučena ... b) rozhodnutí o
    odepření vstupu" — no current remedy or period found."""
    found = deadline("CZ", "entry_denied", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "art. 14(3)" in found.text


def test_visa_annulment_unknown_says_what_to_look_for():
    """No page read gives the remedy against a visa annulment; the refusal route (request for re-assessment
    within 15 days) is not confirmed for annulments, so no period is given."""
    found = deadline("CZ", "visa_cancelled", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Annex VI" in found.text


def test_residence_permit_cancelled_fifteen_days_appeal_to_the_commission():
    """Ministry of the Interior, "Právní moc rozhodnutí a odvolání",
    https://www.mvcr.cz/clanek/obcane-tretich-zemi-prubeh-rizeni-pravni-moc-rozhodnuti-a-odvolani.aspx:
    "Proti rozhodnutí o zamítnutí žádosti může žadatel ve lhůtě do 15 dnů od doručení podat odvolání ke
    Komisi pro rozhodování ve věcech pobytu cizinců." advokationline.eu,
    https://advokationline.eu/pozdni-odvolani-cizince-ve-spravnim-rizeni-prezkumne-rizeni/: "Tato lhůta činí
    ve většině případů 15 dnů ... Odvolací lhůta se počítá ode dne oznámení rozhodnutí.\""""
    found = deadline("CZ", "permit_annulled", date(2026, 4, 1), notified=date(2026, 4, 7))
    assert found.due == date(2026, 4, 22)
    assert "Commission for Decision-Making on Residence of Foreigners" in found.text


def test_administrative_expulsion_five_days_suspensive():
    """advokationline.eu (same page): "u některých rozhodnutí, například o správním vyhoštění, je odvolací
    lhůta jen pětidenní"; FAQ: "Odvolání proti rozhodnutí o správním vyhoštění má ze zákona odkladný účinek".
    """
    found = deadline("CZ", "expulsion_order", date(2026, 4, 1), notified=date(2026, 4, 2))
    assert found.due == date(2026, 4, 7) and "Stops removal: yes" in found.text


def test_detention_unknown_says_what_to_look_for():
    """OPU (2019): release may be requested "no earlier than 30 days from coming into force of the detention
    decision" — the period for the action itself was not found."""
    found = deadline("CZ", "detention", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "poučení" in found.text


def test_extradition_three_days_unverified():
    """novyepis.cz, https://www.novyepis.cz/judikatura/399568: the court rules on admissibility, the Minister
    decides (§ 97). The 3-day complaint period (Criminal Procedure Code § 143(1)) was not read: unverified."""
    found = deadline("CZ", "extradition_request", date(2026, 2, 2), notified=date(2026, 2, 3))
    assert found.due == date(2026, 2, 6) and UNVERIFIED in found.text


def test_entry_ban_challenged_with_the_expulsion_five_days():
    """advokationline.eu (quoted above): "například o správním vyhoštění, je odvolací lhůta jen pětidenní";
    the entry ban is set in the expulsion decision (§ 119) and challenged with it."""
    found = deadline("CZ", "entry_ban", date(2026, 4, 1), notified=date(2026, 4, 2))
    assert found.due == date(2026, 4, 7) and "Stops removal: yes" in found.text

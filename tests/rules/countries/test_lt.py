"""Lithuania: the deadline each decision gets from the shipped profile, with the page it was taken from.

Sources were read on 2026-12-05; each test cites the page its figures come from.
"""

from datetime import date

import pytest

from casetracker.rules import RuleType
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, deadline


def test_asylum_refused_fourteen_calendar_days():
    """LVAT ruling eAS-205-556/2025, https://e-tar.lt/rs/legalact/6b05b784d8e211efa5ddd96c482819f5:
    "Pareiškėjas skunde pripažino praleidęs skundo dėl Sprendimo panaikinimo padavimo per 14 kalendorinių
    dienų terminą" (a Migration Department decision); EUAA DIP: "appeal procedure in 138(1-2), 140/25"."""
    found = deadline(
        "LT", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 18)
    assert found.rule == "LT.remedy.decision_negative.2022-02-24"
    assert "calendar days" in found.text and UNVERIFIED not in found.text  # sure for the general procedure
    unrecorded = deadline("LT", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert unrecorded.due == date(2026, 3, 18) and UNVERIFIED in unrecorded.text  # others' periods not found


@pytest.mark.parametrize("procedure", ["inadmissible", "dublin"])
def test_asylum_not_examined_on_the_merits_or_dublin_fourteen_days(procedure):
    """LVAT ruling AS-520-846-12, https://eteismai.lt/byla/203088240461592/AS-520-846-12: "su Sprendimu
    pareiškėjas buvo supažindintas 2012 m. rugsėjo 5 d., o 14 dienų apskundimo terminas baigėsi 2012 m.
    rugsėjo 19 d." — the court's own count, repeated here."""
    found = deadline(
        "LT", "decision_negative", date(2022, 9, 1), notified=date(2022, 9, 5), procedure=procedure
    )
    assert found.due == date(2022, 9, 19)


def test_asylum_refused_after_the_pact_same_period_but_unverified():
    """No Lithuanian law implementing the EU Pact was found: the old period is repeated, unverified."""
    found = deadline("LT", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3))
    assert found.due == date(2026, 7, 17)
    assert found.rule == "LT.remedy.decision_negative.2026-06-12" and UNVERIFIED in found.text


def test_visa_annulled_fourteen_days_from_service():
    """Ministry of Foreign Affairs (Embassy in Russia), "Decision on visa application, right to appeal",
    https://ru.mfa.lt/en/coming-to-lithuania/visas/decision-on-visa-application-right-to-appeal/129:
    "Applicants who have been refused a visa or whose visa has been annulled or revoked ... have the right to
    file an appeal ... to Vilnius Regional Administrative Court ... within 14 days from the service of the
    decision"."""
    found = deadline("LT", "visa_cancelled", date(2026, 1, 12), notified=date(2026, 1, 15))
    assert found.due == date(2026, 1, 29)
    assert "Regional Administrative Court" in found.text


def test_temporary_residence_permit_revoked_fourteen_calendar_days():
    """LVAT ruling eAS-205-556/2025 (quoted above): "per 14 kalendorinių dienų terminą"; eAS-117-502/2025,
    https://e-tar.lt/rs/legalact/0de67fa1d75011efa5ddd96c482819f5: the decision uploaded to MIGRIS with
    the appeal information counts as notification."""
    found = deadline("LT", "permit_annulled", date(2024, 7, 22), notified=date(2024, 7, 22))
    assert found.due == date(2024, 8, 5)


def test_expulsion_fourteen_days_inferred_and_flagged():
    """The 14 days of art. 138, as the LVAT rulings above apply it to Migration Department decisions, are
    applied to expulsion by inference (not read for expulsion itself), so the days are unverified."""
    found = deadline("LT", "expulsion_order", date(2026, 5, 4), notified=date(2026, 5, 6))
    assert found.due == date(2026, 5, 20) and UNVERIFIED in found.text


def test_entry_ban_fourteen_days_inferred_and_flagged():
    """LVAT eAS-308-629/2025, https://e-tar.lt/rs/legalact/826d48a0ff6311ef8619bb348379608d: a 3-year entry
    ban with an SIS alert and a late complaint; the 14 days are inferred, so unverified."""
    found = deadline("LT", "entry_ban", date(2026, 5, 4), notified=date(2026, 5, 6))
    assert found.due == date(2026, 5, 20) and UNVERIFIED in found.text


def test_refusal_of_entry_unknown_says_what_to_look_for():
    """No Lithuanian source on the remedy against refusal of entry was found, so no period is given."""
    found = deadline("LT", "entry_denied", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Annex V" in found.text


def test_detention_unknown_says_what_to_look_for():
    """EUAA case law, LVAT A-1844-602/2023: the district court decides, the LVAT hears the appeal; no period
    was found."""
    found = deadline("LT", "detention", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text


def test_extradition_unknown_says_what_to_look_for():
    """Council of Europe Treaty Office, Lithuania's declarations to ETS 24: "Written requests for extradition
    can be exchanged between ... the Lithuanian Ministry of Justice or Prosecutor General's Office" — no
    court stage or period found."""
    found = deadline("LT", "extradition_request", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text


def test_entry_rules_passports_and_the_unconfirmed_extension_to_2027():
    """Ministry of Foreign Affairs, https://www.urm.lt/en/news/928/...:44207: "decided to no longer recognize
    non-biometric passports issued by the Russian Federation (RF) as valid travel documents for entering
    Lithuanian territory". Report.az (2026-01-28): "The Cabinet of Ministers of Lithuania approved the
    extension of restrictive measures ... until the end of 2027" — the Seimas' vote was not found."""
    lt = PROFILES.get("LT")
    assert lt.rule_on(RuleType.ENTRY, date(2025, 5, 31)).body.passport_requirement is None
    assert "non-biometric" in lt.rule_on(RuleType.ENTRY, date(2025, 6, 1)).body.passport_requirement
    later = lt.rule_on(RuleType.ENTRY, date(2026, 12, 5))
    assert later.id == "LT.entry.2026-05-03" and later.effective_to == date(2027, 12, 31)
    assert "visa_issuance" in later.unverified_fields and "NOT found" in later.note
    assert not lt.rule_on(RuleType.RESIDENCE, date(2026, 12, 5)).verified

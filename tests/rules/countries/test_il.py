"""Israel: the remedy against each kind of decision, from the pages read on 2026-12-05.

No statute or gov.il page stating the appeal periods was reached: the periods come from law firms.
"""

from datetime import date

from casetracker.rules import CaseFacts, EventFact, evaluate
from casetracker.vocabulary import CaseKind, DatePrecision, EventKind
from tests.rules.countries.country_helpers import PROFILES, deadline, remedy


def period_unverified(code: str, decision: str, day: date) -> bool:
    """The profile marks the period of this remedy (or the whole rule) unverified."""
    return not remedy(code, decision, day).is_verified("days", "months", "hours", "variants")


def earlier_step(decision: str, decided: date, notified: date) -> date | None:
    """The due date of the step the profile puts before the remedy (the internal appeal)."""
    events = (
        EventFact("decision", EventKind(decision), decided, DatePrecision.EXACT, "IL"),
        EventFact("notice", EventKind.NOTIFIED, notified, DatePrecision.EXACT, "IL"),
    )
    result = evaluate(CaseFacts("T-1", CaseKind.ASYLUM, "IL", frozenset(), events), PROFILES, notified)
    steps = [d.due for d in result.deadlines if d.kind == "remedy_step"]
    return steps[0] if steps else None


def test_asylum_refusal_appeal_to_the_appeals_tribunal_30_days_from_receipt():
    """DSF law firm, "בית הדין לעררים":
    https://www.dsf-law.co.il/%D7%91%D7%99%D7%AA-%D7%94%D7%93%D7%99%D7%9F-%D7%9C%D7%A2%D7%A8%D7%A8%D7%99%D7%9D/
    "את הערר יש להגיש בתוך 30 ימים ממועד קבלת החלטה של רשות האוכלוסין וההגירה." (The appeal must be filed
    within 30 days of receiving the Population and Immigration Authority's decision.) Counted here from
    the decision itself, the earlier reading, like the internal appeal that may have to come first."""
    found = deadline(
        "IL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 4, 1)
    assert remedy("IL", "decision_negative", date(2026, 3, 2)).body.suspensive == "on_request"


def test_asylum_refusal_internal_appeal_first_within_21_days():
    """DSF law firm, "Internal Appeal at the Population Authority",
    https://www.dsf-law.co.il/internal-appeal-at-the-population-authority/: "From the moment a decision was
    made to reject an application for regularization of status, one has 21 days to file an internal
    appeal." (Whether a rejected asylum claim needs it is not verified: it is given as an earlier step,
    counted from the decision.)"""
    assert earlier_step("decision_negative", date(2026, 3, 2), date(2026, 3, 4)) == date(2026, 3, 23)


def test_refusal_at_the_airport_appeal_at_least_4_hours_before_the_return_flight():
    """InLaw, "Appealing the decision to deport", https://inlaw.co.il/appealing-the-decision-to-deport-2/:
    "It is important to remember that the appeal has to be filed at least 4 hours prior to the intended
    return flight, otherwise the appeal will be automatically denied." """
    found = deadline("IL", "entry_denied", date(2026, 3, 2))
    assert found.due is None and "4 hours" in found.text and "flight" in found.text


def test_visa_cancellation_internal_appeal_21_days_unverified():
    """MWT law firm, "ערעור על החלטות רשות האוכלוסין וההגירה" (URL in the profile): "הערר יוגש בכתב בהקדם
    הניתן ותוך 21 ימים." (The appeal is filed in writing as soon as possible and within 21 days.) This is
    the general rule for PIBA decisions, applied to visa cancellations by inference: the rule is marked
    unverified."""
    found = deadline("IL", "visa_cancelled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 23)
    assert period_unverified("IL", "visa_cancelled", date(2026, 3, 2))
    assert "by inference" in remedy("IL", "visa_cancelled", date(2026, 3, 2)).note


def test_permit_annulled_internal_appeal_21_days_then_the_tribunal():
    """hagira.org.il, "הזכות להגיש ערר לבית הדין לעררים" (URL in the profile): "ערעור על החלטת משרד הפנים-
    רשות האוכלוסין וההגירה יהיה לפני בית הדין לעררים וזאת רק לאחר שהוגש ערר פנימי על החלטת הרשות." (An
    appeal to the Tribunal only after an internal appeal was filed); DSF: 21 days from the decision."""
    found = deadline("IL", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 23)
    assert "Appeals Tribunal" in found.text


def test_removal_order_tribunal_30_days_unverified_ask_for_an_interim_order():
    """Dangel law office, https://www.dangel-law.co.il/?p=7026: "filing this appeal allows for the
    submission of a request for an interim order to stay all enforcement actions"; the 30 days are the
    Tribunal's general period (DSF), not verified for removal orders."""
    found = deadline("IL", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 4, 3)
    assert period_unverified("IL", "expulsion_order", date(2026, 3, 2))
    assert "only if the court is asked" in found.text


def test_re_entry_ban_comes_with_the_refusal_or_removal():
    """InLaw (as above): a refusal usually carries a re-entry ban; no period of its own was found."""
    found = deadline("IL", "entry_ban", date(2026, 3, 2))
    assert found.due is None and "refusal or removal decision" in found.text


def test_detention_custody_review_tribunal_timings_not_found():
    """Hotline for Refugees and Migrants, "The Detention Review Tribunals" (2014),
    https://ru.scribd.com/document/250158351/The-Detention-Review-Tribunals: "The Detention Review
    Tribunals ... operate far from the public eye, within the wards of immigration detention facilities." """
    found = deadline("IL", "detention", date(2026, 3, 2))
    assert found.due is None and "review hearing" in found.text


def test_extradition_appeal_to_the_supreme_court_period_not_found():
    """Versa, Gabber v. Attorney General, CrimA 9203/18,
    https://versa.cardozo.yu.edu/opinions/gabber-v-attorney-general:
    "This was an appeal of a judgment of the District Court that declared the Appellant extraditable to
    the United States." The period was not found."""
    found = deadline("IL", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "District Court's judgment" in found.text
    assert "memory" not in found.text and "30 days" not in found.text


def test_stay_ninety_days_in_any_180_day_period():
    """Consulate General of Israel in St Petersburg (Israeli MFA), "Безвизовый режим с Россией",
    https://embassies.gov.il/spb/ConsularServices/Pages/visa-free.aspx, the Russia-Israel agreement on the
    waiver of visa requirements, art. 1(1): citizens holding valid passports (other than diplomatic and
    service ones) "могут въезжать, выезжать, следовать транзитом и пребывать на территории государства
    другой Стороны без виз девяносто (90) дней в течение периода в сто восемьдесят (180) дней"."""
    stay, _ = PROFILES.get("IL").stay_on(date(2026, 2, 2))
    assert (stay.body.limit_days, stay.body.window_days) == (90, 180)
    assert stay.sources[0].kind == "government"

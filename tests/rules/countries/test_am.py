"""Armenia: the deadline each decision gets from the shipped profile, with the page it was taken from.

Each test cites the page its figure was read on, on 2026-12-05. Russians enter visa-free, so no visa
is cancelled.
"""

from datetime import date

from casetracker.rules import CaseFacts, RuleType, evaluate
from casetracker.vocabulary import CaseKind, RiskMarker
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, custody, deadline, remedy


def test_asylum_refused_thirty_days_from_learning_of_it_suspensive_but_unverified():
    """State Migration Service of Armenia (former official site), http://www.smsmta.am/?menu_id=126:
    "Ընդունված բացասական որոշումները կարող են բողոքարկվել դատական կարգով` դրա մասին տեղեկանալու
    օրվանից սկսած 30 օրվա ընթացքում" (negative decisions may be appealed in court within 30 days from
    the day of learning of them). UNHCR Help Armenia,
    https://help.unhcr.org/armenia/rights-and-duties/asylum-seekers: legal residence "including the
    period of appealing the negative decision in court".
    The page is old: the 30 days are marked unverified."""
    found = deadline("AM", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 5))
    assert found.due == date(2026, 4, 4)
    assert found.rule == "AM.remedy.decision_negative.2022-02-24"
    assert "Administrative Court of Armenia" in found.text and "Stops removal: yes" in found.text
    assert "Court of Cassation" in found.text and UNVERIFIED in found.text


def test_thirty_days_without_registration_rest_on_the_agreement():
    """ARLIS, Agreement between the Governments of Armenia and Russia on the procedure of stay of their
    citizens, art. 1(1), https://www.arlis.am/hy/acts/99181: "Մի Կողմի պետության տարածքում
    ժամանակավորապես գտնվող մյուս Կողմի պետության քաղաքացիներն ազատվում են մուտքի պետության իրավասու
    մարմիններում 30 օրվա ընթացքում" (citizens of one Party temporarily staying in the other are exempt,
    with its competent bodies, for 30 days [from registering])."""
    rule = PROFILES.get("AM").rule_on(RuleType.REGISTRATION, date(2026, 3, 2))
    assert rule.body.within_days == 30 and rule.source.kind == "law" and rule.verified
    assert rule.verified_on == date(2026, 12, 5)


def test_expulsion_by_court_period_unknown_says_what_to_look_for():
    """UNHCR Help Armenia, "Consequences of asylum refusal",
    https://help.unhcr.org/armenia/seeking-asylum-in-armenia/consequences-of-asylum-refusal/:
    "Your deportation from Armenia will be
    implemented only based on court decision." The appeal period was not found."""
    found = deadline("AM", "expulsion_order", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "80 or over" in found.text


def test_extradition_period_unknown_says_act_the_same_day():
    """Hetq, https://hetq.am/en/article/173443, and Batumelebi,
    https://batumelebi.netgazeti.ge/articles-in-english/588737/:
    "He was arrested in Armenia at Russia's request and placed in 40-day
    extradition custody." The appeal against the extradition decision (CPC 2022) was not found."""
    found = deadline("AM", "extradition_request", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Rule 39" in found.text


def test_refusal_of_entry_not_researched():
    """No source: the remedy against a refusal of entry was not searched; the rule is unverified."""
    found = deadline("AM", "entry_denied", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text
    assert not remedy("AM", "entry_denied", date(2026, 2, 2)).verified


def test_permit_annulled_not_researched():
    """No source: the remedy against a permit annulment was not searched; the profile says to look for
    the appeal clause of the annulment decision."""
    found = deadline("AM", "permit_annulled", date(2026, 2, 2))
    assert found.due is None and "appeal clause" in found.text


def test_detention_not_researched():
    """No source: the remedy against a detention was not searched; the profile says to look for the
    court order and its appeal clause, and to watch the 40-day limit in extradition custody."""
    found = deadline("AM", "detention", date(2026, 2, 2))
    assert found.due is None and "40-day" in found.text


def test_entry_ban_unknown_points_to_the_decision_that_imposed_it():
    """No source: an entry ban was not searched as a decision of its own; the rule is unverified."""
    found = deadline("AM", "entry_ban", date(2026, 2, 2))
    assert found.due is None and "imposed the ban" in found.text


def test_custody_before_28_june_2023_minsk_article_62_forty_days():
    """Garant, Minsk Convention art. 62 (Protocol of 1997 text),
    https://base.garant.ru/10119702/7dc915bc75cffbb81484b76070f99d35:
    "должно быть освобождено, если … требование о выдаче … не будет
    получено … в течение сорока дней со дня взятия под стражу". Whether the 1997 Protocol bound both
    states was not checked: the days are marked unverified."""
    [limit] = custody("AM", date(2023, 3, 1))
    assert limit.due == date(2023, 4, 10) and limit.rule == "AM.custody_limit.2022-02-24"
    assert "art. 62(1)" in limit.text and UNVERIFIED in limit.text


def test_custody_from_28_june_2023_chisinau_article_not_read():
    """ConsultantPlus status note on the Minsk Convention:
    https://www.consultant.ru/document/cons_doc_LAW_5942/9206a093865df722dd99193c2f4e11fc330e6da1/
    "Документ прекращает действие между
    государствами - участниками Конвенции от 07.10.2002, которая вступает в силу для России с
    28.06.2023"; zakonpravo.kz deposit list: "Republic of Armenia - deposited on January 21, 2005".
    The Chisinau article on release was not read: the rule is unverified and says so."""
    [limit] = custody("AM", date(2026, 3, 2))
    assert limit.due == date(2026, 4, 11) and limit.rule == "AM.custody_limit.2023-06-28"
    assert "Chisinau" in limit.text and "NOT read" in limit.text and UNVERIFIED in limit.text


def test_risk_starts_with_the_treaty_not_the_first_detention_reported():
    """The risk rule starts with its legal basis, the CIS treaty (Minsk, then Chisinau from 28 Jun 2023,
    ConsultantPlus status note), not with 7 Apr 2023, the day of the first detention reported (OC Media),
    so a detention in March 2023 is assessed too."""
    facts = CaseFacts("T-1", CaseKind.OTHER, "AM", frozenset({RiskMarker.WANTED_INTERSTATE}))
    risk = next(
        f for f in evaluate(facts, PROFILES, date(2023, 3, 1)).findings if f.kind == "extradition_risk"
    )
    assert risk.rule == "AM.risk.2022-02-24" and risk.severity == "critical"
    assert "Chisinau Convention from 28 Jun 2023" in risk.text

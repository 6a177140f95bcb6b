"""Kyrgyzstan: the deadline each decision gets from the shipped profile, with the page it was taken from.

Each test cites the page its figure was read on, on 2026-12-05. Russians enter visa-free (EAEU), so
no visa is cancelled. No period was found for any decision: every remedy
says what to look for in the decision itself.
"""

from datetime import date

import pytest

from casetracker.rules import CaseFacts, evaluate
from casetracker.vocabulary import CaseKind, RiskMarker
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, custody, deadline


def test_asylum_refused_period_unknown_points_to_the_free_law_clinic():
    """State Migration Service, "Obtaining refugee status", http://ssm.gov.kg/en/ (services page): "During
    the period of appeal, a person who has received a refusal can receive free advice and legal
    assistance in drawing up an application to appeal the decision in court from the Law Clinic
    'Adilet'." No period is stated."""
    found = deadline("KG", "decision_negative", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "Adilet" in found.text


@pytest.mark.parametrize(
    ("decision", "words"),
    [
        ("entry_denied", "written refusal"),
        ("permit_annulled", "annulment decision"),
        ("expulsion_order", "UN Human Rights Committee"),
        ("detention", "40-day"),
        ("extradition_request", "same day"),
        ("entry_ban", "imposed the ban"),
    ],
)
def test_decisions_not_researched_say_what_to_look_for(decision, words):
    """No source: the remedies against a refusal of entry, a permit annulment, an expulsion order, a
    detention and an entry ban were not searched; the remedy against an extradition decision under the
    Criminal Procedure Code of 2021 was searched but its article not reached. Each says what to look
    for in the decision."""
    found = deadline("KG", decision, date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and words in found.text


def test_ninety_days_in_180_for_eaeu_citizens():
    """24.kg (13 Jan 2026),
    https://24.kg/vlast/357624_bez_viz_idolshe_izmenenyi_pravila_prebyivaniya_inostrantsev_vkyirgyizstane/:
    "Граждане государств — членов Евразийского экономического союза (Армения, Беларусь, Казахстан и
    Россия) могут находиться в Кыргызстане без оформления дополнительных документов до 90 дней в
    течение каждого 180-дневного периода с момента въезда." Press only: no official page was read."""
    rule, _ = PROFILES.get("KG").stay_on(date(2026, 3, 2))
    assert (rule.body.limit_days, rule.body.window_days) == (90, 180)
    assert rule.source.kind == "news"


def test_custody_before_28_june_2023_minsk_article_62_forty_days():
    """Garant, Minsk Convention art. 62 (Protocol of 1997 text),
    https://base.garant.ru/10119702/7dc915bc75cffbb81484b76070f99d35:
    "… в течение сорока дней со дня взятия под стражу"."""
    [limit] = custody("KG", date(2023, 6, 1))
    assert limit.due == date(2023, 7, 11) and limit.rule == "KG.custody_limit.2022-02-24"
    assert "art. 62(1)" in limit.text and UNVERIFIED in limit.text


def test_custody_from_28_june_2023_chisinau_article_not_read():
    """zakonpravo.kz deposit list:
    https://zakonpravo.kz/en/on-the-ratification-of-the-convention-on-legal-assistance-and-legal-relations-in-civil-family-and-criminal-matters
    "Kyrgyz Republic - deposited on
    September 2, 2004"; in force for Russia from 28.06.2023 (ConsultantPlus). Article not read."""
    [limit] = custody("KG", date(2026, 3, 2))
    assert limit.due == date(2026, 4, 11) and limit.rule == "KG.custody_limit.2023-06-28"
    assert "Chisinau" in limit.text and "NOT read" in limit.text and UNVERIFIED in limit.text


def test_a_june_2023_detention_gets_a_risk_assessment():
    """A June 2023 detention of a wanted person in Kyrgyzstan must get an extradition assessment: the
    risk rule starts with its legal basis (the CIS treaty, ConsultantPlus status note), not with the
    abduction of 17 Oct 2023 (Meduza)."""
    facts = CaseFacts("T-1", CaseKind.OTHER, "KG", frozenset({RiskMarker.WANTED_INTERSTATE}))
    findings = evaluate(facts, PROFILES, date(2023, 6, 15)).findings
    risk = next(f for f in findings if f.kind == "extradition_risk")
    assert risk.rule == "KG.risk.2022-02-24" and risk.severity == "critical"
    assert not [f for f in findings if f.kind == "risk_unknown"]

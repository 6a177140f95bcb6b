"""Uzbekistan: the deadline each decision gets from the shipped profile, with the page it was taken from.

Each test cites the page its figure was read on, on 2026-12-05. Russians enter visa-free, so no visa
is cancelled. No first-step period was found for any decision.
"""

from datetime import date

import pytest

from casetracker.rules import RuleType
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, custody, deadline, remedy


def test_no_asylum_procedure_so_no_appeal_period():
    """UNHCR briefing note (18 Apr 2006), https://unhcr.org/my/news/briefing-notes/uzbekistan-unhcr-regrets-
    office-closure-alternative-arrangements-place-care: "Uzbekistan is the only Commonwealth of Independent
    States (CIS) country that is not a party to either the 1951 Refugee Convention or its 1967 Protocol";
    UN Uzbekistan (17 Mar 2023), https://uzbekistan.un.org/uz/node/224057: only "the prospect of joining"."""
    found = deadline("UZ", "decision_negative", date(2026, 2, 2))
    assert found.due is None and "no asylum procedure" in found.text
    assert remedy("UZ", "decision_negative", date(2026, 2, 2)).verified
    asylum = PROFILES.get("UZ").rule_on(RuleType.ASYLUM, date(2026, 2, 2))
    assert asylum.body.refugee_convention is False and asylum.verified


def test_extradition_first_step_unknown_second_step_twenty_days():
    """CPC of Uzbekistan, extradition chapter (Continent mirror), https://continent-online.com/Document/
    ?doc_id=30421101&mode=p&page=26: "Определение суда может быть обжаловано или опротестовано в
    апелляционном порядке в Верховный суд Республики Узбекистан в течение двадцати суток со дня его
    вынесения." The period of the complaint against the Prosecutor General's decision was not found."""
    found = deadline("UZ", "extradition_request", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "within 20 days" in found.text
    assert "20 days" in remedy("UZ", "extradition_request", date(2026, 2, 2)).body.next_instance


@pytest.mark.parametrize(
    ("decision", "words"),
    [
        ("entry_denied", "written refusal"),
        ("permit_annulled", "annulment decision"),
        ("expulsion_order", "UN Human Rights Committee"),
        ("detention", "40-day"),
        ("entry_ban", "imposed the ban"),
    ],
)
def test_decisions_not_researched_say_what_to_look_for(decision, words):
    """No source: the remedies against a refusal of entry, a permit annulment, an expulsion, a detention
    and an entry ban were not searched; each says what to look for in the decision."""
    found = deadline("UZ", decision, date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and words in found.text


def test_custody_minsk_article_62_forty_days_unverified_for_uzbekistan():
    """Garant, Minsk Convention art. 62, https://base.garant.ru/10119702/7dc915bc75cffbb81484b76070f99d35:
    "… в течение сорока дней со дня взятия под стражу". Uzbekistan is not among the Chisinau signatories
    (adilet.zan.kz, Law No. 531 of 2004) and signed the 1997 Protocol (adilet, Law No. 399-I of 1999);
    its ratifications were not verified, so the rule is marked unverified."""
    [limit] = custody("UZ", date(2026, 3, 2))
    assert limit.due == date(2026, 4, 11) and limit.rule == "UZ.custody_limit.2022-02-24"
    assert "Minsk" in limit.text and "art. 62(1)" in limit.text and UNVERIFIED in limit.text

"""Tajikistan: the deadline each decision gets from the shipped profile, with the page it was taken from.

Each test cites the page its figure was read on, on 2026-12-05. Russians enter visa-free, so no visa
is cancelled.
"""

from datetime import date

import pytest

from tests.rules.countries.country_helpers import UNVERIFIED, custody, deadline


def test_asylum_refused_one_month_from_written_notification_unverified_for_merits():
    """UNHCR Refugee Information Map, Law of Tajikistan on Refugees art. 14(5), https://rimap.unhcr.org/
    node/42388: "The period for filing a complaint with a higher authority or a court must not exceed one
    month from the date of receipt of a written notification of refusal to register a refugee status
    application, loss of refugee status, or deprivation of refugee status." A refusal on the merits is
    not named in the excerpt, so the month is marked unverified."""
    found = deadline("TJ", "decision_negative", date(2026, 1, 20), notified=date(2026, 1, 31))
    assert found.due == date(2026, 2, 28)
    assert found.rule == "TJ.remedy.decision_negative.2022-02-24"
    assert "art. 14(5)" in found.text and UNVERIFIED in found.text


def test_court_deportation_period_unknown_points_to_the_un_committee():
    """HRC Views, Amedzro v. Tajikistan, CCPR/C/133/D/3258/2018: "On 16 October 2018, the Firdavsi District
    Court in Dushanbe issued a deportation order … On 23 October 2018, pursuant to rule 94 … requested
    the State party to refrain from deporting the aut[hor]". The appeal period was not read."""
    found = deadline("TJ", "expulsion_order", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "UN Human Rights Committee" in found.text


def test_extradition_period_unknown_cites_the_torture_bar():
    """CCPR/C/TJK/CO/3 (2019): "Amendments of 27 November 2014 to article 479 of the Code of Criminal
    Procedure prohibiting the extradition of a person if there is information to suggest that he or she
    may be tortured". The extradition chapter itself was not read."""
    found = deadline("TJ", "extradition_request", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "art. 479" in found.text


@pytest.mark.parametrize(
    ("decision", "words"),
    [
        ("entry_denied", "written refusal"),
        ("permit_annulled", "annulment decision"),
        ("detention", "40-day"),
        ("entry_ban", "imposed the ban"),
    ],
)
def test_decisions_not_researched_say_what_to_look_for(decision, words):
    """No source: the remedies against a refusal of entry, a permit annulment, a detention and an entry
    ban were not searched; each says what to look for in the decision."""
    found = deadline("TJ", decision, date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and words in found.text


def test_custody_forty_days_treaty_unverified():
    """Garant, Minsk Convention art. 62, https://base.garant.ru/10119702/7dc915bc75cffbb81484b76070f99d35:
    "… в течение сорока дней со дня взятия под стражу"; Tajikistan signed the Chisinau Convention
    (adilet.zan.kz, Law No. 531 of 2004: "Подписали: … Республика Таджикистан") but its ratification
    was not seen, so which treaty applies, and the rule, are unverified."""
    [limit] = custody("TJ", date(2026, 3, 2))
    assert limit.due == date(2026, 4, 11) and limit.rule == "TJ.custody_limit.2022-02-24"
    assert "Chisinau article was NOT read" in limit.text and UNVERIFIED in limit.text

"""United Arab Emirates: the deadline each decision gets from the shipped profile, with its source.

Each test cites the page its figure was read on, on 2026-12-05. No remedy period was found: each
remedy says what to look for. The UAE is not an ICCPR party and accepts no CAT complaints.
"""

from datetime import date

import pytest

from casetracker.rules import RuleType
from tests.rules.countries.country_helpers import PROFILES, deadline


def test_deportation_period_unknown_names_both_kinds():
    """UAE Government portal, "Deportation from the UAE", https://u.ae/en/information-and-services/
    justice-safety-and-the-law/deportation-from-the-uae: "There are two types of deportation, legal and
    administrative. Legal deportation is issued under a court order, while administrative deportation is
    issued by Federal Identity and Citizenship Authority and lifted under an application to General
    Directorate of Residency and Foreigners' Affairs in the related emirate." No period."""
    found = deadline("AE", "expulsion_order", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "apply to lift it" in found.text


def test_extradition_period_unknown_court_of_appeal_then_cassation():
    """Khairallah Advocates, https://www.khairallahlegal.com/blog/uae-law/criminal-litigation/concept-and-
    significant-conditions-of-extradition/: "the issue of extradition is considered directly before the
    Court of Appeal and the Supreme (Cassation) Court only." No period."""
    found = deadline("AE", "extradition_request", date(2026, 2, 2))
    assert found.due is None and "cassation" in found.text and "no UN treaty-body" in found.text


@pytest.mark.parametrize(
    ("decision", "words"),
    [
        ("decision_negative", "UNHCR"),
        ("entry_denied", "written decision"),
        ("permit_annulled", "cancellation notice"),
        ("detention", "48 hours"),
        ("entry_ban", "imposed the ban"),
    ],
)
def test_decisions_not_researched_say_what_to_look_for(decision, words):
    """No source: the remedies against a refused asylum claim, a refusal of entry, a permit cancellation,
    a detention and an entry ban were not searched; each says what to look for in the decision."""
    found = deadline("AE", decision, date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and words in found.text


def test_visa_free_ninety_days_in_any_180_from_17_february_2019():
    """Emirates 24/7 (WAM, 2019-02-18), https://www.emirates247.com/news/russia-exempts-uae-citizens-from-
    pre-entry-visas-2019-02-18-1.679825: "from the 17th of Feb … an agreement that was signed in Kazan …
    on 6th July, 2018, which stipulates the mutual exemption from visa requirements"; Klops (2019-02-19):
    "право безвизового въезда на срок до 90 дней в течение периода в 180 дней"."""
    profile = PROFILES.get("AE")
    assert profile.rule_on(RuleType.ENTRY, date(2019, 2, 16)).body.regime == "visa_on_arrival"
    assert profile.rule_on(RuleType.ENTRY, date(2019, 2, 17)).body.regime == "visa_free"
    stay, _ = profile.stay_on(date(2026, 2, 2))
    assert (stay.body.limit_days, stay.body.window_days, stay.body.per_entry_days) == (90, 180, None)
    old, _ = profile.stay_on(date(2018, 6, 1))
    assert (old.body.per_entry_days, old.body.extension_days) == (30, 30)

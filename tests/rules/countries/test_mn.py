"""Mongolia: the deadline each decision gets from the shipped profile, with the page it was taken from.

Each test cites the page its figure was read on, on 2026-12-05. No remedy period was found: each
remedy says what to look for.
Mongolia has no CIS treaty with Russia, so no 40-day custody rule.
"""

from datetime import date

import pytest

from tests.rules.countries.country_helpers import PROFILES, deadline


def test_deportation_warning_ten_days_to_leave_no_appeal_period_known():
    """Immigration Agency of Mongolia, "Deportation warning", https://immigration.gov.mn/en/deportation-
    warning/: "A foreigner who receives this warning is obliged to leave Mongolia within 10 days. Failure
    to do so within the specified time shall be grounds for deportation." No appeal route was found."""
    found = deadline("MN", "expulsion_order", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "10 days to leave" in found.text


@pytest.mark.parametrize(
    ("decision", "words"),
    [
        ("decision_negative", "UN Human Rights Committee"),
        ("entry_denied", "written refusal"),
        ("permit_annulled", "deportation warning"),
        ("detention", "detention order"),
        ("extradition_request", "which treaty"),
        ("entry_ban", "imposed the ban"),
    ],
)
def test_decisions_not_researched_say_what_to_look_for(decision, words):
    """No source: the remedies against a refused asylum claim, a refusal of entry, a permit revocation, a
    detention, an extradition decision and an entry ban were not searched; each says what to look for."""
    found = deadline("MN", decision, date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and words in found.text


def test_stay_thirty_days_per_entry_and_ninety_in_180():
    """URBC, quoting the Mongolian Consulate in Yekaterinburg (2014-11-17), http://en.urbc.ru/1067994445-
    russians-can-travel-to-mongolia-visa-free.html: "stay within the other state's territory for up to
    thirty days without a visa; their total duration of stay must not exceed ninety days within every
    180-day period starting from the entry date"."""
    stay, _ = PROFILES.get("MN").stay_on(date(2026, 2, 2))
    assert (stay.body.per_entry_days, stay.body.limit_days, stay.body.window_days) == (30, 90, 180)
    assert "extension_days" in stay.unverified_fields

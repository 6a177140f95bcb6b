"""The shipped profiles: they validate, and their figures are what their sources say."""

from datetime import date

import pytest

from casetracker.resources import resource_path
from casetracker.rules import RuleType, check_files, describe_profile, load_shipped
from casetracker.rules.deadlines import add_days, add_months

PROFILES, PROBLEMS = load_shipped()
FACTS_COUNTRIES = {
    "FI",
    "EE",
    "LV",
    "LT",
    "PL",
    "CZ",
    "BE",
    "DE",
    "FR",
    "NL",
    "NO",
    "GE",
    "AM",
    "KZ",
    "KG",
    "UZ",
    "TJ",
    "TR",
    "RS",
    "ME",
    "AE",
    "IL",
    "MN",
    "US",
    "GB",
    "CA",
}


def test_every_shipped_profile_validates():
    assert PROBLEMS == []
    assert check_files(sorted(resource_path("rules").glob("*.toml"))) == []
    assert set(PROFILES.profiles) == FACTS_COUNTRIES
    assert set(PROFILES.zones) == {"schengen", "coe", "un_hrc", "un_cat", "wgeid"}


def test_stay_rules():
    on = date(2025, 1, 1)
    rule, countries = PROFILES.get("EE").stay_on(on)
    assert (rule.body.limit_days, rule.body.window_days) == (90, 180) and "FI" in countries
    assert PROFILES.get("GE").stay_on(on)[0].body.per_entry_days == 365
    before = PROFILES.get("KZ").stay_on(date(2023, 1, 26))[0]  # 90 days from each entry until then
    assert (before.body.per_entry_days, before.body.limit_days) == (90, None)
    assert PROFILES.get("KZ").stay_on(date(2023, 1, 27))[0].body.limit_days == 90  # then 90 in any 180
    assert PROFILES.get("UZ").stay_on(on)[0] is None  # maximum stay unknown


def test_rules_on_the_baltic_ban():
    before = {r.id for r in PROFILES.get("LV").rules_on(date(2022, 9, 18))}
    after = {r.id for r in PROFILES.get("LV").rules_on(date(2022, 9, 19))}
    assert after - before == {"LV.ban.2022-09-19"}
    assert [b.id for b in PROFILES.get("FI").bans_on(date(2024, 1, 1))] == [
        "FI.ban.2022-09-30",
        "FI.ban.land-border.2023-11-30",
    ]
    with pytest.raises(ValueError):
        PROFILES.get("FI").rule_on(RuleType.BAN, date(2024, 1, 1))


def test_describe_profile_all_and_on_a_day():
    text = describe_profile(PROFILES.get("GE"))
    assert "Georgia (GE)" in text and "days allowed from each entry: 365" in text
    assert "source (" in text and "unverified" in text.lower()
    on_day = describe_profile(PROFILES.get("LT"), date(2022, 9, 20))
    assert "LT.ban.2022-09-19" in on_day and "Rules in force on 2022-09-20" in on_day
    assert "Schengen area: 90 days in any 180-day period" in on_day
    assert "unknown — no rule in the profile for that day" in describe_profile(
        PROFILES.get("UZ"), date(2024, 1, 1)
    )
    assert "Schengen area: 90 days" in describe_profile(PROFILES.get("FR"))


def test_describe_zone_stay_without_rule_that_day():
    assert "has no stay rule in force on 2000-01-01" in describe_profile(
        PROFILES.get("FR"), date(2000, 1, 1)
    ) or ("Stay limit\n  unknown" in describe_profile(PROFILES.get("FR"), date(2000, 1, 1)))


def test_date_arithmetic():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2023, 12, 15), 1) == date(2024, 1, 15)
    assert add_days(date(2024, 3, 1), 8, calendar_days=False) == date(2024, 3, 13)  # Fri + 8 working days
    assert add_days(date(2024, 3, 1), 8, calendar_days=True) == date(2024, 3, 9)

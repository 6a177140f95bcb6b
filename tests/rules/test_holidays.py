"""Weekends and public holidays that move a last day, from the `holidays` package."""

from datetime import date

from casetracker.rules import holidays


def test_a_last_day_on_a_weekend_or_public_holiday_moves_to_the_next_working_day():
    assert holidays.next_working_day("DE", date(2026, 12, 5)) == date(2026, 12, 7)  # Saturday → Monday
    assert holidays.next_working_day("DE", date(2026, 12, 25)) == date(2026, 12, 28)  # Christmas, then Sunday
    assert holidays.next_working_day("DE", date(2026, 12, 8)) == date(2026, 12, 8)  # a Tuesday stays


def test_calendars_read_ahead_are_not_read_again_when_a_deadline_needs_them():
    holidays._calendar.cache_clear()
    holidays.prepare(["FI", "EE"], date(2026, 12, 5))
    loaded = holidays._calendar.cache_info()
    holidays.next_working_day("FI", date(2026, 12, 6))  # Finland's independence day, a Sunday
    holidays.next_working_day("EE", date(2026, 12, 24))
    after = holidays._calendar.cache_info()
    assert (after.misses, after.hits) == (loaded.misses, loaded.hits + 2)

"""Weekends and public holidays, for laws that move a last day off them.

The calendars come from the `holidays` package, which keeps each country's public holidays and
its weekend (Friday and Saturday in some countries). Only called for a profile that says its law
moves a last day (`moves_off_holidays = true`), and the finding says the day was moved and by
which law, so a lawyer can check it.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

import holidays


@functools.lru_cache(maxsize=64)
def _calendar(code: str, year: int):
    try:
        return holidays.country_holidays(code, years=(year, year + 1))
    except NotImplementedError:  # a country the package does not know: weekends only
        return None


@functools.lru_cache(maxsize=65_536)  # a store's deadlines fall on a few thousand days per country
def next_working_day(code: str, day: date) -> date:
    """`day` itself if it is a working day in the country, else the next one that is."""
    calendar = _calendar(code, day.year)
    weekend = calendar.weekend if calendar is not None else {5, 6}
    while day.weekday() in weekend or (calendar is not None and day in calendar):
        day += timedelta(days=1)
    return day


def prepare(codes, today: date) -> None:
    """Read these countries' calendars ahead of the first deadline (the app does it while the
    passphrase is typed): the first look-up of a country loads its part of the package, a few
    milliseconds each, which would otherwise delay the first screen that shows deadlines."""
    for code in codes:
        _calendar(code, today.year)

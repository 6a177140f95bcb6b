"""The statistics' figures over time: every month of the range, grouped when the range is long."""

from collections import Counter
from datetime import date

import pytest

from casetracker.reports.stats_data import MAX_BARS, Period, Statistics, over_time, read_statistics
from casetracker.services import cases, people


def months(**counts) -> Counter:
    """Counter of (year, month) from keywords such as m2024_02=3."""
    return Counter({(int(key[1:5]), int(key[6:])): n for key, n in counts.items()})


def test_every_month_between_the_first_and_the_last_case_is_a_bar_the_empty_ones_too(store):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Тестовая Персона")).person
        for day in (date(2024, 2, 10), date(2024, 2, 20), date(2024, 6, 1)):
            cases.add_case(session, "t", person.id, "asylum", "GE", opened_on=day)
    with store.session() as session:
        stats = read_statistics(session, None, None)
    assert over_time(stats) == [
        (Period("month", 2024, 2), 2),
        (Period("month", 2024, 3), 0),
        (Period("month", 2024, 4), 0),
        (Period("month", 2024, 5), 0),
        (Period("month", 2024, 6), 1),
    ]


def test_a_range_asked_for_is_shown_whole_even_where_no_case_was_opened():
    stats = Statistics(date(2023, 11, 15), date(2024, 2, 1), total=1, by_month=months(m2024_01=1))
    assert [(p.year, p.number, n) for p, n in over_time(stats)] == [
        (2023, 11, 0),
        (2023, 12, 0),
        (2024, 1, 1),
        (2024, 2, 0),
    ]


@pytest.mark.parametrize(
    ("first", "last", "unit", "bars"),
    [
        ((2022, 1), (2024, 12), "month", 36),
        ((2022, 1), (2025, 1), "quarter", 13),  # 37 months
        ((2016, 1), (2024, 12), "quarter", 36),
        ((2015, 12), (2024, 12), "year", 10),
    ],
)
def test_a_long_range_is_counted_by_quarter_or_by_year(first, last, unit, bars):
    stats = Statistics(None, None, total=3, by_month=Counter({first: 2, last: 1}))
    found = over_time(stats)
    assert {period.unit for period, _ in found} == {unit}
    assert len(found) == bars <= MAX_BARS
    assert sum(n for _, n in found) == 3  # every case in one bar
    assert found[0][0].year == first[0] and found[-1][0].year == last[0]


def test_quarters_hold_their_three_months():
    stats = Statistics(None, None, total=6, by_month=months(m2021_01=1, m2021_03=2, m2021_04=1, m2024_12=2))
    found = dict(over_time(stats))
    assert (found[Period("quarter", 2021, 1)], found[Period("quarter", 2021, 2)]) == (3, 1)
    assert (found[Period("quarter", 2023, 3)], found[Period("quarter", 2024, 4)]) == (0, 2)


def test_no_cases_no_bars():
    assert over_time(Statistics(date(2030, 1, 1), None)) == []

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casetracker.dates import DateError, format_partial_date, parse_date, parse_partial_date
from casetracker.vocabulary import DatePrecision as P


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2022-09-15", date(2022, 9, 15), P.EXACT),
        ("15.09.2022", date(2022, 9, 15), P.EXACT),
        ("5.9.2022", date(2022, 9, 5), P.EXACT),
        ("2022-09", date(2022, 9, 1), P.MONTH),
        ("09.2022", date(2022, 9, 1), P.MONTH),
        ("~2022-09-15", date(2022, 9, 15), P.APPROXIMATE),
        ("approx. 15.09.2022", date(2022, 9, 15), P.APPROXIMATE),
        ("около 2022-09", date(2022, 9, 1), P.APPROXIMATE),
        ("2024-02-29", date(2024, 2, 29), P.EXACT),
    ],
)
def test_dates_as_caseworkers_write_them(text, value, precision):
    parsed = parse_partial_date(text)
    assert (parsed.value, parsed.precision) == (value, precision)


@pytest.mark.parametrize(
    "text", ["2022-02-30", "2023-02-29", "31.04.2022", "2022-13", "yesterday", "", "15/09/2022"]
)
def test_impossible_dates_are_refused_with_the_expected_forms(text):
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        parse_partial_date(text)


def test_dates_show_their_precision():
    assert format_partial_date(date(2022, 9, 1), P.MONTH) == "Sept 2022"
    assert format_partial_date(date(2022, 9, 15), P.APPROXIMATE) == "approx. 15 Sept 2022"
    assert format_partial_date(date(2022, 9, 15), P.EXACT) == "15 Sept 2022"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_any_real_date_reads_back_in_both_notations(value):
    assert parse_partial_date(value.isoformat()).value == value
    assert parse_partial_date(value.strftime("%d.%m.%Y")).value == value


@given(st.one_of(st.dates(max_value=date(1899, 12, 31)), st.dates(min_value=date(2100, 1, 1))))
def test_a_real_date_outside_the_years_of_a_case_is_refused_as_such(value):
    with pytest.raises(DateError, match="outside the years 1900 to 2099") as refused:
        parse_partial_date(value.isoformat())
    assert refused.value.out_of_range


@pytest.mark.parametrize(
    ("text", "problem", "params"),
    [
        ("2027-13-45", "month", {"month": 13}),
        ("45.13.2027", "month", {"month": 13}),
        ("2023-02-31", "day", {"days": 28}),
        ("31.04.2024", "day", {"days": 30}),
        ("1800-01-01", "range", {"earliest": 1900, "latest": 2099}),
        ("2024-1-5x", "format", {}),
        ("yesterday", "format", {}),
    ],
)
def test_a_refused_date_names_what_is_wrong_with_it(text, problem, params):
    with pytest.raises(DateError) as refused:
        parse_partial_date(text)
    assert refused.value.problem == problem
    assert refused.value.params == {"text": text, **params}


def test_a_month_where_a_day_is_needed_is_refused_as_not_exact():
    with pytest.raises(DateError) as refused:
        parse_date("2023-05")
    assert (refused.value.problem, refused.value.params) == ("not_exact", {"text": "2023-05"})

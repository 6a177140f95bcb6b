"""Stay arithmetic against a brute-force day-by-day count, and the official worked examples."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from casetracker.rules import evaluate, load_shipped
from casetracker.rules.stay import days_in, merge, overstays, rolling_last_day, window_count
from casetracker.rules.timeline import build_stays
from tests.rules.rules_helpers import brute_count, brute_last_day, case, days_of, entry, exit_

PROFILES, _ = load_shipped()
BASE = date(2023, 6, 1)


@st.composite
def stays(draw, max_stays=5):
    """Disjoint, ordered stays within about two years, including leap day 2024-02-29."""
    result, cursor = [], BASE + timedelta(days=draw(st.integers(0, 60)))
    for _ in range(draw(st.integers(0, max_stays))):
        start = cursor + timedelta(days=draw(st.integers(1, 120)))
        end = start + timedelta(days=draw(st.integers(0, 100)))
        result.append((start, end))
        cursor = end
    return result


rules = st.sampled_from([(90, 180), (180, 365), (1, 2), (29, 30)])


@settings(max_examples=150, deadline=None)
@given(stays(), st.integers(0, 400), rules)
def test_counts_match_brute_force(intervals, offset, rule):
    _, window = rule
    on = BASE + timedelta(days=offset)
    days = days_of(intervals)
    assert window_count(intervals, on, window) == brute_count(days, on, window)


@settings(max_examples=150, deadline=None)
@given(stays(), st.integers(0, 700), rules)
def test_last_legal_day_matches_brute_force(intervals, offset, rule):
    limit, window = rule
    start = BASE + timedelta(days=offset)
    days = days_of(intervals)
    last = rolling_last_day(intervals, start, limit, window)
    assert last == brute_last_day(days, start, limit, window)
    if last is not None:
        # No window ending on any day up to and including the last legal day is over the limit...
        stayed = {d for d in days if d < start} | days_of([(start, last)])
        day = start
        while day <= last:
            assert brute_count(stayed, day, window) <= limit
            day += timedelta(days=1)
        # ...and one more day would be.
        nxt = last + timedelta(days=1)
        assert brute_count(stayed | {nxt}, nxt, window) > limit


@settings(max_examples=100, deadline=None)
@given(stays(), rules)
def test_overstays_match_brute_force(intervals, rule):
    limit, window = rule
    days = days_of(intervals)
    expected = []
    for start, end in intervals:
        over = [d for d in sorted(days_of([(start, end)])) if brute_count(days, d, window) > limit]
        if over:
            expected.append((over[0], end, max(brute_count(days, d, window) for d in over)))
    assert overstays(intervals, limit, window) == expected


@settings(max_examples=200, deadline=None)
@given(stays(max_stays=4), st.integers(0, 30), st.integers(0, 120))
def test_adding_an_exit_never_increases_days_used(intervals, exit_offset, on_offset):
    """An open last stay runs to `on`; recording its exit can only lower the days used."""
    if not intervals:
        return
    travel = [e for s, t in intervals[:-1] for e in (entry(s, "FI"), exit_(t, "DE"))]
    last_start = intervals[-1][0]
    travel.append(entry(last_start, "EE"))
    on = last_start + timedelta(days=exit_offset + on_offset)
    open_case = case("EE", travel=travel)
    closed_case = case("EE", travel=[*travel, exit_(last_start + timedelta(days=exit_offset), "EE")])
    open_stay = evaluate(open_case, PROFILES, on).stay
    closed_stay = evaluate(closed_case, PROFILES, on).stay
    assert closed_stay.days_used <= open_stay.days_used


def test_same_day_entry_and_exit_is_one_day():
    travel = [entry(date(2024, 3, 5), "FR"), exit_(date(2024, 3, 5), "FR")]
    stay = evaluate(case("FR", travel=travel), PROFILES, date(2024, 3, 10)).stay
    assert stay.days_used == 1
    # Entering on 10 March, 89 more days may be spent: 10 March to 6 June. Days left after the 10th: 88.
    assert stay.last_legal_day == date(2024, 6, 6) and stay.days_left == 88


def test_leap_year_window():
    # 180 days ending 2024-08-27 start on 2024-03-01 because 2024 has 29 February.
    intervals = [(date(2024, 2, 29), date(2024, 2, 29)), (date(2024, 3, 1), date(2024, 3, 1))]
    assert window_count(merge(intervals), date(2024, 8, 27), 180) == 1
    assert window_count(merge(intervals), date(2024, 8, 26), 180) == 2
    # Continuous stay over the leap day: 1 Jan - 30 Mar 2024 is exactly 90 days.
    assert rolling_last_day([], date(2024, 1, 1), 90, 180) == date(2024, 3, 30)
    assert rolling_last_day([], date(2023, 1, 1), 90, 180) == date(2023, 3, 31)


def test_merge_and_days_in():
    merged = merge(
        [
            (date(2024, 1, 5), date(2024, 1, 10)),
            (date(2024, 1, 1), date(2024, 1, 4)),
            (date(2024, 1, 8), date(2024, 1, 12)),
            (date(2024, 2, 1), date(2024, 2, 1)),
        ]
    )
    assert merged == [(date(2024, 1, 1), date(2024, 1, 12)), (date(2024, 2, 1), date(2024, 2, 1))]
    assert days_in(merged, date(2024, 1, 10), date(2024, 2, 28)) == 4


def test_over_the_limit_on_the_first_day():
    assert rolling_last_day([(date(2024, 1, 1), date(2024, 3, 30))], date(2024, 3, 31), 90, 180) is None


# Worked examples from the official guide to the European Commission's short-stay calculator
# (Swiss State Secretariat for Migration, "Aufenthaltsrechner" examples 2, 4 and 5, Dec 2014),
# each recomputed by hand in the comments.


def schengen(travel, on):
    return evaluate(case("DE", kind="other", travel=travel), PROFILES, on)


def stamps(*pairs):
    """(entry, exit) pairs in dd.mm.yyyy, alternating between member states."""
    travel = []
    for n, (a, b) in enumerate(pairs):
        country = ("CH", "DE", "FR")[n % 3]
        travel += [entry(_d(a), country), exit_(_d(b), country) if b else None]
    return [t for t in travel if t]


def _d(text):
    day, month, year = map(int, text.split("."))
    return date(year, month, day)


def test_example_2_legal_stay_until_13_december():
    # 15.08-30.09.2014 = 47 days; 01.11-30.11.2014 = 30 days. Staying on from 1 Nov, the window
    # ending 13 Dec 2014 starts 17 Jun: 47 + 43 = 90. On 14 Dec it would be 91.
    result = schengen(stamps(("15.08.2014", "30.09.2014"), ("01.11.2014", None)), date(2014, 11, 30))
    assert result.stay.days_used == 77
    assert result.stay.days_left == 13
    assert result.stay.last_legal_day == date(2014, 12, 13)


def test_example_4_multiple_entries_until_31_march():
    # Jun-Jul 2013 is out of the window by January; Aug-Sep 2013 (47 days) drops out day by day
    # while January-March days are added, so the count stays at 88 until 30 Sept leaves the window;
    # 1 Jan - 31 Mar 2014 is then exactly 90 days.
    travel = stamps(("01.06.2013", "13.07.2013"), ("15.08.2013", "30.09.2013"), ("01.01.2014", None))
    result = schengen(travel, date(2014, 1, 30))
    assert result.stay.days_used == 47 + 30
    assert result.stay.last_legal_day == date(2014, 3, 31)
    assert not [f for f in result.findings if f.kind == "overstay"]


def test_example_5_short_overstay_of_nine_days():
    # 21.02-20.04.2014 = 59 days, 01.05-09.06.2014 = 40 days: 99 in the window ending 9 June, 9 over.
    travel = stamps(("01.09.2013", "30.09.2013"), ("21.02.2014", "20.04.2014"), ("01.05.2014", "09.06.2014"))
    result = schengen(travel, date(2014, 6, 9))
    assert result.stay.days_used == 99
    # Over since 1 June: 31 May was the last lawful day, the 90th in the window.
    assert (result.stay.last_legal_day, result.stay.over_since) == (date(2014, 5, 31), date(2014, 6, 1))
    assert result.stay.days_left == 0
    overstay = [f for f in result.findings if f.kind == "overstay"]
    assert len(overstay) == 1 and "99 days" in overstay[0].text
    # Returning on 30 Aug 2014 (reference period from 4 March), the person may stay up to 50 days.
    back = schengen(travel, date(2014, 8, 30))
    assert back.stay.present is False
    assert back.stay.last_legal_day == date(2014, 8, 30) + timedelta(days=49)


def test_example_with_zone_members_counted_together():
    # Days in Finland and Estonia count against one Schengen allowance; the same-day crossing
    # between them counts once.
    travel = [
        entry(date(2024, 1, 1), "FI"),
        exit_(date(2024, 1, 31), "FI"),
        entry(date(2024, 1, 31), "EE"),
        exit_(date(2024, 2, 29), "EE"),
    ]
    result = evaluate(case("EE", travel=travel), PROFILES, date(2024, 3, 1))
    assert result.stay.days_used == 60
    assert result.stay.rule == "schengen.stay.2013-10-18"


def test_build_stays_open_stay_runs_to_on():
    stays_ = build_stays([entry(date(2024, 5, 1), "GE")], frozenset({"GE"}), date(2024, 5, 10))
    assert stays_.present and stays_.current_entry == date(2024, 5, 1)
    assert stays_.intervals == [(date(2024, 5, 1), date(2024, 5, 10))]

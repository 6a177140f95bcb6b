"""Stay arithmetic on closed date intervals: days used, the last lawful day, overstays.

Definitions follow the Schengen Borders Code (Art. 6(1) Reg. 2016/399) as the Commission's calculator
applies them: the entry day and the exit day are both days of stay, and the window looks back from
each day checked, that day included ("90 days in any 180-day period").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

Interval = tuple[date, date]  # first and last day of a stay, both counted
ONE_DAY = timedelta(days=1)


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping intervals; touching or overlapping stays become one (a day counts once)."""
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + ONE_DAY:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def days_in(stays: Iterable[Interval], first: date, last: date) -> int:
    """Days of stay between `first` and `last`, both included. `stays` must not overlap."""
    total = 0
    for start, end in stays:
        low, high = max(start, first), min(end, last)
        if low <= high:
            total += (high - low).days + 1
    return total


def window_count(stays: list[Interval], day: date, window: int) -> int:
    """Days of stay in the `window`-day period ending on `day`."""
    return days_in(stays, day - timedelta(days=window - 1), day)


def rolling_last_day(stays: list[Interval], start: date, limit: int, window: int) -> date | None:
    """The last day of a continuous stay from `start` such that no window ending on any day of it
    holds more than `limit` days; None if even `start` itself would be over the limit.

    Only the days in `stays` before `start` matter. With continuous presence from `start`, the count
    for a window ending on day D is earlier_days_still_in_window(D) + (D - start + 1): the first part
    loses at most one day per step while the second gains one, so the count never decreases and
    the answer can be found by bisection instead of walking day by day.
    """
    if limit >= window:
        raise ValueError("a rolling limit must be shorter than its window")
    earlier = [(s, min(e, start - ONE_DAY)) for s, e in stays if s < start]

    def count(last: date) -> int:
        return days_in(earlier, last - timedelta(days=window - 1), start - ONE_DAY) + (last - start).days + 1

    if count(start) > limit:
        return None
    low, high = 0, limit - 1  # offsets from start; the stay itself can never exceed `limit` days
    while low < high:
        middle = (low + high + 1) // 2
        if count(start + timedelta(days=middle)) <= limit:
            low = middle
        else:
            high = middle - 1
    return start + timedelta(days=low)


def overstays(stays: list[Interval], limit: int, window: int) -> list[tuple[date, date, int]]:
    """Each stay during which some window went over `limit`: (first day over, last day of the stay,
    highest count). Within one continuous stay the count never decreases, so its last day holds the
    highest count and the first day over is found by bisection."""
    found = []
    for start, end in stays:
        worst = window_count(stays, end, window)
        if worst <= limit:
            continue
        low, high = 0, (end - start).days
        while low < high:
            middle = (low + high) // 2
            if window_count(stays, start + timedelta(days=middle), window) > limit:
                high = middle
            else:
                low = middle + 1
        found.append((start + timedelta(days=low), end, worst))
    return found

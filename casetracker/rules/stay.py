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


def subtract(stays: list[Interval], covered: list[Interval]) -> list[Interval]:
    """The days of `stays` outside `covered`; both sorted and non-overlapping, as merge() returns them."""
    result: list[Interval] = []
    for start, end in stays:
        for low, high in covered:
            if high < start or low > end:
                continue
            if low > start:
                result.append((start, low - ONE_DAY))
            start = high + ONE_DAY
            if start > end:
                break
        else:
            result.append((start, end))
    return result


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
    for the window ending `x` days after `start` is E + 1 + (days that are no earlier stay among the
    first `x` days of the window ending on `start`), E being the earlier days in that window: each
    step adds the new day and drops the window's oldest day, which lowers the count only when it was
    a day of stay. So the answer is found in one walk over the earlier stays: the stay can go on
    until the (limit - E)-th day of that window that was not a day of stay would have to drop out.
    """
    if limit >= window:
        raise ValueError("a rolling limit must be shorter than its window")
    first = start - timedelta(days=window - 1)  # first day of the window ending on `start`
    earlier = [(max(s, first), min(e, start - ONE_DAY)) for s, e in stays if s < start and e >= first]
    budget = limit - 1 - sum((e - s).days + 1 for s, e in earlier)  # free days not yet used
    if budget < 0:
        return None
    cursor, free = first, 0  # free: days before `cursor` that were not days of stay
    for s, e in earlier:
        gap = (s - cursor).days
        if free + gap > budget:
            break
        free += gap
        cursor = e + ONE_DAY
    offset = (cursor - first).days + budget - free
    return start + timedelta(days=min(offset, limit - 1))


def overstays(stays: list[Interval], limit: int, window: int) -> list[tuple[date, date, int]]:
    """Each stay during which some window went over `limit`: (first day over, last day of the stay,
    highest count). Within one continuous stay the count never decreases, so its last day holds the
    highest count, and the first day over is the day after the last lawful day of a stay begun on
    the stay's first day."""
    found = []
    for start, end in stays:
        highest = window_count(stays, end, window)
        if highest <= limit:
            continue  # never over during this stay: its last day holds the highest count
        last = rolling_last_day(stays, start, limit, window)
        found.append((start if last is None else last + ONE_DAY, end, highest))
    return found

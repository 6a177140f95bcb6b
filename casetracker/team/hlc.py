"""A hybrid logical clock: a timestamp that follows the wall clock but never goes backwards and
always lies after every timestamp this laptop has seen.

Laptops' clocks may differ by hours. An edit made after pulling another laptop's edit must still
sort after it, or the older value would be shown as the newer one. The clock keeps the greatest
physical time seen and a counter that orders events within the same millisecond. A timestamp is a
string that sorts as it orders: milliseconds, counter, then the replica's id to break ties.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass

_MILLIS_DIGITS = 15
_COUNTER_DIGITS = 6


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    replica: str

    def __str__(self) -> str:
        return f"{self.millis:0{_MILLIS_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.replica}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        millis, counter, replica = text.split("-", 2)
        return cls(int(millis), int(counter), replica)


def wall_millis() -> int:
    """The wall clock now, in milliseconds (read at each call, so a laptop's clock may be set wrong)."""
    return time.time_ns() // 1_000_000


class Clock:
    """One laptop's clock; `last` is the greatest stamp it has made or seen (kept in the store)."""

    def __init__(
        self, replica: str, last: Stamp | None = None, wall: Callable[[], int] | None = None
    ) -> None:
        self.replica = replica
        self._millis = last.millis if last else 0
        self._counter = last.counter if last else 0
        self._wall = wall

    def now(self) -> Stamp:
        """A stamp for a local change: after everything made or seen so far."""
        wall = self._wall() if self._wall is not None else wall_millis()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._counter += 1
        return Stamp(self._millis, self._counter, self.replica)

    def seen(self, stamp: Stamp) -> None:
        """Take in another laptop's stamp, so that what is made next sorts after it."""
        if (stamp.millis, stamp.counter) > (self._millis, self._counter):
            self._millis, self._counter = stamp.millis, stamp.counter

    @property
    def last(self) -> Stamp:
        return Stamp(self._millis, self._counter, self.replica)

"""The hybrid logical clock: never backwards, always after what it has seen."""

from casetracker.team import hlc
from casetracker.team.hlc import Clock, Stamp


def test_a_stamp_sorts_as_text_as_it_orders():
    early, late = Stamp(999, 5, "b"), Stamp(1000, 0, "a")
    assert early < late
    assert str(early) < str(late)
    assert Stamp.parse(str(late)) == late


def test_a_clock_whose_wall_time_stands_still_or_goes_back_still_moves_forward():
    times = iter([1000, 1000, 900])
    clock = Clock("r", wall=lambda: next(times))
    stamps = [clock.now(), clock.now(), clock.now()]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 3


def test_a_change_made_after_seeing_a_stamp_from_a_clock_hours_ahead_sorts_after_it():
    hours = 3 * 3600 * 1000
    behind = Clock("behind", wall=lambda: 1_000_000)
    seen = Stamp(1_000_000 + hours, 7, "ahead")
    behind.seen(seen)
    assert behind.now() > seen
    assert behind.last.millis == 1_000_000 + hours


def test_a_clock_reads_the_wall_clock_each_time_it_stamps(monkeypatch):
    """A laptop whose clock is set wrong, or set right again, is read as it is at each change."""
    clock = Clock("r")
    monkeypatch.setattr(hlc, "wall_millis", lambda: 5_000_000)
    assert clock.now().millis == 5_000_000
    monkeypatch.setattr(hlc, "wall_millis", lambda: 9_000_000)
    assert clock.now().millis == 9_000_000

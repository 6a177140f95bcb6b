"""Lawful stay on another basis: a pending asylum application or a valid residence permit stops the
short-stay count, and the count resumes when the basis ends."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from casetracker.rules import DocumentFact, evaluate, load_shipped
from casetracker.rules.stay import subtract
from casetracker.vocabulary import CaseKind, DocumentKind, EventKind
from tests.rules.rules_helpers import brute_count, case, days_of, entry, ev, exit_

PROFILES, _ = load_shipped()
K = EventKind
ENTERED = date(2025, 1, 10)
FILED = date(2025, 1, 20)
A_YEAR_LATER = date(2026, 1, 20)
IN_GERMANY = [entry(ENTERED, "DE")]


def found(result, kind, severity=None):
    return [f for f in result.findings if f.kind == kind and (severity is None or f.severity == severity)]


def alarms(result):
    return found(result, "overstay") + [f for f in found(result, "stay") if f.severity != "info"]


def asylum(events, travel=IN_GERMANY, country="DE", on=A_YEAR_LATER):
    return evaluate(case(country, events=events, travel=travel), PROFILES, on)


# Asylum


def test_pending_asylum_application_stops_the_count():
    result = asylum([ev(K.APPLICATION_FILED, FILED)])
    assert result.stay is None and alarms(result) == []
    [basis] = found(result, "stay_other_basis", "info")
    assert "does not apply from 2025-01-20" in basis.text and "is pending" in basis.text
    assert "10 of 90 days in the 180 days ending 2025-01-19" in basis.text  # the figures before filing
    assert "Assumed:" in basis.text and basis.rule == "schengen.stay.2013-10-18"


def test_notified_refusal_with_no_appeal_ends_the_basis_after_the_appeal_deadline():
    events = [
        ev(K.APPLICATION_FILED, FILED),
        ev(K.DECISION_NEGATIVE, date(2025, 9, 1))._replace(procedure="normal"),
        ev(K.NOTIFIED, date(2025, 9, 3)),
    ]
    # Appeal deadline in the general procedure: 14 days from notification = 2025-09-17; counting
    # resumes on 18 September.
    during = asylum(events, on=date(2025, 9, 17))
    assert during.stay is None and "possible until 2025-09-17" in found(during, "stay_other_basis")[0].text
    after = asylum(events)
    # Counted: 10 days before filing (out of the window by now) and 18 Sept 2025 - 20 Jan 2026.
    assert after.stay.days_used == 125 and after.stay.over_since == date(2025, 12, 17)
    [over] = found(after, "overstay", "critical")
    assert "from 2025-12-17 to this day" in over.text
    [ended] = found(after, "stay_other_basis", "info")
    assert "from 2025-01-20 to 2025-09-17" in ended.text and "no appeal recorded" in ended.text


def test_an_appeal_or_a_positive_decision_keeps_the_basis():
    refused = [
        ev(K.APPLICATION_FILED, FILED),
        ev(K.DECISION_NEGATIVE, date(2025, 9, 1)),
        ev(K.NOTIFIED, date(2025, 9, 3)),
    ]
    appealed = asylum([*refused, ev(K.APPEAL_FILED, date(2025, 9, 10))])
    assert appealed.stay is None and alarms(appealed) == []
    granted = asylum([ev(K.APPLICATION_FILED, FILED), ev(K.DECISION_POSITIVE, date(2025, 6, 1))])
    assert granted.stay is None and alarms(granted) == []


def test_a_late_appeal_does_not_restore_the_basis():
    events = [
        ev(K.APPLICATION_FILED, FILED),
        ev(K.DECISION_NEGATIVE, date(2025, 9, 1)),
        ev(K.NOTIFIED, date(2025, 9, 3)),
        ev(K.APPEAL_FILED, date(2025, 10, 1)),
    ]
    assert found(asylum(events), "overstay", "critical")


def test_refusal_without_notification_leaves_the_application_pending():
    result = asylum([ev(K.APPLICATION_FILED, FILED), ev(K.DECISION_NEGATIVE, date(2025, 9, 1))])
    assert result.stay is None and alarms(result) == []
    assert "no notification recorded" in found(result, "stay_other_basis")[0].text


def test_no_appeal_period_known_ends_the_basis_on_notification():
    # Georgia: one year per entry, no appeal rule in the profile.
    travel = [entry(ENTERED, "GE")]
    events = [
        ev(K.APPLICATION_FILED, FILED),
        ev(K.DECISION_NEGATIVE, date(2025, 6, 1)),
        ev(K.NOTIFIED, date(2025, 6, 5)),
    ]
    result = asylum(events, travel=travel, country="GE", on=date(2026, 1, 20))
    # Counted: 10-19 Jan 2025 and 6 Jun 2025 - 20 Jan 2026 (229 days).
    assert result.stay.days_used == 10 + 229 and result.stay.window_days is None
    assert result.stay.last_legal_day == date(2026, 1, 20) + timedelta(days=365 - 239)
    assert "no appeal period is known" in found(result, "stay_other_basis")[0].text


def test_only_asylum_cases_and_the_case_country_give_the_asylum_basis():
    other = evaluate(
        case("DE", kind=CaseKind.OTHER, events=[ev(K.APPLICATION_FILED, FILED)], travel=IN_GERMANY),
        PROFILES,
        A_YEAR_LATER,
    )
    assert found(other, "overstay", "critical") and not found(other, "stay_other_basis")
    elsewhere = asylum([ev(K.APPLICATION_FILED, FILED, "GE")])
    assert found(elsewhere, "overstay", "critical")


def test_an_overstay_before_the_application_is_still_reported():
    travel = [entry(date(2024, 1, 1), "DE")]
    result = asylum([ev(K.APPLICATION_FILED, date(2024, 6, 1))], travel=travel)
    assert result.stay is None
    [over] = found(result, "overstay", "warning")
    assert "from 2024-03-31 until 2024-05-31, the day before the stay became lawful" in over.text
    assert "152 of 90 days" in found(result, "stay_other_basis")[0].text


# Residence permits


def permit(valid_until, country="DE", valid_from=None):
    return (DocumentFact("rp", DocumentKind.RESIDENCE_PERMIT, country, valid_until, valid_from),)


def other_case(documents=(), events=(), travel=IN_GERMANY, country="DE", on=A_YEAR_LATER):
    return evaluate(case(country, CaseKind.OTHER, events, travel, documents=documents), PROFILES, on)


def test_valid_permit_document_stops_the_count_and_says_what_was_assumed():
    result = other_case(permit(date(2027, 1, 1)))
    assert result.stay is None and alarms(result) == []
    text = found(result, "stay_other_basis")[0].text
    assert "valid until 2027-01-01" in text and "taken to cover the whole stay from 2025-01-10" in text
    dated = other_case(permit(date(2027, 1, 1), valid_from=date(2025, 3, 1)))
    assert dated.stay is None and "does not apply from 2025-03-01" in found(dated, "stay_other_basis")[0].text
    assert "50 of 90 days" in found(dated, "stay_other_basis")[0].text


def test_expired_permit_resumes_the_count():
    result = other_case(permit(date(2025, 12, 31), valid_from=date(2025, 1, 10)))
    assert result.stay.days_used == 20 and result.stay.last_legal_day == date(2026, 3, 31)
    assert "to 2025-12-31" in found(result, "stay_other_basis")[0].text


def test_permit_events_and_annulment():
    events = [ev(K.PERMIT_ISSUED, date(2025, 3, 1)), ev(K.PERMIT_ANNULLED, date(2025, 12, 1))]
    result = other_case(events=events)
    # Counted: 10 Jan - 28 Feb 2025 (out of the window) and 1 Dec 2025 - 20 Jan 2026: 51 days.
    assert result.stay.days_used == 51 and not alarms(result)
    still = other_case(events=events[:1])
    assert still.stay is None and "no annulment is recorded" in found(still, "stay_other_basis")[0].text
    annulled_card = other_case(permit(date(2027, 1, 1), valid_from=date(2025, 3, 1)), events=events[1:])
    assert annulled_card.stay.days_used == 51


def test_permit_of_a_zone_member_counts_but_not_of_another_country():
    in_france = [entry(ENTERED, "FR")]
    assert other_case(permit(date(2027, 1, 1), "DE"), travel=in_france, country="FR").stay is None
    georgian = other_case(permit(date(2027, 1, 1), "GE"))
    assert found(georgian, "overstay", "critical") and not found(georgian, "stay_other_basis")


def test_per_entry_allowance_skips_days_on_another_basis():
    travel = [entry(date(2025, 1, 1), "RS")]  # Serbia: 30 days per entry
    events = [ev(K.PERMIT_ISSUED, date(2025, 1, 11)), ev(K.PERMIT_ANNULLED, date(2025, 6, 1))]
    on = date(2025, 6, 10)
    result = other_case(events=events, travel=travel, country="RS", on=on)
    assert result.stay.days_used == 10 + 10 and result.stay.last_legal_day == on + timedelta(days=10)
    late = other_case(events=events, travel=travel, country="RS", on=date(2025, 6, 25))
    [over] = found(late, "overstay", "critical")
    assert "used up on 2025-06-20" in over.text and late.stay.over_since == date(2025, 6, 21)


# Properties


@st.composite
def intervals(draw, base=date(2024, 1, 1), count=4):
    result, cursor = [], base
    for _ in range(draw(st.integers(0, count))):
        start = cursor + timedelta(days=draw(st.integers(1, 90)))
        end = start + timedelta(days=draw(st.integers(0, 120)))
        result.append((start, end))
        cursor = end
    return result


@settings(max_examples=200, deadline=None)
@given(intervals(), intervals())
def test_subtract_matches_sets(stays, covered):
    assert days_of(subtract(stays, covered)) == days_of(stays) - days_of(covered)
    assert subtract(stays, covered) == sorted(subtract(stays, covered))


@settings(max_examples=150, deadline=None)
@given(
    intervals(count=3),
    st.integers(0, 700),
    st.integers(1, 400),
    st.one_of(st.none(), st.integers(0, 400)),
)
def test_permit_days_are_never_counted(stays, issued_offset, on_offset, annulled_after):
    """Against a day-by-day count of the stay days outside the permit: same days used, no allowance
    while the permit runs, and no overstay on a day the permit covered."""
    base = date(2024, 1, 1)
    issued = base + timedelta(days=issued_offset)
    annulled = issued + timedelta(days=annulled_after) if annulled_after is not None else None
    on = issued + timedelta(days=on_offset)
    travel = [e for s, t in stays for e in (entry(s, "DE"), exit_(t, "DE")) if e.date <= on]
    events = [ev(K.PERMIT_ISSUED, issued)] + ([ev(K.PERMIT_ANNULLED, annulled)] if annulled else [])
    result = other_case(events=[e for e in events if e.date <= on], travel=travel, on=on)
    plain = other_case(travel=travel, on=on)
    last_permit_day = (annulled - timedelta(days=1)) if annulled and annulled <= on else on
    permit_days = days_of([(issued, last_permit_day)]) if last_permit_day >= issued else set()
    stay_days = {d for d in days_of(stays) if d <= on}
    counted = stay_days - permit_days
    if on in permit_days:  # an overstay before the permit stays reported, but only as past
        assert result.stay is None and [f.severity for f in alarms(result)] == ["warning"] * len(
            alarms(result)
        )
    elif plain.stay is not None:
        assert result.stay.days_used == brute_count(counted, on, 180) <= plain.stay.days_used
    for over in found(result, "overstay"):
        first = date.fromisoformat(over.text.split(" from ")[1][:10])
        assert first in counted and brute_count(counted, first, 180) > 90
    assert found(plain, "overstay") or not found(result, "overstay")  # a permit never makes an overstay


@settings(max_examples=100, deadline=None)
@given(intervals(count=3), st.integers(0, 900), st.integers(0, 300), st.booleans())
def test_an_asylum_application_never_adds_days_or_alarms(stays, filed_offset, on_after, refused):
    """Filing (and a refusal with or without its notice) can only lower the days used, and while the
    application is pending there is no allowance and no current overstay."""
    filed = date(2024, 1, 1) + timedelta(days=filed_offset)
    on = filed + timedelta(days=on_after)
    travel = [e for s, t in stays for e in (entry(s, "DE"), exit_(t, "DE")) if e.date <= on]
    events = [ev(K.APPLICATION_FILED, filed)]
    if refused and on_after > 40:
        events += [
            ev(K.DECISION_NEGATIVE, filed + timedelta(days=20)),
            ev(K.NOTIFIED, filed + timedelta(days=21)),
        ]
    result = asylum(events, travel=travel, on=on)
    plain = asylum([], travel=travel, on=on)
    pending = not refused or on_after <= 40 or on <= filed + timedelta(days=21 + 14)
    if pending:
        assert result.stay is None and not found(result, "overstay", "critical")
    elif plain.stay is not None and result.stay is not None:
        assert result.stay.days_used <= plain.stay.days_used
    assert found(plain, "overstay") or not found(result, "overstay")


def test_two_bases_at_once_are_both_stated_with_real_days():
    """A permit issued while an asylum application is pending: both bases cover today, and the
    one not chosen for the running figures still names its days, never an empty end."""
    events = [ev(K.APPLICATION_FILED, FILED), ev(K.PERMIT_ISSUED, date(2025, 6, 1))]
    result = evaluate(case("DE", CaseKind.ASYLUM, events, IN_GERMANY), PROFILES, A_YEAR_LATER)
    texts = [f.text for f in found(result, "stay_other_basis")]
    assert len(texts) == 2 and result.stay is None
    assert not any("None" in text for text in texts), texts


def test_a_permit_valid_only_from_a_later_day_says_nothing_yet():
    result = other_case(permit(date(2028, 1, 1), valid_from=date(2026, 6, 1)))
    assert not any("None" in f.text for f in result.findings)
    assert found(result, "stay_other_basis") == []

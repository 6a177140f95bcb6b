"""Finland: the remedy against each kind of decision, as encoded in resources/rules/FI.toml, and the
extended ban on asylum claims at the border.

Sources were read on 2026-12-05 (Migri; Finlex for Acts 150/1930 and 850/2019; the Finnish Government's
pages on the Border Security Act; each test cites its page). Asylum periods are those before the EU Pact
(12 June 2026); the Pact period repeats them, marked unverified.
"""

from datetime import date

from tests.rules.countries.country_helpers import PROFILES, deadline, remedy

PRE_PACT = "FI.remedy.decision_negative.2021-08-01"
PACT = "FI.remedy.decision_negative.2026-06-12"


def test_asylum_refused_thirty_days_from_receipt():
    """Foreigner.fi, reporting Migri's bulletin (2021-08-04),
    https://www.foreigner.fi/articulo/moving-to-finland/finland-extends-appeal-periods-for-asylum-seekers/20210804091659013162.html:
    "an appeal against the Finnish Immigration Service's asylum decision can be submitted to the
    Administrative Court within 30 days from the date on which the negative decision was received." """
    found = deadline(
        "FI", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 10), procedure="normal"
    )
    assert found.due == date(2026, 4, 9) and found.rule == PRE_PACT


def test_asylum_last_day_on_good_friday_moves_past_easter():
    """Act on the Computation of Statutory Time Limits 150/1930 s. 5, https://finlex.fi/fi/laki/ajantasa/1930/19300150:
    "Kun määräpäivä tai määräajan viimeinen päivä on pyhäpäivä, ... tahi arkilauantai, saa tehtävän
    toimittaa ensimmäisenä arkipäivänä sen jälkeen." 3 April 2026 is Good Friday, 6 April Easter Monday."""
    found = deadline(
        "FI", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert (found.due, found.act_by) == (date(2026, 4, 7), date(2026, 4, 3))


def test_asylum_manifestly_unfounded_same_thirty_days_but_ask_to_ban_enforcement():
    """Migri, "Käännyttäminen", https://migri.fi/kaannyttaminen: "Sinut voidaan käännyttää maasta
    kahdeksantena päivänä päätöksen tiedoksiannosta, jos ... hakemuksesi on katsottu ilmeisen
    perusteettomaksi." The appeal period stays 30 days; removal may come first."""
    found = deadline(
        "FI",
        "decision_negative",
        date(2026, 3, 2),
        notified=date(2026, 3, 10),
        procedure="manifestly_unfounded",
    )
    assert found.due == date(2026, 4, 9)
    rule = remedy("FI", "decision_negative", date(2026, 3, 2))
    assert rule.body.suspensive == "on_request" and "8th day" in rule.note


def test_asylum_after_the_pact_keeps_the_numbers_but_is_unverified():
    """Ministry of the Interior, https://valtioneuvosto.fi/en/-/1410869/finland-prepares-for-application-of-eu-pact-on-migration-and-asylum:
    "the legislation under preparation will introduce all the new restrictions allowed by the EU Pact";
    the enacted period was not found. 2 August 2026 is a Sunday."""
    found = deadline(
        "FI", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert (found.due, found.act_by) == (date(2026, 8, 3), date(2026, 8, 2))
    assert found.rule == PACT and "check before relying on it" in found.text
    assert "15" in remedy("FI", "decision_negative", date(2026, 7, 1)).note


def test_refusal_of_entry_thirty_days_unverified():
    """Finlex, Act 850/2019, https://finlex.fi/fi/laki/alkup/2019/20190850, Aliens Act s. 190(2):
    "Rajatarkastusviranomaisen, poliisin tai Maahanmuuttoviraston Schengenin rajasäännöstön perusteella
    tekemään päätökseen pääsyn epäämisestä saa hakea muutosta valittamalla hallinto-oikeuteen siten kuin
    oikeudenkäynnistä hallintoasioissa annetussa laissa säädetään." The period of that Act was not read;
    MSPK, https://www.mspk.fi/en/palvelut/ulkomaalaisasiat/: "in most cases, appeals must be filed within
    30 days of the date you received the decision" (not stated for border refusals): unverified."""
    found = deadline("FI", "entry_denied", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 9) and "check before relying on it" in found.text
    assert remedy("FI", "entry_denied", date(2026, 3, 2)).unverified_fields == {"days"}


def test_visa_annulled_route_unknown():
    """Parliament's Administration Committee, HaVM 26/2018 vp, https://www.edilex.fi/mt/havm20180026: a
    mission's "viisumin epäämis- ja mitätöintipäätökseen sekä sellaiseen viisumin kumoamispäätökseen, jota ei
    ole tehty viisuminhaltijan pyynnöstä, saisi vaatia oikaisua edustuston sijasta ulkoministeriöltä". No page
    read gives the period, so none is given (the recalled 30 days were removed)."""
    found = deadline("FI", "visa_cancelled", date(2026, 3, 2))
    assert found.due is None and "valitusosoitus" in found.text
    assert "30" not in remedy("FI", "visa_cancelled", date(2026, 3, 2)).body.unknown


def test_permit_withdrawn_thirty_days_unverified():
    """FinnAdvisor, https://finnadvisor.fi/guides/migri-rejection-what-to-do: "For most Migri decisions
    (residence permits, ...) the appeal period is 30 days from the date you were notified of the decision
    UlkL §190." (a guide; the statute was not read)."""
    found = deadline("FI", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 9) and "check before relying on it" in found.text


def test_removal_decision_thirty_days_unverified_ask_to_ban_enforcement():
    """Migri, "Käännyttäminen" (URL above): "Kaikissa näissä tapauksissa voit pyytää hallinto-oikeutta
    kieltämään käännyttämisen täytäntöönpanon." """
    found = deadline("FI", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 9) and "check before relying on it" in found.text


def test_entry_ban_appealed_with_the_removal_thirty_days_unverified():
    """MSPK, https://www.mspk.fi/en/palvelut/ulkomaalaisasiat/: "in most cases, appeals must be filed within
    30 days of the date you received the decision"; Aliens Act s. 190(1) (Act 850/2019, URL above): Migri's,
    the police's and the border control authority's decisions go to the administrative court. That the ban
    is appealed together with the removal decision is not verified."""
    found = deadline("FI", "entry_ban", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 9) and "check before relying on it" in found.text


def test_detention_period_unknown():
    """No page read states the route or period for challenging immigration detention (the police order it,
    Aliens Act ch. 7, and a district court reviews it); the recalled time limits were removed."""
    found = deadline("FI", "detention", date(2026, 3, 2))
    assert found.due is None and "district court's decision" in found.text


def test_extradition_period_unknown():
    """Ministry of Justice, https://oikeusministerio.fi/extradition, and STT: "When it comes to extradition
    to other countries ... the Ministry of Justice decides whether to agree to the extradition request."
    No period was found."""
    found = deadline("FI", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "contest extradition" in found.text


def test_border_asylum_ban_extended_to_the_end_of_2026():
    """Finnish Government, https://valtioneuvosto.fi/en/-/1410869/finnish-government-proposes-to-extend-validity-of-border-security-act:
    "The Finnish Government proposes to extend the validity of the Act on Temporary Measures to Combat
    Instrumentalised Migration ('Border Security Act') until 31 December 2026"; project SM001:00/2025:
    "Current stage: Statute adopted" (EV 59/2025). The audit found the profile said "extension not
    verified"."""

    def bans(day):
        return [b.id for b in PROFILES.get("FI").bans_on(day)]

    assert "FI.ban.asylum-claims.2024-07-22" in bans(date(2026, 12, 5))
    assert "FI.ban.asylum-claims.2024-07-22" not in bans(date(2027, 1, 1))

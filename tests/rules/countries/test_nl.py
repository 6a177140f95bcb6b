"""Netherlands: the remedy against each kind of decision, as encoded in resources/rules/NL.toml.

Sources were read on 2026-12-05; each test cites the page its figures come from. Asylum periods are those
of the law before the EU Pact (12 June 2026); the Pact period repeats them, marked unverified.
"""

from datetime import date

from tests.rules.countries.country_helpers import deadline, remedy

PRE_PACT = "NL.remedy.decision_negative.2022-02-24"
PACT = "NL.remedy.decision_negative.2026-06-12"


def test_asylum_refused_in_the_general_procedure_one_week():
    """Dienst Terugkeer en Vertrek, "Beroep tegen het asielbesluit",
    https://www.dienstterugkeerenvertrek.nl/over-dtv/leidraad-terugkeer-en-vertrek/de-asielprocedure/beroep-tegen-het-asielbesluit:
    "De termijn is één week voor zaken die in de AA zijn afgehandeld" (Vreemdelingenwet 2000
    art. 69(1)-(2))."""
    found = deadline(
        "NL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 11) and found.rule == PRE_PACT


def test_asylum_refused_in_the_extended_procedure_four_weeks():
    """Dienst Terugkeer en Vertrek, "Beroep tegen het asielbesluit" (URL above): "In overige zaken geldt
    een termijn van vier weken." The other cases are those of the extended procedure (VA)."""
    found = deadline(
        "NL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="extended"
    )
    assert found.due == date(2026, 4, 1)


def test_asylum_refused_as_manifestly_unfounded_one_week():
    """Dienst Terugkeer en Vertrek, "Beroep tegen het asielbesluit" (URL above): one week also "voor zaken
    die zijn afgedaan als kennelijk ongegrond"."""
    found = deadline(
        "NL",
        "decision_negative",
        date(2026, 3, 2),
        notified=date(2026, 3, 4),
        procedure="manifestly_unfounded",
    )
    assert found.due == date(2026, 3, 11)


def test_asylum_claim_inadmissible_one_week():
    """Dienst Terugkeer en Vertrek, "Beroep tegen het asielbesluit" (URL above): one week also for claims
    declared "niet-ontvankelijk" or "buiten behandeling gesteld"."""
    found = deadline(
        "NL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="inadmissible"
    )
    assert found.due == date(2026, 3, 11)


def test_asylum_procedure_not_recorded_the_one_week_governs_and_four_weeks_are_listed():
    """Same source: 1 week in the AA, 4 weeks in the extended procedure; the earlier governs when the
    procedure is not recorded (the audit found the profile wrongly said 28 days)."""
    found = deadline("NL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 11) and "28 days, by 2026-04-01" in found.text


def test_asylum_week_ending_on_a_saturday_moves_to_monday_under_the_algemene_termijnenwet():
    """Algemene termijnenwet art. 1(1), quoted by debloggendedeurwaarder.nl (https://www.debloggendedeurwaarder.nl/atw-nog-eens-bezien/):
    "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende feestdag eindigt,
    wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende
    feestdag is." The alarm keeps the unmoved day."""
    found = deadline(
        "NL", "decision_negative", date(2026, 3, 6), notified=date(2026, 3, 7), procedure="normal"
    )
    assert (found.due, found.act_by) == (date(2026, 3, 16), date(2026, 3, 14))


def test_asylum_refusal_after_the_pact_keeps_the_numbers_but_is_unverified():
    """Rijksoverheid 2025-12-12 (https://www.rijksoverheid.nl/actueel/nieuws/2025/12/12/kabinet-zet-belangrijke-stap-in-uitvoering-eu-asielpact-met-indienen-wetsvoorstel):
    the Pact bill would shorten appeal periods ("onder meer door het verkorten van beroepstermijnen");
    whether it passed was not found, so the pre-Pact week is repeated, unverified."""
    found = deadline(
        "NL", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert (
        found.due == date(2026, 7, 10) and found.rule == PACT and "check before relying on it" in found.text
    )
    rule = remedy("NL", "decision_negative", date(2026, 7, 1))
    assert "Pact on Migration and Asylum applies from 12 June 2026" in rule.note


def test_refusal_of_entry_four_weeks_unverified():
    """Vreemdelingenwet 2000 art. 69(1), old copy at https://www.businesslegalconsultancy.com/nl/hoofdstuk-7-rechtsmiddelen-1/:
    "In afwijking van artikel 6:7 van de Algemene wet bestuursrecht bedraagt de termijn voor het indienen
    van een bezwaar- of beroepschrift vier weken." Rb. Den Haag ECLI:NL:RBDHA:2013:19059: "administratief
    beroep open stond tegen de toegangsweigeringen". The 4 weeks are the general rule of art. 69(1), applied
    to a refusal by inference, hence unverified."""
    found = deadline("NL", "entry_denied", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 4, 1) and "check before relying on it" in found.text
    assert remedy("NL", "entry_denied", date(2026, 3, 2)).body.suspensive == "no"


def test_visa_annulled_objection_four_weeks():
    """IND, "Bezwaar maken tegen beslissing op Schengenvisum of transitvisum",
    https://ind.nl/nl/kort-verblijf/bezwaar-maken-tegen-beslissing-op-schengenvisum-of-transitvisum:
    "Bezwaartermijn is 4 weken" (for an annulment or revocation, the general rule of Vw art. 69(1) applied by
    inference, hence unverified)."""
    found = deadline("NL", "visa_cancelled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 4, 1) and "check before relying on it" in found.text


def test_permit_withdrawn_objection_four_weeks():
    """IND, "Bezwaar maken of in beroep gaan", https://ind.nl/nl/na-uw-aanvraag/bezwaar-maken-of-in-beroep-gaan:
    "Doe dit binnen 24 uur nadat u de beschikking van de IND krijgt" (interim measure, in the note);
    the 4 weeks are the general rule of Vw art. 69(1) (old copy), applied to a withdrawal by inference, hence
    unverified."""
    found = deadline("NL", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 4, 1) and "check before relying on it" in found.text
    assert "24 hours" in remedy("NL", "permit_annulled", date(2026, 3, 2)).note


def test_return_decision_period_unknown_look_in_the_remedies_clause():
    """No page read states the period for a return decision (searched: DT&V and IND pages), so the app says
    to take it from the remedies clause (rechtsmiddelenclausule) printed in the decision."""
    found = deadline("NL", "expulsion_order", date(2026, 3, 2))
    assert found.due is None and "rechtsmiddelenclausule" in found.text


def test_entry_ban_period_unknown_look_in_the_remedies_clause():
    """No page read states the route or period for an entry ban (inreisverbod); it probably follows the
    return decision (not verified)."""
    found = deadline("NL", "entry_ban", date(2026, 3, 2))
    assert found.due is None and "rechtsmiddelenclausule" in found.text


def test_detention_appeal_has_no_time_limit():
    """Vreemdelingenwet 2000 art. 69(3), old copy (URL above): "het instellen van beroep als bedoeld in
    de artikelen 94 en 96 tegen een besluit als bedoeld in artikel 93 niet aan enige termijn gebonden.
    De termijn voor het instellen van het hoger beroep, bedoeld in artikel 95, bedraagt één week." """
    found = deadline("NL", "detention", date(2026, 3, 2))
    assert found.due is None and "no time limit" in found.text and "1 week" in found.text


def test_extradition_cassation_period_unknown():
    """Uitleveringswet art. 31, http://www.wetboek-online.nl/wet/Uitleveringswet/31.html: "Tegen de
    uitspraak van de rechtbank betreffende het verzoek tot uitlevering kan zowel door de officier van
    justitie als door de opgeëiste persoon beroep in cassatie worden ingesteld." The period was not found."""
    found = deadline("NL", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "district court's ruling" in found.text

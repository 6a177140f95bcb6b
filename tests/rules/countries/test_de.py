"""Germany: the remedy against each kind of decision, as encoded in resources/rules/DE.toml.

Sources were read on 2026-12-05; each test cites the page its figures come from. Asylum periods are those
of § 74 AsylG before the EU Pact (12 June 2026); the Pact period repeats them, marked unverified.
"""

from datetime import date

from tests.rules.countries.country_helpers import deadline, remedy

PRE_PACT = "DE.remedy.decision_negative.2022-02-24"
PACT = "DE.remedy.decision_negative.2026-06-12"


def test_asylum_refused_two_weeks_from_service():
    """§ 74 AsylG, https://buzer.de/74_AsylG.htm: "(1) Die Klage gegen Entscheidungen nach diesem Gesetz
    muss innerhalb von zwei Wochen nach Zustellung der Entscheidung erhoben werden" """
    found = deadline(
        "DE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 18) and found.rule == PRE_PACT


def test_asylum_refused_as_manifestly_unfounded_one_week():
    """§ 74 AsylG (URL above): "ist der Antrag nach § 80 Absatz 5 der Verwaltungsgerichtsordnung innerhalb
    einer Woche zu stellen (§ 34a Absatz 2 Satz 1 und 3, § 36 Absatz 3 Satz 1 und 10), ist auch die Klage
    innerhalb einer Woche zu erheben." The audit's engine finding: not the two-week date."""
    found = deadline(
        "DE",
        "decision_negative",
        date(2023, 6, 1),
        notified=date(2023, 6, 5),
        procedure="manifestly_unfounded",
    )
    assert found.due == date(2023, 6, 12)


def test_asylum_inadmissible_protection_elsewhere_one_week():
    """VG Köln, quoted on wiki.aufentha.lt (https://wiki.aufentha.lt/_export/raw/zweitantrag): the one-week
    rule applies "nur in den Fällen der Unzulässigkeit des Asylantrags nach § 29 Abs. 1 Nr. 2 und Nr. 4
    AsylG sowie im Falle der Ablehnung des Asylantrags als offensichtlich unbegründet"."""
    found = deadline(
        "DE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="inadmissible"
    )
    assert found.due == date(2026, 3, 11)


def test_asylum_dublin_transfer_order_one_week():
    """§ 74(1) AsylG (URL above) names § 34a Absatz 2: a transfer order under § 34a is a one-week case."""
    found = deadline(
        "DE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="dublin"
    )
    assert found.due == date(2026, 3, 11)


def test_asylum_second_application_keeps_two_weeks():
    """VG Köln 15 K 2721/20.A (wiki.aufentha.lt, URL above): "Letzteres gilt für den streitgegenständlichen
    Bescheid entgegen der ihm beigefügten Rechtsbehelfsbelehrung nicht. Bei dem streitgegenständlichen
    Bescheid handelt es sich um einen Zweitbescheid im Sinne des § 71 a Abs. 1 AsylG." """
    found = deadline(
        "DE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="subsequent"
    )
    assert found.due == date(2026, 3, 18) and "general period applies" in found.text


def test_asylum_week_ending_on_a_saturday_moves_to_monday():
    """VG München M 17 K 17.31927, https://stage.lexika.de/steuerrecht/versaeumung-der-klagefrist: the week
    is counted under "§ 57 Abs. 2 VwGO i.V.m. § 222 Abs. 1, 2 Zivilprozessordnung – ZPO, § 187 Abs. 1,
    § 188 Abs. 2 Alt. 1, § 193 Bürgerliches Gesetzbuch – BGB"."""
    found = deadline(
        "DE",
        "decision_negative",
        date(2026, 3, 5),
        notified=date(2026, 3, 7),
        procedure="manifestly_unfounded",
    )
    assert (found.due, found.act_by) == (date(2026, 3, 16), date(2026, 3, 14))


def test_asylum_after_the_pact_keeps_the_numbers_but_is_unverified():
    """Bundestag hib, https://www.bundestag.de/presse/hib/kurzmeldungen-1112528: the GEAS-Anpassungsgesetz
    (21/1848) went to the plenary; its § 74 AsylG wording was not found, so the pre-Pact two weeks are
    repeated, unverified."""
    found = deadline(
        "DE", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert (
        found.due == date(2026, 7, 17) and found.rule == PACT and "check before relying on it" in found.text
    )


VWGO = "https://github.com/bundestag/gesetze/blob/master/v/vwgo/index.md"


def test_refusal_of_entry_one_month_moved_past_easter():
    """VwGO § 70(1), federal text mirrored at VWGO: "Der Widerspruch ist innerhalb eines Monats, nachdem
    der Verwaltungsakt dem Beschwerten bekanntgegeben worden ist, schriftlich oder zur Niederschrift bei
    der Behörde zu erheben"; § 80(2) no. 2: no suspensive effect "bei unaufschiebbaren Anordnungen und
    Maßnahmen von Polizeivollzugsbeamten". 4 April 2026 is a Saturday, 6 April Easter Monday."""
    found = deadline("DE", "entry_denied", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert (found.due, found.act_by) == (date(2026, 4, 7), date(2026, 4, 4))
    assert "Stops removal: no" in found.text


def test_visa_annulled_one_month_applied_by_inference():
    """migrationsrecht.net commentary: "Annullierung oder Aufhebung eines einheitlichen Visums erfolgt seit
    05.04.2010 einheitlich unter Vorrang des Europarechts durch die Bestimmungen des Art. 34 VK"; the
    one-month periods of VwGO §§ 70(1), 74(1) (VWGO) are applied to it by inference."""
    found = deadline("DE", "visa_cancelled", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 10) and "check before relying on it" in found.text


def test_permit_withdrawn_one_month():
    """VwGO § 74(1) (VWGO): "Ist nach § 68 ein Widerspruchsbescheid nicht erforderlich, so muß die Klage
    innerhalb eines Monats nach Bekanntgabe des Verwaltungsakts erhoben werden." """
    found = deadline("DE", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 10) and "check before relying on it" not in found.text


def test_expulsion_one_month():
    """VwGO § 74(1) (VWGO): "Die Anfechtungsklage muß innerhalb eines Monats nach Zustellung des
    Widerspruchsbescheids erhoben werden." The same month from notification without an objection stage."""
    found = deadline("DE", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 10) and "check before relying on it" not in found.text


def test_entry_ban_one_month_unverified():
    """VwGO §§ 70(1), 74(1) (VWGO): one month; that the ban is challenged with the expulsion is not
    verified, so the period is marked unverified."""
    found = deadline("DE", "entry_ban", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 4, 10) and "check before relying on it" in found.text


def test_detention_complaint_two_weeks_from_written_notice():
    """FamFG § 63, federal text mirrored at https://github.com/bundestag/gesetze/blob/master/f/famfg/index.md:
    "(1) Die Beschwerde ist, soweit gesetzlich keine andere Frist bestimmt ist, binnen einer Frist von einem
    Monat einzulegen. (2) Die Beschwerde ist binnen einer Frist von zwei Wochen einzulegen, wenn sie sich
    gegen 1. eine einstweilige Anordnung ... richtet. (3) Die Frist beginnt jeweils mit der schriftlichen
    Bekanntgabe des Beschlusses". Book 7 (§§ 415-432) covers Abschiebungshaft (§ 417(2) no. 5) and sets no
    other period. The shorter 2 weeks are given; the note says a final order leaves 1 month."""
    found = deadline("DE", "detention", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 18) and "check before relying on it" not in found.text
    assert "1 month" in remedy("DE", "detention", date(2026, 3, 2)).note


def test_extradition_no_appeal_against_the_higher_regional_court():
    """BGH 2 ARs 408/23, https://hrr-strafrecht.de/hrr/db/hrrs-nummer.php?hrrsjahr=2024&hrrsnummer=836:
    "weil Entscheidungen des Oberlandesgerichts in einer Auslieferungssache unanfechtbar sind (§ 13 Abs. 1
    Satz 2 IRG)"."""
    found = deadline("DE", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "Oberlandesgericht" in found.text

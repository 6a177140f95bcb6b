"""Norway: the remedy against each kind of decision, as encoded in resources/rules/NO.toml.

Sources were read on 2026-12-05; each test cites the page its figures come from. Norway is not bound by
the EU Asylum Procedure Regulation, so its periods do not change on 12 June 2026.
"""

from datetime import date

from tests.rules.countries.country_helpers import deadline, remedy

ASYLUM = "NO.remedy.decision_negative.2022-02-24"


def test_asylum_refused_three_weeks_from_receipt():
    """UDI, "How do I appeal the decision?",
    https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/how-do-i-appeal-the-decision/:
    "You must appeal within three weeks of receiving your decision." """
    found = deadline(
        "NO", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 25) and found.rule == ASYLUM


def test_asylum_refused_as_manifestly_unfounded_one_week():
    """Immigration Act s. 94 a, https://www.arbeidstilsynet.no/en/laws-and-regulations/laws/immigration-act/11/ii/section94a/:
    "the time limit for appealing is one week from the time at which notification of the administrative
    decision has reached the relevant party" (the audit found the profile lacked it)."""
    found = deadline(
        "NO",
        "decision_negative",
        date(2026, 3, 2),
        notified=date(2026, 3, 4),
        procedure="manifestly_unfounded",
    )
    assert found.due == date(2026, 3, 11)


def test_asylum_procedure_not_recorded_the_one_week_governs():
    """Same two sources: 3 weeks in general, 1 week under s. 94 a; the earlier governs when the
    procedure is not recorded."""
    found = deadline("NO", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 11) and "21 days, by 2026-03-25" in found.text


def test_asylum_period_is_not_changed_by_the_eu_pact():
    """Norway is not an EU member, so Regulation 2024/1348 does not bind it; UDI (URL above): "You must appeal
    within three weeks of receiving your decision." """
    found = deadline(
        "NO", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert found.due == date(2026, 7, 24) and found.rule == ASYLUM


def test_asylum_last_day_on_a_weekend_is_not_moved_as_the_rule_is_not_verified():
    """No page read states whether a last day on a weekend moves (fvl. s. 29 with the Courts Act ss. 148-149
    was not read), so the app keeps the day and says whether it moves is not known."""
    found = deadline(
        "NO", "decision_negative", date(2026, 3, 6), notified=date(2026, 3, 7), procedure="normal"
    )
    assert found.due == date(2026, 3, 28) and "not known" in found.text


def test_refusal_at_the_border_three_weeks_from_the_refusal():
    """UDI, "Bortvisning - EU/EØS-borgere", https://www.udi.no/ord-og-begreper/bortvisning/eueos-borgere/:
    "Du kan levere en skriftlig klage til politiet innen tre uker etter at du ble bortvist." (stated for
    EU/EEA nationals: unverified for Russians)."""
    found = deadline("NO", "entry_denied", date(2026, 3, 2))
    assert found.due == date(2026, 3, 23) and "check before relying on it" in found.text
    assert remedy("NO", "entry_denied", date(2026, 3, 2)).body.suspensive == "no"


def test_visa_annulled_three_weeks_unverified():
    """UDI, "How do I appeal a decision from an embassy?",
    https://www.udi.no/en/word-definitions/appealing-a-decision/how-do-i-appeal-a-decision-from-an-embassy/:
    "You must appeal within three weeks from the date when you, your authorised representative or your
    lawyer received the decision" (for an annulment or revocation, the general rule of fvl. s. 29 applied by
    inference, hence unverified)."""
    found = deadline("NO", "visa_cancelled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 25) and "check before relying on it" in found.text


def test_permit_not_extended_three_weeks():
    """UDI, "You can appeal the decision",
    https://www.udi.no/en/information-ukraine-and-russia/situation-in-ukraine/stay-in-norway/protection-asylum-in-norway/received-an-answer/you-can-appeal-the-decision/:
    "The deadline for appealing the decision that your residence permit is not extended is three weeks
    from the time you received the decision." """
    found = deadline("NO", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 25)


def test_expulsion_three_weeks_unverified():
    """UDI, "Hvordan klager jeg på et vedtak fra UDI?",
    https://udi.no/ord-og-begreper/klage-pa-et-vedtak/hvordan-klager-du-pa-vedtaket: "Du må klage innen tre
    uker fra du, fullmektigen din eller advokaten din mottok vedtaket"; jusinfo.no,
    http://www.jusinfo.no/index.php?site=default/721/1285/1370: "Klagefristen er etter forvaltningsloven § 29
    tre uker". Not stated for utvisning as such, hence unverified."""
    found = deadline("NO", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 25) and "check before relying on it" in found.text


def test_entry_ban_appealed_with_the_expulsion_three_weeks_unverified():
    """UDI, https://www.udi.no/har-fatt-svar/har-blitt-utvist/udi-vurderer-om-jeg-skal-bli-utvist/: the letter
    states "om du er utvist og har fått et innreiseforbud, hvor lenge innreiseforbudet varer og hvordan du kan
    klage"; UDI (URL above): "Du må klage innen tre uker". Not stated for entry bans as such: unverified."""
    found = deadline("NO", "entry_ban", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 25) and "check before relying on it" in found.text
    assert remedy("NO", "entry_ban", date(2026, 3, 2)).source.kind == "government"


def test_detention_period_unknown():
    """Immigration Act s. 106, https://arbeidstilsynet.no/en/laws-and-regulations/laws/immigration-act/13/section106:
    only the grounds ("A foreign national may be arrested and detained if ...") were read."""
    found = deadline("NO", "detention", date(2026, 3, 2))
    assert found.due is None and "district court's order" in found.text


def test_extradition_period_unknown():
    """Police (Kripos), "Besluttet utlevert",
    https://www.politiet.no/aktuelt-tall-og-fakta/aktuelt/nyheter/2023/09/22/--besluttet-utlevert/:
    "Oslo tingrett konkluderte 19. september med at utlevering lovlig kan skje. Avgjørelsen kan ankes."
    No appeal period was found."""
    found = deadline("NO", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "kjennelse" in found.text

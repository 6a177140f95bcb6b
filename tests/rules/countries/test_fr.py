"""France: the remedy against each kind of decision, as encoded in resources/rules/FR.toml.

Sources were read on 2026-12-05; each test cites the page its figures come from. CNDA periods are those
before the EU Pact (12 June 2026); the Pact period repeats them, marked unverified. Removal-order periods
are those of the reform in force from 15 July 2024 (loi n° 2024-42, décret n° 2024-799).
"""

from datetime import date

from casetracker.rules import CaseFacts, EventFact, evaluate
from casetracker.vocabulary import CaseKind, DatePrecision, EventKind
from tests.rules.countries.country_helpers import CASE_KIND, PROFILES, deadline, remedy

PRE_PACT = "FR.remedy.decision_negative.2022-02-24"
PACT = "FR.remedy.decision_negative.2026-06-12"
OQTF = "FR.remedy.expulsion_order.2024-07-15"


def legal_aid_step(decided: date, notified: date):
    """The earlier step (legal aid) the CNDA appeal gets: its due date and text."""
    kind = EventKind.DECISION_NEGATIVE
    events = [
        EventFact("decision", kind, decided, DatePrecision.EXACT, "FR", "normal"),
        EventFact("notice", EventKind.NOTIFIED, notified, DatePrecision.EXACT, "FR"),
    ]
    facts = CaseFacts("T-1", CASE_KIND[kind], "FR", frozenset(), tuple(events))
    steps = [d for d in evaluate(facts, PROFILES, notified).deadlines if d.kind == "remedy_step"]
    return steps[0]


def test_asylum_refused_one_month_from_notification():
    """CNDA, "Déposer mon recours",
    https://paris.cour-administrative-appel.fr/cour-nationale-du-droit-d-asile/vos-demarches/je-suis-un-demandeur/deposer-mon-recours:
    "Vous disposez d'un mois à compter de la date à laquelle la décision de l'OFPRA que vous souhaitez
    contester vous a été notifiée, pour déposer votre recours à la CNDA." """
    found = deadline(
        "FR", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 10), procedure="normal"
    )
    assert found.due == date(2026, 4, 10) and found.rule == PRE_PACT


def test_asylum_month_ending_on_easter_saturday_moves_to_tuesday():
    """Lexcase, https://lexcase-immigration.com/notification-des-decisions-de-ladministration-et-delais-de-recours:
    "lorsque le délai expire un samedi, un dimanche ou un jour férié, l'article 642 du code de procédure
    civile prolonge la recevabilité du recours au premier jour ouvrable suivant". 4 April 2026 is a Saturday
    and 6 April Easter Monday; the alarm keeps the 4th."""
    found = deadline(
        "FR", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert (found.due, found.act_by) == (date(2026, 4, 7), date(2026, 4, 4))


def test_asylum_accelerated_still_one_month():
    """Service-public.fr F2675 (mirror https://aunac-sur-charente.fr/rubriques/demarches-administratives/?xml=F2675):
    "Ce délai est ramené à 5 semaines si votre demande d'asile a été placée en procédure accélérée" - the
    CNDA's time to rule; the appeal period stays 1 month."""
    found = deadline(
        "FR", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 10), procedure="accelerated"
    )
    assert found.due == date(2026, 4, 10)


def test_asylum_legal_aid_within_fifteen_days():
    """Rimailho Avocat, https://www.rimailho-avocat.com/quel-sont-les-types-de-recours-devant-un-refus-de-droit-asile/:
    "vous devez déposer la demande dans le délai de quinze jours à compter de la notification de la
    décision de l'OFPRA. Le délai de recours est alors suspendu jusqu'à la notification de la décision
    d'aide juridictionnelle." (audit: not modelled before)."""
    step = legal_aid_step(date(2026, 3, 2), date(2026, 3, 10))
    assert step.due == date(2026, 3, 25) and "legal aid" in step.text
    assert remedy("FR", "decision_negative", date(2026, 3, 2)).body.earlier_step_days == 15


def test_asylum_dublin_transfer_decision_forty_eight_hours_unverified():
    """ASH, https://ash.tm.fr/numeros-juridiques/2952/lacces-a-la-procedure-dasile/la-procedure-dublin-iii/le-recours-contre-la-decision-de-transfert-506397.php:
    "dans le délai de 15 jours à compter de la notification de cette décision" (48 hours with detention or
    house arrest, pre-2024 figures; the earlier reading is encoded, unverified)."""
    found = deadline(
        "FR", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="dublin"
    )
    assert found.due == date(2026, 3, 5) and "check before relying on it" in found.text


def test_asylum_after_the_pact_keeps_the_numbers_but_is_unverified():
    """La Cimade, 2026-01-05, https://www.lacimade.org/droit-dasile-quelle-adaptation-du-pacte-europeen-en-france:
    without an adaptation law most CESEDA asylum provisions lapse, "le chapitre sur la CNDA restant"; no new
    period found."""
    found = deadline(
        "FR", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert found.due == date(2026, 8, 3) and found.rule == PACT and "check before relying on it" in found.text


def test_refusal_of_entry_on_asylum_grounds_forty_eight_hours_unverified():
    """CESEDA L. 352-4, version in force from 1 May 2021 (juriblio.fr copy,
    https://juriblio.fr/codes/code-de-l-entree-et-du-sejour-des-etrangers-et-du-droit-d-asile/partie-legislative/livre-iii/titre-v/chapitre-ii/article-l352-4):
    "peut, dans les quarante-huit heures suivant la notification de ces décisions, en demander l'annulation au
    président du tribunal administratif". The current version refers to the procedure of L. 921-2, whose
    period was not read: unverified. ASH (earlier text): "Ce recours est suspensif"."""
    found = deadline("FR", "entry_denied", date(2026, 3, 6), notified=date(2026, 3, 6))
    assert (
        found.due == date(2026, 3, 7)
        and "check before relying on it" in found.text
        and "not moved" in found.text
    )


def test_visa_annulled_route_unknown():
    """French Embassy in Azerbaijan, https://az.ambafrance.org/Refus-de-visa-recours: "Le recours doit être
    impérativement formé dans un délai de 2 mois à compter de la notification de la décision expresse de
    refus" - for refusals only; the route for annulment or revocation was not found."""
    found = deadline("FR", "visa_cancelled", date(2026, 3, 2))
    assert found.due is None and "voies et délais de recours" in found.text


def test_oqtf_ordinary_procedure_one_month():
    """Maître Michel, https://avocat-michel.com/2024/07/22/la-nouvelle-procedure-de-contestation-des-obligations-de-quitter-le-territoire-francais-oqtf:
    "une procédure ordinaire (dans laquelle l'OQTF peut être contestée dans le délai d'un mois)"."""
    found = deadline(
        "FR", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 10), procedure="normal"
    )
    assert found.due == date(2026, 4, 10) and found.rule == OQTF


def test_oqtf_under_house_arrest_seven_days_not_a_clear_period():
    """InfoMIE, https://www.infomie.net/article6958.html?lang=fr: "Est assigné à résidence ou incarcéré, le
    délai de recours passe à 7 jours"; CAA Lyon 24LY03013 (https://alyoda.eu/index.php?id=9789): "il a
    commencé à courir le lendemain du jour de la notification et a expiré le dernier jour du délai à
    minuit." The courts are split: CAA Toulouse 24TL02643 (3 July 2025,
    https://toulouse.cour-administrative-appel.fr/decisions-de-justice/dernieres-decisions/le-delai-de-recours-de-sept-jours-d-un-detenu-contre-une-obligation-de-quitter-le-territoire-francais-est-un-delai-franc):
    "le délai de recours de sept jours prévu à l'article L. 921-1 [...] prise à l'encontre d'un personne en
    détention présente le caractère d'un délai franc". The earlier, non-franc reading is kept and the
    note says so."""
    found = deadline(
        "FR", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="accelerated"
    )
    assert found.due == date(2026, 3, 11)
    assert "24TL02643" in remedy("FR", "expulsion_order", date(2026, 3, 2)).note


def test_oqtf_in_administrative_detention_forty_eight_hours():
    """Maître Michel (URL above): "2 procédures accélérées (dans lesquelles l'OQTF peut être attaquée dans
    les délais de 7 jours et de 48 heures)"."""
    found = deadline(
        "FR", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="detained"
    )
    assert found.due == date(2026, 3, 5)


def test_oqtf_before_the_2024_reform_unknown():
    """Lexcase (URL above): "Les obligations de quitter le territoire français avec délai de départ volontaire
    sont assorties d'un délai de recours de 30 jours"; the shorter periods without one were not found, so
    no deadline is given before the reform of 15 July 2024."""
    found = deadline("FR", "expulsion_order", date(2023, 5, 2))
    assert found.due is None and "voies et délais de recours" in found.text


def test_permit_withdrawn_with_an_oqtf_one_month():
    """InfoMIE (URL above): the regime "s'applique aux obligations de quitter le territoire français, et aux
    autres décisions qui ont été notifiées simultanément (refus de séjour, ...) ... le délai de recours est
    d'un mois à compter de la notification de la décision." """
    found = deadline(
        "FR", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 10), procedure="normal"
    )
    assert found.due == date(2026, 4, 10)
    accelerated = deadline(
        "FR", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="accelerated"
    )
    assert accelerated.due == date(2026, 3, 11)


def test_permit_withdrawn_before_the_2024_reform_unknown():
    """No page read gives the periods before 15 July 2024, so none is given."""
    found = deadline("FR", "permit_annulled", date(2023, 5, 2))
    assert found.due is None


def test_ban_on_return_with_the_oqtf_one_month():
    """InfoMIE (URL above) lists the "interdiction de retour sur le territoire français" among the
    decisions notified with the OQTF, challenged in the same period."""
    found = deadline("FR", "entry_ban", date(2026, 3, 2), notified=date(2026, 3, 10), procedure="normal")
    assert found.due == date(2026, 4, 10)
    assert deadline("FR", "entry_ban", date(2023, 5, 2)).due is None


def test_detention_challenge_four_days_unverified():
    """CESEDA R. 741-3 (juriblio.fr copy): "par simple requête ... avant l'expiration du délai mentionné à
    l'article L. 741-10"; that period (4 days) is not verified."""
    found = deadline("FR", "detention", date(2026, 3, 2))
    assert found.due == date(2026, 3, 6) and "check before relying on it" in found.text
    assert deadline("FR", "detention", date(2023, 5, 2)).due is None


def test_extradition_decree_challenged_within_one_month_of_its_notification():
    """Code de procédure pénale art. 696-18, new text (https://legal.tricoteuses.fr/articles/JORFARTI000052655961):
    "Le recours pour excès de pouvoir contre le décret ... doit, à peine de forclusion, être formé dans le
    délai d'un mois à compter de sa notification à la personne réclamée." It runs from the decree, not the
    request."""
    found = deadline("FR", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "1 month" in found.text and "Conseil d'État" in found.text


def test_asylum_claim_after_ninety_days_may_go_to_the_accelerated_procedure():
    """Conseil d'État, 27 November 2023, n° 467705, http://conseil-etat.fr/fr/arianeweb/CE/analyse/2023-11-27/467705:
    OFPRA "peut statuer en procédure accélérée sur une demande d'asile présentée par une personne qui est
    entrée irrégulièrement en France ou s'y est maintenue irrégulièrement dès lors que cette demande a été
    présentée au-delà d'un délai de quatre-vingt-dix jours suivant l'entrée en France" (CESEDA L. 531-27)."""
    travel = (EventFact("in", EventKind.ENTRY, date(2026, 3, 2), DatePrecision.EXACT, "FR"),)
    facts = CaseFacts("T-1", CaseKind.ASYLUM, "FR", frozenset(), (), travel)
    found = [d for d in evaluate(facts, PROFILES, date(2026, 3, 10)).deadlines if d.kind == "asylum_filing"]
    assert found[0].due == date(2026, 5, 31) and found[0].rule == "FR.filing.2022-02-24"
    assert "accelerated procedure" in found[0].text and "check before relying on it" not in found[0].text

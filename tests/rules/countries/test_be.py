"""Belgium: the remedy against each kind of decision, as encoded in resources/rules/BE.toml.

Sources were read on 2026-12-05 (each test cites its page; among them the AGII page on annulment appeals
at the CALL). Asylum periods are those of the law before the EU Pact (12 June 2026); the Pact period
repeats them, marked unverified. No 15-day period for detained applicants (audit).
"""

from datetime import date

from tests.rules.countries.country_helpers import deadline, remedy

PRE_PACT = "BE.remedy.decision_negative.2022-02-24"
PACT = "BE.remedy.decision_negative.2026-06-12"
AGII = (
    "https://www.agii.be/thema/verblijfsrecht-uitwijzing-reizen/beroepsprocedures/"
    "annulatie-en-schorsing-bij-de-rvv/annulatieberoep-0"
)


def test_asylum_refused_thirty_calendar_days_from_notification():
    """CGRS, "The Council for Alien Law Litigation",
    https://www.cgrs.be/en/asylum/appeals-procedures/the-council-for-alien-law-litigation:
    "The applicant can submit an appeal within 30 calendar days after notification of the decision taken
    by the CGRS." """
    found = deadline(
        "BE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 4, 3) and found.rule == PRE_PACT
    assert "notification on 2026-03-04" in found.text


def test_asylum_detained_and_inadmissible_or_manifestly_unfounded_ten_days():
    """CGRS (URL above): "If the applicant is detained, in case the application is declared inadmissible
    or considered manifestly unfounded and the CGRS has taken a decision within 15 working days, the
    appeal has to be lodged within 10 calendar days." The 14th is a Saturday: art. 39/57 moves it."""
    found = deadline(
        "BE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="detained"
    )
    assert (found.due, found.act_by) == (date(2026, 3, 16), date(2026, 3, 14))


def test_asylum_inadmissible_ten_days():
    """AIDA Belgium, "Admissibility procedure", https://asylumineurope.org/?p=1090: "An appeal against an
    inadmissibility decision must be lodged within 10 days, or 5 days in the case of a subsequent
    application by an applicant being detained"."""
    found = deadline(
        "BE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="inadmissible"
    )
    assert (found.due, found.act_by) == (date(2026, 3, 16), date(2026, 3, 14))


def test_asylum_detained_subsequent_claim_inadmissible_five_days():
    """CGRS (URL above): "When an applicant is detained and has filed a subsequent application which is
    declared inadmissible during his detention, a time limit of 5 calendar applies." """
    found = deadline(
        "BE", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="subsequent"
    )
    assert found.due == date(2026, 3, 9)


def test_no_fifteen_day_period_for_detained_applicants():
    """No page read supports a 15-day period for detained applicants; the current periods are 30, 10 and 5."""
    rule = remedy("BE", "decision_negative", date(2026, 3, 2))
    assert {v.days for v in rule.body.variants} | {rule.body.days} == {30, 10, 5}


def test_asylum_after_the_pact_keeps_the_numbers_but_is_unverified():
    """CGRS, "Changes introduced by the EU Asylum and Migration Pact",
    https://www.cgrs.be/en/changes-introduced-eu-asylum-and-migration-pact: "Asylum Procedures Regulation
    (2024/1348): applicable to applications filed and revocation procedures initiated from 12 June 2026
    onwards". The new CALL periods were not found. 2 August 2026 is a Sunday."""
    found = deadline(
        "BE", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert (found.due, found.act_by) == (date(2026, 8, 3), date(2026, 8, 2))
    assert found.rule == PACT and "check before relying on it" in found.text


def test_refusal_of_entry_annulment_thirty_days():
    """AGII, annulatie en schorsing bij de RvV (see AGII): "Je hebt een termijn van 30 dagen na
    kennisgeving van de beslissing om de vernietiging en schorsing te vragen." """
    found = deadline("BE", "entry_denied", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal")
    assert found.due == date(2026, 4, 3)


def test_refusal_of_entry_in_detention_ten_days_and_extreme_urgency_step():
    """AGII (see AGII): "Als je in administratieve opsluiting zit met het oog op repatriëring geldt een
    verkorte termijn van 10 dagen." Immigration Office, https://5195.f2w.bosa.be/en/themas/onwettig-verblijf/meer-weten/possibilities-appeal:
    extreme urgency "within ten days of notification of the decision, if it is the first return decision,
    or within five days if it is the second"."""
    found = deadline("BE", "entry_denied", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="detained")
    assert (found.due, found.act_by) == (date(2026, 3, 16), date(2026, 3, 14))
    assert remedy("BE", "entry_denied", date(2026, 3, 2)).body.earlier_step_days == 10


def test_visa_annulled_annulment_thirty_days():
    """AGII (see AGII): 30 days after notification for an annulment appeal; EUAA, https://caselaw.euaa.europa.eu/Pages/asylum-appeals-systems.aspx?country=Belgium:
    the CALL rules on "a decision on entry, residence, return and removal taken by the Immigration Office"."""
    unrecorded = deadline("BE", "visa_cancelled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert (unrecorded.due, unrecorded.act_by) == (
        date(2026, 3, 16),
        date(2026, 3, 14),
    )  # detention's 10 days
    found = deadline("BE", "visa_cancelled", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal")
    assert found.due == date(2026, 4, 3)


def test_permit_withdrawn_annulment_thirty_days_not_suspensive():
    """Immigration Office (URL above): "When a foreign national requests the annulment of the decision, in
    principle this appeal is not suspensive." AGII: 30 days after notification."""
    found = deadline("BE", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal")
    assert found.due == date(2026, 4, 3)
    assert remedy("BE", "permit_annulled", date(2026, 3, 2)).body.suspensive == "no"


def test_order_to_leave_annulment_thirty_days_ten_in_detention():
    """AGII (see AGII): 30 days, 10 in administrative detention; "Een vordering tot schorsing bij uiterst
    dringende noodzakelijkheid (UDN) moet je instellen binnen: tien dagen na kennisgeving van de
    beslissing (artikel 39/57, § 1 Vw)"."""
    assert deadline(
        "BE", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    ).due == date(2026, 4, 3)
    detained = deadline(
        "BE", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="detained"
    )
    assert detained.due == date(2026, 3, 16)
    assert remedy("BE", "expulsion_order", date(2026, 3, 2)).body.earlier_step_days == 10


def test_entry_ban_annulment_thirty_days():
    """AGII (see AGII): 30 days after notification for an annulment appeal at the CALL (the entry ban's
    route is inferred, so its body is marked unverified)."""
    found = deadline("BE", "entry_ban", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal")
    assert found.due == date(2026, 4, 3)
    assert "body" in remedy("BE", "entry_ban", date(2026, 3, 2)).unverified_fields


def test_detention_release_request_has_no_period():
    """AIDA Belgium, "Judicial review of the detention order", https://asylumineurope.org/?p=3502: "they can
    lodge a request to be released with the Council Chamber ... every month ... An appeal can be lodged
    against the decision of the Council Chamber before the Indictment Chamber ... within 24 hours." """
    found = deadline("BE", "detention", date(2026, 3, 2))
    assert found.due is None and "every month" in found.text and "24 hours" in found.text


def test_extradition_appeal_against_exequatur_runs_from_the_order():
    """Court of Cassation, P.17.1116.N, https://juricaf.org/arret/BELGIQUE-COURDECASSATION-20171219-P171116N:
    "l'appel interjeté par un détenu l'est dans un délai de vingt-quatre heures, lequel court à compter du
    jour où l'ordonnance est rendue." """
    found = deadline("BE", "extradition_request", date(2026, 3, 2))
    assert found.due is None and "24 hours" in found.text and "40 days" in found.text

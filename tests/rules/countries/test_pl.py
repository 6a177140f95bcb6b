"""Poland: the deadline each decision gets from the shipped profile, with the page it was taken from.

Sources were read on 2026-12-05; each test cites the page its figures come from.
"""

from datetime import date

from tests.rules.countries.country_helpers import UNVERIFIED, deadline, remedy


def test_asylum_refused_fourteen_days_to_the_refugee_board():
    """Rada do Spraw Uchodźców, "Postępowanie przed Radą", https://rada-ds-uchodzcow.gov.pl/postepowanie-przed-rada:
    "Odwołanie od decyzji Szefa Urzędu do Spraw Cudzoziemców składa się w terminie 14 dni od daty jej
    doręczenia lub ogłoszenia.\""""
    found = deadline(
        "PL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 3, 18) and found.act_by is None
    assert found.rule == "PL.remedy.decision_negative.2022-02-24"
    assert "Refugee Board" in found.text


def test_asylum_deadline_on_a_sunday_moves_but_the_app_says_to_act_by_the_sunday():
    """KPA art. 57 § 4 (text read on prawo.money.pl): a period ending on a statutory day off ends on the next
    working day. Saturdays are not confirmed on the text read, so the unmoved day is kept to act by."""
    found = deadline(
        "PL", "decision_negative", date(2026, 2, 27), notified=date(2026, 3, 1), procedure="normal"
    )
    assert found.act_by == date(2026, 3, 15) and found.due == date(2026, 3, 16)


def test_asylum_refused_as_manifestly_unfounded_five_days_unverified():
    """Refugee Board page (same): "Jeżeli odmowa nadania statusu uchodźcy nastąpiła z uwagi na oczywistą
    bezzasadność wniosku, termin ten wynosi 5 dni." Probably text from before the reform of 13 November 2015,
    hence unverified."""
    found = deadline(
        "PL",
        "decision_negative",
        date(2026, 3, 2),
        notified=date(2026, 3, 4),
        procedure="manifestly_unfounded",
    )
    assert found.due == date(2026, 3, 9) and UNVERIFIED in found.text


def test_asylum_refused_in_the_accelerated_procedure_general_period_unverified():
    """No page read states a period for the accelerated procedure (the 7 days given before were recalled, not
    read, and were removed): the general 14 days of the Refugee Board's page and KPA art. 129 § 2
    (https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/kodeks-postepowania-administracyjnego-16784712/art-129:
    "Odwołanie wnosi się w terminie czternastu dni od dnia doręczenia decyzji stronie") are applied by
    inference, flagged unverified."""
    found = deadline(
        "PL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="accelerated"
    )
    assert found.due == date(2026, 3, 18) and UNVERIFIED in found.text


def test_asylum_procedure_not_recorded_the_shortest_period_governs():
    """With the procedure not recorded, every period is listed and the earliest (5 days) governs."""
    found = deadline("PL", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 9) and "14 days, by 2026-03-18" in found.text


def test_asylum_refused_after_the_pact_same_period_but_unverified():
    """No Polish act implementing Regulation 2024/1348 was found (searches in Polish and English); the old
    periods are repeated, unverified."""
    found = deadline(
        "PL", "decision_negative", date(2026, 7, 1), notified=date(2026, 7, 3), procedure="normal"
    )
    assert found.due == date(2026, 7, 17)
    assert found.rule == "PL.remedy.decision_negative.2026-06-12" and UNVERIFIED in found.text


def test_refusal_of_entry_fourteen_days_to_the_commander_in_chief():
    """Association for Legal Intervention, "Legal letter - entry refusal",
    https://interwencjaprawna.pl/en/imig/legal-letter/entry-refusal/information/: "it must reach the Polish
    post office within 14 days of the decision. You may also submit the appeal at a Polish consulate within
    14 days of receiving the decision." KPA art. 129 § 2 (URL above): "Odwołanie wnosi się w terminie
    czternastu dni od dnia doręczenia decyzji stronie". Body: WSA Warsaw IV SA/Wa 1956/17."""
    found = deadline("PL", "entry_denied", date(2026, 4, 1), notified=date(2026, 4, 1))
    assert found.due == date(2026, 4, 15)
    assert "Commander-in-Chief of the Border Guard" in found.text


def test_visa_annulled_by_a_consul_fourteen_days():
    """Konsulat Generalny RP we Lwowie, https://lwow.msz.gov.pl/pl/informacje_konsularne/wizy/odmowy_pl/:
    "Wniosek o ponowne rozpatrzenie sprawy przez konsula powinien być złożony w terminie 14 dni od dnia
    otrzymania decyzji o unieważnieniu lub cofnięciu wizy." (Border Guard route: period unverified.)"""
    found = deadline("PL", "visa_cancelled", date(2026, 4, 1), notified=date(2026, 4, 3))
    assert found.due == date(2026, 4, 17) and UNVERIFIED in found.text


def test_residence_permit_revoked_fourteen_days_unverified_for_revocations():
    """Mazowiecki Urząd Wojewódzki, "Appeal procedure": "One may appeal against a negative decision within
    14 days from the date of delivery of the decision through a Voivode ... to the Head of the Office for
    Foreigners." (an invitation decision; for a revocation the general rule of KPA art. 129 § 2 is applied by
    inference, hence unverified)."""
    found = deadline("PL", "permit_annulled", date(2026, 4, 1), notified=date(2026, 4, 8))
    assert found.due == date(2026, 4, 22) and UNVERIFIED in found.text


def test_return_decision_seven_days_to_the_border_guard_commander_in_chief():
    """Straż Graniczna, "Procedimiento de recurso",
    https://strazgraniczna.pl/pl/cudzoziemcy/zobowiazania-do-powrotu/12368,Procedimiento-de-recurso.html:
    "El recurso ... deberá interponerse por escrito, a través del órgano que haya dictado la decisión, en el
    plazo de 7 días a partir de la fecha de recepción de la decisión impugnada.\""""
    found = deadline("PL", "expulsion_order", date(2026, 4, 1), notified=date(2026, 4, 2))
    assert found.due == date(2026, 4, 9)
    assert found.rule == "PL.remedy.expulsion_order.2023-04-07"


def test_return_decision_before_april_2023_unknown_says_what_to_look_for():
    """Before 7 April 2023 the appeal went to the Head of the Office for Foreigners (WroMigrant); no period
    was read."""
    found = deadline("PL", "expulsion_order", date(2023, 3, 1))
    assert found.due is None and "not known" in found.text and "pouczenie" in found.text


def test_detention_complaint_seven_days():
    """AIDA Poland, "Judicial review of the detention order", https://asylumineurope.org/?p=3605: "Asylum
    seekers can appeal against a District Court ruling to the Regional Court within 7 calendar days from
    the day the ruling is pronounced.\""""
    found = deadline("PL", "detention", date(2026, 4, 1))
    assert found.due == date(2026, 4, 8) and "Regional Court" in found.text


def test_extradition_complaint_seven_days_unverified():
    """KPK art. 460 (current text, dlajurysty.pl copy, https://dlajurysty.pl/art=461kpk): "Zażalenie lub
    sprzeciw wnosi się w terminie 7 dni od daty ogłoszenia postanowienia, a jeżeli ustawa nakazuje
    doręczenie postanowienia – od daty doręczenia." KPK art. 603 § 4 (OpenLEX,
    https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/kodeks-postepowania-karnego-16798685/art-603):
    "Na postanowienie sądu w przedmiocie wydania przysługuje zażalenie." Art. 460 is the general period of
    every complaint; that extradition has no special one rests on Palestra 9-10/2013,
    https://palestra.pl/pl/czasopismo/wydanie/9-10-2013/artykul/termin-zazalenia, hence unverified."""
    found = deadline("PL", "extradition_request", date(2026, 4, 1))
    assert found.due == date(2026, 4, 8) and UNVERIFIED in found.text
    rule = remedy("PL", "extradition_request", date(2026, 4, 1))
    assert rule.sources[0].kind == "law" and "art. 460" in rule.sources[0].title


def test_re_entry_ban_challenged_with_the_return_decision_seven_days():
    """Straż Graniczna, "Procedimiento de recurso" (quoted above): 7 days from receipt; WroMigrant: the return
    decision carries the re-entry ban of 6 months to 5 years."""
    found = deadline("PL", "entry_ban", date(2026, 4, 1), notified=date(2026, 4, 2))
    assert found.due == date(2026, 4, 9)
    assert found.rule == "PL.remedy.entry_ban.2023-04-07"


def test_re_entry_ban_before_april_2023_unknown():
    """Before 7 April 2023 the appeal went to the Head of the Office for Foreigners; no period read."""
    found = deadline("PL", "entry_ban", date(2023, 3, 1))
    assert found.due is None and "not known" in found.text

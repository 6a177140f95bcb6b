"""Kazakhstan: the deadline each decision gets from the shipped profile, with the page it was taken from.

Each test cites the page its figure was read on, on 2026-12-05. Russians enter visa-free (EAEU), so
no visa is cancelled.
"""

from datetime import date

from casetracker.rules import CaseFacts, evaluate
from casetracker.vocabulary import CaseKind, RiskMarker
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, custody, deadline, remedy


def test_asylum_refused_three_month_complaint_unverified():
    """UNHCR Refugee Information Map, APPK (No. 350-VI of 29 Jun 2020) art. 92,
    https://rimap.unhcr.org/node/75501?page=1:
    "A complaint against administrative act … shall be filed with an administrative
    body, an official no later than three months from the day when the participant in the
    administrative procedure learnt of the adoption of administrative act". The Law on Refugees' own
    article was not read, so the months are marked unverified."""
    found = deadline("KZ", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 10))
    assert found.due == date(2026, 6, 10)
    assert found.rule == "KZ.remedy.decision_negative.2022-02-24"
    assert "art. 92(1)" in found.text and UNVERIFIED in found.text


def test_residence_permit_annulled_three_month_complaint_unverified():
    """Same APPK art. 92(1) (UNHCR RIMAP): the general rule, not checked against the Law on Migration."""
    found = deadline("KZ", "permit_annulled", date(2026, 1, 30), notified=date(2026, 1, 31))
    assert found.due == date(2026, 4, 30)
    assert UNVERIFIED in found.text


def test_extradition_decree_ten_days_from_receiving_a_copy():
    """Code of Criminal Procedure art. 592(1) (kodeksy-kz.com mirror),
    https://kodeksy-kz.com/ugolovno_protsessualnyj_kodeks/592.htm:
    "… қаулының көшірмесін алған кезден бастап он тәулік ішінде
    Қазақстан Республикасының Жоғарғы Сотына шағым жасай алады" (may complain to the Supreme Court within
    ten days of receiving a copy of the decree). The court named is marked unverified (mirror)."""
    found = deadline("KZ", "extradition_request", date(2026, 3, 2), notified=date(2026, 3, 3))
    assert found.due == date(2026, 3, 13)
    assert "Supreme Court" in found.text and "art. 592(1)" in found.text
    assert "body" in remedy("KZ", "extradition_request", date(2026, 3, 2)).unverified_fields


def test_expulsion_period_unknown_says_treat_it_as_short():
    """Kadir-kasiet, https://kkassiyet.wordpress.com/2019/06/10/reportmommigramts2019/: "подготовлена
    форма апелляционной жалобы на постановление суда о выдворении" (an appeal form against the court's
    expulsion ruling). The period was not found, and no unread figure is offered in its place."""
    found = deadline("KZ", "expulsion_order", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text and "appeal at once" in found.text
    assert "10 days" not in found.text


def test_refusal_of_entry_not_researched():
    """No source: the remedy against a refusal of entry was not searched; the rule is unverified."""
    found = deadline("KZ", "entry_denied", date(2026, 2, 2))
    assert found.due is None and "not known" in found.text


def test_detention_not_researched():
    """No source: the remedy against a detention was not searched; the profile points to the 40-day
    limit in extradition custody."""
    found = deadline("KZ", "detention", date(2026, 2, 2))
    assert found.due is None and "40-day" in found.text


def test_entry_ban_unknown_points_to_the_decision_that_imposed_it():
    """No source: an entry ban was not searched as a decision of its own; the rule is unverified."""
    found = deadline("KZ", "entry_ban", date(2026, 2, 2))
    assert found.due is None and "imposed the ban" in found.text


def test_custody_forty_days_under_national_law():
    """Code of Criminal Procedure art. 588(7) (Continent mirror),
    https://continent-online.com/document/?doc_id=31122244&mode=p&page=62:
    "Освобождение лица, к которому применено временное содержание под
    стражей, осуществляется прокурором, если: 1) в течение сорока суток от запрашивающей стороны не
    поступило требование о выдаче; 2) в течение сорока суток не применен экстрадиционный арест"."""
    [limit] = custody("KZ", date(2026, 3, 2))
    assert limit.due == date(2026, 4, 11) and limit.rule == "KZ.custody_limit.2022-02-24"
    assert "art. 588(7)" in limit.text and "Chisinau" in limit.text


def test_stay_before_27_january_2023_ninety_days_from_each_entry():
    """Spektr (2023-01-17), https://spektr.press/news/2023/01/17/kazahstan-otmenil-vizaran-dlya-rossiyan/amp
    earlier "почти постоянное пребывание с выездом примерно раз в три месяца". New Times:
    https://newtimes.kz/obshchestvo/32638-v-kazakhstane-sokratili-sroki-prebyvaniya-dlya-grazhdan-rossii/amp
    "без регистрации до 30 дней, а зарегистрировавшись — до 90 суток с даты въезда"."""
    rule, _ = PROFILES.get("KZ").stay_on(date(2022, 10, 1))
    assert rule.id == "KZ.stay.2022-02-24" and rule.body.per_entry_days == 90
    assert "30 days without registration" in rule.note
    later, _ = PROFILES.get("KZ").stay_on(date(2023, 1, 27))
    assert (later.body.limit_days, later.body.window_days) == (90, 180)


def test_risk_starts_with_the_treaty_not_the_first_news_story():
    """Law No. 531 of 10 Mar 2004, https://adilet.zan.kz/rus/docs/Z040000531_: "Ратифицировать
    Конвенцию о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам,
    совершенную в Кишиневе 7 октября 2002 года." The rule starts with this legal basis, not with a news
    story of 27 Sept 2022, so a June 2022 case is assessed too."""
    facts = CaseFacts("T-1", CaseKind.OTHER, "KZ", frozenset({RiskMarker.WANTED_INTERSTATE}))
    risk = next(
        f for f in evaluate(facts, PROFILES, date(2022, 6, 1)).findings if f.kind == "extradition_risk"
    )
    assert risk.rule == "KZ.risk.2022-02-24" and risk.severity == "critical"
    assert "Chisinau Convention from 28 Jun 2023" in risk.text

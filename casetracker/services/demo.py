"""Fictional demo cases, modelled on situations caseworkers meet.

Every name here is invented. The situations follow the kinds of events in the
country facts (border refusals, cancelled visas, abductions, refused asylum),
not any real person's story.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import Session

from casetracker.dates import PartialDate
from casetracker.services import cases, evaluation, people, store_settings
from casetracker.services.rules_update import mark_rules_current
from casetracker.store.database import Store, create_store
from casetracker.vocabulary import DatePrecision, DeadlineStatus

DEMO_CASEWORKER = "Demo caseworker"

M, A = DatePrecision.MONTH, DatePrecision.APPROXIMATE
NORMAL = {"procedure": "normal"}  # the decision says it was taken in the general procedure


@dataclass(frozen=True)
class DemoCase:
    person: str
    spellings: tuple[str, ...]
    born: date
    markers: tuple[str, ...]
    kind: str
    country: str
    opened: date | int  # a date, or days before today
    priority: str
    summary: str
    events: tuple[tuple, ...]
    """(kind, when, place, text, *more): `when` a date, or a number of days before today (a current
    case, so that its deadlines are live); `more` may hold a date precision and a dict of details
    (country, procedure)."""
    status: str = "open"
    deadlines: tuple[tuple, ...] = ()
    """Deadlines entered by hand: (kind, in how many days from today (negative: passed), text)."""


_CASES = (
    DemoCase(
        "Тимофей Сергеевич Лавочкин",
        ("TIMOFEI LAVOCHKIN", "Timofey Lavochkin"),
        date(1986, 3, 14),
        ("foreign_agent",),
        "entry_denial",
        "EE",
        date(2022, 8, 20),
        "high",
        "Journalist with an Estonian Schengen visa refused entry at Narva: hotel booking cancelled after his "
        "Russian bank card was declined; the visa was then cancelled.",
        (
            ("entry_denied", date(2022, 8, 19), "Narva border crossing", "Refused: no valid accommodation"),
            ("visa_cancelled", date(2022, 8, 19), "Narva border crossing", "Visa annulled on the spot"),
            ("appeal_filed", date(2022, 9, 2), "Tallinn", "Appeal against the visa annulment"),
        ),
    ),
    DemoCase(
        "Кира Андреевна Будницкая",
        ("KIRA BUDNITSKAIA", "Kira Budnitskaya"),
        date(1991, 11, 2),
        (),
        "visa_cancellation",
        "EE",
        date(2022, 9, 25),
        "normal",
        "Schengen visa issued by Estonia cancelled after the September 2022 entry restrictions.",
        (
            ("visa_issued", date(2022, 6, 1), "Moscow", "Multiple-entry visa"),
            ("visa_cancelled", date(2022, 9, 21), "", "Letter from the Police and Border Guard Board"),
            ("notified", date(2022, 9, 24), "", "Letter received by e-mail"),
            ("appeal_filed", date(2022, 10, 10), "Tallinn", "Appeal to the administrative court"),
        ),
    ),
    DemoCase(
        "Арсений Павлович Костогрызов",
        ("ARSENII KOSTOGRYZOV", "Arseny Kostogryzov"),
        date(1979, 6, 30),
        ("foreign_agent", "criminal_case"),
        "entry_denial",
        "GE",
        date(2022, 9, 12),
        "high",
        "Journalist designated a foreign agent, living in Tbilisi with his family, refused entry on return "
        "from a conference; no reason given.",
        (
            ("entry", date(2022, 3, 5), "Tbilisi airport", "Arrival with family"),
            ("exit", date(2022, 9, 1), "Tbilisi airport", "Trip to a conference"),
            ("entry_denied", date(2022, 9, 10), "Tbilisi airport", "Refusal form without reasons"),
        ),
    ),
    DemoCase(
        "Лев Игоревич Сугробов",
        ("LEV SUGROBOV",),
        date(1994, 1, 22),
        ("criminal_case",),
        "abduction_disappearance",
        "KG",
        date(2023, 10, 18),
        "urgent",
        "Activist whose extradition was refused; taken at night by men claiming to be police, missing "
        "until a lawyer found him in a Moscow remand prison.",
        (
            ("entry", date(2022, 10, 1), "Bishkek", "Arrived by road"),
            ("detention", date(2023, 6, 20), "Bishkek", "Detained on a Russian request"),
            ("release", date(2023, 9, 14), "Bishkek", "Extradition refused by the Prosecutor General"),
            ("last_contact", date(2023, 10, 16), "Bishkek", "Phone call with a friend"),
            ("disappearance", date(2023, 10, 17), "Bishkek", "Taken from his flat at night", A),
            ("exit", date(2023, 10, 18), "", "Taken across the border to Russia", A),
            ("located", date(2023, 11, 2), "Moscow", "Lawyer found him in a remand prison"),
        ),
        status="closed",
    ),
    DemoCase(
        "Матвей Олегович Ручейников",
        ("MATVEI RUCHEINIKOV", "Matvey Rucheynikov"),
        date(1992, 5, 5),
        (),
        "asylum",
        "DE",
        date(2023, 11, 20),
        "high",
        "Comrade of an abducted activist; asylum refused despite a documented protest history.",
        (
            ("entry", date(2023, 2, 11), "Frankfurt airport", "Humanitarian visa"),
            ("application_filed", date(2023, 3, 1), "Berlin", "Asylum application"),
            ("interview", date(2023, 7, 12), "Berlin", "Hearing at the federal office"),
            ("decision_negative", date(2023, 11, 8), "Berlin", "Refused as unfounded", NORMAL),
            ("notified", date(2023, 11, 14), "Berlin", "Decision delivered by post"),
            ("appeal_filed", date(2023, 11, 21), "Berlin", "Action before the administrative court"),
        ),
    ),
    DemoCase(
        "Егор Витальевич Ставрогин-Малых",
        ("EGOR STAVROGIN-MALYKH",),
        date(1988, 12, 9),
        ("deserter",),
        "abduction_disappearance",
        "GE",
        11,
        "urgent",
        "Activist taken from Tbilisi; last seen near the Lars checkpoint.",
        (
            ("entry", 200, "Verkhny Lars", "Crossed after 50 hours in the queue"),
            ("last_contact", 13, "Tbilisi", "Messages stopped"),
            ("disappearance", 12, "Tbilisi", "Reported missing by flatmates", A),
        ),
        deadlines=(("other", -1, "Ask the ombudsman's office to search for him"),),
    ),
    DemoCase(
        "Ростислав Андреевич Пролубников",
        ("ROSTISLAV PROLUBNIKOV",),
        date(1990, 8, 17),
        ("criminal_case",),
        "deportation",
        "LT",
        date(2023, 1, 10),
        "urgent",
        "Asked for asylum on leaving the Moscow-Kaliningrad transit train; handed back to Russian border "
        "guards.",
        (
            ("application_filed", date(2022, 12, 28), "Kybartai", "Oral request for asylum on the platform"),
            ("deportation", date(2022, 12, 28), "Kybartai", "Returned to the train"),
        ),
    ),
    DemoCase(
        "Ольга Станиславовна Ветлугина",
        ("OLGA VETLUGINA",),
        date(1975, 4, 1),
        (),
        "residence_permit_annulment",
        "LV",
        date(2023, 3, 15),
        "normal",
        "Residence permit annulled without explanation.",
        (
            ("permit_issued", date(2019, 5, 20), "Riga", "Temporary residence permit"),
            ("permit_annulled", date(2023, 3, 1), "Riga", "Annulment letter without reasons"),
            ("notified", date(2023, 3, 6), "Riga", "Letter collected at the office"),
            ("appeal_filed", date(2023, 3, 20), "Riga", "Complaint to the ministry"),
        ),
    ),
    DemoCase(
        "Денис Аркадьевич Мухоловкин",
        ("DENIS MUKHOLOVKIN",),
        date(1983, 9, 9),
        (),
        "residence_permit_annulment",
        "EE",
        date(2023, 6, 1),
        "normal",
        "Temporary permit not extended after Estonia stopped issuing new ones.",
        (
            ("permit_issued", date(2021, 6, 1), "Tallinn", "Temporary residence permit for work"),
            ("permit_annulled", date(2023, 5, 20), "Tallinn", "Extension refused: the permit ends"),
            ("appeal_filed", date(2023, 5, 25), "Tallinn", "Appeal to the administrative court"),
        ),
    ),
    DemoCase(
        "Илья Романович Сквознячков",
        ("ILIA SKVOZNIACHKOV", "Ilya Skvoznyachkov"),
        date(2001, 2, 28),
        ("mobilisation_summons",),
        "other",
        "UZ",
        date(2022, 10, 4),
        "high",
        "Student, 21, fled a draft summons to Tashkent; homeless, needs shelter and registration.",
        (("entry", date(2022, 9, 26), "Tashkent airport", "Flight from Kazan"),),
    ),
    DemoCase(
        "Рамазан Магомедович Алиханов-Кудрявый",
        ("RAMAZAN ALIKHANOV",),
        date(1984, 7, 7),
        (),
        "other",
        "AM",
        40,
        "normal",
        "Doctor from Dagestan in Yerevan who could be drafted; needs a residence card.",
        (("entry", 60, "Yerevan airport", ""),),
        deadlines=(("other", 17, "Hand in the residence card application"),),
    ),
    DemoCase(
        "Баир Доржиевич Цыренжапов",
        ("BAIR TSYRENZHAPOV",),
        date(1987, 10, 30),
        ("mobilisation_summons",),
        "asylum",
        "MN",
        date(2022, 10, 3),
        "normal",
        "Crossed into Mongolia at Altanbulag after the mobilisation order; asks for a residence permit.",
        (
            ("entry", date(2022, 9, 30), "Altanbulag", "Crossed by car"),
            ("application_filed", date(2022, 10, 5), "Ulaanbaatar", "Residence permit application"),
        ),
    ),
    DemoCase(
        "Анна Юрьевна Чернокнижникова",
        ("ANNA CHERNOKNIZHNIKOVA",),
        date(1996, 3, 3),
        ("criminal_case",),
        "detention_extradition",
        "TR",
        date(2023, 2, 1),
        "high",
        "Detained at Istanbul airport on a Russian request for anti-war posts; released when Turkey refused "
        "to extradite her.",
        (
            ("entry", date(2023, 1, 5), "Istanbul airport", ""),
            ("detention", date(2023, 1, 30), "Istanbul airport", "Held on an Interpol notice"),
            ("extradition_request", date(2023, 2, 10), "Ankara", "Request received by the ministry"),
            ("interim_measure", date(2023, 2, 12), "Strasbourg", "Rule 39 request lodged"),
            ("appeal_filed", date(2023, 2, 20), "Istanbul", "Objection to the extradition request"),
            ("release", date(2023, 3, 20), "Istanbul", "Released; extradition refused"),
            ("exit", date(2023, 3, 25), "Istanbul airport", "Left for Germany"),
        ),
        status="closed",
    ),
    DemoCase(
        "Святослав Игоревич Ледорубов",
        ("SVIATOSLAV LEDORUBOV",),
        date(1980, 1, 15),
        ("criminal_case",),
        "detention_extradition",
        "KZ",
        date(2022, 12, 1),
        "urgent",
        "Former officer refused asylum; at risk of being handed over while his appeal is pending.",
        (
            ("entry", date(2022, 10, 10), "Almaty", ""),
            ("application_filed", date(2022, 10, 20), "Almaty", "Asylum application"),
            ("decision_negative", date(2022, 11, 30), "Astana", "Asylum refused"),
            ("appeal_filed", date(2022, 12, 5), "Astana", "Appeal lodged"),
            ("exit", date(2023, 3, 10), "Almaty airport", "Left for Armenia"),
        ),
        status="closed",
    ),
    DemoCase(
        "Пётр Алексеевич Заборский",
        ("PETR ZABORSKII", "Pyotr Zaborsky"),
        date(1977, 8, 8),
        (),
        "entry_denial",
        "RS",
        18,
        "high",
        "Anti-war activist banned from Serbia as a 'security risk'; one-year ban, 30 days to leave.",
        (
            ("entry", 300, "Belgrade airport", ""),
            ("permit_issued", 280, "Belgrade", "Temporary residence permit"),
            ("permit_annulled", 20, "Belgrade", "Declared a security risk"),
            ("notified", 19, "Belgrade", "Handed the decision at the police station"),
        ),
    ),
    DemoCase(
        "Вероника Павловна Снегирёва",
        ("VERONIKA SNEGIREVA", "Veronika Snegiryova"),
        date(1993, 6, 6),
        (),
        "residence_permit_annulment",
        "TR",
        date(2023, 1, 20),
        "normal",
        "Short-term residence permit (ikamet) renewal refused in Antalya.",
        (
            ("entry", date(2022, 3, 10), "Antalya airport", ""),
            ("permit_issued", date(2022, 5, 1), "Antalya", "Short-term permit"),
            ("permit_annulled", date(2023, 1, 10), "Antalya", "Renewal refused: the permit ends"),
            ("appeal_filed", date(2023, 1, 18), "Antalya", "Objection to the administrative court"),
        ),
    ),
    DemoCase(
        "Глеб Тимурович Ольховатский",
        ("GLEB OLKHOVATSKII",),
        date(1990, 2, 2),
        ("deserter",),
        "asylum",
        "US",
        date(2023, 3, 1),
        "high",
        "Crossed from Mexico; asylum claim before the immigration court.",
        (
            ("entry", date(2022, 11, 15), "San Ysidro", "Encounter at the border"),
            ("application_filed", date(2023, 2, 20), "San Diego", "Form I-589"),
            ("hearing", date(2024, 5, 14), "San Diego", "Master calendar hearing"),
            ("decision_negative", date(2024, 9, 3), "San Diego", "Denied by the immigration judge"),
            ("appeal_filed", date(2024, 9, 20), "Falls Church", "Appeal to the Board of Immigration Appeals"),
        ),
    ),
    DemoCase(
        "Злата Евгеньевна Камнеломова",
        ("ZLATA KAMNELOMOVA",),
        date(1998, 12, 12),
        (),
        "asylum",
        "GB",
        date(2024, 2, 1),
        "normal",
        "Asylum claim refused; appeal to the First-tier Tribunal.",
        (
            ("entry", date(2023, 9, 1), "London", "Global Talent visa"),
            ("application_filed", date(2023, 10, 2), "Croydon", "Asylum claim"),
            ("decision_negative", date(2024, 1, 22), "", "Refusal letter", M),
            ("appeal_filed", date(2024, 2, 1), "London", "Appeal to the First-tier Tribunal"),
        ),
    ),
    DemoCase(
        "Фёдор Ильич Пересветов",
        ("FEDOR PERESVETOV", "Fyodor Peresvetov"),
        date(1985, 4, 25),
        (),
        "entry_denial",
        "FI",
        date(2023, 10, 2),
        "normal",
        "Refused at Vaalimaa under the September 2022 tourist-visa restrictions; visiting his daughter.",
        (
            ("entry_denied", date(2023, 9, 28), "Vaalimaa", "Tourist visa; family visit not accepted"),
            ("appeal_filed", date(2023, 10, 20), "Helsinki", "Appeal to the administrative court"),
        ),
    ),
    DemoCase(
        "Ярослава Игнатьевна Подберёзкина",
        ("IAROSLAVA PODBEREZKINA", "Yaroslava Podberyozkina"),
        date(1990, 10, 10),
        ("foreign_agent",),
        "asylum",
        "NL",
        184,
        "urgent",
        "Asylum refused; the letter does not say in which procedure. Appeal before the earliest deadline.",
        (
            ("entry", 190, "Schiphol airport", "Schengen visa from Finland"),
            ("application_filed", 185, "Ter Apel", "Asylum application"),
            ("interview", 60, "Zevenaar", "Detailed interview"),
            ("decision_negative", 5, "", "Refusal letter, procedure not stated"),
        ),
    ),
    DemoCase(
        "Эмиль Рашидович Гусельников",
        ("EMIL GUSELNIKOV",),
        date(1985, 1, 27),
        ("criminal_case", "wanted_interstate"),
        "detention_extradition",
        "KZ",
        25,
        "urgent",
        "Detained in Almaty on a Russian interstate search warrant for donations to an opposition fund.",
        (
            ("entry", 400, "Almaty", "Arrived by road"),
            ("permit_issued", 380, "Almaty", "Temporary residence permit"),
            ("detention", 26, "Almaty", "Detained on a Russian search warrant"),
        ),
        deadlines=(("hearing", 4, "Court hearing on detention"),),
    ),
    DemoCase(
        "Лидия Марковна Огоньковская",
        ("LIDIIA OGONKOVSKAIA", "Lidia Ogonkovskaya"),
        date(1982, 2, 14),
        (),
        "entry_denial",
        "EE",
        5,
        "high",
        "Lives in Tartu on an Estonian permit; refused at the Finnish border on the way to a conference.",
        (
            ("permit_issued", 700, "Tartu", "Temporary residence permit for work"),
            ("entry_denied", 6, "Helsinki airport", "Refusal form: purpose not justified", {"country": "FI"}),
        ),
        deadlines=(("other", -2, "Ask the Finnish border guard for the written reasons"),),
    ),
    DemoCase(
        "Тарас Ильич Межевой",
        ("TARAS MEZHEVOI",),
        date(1997, 9, 3),
        ("deserter",),
        "deportation",
        "FR",
        3,
        "urgent",
        "Obligation to leave France served at a police station; the family asks what to do first.",
        (
            ("entry", 80, "Paris CDG", "Schengen visa from France"),
            ("expulsion_order", 4, "Créteil", "Obligation to leave French territory", NORMAL),
        ),
    ),
    DemoCase(
        "Мирон Аркадьевич Кочеванов",
        ("MIRON KOCHEVANOV",),
        date(1995, 9, 19),
        ("criminal_case",),
        "visa_cancellation",
        "PL",
        date(2022, 10, 1),
        "normal",
        "Polish visa revoked at the Terespol crossing.",
        (
            ("visa_issued", date(2022, 4, 12), "Moscow", ""),
            ("visa_cancelled", date(2022, 9, 26), "Terespol", "Revoked at the border"),
            ("appeal_filed", date(2022, 10, 5), "Warsaw", "Request to reconsider the revocation"),
        ),
    ),
    DemoCase(
        "Арина Дмитриевна Лиственницкая",
        ("ARINA LISTVENNITSKAIA",),
        date(1989, 7, 1),
        ("foreign_agent",),
        "other",
        "ME",
        10,
        "high",
        "Border runs to renew the 30-day stay; the last one was weeks ago. Needs advice on a residence "
        "permit.",
        (
            ("entry", 70, "Podgorica airport", ""),
            ("exit", 41, "Debeli Brijeg", "Border run"),
            ("entry", 40, "Debeli Brijeg", ""),
        ),
    ),
    DemoCase(
        "Самуил Маркович Берестовицкий",
        ("SAMUIL BERESTOVITSKII",),
        date(1970, 3, 30),
        (),
        "other",
        "IL",
        date(2022, 11, 1),
        "low",
        "Immigration under the Law of Return after entering as a tourist.",
        (
            ("entry", date(2022, 10, 2), "Ben Gurion airport", "Tourist entry"),
            ("permit_issued", date(2022, 11, 20), "Tel Aviv", "Citizenship under the Law of Return"),
        ),
        status="closed",
    ),
)


def create_demo_store(root: Path, passphrase: str) -> tuple[Store, list[str]]:
    """A new store in `root` filled with the fictional demo cases; the store and the case numbers."""
    store = create_store(root, passphrase, demo=True)
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    return store, numbers


def fill_demo_store(session: Session, today: date | None = None) -> list[str]:
    """Add the demo persons and cases in the caller's transaction; returns the case numbers."""
    store_settings.set_setting(session, store_settings.CASEWORKER, DEMO_CASEWORKER)
    today = today or date.today()
    numbers = [_add_demo_case(session, demo, today) for demo in _CASES]
    mark_rules_current(session)  # their deadlines were just worked out under the shipped rules
    return numbers


def _add_demo_case(session: Session, demo: DemoCase, today: date) -> str:
    actor = DEMO_CASEWORKER
    draft = people.PersonDraft(
        name=demo.person,
        other_names=demo.spellings,
        birth_date=demo.born,
        markers=tuple(people.MarkerDraft(marker) for marker in demo.markers),
    )
    person = people.add_person(session, actor, draft).person
    people.add_document(session, actor, person.id, "foreign_passport", "RU", valid_until=date(2027, 5, 1))
    case = cases.add_case(
        session,
        actor,
        person.id,
        demo.kind,
        demo.country,
        opened_on=_day(demo.opened, today),
        priority=demo.priority,
        summary=demo.summary,
        status=demo.status,
    )
    for kind, when, place, text, *more in demo.events:
        day = _day(when, today)
        precision = next((m for m in more if isinstance(m, DatePrecision)), DatePrecision.EXACT)
        details = next((m for m in more if isinstance(m, dict)), {})
        partial = PartialDate(day, precision)
        cases.add_event(session, actor, case.number, kind, partial, place=place, description=text, **details)
    for kind, days, text in demo.deadlines:
        cases.add_deadline(session, actor, case.number, today + timedelta(days=days), kind, description=text)
    # Alarms as they stand on `today` (adding an event weighed them on the clock's day).
    evaluation.refresh_deadlines(session, actor, case, today)
    if not isinstance(demo.opened, int):  # a case from past years: its deadlines were dealt with then
        for deadline in cases.case_detail(session, case.number).deadlines:
            if deadline.status == DeadlineStatus.OPEN:
                cases.set_deadline_status(session, actor, deadline.id, DeadlineStatus.DONE)
    cases.add_note(session, actor, case.number, "Demo note: fictional case for trying the application.")
    return case.number


def _day(when: date | int, today: date) -> date:
    return today - timedelta(days=when) if isinstance(when, int) else when

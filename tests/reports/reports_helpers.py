"""Shared pieces of the report tests: a case full of secrets, and ways to look inside a PDF."""

import re
import shutil
import subprocess
import uuid
import zlib
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.services import cases, people
from casetracker.services.demo import fill_demo_store
from casetracker.store.models import Attachment, FamilyLink
from casetracker.vocabulary import DatePrecision

NAME = "Ярослава Игоревна Щукина-Эрдниева"
LATIN = "IAROSLAVA SHCHUKINA-ERDNIEVA"
CONTACT = "Signal +995 555 010 203 ask for Lena"
LOCATION = "Batumi, Gorgiladze street 17, flat 4"
RELATIVE = "Эльза Щукина"
NOTE = "Her brother in Voronezh was questioned by the FSB about her whereabouts."
SECRETS = (CONTACT, LOCATION, RELATIVE, NOTE, "Gorgiladze", "Voronezh")
EVENTS = (
    ("entry", PartialDate(date(2022, 9, 27)), "Verkhny Lars", "Crossed on foot after two days"),
    (
        "application_filed",
        PartialDate(date(2022, 10, 1), DatePrecision.APPROXIMATE),
        "Tbilisi",
        "Asked for asylum",
    ),
    ("last_contact", PartialDate(date(2023, 9, 1), DatePrecision.MONTH), "Batumi", "Messages via a friend"),
    ("detention", PartialDate(date(2024, 2, 14)), "Tbilisi", "Held on an Interpol notice <Red> & questioned"),
)


def add_secret_case(store) -> str:
    """A Georgian case whose person has every kind of data a redaction must remove."""
    with store.transaction() as session:
        fill_demo_store(session)
        draft = people.PersonDraft(
            name=NAME,
            other_names=(LATIN, "Yaroslava Shchukina-Erdnieva"),
            birth_date=date(1990, 5, 17),
            secure_contact=CONTACT,
            current_location=LOCATION,
            markers=(people.MarkerDraft("criminal_case", "art. 207.3"),),
        )
        person = people.add_person(session, "test", draft).person
        people.add_document(
            session, "test", person.id, "foreign_passport", "RU", "75 1234567", None, date(2029, 1, 1)
        )
        case = cases.add_case(
            session,
            "test",
            person.id,
            "detention_extradition",
            "GE",
            opened_on=date(2024, 2, 15),
            summary=f"{NAME} is detained in Tbilisi on a Russian request.",
        )
        for kind, when, place, text in EVENTS:
            cases.add_event(session, "test", case.number, kind, when, place=place, description=text)
        cases.add_note(session, "test", case.number, NOTE)
        session.add(FamilyLink(person_id=person.id, relative_name=RELATIVE, relation="sister"))
        for index, present in enumerate((True, False)):
            session.add(
                Attachment(
                    case_id=case.id,
                    filename=f"court-order-{index}.pdf",
                    media_type="application/pdf",
                    size=2048 * (index + 1),
                    sha256=f"{index:x}" * 64,
                    blob_name=f"blob-{uuid.uuid4().hex}" if present else "blob-gone",
                )
            )
        number = case.number
    store.paths.attachments.mkdir(parents=True, exist_ok=True)
    with store.session() as session:
        for row in session.exec(select(Attachment).where(Attachment.blob_name != "blob-gone")):
            (store.paths.attachments / row.blob_name).write_bytes(b"encrypted")
    return number


def pdf_text(path: Path) -> str:
    """All pages' text with white space collapsed, so words wrapped in table cells still match."""
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def raw_views(path: Path) -> list[bytes]:
    """The file's bytes, and every Flate stream in it decompressed."""
    data = path.read_bytes()
    views = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        start = match.end()
        end = data.find(b"endstream", start)
        try:
            views.append(zlib.decompress(data[start:end]))
        except zlib.error:
            continue
    return views


def encodings(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-be"), secret.encode("utf-16-le")]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise AssertionError(f"{name} is missing: install the Debian package (qpdf or poppler-utils)")
    return found


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=120)

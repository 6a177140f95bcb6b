"""The case summary PDF: contents, redaction, fonts, paging, metadata and safe writing."""

import re
from datetime import date

import pytest
from pypdf import PdfReader

from casetracker.dates import PartialDate
from casetracker.errors import NotFound
from casetracker.reports import Cancelled, ReportNotWritten, build_case_summary
from casetracker.services import cases, people
from tests.reports.reports_helpers import (
    EVENTS,
    LATIN,
    NAME,
    NOTE,
    RELATIVE,
    SECRETS,
    add_secret_case,
    encodings,
    page_texts,
    pdf_text,
    raw_views,
    run,
    tool,
)

ON = date(2024, 3, 1)


@pytest.fixture
def number(store):
    return add_secret_case(store)


def build(store, number, out, **options):
    with store.session() as session:
        return build_case_summary(
            session, number, out, attachments_dir=store.paths.attachments, on=ON, **options
        )


def test_the_lawyer_report_holds_the_names_the_number_and_every_event(store, number, tmp_path):
    out = build(store, number, tmp_path / "summary.pdf")
    text = pdf_text(out)
    assert NAME in text
    assert LATIN in text
    assert number in text
    for _kind, _when, place, description in EVENTS:
        assert description in text
        assert place in text
    assert "approx. 1 Oct 2022" in text and "Sept 2023" in text  # date precision shown
    assert NOTE in text and RELATIVE in text  # the lawyer gets everything
    assert "court-order-0.pdf" in text and "file missing" in text
    assert "0" * 32 in text  # the SHA-256, in two halves of 32


def test_the_timeline_is_in_date_order(store, number, tmp_path):
    text = pdf_text(build(store, number, tmp_path / "summary.pdf"))
    positions = [text.index(description) for *_, description in EVENTS]
    assert positions == sorted(positions)


def test_a_decision_s_recorded_procedure_is_on_its_timeline_row(store, number, tmp_path):
    with store.transaction() as session:
        cases.add_event(
            session, "test", number, "decision_negative", PartialDate(date(2024, 2, 1)), procedure="border"
        )
    text = " ".join(pdf_text(build(store, number, tmp_path / "summary.pdf")).split())
    assert "Negative asylum decision · Border procedure" in text


def test_findings_and_deadlines_cite_rule_effective_date_and_source(store, number, tmp_path):
    text = pdf_text(build(store, number, tmp_path / "summary.pdf"))
    assert "Findings" in text and "Rules cited" in text
    assert re.search(r"GE\.\w+\.\d{4}-\d\d-\d\d", text)
    assert "from " in text and "https://" in text
    assert "Court hearing on detention" in text or "Deadlines" in text


@pytest.mark.parametrize("initials", [False, True])
def test_a_sharing_report_leaves_redacted_data_out_of_the_file(store, number, tmp_path, initials):
    out = build(store, number, tmp_path / "shared.pdf", redaction="sharing", initials=initials)
    text = pdf_text(out)
    hidden = list(SECRETS) + ([NAME, LATIN, "Щукина", "SHCHUKINA", "Shchukina"] if initials else [])
    views = raw_views(out)
    for secret in hidden:
        assert secret not in text
        for encoded in encodings(secret):
            assert not any(encoded in view for view in views), secret
    assert number in text
    assert "redacted for sharing" in text.lower()
    if initials:
        assert "Я. И. Щ.-Э." in text
    else:
        assert NAME in text


def test_qpdf_finds_no_errors_and_every_font_is_embedded(store, number, tmp_path):
    out = build(store, number, tmp_path / "summary.pdf", language="ru")
    check = run(tool("qpdf"), "--check", str(out))
    assert check.returncode == 0, check.stdout + check.stderr
    listing = run(tool("pdffonts"), str(out)).stdout.splitlines()[2:]
    assert listing, "no fonts listed"
    for line in listing:
        columns = line.split()
        assert columns[-5] == "yes", line  # the "emb" column
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


def test_every_page_says_page_x_of_y(store, number, tmp_path):
    out = build(store, number, tmp_path / "summary.pdf")
    pages = page_texts(out)
    for index, text in enumerate(pages, start=1):
        assert f"Page {index} of {len(pages)}" in text


def test_russian_labels_and_dates(store, number, tmp_path):
    text = pdf_text(build(store, number, tmp_path / "ru.pdf", language="ru"))
    assert "Сводка по делу" in text and "Хронология" in text and "Стр. 1 из" in text
    assert "около 1 окт. 2022" in text and "сент. 2023" in text


def test_letter_and_a4_page_sizes(store, number, tmp_path):
    a4 = PdfReader(build(store, number, tmp_path / "a4.pdf")).pages[0].mediabox
    letter = PdfReader(build(store, number, tmp_path / "letter.pdf", paper="letter")).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_metadata_holds_no_personal_data(store, number, tmp_path):
    reader = PdfReader(build(store, number, tmp_path / "summary.pdf"))
    metadata = {key: str(value) for key, value in (reader.metadata or {}).items()}
    assert metadata["/Title"] == f"Case summary {number}"
    assert metadata["/Author"] == "Exile Case Tracker"
    for value in metadata.values():
        for word in ("Ярослава", "Щукина", "IAROSLAVA", "Batumi", "Signal"):
            assert word not in value


def test_a_case_with_no_events_and_no_birth_date_still_builds(store, tmp_path):
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Ψ 王 Ñoño — Ли")).person
        number = cases.add_case(session, "t", person.id, "other", "BR").number  # no profile for Brazil
    text = pdf_text(build(store, number, tmp_path / "empty.pdf"))
    assert "Ψ 王 Ñoño — Ли" in text or "Ñoño" in text
    assert "No events are recorded" in text
    assert "not recorded" in text
    assert "No rule profile exists" in text


def test_a_fifty_page_note_paginates(store, number, tmp_path):
    sentence = "The applicant described the interrogation in detail, with dates and names of officers. "
    long_note = "\n".join(sentence * 12 for _ in range(300)) + "\n\nEND-OF-NOTE"
    with store.transaction() as session:
        cases.add_note(session, "t", number, long_note)
    out = build(store, number, tmp_path / "long.pdf")
    pages = page_texts(out)
    assert len(pages) >= 50
    assert "END-OF-NOTE" in pages[-1] or "END-OF-NOTE" in pages[-2]


def test_words_longer_than_a_line_and_cells_taller_than_a_page_still_lay_out(store, number, tmp_path):
    with store.transaction() as session:
        cases.update_case(session, "t", number, summary="W" * 5000 + " SUMMARY-END")
        cases.add_event(
            session,
            "t",
            number,
            "interview",
            PartialDate(date(2023, 3, 1)),
            description="D" * 3000 + " EVENT-END",
        )
    out = build(store, number, tmp_path / "long-words.pdf")
    text = "".join(page_texts(out))
    assert "SUMMARY-END" in text and "EVENT-END" in text and number in text


def test_an_unwritable_path_gives_a_clear_error_and_no_file(store, number, tmp_path):
    with pytest.raises(ReportNotWritten, match="folder does not exist"):
        build(store, number, tmp_path / "missing" / "summary.pdf")
    assert not (tmp_path / "missing").exists()
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(ReportNotWritten, match="it is a folder"):
        build(store, number, tmp_path / "folder.pdf")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "store") == ["folder.pdf"]


def test_progress_is_reported_and_cancelling_leaves_no_file(store, number, tmp_path):
    seen = []
    build(store, number, tmp_path / "ok.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    existing = tmp_path / "cancelled.pdf"
    existing.write_bytes(b"the previous report")

    def cancel(done, total):
        if done >= 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build(store, number, existing, progress=cancel)
    assert existing.read_bytes() == b"the previous report"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".tmp-", ".report-"))]


def test_reports_never_write_to_the_store(store, number, tmp_path):
    with store.session() as session:
        build_case_summary(session, number, tmp_path / "a.pdf", on=ON)
        assert not session.new and not session.dirty and not session.deleted


def test_an_unknown_case_is_not_found(store, tmp_path):
    with store.session() as session, pytest.raises(NotFound):
        build_case_summary(session, "XX-2020-0001", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()

"""Evidence files between a team's laptops: sealed on the server, checked on arrival."""

import os

from psycopg.conninfo import conninfo_to_dict
from sqlmodel import select

from casetracker.services import attachments, cases
from casetracker.store.models import Attachment
from casetracker.team import membership, sync
from tests.team.team_helpers import a_case

CONTENT = "Протокол задержания № 4417, подпись дежурного".encode() + os.urandom(9 * 1024 * 1024)


def _attach(store, number, tmp_path):
    source = tmp_path / "protocol.pdf"
    source.write_bytes(CONTENT)
    with store.transaction() as session:
        return attachments.add_attachment(session, "anna", number, source, store.paths.attachments).id


def test_a_file_added_on_one_laptop_opens_on_the_laptop_it_is_shared_with(laptops, tmp_path):
    anna, boris = laptops["anna"], laptops["boris"]
    number = a_case(anna)
    attachment_id = _attach(anna, number, tmp_path)
    sync.sync(anna)
    membership.share_case(anna, number, f"boris-{laptops['suffix']}")
    sync.sync(boris)
    with boris.session() as session:
        assert attachments.open_attachment(session, attachment_id, boris.paths.attachments) == CONTENT
        assert session.get(Attachment, attachment_id).filename == "protocol.pdf"


def test_a_file_altered_on_the_server_is_refused_and_the_record_says_it_is_missing(
    laptops, tmp_path, pg_cluster, team_server
):
    anna, sue = laptops["anna"], laptops["sue"]
    number = a_case(anna)
    attachment_id = _attach(anna, number, tmp_path)
    sync.sync(anna)
    database = conninfo_to_dict(team_server)["dbname"]
    altered = pg_cluster.sql(
        "UPDATE ct.file_part SET body = substring(body from 1 for 60) || substring(body from 62)"
        " WHERE attachment_id = %s AND part = 1 RETURNING part",
        (attachment_id,),
        dbname=database,
    )
    assert altered == [(1,)]
    sync.sync(sue)
    with sue.session() as session:
        record = session.get(Attachment, attachment_id)
        assert record is not None and record.blob_name == ""
        problem = attachments.check_attachment(session, attachment_id, sue.paths.attachments)
        assert problem is not None
        assert len(session.exec(select(Attachment)).all()) == 1
    with anna.session() as session:
        assert cases.find_case(session, number)

"""Search index built again with the keys that find every common spelling of a Russian name

Revision ID: 0005
Revises: 0004

The phonetic keys now meet Czech, Slovak, Baltic, ISO 9, Estonian, Dutch and Polish spellings and
the old -off/-eff endings, and a bare key finds a name typed without its diacritics. The documents
already in a store hold the old keys, so the index is built once more from the tables.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from casetracker.store.search_documents import rebuild_index

    rebuild_index(op.get_bind())


def downgrade() -> None:
    # The older keys cannot be made from here; the rebuilt index is left, and an older version
    # still reads it (its own writes fill the columns it knows).
    pass

"""Full-text search index over names in every spelling, case numbers, summaries, events and notes

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # What goes into each document is decided in one place, beside the index; the migration
    # only builds the index once from the rows already in the store.
    from casetracker.store.search_documents import rebuild_index

    rebuild_index(op.get_bind())


def downgrade() -> None:
    from casetracker.store import fts

    fts.drop(op.get_bind())

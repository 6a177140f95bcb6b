"""Team mode: operations of a kind of record this version does not share, held for a later version

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_held",
        sa.Column("op_id", sa.Uuid(), primary_key=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("scope_id", sa.Uuid(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
    )
    op.create_index("ix_sync_held_entity", "sync_held", ["entity"])


def downgrade() -> None:
    op.drop_index("ix_sync_held_entity", table_name="sync_held")
    op.drop_table("sync_held")

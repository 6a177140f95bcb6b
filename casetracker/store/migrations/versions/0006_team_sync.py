"""Team mode: the shared records' versions, the operations waiting to be sent, the keys of scopes

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_record",
        sa.Column("record_id", sa.Uuid(), primary_key=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("scope_id", sa.Uuid(), nullable=False),
        sa.Column("heads", sa.JSON(), nullable=False),
        sa.Column("in_conflict", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_sync_record_scope_id", "sync_record", ["scope_id"])
    op.create_index("ix_sync_record_in_conflict", "sync_record", ["in_conflict"])
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("op_id", sa.Uuid(), nullable=False, unique=True),
        sa.Column("scope_id", sa.Uuid(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
    )
    op.create_table("sync_applied", sa.Column("op_id", sa.Uuid(), primary_key=True))
    op.create_table(
        "team_key",
        sa.Column("scope_id", sa.Uuid(), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("team_key")
    op.drop_table("sync_applied")
    op.drop_table("sync_outbox")
    op.drop_index("ix_sync_record_in_conflict", table_name="sync_record")
    op.drop_index("ix_sync_record_scope_id", table_name="sync_record")
    op.drop_table("sync_record")

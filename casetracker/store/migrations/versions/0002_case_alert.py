"""Keep each case's most severe rule finding; index what the lists sort and look up

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A case's next open deadline, looked up for every row of the case list.
    op.create_index("ix_deadline_case_status_due", "deadline", ["case_id", "status", "due"], unique=False)
    with op.batch_alter_table("case_file") as batch_op:
        batch_op.add_column(sa.Column("alert", sa.String(), nullable=False, server_default="info"))
        batch_op.create_index("ix_case_file_alert", ["alert"], unique=False)
        batch_op.create_index("ix_case_file_updated_at", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_file") as batch_op:
        batch_op.drop_index("ix_case_file_updated_at")
        batch_op.drop_index("ix_case_file_alert")
        batch_op.drop_column("alert")
    op.drop_index("ix_deadline_case_status_due", table_name="deadline")

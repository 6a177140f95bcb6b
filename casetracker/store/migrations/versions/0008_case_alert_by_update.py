"""Index the cases by alert level and time of change: the dashboard's critical cases, newest first

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The dashboard lists the newest 50 critical cases; with the alert alone indexed, a store of many
    # critical cases read and sorted every one of them first.
    op.create_index("ix_case_file_alert_updated_at", "case_file", ["alert", "updated_at"], unique=False)
    op.drop_index("ix_case_file_alert", table_name="case_file")


def downgrade() -> None:
    op.create_index("ix_case_file_alert", "case_file", ["alert"], unique=False)
    op.drop_index("ix_case_file_alert_updated_at", table_name="case_file")

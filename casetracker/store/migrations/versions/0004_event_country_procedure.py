"""Where each event happened and the procedure of each decision; the day a document was annulled

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("procedure", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("travel_document") as batch_op:
        batch_op.add_column(sa.Column("annulled_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("travel_document") as batch_op:
        batch_op.drop_column("annulled_on")
    with op.batch_alter_table("event") as batch_op:
        batch_op.drop_column("procedure")
        batch_op.drop_column("country")

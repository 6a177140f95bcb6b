"""Alembic environment: migrations always run on a connection handed in by casetracker.store.migrate."""

from alembic import context

from casetracker.store import models

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=models.SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()

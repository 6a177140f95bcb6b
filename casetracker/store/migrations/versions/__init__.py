"""The schema revisions. Alembic loads them by path; they form a package only so that
lint-imports reads their imports too (a revision may import the store, never the services)."""

"""Team mode: several laptops sharing their cases through the organisation's own PostgreSQL server,
which stores only ciphertext (docs/team-server.md). A layer beside `exchange` and `reports`; no Qt.

This module imports nothing, so that the command line can name the roles without loading the
PostgreSQL driver (a tenth of a second) for commands that never use it."""

ROLES = ("caseworker", "supervisor", "lawyer")
"""What a member may be: a caseworker (their cases and those shared with them), a supervisor (every
case), a lawyer (reads the cases shared with them)."""

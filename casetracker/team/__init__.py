"""Team mode: several laptops sharing their cases through the organisation's own PostgreSQL server,
which stores only ciphertext (docs/team-server.md). A layer beside `exchange` and `reports`; no Qt."""

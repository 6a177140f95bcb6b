"""Team mode: laptops that share cases through the organisation's own PostgreSQL server, which
holds only ciphertext. The local encrypted store stays the one the app works on; sync turns its
audited changes into sealed operations and merges what other laptops wrote, field by field."""

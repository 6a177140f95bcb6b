"""Every change and every question the GUI and the command line put to the store.

Importing this package installs the full-text index hooks, so that every write
through any service updates the search index in the same transaction.
"""

from casetracker.services import search as _search  # noqa: F401 - installs the index hooks

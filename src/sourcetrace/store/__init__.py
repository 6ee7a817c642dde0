"""The corpus store: articles, their attributions and provenance, in SQLite or PostgreSQL.

- `database`: opening a store (`open_store`), its location, and the errors a user can act on.
- `models`: the schema; `migrations/`: its Alembic history, applied on open.
- `write`: storing one extracted article (idempotent, one transaction).
- `ingest`: read → extract → store, with a report.
- `queries`: the questions across the corpus, for the CLI and the web app.
- `dump`: a canonical dump of the corpus, for comparing stores.
"""

from sourcetrace.store.database import (
    DatabaseLocked,
    DiskFull,
    ForeignDatabase,
    InvalidQuery,
    NewerSchema,
    NotADatabase,
    Store,
    StoreError,
    StoreMissing,
    StoreReadOnly,
    StoreUnavailable,
    default_database_path,
    open_store,
)

__all__ = [
    "DatabaseLocked",
    "DiskFull",
    "ForeignDatabase",
    "InvalidQuery",
    "NewerSchema",
    "NotADatabase",
    "Store",
    "StoreError",
    "StoreMissing",
    "StoreReadOnly",
    "StoreUnavailable",
    "default_database_path",
    "open_store",
]

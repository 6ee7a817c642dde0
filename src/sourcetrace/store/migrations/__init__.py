"""Alembic migrations of the corpus schema (applied by `sourcetrace.store.migrate.upgrade`)."""

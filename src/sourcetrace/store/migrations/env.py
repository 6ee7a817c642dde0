"""Alembic environment: runs migrations on the engine `sourcetrace.store.migrate` passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from sourcetrace.store.models import Base

config = context.config
engine = config.attributes["engine"]
sqlite = engine.dialect.name == "sqlite"

with engine.connect() as connection:
    if sqlite:
        # A migration that rebuilds a table (SQLite's batch mode) drops the old one: with foreign keys on,
        # that would delete every row pointing to it. The pragma only takes effect outside a transaction,
        # so it is set on the driver's connection before the migration's transaction begins.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
    # Two processes opening a new database at once must not both create it: the migration's transaction
    # takes the write lock as it begins (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), and
    # Alembic reads the schema's revision only then, so the second finds it done.
    connection.execution_options(sourcetrace_writes=True)
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            if not sqlite:
                connection.execute(text("SELECT pg_advisory_xact_lock(4242023)"))
            context.run_migrations()
        connection.commit()
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")

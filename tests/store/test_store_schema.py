"""Opening a store: where it lives, migrations applied on open, models and migrations in step."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from sourcetrace.store import StoreUnavailable, default_database_path, open_store
from sourcetrace.store.database import database_url
from sourcetrace.store.migrate import current_revision, downgrade, head_revision, upgrade
from sourcetrace.store.models import Base

TABLES = {
    "outlets", "articles", "attributions", "actors", "actor_aliases", "credits", "copy_clusters",
    "copy_members", "ingest_runs", "ingest_failures", "registry_actors", "registry_aliases",
    "registry_titles", "registry_links", "registry_mentions", "claims", "claim_steps",
}


def test_open_applies_the_migrations(fresh_database_url: str) -> None:
    with open_store(fresh_database_url) as store:
        assert current_revision(store.engine) == head_revision(store.engine)
        assert set(inspect(store.engine).get_table_names()) >= TABLES
    with open_store(fresh_database_url) as store:  # reopening is a no-op
        assert current_revision(store.engine) == head_revision(store.engine)


def test_models_and_migrations_agree(database_url: str) -> None:
    """A model changed without a migration (or the reverse) shows up as a difference here."""
    with open_store(database_url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [
            d for d in compare_metadata(context, Base.metadata)
            if not (d[0] == "remove_column" and d[3].name == "content_tsv")  # PostgreSQL search column
            and not (d[0] == "remove_index" and d[1].name == "ix_attributions_content_tsv")
            and not (d[0] == "remove_table" and d[1].name.startswith("attribution_fts"))  # SQLite FTS5
        ]
    assert differences == []


def test_downgrade_and_upgrade_again(fresh_database_url: str) -> None:
    with open_store(fresh_database_url) as store:
        downgrade(store.engine, "base")
        assert "articles" not in inspect(store.engine).get_table_names()
        upgrade(store.engine)
        assert set(inspect(store.engine).get_table_names()) >= TABLES


def test_search_index_exists(database_url: str) -> None:
    with open_store(database_url) as store:
        inspector = inspect(store.engine)
        if store.dialect == "postgresql":
            assert "content_tsv" in {c["name"] for c in inspector.get_columns("attributions")}
            assert "ix_attributions_content_tsv" in {i["name"] for i in inspector.get_indexes("attributions")}
        else:
            assert "attribution_fts" in inspector.get_table_names()


def test_default_database_is_in_the_user_data_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_database_path() == tmp_path / "sourcetrace" / "sourcetrace.db"
    with open_store() as store:
        assert store.location == str(tmp_path / "sourcetrace" / "sourcetrace.db")
    assert default_database_path().exists()


def test_database_urls() -> None:
    assert database_url("corpus.db").get_backend_name() == "sqlite"
    assert database_url("postgresql://u:p@localhost/db").drivername == "postgresql+psycopg"
    assert database_url("sqlite:///x.db").database == "x.db"


def test_unreachable_or_unsupported_databases_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="cannot connect"):
        open_store("postgresql://nobody:nothing@127.0.0.1:1/none")
    with pytest.raises(StoreUnavailable, match="unsupported"):
        open_store("mysql://localhost/db")
    (tmp_path / "file").write_text("")
    with pytest.raises(StoreUnavailable):
        open_store(tmp_path / "file" / "corpus.db")


def test_driver_errors_map_to_one_line_store_errors() -> None:
    """Each driver's lock and disk-full errors (as the drivers raise them) become the same `StoreError`s."""
    import sqlite3

    import psycopg
    from sqlalchemy.exc import OperationalError

    from sourcetrace.store import DatabaseLocked, DiskFull
    from sourcetrace.store.database import classify_error

    def wrapped(error: Exception) -> OperationalError:
        return OperationalError("INSERT ...", {}, error)

    busy = sqlite3.OperationalError("database is locked")
    full = sqlite3.OperationalError("database or disk is full")
    assert isinstance(classify_error(wrapped(busy), "x.db"), DatabaseLocked)
    assert isinstance(classify_error(wrapped(full), "x.db"), DiskFull)
    lock_timeout = psycopg.errors.LockNotAvailable("canceling statement due to lock timeout")
    no_space = psycopg.errors.DiskFull("could not extend file: No space left on device")
    assert isinstance(classify_error(wrapped(lock_timeout), "pg"), DatabaseLocked)
    assert isinstance(classify_error(wrapped(no_space), "pg"), DiskFull)
    assert classify_error(wrapped(psycopg.errors.UniqueViolation("duplicate key")), "pg") is None
    assert str(classify_error(wrapped(full), "x.db")).startswith("x.db: the disk is full")

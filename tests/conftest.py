"""Fixtures shared across the test suite (sections per area; add yours in a section of its own)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from paths import DEV, POLNEAR_SCORER
from scoring import extract_jsonl, score

# --- Storage: every storage test runs against SQLite and against a real PostgreSQL server -------------------

#: The PostgreSQL server the storage tests use (`.ci/run` starts one and sets it), e.g.
#: postgresql://sourcetrace:sourcetrace@127.0.0.1:5432/sourcetrace_test
POSTGRES_ENV = "SOURCETRACE_TEST_POSTGRES"


def _postgres_base_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        message = (f"{POSTGRES_ENV} is not set: the PostgreSQL half of the storage tests needs a server "
                   "(see the README's PostgreSQL section; .ci/run starts one)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


def _new_postgres_schema() -> tuple[Any, str, str]:
    """A new, empty schema on the test server: (admin engine, schema name, URL whose search_path is it)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(_postgres_base_url()).set(drivername="postgresql+psycopg")
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    return admin, schema, url.render_as_string(hide_password=False)


def _drop_postgres_schema(admin: Any, schema: str) -> None:
    from sqlalchemy import text

    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new database with nothing in it, not even the schema: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    admin, schema, url = _new_postgres_schema()
    try:
        yield url
    finally:
        _drop_postgres_schema(admin, schema)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL schema (for the tests that need PostgreSQL itself, not either backend)."""
    admin, schema, url = _new_postgres_schema()
    try:
        yield url
    finally:
        _drop_postgres_schema(admin, schema)


@pytest.fixture(scope="module")
def module_postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL schema shared by the tests of one module."""
    admin, schema, url = _new_postgres_schema()
    try:
        yield url
    finally:
        _drop_postgres_schema(admin, schema)


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sourcetrace.store import open_store

    path = tmp_path_factory.mktemp("template") / "corpus.db"
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def _migrated_postgres() -> Iterator[str]:
    from sourcetrace.store import open_store

    admin, schema, url = _new_postgres_schema()
    open_store(url).close()
    try:
        yield url
    finally:
        _drop_postgres_schema(admin, schema)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty corpus database at the current schema: a copy of a migrated SQLite file, or a migrated
    PostgreSQL schema (shared by the session's tests) emptied before the test."""
    if request.param == "sqlite":
        path = tmp_path / "corpus.db"
        shutil.copyfile(request.getfixturevalue("_migrated_sqlite"), path)
        return str(path)
    url: str = request.getfixturevalue("_migrated_postgres")
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        tables = connection.execute(text(
            "SELECT tablename FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename <> 'alembic_version'"
        )).scalars().all()
        connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


# --- Evaluation: all of PolNeAR dev extracted and scored once per session -----------------------------------


@pytest.fixture(scope="session")
def dev_predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`sourcetrace extract --format jsonl` on all of PolNeAR dev (~18 s): run once, whichever tests use it
    (tests/test_eval.py, tests/test_quality_gate.py)."""
    return extract_jsonl(DEV / "text", tmp_path_factory.mktemp("dev") / "predictions.jsonl")


@pytest.fixture(scope="session")
def dev_scores(dev_predictions: Path) -> dict[str, Any]:
    """The reference scorer's report (`score_polnear.py DEV PREDICTIONS --json`) on `dev_predictions`."""
    return score(POLNEAR_SCORER, DEV, dev_predictions)

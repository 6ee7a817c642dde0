"""Fixtures shared across the test suite (sections per area; add yours in a section of its own)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty corpus database: a SQLite file, or a schema of its own on the PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(_postgres_base_url()).set(drivername="postgresql+psycopg")
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

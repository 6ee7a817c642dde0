"""Fixtures of the web tests: the bundled sample corpus (`src/sourcetrace/data/sample`) extracted once per
session with the real pipeline, stored once per database (SQLite and PostgreSQL), and a TestClient on it.

Tests that write get a store of their own (`writable`), so that the shared sample stays as it is.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sourcetrace.readers import read_paths
from sourcetrace.store import Store, open_store
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article
from sourcetrace.web import WebOptions, create_app

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "sourcetrace" / "data" / "sample"
TOKEN = "test-token-4f1c"


@pytest.fixture(scope="session")
def sample_articles() -> dict[str, Article]:
    """The sample corpus read and extracted (one `nlp.pipe` stream), by name."""
    from sourcetrace.pipeline import extract_articles

    read = [item for item in read_paths([SAMPLE]) if isinstance(item, Article)]
    assert len(read) >= 20
    return {article.name: article for article in extract_articles(read)}


def replay(extracted: dict[str, Article]) -> Any:
    """An extraction step that hands back the articles extracted already (by name)."""

    def extract(batch: Iterable[Article]) -> Iterator[Article]:
        for article in batch:
            yield extracted[article.name]

    return extract


def _postgres_schema() -> tuple[Any, str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base_url = os.environ.get("SOURCETRACE_TEST_POSTGRES")
    if not base_url:
        message = "SOURCETRACE_TEST_POSTGRES is not set (see the README's PostgreSQL section)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    base = make_url(base_url).set(drivername="postgresql+psycopg")
    schema = f"test_web_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    return admin, schema, base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def sample_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                 sample_articles: dict[str, Article]) -> Iterator[Store]:
    """The sample corpus stored in SQLite, then in PostgreSQL."""
    admin = schema = None
    if request.param == "sqlite":
        location = str(tmp_path_factory.mktemp("web") / "sample.db")
    else:
        admin, schema, location = _postgres_schema()
    store = open_store(location)
    try:
        ingest(store, read_paths([SAMPLE]), extract=replay(sample_articles))
        yield store
    finally:
        store.close()
        if admin is not None:
            from sqlalchemy import text

            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


@pytest.fixture(scope="session")
def sample_sqlite(tmp_path_factory: pytest.TempPathFactory, sample_articles: dict[str, Article]) -> Store:
    """The sample corpus in SQLite alone (the browser tests and the schema tests)."""
    store = open_store(tmp_path_factory.mktemp("web-sqlite") / "sample.db")
    ingest(store, read_paths([SAMPLE]), extract=replay(sample_articles))
    return store


@pytest.fixture
def client(sample_store: Store) -> TestClient:
    """A client of the app on the sample store, with no write token."""
    return TestClient(create_app(WebOptions(store=sample_store)))


@pytest.fixture
def writable(database_url: str) -> Iterator[tuple[TestClient, Store]]:
    """A client of the app on an empty store of its own (SQLite, then PostgreSQL), with the write token
    `TOKEN` and a small size cap (64 KB) so that oversized bodies are cheap to send."""
    from sourcetrace.readers import ReadOptions

    with open_store(database_url) as store:
        options = WebOptions(store=store, token=TOKEN, read=ReadOptions(max_bytes=64 * 1024))
        yield TestClient(create_app(options)), store

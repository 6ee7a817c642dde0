"""Opening a database checks what it holds before writing anything: a newer schema, another application's
tables, a file that is no database and a missing database (for questions) are refused in one line; a
database this process may not write still answers questions."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError, OperationalError
from store_synthetic import CORPUS, synthetic_extract

from sourcetrace.store import (
    ForeignDatabase,
    NewerSchema,
    NotADatabase,
    StoreMissing,
    StoreReadOnly,
    database,
    open_store,
    queries,
)
from sourcetrace.store.database import error_sentence
from sourcetrace.store.ingest import ingest


def _engine(url: str) -> object:
    if "://" not in url:
        return create_engine(f"sqlite:///{url}")
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_schema_is_refused_in_one_line(fresh_database_url: str) -> None:
    database_url = fresh_database_url
    open_store(database_url).close()
    engine = _engine(database_url)
    with engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()  # type: ignore[attr-defined]
    for create in (True, False):
        with pytest.raises(NewerSchema, match=r"made by a newer sourcetrace \(schema 9999\); upgrade"):
            open_store(database_url, create=create)


@pytest.fixture
def foreign_url(fresh_database_url: str) -> Iterator[str]:
    """Another application's database: one table of its own, no sourcetrace schema."""
    engine = _engine(fresh_database_url)
    with engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(text("CREATE TABLE photos (id INTEGER, caption TEXT)"))
        connection.execute(text("INSERT INTO photos (id, caption) VALUES (1, 'a cat')"))
    engine.dispose()  # type: ignore[attr-defined]
    yield fresh_database_url


def test_another_applications_database_is_refused_and_left_alone(foreign_url: str) -> None:
    before = _digest(Path(foreign_url)) if "://" not in foreign_url else None
    for create in (True, False):
        with pytest.raises(ForeignDatabase, match=r"another application's tables \(photos\)"):
            open_store(foreign_url, create=create)
    engine = _engine(foreign_url)
    assert set(inspect(engine).get_table_names()) == {"photos"}  # type: ignore[arg-type]
    engine.dispose()  # type: ignore[attr-defined]
    if before is not None:
        assert _digest(Path(foreign_url)) == before
        assert not Path(foreign_url + "-wal").exists()


def test_a_missing_database_is_an_error_for_questions_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "corpus.db"
    with pytest.raises(StoreMissing, match="no such database"):
        open_store(missing, create=False)
    assert not (tmp_path / "typo").exists()
    with open_store(missing) as store:  # ingest creates it
        assert store.read_only is False
    assert missing.exists()


def test_an_empty_sqlite_file_is_no_corpus_for_questions(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreMissing, match="empty"):
        open_store(empty, create=False)
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("content", [b"just some notes\n", b"\x89PNG\r\n\x1a\n" + bytes(100)])
def test_a_file_that_is_not_a_database_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "some.txt"
    path.write_bytes(content)
    for create in (True, False):
        with pytest.raises(NotADatabase, match="is not a database"):
            open_store(path, create=create)
    assert path.read_bytes() == content
    with pytest.raises(NotADatabase, match="is a folder"):
        open_store(tmp_path, create=False)


def test_a_read_only_database_answers_questions_and_refuses_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is opened read-only (SQLite's mode=ro, which holds even for root) when this process may not
    write it; as root, permissions do not stop a write, so the permission check is what is replaced here."""
    path = tmp_path / "corpus.db"
    with open_store(path) as store:
        ingest(store, CORPUS, extract=synthetic_extract)
    monkeypatch.setattr(database, "_writable", lambda _path: False)
    with open_store(path, create=False) as store:
        assert store.read_only
        with store.session() as session:
            assert len(queries.search(session, "ceasefire")) == 3
        with pytest.raises(StoreReadOnly, match=r"read-only .*queries work"):
            ingest(store, CORPUS, extract=synthetic_extract)
        with pytest.raises(StoreReadOnly, match="read-only"), store.session() as session:
            session.execute(text("DELETE FROM outlets"))  # the driver refuses too, told as a sentence


def test_database_errors_are_sentences() -> None:
    duplicate = sqlite3.IntegrityError("UNIQUE constraint failed: articles.key")
    unknown = IntegrityError("INSERT ...", {}, duplicate)
    assert error_sentence(unknown, "x.db") == (
        "x.db: the database refused the request: UNIQUE constraint failed: articles.key")
    bare = OperationalError("SELECT", {}, sqlite3.OperationalError())
    assert "OperationalError" not in error_sentence(bare, "x.db")
    not_db = sqlite3.DatabaseError("file is not a database")
    assert error_sentence(not_db, "x.db") == "x.db: the file is damaged or is not a SQLite database"


def test_a_postgresql_session_that_may_not_write_answers_questions(postgres_url: str) -> None:
    """PostgreSQL: a session that may not write (here: read-only transactions by default) is told why."""
    with open_store(postgres_url) as store:
        ingest(store, CORPUS, extract=synthetic_extract)
    read_only = postgres_url.replace("options=", "options=-cdefault_transaction_read_only%3Don%20", 1)
    with open_store(read_only, create=False) as store:
        with store.session() as session:
            assert len(queries.search(session, "ceasefire")) == 3
        with pytest.raises(StoreReadOnly, match="does not let this user write"):
            ingest(store, CORPUS, extract=synthetic_extract)

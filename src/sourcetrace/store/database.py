"""Opening a corpus database: where it lives, how it is connected to, and its schema kept current.

`open_store(None)` opens the default SQLite file under the user's data directory, `open_store("x.db")` a
SQLite file, `open_store("postgresql://user:pw@host/db")` a PostgreSQL database. Alembic migrations shipped
in `store/migrations` are applied on open, so a store is always at the current schema.

Failures a user can act on (the database is locked, the disk is full, the server cannot be reached) are
raised as `StoreError` subclasses carrying one clear line; `classify_error` maps driver errors to them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

#: Seconds a write waits for another writer's lock before giving up with `DatabaseLocked`.
DEFAULT_LOCK_TIMEOUT = 5.0


class StoreError(Exception):
    """A corpus database problem, told in one line."""


class DatabaseLocked(StoreError):
    """Another process holds a lock on the database for longer than the lock timeout."""


class DiskFull(StoreError):
    """The database could not grow: the disk (or the database's size limit) is full."""


class StoreUnavailable(StoreError):
    """The database cannot be opened or reached."""


def default_database_path() -> Path:
    """The default SQLite file: `sourcetrace.db` in the user's data directory."""
    return Path(platformdirs.user_data_dir("sourcetrace", appauthor=False)) / "sourcetrace.db"


def database_url(location: str | Path | None) -> URL:
    """The SQLAlchemy URL for a `--db` value: None, a file path, or a `sqlite:`/`postgresql:` URL."""
    if location is None:
        location = default_database_path()
    text = str(location)
    if "://" not in text:
        path = Path(text).expanduser()
        return URL.create("sqlite+pysqlite", database=str(path))
    url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """The database as shown to a user: the file path for SQLite, the URL without password otherwise."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def _sqlite_error_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def classify_error(error: BaseException, database: str) -> StoreError | None:
    """The `StoreError` a driver error stands for, or None when it is not one a user can act on."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, sqlite3.Error):
        code = _sqlite_error_code(original)
        primary = code & 0xFF if code is not None else None
        message = str(original).lower()
        if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in message:
            return DatabaseLocked(f"{database}: the database is locked by another process; try again later")
        if primary == sqlite3.SQLITE_FULL or "disk is full" in message:
            return DiskFull(f"{database}: the disk is full; nothing of the current article was stored")
        if primary == sqlite3.SQLITE_CANTOPEN or "unable to open" in message:
            return StoreUnavailable(f"{database}: cannot open the database file")
        return None
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate in ("55P03", "40P01"):
        return DatabaseLocked(f"{database}: the database is locked by another session; try again later")
    if sqlstate in ("53100", "53000", "54000"):
        return DiskFull(f"{database}: the server's disk is full; nothing of the current article was stored")
    if isinstance(error, OperationalError) and sqlstate is None:
        first = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
        return StoreUnavailable(f"{database}: cannot connect: {first}")
    return None


def _sqlite_engine(url: URL, lock_timeout: float) -> Engine:
    database = url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = error.strerror or str(error)
            raise StoreUnavailable(f"{database}: cannot create its folder: {reason}") from error
    engine = create_engine(url, connect_args={"timeout": lock_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see "begin" below), so
        # that an article and its attributions are one transaction and SAVEPOINTs work.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # WAL with synchronous=NORMAL survives a killed process (not a power cut) and keeps commits cheap.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _postgres_engine(url: URL, lock_timeout: float) -> Engine:
    # A lock held by another session fails a write after `lock_timeout` instead of waiting forever; server
    # options given in the URL (`?options=-csearch_path%3Dx`) are kept.
    milliseconds = max(1, int(lock_timeout * 1000))
    given = url.query.get("options", "")
    options = " ".join([*(given if isinstance(given, tuple) else [given]), f"-c lock_timeout={milliseconds}"])
    return create_engine(
        url.difference_update_query(["options"]),
        pool_pre_ping=True,
        connect_args={"options": options.strip(), "connect_timeout": 10},
    )


@dataclass
class Store:
    """An open corpus database. `session()` gives a unit of work; the query and ingest layers take one."""

    url: URL
    engine: Engine
    _sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @property
    def location(self) -> str:
        return describe(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back when it raises; driver errors a
        user can act on are raised as `StoreError`."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as error:
            session.rollback()
            known = classify_error(error, self.location)
            if known is not None:
                raise known from error
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _lock_timeout_from_environment() -> float:
    value = os.environ.get("SOURCETRACE_LOCK_TIMEOUT", "")
    try:
        return float(value) if value else DEFAULT_LOCK_TIMEOUT
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def open_store(
    location: str | Path | None = None, *, lock_timeout: float | None = None, migrate: bool = True
) -> Store:
    """Open (creating if needed) the corpus database at `location` and bring its schema up to date.

    `lock_timeout` (default: $SOURCETRACE_LOCK_TIMEOUT, else 5 s) is how long a write waits for another
    writer before failing with `DatabaseLocked`.
    """
    if lock_timeout is None:
        lock_timeout = _lock_timeout_from_environment()
    url = database_url(location)
    backend = url.get_backend_name()
    if backend == "sqlite":
        engine = _sqlite_engine(url, lock_timeout)
    elif backend == "postgresql":
        engine = _postgres_engine(url, lock_timeout)
    else:
        raise StoreUnavailable(f"{describe(url)}: unsupported database (use a file path or postgresql://)")
    store = Store(url, engine, sessionmaker(engine, expire_on_commit=False))
    if migrate:
        from sourcetrace.store.migrate import upgrade

        try:
            upgrade(engine)
        except SQLAlchemyError as error:
            engine.dispose()
            known = classify_error(error, store.location)
            raise (known or StoreUnavailable(f"{store.location}: {error.__class__.__name__}")) from error
        except OSError as error:
            engine.dispose()
            raise StoreUnavailable(f"{store.location}: {error.strerror or error}") from error
    return store

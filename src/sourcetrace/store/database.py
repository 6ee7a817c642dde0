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
from urllib.parse import quote

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

#: Seconds a write waits for another writer's lock before giving up with `DatabaseLocked`. Writers hold the
#: lock for one article at a time, so concurrent ingests queue well within it.
DEFAULT_LOCK_TIMEOUT = 30.0

#: The first bytes of every SQLite database file.
_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """A corpus database problem, told in one line."""


class DatabaseLocked(StoreError):
    """Another process holds a lock on the database for longer than the lock timeout."""


class DiskFull(StoreError):
    """The database could not grow: the disk (or the database's size limit) is full."""


class StoreUnavailable(StoreError):
    """The database cannot be opened or reached."""


class StoreMissing(StoreUnavailable):
    """A query was pointed at a database that does not exist (nothing was created)."""


class NotADatabase(StoreUnavailable):
    """The file is not a SQLite database at all."""


class ForeignDatabase(StoreUnavailable):
    """The database holds another application's tables, not a sourcetrace corpus (nothing was written)."""


class NewerSchema(StoreUnavailable):
    """The database was made by a newer sourcetrace, whose schema this one does not know."""


class StoreReadOnly(StoreError):
    """The database can be read but not written (file permissions, a read-only mount or role)."""


class InvalidQuery(StoreError):
    """A question the query layer refuses (a limit out of range, a name or search too long), told why."""


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


def _first_line(error: BaseException | None) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else ""


def _classify_sqlite(original: sqlite3.Error, database: str) -> StoreError | None:
    code = _sqlite_error_code(original)
    primary = code & 0xFF if code is not None else None
    message = str(original).lower()
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in message:
        return DatabaseLocked(f"{database}: the database is locked by another process; try again later")
    if primary == sqlite3.SQLITE_FULL or "disk is full" in message:
        return DiskFull(f"{database}: the disk is full; nothing of the current article was stored")
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in message:
        return StoreReadOnly(f"{database}: the database is read-only (no permission to write it); "
                             "queries work, storing does not")
    if primary == sqlite3.SQLITE_CANTOPEN or "unable to open" in message:
        return StoreUnavailable(f"{database}: cannot open the database file")
    if primary in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT) or "not a database" in message:
        return NotADatabase(f"{database}: the file is damaged or is not a SQLite database")
    return None


def classify_error(error: BaseException, database: str) -> StoreError | None:
    """The `StoreError` a driver error stands for, or None when it is not one a user can act on."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, sqlite3.Error):
        return _classify_sqlite(original, database)
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate in ("55P03", "40P01"):
        return DatabaseLocked(f"{database}: the database is locked by another session; try again later")
    if sqlstate in ("53100", "53000", "54000"):
        return DiskFull(f"{database}: the server's disk is full; nothing of the current article was stored")
    if sqlstate in ("25006", "42501"):
        return StoreReadOnly(f"{database}: the database does not let this user write "
                             f"({_first_line(original)}); queries work, storing does not")
    if isinstance(error, OperationalError) and sqlstate is None:
        first = _first_line(original) or "no reason given"
        return StoreUnavailable(f"{database}: cannot connect: {first}")
    return None


def _as_store_error(error: BaseException, database: str) -> StoreError:
    return classify_error(error, database) or StoreUnavailable(error_sentence(error, database))


def error_sentence(error: BaseException, database: str) -> str:
    """Any database error as one sentence for a user: the `StoreError` it stands for, else what the
    database said (never a bare class name)."""
    if isinstance(error, StoreError):
        return str(error)
    known = classify_error(error, database)
    if known is not None:
        return str(known)
    original = error.orig if isinstance(error, DBAPIError) else error
    said = _first_line(original)
    return f"{database}: the database refused the request" + (f": {said}" if said else "")


# ---------------------------------------------------------------------------------------------------------
# What is there before anything is written


@dataclass(frozen=True)
class Found:
    """What a database holds before it is opened for use: its tables and schema revision, and whether this
    process may write it."""

    tables: frozenset[str]
    revision: str | None
    writable: bool = True


def _sqlite_uri(path: Path, read_only: bool, immutable: bool = False) -> str:
    query = "mode=ro" + ("&immutable=1" if immutable else "") if read_only else "mode=rwc"
    return f"file:{quote(str(path.resolve()))}?{query}"


def _writable(path: Path) -> bool:
    """Whether this process may write the database file and create its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _sqlite_tables(path: Path, database: str) -> tuple[frozenset[str], str | None, bool]:
    """The tables and revision of an existing SQLite file, read through a read-only connection; and
    whether it had to be opened immutable (a WAL database in a folder this process cannot write)."""
    for immutable in (False, True):
        try:
            connection = sqlite3.connect(_sqlite_uri(path, True, immutable), uri=True)
        except sqlite3.Error as error:
            raise StoreUnavailable(f"{database}: cannot open the database file ({error})") from error
        try:
            names = frozenset(row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ))
            revision = None
            if "alembic_version" in names:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return names, revision, immutable
        except sqlite3.Error as error:
            cant_open = _sqlite_error_code(error) == sqlite3.SQLITE_CANTOPEN or "unable to open" in str(error)
            if cant_open and not immutable:
                continue
            known = _classify_sqlite(error, database)
            raise (known or StoreUnavailable(f"{database}: {_first_line(error)}")) from error
        finally:
            connection.close()
    raise StoreUnavailable(f"{database}: cannot open the database file")


def _inspect_sqlite(path: Path, database: str, create: bool) -> tuple[Found | None, bool]:
    """What the SQLite file at `path` holds (None: it does not exist yet), and whether it must be opened
    immutable. Refuses, with one line, a missing file when `create` is false, a folder, and a file that is
    not a SQLite database. Nothing is created or written here."""
    if not path.exists():
        if not create:
            raise StoreMissing(f"{database}: no such database (check --db; `sourcetrace ingest` creates one)")
        return None, False
    if path.is_dir():
        raise NotADatabase(f"{database} is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise StoreUnavailable(f"{database}: cannot read the file: {error.strerror or error}") from error
    if header and header != _SQLITE_MAGIC:
        raise NotADatabase(f"{database} is not a database: it is a file of another kind "
                           "(a sourcetrace corpus is a SQLite file or a postgresql:// URL)")
    if not header:  # an empty file is an empty SQLite database
        return Found(frozenset(), None, _writable(path)), False
    tables, revision, immutable = _sqlite_tables(path, database)
    return Found(tables, revision, _writable(path) and not immutable), immutable


def _check_schema(found: Found, database: str, known: frozenset[str]) -> None:
    """Refuse a database made by a newer sourcetrace or by another application, before anything is
    written to it."""
    if found.revision is not None:
        if found.revision not in known:
            raise NewerSchema(f"{database} was made by a newer sourcetrace (schema {found.revision}); "
                              "upgrade sourcetrace to use it")
        return
    ours = found.tables - {"alembic_version"}
    if ours:
        shown = ", ".join(sorted(ours)[:5]) + (", …" if len(ours) > 5 else "")
        raise ForeignDatabase(f"{database} holds another application's tables ({shown}), not a sourcetrace "
                              "corpus; nothing was written to it")


# ---------------------------------------------------------------------------------------------------------
# Engines


def _sqlite_engine(path: Path | None, url: URL, lock_timeout: float, read_only: bool,
                   immutable: bool) -> Engine:
    if path is not None:
        creator_uri = _sqlite_uri(path, read_only, immutable)
        engine = create_engine(
            url,
            creator=lambda: sqlite3.connect(creator_uri, uri=True, timeout=lock_timeout,
                                            check_same_thread=False),
        )
    else:
        engine = create_engine(url, connect_args={"timeout": lock_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see "begin" below), so
        # that an article and its attributions are one transaction and SAVEPOINTs work.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            # WAL: readers never wait for the writer, and writers queue on the busy timeout.
            cursor.execute("PRAGMA journal_mode = WAL")
            # WAL with synchronous=NORMAL survives a killed process (not a power cut), commits cheaply.
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write takes the write lock when it begins (IMMEDIATE), so a second writer waits out the busy
        # timeout there; a deferred transaction that reads then writes would get SQLITE_BUSY at once when
        # another writer committed in between. Reads stay deferred: in WAL they never wait.
        writes = connection.get_execution_options().get(_WRITES, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes and not read_only else "BEGIN")

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


def _inspect_engine(engine: Engine, database: str) -> Found:
    """The tables and revision of a database reached through `engine` (PostgreSQL: the current schema)."""
    try:
        with engine.connect() as connection:
            tables = frozenset(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            connection.rollback()
    except SQLAlchemyError as error:
        raise _as_store_error(error, database) from error
    return Found(tables, revision)


#: The execution option that makes a session's transaction a write (`BEGIN IMMEDIATE` on SQLite).
_WRITES = "sourcetrace_writes"


@dataclass
class Store:
    """An open corpus database. `session()` gives a unit of work for reading, `writing()` one for writing;
    the query and ingest layers take one."""

    url: URL
    engine: Engine
    _sessions: sessionmaker[Session]
    read_only: bool = False

    def __post_init__(self) -> None:
        #: The engine as writers use it: the same pool, transactions begun as writes.
        self._writer = self.engine.execution_options(**{_WRITES: True})

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
        with self._unit(self._sessions()) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for a write: on SQLite it takes the write lock as it begins (waiting up to the lock
        timeout for another writer), so that what it reads stays true until it commits."""
        if self.read_only:
            raise StoreReadOnly(f"{self.location}: the database is read-only (no permission to write it); "
                                "queries work, storing does not")
        with self._unit(self._sessions(bind=self._writer)) as session:
            yield session

    @contextmanager
    def _unit(self, session: Session) -> Iterator[Session]:
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


def _sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None: in memory or given as a `file:` URI, opened as given)."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _make_folder(path: Path, database: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreUnavailable(f"{database}: cannot create its folder: {reason}") from error


def _open_engine(url: URL, database: str, lock_timeout: float, create: bool) -> tuple[Engine, Found | None]:
    """The engine for `url`, after checking what the database holds (nothing written before that)."""
    backend = url.get_backend_name()
    if backend == "postgresql":
        engine = _postgres_engine(url, lock_timeout)
        try:
            return engine, _inspect_engine(engine, database)
        except StoreError:
            engine.dispose()
            raise
    if backend != "sqlite":
        raise StoreUnavailable(f"{database}: unsupported database (use a file path or postgresql://)")
    path = _sqlite_path(url)
    if path is None:
        return _sqlite_engine(None, url, lock_timeout, False, False), None
    found, immutable = _inspect_sqlite(path, database, create)
    if found is None:
        _make_folder(path, database)
    read_only = found is not None and not found.writable
    return _sqlite_engine(path, url, lock_timeout, read_only, immutable), found


def open_store(
    location: str | Path | None = None, *, lock_timeout: float | None = None, migrate: bool = True,
    create: bool = True,
) -> Store:
    """Open the corpus database at `location` and bring its schema up to date.

    What the database holds is checked before anything is written to it: a database of a newer schema, of
    another application or a file that is no database is refused with a `StoreError` of one line. With
    `create` (what ingest wants) a missing database is created; without it (queries), a missing database
    is an error and nothing is created. A database this process may not write opens read-only: queries
    work, `Store.writing()` says why it cannot.

    `lock_timeout` (default: $SOURCETRACE_LOCK_TIMEOUT, else 30 s) is how long a write waits for another
    writer before failing with `DatabaseLocked`.
    """
    from sourcetrace.store.migrate import head_revision, known_revisions, upgrade

    if lock_timeout is None:
        lock_timeout = _lock_timeout_from_environment()
    url = database_url(location)
    database = describe(url)
    engine, found = _open_engine(url, database, lock_timeout, create)
    read_only = found is not None and not found.writable
    store = Store(url, engine, sessionmaker(engine, expire_on_commit=False), read_only)
    try:
        head = head_revision()
        if found is not None:
            if not create and not found.tables and found.revision is None:
                raise StoreMissing(f"{database}: the database is empty (nothing has been ingested into it)")
            _check_schema(found, database, known_revisions())
        current = found.revision if found is not None else None
        if migrate and current != head:
            if read_only:
                raise StoreReadOnly(f"{database}: the database needs upgrading to this sourcetrace's schema "
                                    f"({current or 'none'} -> {head}) but is read-only")
            upgrade(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        raise _as_store_error(error, database) from error
    except OSError as error:
        engine.dispose()
        raise StoreUnavailable(f"{database}: {error.strerror or error}") from error
    except BaseException:
        engine.dispose()
        raise
    return store

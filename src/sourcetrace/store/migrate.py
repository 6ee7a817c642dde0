"""Alembic, driven from code: the migrations ship inside the package and are applied when a store opens."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration for `engine` (no alembic.ini needed); `env.py` takes the connection from
    `config.attributes`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision(_engine: Engine | None = None) -> str | None:
    """The schema revision this sourcetrace writes."""
    return _scripts().get_current_head()


def known_revisions() -> frozenset[str]:
    """Every schema revision this sourcetrace knows (a database at another one was made by a newer one)."""
    return frozenset(script.revision for script in _scripts().walk_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration not yet applied (cheap when the schema is current)."""
    config = alembic_config(engine)
    if revision == "head" and current_revision(engine) == head_revision():
        return
    command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)

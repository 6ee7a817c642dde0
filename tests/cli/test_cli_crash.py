"""`sourcetrace ingest` itself, with real extraction, killed with SIGKILL at random points five times and
resumed: the database ends up equal to that of an uninterrupted run.

The command runs in forked children of the test process, which has loaded the spaCy model already, so a
child starts in milliseconds; the parent watches the database and kills the child once a random number of
articles is stored, plus a random few milliseconds (so some kills land inside a transaction).
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import sourcetrace.provenance.copies  # noqa: F401  (imported once here, not in every child)
from sourcetrace.cli import app
from sourcetrace.nlp import load_model
from sourcetrace.store import models, open_store
from sourcetrace.store.dump import Dump, canonical_dump

_SPEAKERS = ("Russian President Vladimir Putin", "Kremlin spokesman Dmitry Peskov", "Three Russian sources",
             "Ukrainian President Volodymyr Zelensky", "A senior official")


def _write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        speaker, other = _SPEAKERS[n % len(_SPEAKERS)], _SPEAKERS[(n + 2) % len(_SPEAKERS)]
        (folder / f"story-{n:02d}.txt").write_text(
            f"date 2024-05-{1 + n:02d} by Staff / Outlet {n % 3}\n"
            f"{speaker} said on day {n} that the talks would go on. “We will not give up line {n},” "
            f"{other} said. The ministry declined to comment.\n",
            encoding="utf-8",
        )


def _fork_ingest(folder: Path, url: str) -> int:
    pid = os.fork()
    if pid == 0:  # the child: the command, then out, never back into pytest
        code = 1
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
            app(["ingest", str(folder), "--db", url], standalone_mode=False)
            code = 0
        finally:
            os._exit(code)
    return pid


COUNT = 12


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Dump]:
    """The articles, and the dump of an uninterrupted `sourcetrace ingest` of them (once per module)."""
    load_model()  # once, before any fork
    folder = tmp_path_factory.mktemp("crash") / "articles"
    _write_articles(folder, COUNT)
    reference = folder.parent / "uninterrupted.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(reference)], catch_exceptions=False)
    assert result.exit_code == 0 and f"│  {COUNT} │" in result.stderr, result.stderr
    with open_store(reference) as store, store.session() as session:
        return folder, canonical_dump(session)


def test_killed_ingest_command_resumes_to_the_same_database(
    database_url: str, uninterrupted: tuple[Path, Dump]
) -> None:
    folder, expected = uninterrupted
    seed = int(os.environ.get("SOURCETRACE_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    points = sorted(rng.sample(range(0, COUNT - 4), 5))
    killed = 0
    with open_store(database_url) as watcher:
        for target in points:
            pid = _fork_ingest(folder, database_url)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                with watcher.session() as session:
                    if (session.scalar(select(func.count()).select_from(models.Article)) or 0) >= target:
                        break
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.005))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            killed += os.WIFSIGNALED(status)
    assert killed == 5, f"seed {seed}: the command finished before a kill ({points})"

    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", database_url], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    with open_store(database_url) as store, store.session() as session:
        actual = canonical_dump(session)
    assert len(actual["articles"]) == COUNT
    for table in expected:
        assert actual[table] == expected[table], f"seed {seed}, kill points {points}: {table} differ"

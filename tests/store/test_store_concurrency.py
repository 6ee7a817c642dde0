"""Concurrent writers queue instead of failing: two ingest processes and a third, web-style writer (one
article per request) store into one database at once, and every article ends up stored exactly once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from sourcetrace.store import models, open_store

_WORKER = '''
import sys
from store_synthetic import synthetic_extract
from sourcetrace.store import open_store
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article

url, first, last, one_by_one = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "web"
articles = [
    Article(text=f"Putin said talks number {i} would go on. Officials said round {i} was over.\\\\n",
            name=f"story-{i}.txt", origin=f"/corpus/day/story-{i}.txt", outlet=f"Outlet {i % 3}")
    for i in range(first, last)
]
with open_store(url) as store:
    batches = [[a] for a in articles] if one_by_one else [articles]
    for batch in batches:
        report = ingest(store, batch, extract=synthetic_extract)
        assert report.ok, report.failed
print("done")
'''


def test_two_ingests_and_a_web_writer_at_once(database_url: str, tmp_path: Path) -> None:
    tests = Path(__file__).resolve().parent
    source = tests.parents[1] / "src"
    env = {"PYTHONPATH": f"{source}:{tests}", "PATH": "/usr/bin:/bin"}
    script = tmp_path / "worker.py"
    script.write_text(_WORKER, encoding="utf-8")
    ranges = [("0", "40", "batch"), ("20", "60", "batch"), ("50", "70", "web")]
    workers = [
        subprocess.Popen([sys.executable, str(script), database_url, *args], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for args in ranges
    ]
    results = [worker.communicate(timeout=300) for worker in workers]
    for worker, (out, error) in zip(workers, results, strict=True):
        assert worker.returncode == 0, error[-2000:]
        assert out.strip() == "done"
    with open_store(database_url) as store, store.session() as session:
        keys = session.scalars(select(models.Article.key)).all()
        attributions = session.scalar(select(func.count()).select_from(models.Attribution))
        runs = session.scalars(select(models.IngestRun.finished_at)).all()
    assert sorted(keys) == sorted(f"/corpus/day/story-{i}.txt" for i in range(70))
    assert attributions == 2 * 70
    assert len(runs) == 2 + 20 and all(runs)


def test_processes_creating_one_new_database_at_once(fresh_database_url: str, tmp_path: Path) -> None:
    """Two ingests started together into a database that does not exist yet: one creates the schema, the
    others wait for it and find it made."""
    source = Path(__file__).resolve().parents[2] / "src"
    opener = ("import sys; from sourcetrace.store import open_store; "
              "open_store(sys.argv[1]).close(); print('ok')")
    workers = [
        subprocess.Popen([sys.executable, "-c", opener, fresh_database_url],
                         env={"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin"},
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    for worker in workers:
        out, error = worker.communicate(timeout=120)
        assert worker.returncode == 0 and out.strip() == "ok", error[-2000:]

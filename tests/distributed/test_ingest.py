"""Ingest on a local cluster of 2 workers stores what a serial ingest stores; a worker killed mid-run
(SIGKILL) loses and duplicates nothing; an input that fails to read is reported once."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from conftest import WorkerKiller, write_corpus
from sourcetrace.distributed.cluster import Cluster
from sourcetrace.distributed.ingest import ingest_on_cluster
from sourcetrace.pipeline import extract_articles
from sourcetrace.readers import read_paths
from sourcetrace.records import article_json
from sourcetrace.store import Store, models, open_store, rebuild
from sourcetrace.store.dump import Dump, canonical_dump
from sourcetrace.store.ingest import ingest


def _dump(store: Store) -> Dump:
    with store.session() as session:
        return canonical_dump(session)


def _export(store: Store) -> list[str]:
    """`sourcetrace export --format jsonl`, sorted."""
    with store.session() as session:
        return sorted(json.dumps(article_json(a), ensure_ascii=False) for a in rebuild.iter_articles(session))


def test_a_cluster_stores_what_a_serial_run_stores(
    cluster: Cluster, tmp_path: Path, fresh_database_url: str
) -> None:
    inputs = write_corpus(tmp_path / "corpus", 9)
    with open_store(tmp_path / "serial.db") as serial:
        report = ingest(serial, read_paths(inputs), extract=extract_articles)
        assert (report.new, report.failed) == (9, [])
        expected, expected_dump = _export(serial), _dump(serial)
    with open_store(fresh_database_url) as store:
        report = ingest_on_cluster(store, read_paths(inputs), cluster)
        assert (report.new, report.unchanged, report.failed) == (9, 0, [])
        assert _export(store) == expected
        assert _dump(store) == expected_dump
        again = ingest_on_cluster(store, read_paths(inputs), cluster)
        assert (again.new, again.unchanged, again.failed) == (0, 9, [])
        assert _dump(store) == expected_dump


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(cluster: Cluster, tmp_path: Path) -> None:
    inputs = write_corpus(tmp_path / "corpus", 24)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "A line that reads.", "name": "fine"}\n{"text": \n', encoding="utf-8")
    inputs.insert(5, str(broken))
    with open_store(tmp_path / "killed.db") as store, WorkerKiller(cluster) as killer:
        report = ingest_on_cluster(store, read_paths(inputs), cluster)
        with store.session() as session:
            stored = session.scalar(select(func.count()).select_from(models.Article))
            distinct = session.scalar(select(func.count(func.distinct(models.Article.content_hash))))
    assert killer.victim is not None and killer.victim[1], "no worker was killed while holding a task"
    assert report.new == stored == distinct == 25
    assert [f.location for f in report.failed] == [f"{broken}:2"]

"""A partition that keeps killing its worker is split and its articles retried one by one: only the article
that kills a worker fails, with the reason, and the rest of its partition is stored."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import cloudpickle
import pytest
from distributed import Scheduler

from conftest import write_corpus
from sourcetrace.distributed import submit
from sourcetrace.distributed.cluster import Cluster
from sourcetrace.distributed.ingest import ingest_on_cluster
from sourcetrace.distributed.worker import Extracted, extract_partition
from sourcetrace.readers import read_paths
from sourcetrace.store import open_store
from sourcetrace.types import Article

#: A text that makes the test's task end its worker process at once, as a segfault or the kernel's OOM
#: killer would.
FATAL_TEXT = "This article ends the worker that extracts it."

# the task below is shipped to the workers by value: they cannot import this test module
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def extract_or_die(articles: Sequence[Article]) -> list[Extracted]:
    if any(FATAL_TEXT in article.text for article in articles):
        os._exit(1)
    return extract_partition(articles)


def _set_allowed_failures(dask_scheduler: Scheduler, count: int) -> int:
    before, dask_scheduler.allowed_failures = dask_scheduler.allowed_failures, count
    return before


@pytest.fixture
def deadly_tasks(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Workers run `extract_or_die`; a task is given up after one lost worker (not Dask's default 3), so that
    the test restarts a worker four times rather than eight."""
    monkeypatch.setattr(submit, "extract_partition", extract_or_die)
    before = cluster.client.run_on_scheduler(_set_allowed_failures, count=0)
    try:
        yield
    finally:
        cluster.client.run_on_scheduler(_set_allowed_failures, count=before)
        cluster.client.wait_for_workers(2, timeout=120)  # the nannies restart the killed workers


def test_an_article_that_kills_its_worker_fails_alone(
    cluster: Cluster, deadly_tasks: None, tmp_path: Path
) -> None:
    inputs = write_corpus(tmp_path / "corpus", 6)
    Path(inputs[3]).write_text(f"The minister said the talks would go on. {FATAL_TEXT}\n", encoding="utf-8")
    with open_store(tmp_path / "retry.db") as store:
        report = ingest_on_cluster(store, read_paths(inputs), cluster)
    assert report.new == 5
    assert [(f.location, f.reason) for f in report.failed] == [
        ("story-03.txt", "extraction failed: a worker died each time it extracted it")
    ]

"""A partition that keeps killing its worker is split and its articles retried one by one: only the article
that kills a worker fails, with the reason, and the rest of its partition is stored.

The cluster here is a stand-in whose tasks raise `KilledWorker` (what Dask raises once a task has killed as
many workers as it allows) when they hold the deadly article: killing real workers over and over races
Dask's nanny, which does not restart a worker that dies while it is still starting, and a run with no worker
left waits for ever (it hung CI). The real SIGKILL of a worker mid-run is tested in `test_ingest.py` and
`test_shards.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from distributed.scheduler import KilledWorker

from conftest import PARTITION, write_corpus
from sourcetrace.distributed.cluster import Cluster
from sourcetrace.distributed.ingest import ingest_on_cluster
from sourcetrace.distributed.options import ClusterOptions
from sourcetrace.readers import read_paths
from sourcetrace.store import open_store
from sourcetrace.types import Article

FATAL_TEXT = "This article ends the worker that extracts it."


@dataclass
class _Task:
    """A submitted task, run when its result is asked for: the articles back as extracted (unchanged), or
    `KilledWorker` when the deadly article is among them."""

    articles: Sequence[Article]

    def result(self) -> list[Article]:
        if any(FATAL_TEXT in article.text for article in self.articles):
            raise KilledWorker(("extract", 0), None, 3)  # type: ignore[arg-type]
        return list(self.articles)

    def release(self) -> None:
        pass


class _DeadlyClient:
    def __init__(self) -> None:
        self.submitted: list[int] = []

    def submit(
        self, function: Callable[..., object], articles: Sequence[Article], **options: object
    ) -> _Task:
        self.submitted.append(len(articles))
        return _Task(articles)


def test_an_article_that_kills_its_worker_fails_alone(tmp_path: Path) -> None:
    inputs = write_corpus(tmp_path / "corpus", 6)
    Path(inputs[3]).write_text(f"The minister said the talks would go on. {FATAL_TEXT}\n", encoding="utf-8")
    client = _DeadlyClient()
    cluster = Cluster(client, None, 2, 0.0, ClusterOptions(workers=2, partition=PARTITION))  # type: ignore[arg-type]
    with open_store(tmp_path / "retry.db") as store:
        report = ingest_on_cluster(store, read_paths(inputs), cluster)
    assert report.new == 5
    assert [(f.location, f.reason) for f in report.failed] == [
        ("story-03.txt", "extraction failed: a worker died each time it extracted it")
    ]
    # three partitions of two, then the deadly one's two articles one by one
    assert client.submitted == [2, 2, 2, 1, 1]

"""Ingest on a cluster: workers extract, the driver stores, in input order, through the serial ingest.

`sourcetrace.store.ingest.ingest` does everything but extraction as in a serial run (the skip of stored
texts, one transaction per article, copy detection, the run record, the report). It is handed the items
through a look-ahead (`_LookAhead.items`) that cuts the articles still to extract into partitions and
submits them to the cluster ahead of the store, keeping `Cluster.window` partitions in flight; its
extraction step (`_LookAhead.extract`) waits for the partition holding each article it is asked for. The
driver is thus the only writer (SQLite needs nothing more; PostgreSQL gets the same per-article
transactions), a rerun or a run after a crash stores each article exactly once, and a serial and a
distributed run store the same thing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from distributed import Future

from sourcetrace.distributed.cluster import Cluster
from sourcetrace.distributed.partitions import Partition
from sourcetrace.distributed.submit import Submitter
from sourcetrace.distributed.worker import FATAL, Extracted, ExtractFailure, extract_partition
from sourcetrace.store.claims import CorpusOptions
from sourcetrace.store.database import Store
from sourcetrace.store.ingest import IngestReport, ProgressCallback, Unread, ingest
from sourcetrace.store.write import content_hash, is_stored
from sourcetrace.types import Article

if TYPE_CHECKING:
    from sourcetrace.provenance.copies import CopyOptions


class ExtractionFailed(Exception):
    """The worker could not extract an article (the reason is the serial path's)."""


@dataclass
class _InFlight:
    """A submitted partition, its result once fetched, and how many of its articles are still to hand out."""

    partition: Partition
    future: Future | None
    results: list[Extracted] | None = None
    left: int = 0


class _LookAhead:
    """Submits partitions ahead of the store and hands out their results as the store asks."""

    def __init__(self, store: Store, cluster: Cluster, replace: bool,
                 on_extracted: Callable[[Article], None] | None = None) -> None:
        self.store, self.cluster, self.replace = store, cluster, replace
        self.on_extracted = on_extracted
        self.submitter = Submitter(cluster.client)
        self.seen: set[str] = set()  # texts submitted in this run (the store takes a repeated text once)
        self.where: dict[int, tuple[_InFlight, int]] = {}  # id(article) -> its partition and position
        self.ready: dict[int, Extracted] = {}  # results of a batch that failed, asked for again one by one
        self.group: list[Article] = []
        self.characters = 0
        self.index = 0
        self.open = 0  # partitions submitted whose articles are not all handed out

    def items(self, items: Iterable[Article | Unread]) -> Iterator[Article | Unread]:
        """The items in order, each yielded once the partitions after it are submitted (up to the window)."""
        buffer: deque[Article | Unread] = deque()
        for item in items:
            buffer.append(item)
            if isinstance(item, Article) and self._to_extract(item):
                self._add(item)
            while buffer and self.open >= self.cluster.window:
                yield buffer.popleft()
        self._submit()
        yield from buffer

    def _to_extract(self, article: Article) -> bool:
        """Whether the store will ask for this article's extraction (as `ingest` decides it)."""
        digest = content_hash(article.text)
        if digest in self.seen:
            return False
        self.seen.add(digest)
        if self.replace:
            return True
        with self.store.session() as session:
            return not is_stored(session, article)

    def _add(self, article: Article) -> None:
        self.group.append(article)
        self.characters += len(article.text)
        limits = self.cluster.options.partition
        if len(self.group) >= limits.articles or self.characters >= limits.characters:
            self._submit()

    def _submit(self) -> None:
        if not self.group:
            return
        partition = Partition(self.index, tuple(self.group))
        flight = _InFlight(partition, self.submitter.submit(partition), left=len(self.group))
        for position, article in enumerate(self.group):
            self.where[id(article)] = (flight, position)
        self.index, self.group, self.characters = self.index + 1, [], 0
        self.open += 1

    def extract(self, batch: Iterable[Article]) -> Iterator[Article]:
        """The extraction step `ingest` calls: the articles' results from their partitions, in order. A
        failed article makes the batch raise, so that `ingest` asks again article by article (the results are
        kept for that) and fails that article alone, as in a serial run."""
        articles = list(batch)
        results = [self._result(article) for article in articles]
        failure = next((r for r in results if isinstance(r, ExtractFailure)), None)
        if failure is not None and len(articles) > 1:
            self.ready.update((id(a), r) for a, r in zip(articles, results, strict=True))
            raise ExtractionFailed(failure.reason)
        extracted = [_unwrap(result) for result in results]
        if self.on_extracted is not None:
            for article in extracted:
                self.on_extracted(article)
        return iter(extracted)

    def _result(self, article: Article) -> Extracted:
        if id(article) in self.ready:
            return self.ready.pop(id(article))
        located = self.where.pop(id(article), None)
        if located is None:  # not foreseen: extracted on its own
            return self._alone(article)
        flight, position = located
        if flight.results is None:
            assert flight.future is not None
            flight.results = self.submitter.result(flight.future, flight.partition)
            flight.future = None
        result = flight.results[position]
        flight.left -= 1
        if flight.left == 0:
            flight.results = None
            self.open -= 1
        return result

    def _alone(self, article: Article) -> Extracted:
        future = self.cluster.client.submit(extract_partition, (article,), pure=False)
        return self.submitter.result(future, Partition(-1, (article,)))[0]


def _unwrap(result: Extracted) -> Article:
    if isinstance(result, ExtractFailure):
        raise ExtractionFailed(result.reason)
    return result


IngestItems = Iterable[Article | Unread]


def ingest_on_cluster(
    store: Store,
    items: IngestItems,
    cluster: Cluster,
    *,
    inputs: Sequence[str] = (),
    progress: ProgressCallback | None = None,
    copies: CopyOptions | Literal[False] | None = None,
    replace: bool = False,
    on_extracted: Callable[[Article], None] | None = None,
    corpus: CorpusOptions | Literal[False] | None = None,
) -> IngestReport:
    """`sourcetrace.store.ingest.ingest` with extraction on the cluster's workers: the same report and the
    same stored results as a serial run; `on_extracted` sees each article as it comes back, before it is
    stored. Raises the errors of `worker.FATAL` (no model on a worker)."""
    ahead = _LookAhead(store, cluster, replace, on_extracted)
    return ingest(store, ahead.items(items), extract=ahead.extract, fatal=FATAL, inputs=inputs,
                  progress=progress, copies=copies, replace=replace, corpus=corpus)

"""Submitting partitions to the cluster and getting their extracted articles back.

Dask runs a task again when the worker running it dies, up to `distributed.scheduler.allowed-failures`
times; past that the task fails with `KilledWorker`. A partition that fails so is split here and its
articles submitted one by one, so that one article that kills its worker (a pathological text, a memory
blow-up) fails alone with a clear reason and the rest of its partition is still extracted.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from distributed import Client, Future
from distributed.scheduler import KilledWorker

from sourcetrace.distributed.partitions import Partition
from sourcetrace.distributed.worker import Extracted, ExtractFailure, extract_partition
from sourcetrace.types import Article


class Submitter:
    """Submits the extraction of partitions under keys unique to this run."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.run = uuid.uuid4().hex[:12]

    def submit(self, partition: Partition) -> Future:
        return self._submit(partition.articles, f"extract-{self.run}-{partition.index}")

    def _submit(self, articles: Sequence[Article], key: str) -> Future:
        return self.client.submit(extract_partition, tuple(articles), key=key, pure=False)

    def result(self, future: Future, partition: Partition) -> list[Extracted]:
        """The partition's extracted articles, in order (its articles one by one if it kept killing
        workers). Errors of the task itself (`worker.FATAL`) are raised."""
        try:
            return list(future.result())
        except KilledWorker:
            return self.one_by_one(partition)
        finally:
            future.release()

    def one_by_one(self, partition: Partition) -> list[Extracted]:
        futures = [self._submit((article,), f"extract-{self.run}-{partition.index}-{n}")
                   for n, article in enumerate(partition.articles)]
        results: list[Extracted] = []
        for future in futures:
            try:
                results.extend(future.result())
            except KilledWorker:
                # as many times as the scheduler allows (`distributed.scheduler.allowed-failures` + 1)
                results.append(ExtractFailure("a worker died each time it extracted it"))
            finally:
                future.release()
        return results

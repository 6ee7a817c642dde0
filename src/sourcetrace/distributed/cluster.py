"""The cluster a run uses: a local one of N worker processes, or an existing `dask.distributed` scheduler.

Either way each worker gets the extractor plugin (`worker.ExtractorPlugin`) before any work, and the time
from the start to every worker holding a loaded model is measured (`Cluster.started_in`). Workers run one
thread each: extraction is pure Python and spaCy under the GIL, so a process per core is what scales.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import dask
from distributed import Client, LocalCluster

from sourcetrace.distributed.options import ClusterOptions
from sourcetrace.distributed.worker import ExtractorPlugin

#: The workers' statistical profiler samples every thread's stack every 10 ms: on extraction, which is pure
#: Python under the GIL, that cost 20-30% more CPU per article than a serial run (40 Wikinews articles: 77.5
#: ms serial, 99.6 ms on 1 worker). Workers of an existing cluster are started by whoever runs it: start them
#: with DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False.
#: Dask's nanny also starts each worker with MALLOC_TRIM_THRESHOLD_=65536, so that glibc hands freed memory
#: back to the system at once: on extraction, which allocates and frees many small objects per sentence,
#: that cost 12-15% more CPU per article (300 Wikinews articles in one process: 67-70 ms without it, 77-79
#: ms with it). Memory stays bounded without it (memory zones free spaCy's strings; the long run's RSS is
#: in docs/scaling.md). Workers of an existing cluster: start them with
#: DASK_DISTRIBUTED__NANNY__PRE_SPAWN_ENVIRON__MALLOC_TRIM_THRESHOLD_=None.
#: Dask keeps the last `low-level-log-length` batches of messages of every scheduler-worker stream for
#: debugging (1,000 by default), and a batch that sends a task holds the task's arguments: here a partition,
#: 32 articles. The driver, which runs the local scheduler, so kept up to 2,000 partitions alive and grew by
#: ~6 MiB per 1,000 articles on the long run (found by counting the objects a run leaves behind: every
#: partition sent, held by a "compute-task" message in `BatchedSend.recent_message_log`). 20 keeps a
#: debugging trail and bounds it. A scheduler started by hand:
#: DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH=20.
_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.admin.low-level-log-length": 20,
}
#: How long to wait for the first worker of an existing cluster.
_WAIT_FOR_WORKERS_S = 120


@dataclass(frozen=True)
class Cluster:
    """An open cluster: its client, dashboard address, workers when it started, and how long the start took
    (workers up, each with its model loaded)."""

    client: Client
    dashboard: str | None
    workers: int
    started_in: float
    options: ClusterOptions

    @property
    def window(self) -> int:
        """Partitions in flight at most."""
        return max(2, self.options.in_flight * self.workers)


@contextmanager
def open_cluster(options: ClusterOptions) -> Iterator[Cluster]:
    """Start (or connect to) the cluster, load the extractor on every worker, and close it at the end."""
    # for the whole run: a worker restarted after a crash reconnects with the settings of the moment
    with dask.config.set(_CLUSTER_CONFIG):
        started = time.perf_counter()
        local = _local_cluster(options) if options.scheduler is None else None
        client = Client(local if local is not None else options.scheduler)
        try:
            client.wait_for_workers(1, timeout=_WAIT_FOR_WORKERS_S)
            client.register_plugin(ExtractorPlugin(options.extract))
            workers = len(client.nthreads())
            dashboard = client.dashboard_link if options.dashboard is not None or local is None else None
            yield Cluster(client, dashboard, workers, time.perf_counter() - started, options)
        finally:
            client.close()
            if local is not None:
                local.close()


def _local_cluster(options: ClusterOptions) -> LocalCluster:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "port 8787 is in use": another one is printed
        return LocalCluster(
            n_workers=options.workers, threads_per_worker=1, processes=True,
            memory_limit=options.memory_limit, dashboard_address=options.dashboard or ":0",
            silence_logs=logging.ERROR,
        )

"""A local Dask cluster of 2 worker processes, started once for the tests of `sourcetrace.distributed` (each
worker loads the spaCy model, ~15 s on a shared machine), and a small corpus of short articles."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcetrace.distributed.cluster import Cluster, open_cluster
from sourcetrace.distributed.options import ClusterOptions, PartitionOptions

#: Articles per partition in these tests: many partitions from a small corpus, so a kill lands mid-run.
PARTITION = PartitionOptions(articles=2)

_SPEAKERS = ("The prime minister", "A senior official", "Two diplomats who asked not to be named",
             "The ministry's spokeswoman", "Union leader Maria Okafor")


def write_corpus(folder: Path, count: int) -> list[str]:
    """`count` short articles, one .txt file each, every one different; their paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        speaker, other = _SPEAKERS[n % len(_SPEAKERS)], _SPEAKERS[(n + 2) % len(_SPEAKERS)]
        path = folder / f"story-{n:02d}.txt"
        path.write_text(
            f"date 2024-05-{1 + n % 28:02d} by Staff / Outlet {n % 3}\n"
            f"{speaker} said on day {n} that the talks would go on. “We will not give up line {n},” "
            f"{other} said. The ministry declined to comment, according to officials.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    options = ClusterOptions(workers=2, dashboard=None, partition=PARTITION, memory_limit="3GiB")
    with open_cluster(options) as opened:
        yield opened


class WorkerKiller(threading.Thread):
    """Watches the cluster from the start of a run and SIGKILLs the first worker that has a task assigned;
    `victim` is then (its address, the tasks it held)."""

    def __init__(self, cluster: Cluster) -> None:
        super().__init__(daemon=True)
        self.cluster = cluster
        self.victim: tuple[str, list[str]] | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        pids = {address: int(pid) for address, pid in self.cluster.client.run(os.getpid).items()}
        while not self.stop.is_set():
            busy = {a: list(keys) for a, keys in self.cluster.client.processing().items() if keys}
            if busy:
                address, keys = next(iter(busy.items()))
                os.kill(pids[address], signal.SIGKILL)
                self.victim = (address, keys)
                return
            time.sleep(0.005)

    def __enter__(self) -> WorkerKiller:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.join()
        self.cluster.client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker

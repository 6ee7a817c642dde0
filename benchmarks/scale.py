"""Scale benchmark: articles/s of extraction serially, on a local Dask cluster of 1 worker and of 2 workers.

In one run, on the same articles (../shared/corpora/wikinews/untitled.jsonl plus PolNeAR train: 2,826
articles, about 1.25M words), each path doing the same work, `extract --out` (extract each partition, write
its JSONL and Parquet shards into a fresh folder):

1. serial: `extract_to_shards` in this process (the model loaded beforehand, not timed);
2. a local cluster of 1 worker, then of 2: the time to start it (workers up, model and classifier loaded in
   each by the worker plugin) printed apart, then `extract_to_shards` on it.

For each it prints articles/s, words/s, the CPU seconds the extracting processes spent per article (on a
shared machine, wall time stretches with other people's load, CPU time much less), and for the clusters the
peak RSS of each worker. The load average is printed before and after: other engineers share this machine's
two cores, so a speedup below the ideal can be their load. The last line is `speedup S`, S = 2-worker
articles/s ÷ serial articles/s. Nothing is asserted.

    .venv/bin/python benchmarks/scale.py [--limit N] [--partition-size 32]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from sourcetrace.distributed import (
    ClusterOptions,
    PartitionOptions,
    ShardRun,
    extract_to_shards,
    open_cluster,
)
from sourcetrace.distributed.cluster import Cluster
from sourcetrace.distributed.worker import Extractor
from sourcetrace.pipeline import ExtractOptions
from sourcetrace.readers import read_paths
from sourcetrace.types import Article

_SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
_INPUTS = (_SHARED / "corpora" / "wikinews" / "untitled.jsonl",
           _SHARED / "eval" / "polnear" / "train" / "text")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _worker_cpu() -> float:
    return time.process_time()


def _worker_peak_rss_mib() -> float:
    """This process's peak RSS: VmHWM, which starts afresh in a spawned worker (ru_maxrss does not: a child
    inherits its parent's at fork and keeps it across exec, so every worker read the driver's 676 MiB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _line(label: str, count: int, words: int, seconds: float, cpu: float) -> float:
    rate = count / seconds
    print(f"{label:<10} {rate:7.2f} articles/s  {words / seconds:8.0f} words/s  ({seconds:7.1f} s; "
          f"{cpu / count * 1000:6.1f} ms CPU per article)")
    return rate


def _run(articles: list[Article], partition: PartitionOptions, cluster: Cluster | None) -> float:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        report = extract_to_shards(articles, ShardRun(Path(folder), partition=partition), cluster)
        seconds = time.perf_counter() - started
    assert report.articles == len(articles) and not report.failed, report.failed
    return seconds


def _on_cluster(workers: int, articles: list[Article], words: int, partition: PartitionOptions) -> float:
    options = ClusterOptions(workers=workers, partition=partition, dashboard=None)
    with open_cluster(options) as cluster:
        print(f"{workers} worker{'s' if workers > 1 else ''}  started in {cluster.started_in:.1f} s "
              f"(processes up, model and classifier loaded in each)")
        cpu_before = sum(cluster.client.run(_worker_cpu).values())
        seconds = _run(articles, partition, cluster)
        cpu = sum(cluster.client.run(_worker_cpu).values()) - cpu_before
        peaks = cluster.client.run(_worker_peak_rss_mib)
    rate = _line(f"{workers} worker{'s' if workers > 1 else ''}", len(articles), words, seconds, cpu)
    print("           peak RSS per worker: " + ", ".join(f"{peak:.0f} MiB" for peak in peaks.values()))
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (development)")
    parser.add_argument("--partition-size", type=int, default=32, help="articles per partition")
    options = parser.parse_args()
    partition = PartitionOptions(articles=options.partition_size)

    articles = [item for item in read_paths(_INPUTS) if isinstance(item, Article)][: options.limit]
    words = sum(len(article.text.split()) for article in articles)
    print(f"articles   {len(articles)} ({words} words); partitions of {partition.articles}; "
          f"cores {os.cpu_count()}; load average {_load()}")

    extractor = Extractor(ExtractOptions())  # the model loaded before timing, as a worker's plugin does
    del extractor
    cpu_before = time.process_time()
    seconds = _run(articles, partition, None)
    serial = _line("serial", len(articles), words, seconds, time.process_time() - cpu_before)
    print(f"           peak RSS of this process: {_worker_peak_rss_mib():.0f} MiB")

    _on_cluster(1, articles, words, partition)
    two = _on_cluster(2, articles, words, partition)
    print(f"load average after: {_load()}")
    print(f"speedup {two / serial:.2f}")


if __name__ == "__main__":
    main()

"""Scale out on Dask: extraction spread over the worker processes of a `dask.distributed` cluster.

The driver reads the inputs (`sourcetrace.readers`) and cuts the articles into partitions of bounded size
(`partitions`); each worker loads the spaCy model and the cue classifier once, in a worker plugin
(`worker`), and extracts whole partitions inside a spaCy memory zone so that its memory stays flat. Two
ways out:

- `ingest_on_cluster` (`ingest`): the results come back to the driver, which stores them in input order
  through `sourcetrace.store.ingest`, each article in its own transaction: the driver is the only writer,
  so SQLite works as well as PostgreSQL, the run is idempotent and resumable exactly as a serial one, and
  its stored results are the same.
- `extract_to_shards` (`shards`): each worker writes its partition as a JSONL shard and a Parquet shard
  (one row per attribution) into a folder, with no database; a finished shard is never extracted again.

A partition whose worker dies is run again on another worker (Dask's retry of a lost task); one that keeps
killing workers is split and its articles retried one by one, so that only the article that kills a worker
fails. Nothing is written twice: results are written by the driver in order (ingest), or a shard is moved
into place whole (shards). `cluster.open_cluster` starts a local cluster of N worker processes or connects
to an existing scheduler.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sourcetrace.distributed.cluster import Cluster, open_cluster
    from sourcetrace.distributed.ingest import ingest_on_cluster
    from sourcetrace.distributed.options import ClusterOptions, PartitionOptions
    from sourcetrace.distributed.shards import ShardReport, ShardRun, extract_to_shards

#: What the package offers, by the module that defines it: imported on first use, so that importing
#: `sourcetrace.distributed.partitions` (or the CLI) does not import Dask.
_EXPORTS = {
    "Cluster": "cluster",
    "ClusterOptions": "options",
    "open_cluster": "cluster",
    "ingest_on_cluster": "ingest",
    "PartitionOptions": "options",
    "ShardReport": "shards",
    "ShardRun": "shards",
    "extract_to_shards": "shards",
}
__all__ = [
    "Cluster",
    "ClusterOptions",
    "PartitionOptions",
    "ShardReport",
    "ShardRun",
    "extract_to_shards",
    "ingest_on_cluster",
    "open_cluster",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)

"""`extract --out` on a local cluster of 2 workers writes the same shards as in one process; a rerun
resumes; a worker killed mid-run loses and duplicates nothing; a folder of other inputs is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import PARTITION, WorkerKiller, write_corpus
from sourcetrace.distributed.cluster import Cluster
from sourcetrace.distributed.shards import (
    SCHEMA,
    ShardFolderMismatch,
    ShardRun,
    extract_to_shards,
)
from sourcetrace.readers import read_paths


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _documents(folder: Path) -> list[str]:
    return [json.loads(line)["document"] for path in sorted(folder.glob("part-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_cluster_writes_the_shards_one_process_writes(cluster: Cluster, tmp_path: Path) -> None:
    inputs = write_corpus(tmp_path / "corpus", 7)
    serial = extract_to_shards(read_paths(inputs), ShardRun(tmp_path / "serial", inputs, PARTITION))
    run = ShardRun(tmp_path / "cluster", inputs, PARTITION)
    report = extract_to_shards(read_paths(inputs), run, cluster)
    assert (report.written, report.articles, report.failed) == (4, 7, [])
    assert report.attributions == serial.attributions > 7
    assert _files(tmp_path / "cluster") == _files(tmp_path / "serial")
    table = pq.read_table(tmp_path / "cluster" / "part-00000.parquet")
    assert table.schema.equals(SCHEMA) and table.num_rows > 0
    rows = sum(pq.read_table(path).num_rows for path in (tmp_path / "cluster").glob("*.parquet"))
    assert rows == report.attributions

    again = extract_to_shards(read_paths(inputs), run, cluster)
    assert (again.written, again.resumed, again.articles) == (0, 4, 7)


def test_a_worker_killed_mid_run_loses_and_duplicates_no_shard(cluster: Cluster, tmp_path: Path) -> None:
    inputs = write_corpus(tmp_path / "corpus", 24)
    with WorkerKiller(cluster) as killer:
        report = extract_to_shards(read_paths(inputs), ShardRun(tmp_path / "out", inputs, PARTITION), cluster)
    assert killer.victim is not None and killer.victim[1], "no worker was killed while holding a task"
    assert (report.written, report.articles, report.failed) == (12, 24, [])
    assert sorted(_documents(tmp_path / "out")) == sorted(Path(p).name for p in inputs)
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_a_folder_of_other_inputs_is_not_resumed(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 1)
    extract_to_shards(read_paths(first), ShardRun(tmp_path / "out", first, PARTITION))
    other = write_corpus(tmp_path / "b", 1)
    with pytest.raises(ShardFolderMismatch):
        extract_to_shards(read_paths(other), ShardRun(tmp_path / "out", other, PARTITION))

"""`extract --out DIR`: each partition written as a JSONL shard and a Parquet shard, with no database.

For partition k the folder gets `part-k.jsonl` (one document line per article, as `extract --format jsonl`),
`part-k.parquet` (one row per attribution, the columns of `sourcetrace.store.rebuild.AttributionRecord`, for
pandas, polars or DuckDB) and last `part-k.done.json` (what the shard holds and which articles failed). Each
file is written under a temporary name and moved into place, so a worker killed while writing leaves no
half shard, and a partition run twice (its worker died after writing) writes the same files again rather
than a second copy. A rerun skips every partition whose `done.json` is there: the partitions are a function
of the inputs (`partitions`), which `_manifest.json` records so that a folder is only resumed with the same
inputs. Shards are written by the worker that extracted them: on a real cluster the folder is shared
storage (NFS, a mounted bucket); only a small summary travels back to the driver.
"""

from __future__ import annotations

import dataclasses
import json
import os
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from distributed import Future, as_completed
from distributed.scheduler import KilledWorker

from sourcetrace.distributed.cluster import Cluster
from sourcetrace.distributed.options import PartitionOptions
from sourcetrace.distributed.partitions import Partition, partitions
from sourcetrace.distributed.submit import Submitter
from sourcetrace.distributed.worker import Extracted, ExtractFailure, Extractor, worker_extractor
from sourcetrace.pipeline import ExtractOptions
from sourcetrace.readers import ReadProblem
from sourcetrace.records import article_json
from sourcetrace.store.rebuild import AttributionRecord, records_of
from sourcetrace.types import Article

MANIFEST = "_manifest.json"
#: Bumped when the shard layout changes, so that an old folder is not resumed as if it were current.
LAYOUT = 1


class ShardFolderMismatch(ValueError):
    """The output folder holds shards of other inputs or other partition sizes."""


@dataclass(frozen=True)
class Failure:
    location: str
    reason: str


@dataclass(frozen=True)
class ShardSummary:
    """What one shard holds: its articles and attributions, and the articles that failed."""

    index: int
    articles: int
    attributions: int
    failures: tuple[Failure, ...] = ()


@dataclass
class ShardReport:
    """A run of `extract_to_shards`: shards written now and found done, what they hold, every failure."""

    folder: Path
    written: int = 0
    resumed: int = 0
    articles: int = 0
    attributions: int = 0
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def add(self, summary: ShardSummary, resumed: bool) -> None:
        if resumed:
            self.resumed += 1
        else:
            self.written += 1
        self.articles += summary.articles
        self.attributions += summary.attributions
        self.failed.extend(summary.failures)


def shard_name(index: int, suffix: str) -> str:
    return f"part-{index:05d}{suffix}"


def _arrow_type(annotation: str) -> pa.DataType:
    base = annotation.replace(" | None", "")
    return {"int": pa.int64(), "bool": pa.bool_()}.get(base, pa.string())


#: One row per attribution: the flat record of the CSV export.
SCHEMA = pa.schema([
    pa.field(f.name, _arrow_type(str(f.type)), nullable="None" in str(f.type))
    for f in dataclasses.fields(AttributionRecord)
])


def _location(article: Article) -> str:
    return article.url or article.name or "(text)"


def _atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_shard(folder: Path, partition: Partition, results: Sequence[Extracted]) -> ShardSummary:
    """Write a partition's extracted articles as its JSONL and Parquet shards, then its `done.json`."""
    articles = [r for r in results if isinstance(r, Article)]
    failures = tuple(
        Failure(_location(a), f"extraction failed: {r.reason}")
        for a, r in zip(partition.articles, results, strict=True) if isinstance(r, ExtractFailure)
    )
    lines = "".join(json.dumps(article_json(a), ensure_ascii=False) + "\n" for a in articles)
    _atomic_write(folder / shard_name(partition.index, ".jsonl"), lambda p: p.write_text(lines, "utf-8"))
    rows = [dataclasses.asdict(record) for a in articles for record in records_of(a)]
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    _atomic_write(folder / shard_name(partition.index, ".parquet"), lambda p: pq.write_table(table, p))
    summary = ShardSummary(partition.index, len(articles), len(rows), failures)
    done = json.dumps(dataclasses.asdict(summary), ensure_ascii=False)
    _atomic_write(folder / shard_name(partition.index, ".done.json"), lambda p: p.write_text(done, "utf-8"))
    return summary


def shard_task(partition: Partition, folder: str) -> ShardSummary:
    """The task: extract a partition on this worker and write its shards."""
    return write_shard(Path(folder), partition, worker_extractor().extract(partition.articles))


def _done(folder: Path, index: int) -> ShardSummary | None:
    path = folder / shard_name(index, ".done.json")
    if not path.exists():
        return None
    record = json.loads(path.read_text("utf-8"))
    failures = tuple(Failure(**f) for f in record.pop("failures"))
    return ShardSummary(**record, failures=failures)


def _check_manifest(folder: Path, inputs: Sequence[str], options: PartitionOptions) -> None:
    manifest = {"layout": LAYOUT, "inputs": list(inputs), "partition": dataclasses.asdict(options)}
    path = folder / MANIFEST
    if path.exists():
        found = json.loads(path.read_text("utf-8"))
        if found != manifest:
            raise ShardFolderMismatch(
                f"{folder} holds shards of other inputs or partition sizes ({path}); use another folder"
            )
        return
    folder.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, lambda p: p.write_text(json.dumps(manifest, indent=1), "utf-8"))


#: Called with a shard's summary once it is written or found done (`resumed`).
ShardProgress = Callable[[ShardSummary, bool], None]


@dataclass(frozen=True)
class ShardRun:
    """Where shards go, what they are cut from and who is told (read problems, finished shards)."""

    folder: Path
    inputs: Sequence[str] = ()
    partition: PartitionOptions = field(default_factory=PartitionOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    on_problem: Callable[[ReadProblem], None] | None = None
    on_shard: ShardProgress | None = None


def extract_to_shards(
    items: Iterable[Article | ReadProblem], run: ShardRun, cluster: Cluster | None = None
) -> ShardReport:
    """Extract every article of `items` into shards under `run.folder`, on the cluster's workers (or in
    this process without one), skipping the shards a previous run finished. Read problems are told once
    each (`run.on_problem`) and, when fatal, listed in the report."""
    _check_manifest(run.folder, run.inputs, run.partition)
    report = ShardReport(run.folder)

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Article):
                yield item
                continue
            if item.fatal:
                report.failed.append(Failure(item.location, item.message))
            if run.on_problem is not None:
                run.on_problem(item)

    def finished(summary: ShardSummary, resumed: bool) -> None:
        report.add(summary, resumed)
        if run.on_shard is not None:
            run.on_shard(summary, resumed)

    todo = _skip_done(run.folder, partitions(articles(), run.partition), finished)
    if cluster is None:
        extractor: Extractor | None = None
        for partition in todo:
            extractor = extractor or Extractor(run.extract)
            finished(write_shard(run.folder, partition, extractor.extract(partition.articles)), False)
    else:
        _run_on_cluster(cluster, run.folder, todo, finished)
    return report


def _skip_done(folder: Path, parts: Iterable[Partition], finished: ShardProgress) -> Iterator[Partition]:
    for partition in parts:
        summary = _done(folder, partition.index)
        if summary is None:
            yield partition
        else:
            finished(summary, True)


def _run_on_cluster(
    cluster: Cluster, folder: Path, todo: Iterable[Partition], finished: ShardProgress
) -> None:
    """Keep `cluster.window` shard tasks in flight; write a partition that kept killing workers on the
    driver from its articles extracted one by one."""
    submitter = Submitter(cluster.client)
    pending: dict[Future, Partition] = {}
    completed = as_completed()

    def settle(future: Future) -> None:
        partition = pending.pop(future)
        try:
            summary = typing.cast(ShardSummary, future.result())
        except KilledWorker:
            summary = write_shard(folder, partition, submitter.one_by_one(partition))
        finally:
            future.release()
        finished(summary, False)

    for partition in todo:
        future = cluster.client.submit(shard_task, partition, str(folder.resolve()),
                                       key=f"shard-{submitter.run}-{partition.index}", pure=False)
        pending[future] = partition
        completed.add(future)
        while len(pending) >= cluster.window:
            settle(next(completed))
    for future in completed:
        settle(future)

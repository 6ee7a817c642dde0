"""The options that run `ingest` and `extract --out` on a Dask cluster, and the cluster's start and end as the
user sees them (workers ready, dashboard address, one line when it cannot start).

Dask is imported only when a command asks for a cluster, so the other commands start as fast as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from sourcetrace.distributed.options import DEFAULT_ARTICLES, ClusterOptions, PartitionOptions
from sourcetrace.nlp import ModelNotFound
from sourcetrace.pipeline import ExtractOptions
from sourcetrace.readers import ReadOptions, ReadProblem, read_paths

if TYPE_CHECKING:
    from sourcetrace.distributed.cluster import Cluster

WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, show_default=False,
    help="Extract on a local Dask cluster of this many worker processes (one per core).",
)]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", show_default=False,
    help="Extract on an existing dask.distributed cluster (tcp://host:8786); sourcetrace and its model "
         "must be installed on its workers.",
)]
DEFAULT_PARTITION = DEFAULT_ARTICLES
PartitionOption = Annotated[int, typer.Option(
    "--partition-size", min=1, help="Articles per partition (the unit of work and of retry) on a cluster.",
)]


class RateColumn(ProgressColumn):
    """Articles per second, measured over the recent past (across every worker)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        shown = "– articles/s" if speed is None else f"{speed:.1f} articles/s"
        return Text(shown, style="progress.data.speed")


def cluster_options(
    workers: int | None, scheduler: str | None, partition_size: int, extract: ExtractOptions
) -> ClusterOptions | None:
    """The cluster the options ask for, or None for a serial run."""
    if workers is None and scheduler is None:
        return None
    return ClusterOptions(workers=workers or 1, scheduler=scheduler,
                          partition=PartitionOptions(articles=partition_size), extract=extract)


@contextmanager
def cluster(options: ClusterOptions, errors: Console) -> Iterator[Cluster]:
    """The open cluster, announced with its workers, start time and dashboard; one line and exit code 2 when
    it cannot start or be reached, or its workers have no model."""
    from sourcetrace.distributed import open_cluster

    where = options.scheduler or f"a local cluster of {options.workers} workers"
    with ExitStack() as stack:
        try:
            running = stack.enter_context(open_cluster(options))
        except ModelNotFound as error:
            errors.print(f"error: {error}", markup=False)
            raise typer.Exit(2) from error
        except (OSError, TimeoutError) as error:
            errors.print(f"error: cannot start or reach {where}: {error}", markup=False)
            raise typer.Exit(2) from error
        dashboard = f"; dashboard {running.dashboard}" if running.dashboard else ""
        errors.print(f"dask: {running.workers} workers ready in {running.started_in:.1f} s{dashboard}",
                     markup=False)
        yield running


def write_shards(
    paths: list[str], reading: ReadOptions, out: Path, options: ClusterOptions, on_cluster: bool
) -> None:
    """`extract --out`: every article into shards under `out`, on the cluster or in this process, with a
    progress bar; exit code 1 when an input or article failed, 2 when the run cannot start."""
    from sourcetrace.distributed.shards import ShardFolderMismatch, ShardRun, ShardSummary, extract_to_shards

    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(),
               TextColumn("{task.completed} articles"), RateColumn(), TimeElapsedColumn())
    with ExitStack() as stack:
        running = stack.enter_context(cluster(options, errors)) if on_cluster else None
        progress = stack.enter_context(Progress(*columns, console=errors, transient=False))
        task = progress.add_task("extracting", total=None)

        def on_problem(problem: ReadProblem) -> None:
            label, style = ("error", "red") if problem.fatal else ("warning", "yellow")
            progress.console.print(Text(f"{label}: {problem}", style=style))

        def on_shard(summary: ShardSummary, resumed: bool) -> None:
            if not resumed:
                progress.advance(task, summary.articles)
            for failure in summary.failures:
                progress.console.print(Text(f"failed: {failure.location}: {failure.reason}", style="red"))

        run = ShardRun(out, inputs=list(paths), partition=options.partition, extract=options.extract,
                       on_problem=on_problem, on_shard=on_shard)
        try:
            report = extract_to_shards(read_paths(paths, reading), run, running)
        except (ShardFolderMismatch, ModelNotFound) as error:
            errors.print(f"error: {error}", markup=False)
            raise typer.Exit(2) from error
    errors.print(f"{out}: {report.written} shards written, {report.resumed} already there; "
                 f"{report.articles} articles, {report.attributions} attributions, "
                 f"{len(report.failed)} failed", markup=False)
    if not report.ok:
        raise typer.Exit(1)

"""`sourcetrace extract` and `sourcetrace eval`."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from sourcetrace.cli.app import app
from sourcetrace.cli.printable import printable
from sourcetrace.cli.reading import AllowPrivateHostsOption, NoFetchOption, read_options
from sourcetrace.cli.scale import (
    DEFAULT_PARTITION,
    PartitionOption,
    SchedulerOption,
    WorkersOption,
    cluster_options,
    write_shards,
)
from sourcetrace.cli.view import render_article
from sourcetrace.distributed.options import ClusterOptions, PartitionOptions
from sourcetrace.nlp import ModelNotFound
from sourcetrace.pipeline import ExtractOptions, extract_articles
from sourcetrace.readers import ReadOptions, ReadProblem, read_paths
from sourcetrace.records import article_json
from sourcetrace.types import Article, CountOptions

#: The cue classifier's threshold, for both commands.
_THRESHOLD_OPTION = typer.Option(
    min=0.0,
    max=1.0,
    help="Probability a cue reading needs to count (default: the packaged model's, placed by `make cues`; "
    "higher is more precise, lower finds more).",
)


#: Whether pages that are no article and articles in other languages are read and extracted all the same.
FORCE_OPTION = typer.Option(
    "--force",
    help="Read pages that do not look like articles (home pages, wiki entries, video pages) and extract "
    "articles in languages other than English; by default they are skipped with a note saying why.",
)


#: Whether sourcing figures count mental states too, for `extract`, `actor` and `outlets`.
INCLUDE_MENTAL_OPTION = typer.Option(
    "--include-mental",
    help="Count and show mental states too (hopes, wants, believes, is expected to); by default only "
    "statements, documents and declined comments count. JSON output and the store keep every attribution, "
    "each with its act.",
)


#: The character budget of one article, for `extract` and `ingest`.
MAX_CHARS_OPTION = typer.Option(
    "--max-chars", min=1_000, show_default=True,
    help="Characters of one article read at most: a longer text is cut at a paragraph or sentence break "
    "before it, with a warning (extraction costs time in proportion to the text).",
)


class Format(StrEnum):
    terminal = "terminal"
    jsonl = "jsonl"
    json = "json"


#: Articles extracted in one stream before their output is written (as `ingest` batches them).
_BATCH = 16


def extracted_each(articles: Iterable[Article], options: ExtractOptions,
                   failed: Callable[[Article, Exception], None]) -> Iterator[Article]:
    """The articles extracted, in order, a batch at a time; when a batch fails, article by article, so that
    an article extraction cannot handle costs that article alone (`failed` is told), never the run. A missing
    model (`ModelNotFound`) still ends the run."""
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, _BATCH)):
        results: list[Article] | None
        try:
            results = list(extract_articles(batch, options=options))
        except ModelNotFound:
            raise
        except Exception:
            results = None  # retried one by one below, where the failing article is named
        if results is not None:
            yield from results
            continue
        for article in batch:
            try:
                yield from list(extract_articles([article], options=options))
            except ModelNotFound:
                raise
            except Exception as error:
                failed(article, error)


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (read recursively) or URLs: .txt, .html, RSS/Atom, WARC, JSONL."),
    ],
    output_format: Annotated[Format, typer.Option(
        "--format", "-f", help="terminal; jsonl: one document per line; json: one array of all documents.",
    )] = Format.terminal,
    threshold: Annotated[float | None, _THRESHOLD_OPTION] = None,
    include_mental: Annotated[bool, INCLUDE_MENTAL_OPTION] = False,
    allow_private_hosts: AllowPrivateHostsOption = False,
    no_fetch: NoFetchOption = False,
    force: Annotated[bool, FORCE_OPTION] = False,
    max_chars: Annotated[int, MAX_CHARS_OPTION] = ReadOptions.max_chars,
    out: Annotated[Path | None, typer.Option(
        "--out", file_okay=False, show_default=False,
        help="Write sharded JSONL and Parquet (one row per attribution) into this folder instead of showing "
             "the articles; a rerun resumes, skipping the shards already written.",
    )] = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    partition_size: PartitionOption = DEFAULT_PARTITION,
) -> None:
    """Extract the attributions of articles and show them (or write them as shards with --out).

    Exit code 0: every input read (warnings aside); 1: some input failed, each named on one line, the others
    extracted; 2: no model, or a usage error."""
    counting = CountOptions(include_mental=include_mental)
    errors = Console(stderr=True, highlight=False)
    options = ExtractOptions(threshold, counting, any_language=force)
    reading = read_options(allow_private_hosts, no_fetch, force, max_chars)
    wanted = cluster_options(workers, scheduler, partition_size, options)
    if out is not None:
        write_shards(paths, reading, out, wanted or ClusterOptions(
            partition=PartitionOptions(partition_size), extract=options), on_cluster=wanted is not None)
        return
    if wanted is not None:
        errors.print("error: --workers and --scheduler need --out DIR (sharded output)", markup=False)
        raise typer.Exit(2)
    console = Console(highlight=False)
    failed = 0

    def articles() -> Iterator[Article]:
        nonlocal failed
        for item in read_paths(paths, reading):
            if isinstance(item, ReadProblem):
                label = "error" if item.fatal else "warning"
                style = "red" if item.fatal else "yellow"
                errors.print(Text(printable(f"{label}: {item}"), style=style), soft_wrap=True)
                failed += item.fatal
            else:
                yield item

    def extraction_failed(article: Article, error: Exception) -> None:
        nonlocal failed
        reason = f"{type(error).__name__}: {' '.join(str(error).split())}"[:300]
        where = article.url or article.name or "(text)"
        line = printable(f"error: {where}: extraction failed ({reason})")
        errors.print(Text(line, style="red"), soft_wrap=True)
        failed += 1

    written = 0
    if output_format is Format.json:
        sys.stdout.write("[")
    try:
        for article in extracted_each(articles(), options, extraction_failed):
            if article.skipped is not None:
                errors.print(Text(printable(f"note: {article.name or '(text)'}: skipped: {article.skipped} "
                                            "(--force extracts it)"), style="yellow"), soft_wrap=True)
            if output_format is Format.terminal:
                render_article(console, article, counting)
            elif output_format is Format.jsonl:
                sys.stdout.write(json.dumps(article_json(article), ensure_ascii=False) + "\n")
            else:  # one array, written as the documents come: valid JSON for none, one or many
                document = json.dumps(article_json(article), ensure_ascii=False, indent=2)
                sys.stdout.write(("," if written else "") + "\n" + document)
            written += 1
    except ModelNotFound as error:
        errors.print(printable(f"error: {error}"), markup=False)
        raise typer.Exit(2) from error
    finally:
        if output_format is Format.json:
            sys.stdout.write("\n]\n" if written else "]\n")
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    split: Annotated[
        Path, typer.Argument(help="A PolNeAR-style split folder: text/*.txt, attributions/*.ann.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    predictions: Annotated[
        Path | None,
        typer.Option(help="Score this prediction file (JSON Lines) instead of extracting the split."),
    ] = None,
    threshold: Annotated[float | None, _THRESHOLD_OPTION] = None,
) -> None:
    """Score our extraction on a brat-standoff split with the PolNeAR reference metrics."""
    from sourcetrace.evaluation import evaluate_predictions, evaluate_split, format_report

    if not (split / "text").is_dir() or not (split / "attributions").is_dir():
        Console(stderr=True).print(
            Text(printable(f"error: {split}: not a split folder (needs text/ and attributions/)")),
            soft_wrap=True,
        )
        raise typer.Exit(2)
    if predictions is None:
        report = evaluate_split(split, ExtractOptions(threshold))
    else:
        report = evaluate_predictions(split, predictions)
    print(json.dumps(report) if as_json else format_report(report))

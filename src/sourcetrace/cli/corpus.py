"""`sourcetrace ingest`, `search`, `outlets` and `export`: the corpus commands (`actor`, `actors`, `claims`,
`trace` and `copies` are in `cli/registry.py`).

A thin layer: reading is `sourcetrace.readers`, extracting `sourcetrace.pipeline`, storing
`sourcetrace.store.ingest` (handed the extraction step here), answering `sourcetrace.store.queries`; this
module only parses options, wires the steps together and shows results.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError

from sourcetrace.cli.app import app
from sourcetrace.cli.extract import FORCE_OPTION, INCLUDE_MENTAL_OPTION, MAX_CHARS_OPTION
from sourcetrace.cli.printable import printable
from sourcetrace.cli.reading import AllowPrivateHostsOption, NoFetchOption, read_options
from sourcetrace.cli.scale import (
    DEFAULT_PARTITION,
    PartitionOption,
    RateColumn,
    SchedulerOption,
    WorkersOption,
    cluster,
    cluster_options,
)
from sourcetrace.corpus.aliases import AliasFileError, read_aliases
from sourcetrace.nlp import ModelNotFound
from sourcetrace.pipeline import ExtractOptions, extract_articles
from sourcetrace.readers import ReadOptions, read_paths
from sourcetrace.readers.checks import text_name
from sourcetrace.records import article_json
from sourcetrace.store import Store, StoreError, default_database_path, open_store, queries, rebuild
from sourcetrace.store.claims import CorpusOptions
from sourcetrace.store.database import database_url, describe, error_sentence
from sourcetrace.store.ingest import IngestReport, Status
from sourcetrace.store.ingest import ingest as ingest_items
from sourcetrace.types import Article, CountOptions

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="SOURCETRACE_DB", show_default=False,
        help="SQLite file or postgresql://user:password@host/database "
             "(default: sourcetrace.db in your user data directory).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")]


AliasesOption = Annotated[
    Path | None,
    typer.Option(
        "--aliases",
        envvar="SOURCETRACE_ALIASES",
        show_default=False,
        help="The user alias file, CSV rows of alias,canonical name "
        "(default: aliases.csv in your user data directory).",
    ),
]
class OutputFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="table, or json: one JSON document on stdout.")
]
_AUTHORITY = {
    "on_record": "on record",
    "spokesperson": "spokesperson",
    "anonymous_sources": "anonymous sources",
    "relayed": "relayed",
}


def _errors() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def _store(db: str | None, *, create: bool = False) -> Iterator[Store]:
    """The open store; a store problem ends the command with one line and exit code 2. Only ingest
    (`create`) makes a database that is not there; the questions refuse a missing one."""
    location = describe(database_url(db))
    try:
        store = open_store(db, create=create)
        try:
            if create and store.read_only:  # ingest: say so before reading anything
                with store.writing():
                    pass
            yield store
        finally:
            store.close()
    except (StoreError, SQLAlchemyError) as error:
        _errors().print(printable(f"error: {error_sentence(error, location)}"), markup=False)
        raise typer.Exit(2) from error


def _json_line(record: Any) -> None:
    sys.stdout.write(json.dumps(dataclasses.asdict(record), ensure_ascii=False) + "\n")


def _json_document(value: Any) -> None:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    elif isinstance(value, list):
        value = [dataclasses.asdict(v) for v in value]
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _plain_console(
    records: Sequence[Any], as_json: bool, empty: str, output: OutputFormat = OutputFormat.table
) -> Console | None:
    """The console to show `records` on; None when all is said: written as JSON lines (`as_json`), as one
    JSON document (`output` json), or `empty` printed."""
    if as_json:
        for record in records:
            _json_line(record)
        return None
    if output is OutputFormat.json:
        _json_document(list(records))
        return None
    console = Console(highlight=False)
    if not records:
        console.print(printable(empty), markup=False)
        return None
    return console


def _cell(value: str | None) -> Text:
    """A table cell of stored text: escaped (`printable`), never read as markup."""
    return Text(printable(value or ""))


def _one_line(value: str | None, limit: int = 300) -> str:
    flat = " ".join((value or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def aliases_path(given: Path | None) -> Path:
    """The alias file: the one given, else `aliases.csv` beside the default database."""
    return given if given is not None else default_database_path().parent / "aliases.csv"


def corpus_options(given: Path | None) -> CorpusOptions:
    """The registry options of the alias file; an unreadable file ends the command with one line."""
    try:
        return CorpusOptions(aliases=tuple(read_aliases(aliases_path(given))))
    except AliasFileError as error:
        _errors().print(f"error: {error}", markup=False)
        raise typer.Exit(2) from error


# ---------------------------------------------------------------------------------------------------------
# ingest


def _report(console: Console, report: IngestReport, location: str) -> None:
    """The counts of a run; its failures were printed once each as they happened, not listed again here."""
    table = Table(title=f"ingest into {location}", title_justify="left", show_header=True)
    for column in ("new", "unchanged", "updated", "failed"):
        table.add_column(column, justify="right")
    table.add_row(str(report.new), str(report.unchanged), str(report.updated),
                  Text(str(len(report.failed)), style="bold red" if report.failed else ""))
    console.print(table)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or URLs.")],
    db: DbOption = None,
    copy_threshold: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, show_default=False,
        help="Similarity (estimated Jaccard of word shingles) from which two articles count as copies "
             "(default 0.6).",
    )] = None,
    replace: Annotated[bool, typer.Option(
        "--replace", help="Extract and store again the articles already stored (after an upgrade).",
    )] = False,
    allow_private_hosts: AllowPrivateHostsOption = False,
    no_fetch: NoFetchOption = False,
    force: Annotated[bool, FORCE_OPTION] = False,
    max_chars: Annotated[int, MAX_CHARS_OPTION] = ReadOptions.max_chars,
    aliases: AliasesOption = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    partition_size: PartitionOption = DEFAULT_PARTITION,
) -> None:
    """Read, extract and store articles; re-running adds nothing already stored. The actor registry and the
    claims are rebuilt at the end."""
    corpus = corpus_options(aliases)
    copies = None
    if copy_threshold is not None:
        from sourcetrace.provenance.copies import CopyOptions

        copies = CopyOptions(threshold=copy_threshold)
    errors = _errors()
    wanted = cluster_options(workers, scheduler, partition_size, ExtractOptions(any_language=force))
    with _store(db, create=True) as store, ExitStack() as stack:
        on_cluster = None if wanted is None else stack.enter_context(cluster(wanted, errors))
        # Read as the articles are stored, never all first: memory stays flat however large the input, and a
        # kill keeps what was stored. The total is unknown until the inputs are read, so no ETA.
        items = read_paths(inputs, read_options(allow_private_hosts, no_fetch, force, max_chars))
        columns = (
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            TextColumn("{task.completed} items"), RateColumn(), TimeElapsedColumn(),
        )
        with Progress(*columns, console=errors, transient=False) as progress:
            task = progress.add_task("ingesting", total=None)

            def advance(status: Status, location: str, reason: str) -> None:
                if status == "warning":
                    progress.console.print(Text(printable(f"warning: {location}: {reason}"), style="yellow"))
                    return
                if status == "failed":
                    progress.console.print(Text(printable(f"failed: {location}: {reason}"), style="red"))
                progress.advance(task)

            def note_skipped(article: Article) -> None:
                if article.skipped is not None:
                    progress.console.print(Text(
                        f"note: {article.url or article.name}: stored, not extracted: {article.skipped} "
                        "(--force extracts it)", style="yellow"))

            def extract(articles: Iterable[Article]) -> Iterator[Article]:
                for article in extract_articles(articles, options=ExtractOptions(any_language=force)):
                    note_skipped(article)
                    yield article

            try:
                if on_cluster is None:
                    report = ingest_items(
                        store, items, extract=extract, fatal=(ModelNotFound,),
                        inputs=[text_name(given) for given in inputs],  # a name that is not UTF-8, as text
                        progress=advance, copies=copies, replace=replace, corpus=corpus,
                    )
                else:
                    from sourcetrace.distributed import ingest_on_cluster

                    report = ingest_on_cluster(
                        store, items, on_cluster, inputs=[text_name(given) for given in inputs],
                        progress=advance, copies=copies, replace=replace, on_extracted=note_skipped,
                        corpus=corpus,
                    )
            except ModelNotFound as error:
                errors.print(printable(f"error: {error}"), markup=False)
                raise typer.Exit(2) from error
            except KeyboardInterrupt:
                errors.print("interrupted: what was stored stays; run the same command again to resume")
                raise typer.Exit(130) from None
        _report(errors, report, store.location)
    if not report.ok:
        raise typer.Exit(1)


# ---------------------------------------------------------------------------------------------------------
# search, actor, outlets


@app.command()
def search(
    query: Annotated[str, typer.Argument(
        help='Words and "quoted phrases" the content must hold (stemmed); a OR b; NOT a or -a.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many attributions (1 to 100,000).")] = 100,
    as_json: JsonOption = False,
    output: FormatOption = OutputFormat.table,
) -> None:
    """Attributions whose content matches, with source, type, article, outlet and date."""
    with _store(db) as store, store.session() as session:
        hits = queries.search(session, query, limit=limit)
    console = _plain_console(hits, as_json, f"no attribution matches {query!r}", output)
    if console is None:
        return
    table = Table(show_lines=True)
    for column in ("date", "outlet", "article", "source", "type", "content"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        source = hit.source or "(no source)"
        if hit.actor and hit.actor != hit.source:
            source += f" [{hit.actor}]"
        table.add_row(
            _cell(hit.article.published), _cell(hit.article.outlet), _cell(hit.article.name),
            Text(printable(source), style="cyan"), _cell(hit.source_type),
            Text(printable(_one_line(hit.content)), style="green"),
        )
    console.print(table)


def _statement_line(statement: queries.Statement) -> Text:
    where = " · ".join(filter(None, (statement.article.published, statement.article.outlet,
                                      statement.article.name)))
    authority = _AUTHORITY[statement.authority]
    if statement.reported_by:
        authority += f": {printable(_one_line(statement.reported_by, 80))}"
    line = Text(f"{printable(where)}\n  ", style="dim")
    line.append(f"[{authority}] ", style="bold yellow" if statement.authority != "on_record" else "bold")
    line.append(printable(_one_line(statement.source)) or "(no source)", style="cyan")
    line.append(f" {printable(_one_line(statement.cue, 60))} ", style="magenta")
    if statement.act not in ("statement", statement.kind):
        line.append(f"({statement.act}) ", style="dim")
    line.append(printable(_one_line(statement.content)) or f"({statement.kind.replace('_', ' ')})",
                style="green")
    return line


@app.command()
def outlets(
    db: DbOption = None,
    as_json: JsonOption = False,
    include_mental: Annotated[bool, INCLUDE_MENTAL_OPTION] = False,
    output: FormatOption = OutputFormat.table,
) -> None:
    """Per outlet: share of anonymous attributions, top actors and credited agencies."""
    with _store(db) as store, store.session() as session:
        profiles = queries.outlet_profiles(session, counting=CountOptions(include_mental=include_mental))
    console = _plain_console(
        profiles, as_json, "the corpus is empty: add articles with `sourcetrace ingest`", output
    )
    if console is None:
        return
    table = Table()
    for column, justify in (("outlet", "left"), ("articles", "right"), ("attributions", "right"),
                            ("anonymous", "right"), ("top actors", "left"), ("credited agencies", "left")):
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for p in profiles:
        table.add_row(
            _cell(p.outlet or "(no outlet)"), str(p.articles), str(p.attributions),
            f"{p.share_anonymous:.0%}" if p.attributions else "–",
            _cell(", ".join(f"{name} ({n})" for name, n in p.top_actors)),
            _cell(", ".join(f"{name} ({n})" for name, n in p.credited_agencies)),
        )
    console.print(table)


# ---------------------------------------------------------------------------------------------------------
# export


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def _write_export(out: TextIO, store: Store, export_format: ExportFormat) -> int:
    count = 0
    with store.session() as session:
        if export_format is ExportFormat.jsonl:
            for article in rebuild.iter_articles(session):
                out.write(json.dumps(article_json(article), ensure_ascii=False) + "\n")
                count += 1
            return count
        fields = [field.name for field in dataclasses.fields(rebuild.AttributionRecord)]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for record in rebuild.attribution_records(session):
            writer.writerow(dataclasses.asdict(record))
            count += 1
    return count


_EXPORT_HELP = "jsonl: one article per line, as `extract --format jsonl`; csv: one attribution per row."


@app.command()
def export(
    export_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=_EXPORT_HELP)
    ] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not to stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export the stored corpus."""
    with _store(db) as store:
        if output is None:
            _write_export(sys.stdout, store, export_format)
            return
        try:
            out = output.open("w", encoding="utf-8", newline="")
        except OSError as error:  # a missing folder, a folder, no permission: one line, nothing written
            _errors().print(Text(printable(f"error: {output}: cannot write ({error.strerror or error})")))
            raise typer.Exit(2) from None
        with out:
            count = _write_export(out, store, export_format)
        unit = "articles" if export_format is ExportFormat.jsonl else "attributions"
        _errors().print(Text(printable(f"wrote {count} {unit} to {output}")))

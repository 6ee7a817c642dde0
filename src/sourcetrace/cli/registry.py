"""`sourcetrace actor`, `actors`, `claims`, `trace` and `copies`: the questions across articles.

A thin layer over `sourcetrace.store.registry`, `sourcetrace.store.claims` and `sourcetrace.store.copies`:
it parses options, reads and edits the user alias file (`sourcetrace.corpus.aliases`) and shows results, as a
table or (`--format json`) as one JSON document on stdout.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.cli.app import app
from sourcetrace.cli.corpus import (
    _AUTHORITY,
    AliasesOption,
    DbOption,
    FormatOption,
    JsonOption,
    OutputFormat,
    _errors,
    _json_document,
    _one_line,
    _statement_line,
    _store,
    aliases_path,
    corpus_options,
)
from sourcetrace.cli.extract import INCLUDE_MENTAL_OPTION
from sourcetrace.cli.printable import printable
from sourcetrace.corpus.aliases import UserAlias, append_aliases
from sourcetrace.store import Store
from sourcetrace.store.claims import ClaimView, list_claims, rebuild_corpus
from sourcetrace.store.claims import trace as trace_claims
from sourcetrace.store.copies import copy_clusters
from sourcetrace.store.registry import (
    ActorMatch,
    actor_id_of,
    actor_report,
    iter_actor_statements,
    list_actors,
    registry_is_stale,
    resolve_actor,
)
from sourcetrace.types import CountOptions

_AUTHORITY_SHOWN = {**_AUTHORITY, "reportedly": "reportedly"}


def _ready(store: Store, given: Path | None) -> None:
    """Build the registry of a store made before it had one, so that questions find its actors."""
    with store.session() as session:
        stale = registry_is_stale(session)
    if stale and not store.read_only:  # a read-only store is asked as it is
        options = corpus_options(given)
        with _errors().status("building the actor registry…"), store.writing() as session:
            rebuild_corpus(session, options)


@contextmanager
def _registry_store(db: str | None, given: Path | None) -> Iterator[Store]:
    with _store(db) as store:
        _ready(store, given)
        yield store


# ---------------------------------------------------------------------------------------------------------
# actor


def _show_match(console: Console, match: ActorMatch) -> None:
    if match.actor is None:
        if match.candidates:
            console.print(Text(printable(f"{match.query!r} may be any of these; name one:"), style="bold"))
        else:
            console.print(printable(f"no actor named {match.query!r} in the corpus"), markup=False)
    else:
        detail = match.actor
        head = Text(printable(detail.actor.name), style="bold cyan")
        head.append(
            f" ({detail.actor.kind}, {detail.actor.statements} statements, "
            f"{detail.actor.first_seen or '?'} – {detail.actor.last_seen or '?'})",
            style="",
        )
        console.print(head)
        console.print(Text(printable(f"  resolved: {match.reason}"), style="dim"))
        aliases = ", ".join(f"{a.alias} ({a.count})" for a in detail.aliases[:12])
        console.print(Text(printable(f"  aliases: {aliases}"), style="dim"))
        if detail.titles:
            titles = ", ".join(
                f"{t.title} ({t.first_seen or '?'}–{t.last_seen or '?'})" for t in detail.titles[:6]
            )
            console.print(Text(printable(f"  titles: {titles}"), style="dim"))
        if detail.links:
            console.print(
                Text(
                    printable("  linked: " + ", ".join(f"{k.relation} {k.other}" for k in detail.links[:12])),
                    style="dim",
                )
            )
    if match.candidates:
        label = "candidates" if match.actor is None else "also matching"
        shown = ", ".join(f"{c.name} ({c.kind}, {c.statements} statements)" for c in match.candidates[:12])
        console.print(
            Text(printable(f"  {label}: {shown}"), style="yellow" if match.actor is None else "dim")
        )


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help='An actor\'s name or part of it ("Obama", "Clinton").')],
    db: DbOption = None,
    output: FormatOption = OutputFormat.table,
    as_json: JsonOption = False,
    include_mental: Annotated[bool, INCLUDE_MENTAL_OPTION] = False,
    aliases: AliasesOption = None,
) -> None:
    """The actor a name stands for (or the candidates, when it may be several), then its statements across
    articles in date order, and on whose authority each is reported."""
    counting = CountOptions(include_mental=include_mental)
    with _registry_store(db, aliases) as store, store.session() as session:
        if output is OutputFormat.json and not as_json:
            _json_document(actor_report(session, name, counting))
            return
        match = resolve_actor(session, name)
        console = Console(highlight=False)
        if not as_json:
            _show_match(console, match)
        if match.actor is None:
            return
        actor_id = actor_id_of(session, match.actor.actor.name)
        count = 0
        # Streamed: each statement is shown as it is read, so memory stays flat on any corpus.
        for statement in iter_actor_statements(session, actor_id, counting):
            if as_json:
                sys.stdout.write(json.dumps(dataclasses.asdict(statement), ensure_ascii=False) + "\n")
            else:
                console.print(_statement_line(statement))
            count += 1
    if not as_json:
        console.print(Text(printable(f"{match.actor.actor.name}: {count} statements"), style="bold"))


# ---------------------------------------------------------------------------------------------------------
# actors


actors_app = typer.Typer(
    help="The actor registry: list it, merge or split actors, rebuild it.",
    no_args_is_help=False,
    invoke_without_command=True,
)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    context: typer.Context,
    db: DbOption = None,
    output: FormatOption = OutputFormat.table,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            help="Only these kinds: person, organization, campaign, administration, family, group.",
        ),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=1_000_000, help="Show at most this many actors.")] = 30,
    include_mental: Annotated[bool, INCLUDE_MENTAL_OPTION] = False,
    aliases: AliasesOption = None,
) -> None:
    """The most quoted actors of the corpus, one line each."""
    if context.invoked_subcommand is not None:
        return
    with _registry_store(db, aliases) as store, store.session() as session:
        found = list_actors(session, kind or (), limit, CountOptions(include_mental=include_mental))
    if output is OutputFormat.json:
        _json_document(found)
        return
    console = Console(highlight=False)
    if not found:
        console.print("no actor in the corpus: add articles with `sourcetrace ingest`", markup=False)
        return
    table = Table()
    for column, justify in (
        ("#", "right"),
        ("actor", "left"),
        ("kind", "left"),
        ("statements", "right"),
        ("mentions", "right"),
        ("first", "left"),
        ("last", "left"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for rank, item in enumerate(found, start=1):
        table.add_row(
            str(rank),
            Text(printable(item.name)),
            item.kind,
            str(item.statements),
            str(item.mentions),
            item.first_seen or "",
            item.last_seen or "",
        )
    console.print(table)


def _rebuild(db: str | None, given: Path | None) -> None:
    options = corpus_options(given)
    with (
        _store(db) as store,
        _errors().status("rebuilding the actor registry and claims…"),
        store.writing() as session,
    ):
        report = rebuild_corpus(session, options)
    _errors().print(
        f"registry: {report.actors} actors from {report.mentions} mentions; {report.claims} claims",
        markup=False,
    )


@actors_app.command("rebuild")
def actors_rebuild(db: DbOption = None, aliases: AliasesOption = None) -> None:
    """Rebuild the registry and the claims from the stored mentions (after an upgrade, or editing the alias
    file by hand)."""
    _rebuild(db, aliases)


@actors_app.command("merge")
def actors_merge(
    names: Annotated[list[str], typer.Argument(help="Names to merge into the last one given.")],
    db: DbOption = None,
    aliases: AliasesOption = None,
) -> None:
    """Merge actors: every name given but the last becomes an alias of the last (written to the alias
    file), then the registry is rebuilt."""
    if len(names) < 2:
        _errors().print(
            "error: give at least two names: the ones to merge, then the one they become", markup=False
        )
        raise typer.Exit(2)
    *merged, canonical = names
    _edit(db, aliases, [UserAlias(name, canonical) for name in merged])


@actors_app.command("split")
def actors_split(
    names: Annotated[list[str], typer.Argument(help="Names that are actors of their own.")],
    db: DbOption = None,
    aliases: AliasesOption = None,
) -> None:
    """Split actors: each name given stays an actor of its own, whatever the rules would merge it into
    (written to the alias file), then the registry is rebuilt."""
    _edit(db, aliases, [UserAlias(name, name) for name in names])


def _edit(db: str | None, given: Path | None, rows: list[UserAlias]) -> None:
    path = aliases_path(given)
    try:
        append_aliases(path, rows)
    except OSError as error:
        _errors().print(
            f"error: {path}: cannot write the alias file: {error.strerror or error}", markup=False
        )
        raise typer.Exit(2) from error
    _errors().print(
        printable(f"{path}: " + "; ".join(f"{r.alias} → {r.canonical}" for r in rows)), markup=False
    )
    _rebuild(db, given)


# ---------------------------------------------------------------------------------------------------------
# claims, trace


def _show_claims(console: Console, found: list[ClaimView]) -> None:
    for claim in found:
        head = Text(f"claim {claim.id}", style="bold")
        head.append(printable(f"  {claim.actor or '(unnamed)'}"), style="cyan")
        head.append(
            f"  {claim.articles} articles, {claim.first_seen or '?'} – {claim.last_seen or '?'}"
            f"  [{claim.method}]",
            style="dim",
        )
        if claim.dropped_hedge:
            head.append("  HEDGE DROPPED", style="bold red")
        console.print(head)
        for step in claim.steps:
            where = " · ".join(filter(None, (step.article.published, step.article.outlet, step.article.name)))
            line = Text(f"  {step.position + 1}. {printable(where)}\n     ", style="dim")
            authority = _AUTHORITY_SHOWN.get(step.authority, step.authority)
            if step.reported_by:
                authority += f": {printable(_one_line(step.reported_by, 60))}"
            line.append(f"[{authority}] ", style="bold yellow" if step.authority != "on_record" else "bold")
            line.append(printable(_one_line(step.source)) or "(no source)", style="cyan")
            line.append(f" {printable(_one_line(step.cue, 40))} ", style="magenta")
            line.append(printable(_one_line(step.content, 200)), style="green")
            if step.credits:
                line.append(f"\n     credits: {printable(', '.join(step.credits))}", style="dim")
            if step.credits_earlier:
                line.append(
                    f" (an earlier step's: {printable(', '.join(step.credits_earlier))})", style="dim"
                )
            if step.drops_hedge:
                line.append(
                    "\n     ⚠ states as the actor's own words what an earlier report rested on hearsay",
                    style="bold red",
                )
            console.print(line)


@app.command()
def claims(
    db: DbOption = None,
    actor_name: Annotated[str | None, typer.Option("--actor", help="Only this actor's claims.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only claims first seen on or after this ISO date.")
    ] = None,
    dropped_hedge: Annotated[
        bool,
        typer.Option(
            "--dropped-hedge",
            help="Only claims a retelling stated without the hedge of an earlier report.",
        ),
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=1_000_000, help="Show at most this many claims.")] = 30,
    output: FormatOption = OutputFormat.table,
    aliases: AliasesOption = None,
) -> None:
    """Statements reported in several articles, the most widely reported first, each step with its
    authority."""
    with _registry_store(db, aliases) as store, store.session() as session:
        if actor_name is not None and resolve_actor(session, actor_name).actor is None:
            _errors().print(
                printable(
                    f"error: {actor_name!r} is no single actor: see `sourcetrace actor {actor_name!r}`"
                ),
                markup=False,
            )
            raise typer.Exit(1)
        found = list_claims(session, actor_name, since, limit, dropped_hedge)
    if output is OutputFormat.json:
        _json_document(found)
        return
    console = Console(highlight=False)
    if not found:
        console.print("no claim reported in more than one article", markup=False)
        return
    _show_claims(console, found)


@app.command()
def trace(
    claim_or_text: Annotated[str, typer.Argument(help="A claim's id, or words of what was said.")],
    db: DbOption = None,
    output: FormatOption = OutputFormat.table,
    aliases: AliasesOption = None,
) -> None:
    """Follow a claim from its first appearance through each retelling: outlets, credits, authority, and
    where a retelling dropped the hedge."""
    with _registry_store(db, aliases) as store, store.session() as session:
        found = trace_claims(session, claim_or_text)
    if output is OutputFormat.json:
        _json_document(found)
        return
    console = Console(highlight=False)
    if not found:
        console.print(
            printable(f"no claim reported in more than one article matches {claim_or_text!r}"), markup=False
        )
        return
    _show_claims(console, found)


# ---------------------------------------------------------------------------------------------------------
# copies


@app.command()
def copies(db: DbOption = None, output: FormatOption = OutputFormat.table) -> None:
    """Near-duplicate and syndicated articles, grouped, the origin (first published) marked."""
    with _store(db) as store, store.session() as session:
        found = copy_clusters(session)
    if output is OutputFormat.json:
        _json_document(found)
        return
    console = Console(highlight=False)
    if not found:
        console.print("no copies in the corpus", markup=False)
        return
    for cluster in found:
        origin = cluster.origin
        head = Text(f"{len(cluster.copies) + 1} articles [{cluster.method}]  origin: ", style="bold")
        head.append(
            printable(" · ".join(filter(None, (origin.published, origin.outlet, origin.name)))), style="cyan"
        )
        console.print(head)
        for ref in cluster.copies:
            console.print(
                Text(
                    printable("  " + " · ".join(filter(None, (ref.published, ref.outlet, ref.name)))),
                    style="dim",
                )
            )

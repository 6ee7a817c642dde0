"""Web benchmark: the median time to render an article page and a search page on a store of 1,000 articles.

The store is built by writing records, not by extracting 1,000 texts: the bundled sample
(`src/sourcetrace/data/sample`, 23 articles) is extracted once, and its articles are stored 1,000 times
over (`store.ingest` with the extraction handed back, copy detection off), each copy under its own name,
one of 8 outlets and a date spread over 2019–2024, its text made unique by a numbered last line; so the
store holds 1,000 articles and their attributions (about 11,700) as `sourcetrace ingest` writes them.

Each page is requested through FastAPI's TestClient (in process: routing, the query layer, Jinja2
rendering, no network) `--repeat` times after one warm-up, in turn with its baseline, the query layer's
call alone in the same run (`browse.stored_article`, `browse.search_page`), so that the ratio says what
the web layer adds. Times on a shared machine vary; nothing is asserted.

    .venv/bin/python benchmarks/web.py [--articles 1000] [--repeat 30] [--db PATH|postgresql://...]
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from sourcetrace.pipeline import extract_articles
from sourcetrace.readers import read_paths
from sourcetrace.store import Store, browse, open_store
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article
from sourcetrace.web import WebOptions, create_app

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "sourcetrace" / "data" / "sample"
OUTLETS = [f"Outlet {letter}" for letter in "ABCDEFGH"]
QUERIES = ["government", "ceasefire", '"would not"', "police said"]


def _variants(articles: list[Article], count: int) -> Iterator[Article]:
    """`count` copies of the extracted articles, each with its own name, outlet, date and text."""
    rng = random.Random(7)
    for number in range(count):
        base = articles[number % len(articles)]
        suffix = f"\n\n(Copy {number} of the sample for the web benchmark.)"
        month = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield replace(base, text=base.text + suffix, name=f"bench-{number:05d}-{base.name}",
                      outlet=OUTLETS[number % len(OUTLETS)], published=month, url=None)


def build(store: Store, count: int) -> float:
    """Fill the store; returns the seconds it took."""
    read = [item for item in read_paths([SAMPLE]) if isinstance(item, Article)]
    extracted = {a.name: a for a in extract_articles(read)}
    variants = list(_variants([extracted[a.name] for a in read], count))
    by_name = {a.name: a for a in variants}

    def replay(batch: Iterable[Article]) -> Iterator[Article]:
        return (by_name[a.name] for a in batch)

    start = time.perf_counter()
    report = ingest(store, variants, extract=replay, copies=False)
    assert report.new == count, report
    return time.perf_counter() - start


def median_ms(calls: tuple[Callable[[], Any], Callable[[], Any]], repeat: int) -> tuple[float, float]:
    """The median milliseconds of each of two calls, timed in turn (so that load on a shared machine falls
    on both alike), after one warm-up each."""
    times: tuple[list[float], list[float]] = ([], [])
    for call in calls:
        call()
    for _ in range(repeat):
        for call, found in zip(calls, times, strict=True):
            start = time.perf_counter()
            call()
            found.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--db", help="a database to fill (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(args.db or Path(folder) / "bench.db")
        seconds = build(store, args.articles)
        with store.session() as session:
            ids = [ref.id for ref in browse.article_list(session, per_page=args.articles).articles]
            attributions = browse.overview(session).attributions
        print(f"store: {store.dialect}, {len(ids)} articles written in {seconds:.1f} s "
              f"({attributions} counted attributions)")
        client = TestClient(create_app(WebOptions(store=store)))
        rng = random.Random(1)
        picks = [rng.choice(ids) for _ in range(args.repeat + 1)]
        queue = itertools.cycle(picks)

        def page(path: str) -> Callable[[], Any]:
            def get() -> Any:
                response = client.get(path.format(next(queue)))
                assert response.status_code == 200, response.status_code
                return response
            return get

        def query_article() -> Any:
            with store.session() as session:
                return browse.stored_article(session, next(queue))

        rows = [("article page  GET /articles/{id}", page("/articles/{}"), query_article)]
        for query in QUERIES:
            def query_search(q: str = query) -> Any:
                with store.session() as session:
                    return browse.search_page(session, q)
            rows.append((f"search page   GET /search?q={query}", page(f"/search?q={query}"), query_search))
        rows.append(("search page   GET /search (all, with facets)", page("/search"),
                     lambda: _session_call(store, lambda s: browse.search_page(s, ""))))
        print(f"{'':48} {'median ms':>10} {'query alone':>12} {'ratio':>6}")
        for label, web, query in rows:
            shown, alone = median_ms((web, query), args.repeat)
            print(f"{label:48} {shown:10.1f} {alone:12.1f} {shown / alone:6.2f}")
        store.close()


def _session_call(store: Store, call: Callable[[Any], Any]) -> Any:
    with store.session() as session:
        return call(session)


if __name__ == "__main__":
    main()

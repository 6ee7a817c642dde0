"""Query benchmark: peak memory of `sourcetrace actor`, `search` and `outlets` on 15,000 stored articles.

The corpus is PolNeAR (train and dev) and the Wikinews corpus, each article extracted once by the real
pipeline and then stored again as marked copies until there are `--articles` of them: a copy's text ends
with "[copy K]" (so its hash differs; spans still index it), its name, origin and URL carry "#copyK", and
its attributions are the original's. Copies are written straight into the store with `save_article`, 50
per transaction and without copy detection (running extraction 15,000 times would take hours and measure
nothing more: the questions read stored rows). The store is kept at `--db` and reused when it exists.

Each question then runs as its own `sourcetrace` process with its output thrown away, and its peak RSS
(ru_maxrss) is printed beside that of a baseline in the same run: `sourcetrace outlets --json`, which
aggregates in the database. The target is under 1 GB for every question. `--before` adds the actor
question as it was read before results were streamed (`actor a` took 5.1 GB on a corpus of 15,000).

    .venv/bin/python benchmarks/query_memory.py [--db /tmp/queries-15k.db] [--articles 15000] [--limit 60]
                                                [--before]
"""

from __future__ import annotations

import argparse
import dataclasses
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from sourcetrace.nlp import load_model
from sourcetrace.pipeline import extract_articles
from sourcetrace.readers import read_paths
from sourcetrace.store import open_store, rebuild
from sourcetrace.store.write import save_article
from sourcetrace.types import Article

_SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
_SOURCES = [
    _SHARED / "eval" / "polnear" / "train" / "text",
    _SHARED / "eval" / "polnear" / "dev" / "text",
    _SHARED / "corpora" / "wikinews" / "corpus.jsonl",
]
_QUESTIONS = [
    ["outlets", "--json"],  # the baseline: aggregated in the database
    ["actor", "a", "--json"],  # every attribution whose source holds an "a": nearly all of them
    ["actor", "a"],
    ["actor", "Trump", "--json"],
    ["search", "trump OR clinton", "--limit", "100000", "--json"],
]


def _copies(article: Article, count: int) -> Iterator[Article]:
    """The article, then marked copies of it."""
    yield article
    for k in range(1, count):
        mark = f"#copy{k}"
        yield dataclasses.replace(
            article, text=f"{article.text}\n[copy {k}]\n", name=article.name + mark,
            origin=(article.origin or article.name) + mark, url=article.url + mark if article.url else None,
        )


def build(db: Path, wanted: int, limit: int | None) -> None:
    """Extract the sources once and store them with marked copies until there are `wanted` articles."""
    articles = [article for source in _SOURCES
                for article in [item for item in read_paths([source]) if isinstance(item, Article)][:limit]]
    load_model()
    started = time.perf_counter()
    extracted = list(extract_articles(articles))
    print(f"extracted  {len(extracted)} articles in {time.perf_counter() - started:.0f} s")
    per_article = -(-wanted // len(extracted))
    stored = 0
    started = time.perf_counter()
    with open_store(db) as store:
        batch: list[Article] = []
        for copy in (c for article in extracted for c in _copies(article, per_article)):
            if stored + len(batch) >= wanted:
                break
            batch.append(copy)
            if len(batch) == 50:
                stored += _store_batch(store, batch)
                batch = []
        stored += _store_batch(store, batch)
        with store.session() as session:
            print(f"stored     {rebuild.counts(session)} in {time.perf_counter() - started:.0f} s")


def _store_batch(store: object, batch: list[Article]) -> int:
    with store.writing() as session:  # type: ignore[attr-defined]
        for article in batch:
            save_article(session, article)
    return len(batch)


def peak_rss(args: list[str], db: Path) -> tuple[float, float, int]:
    """Peak RSS (MB), seconds and output lines of one `sourcetrace` command run as its own process."""
    probe = (
        "import resource, subprocess, sys, time; started = time.perf_counter(); "
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL); "
        "lines = done.stdout.count(b'\\n'); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - started, "
        "lines, done.returncode)"
    )
    if args[0] == "before:":
        command = [sys.executable, "-c", _BEFORE, str(db), args[1]]
    else:
        command = [sys.executable, "-c", "from sourcetrace.cli import main; main()", *args, "--db", str(db)]
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    kilobytes, seconds, lines, code = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(args)} exited {code}")
    return int(kilobytes) / 1024, float(seconds), int(lines)


#: `--before`: the actor question as it was read before results were streamed (whole ORM rows, the article
#: text with each, all held in memory), for a before/after in the same run.
_BEFORE = """
import sys
from sqlalchemy import or_, select
from sqlalchemy.orm import aliased
from sourcetrace.store import models, open_store
from sourcetrace.store.queries import _contains_longest, _counted, _words
with open_store(sys.argv[1], create=False) as store, store.session() as session:
    words, parent = _words(sys.argv[2]), aliased(models.Attribution)
    rows = session.execute(
        select(models.Attribution, models.Article, models.Outlet.name, models.Actor.name, parent)
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .outerjoin(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .outerjoin(parent, models.Attribution.parent_id == parent.id)
        .where(or_(_contains_longest(models.Attribution.source_text, words),
                   _contains_longest(models.Attribution.on_behalf_of, words)), _counted(None))
    ).all()
    print(len(rows))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/sourcetrace-queries-15k.db"))
    parser.add_argument("--articles", type=int, default=15_000)
    parser.add_argument("--limit", type=int, default=None,
                        help="extract only the first N articles of each source (train, dev, Wikinews)")
    parser.add_argument("--before", action="store_true",
                        help="also run the actor question as it was read before streaming (takes GBs)")
    options = parser.parse_args()
    if not options.db.exists():
        build(options.db, options.articles, options.limit)
    print(f"corpus     {options.db} ({options.db.stat().st_size / 1e6:.0f} MB)")
    baseline = None
    questions: list[list[str]] = [*_QUESTIONS, ["before:", "a"]] if options.before else _QUESTIONS
    for args in questions:
        megabytes, seconds, lines = peak_rss(args, options.db)
        baseline = baseline or megabytes
        shown = " ".join(a if len(a) < 30 else a[:27] + "..." for a in args)
        print(f"{shown:<45} peak RSS {megabytes:7.0f} MB ({megabytes / baseline:4.2f}x baseline)  "
              f"{seconds:6.1f} s  {lines} lines")


if __name__ == "__main__":
    main()

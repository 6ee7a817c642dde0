"""Ingest benchmark: what storing costs next to extraction, on PolNeAR train (840 articles).

In one run, on the same texts, with the spaCy model loaded beforehand (its load is timed in neither):

1. `extract_articles` alone over every article (what `sourcetrace extract` does);
2. `sourcetrace.store.ingest.ingest` into a fresh SQLite database (read → extract → store each article in
   its own transaction, with credits and copy detection), the same work `sourcetrace ingest` does;
3. storage alone: the articles extracted in step 1 stored again into another fresh database (diagnostic);
4. the corpus-wide actor registry and claims rebuilt from the stored mentions on the database of step 2
   (`sourcetrace.store.claims.rebuild_corpus`, which step 2 ran once at its end as well).

It prints articles/s for each, the registry and claims' share of extraction time (`registry R`, the target
is ≤ 0.10) and, last, `ratio R` where R = ingest time / extraction time − 1: the share storing adds to
extraction, registry and claims included (the target is ≤ 0.10). Times on a shared machine vary; nothing is
asserted.

    .venv/bin/python benchmarks/ingest.py [--texts ../shared/eval/polnear/train/text] [--limit N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from sourcetrace.nlp import load_model
from sourcetrace.pipeline import extract_articles
from sourcetrace.readers import read_paths
from sourcetrace.store import open_store
from sourcetrace.store.claims import rebuild_corpus
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article

_DEFAULT_TEXTS = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "polnear" / "train" / "text"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.2f} articles/s  ({seconds:7.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=_DEFAULT_TEXTS, help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (development)")
    options = parser.parse_args()

    articles = [item for item in read_paths([options.texts]) if isinstance(item, Article)][: options.limit]
    count = len(articles)
    load_model()
    print(f"articles   {count} from {options.texts.resolve()}")

    started = time.perf_counter()
    extracted = list(extract_articles(articles))
    extraction = time.perf_counter() - started
    print(f"extract    {_rate(count, extraction)}")

    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "ingest.db") as store:
            started = time.perf_counter()
            report = ingest(store, articles, extract=extract_articles)
            ingesting = time.perf_counter() - started
        assert report.new == count - report.unchanged, report.failed
        print(f"ingest     {_rate(count, ingesting)}  new {report.new}, unchanged {report.unchanged}, "
              f"failed {len(report.failed)}")
        with open_store(Path(folder) / "ingest.db") as store, store.session() as session:
            started = time.perf_counter()
            rebuilt = rebuild_corpus(session)
            registry = time.perf_counter() - started
        print(f"registry   {registry:8.2f} s  ({rebuilt.actors} actors, {rebuilt.mentions} mentions, "
              f"{rebuilt.claims} claims)  registry {registry / extraction:.3f}")

        by_text = {article.text: article for article in extracted}

        def replay(items: Iterable[Article]) -> Iterator[Article]:
            return (by_text[item.text] for item in items)

        with open_store(Path(folder) / "store-only.db") as store:
            started = time.perf_counter()
            ingest(store, articles, extract=replay)
            storing = time.perf_counter() - started
        print(f"store only {_rate(count, storing)}  ({storing / extraction:.1%} of extraction)")
    print(f"ratio {ingesting / extraction - 1:.3f}")


if __name__ == "__main__":
    main()

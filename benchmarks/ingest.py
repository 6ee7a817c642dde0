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

`--memory MB` measures memory instead: a JSONL of MB megabytes (the Wikinews corpus,
`../shared/corpora/wikinews/untitled.jsonl`, repeated with marked copies: each copy's texts end with a line
`[copy K]`, so every line is a new article) is ingested by `sourcetrace ingest` in a child process, whose
resident memory is printed every `--every` seconds (seconds, MB, articles stored) and whose peak (the kernel's
`ru_maxrss`) is the last line, `peak_rss_mb P` (the target is < 1024). The spaCy model is loaded either way;
`--extractor none` stores the articles unextracted (reading, storing, copy detection: the whole file in
minutes), `--extractor spacy` extracts for real (about 6 articles/s on this shared machine: time a prefix
with `--lines N`).

    .venv/bin/python benchmarks/ingest.py [--texts ../shared/eval/polnear/train/text] [--limit N]
    .venv/bin/python benchmarks/ingest.py --memory 160 [--extractor none|spacy] [--lines N] [--every 10]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
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
_WIKINEWS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "wikinews" / "untitled.jsonl"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.2f} articles/s  ({seconds:7.2f} s)"


def write_corpus(path: Path, megabytes: float, lines: int | None, source: Path = _WIKINEWS) -> int:
    """Write `megabytes` of JSONL (at most `lines` lines): `source` repeated, each copy's texts marked at
    their end (so extraction offsets are those of the original); returns the number of lines."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    written, size, copy = 0, 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1e6 and (lines is None or written < lines):
            for number, record in enumerate(records, start=1):
                marked = dict(record, text=f"{record['text']}\n[copy {copy}]\n", name=f"copy{copy}:{number}")
                line = json.dumps(marked, ensure_ascii=False) + "\n"
                out.write(line)
                written, size = written + 1, size + len(line.encode("utf-8"))
                if size >= megabytes * 1e6 or (lines is not None and written >= lines):
                    break
            copy += 1
    return written


def _unextracted(articles: Iterable[Article], **_options: object) -> Iterator[Article]:
    return iter(articles)


def child_ingest(corpus: str, database: str, extractor: str) -> None:
    """In the child process: `sourcetrace ingest corpus --db database`, the model loaded either way."""
    import sourcetrace.cli.corpus
    from sourcetrace.cli import app

    load_model()
    if extractor == "none":
        sourcetrace.cli.corpus.extract_articles = _unextracted  # type: ignore[assignment]
    app(["ingest", corpus, "--db", database], standalone_mode=False)


def _stored(database: Path) -> int | str:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as connection:
            return int(connection.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:
        return "?"


def measure_memory(megabytes: float, lines: int | None, extractor: str, every: float) -> None:
    """Ingest a generated JSONL in a child process; print its RSS curve and peak."""
    with tempfile.TemporaryDirectory() as folder:
        corpus, database = Path(folder) / "corpus.jsonl", Path(folder) / "memory.db"
        count = write_corpus(corpus, megabytes, lines)
        print(f"corpus     {corpus.stat().st_size / 1e6:.1f} MB, {count} articles; extractor {extractor}")
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, __file__, "--child", str(corpus), str(database), extractor],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        status = Path(f"/proc/{child.pid}/status")
        print("seconds  rss_mb  stored")
        while child.poll() is None:
            time.sleep(every)
            try:
                rss = next(line for line in status.read_text().splitlines() if line.startswith("VmRSS"))
            except (OSError, StopIteration):
                break
            seconds, megabytes_now = time.perf_counter() - started, int(rss.split()[1]) / 1024
            print(f"{seconds:7.0f}  {megabytes_now:6.0f}  {_stored(database)}", flush=True)
        _, errors = child.communicate()
        elapsed = time.perf_counter() - started
        summary = [line for line in errors.splitlines() if line.strip()][-8:]
        print(f"exit {child.returncode} after {elapsed:.0f} s; stored {_stored(database)}; "
              f"{count / elapsed:.1f} articles/s")
        print("\n".join(summary))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak_rss_mb {peak:.0f}")


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child_ingest(*sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=_DEFAULT_TEXTS, help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (development)")
    parser.add_argument("--memory", type=float, default=None, metavar="MB",
                        help="measure the peak RSS of ingesting a JSONL of this many megabytes instead")
    parser.add_argument("--lines", type=int, default=None, help="with --memory: at most this many articles")
    parser.add_argument("--extractor", choices=("none", "spacy"), default="none", help="with --memory")
    parser.add_argument("--every", type=float, default=10.0, help="with --memory: seconds between samples")
    options = parser.parse_args()
    if options.memory is not None:
        os.environ.setdefault("PYTHONUNBUFFERED", "1")
        measure_memory(options.memory, options.lines, options.extractor, options.every)
        return

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

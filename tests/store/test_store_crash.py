"""Crash safety: an ingest killed with SIGKILL at random points, five times, then resumed, leaves exactly
the database an uninterrupted run does.

The ingest runs in a forked child process (the library's `ingest`, with the synthetic extractor so that each
start costs milliseconds, not a spaCy load); the parent reads its progress and kills it after a random
number of settled articles plus a random few milliseconds, so kills land between and inside transactions.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from store_synthetic import synthetic_extract

import sourcetrace.provenance.copies  # noqa: F401  (imported once here, not in every forked child)
from sourcetrace.store import open_store
from sourcetrace.store.dump import canonical_dump
from sourcetrace.store.ingest import ingest
from sourcetrace.types import Article

_SENTENCES = (
    "Russian sources say Putin said the offensive number {i} would go on.",
    "Kremlin spokesman Dmitry Peskov said talks on item {i} were possible.",
    "Volodymyr Zelensky said Ukraine would hold line {i}.",
    "Senior officials said the front near village {i} held.",
    "Some sources told Reuters the grain deal {i} was dead.",
    "Analyst Number{i} said nobody knew.",
)


def _articles(count: int = 20, sentences: int = 24) -> list[Article]:
    """A corpus with shared actors and outlets, an exact duplicate and an article that changes mid-run."""
    articles = []
    for n in range(count):
        text = " ".join(_SENTENCES[(n + s) % len(_SENTENCES)].format(i=n * 100 + s) for s in range(sentences))
        articles.append(Article(text=text + "\n", name=f"story-{n:02d}.txt", outlet=f"Outlet {n % 4}",
                                published=f"2024-05-{1 + n % 28:02d}"))
    articles.insert(10, articles[3])  # the same text again: unchanged
    changed = articles[5].text.replace("Ukraine", "Kyiv")
    articles.append(Article(text=changed, name=articles[5].name))  # the same article, updated
    return articles


ARTICLES = _articles()


#: Seconds each article takes in a child: without it a child ingests an article in about a millisecond, and on
#: a loaded machine the parent, scheduled late, found it had finished the last articles before the kill.
_PACE = 0.005


def _paced_extract(articles: Iterable[Article]) -> Iterator[Article]:
    for article in synthetic_extract(articles):
        time.sleep(_PACE)
        yield article


def _run_child(database: str) -> tuple[int, int]:
    """Fork a child that ingests ARTICLES and reports each settled item on a pipe: (pid, read end)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "w", buffering=1) as progress, open_store(database) as store:
                ingest(store, ARTICLES, extract=_paced_extract,
                       progress=lambda status, location, _reason: progress.write(f"{status} {location}\n"))
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _kill_after(pid: int, read_end: int, settled: int, delay: float) -> bool:
    """Let the child settle `settled` items and run `delay` seconds more, then SIGKILL it. True when it was
    killed (not finished already)."""
    with os.fdopen(read_end) as progress:
        for count, _line in enumerate(progress, start=1):
            if count >= settled:
                break
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def test_killed_five_times_and_resumed_equals_an_uninterrupted_run(database_url: str, tmp_path: Path) -> None:
    seed = int(os.environ.get("SOURCETRACE_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    points = sorted(rng.sample(range(1, len(ARTICLES) - 4), 5))
    killed = []
    for settled in points:
        pid, read_end = _run_child(database_url)
        killed.append(_kill_after(pid, read_end, settled, rng.uniform(0, 0.004)))
    assert all(killed), f"seed {seed}: a child finished before it was killed at {points}"

    pid, read_end = _run_child(database_url)  # resume to the end
    with os.fdopen(read_end) as progress:
        statuses = [line.split()[0] for line in progress]
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"seed {seed}: the resumed run failed"
    assert "failed" not in statuses

    with open_store(tmp_path / "uninterrupted.db") as reference:
        report = ingest(reference, ARTICLES, extract=synthetic_extract)
        assert (report.new, report.unchanged, report.updated, report.failed) == (len(ARTICLES) - 2, 1, 1, [])
        with reference.session() as session:
            expected = canonical_dump(session)
    with open_store(database_url) as resumed, resumed.session() as session:
        actual = canonical_dump(session)
    assert len(actual["articles"]) == len(ARTICLES) - 2
    for table in expected:
        differences = _differences(actual[table], expected[table])
        assert not differences, f"seed {seed}, kill points {points}: {table} differ:\n{differences}"


def _differences(actual: list[tuple[object, ...]], expected: list[tuple[object, ...]]) -> str:
    """The rows that differ, each with the positions and values of the fields that differ (a row holds an
    article's whole text: pytest's own diff is cut before the field that matters)."""
    lines = []
    for got, wanted in zip(actual, expected, strict=False):
        if got != wanted:
            fields = [(i, g, w) for i, (g, w) in enumerate(zip(got, wanted, strict=False)) if g != w]
            shown = "; ".join(f"field {i}: {g!r:.200} != {w!r:.200}" for i, g, w in fields)
            lines.append(f"row {wanted[:2]!r}: {shown}")
    if len(actual) != len(expected):
        lines.append(f"{len(actual)} rows != {len(expected)}")
    return "\n".join(lines[:10])

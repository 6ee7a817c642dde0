"""Long run: N articles (default 100,000) through `sourcetrace extract --workers 2 --out`, with the memory of
every process sampled over time and the time per 10,000 articles.

The corpus is ../shared/corpora/wikinews/untitled.jsonl plus PolNeAR train (2,826 articles, about 1.25M
words) repeated, each copy's text marked at its end ("(copy 7)") so that no two texts are the same, written as
JSONL files of 1,000 articles each. The command runs as a child process; every `--every` seconds this script
records, per process of the child's tree (the driver, the scheduler's nanny, each worker), its resident set
size, and how many articles the finished shards hold. Samples go to WORK/samples.csv as they are taken, so a
run stopped early (Ctrl-C, the end of a session) still leaves its curve; the summary printed at the end (or on
Ctrl-C, or with `--summary`) gives the time of each 10,000 articles and each process's RSS over the run.
The run resumes: started again with the same `--work` folder, it skips the shards already written.

    .venv/bin/python benchmarks/long_run.py [--articles 100000] [--work /tmp/long-run] [--every 30]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

_SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
_WIKINEWS = _SHARED / "corpora" / "wikinews" / "untitled.jsonl"
_POLNEAR = _SHARED / "eval" / "polnear" / "train" / "text"
_PER_FILE = 1000


def base_corpus() -> list[dict[str, object]]:
    """The Wikinews articles and PolNeAR train, as JSONL records with a name each."""
    records: list[dict[str, object]] = []
    with _WIKINEWS.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            record = json.loads(line)
            record["name"] = f"wikinews-{n:04d}"
            records.append(record)
    for path in sorted(_POLNEAR.glob("*.txt")):
        records.append({"name": path.stem, "text": path.read_text(encoding="utf-8"), "outlet": None})
    return records


def marked(records: list[dict[str, object]], count: int) -> Iterator[dict[str, object]]:
    """`count` records: the corpus repeated, each copy's text and name marked with its copy number."""
    for n in range(count):
        copy, record = divmod(n, len(records))
        item = dict(records[record])
        item["text"] = f"{item['text']}\n\n(copy {copy})"
        item["name"] = f"{item['name']}-copy{copy}"
        yield item


def write_corpus(folder: Path, count: int) -> None:
    if (folder / "done").exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    items = list(marked(base_corpus(), count))
    for start in range(0, count, _PER_FILE):
        with (folder / f"corpus-{start // _PER_FILE:04d}.jsonl").open("w", encoding="utf-8") as out:
            for item in items[start:start + _PER_FILE]:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    (folder / "done").write_text("")


def articles_done(out: Path) -> int:
    total = 0
    for path in out.glob("part-*.done.json"):
        try:
            total += json.loads(path.read_text(encoding="utf-8"))["articles"]
        except (OSError, ValueError):
            continue  # being moved into place
    return total


def tree(root: psutil.Process) -> dict[str, int]:
    """RSS in MiB by role of every process in the child's tree."""
    found: dict[str, int] = {}
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return found
    for process in processes:
        try:
            line = " ".join(process.cmdline())
            rss = process.memory_info().rss // 2**20
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        role = "driver" if process.pid == root.pid else _role(line)
        name = f"{role}-{process.pid}"
        found[name] = rss
    return found


def _role(cmdline: str) -> str:
    if "multiprocessing.spawn" in cmdline or "spawn_main" in cmdline:
        return "worker"
    if "resource_tracker" in cmdline:
        return "tracker"
    return "other"


def summary(log: Path, articles: int) -> None:
    rows = list(csv.DictReader(log.open(encoding="utf-8")))
    if not rows:
        print("no samples")
        return
    start = float(rows[0]["time"])
    print(f"samples {len(rows)} over {float(rows[-1]['time']) - start:.0f} s (wall clock, pauses included); "
          f"articles done {rows[-1]['articles']} of {articles}")
    mark, last_time = 10_000, 0.0
    for row in rows:
        if int(row["articles"]) >= mark:
            elapsed = float(row["time"]) - start
            print(f"  {mark:>7} articles at {elapsed:7.0f} s  (+{elapsed - last_time:5.0f} s for 10,000)")
            mark, last_time = mark + 10_000, elapsed
    processes = json.loads(rows[0]["rss_mib"]).keys() | json.loads(rows[-1]["rss_mib"]).keys()
    for name in sorted(processes):
        curve = [json.loads(row["rss_mib"]).get(name) for row in rows]
        seen = [value for value in curve if value is not None]
        if seen:
            middle = seen[len(seen) // 2]
            print(f"  {name:>22}: RSS MiB first {seen[0]}, middle {middle}, last {seen[-1]}, max {max(seen)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/long-run"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=float, default=30.0, help="seconds between samples")
    parser.add_argument("--summary", action="store_true", help="only print the summary of the log")
    options = parser.parse_args()
    corpus, out, log = options.work / "corpus", options.work / "out", options.work / "samples.csv"
    if options.summary:
        summary(log, options.articles)
        return
    write_corpus(corpus, options.articles)
    command = [str(Path(sys.executable).parent / "sourcetrace"), "extract", str(corpus), "--workers",
               str(options.workers), "--out", str(out)]
    first = not log.exists()
    messages = (options.work / "extract.log").open("a")
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=messages, start_new_session=True)
    root = psutil.Process(child.pid)
    with log.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        if first:
            writer.writerow(["time", "articles", "load1", "rss_mib"])
        try:
            while child.poll() is None:
                writer.writerow([f"{time.time():.1f}", articles_done(out),
                                 f"{os.getloadavg()[0]:.2f}", json.dumps(tree(root))])
                handle.flush()
                time.sleep(options.every)
        except KeyboardInterrupt:
            os.killpg(child.pid, signal.SIGTERM)
            child.wait()
    summary(log, options.articles)


if __name__ == "__main__":
    main()

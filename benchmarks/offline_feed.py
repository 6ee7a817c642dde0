"""Offline feed benchmark: what a feed whose pages cannot be reached costs to read.

A 122-entry RSS feed (written to a temporary folder) whose entries point at pages that cannot be fetched,
read with `read_paths` and the default `ReadOptions` (nothing is extracted; reading is what is timed):

- `offline`: entries spread over 12 news hosts whose names do not resolve (`*.invalid`, as every name does
  on a machine without a network), each with a one-line summary: the run the issue measured at 411 s;
- `refused`: the same entries on one host that refuses connections (127.0.0.1, a closed port; private hosts
  are allowed for it);
- `fallback`: the `offline` hosts, each entry with a summary long enough to be read instead of its page;
- `no-fetch`: the `fallback` feed with `fetch_pages=False`: no page is fetched.

It prints the seconds, seconds per entry, articles and problem lines of each, and last each case's time as a
ratio to `no-fetch` (the baseline: parsing the feed with no network at all). Run it on another tree
(`PYTHONPATH=/other/src`) for a before/after; the `no-fetch` case is skipped where `fetch_pages` does not
exist. Nothing is asserted.

    .venv/bin/python benchmarks/offline_feed.py [--entries 122] [--hosts 12] [--only offline]
"""

from __future__ import annotations

import argparse
import dataclasses
import socket
import tempfile
import time
from pathlib import Path

from sourcetrace.readers import ReadOptions, ReadProblem, read_paths

SHORT = "The council approved the budget."
LONG = ("The council voted on Tuesday to approve the budget for next year, the mayor said in a statement "
        "after a long session in which several members argued for deeper cuts.")


def write_feed(folder: Path, links: list[str], name: str, summary: str = SHORT) -> Path:
    items = "".join(f"<item><title>Entry {n}</title><link>{link}</link><description>{summary}</description>"
                    "</item>" for n, link in enumerate(links, start=1))
    path = folder / f"{name}.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://x/'
                    f"</link><description>d</description>{items}</channel></rss>", encoding="utf-8")
    return path


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends: connections are refused


def options(**fields: object) -> ReadOptions | None:
    known = {field.name for field in dataclasses.fields(ReadOptions)}
    if not set(fields) <= known:
        return None
    return ReadOptions(**{name: value for name, value in fields.items()})  # type: ignore[arg-type]


def run(name: str, feed: Path, read_options: ReadOptions | None) -> float | None:
    if read_options is None:
        print(f"{name:9} skipped (this tree's ReadOptions lacks the option)")
        return None
    start = time.perf_counter()
    items = list(read_paths([feed], read_options))
    seconds = time.perf_counter() - start
    problems = [item for item in items if isinstance(item, ReadProblem)]
    entries = feed.read_text(encoding="utf-8").count("<item>")
    articles = len(items) - len(problems)
    fatal = sum(problem.fatal for problem in problems)
    print(f"{name:9} {seconds:8.2f} s  {seconds / entries:6.3f} s/entry  articles {articles:3}  "
          f"problem lines {len(problems):3} (fatal {fatal})", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=122)
    parser.add_argument("--hosts", type=int, default=12)
    parser.add_argument("--only", choices=["offline", "refused", "fallback", "no-fetch"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        hosts = [f"https://news{n % args.hosts}.invalid/2024/05/story-{n}" for n in range(args.entries)]
        port = closed_port()
        offline = write_feed(folder, hosts, "offline")
        refused = write_feed(folder, [f"http://127.0.0.1:{port}/story-{n}" for n in range(args.entries)],
                             "refused")
        fallback = write_feed(folder, hosts, "fallback", LONG)
        cases = {
            "offline": (offline, options()),
            "refused": (refused, options(allow_private_hosts=True) or options()),
            "fallback": (fallback, options()),
            "no-fetch": (fallback, options(fetch_pages=False)),
        }
        seconds = {name: run(name, feed, read_options) for name, (feed, read_options) in cases.items()
                   if args.only in (None, name)}
    baseline = seconds.get("no-fetch")
    if baseline:
        ratios = [f"{name} {value / baseline:.1f}" for name, value in seconds.items()
                  if value is not None and name != "no-fetch"]
        print("ratio to no-fetch: " + ", ".join(ratios))


if __name__ == "__main__":
    main()

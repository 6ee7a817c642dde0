"""The cost of bad input (issue 19, "Budgets"): seconds per case of the bad-input corpus, and the worst s/MB.

Every case of `tests/corpus/cases.py` is made at full size in a temporary folder (a 9 MB live-blog page, a
9.5 MB text on one line, a 1.5 MB "sentence" without a full stop, 9 MB of random bytes without a NUL, and the
small files), then read and extracted alone, as `sourcetrace extract` does it (`read_paths` →
`extract_articles`), in this process, with the model loaded once beforehand. Per case it prints the
problem lines, the wall and CPU seconds, the input's size and the seconds per MB, and the peak RSS of the
process so far (ru_maxrss: a high-water mark, so a case's own peak shows where it rises). The last line is the
worst s/MB over the full-size cases (those over 1 MB), by CPU time, as `worst R s/MB` (target ≤ 10: the
machine is shared, so wall time on a busy machine says less than CPU time). Nothing is asserted.

    .venv/bin/python benchmarks/bad_inputs.py [--only NAME ...] [--scale test]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus.cases import CASES, TEST_MAX_CHARS, make_cases
from sourcetrace.nlp import load_model
from sourcetrace.pipeline import extract, extract_articles
from sourcetrace.readers import ReadOptions, ReadProblem, read_paths
from sourcetrace.types import Article


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.is_file() else 0


def _run(path: Path, options: ReadOptions) -> tuple[list[str], int]:
    problems: list[str] = []

    def articles() -> list[Article]:
        found = []
        for item in read_paths([path], options):
            if isinstance(item, ReadProblem):
                problems.append(("error: " if item.fatal else "warning: ") + str(item))
            else:
                found.append(item)
        return found

    extracted = list(extract_articles(articles()))
    return problems, len(extracted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="Run only these cases (file names).")
    parser.add_argument("--scale", choices=("full", "test"), default="full",
                        help="full: the sizes of the issue; test: the tests' scaled-down sizes and budget.")
    args = parser.parse_args()
    full = args.scale == "full"
    options = ReadOptions() if full else ReadOptions(max_chars=TEST_MAX_CHARS)
    load_model()
    extract("The minister said the talks would go on.")  # warm up: the model, the lexicons, the caches
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        paths = make_cases(Path(folder), full=full)
        print(f"{'case':28s} {'MB':>6s} {'wall s':>7s} {'cpu s':>7s} {'cpu s/MB':>9s} {'peak RSS MB':>11s}")
        for case, path in zip(CASES, paths, strict=True):
            if args.only and case.name not in args.only:
                continue
            megabytes = _size(path) / 1e6
            wall, cpu = time.perf_counter(), time.process_time()
            problems, count = _run(path, options)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            per_mb = cpu / megabytes if megabytes else 0.0
            if case.full_size >= 1_000_000:
                worst = max(worst, per_mb)
            shown = case.name.encode("unicode_escape").decode()
            print(f"{shown[:28]:28s} {megabytes:6.2f} {wall:7.2f} {cpu:7.2f} {per_mb:9.2f} "
                  f"{_peak_rss_mb():11.0f}  ({count} extracted)", flush=True)
            for line in problems:
                print("    " + line.encode("unicode_escape").decode()[:160].replace(folder + "/", ""))
    print(f"worst {worst:.2f} s/MB")


if __name__ == "__main__":
    main()

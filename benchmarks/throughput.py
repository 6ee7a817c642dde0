"""Throughput benchmark (issue 2, "Speed"): extraction against a bare parse of the same texts, in one run.

On the PolNeAR dev texts (84 articles, 67,609 words), with the model of `sourcetrace.nlp.load_model()` loaded
once and shared by both:

- bare parse: `nlp.pipe` over the full texts, with the pipes `load_model()` leaves enabled (the same ones
  extraction runs), every Doc consumed;
- extraction: `sourcetrace.extract_many` over the same texts (candidate selection, parse, rules, resolution).
  It parses only the sentences that may hold an attribution, and runs the entity recogniser only around the
  words of them that may be an entity, five tokens either side (`sourcetrace.parse`).

Both are warmed up on all the texts first, extraction first (a first pass over new texts is slower for
whichever side runs it: spaCy adds their words to the vocabulary, and caches fill). Then they run five rounds.
In each round the two sides take turns on chunks of 12 articles, and the best round of each side counts. The
machine is shared: on this 2-core machine the same run varies by up to 25% from one minute to the next, and
whole runs taken in turn still gave ratios from 0.8 to 1.3 within one benchmark; turns of a few seconds let a
slow spell fall on both sides alike. Each round's own ratio and their median are printed too, as a check on
the best-of figure. Words are whitespace-separated tokens of the texts. It prints words/s for both, the peak
RSS of the process after extraction's warm-up (MB; extraction's own peak, as nothing else has run yet) and of
the whole run, and, as its last line, `ratio R` with R = extraction words/s ÷ bare parse words/s (target
≥ 1.0: extraction must not be slower than parsing everything). Nothing is asserted.

    .venv/bin/python benchmarks/throughput.py [--texts ../shared/eval/polnear/dev/text] [--rounds 5]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sourcetrace
from sourcetrace.nlp import load_model

_DEFAULT_TEXTS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear" / "dev" / "text"


#: Articles each side runs on before the other takes its turn.
_CHUNK = 12


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _timed_rounds(
    rounds: int, runs: list[tuple[str, Callable[[list[str]], int]]], chunks: list[list[str]]
) -> dict[str, list[float]]:
    """Each side's time per round. Within a round the sides take turns chunk by chunk, so that a slow spell of
    the machine, which lasts seconds, falls on both sides alike rather than on one side's whole run."""
    times: dict[str, list[float]] = {name: [] for name, _ in runs}
    for round_number in range(1, rounds + 1):
        spent = dict.fromkeys(times, 0.0)
        produced = dict.fromkeys(times, 0)
        for chunk in chunks:
            for name, run in runs:
                start = time.perf_counter()
                produced[name] += run(chunk)
                spent[name] += time.perf_counter() - start
        for name in times:
            times[name].append(spent[name])
            print(f"  round {round_number} {name:12s} {spent[name]:7.2f} s  ({produced[name]} items; "
                  f"peak RSS so far {_peak_rss_mb():.0f} MB)", flush=True)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=_DEFAULT_TEXTS, help="folder of .txt articles")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each side (best counts)")
    args = parser.parse_args()

    files = sorted(args.texts.glob("*.txt"))
    if not files:
        sys.exit(f"error: no .txt articles in {args.texts} (the PolNeAR dev split lives in ../shared/eval)")
    texts = [path.read_text(encoding="utf-8") for path in files]
    words = sum(len(text.split()) for text in texts)

    load_start = time.perf_counter()
    nlp = load_model()
    print(f"model: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}, "
          f"loaded in {time.perf_counter() - load_start:.1f} s")
    print(f"pipes enabled: {', '.join(nlp.pipe_names)}")
    print(f"texts: {len(texts)} articles, {words} words ({args.texts})")

    def bare_parse(batch: list[str]) -> int:
        return sum(1 for _ in nlp.pipe(batch))

    def extraction(batch: list[str]) -> int:
        return sum(len(article.attributions) for article in sourcetrace.extract_many(batch))

    extraction(texts)
    extraction_peak = _peak_rss_mb()  # nothing else has run yet: extraction's own peak
    print(f"peak RSS after extraction's warm-up: {extraction_peak:.0f} MB")
    bare_parse(texts)
    chunks = [texts[i : i + _CHUNK] for i in range(0, len(texts), _CHUNK)]
    times = _timed_rounds(args.rounds, [("extraction", extraction), ("bare parse", bare_parse)], chunks)
    best = {name: min(seconds) for name, seconds in times.items()}
    # each round's own ratio: the two sides ran back to back, so a slow spell of the machine hits both
    paired = [bare / extract for extract, bare in zip(times["extraction"], times["bare parse"], strict=True)]
    listed = " ".join(f"{ratio:.3f}" for ratio in paired)
    print(f"round ratios {listed}  (median {statistics.median(paired):.3f})")
    parse_rate = words / best["bare parse"]
    extract_rate = words / best["extraction"]
    print(f"bare parse   {parse_rate:9.0f} words/s  (best {best['bare parse']:.2f} s)")
    print(f"extraction   {extract_rate:9.0f} words/s  (best {best['extraction']:.2f} s)")
    print(f"peak RSS     {extraction_peak:9.0f} MB  (extraction)")
    print(f"peak RSS     {_peak_rss_mb():9.0f} MB  (whole run: model, both sides)")
    print(f"ratio {extract_rate / parse_rate:.3f}")


if __name__ == "__main__":
    main()

"""Measure the act decision on the Wikinews gold: does `act` draw the line the guidelines draw?

Usage:
    sourcetrace extract --format jsonl ../shared/eval/wikinews/texts > /tmp/act-wn.jsonl
    python tools/eval_act.py /tmp/act-wn.jsonl [--gold ../shared/eval/wikinews/gold] [--list]

The gold marks mental states `"required": false` (GUIDELINES.md, "Optional attributions"); everything else
it marks is required. Each gold attribution is matched to the prediction whose cue overlaps its cue most
(each prediction matched once, gold in text order). Over the matched pairs it prints:

- the table of gold required / optional against the predicted act;
- mental agreement: predictions with act `mental` whose gold is optional, and optional gold whose
  prediction is `mental`; counted agreement: the same for the counted acts (statement, document,
  no_comment) and required gold;
- documents: predictions with act `document` whose gold source type is document, and the reverse;
- what the default counting leaves out of the predictions that match no gold at all.

`--list` prints every matched pair where act and gold disagree. A measurement, not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path
from typing import Any

from sourcetrace.types import SOURCED_ACTS

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def overlap(a: dict[str, Any] | None, b: dict[str, Any] | None) -> int:
    if not a or not b:
        return 0
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def matched(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """(gold, prediction) pairs by cue overlap, each prediction used once, gold in text order."""
    free = list(predicted)
    pairs = []
    for g in sorted(gold, key=lambda a: a["cue"]["start"] if a.get("cue") else -1):
        best = max(free, key=lambda p: overlap(g.get("cue"), p["cue"]), default=None)
        if best is not None and overlap(g.get("cue"), best["cue"]) > 0:
            pairs.append((g, best))
            free.remove(best)
    return pairs


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else f"{part}/0"


def report(pairs: list[tuple[dict, dict]], spurious: list[dict], show: bool) -> None:
    table: collections.Counter[tuple[str, str]] = collections.Counter()
    for g, p in pairs:
        table["optional" if g.get("required") is False else "required", p["act"]] += 1
    acts = ["statement", "document", "no_comment", "mental"]
    print(f"matched by cue: {len(pairs)} gold attributions\n")
    print(f"{'gold':<10}" + "".join(f"{act:>12}" for act in acts))
    for row in ("required", "optional"):
        print(f"{row:<10}" + "".join(f"{table[row, act]:>12}" for act in acts))

    def count(gold_side: str, counted: bool) -> int:
        return sum(n for (side, act), n in table.items()
                   if side == gold_side and (act in SOURCED_ACTS) is counted)

    mental = sum(n for (_, act), n in table.items() if act == "mental")
    counted = sum(n for (_, act), n in table.items() if act in SOURCED_ACTS)
    optional = count("optional", True) + count("optional", False)
    required = count("required", True) + count("required", False)
    print("\nact mental and gold optional:")
    print(f"  of predicted mental  {share(count('optional', False), mental)}")
    print(f"  of gold optional     {share(count('optional', False), optional)}")
    print("act counted (statement, document, no_comment) and gold required:")
    print(f"  of predicted counted {share(count('required', True), counted)}")
    print(f"  of gold required     {share(count('required', True), required)}")
    documents = [(g, p) for g, p in pairs if p["act"] == "document"]
    gold_documents = [(g, p) for g, p in pairs if g.get("source_type") == "document"]
    print("act document and gold source type document:")
    typed = sum(g.get("source_type") == "document" for g, _ in documents)
    print(f"  of predicted document {share(typed, len(documents))}")
    acted = sum(p["act"] == "document" for _, p in gold_documents)
    print(f"  of gold document      {share(acted, len(gold_documents))}")
    by_act = dict(collections.Counter(p["act"] for p in spurious).most_common())
    print(f"\npredictions matching no gold attribution: {len(spurious)}, by act {by_act}")
    if show:
        print("\ndisagreements (gold required?, act | source | cue | content):")
        for g, p in pairs:
            optional_gold = g.get("required") is False
            if optional_gold != (p["act"] == "mental"):
                content = (p.get("content") or {}).get("text", "")[:60]
                source = (p.get("source") or {}).get("text")
                side = "optional" if optional_gold else "required"
                print(f"  {side} {p['act']} | {source} | {p['cue']['text']} | {content}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--gold", type=Path, default=EVAL / "wikinews" / "gold")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    predictions = {}
    for line in args.predictions.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            predictions[record["document"]] = record["attributions"]
    pairs: list[tuple[dict, dict]] = []
    spurious: list[dict] = []
    for path in sorted(args.gold.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        predicted = predictions.get(gold["document"], [])
        found = matched(gold["attributions"], predicted)
        pairs += found
        used = {id(p) for _, p in found}
        spurious += [p for p in predicted if id(p) not in used]
    report(pairs, spurious, args.list)


if __name__ == "__main__":
    main()

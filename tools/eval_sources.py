"""Score the source resolver alone, on the gold source spans of ../shared/eval/polnear-dev-sources.jsonl.

For every annotated article, one attribution is made per gold Source span (cue and content are dummies), the
sentences are parsed as the pipeline parses them (the candidate sentences, plus every sentence holding a gold
source), `sourcetrace.resolve.resolve_article` fills the source fields, and the predictions are written as
JSONL and scored with ../shared/eval/score_sources.py. This isolates resolution from extraction errors.

Usage: python tools/eval_sources.py [--gold GOLD.jsonl] [--out PRED.jsonl] [--errors]
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.prefilter import is_candidate_sentence
from sourcetrace.nlp import load_model
from sourcetrace.parse import parse_stretches, sentence_bounds
from sourcetrace.records import article_json
from sourcetrace.resolve import resolve_article
from sourcetrace.types import Article, Attribution, Span

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def stretches(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Candidate sentences (as the pipeline picks them) and gold-source sentences, merged per paragraph."""
    found: list[tuple[int, int]] = []
    for start, end in sentence_bounds(text):
        wanted = is_candidate_sentence(text[start:end]) or any(s < end and start < e for s, e in spans)
        if not wanted:
            continue
        if found and "\n" not in text[found[-1][1] : start]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=EVAL / "polnear-dev-sources.jsonl")
    parser.add_argument("--out", type=Path, default=Path("/tmp/sourcetrace-eval-sources.jsonl"))
    parser.add_argument("--errors", action="store_true", help="list every wrong type or actor")
    args = parser.parse_args()

    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_doc: dict[str, list[dict]] = collections.defaultdict(list)
    for record in gold:
        by_doc[record["document"]].append(record)
    names = sorted(by_doc)
    texts = [(EVAL / "polnear" / "dev" / "text" / name).read_text(encoding="utf-8") for name in names]
    spans = [[(g["start"], g["end"]) for g in by_doc[name]] for name in names]
    nlp = load_model()
    segments = parse_stretches(
        nlp,
        texts,
        [stretches(t, s) for t, s in zip(texts, spans, strict=True)],
        lower_words=load_lexicon().forms,  # as extraction parses (pipeline.parse_articles)
    )

    predicted: dict[tuple[str, int, int], dict] = {}
    with args.out.open("w", encoding="utf-8") as out:
        for name, text, doc_segments in zip(names, texts, segments, strict=True):
            attributions = [
                Attribution(
                    f"a{i}",
                    "indirect",
                    Span.of(text, g["end"], g["end"]),
                    Span.of(text, g["start"], g["end"]),
                    None,
                )
                for i, g in enumerate(by_doc[name])
            ]
            resolved, profile = resolve_article(text, doc_segments, attributions, nlp=nlp)
            record = article_json(
                Article(text=text, name=name, attributions=tuple(resolved), profile=profile)
            )
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for a in record["attributions"]:
                predicted[(name, a["source"]["start"], a["source"]["end"])] = a
    if args.errors:
        for g in gold:
            p = predicted[(g["document"], g["start"], g["end"])]
            actor = (p.get("actor") or {}).get("name")
            anon = p.get("anonymous") or {}
            gold_anon = g.get("anonymous") or {}
            problems = []
            if p["source_type"] != g["source_type"]:
                problems.append(f"type {g['source_type']} -> {p['source_type']}")
            if g.get("actor") and (actor or "").lower() != g["actor"].lower():
                problems.append(f"actor {g['actor']!r} -> {actor!r}")
            if gold_anon.get("count") is not None and anon.get("count") != gold_anon["count"]:
                problems.append(f"count {gold_anon['count']} -> {anon.get('count')}")
            if gold_anon.get("justification") and not anon.get("justification"):
                problems.append(
                    f"justification {gold_anon['justification']!r} -> {anon.get('justification')!r}"
                )
            if problems:
                print(f"{g['document'][:28]} {g['start']:>5} {g['text'][:45]!r:48} " + "; ".join(problems))
        print()
    scorer = [sys.executable, str(EVAL / "score_sources.py"), str(args.gold), str(args.out)]
    print(subprocess.run(scorer, capture_output=True, text=True, check=True).stdout, end="")


if __name__ == "__main__":
    main()

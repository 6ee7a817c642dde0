"""Evaluate extraction on a PolNeAR-style split (brat standoff), with the metrics of the reference scorer.

`read_split` reads the gold; `score` computes exactly what `../shared/eval/score_polnear.py` computes
(micro-averaged exact and token-overlap P/R/F1 for cue, source and content, relation-level P/R/F1 and recall
by quote type), so that `sourcetrace eval` and the reference scorer print the same numbers.
"""

from __future__ import annotations

import collections
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sourcetrace.types import Article, Attribution

if TYPE_CHECKING:  # extraction loads spaCy; scoring alone must not
    from sourcetrace.pipeline import ExtractOptions

_TOKEN = re.compile(r"\w+|[^\w\s]")
_QUOTES = '"“”'
Range = tuple[int, int]


@dataclass
class GoldAttribution:
    """A gold attribution: character ranges of its cue, source and content (possibly discontinuous)."""

    cue: list[Range]
    source: list[Range] = field(default_factory=list)
    content: list[Range] = field(default_factory=list)


def first_annotations(split: Path) -> dict[str, Path]:
    """The .ann file of each article: the first annotator id in sorted order, as the reference scorer."""
    chosen: dict[str, Path] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return chosen


def read_ann(ann: Path) -> list[GoldAttribution]:
    """Attribution events of one brat file (those with a cue and a content, as the scorer keeps them)."""
    spans: dict[str, list[Range]] = {}
    events: list[list[str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):
            tid, middle, _ = line.split("\t", 2)
            _label, ranges = middle.split(" ", 1)
            spans[tid] = [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))]
        elif re.match(r"E\d+\t", line):
            events.append(line.split("\t")[1].split())
    gold = []
    for roles in events:
        attribution = GoldAttribution(cue=[])
        for role in roles[1:]:
            name, tid = role.split(":")
            name = re.sub(r"\d+$", "", name)
            if name == "Cue":
                attribution.cue = spans[tid]
            elif name == "Source":
                attribution.source = spans[tid]
            elif name == "Content":
                attribution.content += spans[tid]
        if attribution.cue and attribution.content:
            gold.append(attribution)
    return gold


def read_split(split: Path) -> dict[str, tuple[str, list[GoldAttribution]]]:
    """Article name (without .txt) -> (text, gold attributions)."""
    return {
        name: ((split / "text" / f"{name}.txt").read_text(encoding="utf-8"), read_ann(ann))
        for name, ann in sorted(first_annotations(split).items())
    }


def token_starts(text: str, ranges: Iterable[Range]) -> set[int]:
    """The scorer's tokens (words and punctuation marks) of text ranges, by their start offsets."""
    return {start + m.start() for start, end in ranges for m in _TOKEN.finditer(text[start:end])}


def overlaps(a: Range | None, b: Range | None) -> bool:
    """Whether two ranges share a character (a missing range overlaps nothing)."""
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def _outer(ranges: Sequence[Range]) -> Range | None:
    return (ranges[0][0], ranges[-1][1]) if ranges else None


def _quote_type(text: str, content: Sequence[Range]) -> str:
    words = " ".join(text[s:e] for s, e in content).strip()
    marks = sum(words.count(q) for q in _QUOTES)
    if marks == 0:
        return "indirect"
    return "direct" if words[:1] in _QUOTES and words[-1:] in _QUOTES and marks == 2 else "mixed"


@dataclass(frozen=True)
class Roles:
    cue: Range | None
    source: Range | None
    content: tuple[Range, ...]


def article_roles(article: Article) -> list[Roles]:
    """The roles of an article's top-level attributions (nested ones are not scored: PolNeAR has none)."""
    return [_predicted_roles(a) for a in article.attributions if not a.parent]


def _span(record: Mapping[str, Any] | None) -> Range | None:
    return (record["start"], record["end"]) if record else None


def read_predictions(path: Path) -> dict[str, list[Roles]]:
    """Top-level roles per document from a prediction file in the scorer's JSON Lines format."""
    predicted: dict[str, list[Roles]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        roles = []
        for a in record.get("attributions", []):
            if a.get("parent"):
                continue
            parts = a.get("content_parts") or ([a["content"]] if a.get("content") else [])
            content = tuple((p["start"], p["end"]) for p in parts)
            roles.append(Roles(_span(a.get("cue")), _span(a.get("source")), content))
        predicted[Path(record["document"]).name.removesuffix(".txt")] = roles
    return predicted


def _predicted_roles(attribution: Attribution) -> Roles:
    parts = attribution.content_parts or ((attribution.content,) if attribution.content else ())
    return Roles(
        (attribution.cue.start, attribution.cue.end),
        (attribution.source.start, attribution.source.end) if attribution.source else None,
        tuple((p.start, p.end) for p in parts),
    )


def _gold_roles(gold: GoldAttribution) -> Roles:
    return Roles(_outer(gold.cue), _outer(gold.source), tuple(gold.content))


def score(
    split: Mapping[str, tuple[str, list[GoldAttribution]]], predicted: Mapping[str, Sequence[Roles]]
) -> dict[str, int]:
    """Counts for the metrics, given each document's predicted top-level roles."""
    counts: collections.Counter[str] = collections.Counter()
    for name, (text, gold_list) in split.items():
        gold = [_gold_roles(g) for g in gold_list]
        pred = list(predicted.get(name, ()))
        counts["documents"] += 1
        for role in ("cue", "source", "content"):

            def ranges(r: Roles, role: str = role) -> tuple[Range, ...]:
                value = getattr(r, role)
                return value if role == "content" else ((value,) if value else ())

            g = collections.Counter(ranges(a) for a in gold if ranges(a))
            p = collections.Counter(ranges(a) for a in pred if ranges(a))
            counts[f"{role}_exact_tp"] += sum((g & p).values())
            counts[f"{role}_exact_pred"] += sum(p.values())
            counts[f"{role}_exact_gold"] += sum(g.values())
            gold_tokens = set().union(*(token_starts(text, ranges(a)) for a in gold)) if gold else set()
            pred_tokens = set().union(*(token_starts(text, ranges(a)) for a in pred)) if pred else set()
            counts[f"{role}_tokens_tp"] += len(gold_tokens & pred_tokens)
            counts[f"{role}_tokens_pred"] += len(pred_tokens)
            counts[f"{role}_tokens_gold"] += len(gold_tokens)
        used: set[int] = set()
        for a in gold:
            kind = _quote_type(text, a.content)
            counts[f"gold_{kind}"] += 1
            wanted = token_starts(text, a.content)
            for i, b in enumerate(pred):
                if i in used or not overlaps(a.cue, b.cue):
                    continue
                source_ok = (not a.source and not b.source) or overlaps(a.source, b.source)
                covered = len(wanted & token_starts(text, b.content)) / max(1, len(wanted))
                if source_ok and covered >= 0.5:
                    used.add(i)
                    counts["relation_tp"] += 1
                    counts[f"found_{kind}"] += 1
                    break
        counts["relation_pred"] += len(pred)
        counts["relation_gold"] += len(gold)
    return dict(counts)


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def report(counts: Mapping[str, int]) -> dict[str, Any]:
    """The metrics, in the reference scorer's order and rounding."""
    out: dict[str, Any] = {"documents": counts.get("documents", 0)}
    for role in ("cue", "source", "content"):
        for mode in ("exact", "tokens"):
            out[f"{role}_{mode}"] = _prf(
                counts.get(f"{role}_{mode}_tp", 0),
                counts.get(f"{role}_{mode}_pred", 0),
                counts.get(f"{role}_{mode}_gold", 0),
            )
    out["relation"] = _prf(
        counts.get("relation_tp", 0), counts.get("relation_pred", 0), counts.get("relation_gold", 0)
    )
    for kind in ("direct", "mixed", "indirect"):
        out[f"recall_{kind}"] = round(
            counts.get(f"found_{kind}", 0) / max(1, counts.get(f"gold_{kind}", 0)), 4
        )
    return out


def format_report(result: Mapping[str, Any]) -> str:
    """The reference scorer's text layout."""
    lines = []
    for name, value in result.items():
        if isinstance(value, dict):
            lines.append(f"{name:16s} P {value['p']:.3f}  R {value['r']:.3f}  F1 {value['f1']:.3f}")
        else:
            lines.append(f"{name:16s} {value}")
    return "\n".join(lines)


def evaluate_split(split_dir: Path, options: ExtractOptions | None = None) -> dict[str, Any]:
    """Extract every article of a split and score it."""
    from sourcetrace.pipeline import extract_articles

    split = read_split(split_dir)
    articles = (Article(text=text, name=name) for name, (text, _gold) in split.items())
    extracted = extract_articles(articles, options=options)
    predicted = {article.name: article_roles(article) for article in extracted}
    return report(score(split, predicted))


def evaluate_predictions(split_dir: Path, predictions: Path) -> dict[str, Any]:
    """Score an existing prediction file (ours or another tool's) on a split."""
    return report(score(read_split(split_dir), read_predictions(predictions)))

"""Train the span-boundary model on PolNeAR train and write `src/sourcetrace/data/boundaries.json`.

Usage: python tools/train_boundaries.py ../shared/eval/polnear/train [--cache segments.spacy] [--out FILE]
(`make boundaries`; about 8 minutes on two cores: 3 to parse train, 5 for the cross-validation).

Each train article is parsed as extraction parses it at run time (the pre-parse filter's stretches, each on
its own; `--cache` keeps them for the next run) and the rules find its relations (`rule_relations`, with the
packaged cue model). Every boundary the model may move (`boundary_choices.relation_choices`) of a relation
that finds a gold attribution (the reference scorer's relation match) is a group of candidates whose right
one is the gold boundary, when it is among them. A conditional log-linear ranker per side is fitted on these
(`boundary_ranker.py`). A five-fold cross-validation over the articles then chooses: each side's L2 penalty
(by the held-out log-likelihood of the gold boundaries), then, on the whole extraction of the held-out folds
scored as the reference scorer scores it, the margins by which a candidate must beat the rules' boundary
(`choose_setting`: the content's two, its margin for cuts that leave out more than half of the rules'
content, the source's two) and the kinds of content the model bounds, for the best content exact F1 (source
exact F1 for the source's margins) at which relation F1 falls by at most `_MAX_RELATION_COST`. The rankers
are then fitted on all of train.

The relations are found with the packaged cue model, itself trained on all of train: the rankers learn to
bound what that model accepts, and the cross-validation measures the boundaries alone (the rules' relations
are the same in every setting it compares).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).parent))
from boundary_ranker import Group, fit_ranker
from sourcetrace.evaluation import (
    GoldAttribution,
    article_roles,
    overlaps,
    read_split,
    report,
    score,
    token_starts,
)
from sourcetrace.extract.attributions import rule_relations
from sourcetrace.extract.boundaries import SideModel, apply_moves, decide, rebound
from sourcetrace.extract.boundary_choices import SIDES, Choice, relation_choices
from sourcetrace.extract.nesting import finish
from sourcetrace.extract.relation import Relation
from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment
from sourcetrace.pipeline import parse_articles
from sourcetrace.quotes import find_quotes
from sourcetrace.types import Article

DATA = Path(__file__).resolve().parent.parent / "src" / "sourcetrace" / "data"
#: Content kinds the model may bound, and the sets of them the cross-validation tries.
KINDS = frozenset({"direct", "mixed", "indirect"})
_KIND_SETS = (frozenset({"indirect"}), frozenset({"indirect", "mixed"}), KINDS)
#: L2 penalties tried, and margins (log-odds by which the best candidate must beat the rules' boundary).
_PENALTIES = (1.0, 3.0, 10.0)
_MARGINS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, math.inf)
_FOLDS = 5
#: How much relation F1 a setting may cost on the cross-validation.
_MAX_RELATION_COST = 0.002


@dataclass(frozen=True)
class TrainArticle:
    """A train article: its text, gold attributions and what run time parses of it."""

    name: str
    text: str
    gold: list[GoldAttribution]
    segments: list[Segment]


def parsed_articles(split: Path, cache: Path | None = None) -> list[TrainArticle]:
    """The articles of a split with what extraction parses of each at run time (the pre-parse filter's
    stretches, each parsed on its own), read from `cache` when it exists, else parsed (and written there)."""
    articles = read_split(split)
    names = sorted(articles)
    nlp = load_model()
    segments: list[list[Segment]] = [[] for _ in names]
    if cache is not None and cache.exists():
        for doc in DocBin().from_disk(cache).get_docs(nlp.vocab):
            index, start = doc.user_data.pop("segment")
            segments[index].append(Segment(start, doc))
    else:
        segments = parse_articles(nlp, [Article(text=articles[name][0]) for name in names])
        if cache is not None:
            stored = DocBin(store_user_data=True)
            for index, parsed in enumerate(segments):
                for segment in parsed:
                    segment.doc.user_data["segment"] = (index, segment.start)
                    stored.add(segment.doc)
                    del segment.doc.user_data["segment"]
            stored.to_disk(cache)
    return [
        TrainArticle(name, articles[name][0], articles[name][1], parsed)
        for name, parsed in zip(names, segments, strict=True)
    ]


@dataclass
class Prepared:
    """An article's rule relations, the boundaries to choose in them and, per choice, the index of the gold
    boundary among its candidates (None when the relation finds no gold or the gold is not a candidate)."""

    article: TrainArticle
    relations: list[Relation]
    choices: list[Choice]
    targets: list[int | None]


def prepare(article: TrainArticle) -> Prepared:
    text = article.text
    relations = rule_relations(text, article.segments, find_quotes(text))
    choices = list(relation_choices(article.segments, relations, KINDS, frozenset(SIDES)))
    found = [_gold_of(text, relation, article.gold) for relation in relations]
    targets = [_target(choice, found[choice.index]) for choice in choices]
    return Prepared(article, relations, choices, targets)


def _gold_of(text: str, relation: Relation, gold: Sequence[GoldAttribution]) -> GoldAttribution | None:
    """The gold attribution a relation finds by the reference scorer's match (cue and source overlap, at
    least half the gold content's tokens covered), the one it covers most of."""
    found, best = None, 0.0
    have = token_starts(text, relation.content)
    for attribution in gold:
        cue = (attribution.cue[0][0], attribution.cue[-1][1])
        source = (attribution.source[0][0], attribution.source[-1][1]) if attribution.source else None
        if not overlaps(relation.cue, cue):
            continue
        if not ((source is None and relation.source is None) or overlaps(relation.source, source)):
            continue
        wanted = token_starts(text, attribution.content)
        covered = len(wanted & have) / max(1, len(wanted))
        if covered >= 0.5 and covered > best:
            found, best = attribution, covered
    return found


def _target(choice: Choice, gold: GoldAttribution | None) -> int | None:
    """The index of the gold boundary among the choice's candidates."""
    if gold is None:
        return None
    role, edge = choice.side.split("_")
    ranges = gold.content if role == "content" else gold.source
    if not ranges:
        return None
    wanted = min(s for s, _ in ranges) if edge == "start" else max(e for _, e in ranges)
    return next((k for k, b in enumerate(choice.candidates) if choice.char_offset(b) == wanted), None)


def groups(prepared: Iterable[Prepared], side: str) -> list[Group]:
    """The training groups of one side: each choice whose gold boundary is a candidate."""
    return [
        ([choice.features(k) for k in range(len(choice.candidates))], target)
        for article in prepared
        for choice, target in zip(article.choices, article.targets, strict=True)
        if choice.side == side and target is not None
    ]


#: The held-out scores of each candidate of a side's choices: (article, choice index) -> scores.
Scores = dict[tuple[int, int], list[float]]


def held_out_scores(
    prepared: Sequence[Prepared], indices: Iterable[int], side: str, weights: Mapping[str, float]
) -> Scores:
    return {
        (a, c): [sum(weights.get(n, 0.0) for n in choice.features(k)) for k in range(len(choice.candidates))]
        for a in indices
        for c, choice in enumerate(prepared[a].choices)
        if choice.side == side
    }


def held_out_likelihood(
    prepared: Sequence[Prepared], indices: Iterable[int], side: str, weights: Mapping[str, float]
) -> tuple[float, int, int]:
    """Log-likelihood, right choices and groups of a side's held-out groups."""
    total, right, count = 0.0, 0, 0
    for candidates, target in groups([prepared[a] for a in indices], side):
        scores = [sum(weights.get(n, 0.0) for n in names) for names in candidates]
        top = max(scores)
        total += scores[target] - top - math.log(sum(math.exp(s - top) for s in scores))
        right += scores.index(top) == target
        count += 1
    return total, right, count


@dataclass(frozen=True)
class Setting:
    """Margins per side (a side without one is not moved), the drastic margin of the content's sides, and
    the kinds of content the model bounds."""

    margins: Mapping[str, float]
    drastic: float = math.inf
    kinds: frozenset[str] = KINDS

    def side(self, name: str) -> SideModel:
        return SideModel(
            {}, self.margins.get(name, math.inf), self.drastic if name.startswith("content") else math.inf
        )


def extract_with(
    prepared: Sequence[Prepared], scores: Mapping[str, Scores], setting: Setting
) -> dict[str, list]:
    """The scorer's roles of every article with the held-out scores decided under a setting."""
    predicted = {}
    sides = {name: setting.side(name) for name in SIDES}
    for a, article in enumerate(prepared):
        moves = {}
        for c, choice in enumerate(article.choices):
            side = sides[choice.side]
            if math.isinf(side.margin) and math.isinf(side.drastic_margin):
                continue
            if (
                choice.side.startswith("content")
                and article.relations[choice.index].kind not in setting.kinds
            ):
                continue
            chosen = decide(choice, scores[choice.side][a, c], side)
            if chosen is not None:
                moves[choice.index, choice.side] = (choice, choice.candidates[chosen])
        text = article.article.text
        records = rebound(text, finish(text, article.relations), apply_moves(text, article.relations, moves))
        predicted[article.article.name] = article_roles(Article(text=text, attributions=tuple(records)))
    return predicted


def evaluate(prepared: Sequence[Prepared], scores: Mapping[str, Scores], setting: Setting) -> dict:
    split = {p.article.name: (p.article.text, p.article.gold) for p in prepared}
    return report(score(split, extract_with(prepared, scores, setting)))


def choose_setting(prepared: Sequence[Prepared], scores: Mapping[str, Scores]) -> Setting:
    """The setting that gives the best cross-validated exact F1 within the relation F1 allowance: the
    content's margins (jointly), then its drastic margin, then the source's margins (jointly), then the
    kinds; on a tie, the larger margins and the fewer kinds (the fewer moves)."""
    baseline = evaluate(prepared, scores, Setting({}))
    floor = baseline["relation"]["f1"] - _MAX_RELATION_COST
    print("rules alone:", _line(baseline))

    def better(start: Setting, trials: Iterable[Setting], role: str) -> Setting:
        best, best_value = start, evaluate(prepared, scores, start)[f"{role}_exact"]["f1"]
        for trial in trials:
            result = evaluate(prepared, scores, trial)
            if result["relation"]["f1"] >= floor and result[f"{role}_exact"]["f1"] > best_value:
                best, best_value = trial, result[f"{role}_exact"]["f1"]
                print(f"  {trial}: {_line(result)}", flush=True)
        return best

    setting = Setting({})
    for role in ("content", "source"):
        pairs = itertools.product(reversed(_MARGINS), repeat=2)
        trials = (
            replace(setting, margins={**setting.margins, f"{role}_start": m, f"{role}_end": n})
            for m, n in pairs
        )
        setting = better(setting, trials, role)
        if role == "content":
            setting = better(setting, (replace(setting, drastic=m) for m in reversed(_MARGINS)), role)
    fewest, *more = (replace(setting, kinds=kinds) for kinds in _KIND_SETS)
    setting = better(fewest, more, "content")
    print("chosen:", setting, _line(evaluate(prepared, scores, setting)))
    return setting


def _line(result: Mapping) -> str:
    return (
        f"content exact {result['content_exact']['f1']:.4f} tokens {result['content_tokens']['f1']:.4f} "
        f"source exact {result['source_exact']['f1']:.4f} relation {result['relation']['f1']:.4f}"
    )


def cross_validate(prepared: Sequence[Prepared]) -> tuple[dict[str, float], Setting]:
    """Each side's penalty (by the held-out log-likelihood of the gold boundaries), then the setting
    (`choose_setting`) on the held-out scores of the rankers with those penalties."""
    order = list(range(len(prepared)))
    random.Random(13).shuffle(order)
    folds = [order[k::_FOLDS] for k in range(_FOLDS)]
    penalties: dict[str, float] = {}
    scores: dict[str, Scores] = {}
    for side in SIDES:
        rule_right = sum(
            choice.candidates[target] == choice.rule
            for article in prepared
            for choice, target in zip(article.choices, article.targets, strict=True)
            if choice.side == side and target is not None
        )
        best = -math.inf
        for penalty in _PENALTIES:
            found: Scores = {}
            total, right, count = 0.0, 0, 0
            for fold in folds:
                held = set(fold)
                weights = fit_ranker(
                    groups([p for a, p in enumerate(prepared) if a not in held], side), penalty
                )
                found.update(held_out_scores(prepared, fold, side, weights))
                loglik, fold_right, fold_count = held_out_likelihood(prepared, fold, side, weights)
                total, right, count = total + loglik, right + fold_right, count + fold_count
            print(
                f"{side} penalty {penalty}: held-out log-likelihood {total:.1f}, "
                f"{right}/{count} boundaries right (the rules: {rule_right})",
                flush=True,
            )
            if total > best:
                best, penalties[side], scores[side] = total, penalty, found
    return penalties, choose_setting(prepared, scores)


def train(prepared: Sequence[Prepared], out: Path) -> None:
    penalties, setting = cross_validate(prepared)
    sides = {}
    for name in SIDES:
        side = setting.side(name)
        if math.isinf(side.margin) and math.isinf(side.drastic_margin):
            continue
        weights = fit_ranker(groups(prepared, name), penalties[name])
        sides[name] = {"margin": side.margin, "penalty": penalties[name]}
        if not math.isinf(side.drastic_margin):
            sides[name]["drastic_margin"] = side.drastic_margin
        sides[name]["weights"] = dict(sorted(weights.items()))
    model = {"kinds": sorted(setting.kinds), "sides": sides}
    out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"sides {sorted(sides)}, {sum(len(s['weights']) for s in sides.values())} weights -> {out}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--cache", type=Path, help="where to keep (and find) the parsed stretches")
    parser.add_argument("--out", type=Path, default=DATA / "boundaries.json")
    args = parser.parse_args(argv)
    articles = parsed_articles(args.split, args.cache)
    prepared = [prepare(article) for article in articles]
    print(f"{len(prepared)} articles, {sum(len(p.choices) for p in prepared)} boundaries to choose")
    train(prepared, args.out)


if __name__ == "__main__":
    main()

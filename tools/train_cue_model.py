"""Train the cue classifier on PolNeAR train and write `src/sourcetrace/data/cue_model.json`.

Called by `build_cues.py` (`make cues`) with the parsed train articles. Every candidate the extraction rules
propose (`sentence_candidates`) in a sentence the pre-parse filter keeps is labelled against the gold:
positive when its cue overlaps a gold cue and its source overlaps the gold source (or both have none);
candidates inside a gold content are left out (PolNeAR annotates only the outermost attribution, so they are
neither right nor wrong). A logistic regression over `classifier.features` is fitted; the decision threshold
is the one with the best relation F1 of the whole extraction on a held-out fifth of the articles (the
search starts from the best candidate-level threshold), and the model is then refitted on all.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from sourcetrace.evaluation import GoldAttribution, article_roles, report, score
from sourcetrace.extract.attributions import find_attributions, is_candidate_sentence, sentence_candidates
from sourcetrace.extract.classifier import CueScorer, features
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.quotes import Quote, find_quotes
from sourcetrace.extract.relation import Relation
from sourcetrace.parse import Segment
from sourcetrace.types import Article

_C = 0.5
#: Relation F1 differences below this are noise when choosing the threshold.
_FLAT = 0.003
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: (features, label, cue token index): at run time only the most probable candidate of a token counts.
Example = tuple[dict[str, float], int, int]


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def _tokens(text: str, ranges: Sequence[tuple[int, int]]) -> set[int]:
    return {start + m.start() for start, end in ranges for m in _TOKEN.finditer(text[start:end])}


def _with_quotes(relation: Relation, quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The candidate's content as the quote reconciliation will leave it: with the quotes it touches."""
    start, end = relation.content_start, relation.content_end
    touched = [
        (q.start, q.end)
        for q in quotes
        if q.start < end and start < q.end and not q.start <= relation.cue[0] < q.end
    ]
    return relation.content + touched


def _matches(text: str, relation: Relation, gold: GoldAttribution, quotes: Sequence[Quote]) -> bool:
    """The reference scorer's relation match: cue overlaps, source overlaps (or both have none), and the
    content (with the quotes it touches) covers at least half of the gold content's tokens."""
    if not _overlaps(relation.cue, (gold.cue[0][0], gold.cue[-1][1])):
        return False
    gold_source = (gold.source[0][0], gold.source[-1][1]) if gold.source else None
    if not ((gold_source is None and relation.source is None) or _overlaps(relation.source, gold_source)):
        return False
    wanted = _tokens(text, gold.content)
    return len(wanted & _tokens(text, _with_quotes(relation, quotes))) >= 0.5 * len(wanted)


def article_examples(doc: Doc, gold: Sequence[GoldAttribution]) -> tuple[list[Example], int]:
    """Labelled candidates of one fully parsed article, and its number of gold attributions."""
    lexicon = load_lexicon()
    segment = Segment(0, doc)
    examples: list[Example] = []
    contents = [c for g in gold for c in g.content]
    text = doc.text  # built from the tokens on every access: once per article
    doc.user_data["text"] = text
    quotes = find_quotes(text)
    for sentence in doc.sents:
        if not is_candidate_sentence(sentence.text):
            continue
        for candidate in sentence_candidates(text, segment, sentence):
            relation = candidate.relation
            positive = any(_matches(text, relation, g, quotes) for g in gold)
            if not positive and any(s <= relation.cue[0] < e for s, e in contents):
                continue
            entry = lexicon.get(candidate.token.lemma_, candidate.token.pos_)
            examples.append(
                ({name: 1.0 for name in features(candidate, entry)}, int(positive), candidate.token.i)
            )
    return examples, len(gold)


def _fit(examples: Sequence[Example]) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([x for x, _, _ in examples])
    model = LogisticRegression(C=_C, max_iter=2000, solver="lbfgs")
    model.fit(matrix, [y for _, y, _ in examples])
    return vectorizer, model


def _best_threshold(
    articles: Sequence[list[Example]], gold_count: int, vectorizer: DictVectorizer, model: LogisticRegression
) -> float:
    """The threshold with the best F1 when, as at run time, each token keeps its most probable candidate."""
    best_per_token: list[tuple[float, int]] = []
    for examples in articles:
        if not examples:
            continue
        scores = model.predict_proba(vectorizer.transform([x for x, _, _ in examples]))[:, 1]
        tokens: dict[int, tuple[float, int]] = {}
        for probability, (_, label, token) in zip(scores, examples, strict=True):
            if token not in tokens or probability > tokens[token][0]:
                tokens[token] = (float(probability), label)
        best_per_token.extend(tokens.values())
    best, best_f1 = 0.5, 0.0
    for step in range(10, 91):
        threshold = step / 100
        accepted = [label for score, label in best_per_token if score >= threshold]
        tp = sum(accepted)
        if not tp:
            continue
        precision, recall = tp / len(accepted), tp / gold_count
        f1 = 2 * precision * recall / (precision + recall)
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    print(f"held-out F1 {best_f1:.3f} at threshold {best:.2f}")
    return best


def _weights(vectorizer: DictVectorizer, model: LogisticRegression) -> dict[str, float]:
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return weights


def _pipeline_threshold(
    held: Sequence[tuple[Doc, list[GoldAttribution]]], weights: dict[str, float], around: float
) -> float:
    """The threshold with the best relation F1 of the whole extraction (quotes, nesting and all) on the
    held-out articles, as the reference scorer computes it."""
    split = {str(i): (doc.text, gold) for i, (doc, gold) in enumerate(held)}
    results: list[tuple[float, float]] = []
    for step in range(-5, 11):
        threshold = round(around + step * 0.02, 2)
        if not 0.05 <= threshold <= 0.95:
            continue
        scorer = CueScorer(load_lexicon(), weights, threshold)
        predicted = {}
        for i, (doc, _gold) in enumerate(held):
            text = split[str(i)][0]
            found = find_attributions(text, [Segment(0, doc)], find_quotes(text), scorer)
            predicted[str(i)] = article_roles(Article(text=text, attributions=tuple(found)))
        results.append((threshold, report(score(split, predicted))["relation"]["f1"]))
    best_f1 = max(f1 for _, f1 in results)
    # where the curve is flat, the lower threshold: a sourcing analysis had rather miss fewer attributions
    best = min(t for t, f1 in results if f1 >= best_f1 - _FLAT)
    print("held-out relation F1 by threshold:", " ".join(f"{t:.2f}:{f1:.3f}" for t, f1 in results))
    print(f"threshold {best:.2f}")
    return best


def train(parsed: Sequence[tuple[Doc, list[GoldAttribution]]], out: Path) -> None:
    articles = [article_examples(doc, gold) for doc, gold in parsed]
    order = list(range(len(articles)))
    random.Random(13).shuffle(order)
    held = set(order[: len(order) // 5])
    fit_examples = [e for i, (ex, _) in enumerate(articles) if i not in held for e in ex]
    held_articles = [ex for i, (ex, _) in enumerate(articles) if i in held]
    held_gold = sum(n for i, (_, n) in enumerate(articles) if i in held)
    vectorizer, model = _fit(fit_examples)
    candidate_threshold = _best_threshold(held_articles, held_gold, vectorizer, model)
    held_parsed = [parsed[i] for i in sorted(held)]
    threshold = _pipeline_threshold(held_parsed, _weights(vectorizer, model), candidate_threshold)
    weights = _weights(*_fit([e for ex, _ in articles for e in ex]))
    out.write_text(
        json.dumps(
            {"threshold": threshold, "weights": dict(sorted(weights.items()))}, indent=0, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(weights)} weights, {sum(len(ex) for ex, _ in articles)} candidates -> {out}")

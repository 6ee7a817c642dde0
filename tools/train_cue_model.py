"""Train the cue classifier on PolNeAR train and write `src/sourcetrace/data/cue_model.json`.

Called by `build_cues.py` (`make cues`) with the parsed train articles. Every candidate the extraction rules
propose (`sentence_candidates`) in a sentence the pre-parse filter keeps is labelled against the gold:
positive when its cue overlaps a gold cue and its source overlaps the gold source (or both have none);
candidates inside a gold content are left out (PolNeAR annotates only the outermost attribution, so they are
neither right nor wrong). A logistic regression over `classifier.features` is fitted; the decision threshold
is placed on a five-fold cross-validation of the whole extraction over train, on what run time parses of
each article (`run_time_segments`; `pick_threshold`: the best relation F1), and the model is then fitted on
all.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from sourcetrace.evaluation import GoldAttribution, article_roles, overlaps, report, score, token_starts
from sourcetrace.extract.attributions import find_attributions, sentence_candidates
from sourcetrace.extract.boundaries import BoundaryModel
from sourcetrace.extract.classifier import CueScorer, features, load_scorer
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.prefilter import is_candidate_sentence
from sourcetrace.extract.relation import Relation
from sourcetrace.nlp import load_model
from sourcetrace.parse import Segment
from sourcetrace.pipeline import parse_articles
from sourcetrace.quotes import Quote, find_quotes
from sourcetrace.types import Article

#: Inverse strength of the L2 penalty. The model has about as many sparse features (lemma conjunctions,
#: object, head and neighbour words) as train has candidates, and most are seen a few times only: a strong
#: penalty keeps them from fitting single articles (when it was chosen, on a cross-validation over whole
#: articles and the rules of the time: relation F1 0.711 at 0.5, 0.715 at 0.15; lemma x subject kind,
#: dependency, tag or negation and content-head features did not help on top of it).
_C = 0.15
#: Folds of the cross-validation that places the threshold, and the thresholds tried (the curve printed
#: shows what a lower or higher one trades).
_FOLDS = 5
_THRESHOLDS = tuple(round(0.15 + 0.02 * step, 2) for step in range(26))
#: CV F1 differences smaller than this count as a tie between thresholds.
_TIE = 0.0005
Example = tuple[dict[str, float], int]


def _with_quotes(relation: Relation, quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The candidate's content as the quote reconciliation will leave it: with the quotes it touches."""
    start, end = relation.content_start, relation.content_end
    touched = [
        (q.start, q.end)
        for q in quotes
        if q.start < end and start < q.end and not q.start <= relation.cue[0] < q.end
    ]
    return [*relation.content, *touched]


def _matches(text: str, relation: Relation, gold: GoldAttribution, quotes: Sequence[Quote]) -> bool:
    """The reference scorer's relation match: cue overlaps, source overlaps (or both have none), and the
    content (with the quotes it touches) covers at least half of the gold content's tokens."""
    if not overlaps(relation.cue, (gold.cue[0][0], gold.cue[-1][1])):
        return False
    gold_source = (gold.source[0][0], gold.source[-1][1]) if gold.source else None
    if not ((gold_source is None and relation.source is None) or overlaps(relation.source, gold_source)):
        return False
    wanted = token_starts(text, gold.content)
    return len(wanted & token_starts(text, _with_quotes(relation, quotes))) >= 0.5 * len(wanted)


def article_examples(doc: Doc, gold: Sequence[GoldAttribution]) -> list[Example]:
    """Labelled candidates of one fully parsed article."""
    lexicon = load_lexicon()
    segment = Segment(0, doc)
    examples: list[Example] = []
    contents = [c for g in gold for c in g.content]
    text = doc.text  # built from the tokens on every access: once per article
    doc.user_data["text"] = text
    context = RuleContext(text, load_scorer())
    facts = context.facts(doc)
    quotes = find_quotes(text)
    for sentence in doc.sents:
        if not is_candidate_sentence(sentence.text):
            continue
        for candidate in sentence_candidates(context, segment, sentence):
            relation = candidate.relation
            positive = any(_matches(text, relation, g, quotes) for g in gold)
            if not positive and any(s <= relation.cue[0] < e for s, e in contents):
                continue
            entry = lexicon.get(candidate.token.lemma_, candidate.token.pos_)
            examples.append(({name: 1.0 for name in features(candidate, entry, facts)}, int(positive)))
    return examples


def _fit(examples: Sequence[Example]) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([x for x, _ in examples])
    model = LogisticRegression(C=_C, max_iter=2000, solver="lbfgs")
    model.fit(matrix, [y for _, y in examples])
    return vectorizer, model


def _weights(vectorizer: DictVectorizer, model: LogisticRegression) -> dict[str, float]:
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return weights


def run_time_segments(texts: Sequence[str]) -> list[list[Segment]]:
    """What extraction parses of each article at run time: the pre-parse filter's stretches, each parsed on
    its own. The cross-validation extracts from these, so that its figures are those of the shipped
    extraction (a full parse finds 1.8-2.4 points more indirect recall: the filter leaves out sentences
    holding about 8% of train's indirect cues)."""
    return parse_articles(load_model(), [Article(text=text) for text in texts])


def _pipeline_predictions(
    articles: dict[str, tuple[str, list[Segment]]], weights: dict[str, float], threshold: float
) -> dict:
    """The whole extraction (quotes, nesting and all) of the given articles, in the scorer's roles, with the
    rules' span boundaries: the boundary model is trained after the cue model, on what it accepts."""
    scorer = CueScorer(load_lexicon(), weights, threshold)
    predicted = {}
    for name, (text, segments) in articles.items():
        found = find_attributions(text, segments, find_quotes(text), scorer, BoundaryModel.rules_only())
        predicted[name] = article_roles(Article(text=text, attributions=tuple(found)))
    return predicted


def _cross_validated_threshold(
    parsed: Sequence[tuple[Doc, list[GoldAttribution]]], articles: Sequence[list[Example]]
) -> float:
    """The threshold `pick_threshold` chooses from the relation F1 of the whole extraction, as the reference
    scorer computes it, over all of train: each fold's articles are extracted
    with the model fitted on the other folds and the predictions pooled (one held-out fifth alone gives a
    noisy curve). The held-out articles are extracted from what run time parses of them
    (`run_time_segments`), not from their full parse."""
    order = list(range(len(articles)))
    random.Random(13).shuffle(order)
    folds = [order[k::_FOLDS] for k in range(_FOLDS)]
    texts = [doc.user_data["text"] for doc, _ in parsed]  # set by `article_examples`
    split = {str(i): (texts[i], gold) for i, (_, gold) in enumerate(parsed)}
    segments = run_time_segments(texts)
    predicted: dict[float, dict[str, list]] = {t: {} for t in _THRESHOLDS}
    for fold in folds:
        held = set(fold)
        weights = _weights(*_fit([e for i, ex in enumerate(articles) if i not in held for e in ex]))
        held_articles = {str(i): (texts[i], segments[i]) for i in fold}
        for threshold in _THRESHOLDS:
            predicted[threshold].update(_pipeline_predictions(held_articles, weights, threshold))
    reports = {t: report(score(split, predicted[t])) for t in _THRESHOLDS}
    best = pick_threshold([(t, reports[t]["relation"]["f1"]) for t in _THRESHOLDS])
    for measure in ("p", "r", "f1"):
        curve = " ".join(f"{t:.2f}:{reports[t]['relation'][measure]:.4f}" for t in _THRESHOLDS)
        print(f"cross-validated relation {measure.upper()} by threshold:", curve)
    for kind in ("direct", "mixed", "indirect"):
        recalls = " ".join(f"{t:.2f}:{reports[t][f'recall_{kind}']:.4f}" for t in _THRESHOLDS)
        print(f"cross-validated {kind} recall by threshold:", recalls)
    relation = reports[best]["relation"]
    print(
        f"threshold {best:.2f}: cross-validated relation P {relation['p']:.4f} R {relation['r']:.4f} "
        f"F1 {relation['f1']:.4f}; recall direct {reports[best]['recall_direct']:.4f} mixed "
        f"{reports[best]['recall_mixed']:.4f} indirect {reports[best]['recall_indirect']:.4f}"
    )
    return best


def pick_threshold(results: Sequence[tuple[float, float]]) -> float:
    """The threshold of the best relation F1, from (threshold, relation F1) pairs of the cross-validation;
    on a tie, the lower threshold (a difference under `_TIE` is a handful of train attributions, within the
    noise of the folds)."""
    top = max(f1 for _, f1 in results)
    return min(threshold for threshold, f1 in results if f1 >= top - _TIE)


def train(parsed: Sequence[tuple[Doc, list[GoldAttribution]]], out: Path) -> None:
    articles = [article_examples(doc, gold) for doc, gold in parsed]
    threshold = _cross_validated_threshold(parsed, articles)
    weights = _weights(*_fit([e for ex in articles for e in ex]))
    out.write_text(
        json.dumps(
            {"threshold": threshold, "weights": dict(sorted(weights.items()))}, indent=0, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(weights)} weights, {sum(len(ex) for ex in articles)} candidates -> {out}")

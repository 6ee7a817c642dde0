"""Decide whether a token is a cue, from its lemma's prior and its context.

Many lemmas are cues only some of the time ("see", "know", "think", "support"): the lexicon's precision is a
prior, and a logistic-regression model over the token's context (a complement clause, the kind of subject,
the dependency it hangs by, whether it sits in a quote) makes the call. The model is a table of feature
weights (`sourcetrace/data/cue_model.json`), trained on PolNeAR train by `tools/train_cue_model.py` (run by
`make cues`) and applied here in plain Python; without it the prior alone decides.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from sourcetrace.extract.cues import CueEntry, CueLexicon, load_lexicon

#: Without a model, a lemma is a cue when at least this share of its occurrences in train are cues.
_PRIOR_THRESHOLD = 0.25
#: Lemmas that introduce direct speech, by prior (used to attribute a quote no parse relation covers).
_SPEECH_THRESHOLD = 0.3
_PERSON_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
_PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "you", "who"}


def features(token: Token, entry: CueEntry) -> Iterator[str]:
    """The context features of a candidate cue token (names are stable: they key the weight table)."""
    lemma = entry.lemma
    prior = entry.precision
    yield "bias"
    yield f"lemma={lemma}|{entry.pos}"
    yield f"prior={min(9, int(prior * 10))}"
    yield f"dep={token.dep_}"
    yield f"tag={token.tag_}"
    deps = {child.dep_ for child in token.children}
    for dep in ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "dative", "prep", "agent", "neg"):
        if dep in deps:
            yield f"has={dep}"
            yield f"lemma={lemma}|has={dep}"
    if "ccomp" in deps or "xcomp" in deps:
        yield f"prior={min(9, int(prior * 10))}|complement"
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None:
        if subject.ent_type_ in _PERSON_ENTITIES:
            yield f"subject_ent={subject.ent_type_}"
        if subject.lower_ in _PERSONAL_PRONOUNS:
            yield "subject=pronoun"
        yield f"subject_lemma={subject.lemma_.lower()}"
    yield f"head_dep={token.head.dep_}"
    yield f"head_lemma={token.head.lemma_.lower()}"
    if token.i + 1 < len(token.doc):
        yield f"next={token.nbor().lower_}"
    if token.i > 0:
        yield f"previous={token.nbor(-1).lower_}"


@dataclass(frozen=True)
class CueScorer:
    lexicon: CueLexicon
    weights: dict[str, float]
    threshold: float

    def entry(self, token: Token) -> CueEntry | None:
        return self.lexicon.get(token.lemma_, token.pos_)

    def probability(self, token: Token) -> float:
        entry = self.entry(token)
        if entry is None:
            return 0.0
        if not self.weights:
            return entry.precision
        score = sum(self.weights.get(name, 0.0) for name in features(token, entry))
        return 1.0 / (1.0 + math.exp(-score))

    def is_cue(self, token: Token) -> bool:
        entry = self.entry(token)
        if entry is None or token.pos_ in {"PUNCT", "ADP"}:
            return False
        return self.probability(token) >= self.threshold

    def is_speech(self, token: Token) -> bool:
        entry = self.entry(token)
        return entry is not None and token.pos_ == "VERB" and entry.precision >= _SPEECH_THRESHOLD


@lru_cache(maxsize=1)
def load_scorer() -> CueScorer:
    """The packaged cue model (or the prior alone when no model is packaged), read once per process."""
    path = resources.files("sourcetrace.data").joinpath("cue_model.json")
    if path.is_file():
        model = json.loads(path.read_text(encoding="utf-8"))
        return CueScorer(load_lexicon(), model["weights"], model["threshold"])
    return CueScorer(load_lexicon(), {}, _PRIOR_THRESHOLD)

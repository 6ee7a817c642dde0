"""Decide which candidates are attributions, from the cue lemma's prior and the candidate's context.

Many lemmas are cues only some of the time ("see", "know", "think", "support"), and PolNeAR counts as
attributions many verbs taking a plain object ("endorsed Canova", "called for a ban"). So every verb with a
content (a clause, an infinitive, an object) is a candidate, and a logistic-regression model over its context
(lemma, the lexicon prior, how the content was found, the kind of subject, the dependency it hangs by) makes
the call. The model is a table of feature weights (`sourcetrace/data/cue_model.json`), trained on PolNeAR
train by `tools/train_cue_model.py` (run by `make cues`) and applied here in plain Python. Without it, the
lexicon prior alone decides for clausal contents.
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
from sourcetrace.extract.relation import Candidate

#: Without a model, a lemma is a cue when at least this share of its occurrences in train are cues.
_PRIOR_THRESHOLD = 0.25
#: Lemmas that introduce direct speech, by prior (used to attribute a quote no parse relation covers).
_SPEECH_THRESHOLD = 0.3
#: Content types the prior-only fallback accepts.
_CLAUSAL = {"ccomp", "ccomp_before", "postposed", "parenthetical", "xcomp", "root_clause"}
#: Candidates that are attributions whatever the model says.
_ALWAYS = {"no_comment", "according_to"}
_ENTITY_SUBJECTS = {"PERSON", "ORG", "NORP", "GPE"}
_PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "you", "who", "it"}


def _word(token: Token) -> str:
    """A token as a feature value: its lower-cased form, but names and numbers by their class only (the
    model learns how news attributes, not who appears in the training articles)."""
    if token.pos_ in {"PROPN", "NUM"} or token.ent_type_ in _ENTITY_SUBJECTS:
        return f"<{token.pos_.lower()}>"
    return token.lower_


def _prior_bin(entry: CueEntry | None) -> str:
    return "none" if entry is None else str(min(9, int(entry.precision * 10)))


def features(candidate: Candidate, entry: CueEntry | None) -> Iterator[str]:
    """The context features of a candidate (names are stable: they key the weight table)."""
    token = candidate.token
    kind = candidate.content_type
    lemma = token.lemma_.lower()
    prior = _prior_bin(entry)
    yield "bias"
    yield f"lemma={lemma}"
    yield f"lemma={lemma}|content={kind}"
    yield f"content={kind}"
    yield f"prior={prior}"
    yield f"prior={prior}|content={kind}"
    size = candidate.content_size
    yield f"size={'1' if size <= 1 else '2-3' if size <= 3 else '4-8' if size <= 8 else '9+'}|content={kind}"
    yield f"clausal={candidate.content_clausal}|content={kind}"
    yield f"lemma={lemma}|clausal={candidate.content_clausal}"
    yield f"dep={token.dep_}"
    yield f"tag={token.tag_}"
    yield f"tag={token.tag_}|content={kind}"
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if subject is None:
        yield f"subject=none|source={candidate.relation.source is not None}"
    else:
        yield f"subject_dep={subject.dep_}"
        if subject.ent_type_ in _ENTITY_SUBJECTS:
            yield f"subject_ent={subject.ent_type_}"
            yield f"subject_ent={subject.ent_type_}|content={kind}"
        elif subject.lower_ in _PERSONAL_PRONOUNS:
            yield f"subject_pronoun={subject.lower_}"
        else:
            yield f"subject_pos={subject.pos_}"
        yield f"subject_lemma={_word(subject) if subject.pos_ == 'PROPN' else subject.lemma_.lower()}"
    if any(c.dep_ == "neg" for c in token.children):
        yield "negated"
    yield f"head_dep={token.head.dep_}|dep={token.dep_}"
    if token.head != token:
        head = token.head
        yield f"head_lemma={_word(head) if head.pos_ == 'PROPN' else head.lemma_.lower()}|dep={token.dep_}"
    yield f"first={candidate.content_first}|content={kind}"
    yield f"lemma={lemma}|first={candidate.content_first}"
    obj = candidate.content_head
    if obj is not None and not candidate.content_clausal:
        yield f"lemma={lemma}|object={_word(obj) if obj.pos_ == 'PROPN' else obj.lemma_.lower()}"
        if obj.ent_type_:
            yield f"object_ent={obj.ent_type_}|content={kind}"
    if _inside_quote(token):
        yield "inside_quote"
        yield f"inside_quote|content={kind}"
    if token.i + 1 < len(token.doc):
        yield f"next={_word(token.nbor())}"
    if token.i > 0:
        yield f"previous={_word(token.nbor(-1))}"


def _inside_quote(token: Token) -> bool:
    """Whether a quotation mark opened before the token in its parsed stretch is still open (the state of
    every token is worked out once per doc)."""
    doc = token.doc
    state: list[bool] | None = doc.user_data.get("inside_quote")
    if state is None:
        state, open_ = [], False
        for t in doc:
            state.append(open_)
            if "\n" in t.text:
                open_ = False  # as at run time, where each paragraph is parsed apart
            elif t.text in {"“", "``", "«"}:
                open_ = True
            elif t.text in {"”", "»"}:
                open_ = False
            elif t.text in {'"', "''"}:
                open_ = not open_
        doc.user_data["inside_quote"] = state
    return bool(state[token.i])


@dataclass(frozen=True)
class CueScorer:
    lexicon: CueLexicon
    weights: dict[str, float]
    threshold: float

    def entry(self, token: Token) -> CueEntry | None:
        return self.lexicon.get(token.lemma_, token.pos_)

    def probability(self, candidate: Candidate) -> float:
        entry = self.entry(candidate.token)
        if not self.weights:
            clausal = candidate.content_type in _CLAUSAL
            return entry.precision if entry is not None and clausal else 0.0
        score = sum(self.weights.get(name, 0.0) for name in features(candidate, entry))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def always(self, candidate: Candidate) -> bool:
        """Declined comments, "according to" and headline colons are attributions whatever the model says."""
        return candidate.content_type in _ALWAYS or candidate.content_type == "colon"

    def accepts(self, candidate: Candidate, probability: float | None = None) -> bool:
        if self.always(candidate):
            return True
        if probability is None:
            probability = self.probability(candidate)
        return probability >= self.threshold

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

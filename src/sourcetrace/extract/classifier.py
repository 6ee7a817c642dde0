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

from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.cues import CueEntry, CueLexicon, load_lexicon
from sourcetrace.extract.facts import DocFacts
from sourcetrace.extract.relation import Candidate
from sourcetrace.extract.syntax import SUBJECTS
from sourcetrace.parse import children

#: Without a model, a lemma is a cue when at least this share of its occurrences in train are cues.
_PRIOR_THRESHOLD = 0.25
#: Lemmas that introduce direct speech, by prior (used to attribute a quote no parse relation covers).
_SPEECH_THRESHOLD = 0.3
#: Content types the prior-only fallback accepts.
_CLAUSAL = {"ccomp", "ccomp_before", "postposed", "parenthetical", "xcomp", "root_clause"}
#: The content type of a noun's clause in the idiom of stance ("X was of the view that ..."), too rare in
#: PolNeAR for the model to weigh.
STANCE_CLAUSE = "stance_clause"
#: The content type of the clause before an inverted verb of saying ("X died, reported officials",
#: `content_around.inverted_after_clause`): the inversion, rare in PolNeAR, is evidence enough.
INVERTED_CLAUSE = "inverted_postposed"
#: The content type of the clause an adverb of hearsay modifies ("Apple is reportedly considering a bid",
#: `noun_cues.adverb_candidates`): the adverb says the clause is passed on, which is evidence enough (the
#: model, which weighs "reportedly" as the adverbs PolNeAR seldom annotates, put it on either side of the
#: threshold by the words around it).
HEARSAY = "hearsay"
#: Candidates that are attributions whatever the model says.
_ALWAYS = {"no_comment", "according_to", "turn", "relay", STANCE_CLAUSE, INVERTED_CLAUSE, HEARSAY}
_ENTITY_SUBJECTS = {"PERSON", "ORG", "NORP", "GPE"}
_PERSONAL_PRONOUNS = data.words("extract", "personal_pronouns")


def _word(token: Token) -> str:
    """A token as a feature value: its lower-cased form, but names and numbers by their class only (the
    model learns how news attributes, not who appears in the training articles)."""
    if token.pos_ in {"PROPN", "NUM"} or token.ent_type_ in _ENTITY_SUBJECTS:
        return f"<{token.pos_.lower()}>"
    return token.lower_


def _prior_bin(entry: CueEntry | None) -> str:
    return "none" if entry is None else str(min(9, int(entry.precision * 10)))


def features(candidate: Candidate, entry: CueEntry | None, facts: DocFacts) -> Iterator[str]:
    """The context features of a candidate (names are stable: they key the weight table). What depends on
    the cue token alone is worked out once per token (`_token_context`), as a token has several candidates."""
    context = _token_context(candidate.token, entry, facts)
    yield from context.names
    yield from _reading_features(candidate, context)


def _reading_features(candidate: Candidate, context: TokenContext) -> Iterator[str]:
    """The features of a candidate that depend on the content read with its cue token."""
    token = candidate.token
    kind = candidate.content_type
    lemma, prior = context.lemma, context.prior
    clausal, first = candidate.content_clausal, candidate.content_first
    yield f"lemma={lemma}|content={kind}"
    yield f"content={kind}"
    yield f"prior={prior}|content={kind}"
    size = candidate.content_size
    yield f"size={'1' if size <= 1 else '2-3' if size <= 3 else '4-8' if size <= 8 else '9+'}|content={kind}"
    yield f"clausal={clausal}|content={kind}"
    yield f"lemma={lemma}|clausal={clausal}"
    yield f"tag={token.tag_}|content={kind}"
    if not context.has_subject:
        yield f"subject=none|source={candidate.relation.source is not None}"
    elif context.subject_ent:
        yield f"subject_ent={context.subject_ent}|content={kind}"
    yield f"first={first}|content={kind}"
    yield f"lemma={lemma}|first={first}"
    obj = candidate.content_head
    if obj is not None and not clausal:
        yield f"lemma={lemma}|object={_word(obj) if obj.pos_ == 'PROPN' else obj.lemma_.lower()}"
        if obj.ent_type_:
            yield f"object_ent={obj.ent_type_}|content={kind}"
    if context.inside_quote:
        yield f"inside_quote|content={kind}"


@dataclass(frozen=True)
class TokenContext:
    """The features of a cue token that do not depend on which content is read with it."""

    names: tuple[str, ...]
    lemma: str
    prior: str
    has_subject: bool
    subject_ent: str | None
    inside_quote: bool


def _token_context(token: Token, entry: CueEntry | None, facts: DocFacts) -> TokenContext:
    cache = facts.token_contexts
    context = cache.get(token.i)
    if context is None:
        context = cache[token.i] = _build_token_context(token, entry, facts)
    return context


def _build_token_context(token: Token, entry: CueEntry | None, facts: DocFacts) -> TokenContext:
    lemma = entry.lemma if entry is not None else token.lemma_.lower()  # "criticise" reads as "criticize"
    prior = _prior_bin(entry)
    names = ["bias", f"lemma={lemma}", f"prior={prior}", f"dep={token.dep_}", f"tag={token.tag_}"]
    subject = next((c for c in children(token) if c.dep_ in SUBJECTS), None)
    subject_ent = None
    if subject is not None:
        names.append(f"subject_dep={subject.dep_}")
        if subject.ent_type_ in _ENTITY_SUBJECTS:
            subject_ent = subject.ent_type_
            names.append(f"subject_ent={subject_ent}")
        elif subject.lower_ in _PERSONAL_PRONOUNS:
            names.append(f"subject_pronoun={subject.lower_}")
        else:
            names.append(f"subject_pos={subject.pos_}")
        names.append(f"subject_lemma={_word(subject) if subject.pos_ == 'PROPN' else subject.lemma_.lower()}")
    if any(c.dep_ == "neg" for c in children(token)):
        names.append("negated")
    names.append(f"head_dep={token.head.dep_}|dep={token.dep_}")
    if token.head != token:
        head = token.head
        head_word = _word(head) if head.pos_ == "PROPN" else head.lemma_.lower()
        names.append(f"head_lemma={head_word}|dep={token.dep_}")
    quoted = facts.inside_quote(token.i)
    if quoted:
        names.append("inside_quote")
    if token.i + 1 < len(token.doc):
        names.append(f"next={_word(token.nbor())}")
    if token.i > 0:
        names.append(f"previous={_word(token.nbor(-1))}")
    return TokenContext(tuple(names), lemma, prior, subject is not None, subject_ent, quoted)


@dataclass(frozen=True)
class CueScorer:
    lexicon: CueLexicon
    weights: dict[str, float]
    threshold: float

    def entry(self, token: Token) -> CueEntry | None:
        return self.lexicon.get(token.lemma_, token.pos_)

    def probability(self, candidate: Candidate, facts: DocFacts) -> float:
        """The probability that a candidate is an attribution (`facts`: its parsed stretch's)."""
        entry = self.entry(candidate.token)
        if not self.weights:
            clausal = candidate.content_type in _CLAUSAL
            return entry.precision if entry is not None and clausal else 0.0
        weights = self.weights
        context = _token_context(candidate.token, entry, facts)
        score = self._context_score(candidate.token, context, facts)
        for name in _reading_features(candidate, context):  # in order, as the sum over all features was
            score += weights.get(name, 0.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def _context_score(self, token: Token, context: TokenContext, facts: DocFacts) -> float:
        """The weight of a cue token's own features, summed once per token and scorer (a token has several
        candidate readings)."""
        cache = facts.context_scores
        cached = cache.get(token.i)
        if cached is None or cached[0] is not self.weights:
            score = sum(self.weights.get(name, 0.0) for name in context.names)
            cached = cache[token.i] = (self.weights, score)
        return cached[1]

    def always(self, candidate: Candidate) -> bool:
        """Declined comments, "according to", relayed sources ("citing X"), headline colons and transcript
        turns are attributions whatever the model says."""
        return candidate.content_type in _ALWAYS or candidate.content_type == "colon"

    def accepts(self, candidate: Candidate, probability: float) -> bool:
        return self.always(candidate) or probability >= self.threshold

    def is_speech(self, token: Token) -> bool:
        return token.pos_ == "VERB" and self.is_speech_verb(token.lemma_)

    def is_speech_form(self, word: str) -> bool:
        """Whether a word form, unparsed, is one of a verb of saying ("Said", "Added")."""
        return self.lexicon.form_share(word) >= _SPEECH_THRESHOLD

    def is_speech_verb(self, lemma: str) -> bool:
        """Whether a lemma read as a verb is one of saying (whatever the tagger made of a given token)."""
        entry = self.lexicon.get(lemma, "VERB")
        return entry is not None and entry.precision >= _SPEECH_THRESHOLD


@lru_cache(maxsize=1)
def load_scorer() -> CueScorer:
    """The packaged cue model (or the prior alone when no model is packaged), read once per process."""
    try:
        model = json.loads(data.read_text("cue_model.json"))
    except FileNotFoundError:
        return CueScorer(load_lexicon(), {}, _PRIOR_THRESHOLD)
    return CueScorer(load_lexicon(), model["weights"], model["threshold"])

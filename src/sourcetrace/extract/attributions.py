"""The entry of extraction: the rule families on each parsed sentence, then quotes and clean-up."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, ADV, AUX, NOUN, VERB
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sourcetrace.extract.according_to import according_to, in_survey
from sourcetrace.extract.classifier import CueScorer, load_scorer
from sourcetrace.extract.cues import load_lexicon
from sourcetrace.extract.headlines import headline_colon, is_headline_colon, transcript_turn
from sourcetrace.extract.nesting import cut_absolute_clauses, finish, merge_duplicates
from sourcetrace.extract.no_comment import find_no_comment
from sourcetrace.extract.noun_cues import adverb_candidates, is_cue_noun, noun_candidates
from sourcetrace.extract.quote_reconcile import reconcile_quotes
from sourcetrace.extract.relation import Candidate, Relation
from sourcetrace.extract.source import subject_span
from sourcetrace.extract.syntax import CUE_MODIFIERS, is_predicate_adjective
from sourcetrace.extract.verb_cues import predicate_candidates
from sourcetrace.parse import Segment
from sourcetrace.quotes import (
    Quote,
)
from sourcetrace.types import Attribution


def find_attributions(
    text: str, segments: Sequence[Segment], quotes: Sequence[Quote], scorer: CueScorer | None = None
) -> list[Attribution]:
    """All attributions of an article, from its parsed segments and its quotes (with the packaged cue
    model unless another `scorer` is given)."""
    scorer = scorer or load_scorer()
    relations: list[Relation] = []
    for segment in segments:
        for sentence in segment.doc.sents:
            relations.extend(_sentence_relations(text, segment, sentence, scorer))
    relations = reconcile_quotes(text, segments, relations, quotes, scorer)
    relations = merge_duplicates(relations)
    cut_absolute_clauses(text, relations)
    return finish(text, relations)


def _sentence_relations(
    text: str, segment: Segment, sentence: SpacySpan, scorer: CueScorer
) -> list[Relation]:
    """The accepted candidates of a sentence: for each cue token, its most probable reading."""
    best: dict[int, tuple[float, Candidate]] = {}
    for candidate in sentence_candidates(text, segment, sentence):
        probability = scorer.probability(candidate)
        if scorer.accepts(candidate, probability):
            kept = best.get(candidate.token.i)
            if kept is None or probability > kept[0]:
                best[candidate.token.i] = (probability, candidate)
    # one reading per cue span: "has expressed support for" is the verb's or the noun's, not both
    chosen: list[Candidate] = []
    for _, candidate in sorted(best.values(), key=lambda pair: (not scorer.always(pair[1]), -pair[0])):
        cue = candidate.relation.cue
        if not any(other.relation.cue[0] < cue[1] and cue[0] < other.relation.cue[1] for other in chosen):
            chosen.append(candidate)
    for candidate in chosen:
        candidate.relation.content_type = candidate.content_type
    return [candidate.relation for candidate in chosen]


def sentence_candidates(text: str, segment: Segment, sentence: SpacySpan) -> list[Candidate]:
    """Every possible attribution in a parsed sentence: each verb with each content the parse offers
    (declined comments and "according to" always are attributions)."""
    found: list[Candidate] = []
    covered: set[int] = set()
    for match in find_no_comment(sentence):
        source = subject_span(segment, match.verb, passive=True)
        cue = (segment.char_start(match.tokens[0]), segment.char_end(match.tokens[-1]))
        found.append(Candidate(match.verb, Relation(cue, source, [], kind="no_comment"), "no_comment"))
        covered.update(t.i for t in match.tokens)
    doc = sentence.doc
    worth_a_look = _worth_a_look(doc)
    for i in range(sentence.start, sentence.end):
        if not worth_a_look[i] or i in covered:
            continue
        token = doc[i]
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
            relation = according_to(segment, sentence, token)
            if relation:
                found.append(Candidate(token, relation, "according_to"))
        elif token.i == sentence.start and token.lower_ == "in":
            relation = in_survey(segment, sentence, token)
            if relation:
                found.append(Candidate(token, relation, "according_to"))
        elif token.text == ":" and (turn := transcript_turn(text, segment, token)) is not None:
            found.append(Candidate(token, turn, "turn"))
        elif token.text == ":" and is_headline_colon(sentence, token):
            relation = headline_colon(text, segment, sentence, token)
            if relation:
                found.append(Candidate(token, relation, "colon"))
        elif (
            token.pos_ == "VERB"
            or (token.pos_ == "AUX" and token.dep_ not in CUE_MODIFIERS)
            or is_predicate_adjective(token)
        ):
            found.extend(predicate_candidates(segment, sentence, token))
        elif token.pos_ == "NOUN" and is_cue_noun(token):
            found.extend(noun_candidates(segment, sentence, token))
        elif token.pos_ == "ADV" and token.dep_ == "advmod" and load_lexicon().get(token.lemma_, "ADV"):
            found.extend(adverb_candidates(segment, sentence, token))
    return found


def _worth_a_look(doc: Doc) -> list[bool]:
    """Per token of a parsed stretch, whether `sentence_candidates` may make something of it (a verb,
    auxiliary, adjective, noun or adverb, "according", "in", a colon); read once per stretch from the doc's
    arrays, as most tokens are none of these and spaCy makes a new Token object on every access."""
    cached: list[bool] | None = doc.user_data.get("worth_a_look")
    if cached is None:
        array = doc.to_array([POS, LOWER]).tolist()
        cached = doc.user_data["worth_a_look"] = [
            pos in _LOOKED_AT_POS or lower in _LOOKED_AT_WORDS for pos, lower in array
        ]
    return cached


#: Parts of speech of the tokens that may be cues, and other words that may open a candidate.
_LOOKED_AT_POS = {VERB, AUX, ADJ, NOUN, ADV}


_LOOKED_AT_WORDS = frozenset(get_string_id(word) for word in ("according", "in", ":"))  # as LOWER holds them

"""Noun, adverb and stance cues: "his claim that", "reportedly", "was of the view that"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace.extract.classifier import STANCE_CLAUSE
from sourcetrace.extract.content import ContentOption
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.cues import CueLexicon
from sourcetrace.extract.relation import Candidate, Relation, make_candidate
from sourcetrace.extract.source import source_of
from sourcetrace.extract.syntax import VERBAL_POS, char_range, cue_span, prepositional_object, trimmed
from sourcetrace.parse import Segment, children

#: A noun is a cue candidate when it heads at least this many gold cues in train ("claim", "criticism").
_MIN_NOUN_CUES = 3


def is_cue_noun(token: Token, lexicon: CueLexicon) -> bool:
    entry = lexicon.get(token.lemma_, "NOUN")
    return entry is not None and entry.cue >= _MIN_NOUN_CUES


def noun_candidates(
    context: RuleContext, segment: Segment, sentence: SpacySpan, noun: Token
) -> list[Candidate]:
    """ "his claim that ...", "Trump's criticism of X", "expressed support for X": a noun of saying or
    stance with its clause or prepositional object as content. The source is the possessor, else the
    subject of the verb the noun is the object of (whose words then join the cue: "has expressed support
    for")."""
    options: list[ContentOption] = []
    for child in noun.rights:
        opener = {g.lower_ for g in children(child) if g.dep_ in {"mark", "aux"}}
        if child.dep_ in {"acl", "ccomp", "relcl"} and opener & {"that", "to"}:
            span = trimmed(sentence, child.left_edge.i, child.right_edge.i)
            if span is not None:
                options.append(ContentOption([span], "noun_clause"))
        elif child.dep_ == "prep" and child.i == noun.i + 1:
            pobject = prepositional_object(child)
            span = trimmed(sentence, pobject.left_edge.i, pobject.right_edge.i) if pobject else None
            if span is not None:
                options.append(ContentOption([span], f"noun_prep_{child.lower_}", child))
    if not options:
        return []
    possessor = next((c for c in children(noun) if c.dep_ == "poss"), None)
    cue_start = segment.char_start(noun)
    source: tuple[int, int] | None = None
    if possessor is not None:
        source = char_range(segment, possessor.left_edge, possessor.right_edge)
    elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        source, _ = source_of(context, segment, noun.head)
        if source is not None:
            cue_start = cue_span(segment, noun.head)[0]
    elif (copula := _copula_of_stance(noun)) is not None:
        source, _ = source_of(context, segment, copula)
        if source is not None:
            cue_start = segment.char_start(copula)
            # "X was of the view that ...": an idiom of stance, however rare the noun is as a cue
            stance = {"noun_clause": STANCE_CLAUSE}
            options = [option._replace(content_type=stance.get(option.content_type, option.content_type))
                       for option in options]
    return [
        make_candidate(
            context.facts(noun.doc),
            noun,
            Relation(
                cue=(cue_start, segment.char_end(cue_end if cue_end is not None else noun)),
                source=source,
                content=tuple(char_range(segment, first, last) for first, last in parts),
            ),
            content_type,
            parts,
        )
        for parts, content_type, cue_end in options
    ]


def _copula_of_stance(noun: Token) -> Token | None:
    """The copula of "was of the view that ...", "are of the opinion that ...": a stance held by the subject
    of "be", whose words join the cue (PolNeAR's be-headed cues, as "was critical of")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return None
    copula = preposition.head
    return copula if copula.lemma_ == "be" and copula.i < preposition.i else None


def adverb_candidates(
    context: RuleContext, segment: Segment, sentence: SpacySpan, adverb: Token
) -> list[Candidate]:
    """ "The group is reportedly spending $1.5 million", "Reportedly, he made ...": an adverb of hearsay
    attributes the clause it modifies, with no source (PolNeAR's cue is the adverb alone, the content the
    clause around it). Under a verb of saying ("reportedly said") the verb is the cue."""
    head = adverb.head
    if head.pos_ not in VERBAL_POS or context.scorer.is_speech(head):
        return []
    around = [
        trimmed(sentence, head.left_edge.i, adverb.i - 1),
        trimmed(sentence, adverb.i + 1, head.right_edge.i),
    ]
    parts = [part for part in around if part is not None]
    if not parts:
        return []
    content = tuple(char_range(segment, first, last) for first, last in parts)
    relation = Relation((segment.char_start(adverb), segment.char_end(adverb)), None, content)
    return [make_candidate(context.facts(adverb.doc), adverb, relation, "adverb", parts)]

"""Noun, adverb and stance cues: "his claim that", "reportedly", "was of the view that"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.classifier import HEARSAY, STANCE_CLAUSE
from sourcetrace.extract.content import ContentOption
from sourcetrace.extract.context import RuleContext
from sourcetrace.extract.cues import CueLexicon
from sourcetrace.extract.relation import Candidate, Relation, make_candidate
from sourcetrace.extract.source import source_of
from sourcetrace.extract.syntax import (
    VERBAL_POS,
    char_range,
    cue_span,
    has_subject,
    prepositional_object,
    semicolon_bounds,
    trimmed,
)
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


#: Adverbs of hearsay (`data/extract/hearsay_adverbs.txt`): "reportedly", "allegedly".
HEARSAY_ADVERBS = data.words("extract", "hearsay_adverbs")


def adverb_candidates(
    context: RuleContext, segment: Segment, sentence: SpacySpan, adverb: Token
) -> list[Candidate]:
    """ "The group is reportedly spending $1.5 million", "Reportedly, he made ...": an adverb of hearsay
    attributes the clause it modifies, with no source (PolNeAR's cue is the adverb alone, the content the
    clause around it, within its semicolons). Under a verb that reports words the verb is the cue
    ("reportedly said", "reportedly believe that ...", `_reports_words`), unless a hearsay adverb opens the
    sentence ("Reportedly, his family said ...": the report is passed on whole). A hearsay adverb passing on a
    clause needs no classifier (`HEARSAY`); on a phrase with no subject ("charged for allegedly providing the
    weapon", "leaving reportedly 15,000 stranded") the classifier decides, as for the other adverbs."""
    head = adverb.head
    if head.pos_ not in VERBAL_POS:
        return []
    hearsay = adverb.lower_ in HEARSAY_ADVERBS
    opening = adverb.i == sentence.start
    # "Reportedly, his family said ...": a hearsay adverb opening the sentence passes on the whole report
    if _reports_words(context, head, hearsay) and not (hearsay and opening):
        return []
    after_semicolon, before_semicolon = semicolon_bounds(sentence, adverb.i, adverb.i)
    around = [
        trimmed(sentence, max(after_semicolon, _clause_start(head)), adverb.i - 1),
        trimmed(sentence, adverb.i + 1, min(before_semicolon, head.right_edge.i)),
    ]
    parts = [part for part in around if part is not None]
    if not parts:
        return []
    content = tuple(char_range(segment, first, last) for first, last in parts)
    relation = Relation((segment.char_start(adverb), segment.char_end(adverb)), None, content)
    reading = HEARSAY if hearsay and (opening or _is_clause(head)) else "adverb"
    return [make_candidate(context.facts(adverb.doc), adverb, relation, reading, parts)]


def _clause_start(head: Token) -> int:
    """The first token of a verb's clause after the conjunction that joins it to the sentence ("after | he
    allegedly brandished a pistol"): what is passed on is the clause, not how it hangs on the rest."""
    first = head.left_edge.i
    while first < head.i and head.doc[first].dep_ in {"mark", "cc"} and head.doc[first].head == head:
        first += 1
    return first


def _reports_words(context: RuleContext, head: Token, hearsay: bool) -> bool:
    """Whether the verb an adverb modifies reports words or thoughts itself, and so is the cue: a verb of
    saying ("reportedly said", "allegedly yelled: ...") or a verb with a clause after it ("reportedly believe
    the prince ordered it", "allegedly questioned whether ..."; a clause before it is one the parser hung
    there: "Firefighters dispatched 30 vehicles; personnel reportedly had control"). Under a hearsay adverb a
    verb of saying with an object and no clause is a deed passed on ("allegedly threatened a neighbour"), the
    adverb's."""
    clause = any(c.dep_ == "ccomp" and c.i > head.i for c in children(head))
    if not context.scorer.is_speech(head):
        return hearsay and clause and context.lexicon.get(head.lemma_, "VERB") is not None
    return not hearsay or clause or not any(c.dep_ == "dobj" for c in children(head))


def _is_clause(head: Token) -> bool:
    """Whether a verb is a clause's, with a subject of its own or shared with the verb it is joined to
    ("surrounded and allegedly threatened him")."""
    verb = head
    while verb.dep_ == "conj" and not has_subject(verb):
        verb = verb.head
    return has_subject(verb)

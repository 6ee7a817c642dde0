"""Syntax predicates shared by the rules: dependency and tag sets, cue spans, trimmed token ranges."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.relation import TokenRange
from sourcetrace.parse import Segment, children, segment_at, words
from sourcetrace.quotes import (
    OPENING_MARKS,
    QUOTE_MARKS,
    Quote,
)

if TYPE_CHECKING:
    from sourcetrace.extract.classifier import CueScorer

#: Parts of speech of a verb or auxiliary: what may head a clause.
VERBAL_POS = frozenset({"VERB", "AUX"})
#: Dependencies of a clause's nominal subject, active or passive.
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


#: Dependents that give a verb a content or an object of its own.
CONTENT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}


CUE_MODIFIERS = {"aux", "auxpass", "neg"}


TRIM = set(",.;:-—–") | {"--"}


RELATIVE_PRONOUNS = data.words("extract", "relative_pronouns")
#: Tags of the relative words that open a true relative clause ("who", "which", "whose", "where").
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


#: Marks that set a phrase off from what comes before it.
SETTING_OFF = {",", "—", "–", "--"}


#: Cue lemmas with speech evidence (`data/extract/speech_cues.txt`, derived from PolNeAR train by
#: tools/derive_acts.py).
SPEECH_CUES = data.words("extract", "speech_cues")


#: Verbs that name, not say: "His group, called the Legacy Fund, will ...", "known as “X”"
#: (`data/extract/naming_verbs.txt`).
NAMING_VERBS = data.words("extract", "naming_verbs")


#: A quote needs this many words to be attributed on its own (shorter ones are scare quotes or titles).
MIN_QUOTE_WORDS = 3


#: Prepositions of a verb that asks its object to do something ("called on X to", "appealed to X to").
_ASKING_PREPOSITIONS = data.words("extract", "asking_prepositions")


#: Raising verbs: "X seems to Y", "X appeared likely" report an impression, not what X said (PolNeAR
#: annotates the whole clause as content, with no source); passives do the same ("X is expected to Y").
RAISING = data.words("extract", "raising_verbs")


#: Words that say nothing on their own: a fragment of only these is no content.
NOT_CONTENT_POS = {"ADV", "CCONJ", "SCONJ", "ADP", "DET", "PART", "PUNCT", "SPACE"}


#: Words that open an adverbial ("On Thursday", "Then, last week"), not a fragment of what was said.
OPENING_POS = {"ADP", "SCONJ", "ADV"}


#: Tags of a finite verb, and of a finite clause's verb or modal.
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}


FINITE_TAGS = FINITE_VERB_TAGS | {"MD"}


def is_predicate_adjective(token: Token) -> bool:
    """ "was critical of X", "is eager to Y", "are confident that Z": an adjective after a copula is a cue
    (PolNeAR's be-headed cues) with its prepositional object or clause as content."""
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.i < token.i




#: Nouns of a record that shows or tells what it holds: evidence and measurements ("tests", "a database"),
#: recordings, polls and documents (the resolver's list). A record reports what it shows; it never declines.
RECORD_NOUNS = (
    data.words("extract", "evidence_nouns")
    | data.words("extract", "recording_nouns")
    | data.words("extract", "surveys")
    | data.words("resolve", "document_nouns")
)
#: Words that open a negated universal noun phrase ("no one", "nobody", "none of", "neither X nor Y";
#: `data/extract/negative_quantifiers.txt`).
NEGATIVE_QUANTIFIERS = data.words("extract", "negative_quantifiers")
#: Tags of a word after "no"/"none"/"nobody" that makes it no negation: a comparative counts ("no fewer
#: than twenty", "no more than three"), a possessive names a title ("Nobody's Fool author").
_NOT_NEGATING_TAGS = frozenset({"JJR", "RBR", "POS"})


def is_negated_universal(first: Token) -> bool:
    """Whether a noun phrase opening with `first` names no one: "no one", "nobody", "none of the officials",
    "neither of the companies", "neither the EU nor the US", "no official". It is no source: it says that
    nobody said or did a thing. "No fewer than twenty officials" (a comparative counts), "none other than
    the minister" (names one), "No Labels" (a name), "No 10" (Downing Street), "no-deal supporters" (a
    compound) and "Nobody's Fool" (a title) are not negated."""
    if first.lower_ not in NEGATIVE_QUANTIFIERS:
        return False
    following = first.nbor(1) if first.i + 1 < len(first.doc) else None
    if following is None:
        return first.lower_ != "no"
    if following.tag_ in _NOT_NEGATING_TAGS or following.lower_ == "other":
        return False
    if first.lower_ != "no":
        return True
    if following.text == "-":  # "no-one" is no one; "no-deal supporters" are people
        return first.i + 2 < len(first.doc) and first.nbor(2).lower_ == "one"
    # "no" as a determiner of a common noun: not of a name or a number ("No Labels", "No 10"), nor an
    # answer ("No, ...")
    return following.pos_ not in ("PROPN", "NUM") and not following.is_punct


def names_a_speaker(head: Token, nouns: frozenset[str], entities: frozenset[str] = frozenset()) -> bool:
    """Whether a noun phrase's head names people or a body who may speak: a proper name, a word of a named
    entity of one of the `entities` types, or a noun of `nouns`, by its lemma or as written (spaCy lemmatises
    "data" as "datum" and "media" as "medium"). The callers differ in `nouns` alone, by what may speak in
    their rule: a relay may cite a record ("citing a report"), a record never declines to comment."""
    named = head.pos_ == "PROPN" or head.ent_type_ in entities
    return named or head.lemma_.lower() in nouns or head.lower_ in nouns


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own, or the "there" of "there were reportedly four people on
    board", and so heads a clause of its own, not a phrase ("charged for allegedly providing the weapon")."""
    return any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in children(verb))


def asked_object(cue: Token, infinitive: Token) -> Token | None:
    """ "called on the mayor to apologize", "appealed to Congress to act", "pleaded with them to stay": the
    object of a preposition right after the verb, running up to the infinitive, which that object is asked
    to do."""
    preposition = next((c for c in children(cue) if c.dep_ == "prep" and cue.i < c.i < infinitive.i), None)
    if preposition is None or preposition.lower_ not in _ASKING_PREPOSITIONS or preposition.i != cue.i + 1:
        return None
    pobject = prepositional_object(preposition)
    if pobject is None or pobject.ent_type_ in TIMES:
        return None  # "tried on Tuesday to make the case": when, not whom
    return pobject if pobject.right_edge.i + 1 == infinitive.left_edge.i else None


#: Entity types of a time, which no one is asked to do anything ("tried on Tuesday to ..."), nor says it.
TIMES = frozenset({"DATE", "TIME"})


def clause_marks(clause: Token) -> set[str]:
    """The subordinating conjunctions that open a clause ("that", "if", "as"), lower-cased."""
    return {c.lower_ for c in children(clause) if c.dep_ == "mark"}


def says(verb: Token, scorer: CueScorer) -> bool:
    """An active verb of saying."""
    return scorer.is_speech(verb) and not is_passive(verb)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in children(verb))


def has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in children(verb))


def stray_agent(verb: Token) -> Token | None:
    """ "who was described as a loner by the police": the "by" of a passive's agent that the parser hung at
    the end of the verb's complement ("a loner by the police") instead of on the verb; None when the verb
    has its own agent or the "by" phrase does not end the verb's words."""
    if not is_passive(verb) or has_agent(verb):
        return None
    last = verb.right_edge
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    for token in verb.doc[verb.i + 1 : last.i]:
        if token.lower_ != "by" or token.head == verb or token.right_edge != last:
            continue
        # the "by" of a verb inside the complement is that verb's ("as a leader for voters exasperated by X"),
        # unless a quotation closes the complement before it ('as "obsessed with knives" by the police')
        path = [token.head]
        while path[-1] != verb and path[-1].head != path[-1]:
            path.append(path[-1].head)
        quoted = verb.doc[token.i - 1].text in QUOTE_MARKS
        if path[-1] != verb or (not quoted and any(t.pos_ in VERBAL_POS for t in path[:-1])):
            continue
        if token.head.pos_ == "NOUN" and token.head.lemma_.lower() in _AGENT_NOUNS:
            continue  # "described as the deadliest attack by a lone gunman": the noun's own doer
        if any(
            c.dep_ == "pobj"
            and c.pos_ in {"NOUN", "PROPN", "PRON"}
            and c.ent_type_ not in TIMES
            and c.lemma_.lower() not in _MEASURE_NOUNS
            for c in children(token)
        ):
            return token
    return None


#: Nouns of an act or event that take their own "by" agent ("an attack by X", "a victory by ten points").
_AGENT_NOUNS = data.words("resolve", "event_nouns") | frozenset(
    {"attack", "victory", "win", "defeat", "decision", "ruling", "investigation", "bid", "offer", "takeover"}
)
#: Nouns of a measure after "by": "by the standards of X", "by any measure", "by far".
_MEASURE_NOUNS = frozenset({"standard", "measure", "account", "definition", "margin", "point", "percent"})


def is_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in children(verb))


def prepositional_object(preposition: Token) -> Token | None:
    """The object of a preposition: a noun phrase ("for the ban") or a clause ("of raising taxes")."""
    return next((c for c in children(preposition) if c.dep_ in {"pobj", "pcomp"}), None)


def core_edges(token: Token) -> tuple[int, int]:
    """First and last token index of a subtree, punctuation at its edges left out."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > token.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return left, right


def has_content_child(token: Token) -> bool:
    return any(c.dep_ in {"ccomp", "xcomp"} for c in children(token))


def trimmed(sentence: SpacySpan, first: int, last: int) -> TokenRange | None:
    doc = sentence.doc
    while first <= last and (doc[first].text in TRIM or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].text in TRIM or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    return doc[first], doc[last]


def semicolon_bounds(sentence: SpacySpan, start: int, end: int) -> tuple[int, int]:
    """The first and last token of the clause a semicolon bounds around tokens `start`..`end` of a sentence:
    after the last semicolon before `start`, before the first one after `end` ("X has the most deaths,
    according to the data; at least ...", "...; his death, they reported, was described as ...")."""
    stops = [t.i for t in sentence if t.text == ";"]
    first = max((i + 1 for i in stops if i < start), default=sentence.start)
    last = min((i - 1 for i in stops if i > end), default=sentence.end - 1)
    return first, last


def opens_quotation_after(token: Token) -> bool:
    """Whether a quotation opens right after a token, after a comma or colon maybe ('said, “')."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].text in {",", ":"}:
        i += 1
    return i < len(doc) and (doc[i].tag_ == "``" or doc[i].text in OPENING_MARKS)


def clause_in(sentence: SpacySpan, first: int, last: int) -> TokenRange | None:
    """The tokens `first`..`last`, trimmed, when they hold a verb: the clause a phrase or an aside attributes
    ("Per X, <clause>", "In his view, <clause>", "which, X said, <clause>")."""
    span = trimmed(sentence, first, last)
    if span is None or not any(t.pos_ in VERBAL_POS for t in sentence.doc[span[0].i : span[1].i + 1]):
        return None
    return span


def last_word_before(token: Token, floor: Token) -> Token:
    """The last non-punctuation token before `token`, not before `floor`."""
    doc = token.doc
    i = token.i - 1
    while i > floor.i and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    return doc[i]


def set_off(token: Token) -> bool:
    """Whether a comma or dash comes right before the phrase `token` heads."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text in SETTING_OFF


def last_of_subtree(token: Token) -> Token:
    last = token.right_edge
    doc = token.doc
    while last.i > token.i and (last.text in TRIM or last.is_space or last.text in QUOTE_MARKS):
        last = doc[last.i - 1]
    return last


def cue_span(segment: Segment, cue: Token) -> tuple[int, int]:
    """The cue verb with the auxiliaries, negation and adverbs right before it ("has repeatedly said"); a
    predicate adjective with its copula ("was deeply critical")."""
    if is_predicate_adjective(cue):
        return cue_span(segment, cue.head)[0], _cue_span_end(segment, cue)
    return segment.char_start(cue_first(cue)), _cue_span_end(segment, cue)


def cue_first(cue: Token) -> Token:
    """The first token of the cue span: the auxiliaries, negation and adverbs right before the cue."""
    first = cue
    for child in sorted(cue.lefts, key=lambda c: -c.i):
        if child.i == first.i - 1 and (child.dep_ in CUE_MODIFIERS or is_adverb_of(child)):
            first = child
    return first


def is_adverb_of(child: Token) -> bool:
    """An adverb of the cue ("also said"), not a name the parser hung as one ("Mukasey said")."""
    return child.dep_ == "advmod" and child.pos_ != "PROPN"


def _cue_span_end(segment: Segment, cue: Token) -> int:
    return segment.char_end(cue_last(cue))


def cue_last(cue: Token) -> Token:
    """The last token of the cue span: the cue and the particles right after it ("pointed out")."""
    last = cue
    for child in cue.rights:
        if child.i == last.i + 1 and child.dep_ == "prt":
            last = child
    return last


def char_range(segment: Segment, first: Token, last: Token) -> tuple[int, int]:
    return segment.char_start(first), segment.char_end(last)


def phrase_range(segment: Segment, head: Token) -> tuple[int, int]:
    """The characters of the phrase `head` heads, its whole subtree less the punctuation and quotation marks
    that close it (`last_of_subtree`): a source's span ("three anonymous sources")."""
    return char_range(segment, head.left_edge, last_of_subtree(head))


def word_count(stretch: str) -> int:
    return sum(1 for _ in words(stretch))


def token_at(segments: Sequence[Segment], offset: int) -> Token | None:
    """The parsed token that starts at an article offset, if any."""
    segment = segment_at(segments, offset, offset + 1)
    if segment is None:
        return None
    at = offset - segment.start
    span = segment.doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def meets(span: tuple[int, int], quote: Quote) -> bool:
    """Whether a span and a quote share any character."""
    return span[0] < quote.end and quote.start < span[1]

"""Phrases that attribute a clause: "according to X", "Per X, ...", polls ("In a poll, ...") and stances
("In his view")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.relation import Relation, TokenRange
from sourcetrace.extract.syntax import (
    FINITE_VERB_TAGS,
    RELATIVE_TAGS,
    SUBJECTS,
    VERBAL_POS,
    char_range,
    clause_in,
    has_subject,
    last_word_before,
    phrase_range,
    semicolon_bounds,
    trimmed,
)
from sourcetrace.parse import Segment, children

#: Nouns whose findings a sentence opened by "In a ... poll," reports.
_SURVEYS = data.words("extract", "surveys")
#: Nouns of a stance: "In his view, ..." attributes the clause after it to "his".
STANCE_NOUNS = data.words("extract", "stance_nouns")
#: Prepositions that open the phrase of a stance ("In his view", "From her view").
STANCE_PREPOSITIONS = frozenset({"in", "from"})


def according_to(segment: Segment, sentence: SpacySpan, according: Token) -> Relation | None:
    to = according.nbor()
    objects = [c for c in children(to) if c.dep_ == "pobj"] or [
        c for c in children(according) if c.dep_ == "pobj"
    ]
    split = _split_at_comma(according, to, objects)
    if split is not None:
        source_first, source_last, content_first = split
        content = trimmed(sentence, content_first.i, sentence.end - 1)
        return Relation(
            cue=(segment.char_start(according), segment.char_end(to)),
            source=char_range(segment, source_first, source_last),
            content=(char_range(segment, *content),) if content else (),
        )
    source = phrase_range(segment, objects[0]) if objects else None
    phrase_start = according.i
    phrase_end = max(according.right_edge.i, to.right_edge.i)
    closing = _closing_comma(according, objects[0]) if objects else None
    if closing is not None:
        # "largely Kurdish and, according to Turkey, supportive of the PKK": the aside ends at its comma, and
        # what the parser hung on the source after it is the attributed words
        source = char_range(segment, objects[0].left_edge, last_word_before(closing, objects[0]))
        phrase_end = closing.i
    opening = _opening_subordinate_clause(sentence, phrase_start, phrase_end)
    if opening is not None:
        return Relation(
            cue=(segment.char_start(according), segment.char_end(to)),
            source=source,
            content=(char_range(segment, *opening),),
        )
    # the clause the phrase modifies is the content ("X earned $600 million, according to filings, a huge
    # sum"); when the parser hangs the phrase elsewhere, the longer side of the sentence
    head = according.head
    if head.pos_ in VERBAL_POS and sentence.start <= head.i < sentence.end and head != according:
        before = head.i < phrase_start
    else:
        before = phrase_start - sentence.start > sentence.end - 1 - phrase_end
    # a semicolon ends the clause the phrase attributes ("X has the most deaths, according to the data; at
    # least 55,000 deaths as of yesterday, ... according to the website")
    first, last = semicolon_bounds(sentence, phrase_start, phrase_end)
    parts = [trimmed(sentence, first, phrase_start - 1), trimmed(sentence, phrase_end + 1, last)]
    splits = not before and any(c.dep_ in SUBJECTS and c.i < phrase_start for c in children(head))
    if closing is None and not splits:
        # "The suspect, according to the police, fled": both sides when the phrase splits a clause from its
        # subject, else the one side (the other when a semicolon leaves nothing on that one)
        chosen, other = (parts[0], parts[1]) if before else (parts[1], parts[0])
        parts = [chosen if chosen is not None else other]
    kept = [part for part in parts if part is not None]
    if not kept:
        return None
    return Relation(
        cue=(segment.char_start(according), segment.char_end(to)),
        source=source,
        content=tuple(char_range(segment, first, last) for first, last in kept),
    )


def _opening_subordinate_clause(
    sentence: SpacySpan, phrase_start: int, phrase_end: int
) -> TokenRange | None:
    """ "While only 10% own a fursuit according to a 2011 study, organizers reported ...": a phrase that ends
    the subordinate clause opening the sentence (a subordinator first, no comma before the phrase, a comma
    right after it) attributes that clause, whatever verb the parser hung it on. Its first and last token."""
    doc = sentence.doc
    first = doc[sentence.start]
    if first.dep_ != "mark" or first.i >= phrase_start or phrase_end + 1 >= sentence.end:
        return None
    if doc[phrase_end + 1].text != "," or any(t.text in {",", ";", ":"} for t in doc[first.i : phrase_start]):
        return None
    return trimmed(sentence, first.i + 1, phrase_start - 1)


def _closing_comma(according: Token, source: Token) -> Token | None:
    """The comma that closes an aside ", according to X," when the parser hung the words after it on the
    source ("and, according to Turkey, supportive of the PKK"), if they hold no clause of their own."""
    doc = according.doc
    if according.i == 0 or doc[according.i - 1].text != ",":
        return None
    words = list(source.subtree)
    closing = next((t for t in words if t.text == "," and t.i > source.i), None)
    if closing is None or closing.i == words[-1].i:
        return None
    rest = [t for t in words if t.i > closing.i]
    if rest[0].dep_ not in {"amod", "acl", "advmod"} or any(t.pos_ in VERBAL_POS for t in rest):
        return None  # "according to Jo Roe, head of the centre, and other scientists": the source's own words
    return closing


def _split_at_comma(according: Token, to: Token, objects: list[Token]) -> tuple[Token, Token, Token] | None:
    """ "According to X, the manifesto could strengthen the case", "According to Samoa Observer editor Jo Roe,
    the movement was able to ...": where the parser took the clause's subject for an apposition of the
    source (`_clause_taken_for_apposition`), or the source for the clause's subject ("to" left without an
    object), the phrase ends at its comma: the source's first and last words and the content's first."""
    if objects:
        clause = _clause_taken_for_apposition(according, objects[0])
        if clause is None:
            return None
        return objects[0].left_edge, last_word_before(clause.left_edge, objects[0]), clause.left_edge
    doc = to.doc
    comma = next((t for t in doc[to.i + 1 : to.sent.end] if t.text == ","), None)
    if comma is None or comma.i < to.i + 2 or comma.i + 1 >= to.sent.end:
        return None
    words = doc[to.i + 1 : comma.i]
    nominal = any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in words)
    if not nominal or any(t.pos_ in VERBAL_POS for t in words):
        return None
    return words[0], words[-1], comma.nbor()


def _clause_taken_for_apposition(according: Token, source: Token) -> Token | None:
    """ "According to U.S. Attorney Bash, the manifesto if written by the suspect could strengthen the case":
    the parser may take the subject of the clause after the phrase for an apposition of its source, and the
    clause's verb for a relative clause with no relative word, or leave that verb without a subject. The
    apposition, if so."""
    doc = source.doc
    head = according.head
    for child in source.rights:
        if child.dep_ != "appos" or doc[child.left_edge.i - 1].text != ",":
            continue
        if child.pos_ == "PROPN" or child.ent_type_ == "PERSON":
            continue  # "According to the town's first selectman, Jo Roe, there were ...": the source's name
        verbs = [t for t in child.subtree if t.dep_ == "relcl" and t.head == child]
        if any(_finite(verb) and not _has_relative_word(verb) for verb in verbs):
            return child
        subjectless = head.pos_ in VERBAL_POS and head.i > child.right_edge.i and _finite(head)
        if subjectless and not has_subject(head):
            return child
    return None


def _has_relative_word(verb: Token) -> bool:
    return any(c.tag_ in RELATIVE_TAGS or c.lower_ == "that" for c in children(verb))


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_VERB_TAGS or any(c.tag_ == "MD" for c in children(verb))


def per_phrase(segment: Segment, sentence: SpacySpan, per: Token) -> Relation | None:
    """ "Per the decree signed by the Pope, priests are expected to ...", "Per numbers reported by the
    agency, 415,000 priests ...": "per" opening a sentence, with its noun phrase set off by a comma, is
    "according to" (the Wikinews guidelines mark it so); not "per cent", "per day" or "as per" inside a
    clause."""
    source = next((c for c in children(per) if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase_end = per.right_edge.i
    doc = sentence.doc
    if phrase_end + 1 >= sentence.end or doc[phrase_end + 1].text != ",":
        return None
    content = clause_in(sentence, phrase_end + 2, sentence.end - 1)
    if content is None:
        return None
    return Relation(
        cue=(segment.char_start(per), segment.char_end(per)),
        source=phrase_range(segment, source),
        content=(char_range(segment, *content),),
    )


def in_view(segment: Segment, sentence: SpacySpan, preposition: Token) -> Relation | None:
    """ "In his view, the centres are on a par ...", "From her view, this is a national problem", "In the
    opinion of the judge, ...": a phrase of stance opening the sentence attributes the clause after it to
    the noun's possessor (the Wikinews guidelines count "In his view, ..." as an attribution; the cue is the
    phrase, the source its possessor)."""
    stance = next((c for c in children(preposition) if c.dep_ == "pobj"), None)
    if stance is None or stance.lower_ not in STANCE_NOUNS:
        return None
    possessor = next((c for c in children(stance) if c.dep_ == "poss"), None)
    of = next((c for c in children(stance) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (possessor is None) == (of is None):
        return None  # "In his view of the city, ...": what he sees, not what he holds
    holder = possessor if of is None else next((c for c in children(of) if c.dep_ == "pobj"), None)
    if holder is None:
        return None
    content = clause_in(sentence, preposition.right_edge.i + 1, sentence.end - 1)
    if content is None:
        return None  # "In my view, nothing.": no clause
    cue_end = stance if holder.i < stance.i else holder.head
    return Relation(
        cue=(segment.char_start(preposition), segment.char_end(cue_end)),
        source=phrase_range(segment, holder),
        content=(char_range(segment, *content),),
    )


def in_survey(segment: Segment, sentence: SpacySpan, preposition: Token) -> Relation | None:
    """ "In a Gallup poll released Monday, 50 percent chose ...": a sentence opened by a poll or survey
    reports its finding as "according to" would (16 of 19 such sentences in PolNeAR train are annotated so,
    with "In" for the cue)."""
    survey = next((c for c in children(preposition) if c.dep_ == "pobj"), None)
    if survey is None or survey.lemma_.lower() not in _SURVEYS:
        return None
    if preposition.head.pos_ not in VERBAL_POS:
        return None
    content = trimmed(sentence, preposition.right_edge.i + 1, sentence.end - 1)
    if content is None:
        return None
    return Relation(
        cue=(segment.char_start(preposition), segment.char_end(preposition)),
        source=phrase_range(segment, survey),
        content=(char_range(segment, *content),),
    )

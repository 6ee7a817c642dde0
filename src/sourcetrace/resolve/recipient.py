"""Who was told: the addressee of a cue ("told The Associated Press", "told reporters", "said in an
interview with CNN", "said to the gathered crowd", "Speaking to NBC News, she said", "asked the governments
of the region to ...", "spoke on Fox News"), or whoever interviewed an unnamed source ("protesters Wikinews
interviewed")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sourcetrace.parse import Segment, children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import tokens_of
from sourcetrace.types import Span

_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_OUTLETS = frozenset({"ORG", "WORK_OF_ART"})
_TIMES = frozenset({"DATE", "TIME"})


def _phrase(token: Token) -> str:
    """The noun phrase of a token without its clauses: "The Associated Press", "reporters", "Star of
    Mysore", "the governments of South East Asia"; a noun named in apposition is its name ("newspaper Star
    of Mysore")."""
    named = next((c for c in children(token) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if token.pos_ == "NOUN" and named is not None:
        token = named
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "flat", "amod", "nmod", "poss", "det", "nummod"):
            start = min(start, child.left_edge.i)
    end = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and token.ent_type_ != "PERSON":
            objects = [c for c in children(child) if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
            if objects:
                end = max(t.i for t in objects[0].subtree)
    doc = token.doc
    # a leading article, or a common noun describing a name ("newspaper Star of Mysore"), is left out
    while start < token.i and (
        doc[start].dep_ == "det"
        or (token.pos_ == "PROPN" and doc[start].pos_ == "NOUN" and doc[start].is_lower)
    ):
        start += 1
    return doc[start : end + 1].text


def _object_of(verb: Token, deps: tuple[str, ...] = ("dobj", "dative", "iobj")) -> Token | None:
    return next((c for c in children(verb) if c.dep_ in deps and c.pos_ in _NOMINAL), None)


def _prep_object(verb: Token, preposition: str) -> Token | None:
    """The object of the verb's phrase of `preposition`."""
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            found = next((c for c in children(prep) if c.dep_ == "pobj" and c.pos_ in _NOMINAL), None)
            if found is not None:
                return found
    return None


def _is_time(token: Token) -> bool:
    """Whether a noun names a time, not someone ("on Thursday", "on Christmas Eve", "on the day")."""
    lemma = token.lemma_.lower()
    named_time = lemma in lexicon.words("time_nouns") or lemma in lexicon.words("weekdays")
    return token.ent_type_ in _TIMES or named_time


def _called_on(verb: Token) -> Token | None:
    """Whom "call on" addresses: the object of an "on" after the verb that names no time ("called on
    Congress to act"; not "On Thursday, X called for ...", nor "called on Tuesday for ...")."""
    ons = [c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i]
    objects = [c for on in ons for c in children(on) if c.dep_ == "pobj" and c.pos_ in _NOMINAL]
    found = objects[0] if objects else None
    if found is None and ons:
        # the parser may make the addressee the subject of the clause after it ("called on Congress to act")
        clauses = [c for c in children(verb) if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i]
        subjects = [s for c in clauses for s in children(c) if s.dep_ == "nsubj" and s.pos_ in _NOMINAL]
        found = next((s for s in subjects if s.left_edge.i == ons[0].i + 1), None)
    return None if found is None or _is_time(found) else found


def _names_people(token: Token) -> bool:
    """Whether a noun names people or an institution: a name, a pronoun, a role or institution noun."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    lemma = token.lemma_.lower()
    return (
        lexicon.is_role_noun(lemma)
        or lexicon.is_organization_noun(lemma)
        or lemma in lexicon.words("audience_nouns")
    )


def _interview_partner(verb: Token) -> Token | None:
    """Whom the words were addressed to when the verb says where ("said in an interview with CNN", "wrote in
    a letter to the council"); the parser may hang that phrase on the subject before the verb ("Jo Roe, in
    remarks to The Ledger, contended ...")."""
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    for prep in (*children(verb), *(c for s in subjects for c in children(s))):
        if prep.dep_ != "prep" or prep.text.lower() != "in":
            continue
        for noun in children(prep):
            if noun.lemma_.lower() in lexicon.words("exchange_nouns"):
                for with_ in children(noun):
                    if with_.dep_ == "prep" and with_.text.lower() in ("with", "to"):
                        return next((c for c in children(with_) if c.dep_ == "pobj"), None)
    return None


def _addressee(verb: Token) -> Token | None:
    """The one a verb of speech addresses: its object for telling and asking, "to" for saying, an outlet
    after "on" ("spoke on Fox News"), the partner of an interview, or "to" of a participle before it
    ("Speaking to NBC News, she said")."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.words("telling_verbs"):
        found = _object_of(verb)
        if found is not None:
            return found
    if lemma in lexicon.words("asking_verbs"):
        found = _called_on(verb) if lemma == "call" else _object_of(verb)
        if found is not None and _names_people(found):
            return found
    found = _prep_object(verb, "to") if lemma in lexicon.words("addressing_verbs") else None
    if found is None and lemma in lexicon.words("speaking_verbs"):
        on = _prep_object(verb, "on")
        outlet = on is not None and (on.ent_type_ in _OUTLETS or on.pos_ == "PROPN") and not _is_time(on)
        found = on if outlet else None  # "spoke on Fox News", not "said on last Wednesday"
    found = found or _interview_partner(verb)
    if found is not None:
        return found
    for clause in children(verb):
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in ("speak", "talk"):
            return _prep_object(clause, "to")
    return None


def _interviewer(source: list[Token]) -> Token | None:
    """Who interviewed an unnamed source: "Some of the protesters Wikinews interviewed"."""
    for token in source:
        if token.dep_ == "relcl" and token.lemma_.lower() in lexicon.words("interview_verbs"):
            return next((c for c in children(token) if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    return None


def _relay(participle: Token, source: Span, segment: Segment) -> Token | None:
    """Who relays a cited party: when the source is the object of the cue's participle ("The agency, citing
    three sources, reported ..." gives the sources' attribution, `extract/relays.py`), the subject of the
    reporting verb, or the noun the participle modifies ("The paper, quoting an official, said")."""
    party = next((c for c in children(participle) if c.dep_ == "dobj"), None)
    if party is None or participle.tag_ != "VBG":
        return None
    if not source.start <= segment.char_start(party) < source.end:
        return None
    if participle.dep_ == "acl":
        return participle.head
    return next((c for c in children(participle.head) if c.dep_ == "nsubj" and c.pos_ in _NOMINAL), None)


def recipient(segment: Segment | None, cue: Span, source: Span | None = None) -> str | None:
    """The addressee of the cue's verb, as written (a leading "the" dropped), or None."""
    if segment is None:
        return None
    found: Token | None = None
    for token in tokens_of(segment, cue.start, cue.end):
        if token.pos_ in ("VERB", "AUX"):
            found = (_relay(token, source, segment) if source is not None else None) or _addressee(token)
            if found is None and token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp"):
                # "addressed reporters ..., calling for ...": the participle's verb addressed them
                head = token.head
                if head.lemma_.lower() in lexicon.words("telling_verbs") | lexicon.words("asking_verbs"):
                    found = _object_of(head)
                    found = found if found is not None and _names_people(found) else None
            if found is not None:
                break
    if found is None and source is not None and segment.start <= source.start < source.end <= segment.end:
        found = _interviewer(tokens_of(segment, source.start, source.end))
    at = segment.start + found.idx if found is not None else -1
    if source is not None and cue.end <= at and source.start <= at < source.end:
        return None  # "The new law, wrote Jo Roe, ...": the object of an inverted verb is its speaker
    return _THE.sub("", _phrase(found)) if found is not None else None

"""Who was told: the addressee of a cue ("told The Associated Press", "told reporters", "said in an
interview with CNN")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sourcetrace.parse import Segment, children
from sourcetrace.resolve import lexicon
from sourcetrace.resolve.mention import tokens_of
from sourcetrace.types import Span

_TELLING = lexicon.words("telling_verbs")
#: Verbs of saying whose "to X" is whom they address ("said to the crowd"), and verbs of speaking whose
#: participle or "on X" names it too ("Speaking to X, she said"; "spoke on Fox News").
_SAYING = lexicon.words("addressing_verbs")
_SPEAKING = lexicon.words("speaking_verbs")
_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)


def _phrase(token: Token) -> str:
    """The noun phrase of a token without what follows it: "The Associated Press", "reporters"; a name goes on
    through "of" and the name after it ("Star of Mysore")."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "flat", "amod", "nmod", "poss", "det", "nummod"):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and doc[start].dep_ == "det":
        start += 1
    end = token.i
    of = next((c for c in children(token) if c.dep_ == "prep" and c.lower_ == "of" and c.i == end + 1), None)
    if token.pos_ == "PROPN" and of is not None:
        named = next((c for c in children(of) if c.dep_ == "pobj"), None)
        if named is not None and named.pos_ == "PROPN" and named.left_edge.i == of.i + 1:
            end = named.i
    return doc[start : end + 1].text


def _interview_partner(verb: Token) -> Token | None:
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.text.lower() != "in":
            continue
        for noun in children(prep):
            if noun.lemma_.lower() in ("interview", "conversation", "call", "email", "message"):
                for with_ in children(noun):
                    if with_.dep_ == "prep" and with_.text.lower() in ("with", "to"):
                        return next((c for c in children(with_) if c.dep_ == "pobj"), None)
    return None


def _spoken_to(verb: Token) -> Token | None:
    """Whom a verb of saying addresses by a preposition: "said to the gathered crowd", "spoke to reporters",
    "spoke on Fox News" (a name after "on"), or a participle before it: "Speaking to NBC News, she said"."""
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() in _SAYING:
            return next((c for c in children(child) if c.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ == "on" and verb.lemma_.lower() in _SPEAKING:
            named = next((c for c in children(child) if c.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "PROPN":
                return named
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in _SPEAKING:
            addressed = _spoken_to(child)
            if addressed is not None:
                return addressed
    return None


def recipient(segment: Segment | None, cue: Span) -> str | None:
    """The addressee of the cue's verb, as written (a leading "the" dropped), or None."""
    if segment is None:
        return None
    for token in tokens_of(segment, cue.start, cue.end):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_.lower() in _TELLING:
            for child in children(token):
                if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                    return _THE.sub("", _phrase(child))
        addressee = _interview_partner(token) or _spoken_to(token)
        if addressee is not None:
            return _THE.sub("", _phrase(addressee))
    return None

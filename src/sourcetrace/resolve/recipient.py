"""Who was told: the addressee of a cue ("told The Associated Press", "told reporters", "said in an
interview with CNN")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sourcetrace.parse import Segment, children
from sourcetrace.resolve.mention import tokens_of
from sourcetrace.types import Span

_TELLING = frozenset({"tell", "inform", "assure", "brief", "write", "email", "text", "warn", "remind"})
_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)


def _phrase(token: Token) -> str:
    """The noun phrase of a token without what follows it: "The Associated Press", "reporters"."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "flat", "amod", "nmod", "poss", "det", "nummod"):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and doc[start].dep_ == "det":
        start += 1
    return doc[start : token.i + 1].text


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
        partner = _interview_partner(token)
        if partner is not None:
            return _THE.sub("", _phrase(partner))
    return None

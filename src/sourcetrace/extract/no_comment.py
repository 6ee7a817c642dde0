"""Declined comment: "did not respond to requests for comment", "declined to comment", "could not be reached".

The phrasings are data (`sourcetrace/data/no_comment.txt`, one regular expression a line); a match becomes a
`no_comment` attribution whose source is the subject of the phrase's first verb and whose content is empty.
A refusal by a negated subject is one too: "neither of the companies would reveal the price", "none of the
officials would comment" (`declined_by_no_one`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.syntax import (
    NEGATIVE_QUANTIFIERS,
    NOMINAL_SUBJECTS,
    RECORD_NOUNS,
    VERBAL_POS,
    is_negated_universal,
)
from sourcetrace.parse import children, span_text


@dataclass(frozen=True)
class NoCommentMatch:
    tokens: tuple[Token, ...]
    verb: Token


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = [line.strip() for line in data.lines("no_comment.txt")]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def find_no_comment(sentence: SpacySpan) -> Iterator[NoCommentMatch]:
    """Declined-comment phrases in a parsed sentence, with the verb whose subject is the source."""
    for match in _pattern().finditer(span_text(sentence)):
        span = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        verbs = [t for t in span if t.pos_ in VERBAL_POS]
        verb = next((t for t in verbs if any(c.dep_ in NOMINAL_SUBJECTS for c in children(t))), None)
        if verb is None:
            verb = verbs[0] if verbs else span.root
            # "X did not respond": the subject hangs from the main verb the auxiliary belongs to
            while verb.dep_ in {"aux", "neg", "xcomp"} and verb.head != verb:
                verb = verb.head
        yield NoCommentMatch(tuple(span), verb)


#: Verbs of giving information away (`data/extract/disclosure_verbs.txt`).
_DISCLOSURE_VERBS = data.words("extract", "disclosure_verbs")
#: Modals of refusal: "would not say", and with a negated subject "neither would say".
_REFUSAL_MODALS = frozenset({"would", "will", "wo"})


def declined_by_no_one(sentence: SpacySpan) -> Iterator[NoCommentMatch]:
    """ "Neither of the companies involved would reveal the agreement", "none of the officials would comment",
    "nobody would say how many died": a verb of disclosing with the modal of refusal and a negated universal
    subject reports that the parties named declined to say; the cue runs from the modal to the verb. Without
    the modal the negated subject is no source at all ("no one is predicting failures")."""
    for token in sentence:
        if token.lemma_.lower() not in _DISCLOSURE_VERBS or token.pos_ != "VERB":
            continue
        modal = next((c for c in children(token) if c.dep_ == "aux" and c.lower_ in _REFUSAL_MODALS), None)
        if modal is None or modal.i > token.i:
            continue
        subjects = [c for c in children(token) if c.dep_ in NOMINAL_SUBJECTS]
        if _claim_or_comparison(token):
            continue
        if any(is_negated_universal(s.left_edge) and _may_speak(s) for s in subjects):
            yield NoCommentMatch(tuple(sentence.doc[modal.i : token.i + 1]), token)


#: Comparatives on the verb: "no one will explain the rules better than Ana Ruiz" ranks her.
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _claim_or_comparison(verb: Token) -> bool:
    """ "No one would say that she is lazy", "nobody will explain it better than Ana Ruiz": a claim no one
    would make, or a comparison, is no one declining to disclose. (A "that" clause of another verb stays a
    refusal: "none of the officials would confirm that the talks had failed".)"""
    if any(c.tag_ in _COMPARATIVE_TAGS for c in children(verb)):
        return True
    clauses = [c for c in children(verb) if c.dep_ == "ccomp"] if verb.lemma_.lower() == "say" else []
    return any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in children(c))


#: Nouns of people and bodies that may speak or decline to: roles ("official"), institutions ("company"),
#: sources ("source"); the resolver's lists and the relayed sources of extraction, less the records among
#: them ("report", "memo", "poll"), which cannot decline ("None of the reports would reveal the source").
_SPEAKER_NOUNS = (
    data.words("resolve", "role_nouns")
    | data.words("resolve", "organization_nouns")
    | data.words("extract", "relayed_sources")
) - RECORD_NOUNS


def _may_speak(subject: Token) -> bool:
    """Whether a negated subject names people or bodies, who could have spoken: "nobody", "no one", "none
    of them", "neither of the companies", "no official", "neither X nor Y" (names). "No question would
    reveal anything" says nothing of anyone declining."""
    kind = subject
    for preposition in children(subject):
        if preposition.dep_ == "prep" and preposition.lower_ == "of":
            kind = next((o for o in children(preposition) if o.dep_ == "pobj"), kind)
    if kind.pos_ in ("PRON", "PROPN") or kind.lower_ == "one":
        return True
    if kind is subject and subject.lower_ in NEGATIVE_QUANTIFIERS:
        return True  # "Nobody would say", "neither would comment"
    return kind.lemma_.lower() in _SPEAKER_NOUNS or kind.lower_ in _SPEAKER_NOUNS

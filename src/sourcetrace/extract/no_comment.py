"""Declined comment: "did not respond to requests for comment", "declined to comment", "could not be reached".

The phrasings are data (`sourcetrace/data/no_comment.txt`, one regular expression a line); a match becomes a
`no_comment` attribution whose source is the subject of the phrase's first verb and whose content is empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.syntax import NOMINAL_SUBJECTS, VERBAL_POS
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

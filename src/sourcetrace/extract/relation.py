"""An attribution under construction (`Relation`) and a possible one (`Candidate`), in article offsets."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import HEAD, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Token

from sourcetrace import data
from sourcetrace.extract.facts import DocFacts
from sourcetrace.types import Kind

#: A run of tokens, first and last inclusive.
TokenRange = tuple[Token, Token]


@dataclass(frozen=True)
class Relation:
    """An attribution found in an article, in article character offsets, before ids and parents are given
    (`nesting.finish`). A step of extraction that changes one makes a new record (`dataclasses.replace`)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]
    kind: Kind = "indirect"
    absolute_with: int | None = None  # offset of "with" in "with one source saying ..."
    clause_start: int | None = None  # where the cue's own clause starts in "..., and they say ..."
    content_type: str = ""  # how the content was found (see `Candidate`)

    @property
    def content_start(self) -> int:
        return self.content[0][0] if self.content else self.cue[0]

    @property
    def content_end(self) -> int:
        return self.content[-1][1] if self.content else self.cue[1]

    def holds(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.content)

    def extended(self, start: int, end: int) -> Relation:
        """The relation with one more content part (a quote it goes on with)."""
        return replace(self, content=(*self.content, (start, end)))


@dataclass(frozen=True)
class Candidate:
    """A possible attribution: a cue token with the content and source the parse gives it. The cue
    classifier decides which candidates are attributions; `content_type` says how the content was found."""

    token: Token
    relation: Relation
    content_type: str
    content_size: int = 0  # tokens
    content_clausal: bool = False  # the content holds a verb
    content_first: str = ""  # the content's first word ("that", "to", "whether") or its tag
    content_head: Token | None = None  # the syntactic head of the content


def make_candidate(
    facts: DocFacts, cue: Token, relation: Relation, content_type: str, parts: list[TokenRange]
) -> Candidate:
    """A candidate with what the classifier needs to know of its content: size, whether it holds a verb,
    its first word and its syntactic head."""
    doc = cue.doc
    heads, verbal = _heads_and_verbs(facts)
    indices = [i for first, last in parts for i in range(first.i, last.i + 1)]
    low, high = parts[0][0].i, parts[-1][1].i
    head_index = next((i for i in indices if not low <= heads[i] <= high or heads[i] == i), None)
    head = doc[head_index] if head_index is not None else None
    opener = parts[0][0]
    first_word = opener.lower_ if opener.lower_ in _CONTENT_OPENERS else f"<{opener.tag_}>"
    clausal = any(verbal[i] for i in indices)
    return Candidate(cue, relation, content_type, len(indices), clausal, first_word, head)


def _heads_and_verbs(facts: DocFacts) -> tuple[list[int], list[bool]]:
    """Each token's head index and whether it is a verb or auxiliary, read once per parsed stretch from the
    doc's arrays (a content spans many tokens, and spaCy makes a new Token object on every access)."""
    if facts.heads is None or facts.verbal is None:
        array = facts.doc.to_array([HEAD, POS])
        facts.heads = (array[:, 0].astype(np.int64) + np.arange(len(facts.doc))).tolist()  # HEAD is relative
        facts.verbal = [pos in _VERBAL for pos in array[:, 1].tolist()]
    return facts.heads, facts.verbal


#: Parts of speech that make a content clausal.
_VERBAL = {VERB, AUX}


#: Words that open a content and say what kind it is (a claim, a question, an intention).
_CONTENT_OPENERS = data.words("extract", "content_openers")

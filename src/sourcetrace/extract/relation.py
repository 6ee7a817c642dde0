"""An attribution under construction (`Relation`) and a possible one (`Candidate`), in article offsets."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sourcetrace.types import Kind


@dataclass
class Relation:
    """An attribution under construction, in article character offsets."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: list[tuple[int, int]]
    kind: Kind = "indirect"
    absolute_with: int | None = None  # offset of "with" in "with one source saying ..."
    clause_start: int | None = None  # where the cue's own clause starts in "..., and they say ..."
    content_type: str = ""  # how the content was found (see `Candidate`)
    parent: int | None = None

    @property
    def content_start(self) -> int:
        return self.content[0][0] if self.content else self.cue[0]

    @property
    def content_end(self) -> int:
        return self.content[-1][1] if self.content else self.cue[1]

    def holds(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.content)


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

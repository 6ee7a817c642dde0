"""The records that flow through sourcetrace: an `Article` read from some input, and the `Attribution`s
and `Credit`s found in it.

All records are small frozen dataclasses. Every span is a pair of character offsets into `Article.text`
exactly as read (never normalised), plus the text it covers, so that `text[start:end] == span.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "indirect", "mixed", "no_comment"]
SourceType = Literal[
    "person", "organization", "document", "anonymous_individual", "anonymous_group", "unknown"
]
#: Source types whose source is unnamed.
ANONYMOUS_SOURCE_TYPES: frozenset[str] = frozenset({"anonymous_individual", "anonymous_group"})
#: What kind of act an attribution reports: speech or writing ("said", "wrote"), a document that states or
#: finds ("the report found"), a mental state ("hopes", "wants to", "is expected to"), a declined comment.
Act = Literal["statement", "document", "mental", "no_comment"]
#: The acts a sourcing audit counts by default: what was said or written, and who declined to say.
SOURCED_ACTS: frozenset[str] = frozenset({"statement", "document", "no_comment"})


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Actor:
    """The canonical person or organisation behind a source, within one article.

    Coordinated sources ("Reuters and NBC said") are one actor named as the article joins them ("Reuters and
    NBC"; "A, B and C"), with no title of its own, and `members` holding each of them with their title;
    `members` is empty for a single actor."""

    name: str
    title: str | None = None
    members: tuple[Actor, ...] = ()


@dataclass(frozen=True)
class Anonymity:
    """What the reporter tells about an unnamed source ("three senior Russian sources who ...")."""

    count: int | None = None
    affiliation: str | None = None
    justification: str | None = None


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: a source, through a cue, is credited with a content.

    `source` is None for attributions without a source ("it was reported that ..."); `content` is None for a
    declined comment. An interrupted quote has several `content_parts`; `content` then spans from the first
    part's start to the last part's end. `parent` is the id of the attribution whose content holds this one.
    `act` says what kind of act it reports (`Act`; set by the resolver, `sourcetrace.resolve.act`).
    """

    id: str
    kind: Kind
    cue: Span
    source: Span | None
    content: Span | None
    content_parts: tuple[Span, ...] = ()
    parent: str | None = None
    source_type: SourceType | None = None
    actor: Actor | None = None
    on_behalf_of: str | None = None
    recipient: str | None = None
    anonymous: Anonymity | None = None
    act: Act = "statement"


@dataclass(frozen=True)
class CountOptions:
    """Which attributions the sourcing figures count: profiles, anonymous shares, the store's outlet and
    actor queries and the terminal view.

    By default statements, documents and declined comments (`SOURCED_ACTS`): a mental state ("we want to
    thank", "is expected to") credits no information to a source. `include_mental` counts them too. Whatever
    this says, the JSON records and the store keep every attribution, and PolNeAR evaluation scores all.
    """

    include_mental: bool = False

    @property
    def acts(self) -> frozenset[str]:
        """The acts counted."""
        return (SOURCED_ACTS | {"mental"}) if self.include_mental else SOURCED_ACTS

    def counts(self, attribution: Attribution) -> bool:
        return attribution.act in self.acts


@dataclass(frozen=True)
class SourcingProfile:
    """How an article's claims are sourced: counts by source type, named actors, declined comments, the
    recipients credited ("told Reuters") and the source types the lede rests on.

    These count the attributions `CountOptions` counts; `by_act` counts every attribution by its act, so
    that what was left out (mental states, by default) shows."""

    attributions: int = 0
    by_source_type: dict[str, int] = field(default_factory=dict)
    named_actors: tuple[tuple[str, int], ...] = ()
    declined: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    lede_rests_on: tuple[str, ...] = ()
    by_act: dict[str, int] = field(default_factory=dict)

    @property
    def anonymous(self) -> int:
        return self.by_source_type.get("anonymous_individual", 0) + self.by_source_type.get(
            "anonymous_group", 0
        )


CreditKind = Literal["dateline", "byline", "credit_line", "recipient"]


@dataclass(frozen=True)
class Credit:
    """Evidence that a story is credited to the agency or outlet `name` (canonical): how it was found
    (`kind`) and where in the text (`span`; None for a byline)."""

    name: str
    kind: CreditKind
    span: Span | None = None


@dataclass(frozen=True)
class Article:
    """A news article: its text and what is known about it, and, once extracted, its attributions.

    Readers fill the text and metadata; extraction returns a copy with `attributions` and `profile` set,
    and the evidence of credit found in it (`credit_evidence`, in text order; None until looked for) with
    `credits`, the agencies credited: the reader's if it gave any, else the distinct names of the evidence.
    `body_start` is the offset where the article body begins after a header line the reader recognised
    (the header stays in `text`, so that offsets index the text exactly as read). `language` is the ISO 639-1
    code of the text (None until detected: the pipeline detects it); `skipped` says why extraction was not
    run on it ("language de": sourcetrace reads English), with no attributions. `origin` says where it was
    read from in full (see below).
    """

    text: str
    name: str = ""
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    source_format: str = "text"
    body_start: int = 0
    credits: tuple[str, ...] = ()
    credit_evidence: tuple[Credit, ...] | None = None
    attributions: tuple[Attribution, ...] = ()
    profile: SourcingProfile | None = None
    skipped: str | None = None
    #: Where the article was read from in full, set by the readers: the absolute path of its file, with
    #: `:LINE` for a JSONL line and `@OFFSET` for a WARC record (None for text given directly). With `url`
    #: it is the article's identity in the corpus: two files both named story.txt are two articles.
    origin: str | None = None

"""The corpus schema, as SQLAlchemy 2.0 typed models.

Reading order for a newcomer:

- `Outlet`: a publisher ("Reuters", "Breitbart"); articles point to it.
- `Article`: one stored article, identified by `key` (where it came from: its URL, else its file's full
  path with the line or record) and, as a version, by `content_hash` (SHA-256 of its text). Its text is
  kept whole: every span below indexes it.
- `Attribution`: one attribution in an article with its three spans (source, cue, content) as offsets into
  `Article.text` plus the text they cover, its kind and act (statement, document, mental state, declined
  comment), its `parent` (the attribution whose content holds it) and what the resolver found about its
  source (type, actor, on whose behalf, recipient, anonymity).
- `Actor` and `ActorAlias`: the canonical person or organisation behind sources, and the names it is
  mentioned by ("Barack Obama": "Obama", "Barack Obama"), so questions across articles find it.
- `Credit`: an agency an article is credited to ("AP" from "WASHINGTON (AP) —").
- `CopySignature` and `CopyLink`: each article's copy-detection signature, and the pairs of articles found
  to be copies of each other or to share a long direct quote; `CopyCluster` and `CopyMember` group them,
  with the first-published member marked as origin.
- `IngestRun` and `IngestFailure`: what each `sourcetrace ingest` did, and what it could not read.

Full-text search over attribution contents lives beside these tables and is created by the migrations only:
an FTS5 table `attribution_fts` kept in sync by triggers on SQLite, a generated `content_tsv` tsvector
column with a GIN index on PostgreSQL (see `queries.search`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """The declarative base of every corpus table."""


def table_of(model: type[Base]) -> Table:
    """The Core table behind a model, for multi-row statements that need no ORM bookkeeping."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Outlet(Base):
    """A publisher; `name` is as the reader found it (header, site name, feed title)."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")


class Article(Base):
    """A stored article: its exact text, metadata and sourcing profile.

    `key` is where the article came from (`sourcetrace.store.write.article_key`: its URL, else the full path
    of its file with the line or record, else its name): one row per source, so two files both named
    story.txt are two articles, and a changed text replaces only the version of the same source.
    `content_hash` is the version: the same source with the same hash is stored already.
    """

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    key: Mapped[str] = mapped_column(Text, index=True, unique=True)
    #: Where it was read from in full (`sourcetrace.types.Article.origin`); null for text given directly.
    origin: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    #: ISO 8601 date or datetime, as the reader gave it; ISO strings sort in date order.
    published: Mapped[str | None] = mapped_column(String(64), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    source_format: Mapped[str] = mapped_column(String(40))
    body_start: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    #: The article's `SourcingProfile` as JSON (see `sourcetrace.records.profile_json`), or null.
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id", ondelete="SET NULL"))
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    outlet: Mapped[Outlet | None] = relationship(back_populates="articles")
    attributions: Mapped[list[Attribution]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Attribution.position",
    )
    credits: Mapped[list[Credit]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Credit.position",
    )


class Actor(Base):
    """A canonical person or organisation, shared by all the articles that quote it."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)

    aliases: Mapped[list[ActorAlias]] = relationship(back_populates="actor", cascade="all, delete-orphan")


class ActorAlias(Base):
    """A name an actor is mentioned by; `alias` is folded (lower case, single spaces) for lookup."""

    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(Text, index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Attribution(Base):
    """One attribution: a source, through a cue, credited with a content, as spans of the article text.

    Each span is `*_start`, `*_end` (character offsets into `Article.text`) and `*_text`; the source is
    null for no-source attributions, the content for declined comments. `local_id` is the id extraction
    gave it within its article ("a3"); `parent_id` points to the attribution whose content holds this one.
    """

    __tablename__ = "attributions"
    __table_args__ = (UniqueConstraint("article_id", "local_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    #: Order of the attribution within its article, as extraction gave them.
    position: Mapped[int] = mapped_column(Integer)
    local_id: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    #: What kind of act it reports: statement, document, mental or no_comment (`sourcetrace.types.Act`).
    act: Mapped[str] = mapped_column(String(20), default="statement", server_default="statement")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("attributions.id", ondelete="CASCADE"), index=True
    )

    source_start: Mapped[int | None] = mapped_column(Integer)
    source_end: Mapped[int | None] = mapped_column(Integer)
    source_text: Mapped[str | None] = mapped_column(Text)
    cue_start: Mapped[int] = mapped_column(Integer)
    cue_end: Mapped[int] = mapped_column(Integer)
    cue_text: Mapped[str] = mapped_column(Text)
    content_start: Mapped[int | None] = mapped_column(Integer)
    content_end: Mapped[int | None] = mapped_column(Integer)
    content_text: Mapped[str | None] = mapped_column(Text)
    #: An interrupted quote's parts as [[start, end], ...]; empty when the content is one stretch.
    content_parts: Mapped[list[list[int]]] = mapped_column(JSON, default=list)

    source_type: Mapped[str | None] = mapped_column(String(40))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    actor_title: Mapped[str | None] = mapped_column(Text)
    on_behalf_of: Mapped[str | None] = mapped_column(Text)
    recipient: Mapped[str | None] = mapped_column(Text)
    #: True when the source is unnamed (an anonymous source type or anonymity details).
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    anonymous_count: Mapped[int | None] = mapped_column(Integer)
    anonymous_affiliation: Mapped[str | None] = mapped_column(Text)
    anonymous_justification: Mapped[str | None] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="attributions")
    parent: Mapped[Attribution | None] = relationship(remote_side=[id])
    actor: Mapped[Actor | None] = relationship()


class Credit(Base):
    """An agency an article is credited to (`sourcetrace.provenance.credits`), and how it was found."""

    __tablename__ = "credits"
    __table_args__ = (UniqueConstraint("article_id", "agency"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    agency: Mapped[str] = mapped_column(Text, index=True)
    #: The first evidence found: "dateline", "byline", "credit_line" or "recipient", and where it is in the
    #: text (null for a byline, which is not part of the text).
    evidence: Mapped[str | None] = mapped_column(String(40))
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="credits")


class CopySignature(Base):
    """An article's copy-detection signature (`sourcetrace.provenance.copies.Signature.to_bytes`: MinHash
    values and its long direct quotes), kept so that later articles can be compared without re-reading it."""

    __tablename__ = "copy_signatures"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class CopyLink(Base):
    """Two articles found to be copies ("text": near-duplicate text) or to share a long direct quote
    ("quote"); stored once, from the later-stored article to the earlier one."""

    __tablename__ = "copy_links"
    __table_args__ = (UniqueConstraint("article_id", "other_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    similarity: Mapped[float] = mapped_column(Float)
    quote: Mapped[str | None] = mapped_column(Text)


class CopyCluster(Base):
    """A group of near-duplicate or syndicated articles, linked directly or through each other; `method`
    says by what ("text", "quote" or "text+quote"), `threshold` the similarity the text links needed.
    Rebuilt from `copy_links` at the end of every ingest."""

    __tablename__ = "copy_clusters"

    id: Mapped[int] = mapped_column(primary_key=True)
    method: Mapped[str] = mapped_column(String(40))
    threshold: Mapped[float | None] = mapped_column(Float)

    members: Mapped[list[CopyMember]] = relationship(
        back_populates="cluster", cascade="all, delete-orphan", passive_deletes=True
    )


class CopyMember(Base):
    """An article in a copy cluster; `is_origin` marks the first-published member."""

    __tablename__ = "copy_members"
    __table_args__ = (UniqueConstraint("cluster_id", "article_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("copy_clusters.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    is_origin: Mapped[bool] = mapped_column(Boolean, default=False)
    similarity: Mapped[float | None] = mapped_column(Float)

    cluster: Mapped[CopyCluster] = relationship(back_populates="members")
    article: Mapped[Article] = relationship()


class IngestRun(Base):
    """One `sourcetrace ingest`: its inputs and counts. `finished_at` is null while it runs, and stays
    null for a run that was killed (its stored articles are complete all the same)."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    inputs: Mapped[list[str]] = mapped_column(JSON, default=list)
    new: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)

    failures: Mapped[list[IngestFailure]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True
    )


class IngestFailure(Base):
    """An item an ingest run could not read or store, with the reason."""

    __tablename__ = "ingest_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    location: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)

    run: Mapped[IngestRun] = relationship(back_populates="failures")


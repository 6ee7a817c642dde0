"""The stored corpus read back whole: every article rebuilt as a `sourcetrace.types.Article`, every
attribution as one flat record (what `sourcetrace export` writes as JSON Lines and CSV), and its size."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sourcetrace.store import models
from sourcetrace.types import (
    ANONYMOUS_SOURCE_TYPES,
    Actor,
    Anonymity,
    Article,
    Attribution,
    SourcingProfile,
    Span,
)


@dataclass(frozen=True)
class AttributionRecord:
    """One attribution as a flat record (the CSV export)."""

    document: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    attribution: str
    kind: str
    act: str
    parent: str | None
    source: str | None
    cue: str
    content: str | None
    source_start: int | None
    source_end: int | None
    cue_start: int
    cue_end: int
    content_start: int | None
    content_end: int | None
    source_type: str | None
    actor: str | None
    on_behalf_of: str | None
    recipient: str | None
    anonymous: bool
    credits: str



@dataclass(frozen=True)
class CorpusCounts:
    articles: int
    attributions: int
    outlets: int
    actors: int


def counts(session: Session) -> CorpusCounts:
    def count(model: type[models.Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return CorpusCounts(
        count(models.Article), count(models.Attribution), count(models.Outlet), count(models.Actor)
    )


def _profile(record: dict[str, Any] | None) -> SourcingProfile | None:
    if record is None:
        return None
    return SourcingProfile(
        attributions=record.get("attributions", 0),
        by_source_type=dict(record.get("by_source_type") or {}),
        named_actors=tuple((a["name"], a["attributions"]) for a in record.get("named_actors") or ()),
        declined=tuple(record.get("declined") or ()),
        recipients=tuple(record.get("recipients") or ()),
        lede_rests_on=tuple(record.get("lede_rests_on") or ()),
        by_act=dict(record.get("by_act") or {}),
    )


def _span(start: int | None, end: int | None, value: str | None) -> Span | None:
    return None if start is None or end is None else Span(start, end, value or "")


def _attribution(
    article_text: str, row: models.Attribution, parent: str | None, actor: str | None
) -> Attribution:
    anonymity = None
    if row.anonymous_count is not None or row.anonymous_affiliation or row.anonymous_justification:
        anonymity = Anonymity(row.anonymous_count, row.anonymous_affiliation, row.anonymous_justification)
    return Attribution(
        id=row.local_id,
        kind=row.kind,  # type: ignore[arg-type]
        act=row.act,  # type: ignore[arg-type]
        cue=Span(row.cue_start, row.cue_end, row.cue_text),
        source=_span(row.source_start, row.source_end, row.source_text),
        content=_span(row.content_start, row.content_end, row.content_text),
        content_parts=tuple(Span.of(article_text, start, end) for start, end in row.content_parts),
        parent=parent,
        source_type=row.source_type,  # type: ignore[arg-type]
        actor=Actor(actor, row.actor_title) if actor else None,
        on_behalf_of=row.on_behalf_of,
        recipient=row.recipient,
        anonymous=anonymity,
    )


def iter_articles(session: Session, batch_size: int = 100) -> Iterator[Article]:
    """Every stored article rebuilt as a `sourcetrace.types.Article` (attributions, credits, profile), in
    date order, a batch at a time so that memory stays flat."""
    ids = session.scalars(
        select(models.Article.id).order_by(
            models.Article.published.is_(None), models.Article.published, models.Article.name,
            models.Article.id,
        )
    ).all()
    for offset in range(0, len(ids), batch_size):
        yield from articles_by_id(session, ids[offset:offset + batch_size])
        session.expunge_all()


def articles_by_id(session: Session, chunk: Sequence[int]) -> Iterator[Article]:
    """The stored articles of these ids rebuilt as `sourcetrace.types.Article`s, in the order given (ids not
    stored are left out)."""
    articles = {
        a.id: (a, outlet)
        for a, outlet in session.execute(
            select(models.Article, models.Outlet.name)
            .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
            .where(models.Article.id.in_(chunk))
        )
    }
    attributions: dict[int, list[tuple[models.Attribution, str | None]]] = defaultdict(list)
    for row, actor in session.execute(
        select(models.Attribution, models.Actor.name)
        .outerjoin(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .where(models.Attribution.article_id.in_(chunk))
        .order_by(models.Attribution.article_id, models.Attribution.position)
    ):
        attributions[row.article_id].append((row, actor))
    credits: dict[int, list[str]] = defaultdict(list)
    for article_id, agency in session.execute(
        select(models.Credit.article_id, models.Credit.agency)
        .where(models.Credit.article_id.in_(chunk))
        .order_by(models.Credit.article_id, models.Credit.position)
    ):
        credits[article_id].append(agency)
    for article_id in chunk:
        if article_id not in articles:
            continue
        stored, outlet = articles[article_id]
        local = {a.id: a.local_id for a, _ in attributions[article_id]}
        yield Article(
            text=stored.text,
            name=stored.name,
            title=stored.title,
            byline=stored.byline,
            outlet=outlet,
            published=stored.published,
            url=stored.url,
            origin=stored.origin,
            language=stored.language,
            source_format=stored.source_format,
            body_start=stored.body_start,
            credits=tuple(credits[article_id]),
            attributions=tuple(
                _attribution(stored.text, a, local.get(a.parent_id) if a.parent_id else None, actor)
                for a, actor in attributions[article_id]
            ),
            profile=_profile(stored.profile),
        )


def attribution_records(session: Session) -> Iterator[AttributionRecord]:
    """Every stored attribution as a flat record, article by article in date order (the CSV export)."""
    for article in iter_articles(session):
        yield from records_of(article)


def records_of(article: Article) -> Iterator[AttributionRecord]:
    """An article's attributions as flat records, in order (the CSV export, the Parquet shards)."""
    for a in article.attributions:
        yield AttributionRecord(
            document=article.name,
            title=article.title,
            outlet=article.outlet,
            published=article.published,
            url=article.url,
            attribution=a.id,
            kind=a.kind,
            act=a.act,
            parent=a.parent,
            source=a.source.text if a.source else None,
            cue=a.cue.text,
            content=a.content.text if a.content else None,
            source_start=a.source.start if a.source else None,
            source_end=a.source.end if a.source else None,
            cue_start=a.cue.start,
            cue_end=a.cue.end,
            content_start=a.content.start if a.content else None,
            content_end=a.content.end if a.content else None,
            source_type=a.source_type,
            actor=a.actor.name if a.actor else None,
            on_behalf_of=a.on_behalf_of,
            recipient=a.recipient,
            anonymous=a.source_type in ANONYMOUS_SOURCE_TYPES or a.anonymous is not None,
            credits="; ".join(article.credits),
        )

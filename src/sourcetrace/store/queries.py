"""The query layer: questions across the corpus, answered as frozen dataclasses.

The CLI (and the web app to come) call these functions with a session from `Store.session()` and never
write SQL of their own. Every function works the same on SQLite and PostgreSQL; the one difference, full-text
search, is hidden in `_content_matches`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, case, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from sourcetrace.store import models
from sourcetrace.store.write import fold
from sourcetrace.types import (
    ANONYMOUS_SOURCE_TYPES,
    Actor,
    Anonymity,
    Article,
    Attribution,
    SourcingProfile,
    Span,
)

Authority = Literal["on_record", "spokesperson", "anonymous_sources", "relayed"]


@dataclass(frozen=True)
class ArticleRef:
    """Which article a result comes from."""

    name: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True)
class SearchHit:
    """An attribution whose content matches a search."""

    article: ArticleRef
    attribution: str
    kind: str
    source: str | None
    source_type: str | None
    actor: str | None
    cue: str
    content: str


@dataclass(frozen=True)
class Statement:
    """Something an actor said, and on whose authority the article reports it.

    `authority` is "on_record" (the actor is the source), "spokesperson" (someone speaking on the actor's
    behalf), "anonymous_sources" (unnamed sources say the actor said it) or "relayed" (another named
    source says the actor said it); `reported_by` is that spokesperson or outer source.
    """

    article: ArticleRef
    actor: str
    authority: Authority
    reported_by: str | None
    kind: str
    source: str | None
    cue: str
    content: str | None


@dataclass(frozen=True)
class ActorStatements:
    """`actor NAME`: the actors the name resolved to, and their statements in date order."""

    query: str
    actors: tuple[str, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class OutletProfile:
    """How one outlet sources its stories across the corpus (`outlet` is None for articles without)."""

    outlet: str | None
    articles: int
    attributions: int
    anonymous: int
    top_actors: tuple[tuple[str, int], ...]
    credited_agencies: tuple[tuple[str, int], ...]

    @property
    def share_anonymous(self) -> float:
        return self.anonymous / self.attributions if self.attributions else 0.0


@dataclass(frozen=True)
class CopyClusterView:
    """Articles that are copies of one story, the origin (first published) first; `links` says how each
    pair was linked ("text" near-duplicates or a shared "quote")."""

    method: str
    origin: ArticleRef
    copies: tuple[ArticleRef, ...]
    links: tuple[tuple[str, str, str], ...]


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


# ---------------------------------------------------------------------------------------------------------
# Search


def _words(value: str) -> list[str]:
    return re.findall(r"\w+", fold(value))


def _fts5_query(query: str) -> str:
    """A user's search as an FTS5 expression: quoted phrases and words, all required (like PostgreSQL's
    `websearch_to_tsquery` for the same input)."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        tokens = _words(phrase or word)
        if tokens:
            terms.append('"' + " ".join(tokens) + '"')
    return " ".join(terms)


def _content_matches(session: Session, query: str) -> ColumnElement[bool] | None:
    """A condition on `attributions` true where the content matches `query` (None: nothing can match)."""
    if session.get_bind().dialect.name == "postgresql":
        if not _words(query):
            return None
        tsquery = func.websearch_to_tsquery("english", query)
        return literal_column("attributions.content_tsv").op("@@")(tsquery)
    expression = _fts5_query(query)
    if not expression:
        return None
    fts = text("SELECT rowid FROM attribution_fts WHERE attribution_fts MATCH :expression").bindparams(
        expression=expression
    )
    return models.Attribution.id.in_(fts.columns(rowid=models.Attribution.id.type))


def _article_ref(article: models.Article, outlet: str | None) -> ArticleRef:
    return ArticleRef(article.name, article.title, outlet, article.published, article.url)


def _date_order() -> tuple[Any, ...]:
    """Attributions in date order, undated articles last, then as they appear in their article."""
    return (
        models.Article.published.is_(None), models.Article.published, models.Article.id,
        models.Attribution.position,
    )


def search(session: Session, query: str, limit: int | None = 100) -> list[SearchHit]:
    """Attributions whose content matches `query` (words and "quoted phrases", all required; stemmed), in
    date order."""
    condition = _content_matches(session, query)
    if condition is None:
        return []
    statement = (
        select(models.Attribution, models.Article, models.Outlet.name, models.Actor.name)
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .outerjoin(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .where(condition)
        .order_by(*_date_order())
        .limit(limit)
    )
    return [
        SearchHit(
            article=_article_ref(article, outlet),
            attribution=row.local_id,
            kind=row.kind,
            source=row.source_text,
            source_type=row.source_type,
            actor=actor,
            cue=row.cue_text,
            content=row.content_text or "",
        )
        for row, article, outlet, actor in session.execute(statement)
    ]


# ---------------------------------------------------------------------------------------------------------
# Actors


def _names_match(words: Sequence[str], candidate: str | None) -> bool:
    """Whether every word of the query is a word of the candidate name ("obama" in "Barack Obama")."""
    return bool(candidate) and set(words) <= set(_words(candidate or ""))


def _names_end(words: Sequence[str], mention: str | None) -> bool:
    """Whether a mention ends with the query's words: an English noun phrase names its head last, so
    "Former President Barack Obama" is Obama but "Obama spokesman Josh Earnest" is not."""
    found = _words(mention or "")
    return len(found) >= len(words) and found[len(found) - len(words):] == list(words)


#: When the resolver has not typed a source: words that make an unnamed source ("Russian sources").
_UNNAMED = re.compile(r"\b(sources?|insiders?|officials?|people familiar)\b", re.IGNORECASE)


def _is_anonymous(row: models.Attribution) -> bool:
    if row.source_type is not None or row.anonymous:
        return row.anonymous
    return bool(row.source_text and _UNNAMED.search(row.source_text))


def _contains_longest(column: Any, words: Sequence[str]) -> ColumnElement[bool]:
    """A cheap SQL prefilter: the column holds the query's longest word (exact test done in Python)."""
    longest = max(words, key=len).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{longest}%", escape="\\")


def match_actors(session: Session, name: str) -> list[str]:
    """Canonical names of the actors `name` stands for: their name or one of their aliases holds every word
    of it. "Obama" finds "Barack Obama" and an actor an article only called "Obama"; "Clinton" finds both
    Hillary and Bill Clinton (the results say which actor each statement is by)."""
    words = _words(name)
    if not words:
        return []
    rows = session.execute(
        select(models.Actor.name, models.ActorAlias.alias)
        .outerjoin(models.ActorAlias, models.ActorAlias.actor_id == models.Actor.id)
        .where(or_(
            _contains_longest(models.Actor.name, words), _contains_longest(models.ActorAlias.alias, words)
        ))
    ).all()
    return sorted({a for a, alias in rows if _names_match(words, a) or _names_match(words, alias)})


def actor_statements(session: Session, name: str) -> ActorStatements:
    """Every statement by the actor `name` across the corpus, in date order, with the authority it rests on.

    An attribution counts when its resolved actor is one `name` stands for, when no actor was resolved for
    it and its source ends with the name, or when it is made on the actor's behalf (a spokesperson).
    """
    words = _words(name)
    actors = match_actors(session, name)
    if not words:
        return ActorStatements(name, (), ())
    parent = aliased(models.Attribution)
    conditions = [
        _contains_longest(models.Attribution.source_text, words),
        _contains_longest(models.Attribution.on_behalf_of, words),
    ]
    if actors:
        conditions.append(models.Actor.name.in_(actors))
    statement = (
        select(models.Attribution, models.Article, models.Outlet.name, models.Actor.name, parent)
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .outerjoin(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .outerjoin(parent, models.Attribution.parent_id == parent.id)
        .where(or_(*conditions))
        .order_by(*_date_order())
    )
    known = set(actors)
    statements = []
    for row, article, outlet, actor, outer in session.execute(statement):
        by_actor = actor in known if actor else _names_end(words, row.source_text)
        on_behalf = _names_match(words, row.on_behalf_of) or (row.on_behalf_of or "") in known
        if not (by_actor or on_behalf):
            continue
        authority: Authority
        if not by_actor:
            authority, reported_by = "spokesperson", row.source_text
        elif outer is not None and _is_anonymous(outer):
            authority, reported_by = "anonymous_sources", outer.source_text
        elif outer is not None and outer.source_text:
            authority, reported_by = "relayed", outer.source_text
        else:
            authority, reported_by = "on_record", None
        statements.append(Statement(
            article=_article_ref(article, outlet),
            actor=(actor if by_actor and actor else None) or (row.on_behalf_of if not by_actor else None)
            or row.source_text or name,
            authority=authority,
            reported_by=reported_by,
            kind=row.kind,
            source=row.source_text,
            cue=row.cue_text,
            content=row.content_text,
        ))
    return ActorStatements(name, tuple(actors), tuple(statements))


# ---------------------------------------------------------------------------------------------------------
# Outlets


def outlet_profiles(session: Session, top: int = 5) -> list[OutletProfile]:
    """Per outlet: articles, attributions, how many anonymous, its most quoted actors and the agencies its
    articles are credited to; busiest outlet first."""
    anonymous = func.sum(case((models.Attribution.anonymous, 1), else_=0))
    totals = session.execute(
        select(
            models.Outlet.name,
            func.count(func.distinct(models.Article.id)),
            func.count(models.Attribution.id),
            anonymous,
        )
        .select_from(models.Article)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .outerjoin(models.Attribution, models.Attribution.article_id == models.Article.id)
        .group_by(models.Outlet.name)
    ).all()
    actors: dict[str | None, Counter[str]] = defaultdict(Counter)
    for outlet, actor, count in session.execute(
        select(models.Outlet.name, models.Actor.name, func.count())
        .select_from(models.Attribution)
        .join(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .group_by(models.Outlet.name, models.Actor.name)
    ):
        actors[outlet][actor] += count
    agencies: dict[str | None, Counter[str]] = defaultdict(Counter)
    for outlet, agency, count in session.execute(
        select(models.Outlet.name, models.Credit.agency, func.count())
        .select_from(models.Credit)
        .join(models.Article, models.Credit.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .group_by(models.Outlet.name, models.Credit.agency)
    ):
        agencies[outlet][agency] += count

    def ranked(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:top])

    profiles = [
        OutletProfile(
            outlet, articles, attributions, int(anon or 0), ranked(actors[outlet]), ranked(agencies[outlet])
        )
        for outlet, articles, attributions, anon in totals
    ]
    return sorted(profiles, key=lambda p: (-p.articles, p.outlet is None, p.outlet or ""))


# ---------------------------------------------------------------------------------------------------------
# Copies


def copy_clusters(session: Session) -> list[CopyClusterView]:
    """Every cluster of copies, the one with the earliest origin first."""
    refs: dict[int, ArticleRef] = {}
    members: dict[int, list[tuple[bool, int]]] = defaultdict(list)
    methods: dict[int, str] = {}
    for cluster_id, method, article_id, is_origin, article, outlet in session.execute(
        select(models.CopyCluster.id, models.CopyCluster.method, models.CopyMember.article_id,
               models.CopyMember.is_origin, models.Article, models.Outlet.name)
        .join(models.CopyMember, models.CopyMember.cluster_id == models.CopyCluster.id)
        .join(models.Article, models.CopyMember.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
    ):
        refs[article_id] = _article_ref(article, outlet)
        members[cluster_id].append((is_origin, article_id))
        methods[cluster_id] = method
    links: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    cluster_of = {article_id: cid for cid, found in members.items() for _, article_id in found}
    for a, b, reason in session.execute(
        select(models.CopyLink.article_id, models.CopyLink.other_id, models.CopyLink.reason)
    ):
        if a in cluster_of and cluster_of[a] == cluster_of.get(b):
            links[cluster_of[a]].append((refs[b].name, refs[a].name, reason))
    views = []
    for cluster_id, found in members.items():
        origin = next(article_id for is_origin, article_id in found if is_origin)
        others = sorted((refs[a] for _, a in found if a != origin), key=_by_date)
        views.append(CopyClusterView(methods[cluster_id], refs[origin], tuple(others),
                                     tuple(sorted(links[cluster_id]))))
    return sorted(views, key=lambda view: _by_date(view.origin))


def _by_date(ref: ArticleRef) -> tuple[bool, str, str]:
    """Articles in date order, undated last, then by name."""
    return (ref.published is None, ref.published or "", ref.name)


# ---------------------------------------------------------------------------------------------------------
# Whole corpus


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
        chunk = ids[offset:offset + batch_size]
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
        session.expunge_all()


def attribution_records(session: Session) -> Iterator[AttributionRecord]:
    """Every stored attribution as a flat record, article by article in date order (the CSV export)."""
    for article in iter_articles(session):
        for a in article.attributions:
            yield AttributionRecord(
                document=article.name,
                title=article.title,
                outlet=article.outlet,
                published=article.published,
                url=article.url,
                attribution=a.id,
                kind=a.kind,
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

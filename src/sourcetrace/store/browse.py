"""The questions a corpus browser asks (the web app's pages), answered as frozen dataclasses.

Part of the query layer beside `queries` (search, actor statements, outlet profiles): the overview's counts
and series, one stored article with its copies, faceted and paged search, the actor and outlet lists and
pages. Like `queries`, every function takes a session from `Store.session()`, works alike on SQLite and
PostgreSQL and counts what `CountOptions` counts (statements, documents and declined comments by default).

The actor pages are thin on purpose: an actor is the store's `actors` row and its statements are what
`queries.actor_statements` finds for its name, so that a cross-article registry can take their place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from sourcetrace.store import models
from sourcetrace.store.queries import (
    _REF_COLUMNS,
    ArticleRef,
    OutletProfile,
    SearchHit,
    Statement,
    _content_matches,
    _counted,
    _ref,
    actor_statements,
    outlet_profiles,
)
from sourcetrace.store.rebuild import articles_by_id
from sourcetrace.types import Article, CountOptions

#: What a statement's authority is called on a page, in the order charts stack them.
AUTHORITIES = ("on_record", "spokesperson", "relayed", "anonymous_sources")


@dataclass(frozen=True)
class Filters:
    """What a page is narrowed to: an outlet, a date range (ISO dates, inclusive; a month or year prefix
    works too), and for search the source type, kind and act of the attributions."""

    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    source_type: str | None = None
    kind: str | None = None
    act: str | None = None


@dataclass(frozen=True)
class Count:
    """A value and how many."""

    value: str
    count: int


@dataclass(frozen=True)
class MonthShare:
    """One month (YYYY-MM) of attributions, and how many of them rest on anonymous sources."""

    month: str
    attributions: int
    anonymous: int


@dataclass(frozen=True)
class OutletSourceTypes:
    """An outlet's attributions by source type (the overview's stacked bars)."""

    outlet: str
    by_source_type: tuple[Count, ...]


@dataclass(frozen=True)
class ActorCount:
    """An actor, by id, and how many counted attributions are theirs."""

    id: int
    name: str
    statements: int


@dataclass(frozen=True)
class Declined:
    """A declined comment: who declined, in which article."""

    article: ArticleRef
    attribution: str
    source: str | None
    cue: str


@dataclass(frozen=True)
class Overview:
    """The corpus at a glance, under `filters`."""

    filters: Filters
    articles: int
    attributions: int
    outlets: int
    actors: int
    by_outlet: tuple[OutletSourceTypes, ...]
    anonymous_by_month: tuple[MonthShare, ...]
    top_actors: tuple[ActorCount, ...]
    declined: tuple[Declined, ...]
    outlet_names: tuple[str, ...]


@dataclass(frozen=True)
class CopyOf:
    """Another stored article this one copies or shares a long quote with."""

    article: ArticleRef
    reason: str
    similarity: float
    quote: str | None


@dataclass(frozen=True)
class StoredArticle:
    """One stored article rebuilt whole, with its id and its copies elsewhere."""

    id: int
    article: Article
    copies: tuple[CopyOf, ...]


@dataclass(frozen=True)
class ArticlePage:
    """A page of the article list."""

    articles: tuple[ArticleRef, ...]
    total: int
    page: int
    per_page: int


@dataclass(frozen=True)
class Facet:
    """A search facet: the values of one field among the matching attributions, most frequent first."""

    name: str
    values: tuple[Count, ...]


@dataclass(frozen=True)
class SearchPage:
    """One page of search results, with the facets of all matching attributions."""

    query: str
    filters: Filters
    hits: tuple[SearchHit, ...]
    total: int
    page: int
    per_page: int
    facets: tuple[Facet, ...]


@dataclass(frozen=True)
class ActorSummary:
    """A line of the actor list."""

    id: int
    name: str
    statements: int
    articles: int


@dataclass(frozen=True)
class ActorList:
    actors: tuple[ActorSummary, ...]
    total: int
    page: int
    per_page: int
    name: str


@dataclass(frozen=True)
class MonthAuthority:
    """An actor's statements in one month, by the authority they rest on (`AUTHORITIES`)."""

    month: str
    by_authority: tuple[Count, ...]


@dataclass(frozen=True)
class ActorPage:
    """An actor: names, statements over time and by authority, and the outlets that quote them."""

    id: int
    name: str
    aliases: tuple[str, ...]
    matched: tuple[str, ...]
    statements: tuple[Statement, ...]
    by_month: tuple[MonthAuthority, ...]
    by_authority: tuple[Count, ...]
    outlets: tuple[Count, ...]


@dataclass(frozen=True)
class OutletRow:
    """An outlet's profile with its id (None for the articles without an outlet)."""

    id: int | None
    profile: OutletProfile


@dataclass(frozen=True)
class OutletPage:
    """One outlet: its profile, its attributions by source type and its trend by month."""

    id: int
    profile: OutletProfile
    by_source_type: tuple[Count, ...]
    trend: tuple[MonthShare, ...]
    articles: tuple[ArticleRef, ...]


# ---------------------------------------------------------------------------------------------------------
# Filters


def _month() -> Any:
    return func.substr(models.Article.published, 1, 7)


def _article_filters(filters: Filters) -> list[ColumnElement[bool]]:
    """Conditions on articles (joined to their outlet) for the outlet and the date range."""
    found: list[ColumnElement[bool]] = []
    if filters.outlet:
        found.append(models.Outlet.name == filters.outlet)
    if filters.since:
        found.append(models.Article.published >= filters.since)
    if filters.until:
        # "2024-05" or "2024-05-24" as an inclusive upper bound: the date cut to its length is at most it
        # (no sentinel character, whose order depends on the database's collation).
        found.append(func.substr(models.Article.published, 1, len(filters.until)) <= filters.until)
    return found


def _attribution_filters(filters: Filters) -> list[ColumnElement[bool]]:
    found = _article_filters(filters)
    if filters.source_type:
        found.append(models.Attribution.source_type == filters.source_type)
    if filters.kind:
        found.append(models.Attribution.kind == filters.kind)
    if filters.act:
        found.append(models.Attribution.act == filters.act)
    return found


def _joined(statement: Any) -> Any:
    """Attributions joined to their article and outlet (a `Select` of any columns)."""
    return (
        statement.join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
    )


def _counts(rows: Iterable[tuple[Any, int]]) -> tuple[Count, ...]:
    counted = [Count(str(value), int(n)) for value, n in rows if value is not None]
    return tuple(sorted(counted, key=lambda c: (-c.count, c.value)))


# ---------------------------------------------------------------------------------------------------------
# Overview


def overview(
    session: Session, filters: Filters | None = None, top: int = 10, counting: CountOptions | None = None
) -> Overview:
    """Counts, attributions by source type per outlet, the anonymous share by month, the most quoted actors
    and the declined comments, for the articles `filters` selects."""
    filters = filters or Filters()
    where = _article_filters(filters)
    counted = [*where, _counted(counting)]
    articles = session.scalar(
        select(func.count(models.Article.id)).select_from(models.Article)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id).where(*where)
    ) or 0
    attributions, actors, outlets = session.execute(
        _joined(select(
            func.count(models.Attribution.id), func.count(func.distinct(models.Attribution.actor_id)),
            func.count(func.distinct(models.Article.outlet_id)),
        ).select_from(models.Attribution)).where(*counted)
    ).one()
    by_outlet: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for outlet, source_type, n in session.execute(
        _joined(select(models.Outlet.name, models.Attribution.source_type, func.count())
                .select_from(models.Attribution))
        .where(*counted).group_by(models.Outlet.name, models.Attribution.source_type)
    ):
        by_outlet[outlet or "(no outlet)"].append((source_type or "unknown", n))
    return Overview(
        filters=filters,
        articles=articles,
        attributions=attributions or 0,
        outlets=outlets or 0,
        actors=actors or 0,
        by_outlet=tuple(OutletSourceTypes(name, _counts(rows)) for name, rows in sorted(by_outlet.items())),
        anonymous_by_month=_anonymous_by_month(session, counted),
        top_actors=_top_actors(session, counted, top),
        declined=_declined(session, where, top * 2),
        outlet_names=tuple(session.scalars(select(models.Outlet.name).order_by(models.Outlet.name))),
    )


def _anonymous_by_month(session: Session, where: list[ColumnElement[bool]]) -> tuple[MonthShare, ...]:
    month = _month()
    anonymous = func.sum(case((models.Attribution.anonymous, 1), else_=0))
    rows = session.execute(
        _joined(select(month, func.count(models.Attribution.id), anonymous).select_from(models.Attribution))
        .where(*where, models.Article.published.is_not(None)).group_by(month).order_by(month)
    )
    return tuple(MonthShare(m, n, int(anon or 0)) for m, n, anon in rows)


def _top_actors(session: Session, where: list[ColumnElement[bool]], top: int) -> tuple[ActorCount, ...]:
    rows = session.execute(
        _joined(select(models.Actor.id, models.Actor.name, func.count(models.Attribution.id))
                .select_from(models.Attribution)
                .join(models.Actor, models.Attribution.actor_id == models.Actor.id))
        .where(*where).group_by(models.Actor.id, models.Actor.name)
        .order_by(func.count(models.Attribution.id).desc(), models.Actor.name).limit(top)
    )
    return tuple(ActorCount(i, name, n) for i, name, n in rows)


def _declined(session: Session, where: list[ColumnElement[bool]], limit: int) -> tuple[Declined, ...]:
    columns = select(models.Attribution.local_id, models.Attribution.source_text, models.Attribution.cue_text,
                     *_REF_COLUMNS, models.Outlet.name.label("outlet")).select_from(models.Attribution)
    rows = session.execute(
        _joined(columns).where(*where, models.Attribution.kind == "no_comment")
        .order_by(models.Article.published.desc(), models.Article.id, models.Attribution.position)
        .limit(limit)
    )
    return tuple(Declined(_ref(row, row.outlet), row.local_id, row.source_text, row.cue_text) for row in rows)


# ---------------------------------------------------------------------------------------------------------
# Articles


def article_list(session: Session, filters: Filters | None = None, page: int = 1, per_page: int = 50
                 ) -> ArticlePage:
    """The stored articles under `filters`, newest first, a page at a time."""
    filters = filters or Filters()
    where = _article_filters(filters)
    base = select(*_REF_COLUMNS, models.Outlet.name.label("outlet")).outerjoin(
        models.Outlet, models.Article.outlet_id == models.Outlet.id).where(*where)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(
        base.order_by(models.Article.published.is_(None), models.Article.published.desc(), models.Article.id)
        .offset((page - 1) * per_page).limit(per_page)
    )
    return ArticlePage(tuple(_ref(row, row.outlet) for row in rows), total, page, per_page)


def stored_article(session: Session, article_id: int) -> StoredArticle | None:
    """The article stored under `article_id`, rebuilt, with the articles it is linked to as copies (None
    when there is no such article)."""
    found = list(articles_by_id(session, [article_id]))
    if not found:
        return None
    rows = session.execute(
        select(models.CopyLink.reason, models.CopyLink.similarity, models.CopyLink.quote, *_REF_COLUMNS,
               models.Outlet.name.label("outlet"))
        .join(models.Article, or_(
            and_(models.CopyLink.article_id == article_id, models.Article.id == models.CopyLink.other_id),
            and_(models.CopyLink.other_id == article_id, models.Article.id == models.CopyLink.article_id),
        ))
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .order_by(models.CopyLink.similarity.desc(), models.Article.id)
    )
    copies = tuple(
        CopyOf(_ref(row, row.outlet), row.reason, float(row.similarity), row.quote) for row in rows
    )
    return StoredArticle(article_id, found[0], copies)


# ---------------------------------------------------------------------------------------------------------
# Search


_FACETS: dict[str, Any] = {
    "outlet": models.Outlet.name,
    "source_type": models.Attribution.source_type,
    "kind": models.Attribution.kind,
    "act": models.Attribution.act,
}


def search_page(
    session: Session, query: str, filters: Filters | None = None, page: int = 1, per_page: int = 20
) -> SearchPage:
    """Attributions whose content matches `query` (all of them when it is blank) under `filters`, in date
    order, a page at a time, with facet counts over every match."""
    filters = filters or Filters()
    where = _attribution_filters(filters)
    if query.strip():
        condition = _content_matches(session, query)
        if condition is None:
            return SearchPage(query, filters, (), 0, page, per_page, ())
        where.append(condition)
    total, facets = _facet_counts(session, where)
    rows = session.execute(
        _joined(select(models.Attribution.local_id, models.Attribution.kind, models.Attribution.act,
                       models.Attribution.source_text, models.Attribution.source_type,
                       models.Attribution.cue_text, models.Attribution.content_text, *_REF_COLUMNS,
                       models.Outlet.name.label("outlet"), models.Actor.name.label("actor"))
                .select_from(models.Attribution))
        .outerjoin(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .where(*where)
        .order_by(models.Article.published.is_(None), models.Article.published, models.Article.id,
                  models.Attribution.position)
        .offset((page - 1) * per_page).limit(per_page)
    )
    hits = tuple(
        SearchHit(_ref(row, row.outlet), row.local_id, row.kind, row.act, row.source_text, row.source_type,
                  row.actor, row.cue_text, row.content_text or "")
        for row in rows
    )
    return SearchPage(query, filters, hits, total, page, per_page, facets)


def _facet_counts(session: Session, where: list[ColumnElement[bool]]) -> tuple[int, tuple[Facet, ...]]:
    """How many attributions match, and the facets' counts, in one statement: the matches are found once
    (a common table expression), then counted per facet (UNION ALL), rather than once per count."""
    matched = _joined(
        select(models.Attribution.id, *(column.label(name) for name, column in _FACETS.items()))
        .select_from(models.Attribution)
    ).where(*where).cte("matched")
    parts = [select(literal(""), literal(""), func.count()).select_from(matched)]
    parts += [
        select(literal(name), func.coalesce(matched.c[name], ""), func.count())
        .where(matched.c[name].is_not(None)).group_by(matched.c[name])
        for name in _FACETS
    ]
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    total = 0
    for facet, value, count in session.execute(union_all(*parts)):
        if facet == "":
            total = count
        else:
            found[facet].append((value, count))
    return total, tuple(Facet(name, _counts(found[name])) for name in _FACETS)


# ---------------------------------------------------------------------------------------------------------
# Actors


def actor_list(session: Session, name: str = "", page: int = 1, per_page: int = 50,
               counting: CountOptions | None = None) -> ActorList:
    """The actors (whose name holds `name`, case-insensitively), most quoted first."""
    statements = func.count(models.Attribution.id)
    base = (
        select(models.Actor.id, models.Actor.name, statements,
               func.count(func.distinct(models.Attribution.article_id)))
        .select_from(models.Actor)
        .join(models.Attribution, and_(models.Attribution.actor_id == models.Actor.id, _counted(counting)))
        .group_by(models.Actor.id, models.Actor.name)
    )
    if name.strip():
        escaped = name.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        base = base.where(func.lower(models.Actor.name).like(f"%{escaped}%", escape="\\"))
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(
        base.order_by(statements.desc(), models.Actor.name).offset((page - 1) * per_page).limit(per_page)
    )
    return ActorList(tuple(ActorSummary(*row) for row in rows), total, page, per_page, name)


def actor_page(session: Session, actor_id: int, counting: CountOptions | None = None) -> ActorPage | None:
    """The actor stored under `actor_id`: aliases, statements (`queries.actor_statements` for their name),
    statements by month and authority, and the outlets that quote them."""
    actor = session.get(models.Actor, actor_id)
    if actor is None:
        return None
    aliases = tuple(sorted(alias.alias for alias in actor.aliases))
    found = actor_statements(session, actor.name, counting)
    months: dict[str, Counter[str]] = defaultdict(Counter)  # month -> authority -> statements
    for statement in found.statements:
        months[(statement.article.published or "")[:7] or "undated"][statement.authority] += 1
    by_month = tuple(
        MonthAuthority(month, tuple(Count(a, counter[a]) for a in AUTHORITIES))
        for month, counter in sorted(months.items(), key=lambda item: (item[0] == "undated", item[0]))
    )
    authority: Counter[str] = Counter(s.authority for s in found.statements)
    outlets = Counter(s.article.outlet or "(no outlet)" for s in found.statements)
    return ActorPage(
        actor.id, actor.name, aliases, found.actors, found.statements, by_month,
        tuple(Count(a, authority[a]) for a in AUTHORITIES), _counts(outlets.items()),
    )


# ---------------------------------------------------------------------------------------------------------
# Outlets


def outlet_list(session: Session, counting: CountOptions | None = None) -> tuple[OutletRow, ...]:
    """Every outlet's profile (`queries.outlet_profiles`) with its id."""
    ids = {name: i for name, i in session.execute(select(models.Outlet.name, models.Outlet.id))}
    return tuple(OutletRow(ids.get(p.outlet) if p.outlet else None, p)
                 for p in outlet_profiles(session, counting=counting))


def outlet_page(session: Session, outlet_id: int, counting: CountOptions | None = None) -> OutletPage | None:
    """One outlet: its profile, attributions by source type, anonymous share by month, its articles."""
    outlet = session.get(models.Outlet, outlet_id)
    if outlet is None:
        return None
    profile = next(p for p in outlet_profiles(session, counting=counting) if p.outlet == outlet.name)
    counted = [models.Outlet.id == outlet_id, _counted(counting)]
    by_type = session.execute(
        _joined(select(models.Attribution.source_type, func.count()).select_from(models.Attribution))
        .where(*counted).group_by(models.Attribution.source_type)
    ).all()
    articles = session.execute(
        select(*_REF_COLUMNS, models.Outlet.name.label("outlet"))
        .join(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .where(models.Outlet.id == outlet_id)
        .order_by(models.Article.published.is_(None), models.Article.published.desc(), models.Article.id)
        .limit(200)
    )
    return OutletPage(
        outlet_id, profile, _counts((t or "unknown", n) for t, n in by_type),
        _anonymous_by_month(session, counted), tuple(_ref(row, row.outlet) for row in articles),
    )


"""The query layer: questions across the corpus, answered as frozen dataclasses.

The CLI and the web app (`sourcetrace.web`; its page questions are `browse`) call these functions with a
session from `Store.session()` and never write SQL of their own. Every function works the same on SQLite
and PostgreSQL; the one difference, full-text search, is hidden in `_content_matches`. The actor and
outlet questions count what `CountOptions` counts (statements, documents and declined comments by default,
mental states on request); search finds all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, case, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from sourcetrace.store import models
from sourcetrace.store.write import fold
from sourcetrace.types import CountOptions

Authority = Literal["on_record", "spokesperson", "anonymous_sources", "relayed"]


@dataclass(frozen=True)
class ArticleRef:
    """Which article a result comes from; `id` is its id in the store (the web app's `/articles/{id}`)."""

    name: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    id: int | None = None


@dataclass(frozen=True)
class SearchHit:
    """An attribution whose content matches a search."""

    article: ArticleRef
    attribution: str
    kind: str
    act: str
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
    act: str
    source: str | None
    cue: str
    content: str | None
    #: The attribution's id within its article ("a3"), to link to its place there.
    attribution: str | None = None


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


def article_ref(article: models.Article, outlet: str | None) -> ArticleRef:
    return ArticleRef(article.name, article.title, outlet, article.published, article.url, article.id)


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
            article=article_ref(article, outlet),
            attribution=row.local_id,
            kind=row.kind,
            act=row.act,
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


def _counted(counting: CountOptions | None) -> ColumnElement[bool]:
    """A condition on `attributions` true for the acts `counting` counts."""
    return models.Attribution.act.in_(sorted((counting or CountOptions()).acts))


def actor_statements(session: Session, name: str, counting: CountOptions | None = None) -> ActorStatements:
    """Every statement by the actor `name` across the corpus, in date order, with the authority it rests on.

    An attribution counts when its resolved actor is one `name` stands for, when no actor was resolved for
    it and its source ends with the name, or when it is made on the actor's behalf (a spokesperson); and
    when `counting` counts its act (mental states only on request).
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
        .where(or_(*conditions), _counted(counting))
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
            article=article_ref(article, outlet),
            actor=(actor if by_actor and actor else None) or (row.on_behalf_of if not by_actor else None)
            or row.source_text or name,
            authority=authority,
            reported_by=reported_by,
            kind=row.kind,
            act=row.act,
            source=row.source_text,
            cue=row.cue_text,
            content=row.content_text,
            attribution=row.local_id,
        ))
    return ActorStatements(name, tuple(actors), tuple(statements))


# ---------------------------------------------------------------------------------------------------------
# Outlets


def outlet_profiles(
    session: Session, top: int = 5, counting: CountOptions | None = None
) -> list[OutletProfile]:
    """Per outlet: articles, attributions, how many anonymous, its most quoted actors and the agencies its
    articles are credited to; busiest outlet first. Attributions, anonymous ones and actors count what
    `counting` counts (no mental state by default)."""
    counted = _counted(counting)
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
        .outerjoin(models.Attribution, and_(models.Attribution.article_id == models.Article.id, counted))
        .group_by(models.Outlet.name)
    ).all()
    actors: dict[str | None, Counter[str]] = defaultdict(Counter)
    for outlet, actor, count in session.execute(
        select(models.Outlet.name, models.Actor.name, func.count())
        .select_from(models.Attribution)
        .join(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .where(counted)
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

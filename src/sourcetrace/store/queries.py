"""The query layer: questions across the corpus, answered as frozen dataclasses.

The CLI and the web app (`sourcetrace.web`; its page questions are `browse`) call these functions with a
session from `Store.session()` and never write SQL of their own. Every function works the same on SQLite
and PostgreSQL; the one difference, full-text search, is hidden in `_content_matches` behind one syntax
(`store.search`). Results are read as columns (never whole articles) and streamed or capped, so memory
stays flat on any corpus; limits, names and searches out of range are refused as `InvalidQuery`, a
sentence. The actor and outlet questions count what `CountOptions` counts (statements, documents and
declined comments by default, mental states on request); search finds all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, case, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from sourcetrace.store import models
from sourcetrace.store import search as search_syntax
from sourcetrace.store.database import InvalidQuery
from sourcetrace.store.write import fold
from sourcetrace.types import CountOptions

Authority = Literal["on_record", "spokesperson", "anonymous_sources", "relayed"]


@dataclass(frozen=True)
class ArticleRef:
    """Which article a result comes from; `origin` tells apart two files of the same name (the full path
    it was read from, null for a URL or text given directly); `id` is its id in the store (the web app's
    `/articles/{id}`)."""

    name: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    origin: str | None = None
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
# Limits

#: The most results one search returns: results are held in memory, so the limit bounds it.
MAX_LIMIT = 100_000
#: The longest actor name looked up (longer is no name, and too long for a LIKE pattern).
MAX_NAME_CHARACTERS = 300


def check_limit(limit: int) -> int:
    """`limit` if it is a number of results a query can return, else `InvalidQuery` saying why."""
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise InvalidQuery(f"the limit must be a whole number, not {limit!r}")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidQuery(f"the limit must be between 1 and {MAX_LIMIT:,} (got {_shown(limit)})")
    return limit


def _shown(value: object, width: int = 40) -> str:
    text_ = str(value)
    return text_ if len(text_) <= width else text_[: width - 1] + "…"


def _check_name(name: str) -> None:
    if len(name) > MAX_NAME_CHARACTERS:
        raise InvalidQuery(f"an actor name holds at most {MAX_NAME_CHARACTERS} characters "
                           f"(this one has {len(name):,})")


# ---------------------------------------------------------------------------------------------------------
# Search


def _words(value: str) -> list[str]:
    return re.findall(r"\w+", fold(value))


def _content_matches(session: Session, query: str) -> ColumnElement[bool] | None:
    """A condition on `attributions` true where the content matches `query` (None: nothing can match);
    `InvalidQuery` for a search too long to run. One syntax for both backends (`store.search`)."""
    try:
        parsed = search_syntax.parse(query)
    except search_syntax.SearchSyntaxError as error:
        raise InvalidQuery(str(error)) from error
    if parsed.empty:
        return None
    if session.get_bind().dialect.name == "postgresql":
        tsquery = func.to_tsquery(literal_column("'english'::regconfig"), search_syntax.to_tsquery(parsed))
        return literal_column("attributions.content_tsv").op("@@")(tsquery)
    fts = text("SELECT rowid FROM attribution_fts WHERE attribution_fts MATCH :expression").bindparams(
        expression=search_syntax.to_fts5(parsed)
    )
    return models.Attribution.id.in_(fts.columns(rowid=models.Attribution.id.type))


def article_ref(article: models.Article, outlet: str | None) -> ArticleRef:
    return ArticleRef(article.name, article.title, outlet, article.published, article.url, article.origin,
                      article.id)


#: The article columns a result shows (never the text: a result row stays small).
_REF_COLUMNS = (models.Article.name, models.Article.title, models.Article.published, models.Article.url,
                models.Article.origin, models.Article.id.label("article_id"))


def _ref(row: Any, outlet: str | None) -> ArticleRef:
    return ArticleRef(row.name, row.title, outlet, row.published, row.url, row.origin, row.article_id)


def _date_order() -> tuple[Any, ...]:
    """Attributions in date order, undated articles last, then as they appear in their article."""
    return (
        models.Article.published.is_(None), models.Article.published, models.Article.id,
        models.Attribution.position,
    )


#: Rows fetched from the database at a time by the streaming questions.
_BATCH = 500


def search(session: Session, query: str, limit: int = 100) -> list[SearchHit]:
    """Attributions whose content matches `query`, in date order, at most `limit` (1 to `MAX_LIMIT`).

    The syntax (`store.search`): words (stemmed) and "quoted phrases", all required; `a OR b`; `NOT a` or
    `-a`. Raises `InvalidQuery` for a limit out of range or a search too long to run.
    """
    check_limit(limit)
    condition = _content_matches(session, query)
    if condition is None:
        return []
    statement = (
        select(models.Attribution.local_id, models.Attribution.kind, models.Attribution.act,
               models.Attribution.source_text, models.Attribution.source_type, models.Attribution.cue_text,
               models.Attribution.content_text, *_REF_COLUMNS, models.Outlet.name.label("outlet"),
               models.Actor.name.label("actor"))
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .outerjoin(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .where(condition)
        .order_by(*_date_order())
        .limit(limit)
    )
    return [
        SearchHit(
            article=_ref(row, row.outlet),
            attribution=row.local_id,
            kind=row.kind,
            act=row.act,
            source=row.source_text,
            source_type=row.source_type,
            actor=row.actor,
            cue=row.cue_text,
            content=row.content_text or "",
        )
        for row in session.execute(statement.execution_options(yield_per=_BATCH))
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


def _contains_longest(column: Any, words: Sequence[str]) -> ColumnElement[bool]:
    """A cheap SQL prefilter: the column holds the query's longest word (exact test done in Python)."""
    longest = max(words, key=len).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{longest}%", escape="\\")


def match_actors(session: Session, name: str) -> list[str]:
    """Canonical names of the actors `name` stands for: their name or one of their aliases holds every word
    of it. "Obama" finds "Barack Obama" and an actor an article only called "Obama"; "Clinton" finds both
    Hillary and Bill Clinton (the results say which actor each statement is by)."""
    _check_name(name)
    words = _words(name)
    if not words:
        return []
    rows = session.execute(
        select(models.Actor.name, models.ActorAlias.alias)
        .outerjoin(models.ActorAlias, models.ActorAlias.actor_id == models.Actor.id)
        .where(or_(
            _contains_longest(models.Actor.name, words), _contains_longest(models.ActorAlias.alias, words)
        ))
        .execution_options(yield_per=_BATCH)
    )
    return sorted({a for a, alias in rows if _names_match(words, a) or _names_match(words, alias)})


def _counted(counting: CountOptions | None) -> ColumnElement[bool]:
    """A condition on `attributions` true for the acts `counting` counts."""
    return models.Attribution.act.in_(sorted((counting or CountOptions()).acts))


def actor_statements(session: Session, name: str, counting: CountOptions | None = None) -> ActorStatements:
    """Every statement by the actor `name` across the corpus, in date order, with the authority it rests on,
    held in memory (`iter_actor_statements` streams them)."""
    actors = match_actors(session, name)
    return ActorStatements(name, tuple(actors), tuple(iter_actor_statements(session, name, counting, actors)))


def _authority(row: Any, by_actor: bool) -> tuple[Authority, str | None]:
    if not by_actor:
        return "spokesperson", row.source_text
    if row.outer_id is not None and _is_anonymous_outer(row):
        return "anonymous_sources", row.outer_source
    if row.outer_id is not None and row.outer_source:
        return "relayed", row.outer_source
    return "on_record", None


def _is_anonymous_outer(row: Any) -> bool:
    if row.outer_type is not None or row.outer_anonymous:
        return bool(row.outer_anonymous)
    return bool(row.outer_source and _UNNAMED.search(row.outer_source))


def iter_actor_statements(
    session: Session, name: str, counting: CountOptions | None = None, actors: Sequence[str] | None = None,
) -> Iterator[Statement]:
    """Every statement by the actor `name` across the corpus, in date order, with the authority it rests on,
    streamed (memory stays flat however many there are); `actors` are `match_actors(name)` when known.

    An attribution counts when its resolved actor is one `name` stands for, when no actor was resolved for
    it and its source ends with the name, or when it is made on the actor's behalf (a spokesperson); and
    when `counting` counts its act (mental states only on request). Raises `InvalidQuery` for a name too
    long to be one.
    """
    _check_name(name)
    words = _words(name)
    if not words:
        return
    if actors is None:
        actors = match_actors(session, name)
    parent = aliased(models.Attribution)
    conditions = [
        _contains_longest(models.Attribution.source_text, words),
        _contains_longest(models.Attribution.on_behalf_of, words),
    ]
    if actors:
        conditions.append(models.Actor.name.in_(actors))
    statement = (
        select(models.Attribution.kind, models.Attribution.act, models.Attribution.source_text,
               models.Attribution.cue_text, models.Attribution.content_text, models.Attribution.on_behalf_of,
               models.Attribution.local_id, *_REF_COLUMNS, models.Outlet.name.label("outlet"),
               models.Actor.name.label("actor"),
               parent.id.label("outer_id"), parent.source_text.label("outer_source"),
               parent.source_type.label("outer_type"), parent.anonymous.label("outer_anonymous"))
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .outerjoin(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .outerjoin(parent, models.Attribution.parent_id == parent.id)
        .where(or_(*conditions), _counted(counting))
        .order_by(*_date_order())
        .execution_options(yield_per=_BATCH)
    )
    known = set(actors)
    for row in session.execute(statement):
        actor = row.actor
        by_actor = actor in known if actor else _names_end(words, row.source_text)
        on_behalf = _names_match(words, row.on_behalf_of) or (row.on_behalf_of or "") in known
        if not (by_actor or on_behalf):
            continue
        authority, reported_by = _authority(row, by_actor)
        yield Statement(
            article=_ref(row, row.outlet),
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
        )


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

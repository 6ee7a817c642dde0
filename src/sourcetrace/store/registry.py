"""The actor registry in the store: rebuilt from the stored mentions, and the questions asked of it.

`rebuild_registry` reads every attribution whose source the resolver named, hands the mentions to
`sourcetrace.corpus.registry.build_registry` (with the user's aliases) and replaces the registry tables with
what it returns; ingest calls it at the end of every run, `sourcetrace actors rebuild` on demand. The query
functions (`list_actors`, `resolve_actor`, `actor_report`) answer with frozen dataclasses, for the CLI and
the web app alike.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from sourcetrace.corpus.aliases import UserAlias
from sourcetrace.corpus.names import fold
from sourcetrace.corpus.registry import SURNAME_ALONE, Mention, Registry, build_registry
from sourcetrace.store import models
from sourcetrace.store.database import InvalidQuery
from sourcetrace.store.models import table_of
from sourcetrace.store.queries import MAX_NAME_CHARACTERS, ArticleRef, Authority, Statement, check_limit
from sourcetrace.types import SOURCED_ACTS, CountOptions

#: The share of a name's uses one actor must have for the name to stand for it alone ("Trump").
DOMINANT_SHARE = 0.9
_UNNAMED = re.compile(r"\b(sources?|insiders?|officials?|people familiar)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------------
# Rebuilding


def stored_mentions(session: Session) -> list[Mention]:
    """Every stored attribution whose source the resolver named, as a registry mention."""
    rows = session.execute(
        select(
            models.Attribution.id,
            models.Attribution.article_id,
            models.Actor.name,
            models.Attribution.source_text,
            models.Attribution.actor_title,
            models.Attribution.source_type,
            models.Article.published,
        )
        .join(models.Actor, models.Attribution.actor_id == models.Actor.id)
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .where(models.Attribution.anonymous.is_(False))
        .order_by(models.Attribution.id)
    )
    return [Mention(*row) for row in rows]


class _Texts:
    """Article texts read on demand, each once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[int, str | None] = {}

    def __call__(self, article: int) -> str | None:
        if article not in self.cache:
            self.cache[article] = self.session.scalar(
                select(models.Article.text).where(models.Article.id == article)
            )
        return self.cache[article]


def rebuild_registry(session: Session, aliases: Sequence[UserAlias] = ()) -> Registry:
    """Replace the stored registry with the one the stored mentions make (in the caller's transaction)."""
    mentions = stored_mentions(session)
    registry = build_registry(mentions, aliases, _Texts(session))
    acts = dict(
        session.execute(
            select(models.Attribution.id, models.Attribution.act).where(
                models.Attribution.actor_id.is_not(None)
            )
        ).all()
    )
    statements = Counter(name for key, name in registry.assignment.items() if acts.get(key) in SOURCED_ACTS)
    session.execute(delete(models.ClaimStep))
    session.execute(delete(models.Claim))
    for model in (
        models.RegistryMention,
        models.RegistryLink,
        models.RegistryTitle,
        models.RegistryAlias,
        models.RegistryActor,
    ):
        session.execute(delete(model))
    if not registry.actors:
        return registry
    session.execute(
        table_of(models.RegistryActor).insert(),
        [
            dict(
                name=a.name,
                kind=a.kind,
                mentions=a.mentions,
                statements=statements[a.name],
                first_seen=a.first,
                last_seen=a.last,
            )
            for a in registry.actors
        ],
    )
    ids = dict(session.execute(select(models.RegistryActor.name, models.RegistryActor.id)).all())
    _insert(
        session,
        models.RegistryAlias,
        [
            dict(
                actor_id=ids[a.name],
                alias=alias.name,
                folded=fold(alias.name),
                count=alias.count,
                reason=alias.reason,
            )
            for a in registry.actors
            for alias in a.aliases
        ],
    )
    _insert(
        session,
        models.RegistryTitle,
        [
            dict(actor_id=ids[a.name], title=t.title, first_seen=t.first, last_seen=t.last, count=t.count)
            for a in registry.actors
            for t in a.titles
        ],
    )
    _insert(
        session,
        models.RegistryLink,
        [
            dict(actor_id=ids[a.name], relation=link.relation, other_id=ids[link.other])
            for a in registry.actors
            for link in a.links
            if link.other in ids
        ],
    )
    _insert(
        session,
        models.RegistryMention,
        [dict(attribution_id=key, actor_id=ids[name]) for key, name in sorted(registry.assignment.items())],
    )
    return registry


def _insert(
    session: Session, model: type[models.Base], rows: list[dict[str, Any]], chunk: int = 5000
) -> None:
    for start in range(0, len(rows), chunk):
        session.execute(table_of(model).insert(), rows[start : start + chunk])


def registry_is_stale(session: Session) -> bool:
    """Whether the corpus has named sources but no registry (a store from before the registry)."""
    has_registry = session.scalar(select(models.RegistryActor.id).limit(1)) is not None
    named = session.scalar(
        select(models.Attribution.id).where(models.Attribution.actor_id.is_not(None)).limit(1)
    )
    return not has_registry and named is not None


# ---------------------------------------------------------------------------------------------------------
# Questions


@dataclass(frozen=True)
class ActorSummary:
    """A registry actor and how often the corpus quotes it (`statements`: what a sourcing audit counts)."""

    name: str
    kind: str
    statements: int
    mentions: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True)
class AliasView:
    alias: str
    count: int
    reason: str


@dataclass(frozen=True)
class TitleView:
    title: str
    first_seen: str | None
    last_seen: str | None
    count: int


@dataclass(frozen=True)
class LinkView:
    relation: str
    other: str


@dataclass(frozen=True)
class ActorDetail:
    """A registry actor with its aliases (and why each is theirs), titles with dates, and links."""

    actor: ActorSummary
    aliases: tuple[AliasView, ...]
    titles: tuple[TitleView, ...]
    links: tuple[LinkView, ...]


@dataclass(frozen=True)
class ActorMatch:
    """What a name resolves to: one actor (`actor`, with `reason`), or none and the `candidates` (the other
    actors the name may mean, with their counts, are listed either way)."""

    query: str
    actor: ActorDetail | None
    reason: str
    candidates: tuple[ActorSummary, ...]


@dataclass(frozen=True)
class ActorReport:
    """`actor NAME`: the resolution and, when it found one actor, its statements in date order."""

    match: ActorMatch
    statements: tuple[Statement, ...]


def _summary(row: models.RegistryActor) -> ActorSummary:
    return ActorSummary(row.name, row.kind, row.statements, row.mentions, row.first_seen, row.last_seen)


def list_actors(
    session: Session, kinds: Sequence[str] = (), limit: int | None = 50, counting: CountOptions | None = None
) -> list[ActorSummary]:
    """The registry's actors, most quoted first (`counting` with mental states counts every mention);
    `limit` from 1 to `queries.MAX_LIMIT`, or None for all."""
    if limit is not None:
        check_limit(limit)
    order = (
        models.RegistryActor.mentions
        if counting and counting.include_mental
        else models.RegistryActor.statements
    )
    query = select(models.RegistryActor).order_by(order.desc(), models.RegistryActor.name)
    if kinds:
        query = query.where(models.RegistryActor.kind.in_(list(kinds)))
    return [_summary(row) for row in session.scalars(query.limit(limit))]


def actor_detail(session: Session, actor_id: int) -> ActorDetail:
    row = session.get(models.RegistryActor, actor_id)
    assert row is not None
    aliases = session.execute(
        select(models.RegistryAlias.alias, models.RegistryAlias.count, models.RegistryAlias.reason)
        .where(models.RegistryAlias.actor_id == actor_id)
        .order_by(models.RegistryAlias.count.desc(), models.RegistryAlias.alias)
    ).all()
    titles = session.execute(
        select(
            models.RegistryTitle.title,
            models.RegistryTitle.first_seen,
            models.RegistryTitle.last_seen,
            models.RegistryTitle.count,
        )
        .where(models.RegistryTitle.actor_id == actor_id)
        .order_by(models.RegistryTitle.count.desc(), models.RegistryTitle.title)
    ).all()
    other = aliased(models.RegistryActor)
    links = session.execute(
        select(models.RegistryLink.relation, other.name)
        .join(other, models.RegistryLink.other_id == other.id)
        .where(models.RegistryLink.actor_id == actor_id)
        .order_by(models.RegistryLink.relation, other.name)
    ).all()
    return ActorDetail(
        _summary(row),
        tuple(AliasView(*a) for a in aliases),
        tuple(TitleView(*t) for t in titles),
        tuple(LinkView(*link) for link in links),
    )


def _words(value: str) -> list[str]:
    return re.findall(r"\w+", fold(value))


def _candidates(session: Session, name: str) -> list[models.RegistryActor]:
    """Actors whose name or one of whose aliases holds every word of `name`."""
    words = _words(name)
    if not words:
        return []
    longest = max(words, key=len).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = session.execute(
        select(models.RegistryActor, models.RegistryAlias.folded)
        .outerjoin(models.RegistryAlias, models.RegistryAlias.actor_id == models.RegistryActor.id)
        .where(
            or_(
                func.lower(models.RegistryActor.name).like(f"%{longest}%", escape="\\"),
                models.RegistryAlias.folded.like(f"%{longest}%", escape="\\"),
            )
        )
    ).all()
    found: dict[int, models.RegistryActor] = {}
    for actor, alias in rows:
        # An alias names its head last: "Trump campaign chairman Paul Manafort" is no Trump.
        if set(words) <= set(_words(actor.name)) or _words(alias or "")[-len(words) :] == words:
            found[actor.id] = actor
    return sorted(found.values(), key=lambda a: (-a.statements, -a.mentions, a.name))


def _by_alias(session: Session, name: str) -> tuple[models.RegistryActor | None, str]:
    """The actor a name written exactly so stands for: its canonical name, or an alias nearly all of whose
    uses are this actor's."""
    exact = session.scalars(
        select(models.RegistryActor).where(func.lower(models.RegistryActor.name) == fold(name))
    )
    for row in exact:
        return row, "canonical name"
    uses = session.execute(
        select(models.RegistryAlias.actor_id, func.sum(models.RegistryAlias.count))
        .where(models.RegistryAlias.folded == fold(name))
        .group_by(models.RegistryAlias.actor_id)
    ).all()
    total = sum(count for _, count in uses)
    if not total:
        return None, ""
    actor_id, count = max(uses, key=lambda row: row[1])
    found = session.get(models.RegistryActor, actor_id)
    if count < DOMINANT_SHARE * total or found is None or found.name.endswith(f"({SURNAME_ALONE})"):
        return None, ""  # shared, or mostly a surname the registry could not give to one bearer
    return found, f"{count} of {total} uses of {name!r} in the corpus are this actor's"


def check_name(name: str) -> str:
    """`name` if it may be an actor's name, else `InvalidQuery` saying why (as `queries` checks names)."""
    if len(name) > MAX_NAME_CHARACTERS:
        raise InvalidQuery(
            f"an actor name holds at most {MAX_NAME_CHARACTERS} characters (this one has {len(name):,})"
        )
    return name


def resolve_actor(session: Session, name: str) -> ActorMatch:
    """One actor for `name`, or the candidates when it is ambiguous ("Clinton" used for two people alike)."""
    check_name(name)
    found, reason = _by_alias(session, name)
    candidates = _candidates(session, name)
    if found is None and len(candidates) == 1:
        found, reason = candidates[0], "the only actor whose names hold these words"
    others = tuple(_summary(c) for c in candidates if found is None or c.id != found.id)
    detail = actor_detail(session, found.id) if found is not None else None
    return ActorMatch(
        name, detail, reason if found is not None else "ambiguous" if others else "unknown", others
    )


class SourceFields(Protocol):
    """What telling an unnamed source needs of an attribution (a model row, or a row of these columns)."""

    @property
    def source_text(self) -> str | None: ...

    @property
    def source_type(self) -> str | None: ...

    @property
    def anonymous(self) -> bool: ...


def is_anonymous_source(row: SourceFields) -> bool:
    """Whether an attribution's source is unnamed (its type, or, untyped, words such as "sources")."""
    if row.source_type is not None or row.anonymous:
        return row.anonymous
    return bool(row.source_text and _UNNAMED.search(row.source_text))


@dataclass(frozen=True)
class _SourceRow:
    source_text: str | None
    source_type: str | None
    anonymous: bool


def statement_authority(
    row: SourceFields, outer: SourceFields | None, by_actor: bool
) -> tuple[Authority, str | None]:
    """On whose authority an article reports an actor's statement: the actor's own (on record), a
    spokesperson's (`by_actor` False: made on the actor's behalf), unnamed sources' or another source's."""
    if not by_actor:
        return "spokesperson", row.source_text
    if outer is not None and is_anonymous_source(outer):
        return "anonymous_sources", outer.source_text
    if outer is not None and outer.source_text:
        return "relayed", outer.source_text
    return "on_record", None


def iter_actor_statements(
    session: Session, actor_id: int, counting: CountOptions | None = None, batch: int = 500
) -> Iterator[Statement]:
    """The statements of a registry actor in date order, streamed: its own (assigned to it), and those made
    on its behalf by a spokesperson ("on_behalf_of" one of its names). Reads the columns it shows only (no
    article text), `batch` rows at a time, so memory stays flat on any corpus."""
    name = session.scalar(select(models.RegistryActor.name).where(models.RegistryActor.id == actor_id)) or ""
    aliases = set(
        session.scalars(select(models.RegistryAlias.folded).where(models.RegistryAlias.actor_id == actor_id))
    )
    aliases.add(fold(name))
    acts = sorted((counting or CountOptions()).acts)
    a, parent, article = models.Attribution, aliased(models.Attribution), models.Article
    mine = select(models.RegistryMention.attribution_id).where(models.RegistryMention.actor_id == actor_id)
    mine_ids = set(session.scalars(mine))
    query = (
        select(
            a.id,
            a.kind,
            a.act,
            a.source_text,
            a.source_type,
            a.anonymous,
            a.cue_text,
            a.content_text,
            article.name,
            article.title,
            models.Outlet.name.label("outlet"),
            article.published,
            article.url,
            parent.id.label("outer_id"),
            parent.source_text.label("outer_source_text"),
            parent.source_type.label("outer_source_type"),
            parent.anonymous.label("outer_anonymous"),
        )
        .join(article, a.article_id == article.id)
        .outerjoin(models.Outlet, article.outlet_id == models.Outlet.id)
        .outerjoin(parent, a.parent_id == parent.id)
        .where(or_(a.id.in_(mine), func.lower(a.on_behalf_of).in_(sorted(aliases))), a.act.in_(acts))
        .order_by(article.published.is_(None), article.published, article.id, a.position)
        .execution_options(yield_per=batch)
    )
    for row in session.execute(query):
        outer = None
        if row.outer_id is not None:
            outer = _SourceRow(row.outer_source_text, row.outer_source_type, bool(row.outer_anonymous))
        authority, reported_by = statement_authority(row, outer, row.id in mine_ids)
        yield Statement(
            article=ArticleRef(row.name, row.title, row.outlet, row.published, row.url),
            actor=name,
            authority=authority,
            reported_by=reported_by,
            kind=row.kind,
            act=row.act,
            source=row.source_text,
            cue=row.cue_text,
            content=row.content_text,
        )


def actor_statements_of(
    session: Session, actor_id: int, counting: CountOptions | None = None
) -> tuple[Statement, ...]:
    """`iter_actor_statements`, all at once."""
    return tuple(iter_actor_statements(session, actor_id, counting))


def actor_id_of(session: Session, name: str) -> int:
    """The id of the registry actor of this canonical name (one `resolve_actor` returned)."""
    found = session.scalar(select(models.RegistryActor.id).where(models.RegistryActor.name == name))
    if found is None:
        raise KeyError(name)
    return found


def actor_report(session: Session, name: str, counting: CountOptions | None = None) -> ActorReport:
    """`actor NAME`: what the name resolves to and, if one actor, its statements in date order."""
    match = resolve_actor(session, name)
    if match.actor is None:
        return ActorReport(match, ())
    actor_id = session.scalar(
        select(models.RegistryActor.id).where(models.RegistryActor.name == match.actor.actor.name)
    )
    assert actor_id is not None
    return ActorReport(match, actor_statements_of(session, actor_id, counting))


def actor_ids_by_alias(session: Session) -> dict[str, str]:
    """Folded names that stand for one person or organisation alone (canonical names and aliases used for
    nobody else) → its canonical name: for finding whom a content is about."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, kind, alias in session.execute(
        select(models.RegistryActor.name, models.RegistryActor.kind, models.RegistryAlias.folded).join(
            models.RegistryAlias, models.RegistryAlias.actor_id == models.RegistryActor.id
        )
    ):
        if kind in ("person", "organization"):
            owners[alias].add(name)
            owners[fold(name)].add(name)
    return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}

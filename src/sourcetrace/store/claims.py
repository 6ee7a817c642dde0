"""Claims in the store: rebuilt from the stored attributions and the registry, and the questions about them.

`rebuild_claims` turns every stored statement into an `Appearance` (whose claim it is, on whose authority,
whom its article credits), hands them to `sourcetrace.corpus.claims.link_claims` and replaces the claim
tables with the claims reported in more than one article. `rebuild_corpus` rebuilds registry and claims
together, as ingest does at the end of every run. `list_claims` and `trace` answer the CLI and the web app.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, delete, func, select, text
from sqlalchemy.orm import Session, aliased

from sourcetrace.corpus.aliases import UserAlias
from sourcetrace.corpus.claims import (
    Appearance,
    Authority,
    ClaimOptions,
    content_words,
    is_hedge_cue,
    link_claims,
    subject_of,
)
from sourcetrace.corpus.names import fold
from sourcetrace.store import models
from sourcetrace.store.database import InvalidQuery
from sourcetrace.store.models import table_of
from sourcetrace.store.queries import ArticleRef, article_ref, check_limit
from sourcetrace.store.registry import (
    SourceFields,
    actor_ids_by_alias,
    is_anonymous_source,
    rebuild_registry,
    resolve_actor,
)
from sourcetrace.store.search import MAX_QUERY_CHARACTERS

#: The acts a claim can be made of: what was said or written.
_CLAIM_ACTS = ("statement", "document")


@dataclass(frozen=True)
class CorpusOptions:
    """What ingest rebuilds at the end of a run: the registry (with the user's alias rows) and the claims."""

    aliases: tuple[UserAlias, ...] = ()
    claims: ClaimOptions = field(default_factory=ClaimOptions)


@dataclass(frozen=True)
class RebuildReport:
    """What a rebuild made."""

    actors: int
    mentions: int
    claims: int


def _appearance_authority(
    row: Any, outer: SourceFields | None, principal: str | None
) -> tuple[Authority, str | None, bool]:
    """(authority, reported by, whether the claim's actor is to be read from the content)."""
    if row.source_text is None:
        return "reportedly", None, True
    if is_anonymous_source(row):
        return "anonymous_sources", row.source_text, True
    if outer is not None and is_anonymous_source(outer):
        return "anonymous_sources", outer.source_text, False
    if is_hedge_cue(row.cue_text):
        return "reportedly", row.source_text, False
    if principal is not None:
        return "spokesperson", row.source_text, False
    if outer is not None and outer.source_text:
        return "relayed", outer.source_text, False
    return "on_record", None, False


@dataclass(frozen=True)
class _Outer:
    source_text: str | None
    source_type: str | None
    anonymous: bool


def stored_appearances(session: Session) -> list[Appearance]:
    """Every stored statement or document with content, as a claim appearance (an attribution whose content
    holds another attribution is left to the inner one: "sources say Souza said X" is Souza's X)."""
    lookup = actor_ids_by_alias(session)
    credits: dict[int, list[str]] = defaultdict(list)
    for article_id, agency in session.execute(
        select(models.Credit.article_id, models.Credit.agency).order_by(models.Credit.position)
    ):
        credits[article_id].append(agency)
    parents = select(models.Attribution.parent_id).where(
        models.Attribution.parent_id.is_not(None), models.Attribution.act.in_(_CLAIM_ACTS)
    )
    outer = aliased(models.Attribution)
    a = models.Attribution
    query = (
        select(
            a.id,
            a.article_id,
            a.kind,
            a.source_text,
            a.source_type,
            a.anonymous,
            a.cue_text,
            a.content_text,
            a.on_behalf_of,
            a.recipient,
            models.Article.published,
            models.Article.name.label("article_name"),
            models.Outlet.name.label("outlet"),
            models.RegistryActor.name.label("actor"),
            outer.id.label("outer_id"),
            outer.source_text.label("outer_source_text"),
            outer.source_type.label("outer_source_type"),
            outer.anonymous.label("outer_anonymous"),
        )
        .join(models.Article, a.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .outerjoin(models.RegistryMention, models.RegistryMention.attribution_id == a.id)
        .outerjoin(models.RegistryActor, models.RegistryMention.actor_id == models.RegistryActor.id)
        .outerjoin(outer, a.parent_id == outer.id)
        .where(a.act.in_(_CLAIM_ACTS), a.content_text.is_not(None), a.id.not_in(parents))
    )
    found = []
    for row in session.execute(query):
        parent = None
        if row.outer_id is not None:
            parent = _Outer(row.outer_source_text, row.outer_source_type, bool(row.outer_anonymous))
        principal = lookup.get(fold(row.on_behalf_of)) if row.on_behalf_of else None
        authority, reported_by, from_content = _appearance_authority(row, parent, principal)
        who = subject_of(row.content_text or "", lookup) if from_content else principal or row.actor
        if authority == "on_record" and row.source_type == "organization":
            # "The AP reported Souza is ready": Souza's claim, relayed by the outlet.
            subject = subject_of(row.content_text or "", lookup)
            if subject is not None and subject != who:
                authority, reported_by, who = "relayed", row.source_text, subject
        credited = list(credits.get(row.article_id, ()))
        if row.recipient and row.recipient[:1].isupper():
            credited.append(row.recipient)
        found.append(
            Appearance(
                key=row.id,
                article=row.article_id,
                date=row.published,
                outlet=row.outlet,
                actor=who,
                content=row.content_text or "",
                authority=authority,
                reported_by=reported_by,
                credits=tuple(dict.fromkeys(credited)),
                article_name=row.article_name,
                quoted=row.kind == "direct",
            )
        )
    return found


def rebuild_claims(session: Session, options: ClaimOptions | None = None) -> int:
    """Replace the stored claims with those the stored statements make; returns how many."""
    session.execute(delete(models.ClaimStep))
    session.execute(delete(models.Claim))
    claims = link_claims(stored_appearances(session), options)
    if not claims:
        return 0
    ids = dict(session.execute(select(models.RegistryActor.name, models.RegistryActor.id)).all())
    steps: list[dict[str, Any]] = []
    for claim in claims:
        first, last = claim.steps[0].appearance, claim.steps[-1].appearance
        dates = sorted(s.appearance.date for s in claim.steps if s.appearance.date)
        claim_id = session.execute(
            table_of(models.Claim).insert().returning(table_of(models.Claim).c.id),
            dict(
                actor_id=ids.get(claim.actor or ""),
                method=claim.method or "content",
                text=first.content,
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else last.date,
                appearances=len(claim.steps),
                articles=len({s.appearance.article for s in claim.steps}),
                dropped_hedge=claim.dropped_hedge,
            ),
        ).scalar_one()
        steps.extend(
            dict(
                claim_id=claim_id,
                position=position,
                attribution_id=step.appearance.key,
                authority=step.appearance.authority,
                reported_by=step.appearance.reported_by,
                credits=list(step.appearance.credits),
                credits_earlier=list(step.credits_earlier),
                drops_hedge=step.drops_hedge,
            )
            for position, step in enumerate(claim.steps)
        )
    for start in range(0, len(steps), 5000):
        session.execute(table_of(models.ClaimStep).insert(), steps[start : start + 5000])
    return len(claims)


def rebuild_corpus(session: Session, options: CorpusOptions | None = None) -> RebuildReport:
    """Rebuild the registry from the stored mentions, then the claims, in the caller's transaction."""
    options = options or CorpusOptions()
    if session.get_bind().dialect.name == "postgresql":
        # Two ingests finishing at once rebuild one after the other (this mode conflicts with itself);
        # SQLite's write lock already serialises them.
        session.execute(text("LOCK TABLE registry_actors IN SHARE ROW EXCLUSIVE MODE"))
    registry = rebuild_registry(session, options.aliases)
    claims = rebuild_claims(session, options.claims)
    return RebuildReport(len(registry.actors), len(registry.assignment), claims)


# ---------------------------------------------------------------------------------------------------------
# Questions


@dataclass(frozen=True)
class ClaimStepView:
    """An appearance of a claim: where, on whose authority, the attribution, and the credits it gives."""

    position: int
    article: ArticleRef
    attribution: str
    authority: str
    reported_by: str | None
    source: str | None
    cue: str
    content: str
    credits: tuple[str, ...]
    credits_earlier: tuple[str, ...]
    drops_hedge: bool


@dataclass(frozen=True)
class ClaimView:
    """A claim and its appearances in date order; `dropped_hedge` when a retelling dropped the hedge."""

    id: int
    actor: str | None
    method: str
    text: str
    first_seen: str | None
    last_seen: str | None
    appearances: int
    articles: int
    outlets: tuple[str, ...]
    dropped_hedge: bool
    steps: tuple[ClaimStepView, ...]


def _views(session: Session, claim_ids: Sequence[int]) -> list[ClaimView]:
    if not claim_ids:
        return []
    steps: dict[int, list[ClaimStepView]] = defaultdict(list)
    for step, row, article, outlet in session.execute(
        select(models.ClaimStep, models.Attribution, models.Article, models.Outlet.name)
        .join(models.Attribution, models.ClaimStep.attribution_id == models.Attribution.id)
        .join(models.Article, models.Attribution.article_id == models.Article.id)
        .outerjoin(models.Outlet, models.Article.outlet_id == models.Outlet.id)
        .where(models.ClaimStep.claim_id.in_(list(claim_ids)))
        .order_by(models.ClaimStep.claim_id, models.ClaimStep.position)
    ):
        steps[step.claim_id].append(
            ClaimStepView(
                step.position,
                article_ref(article, outlet),
                row.local_id,
                step.authority,
                step.reported_by,
                row.source_text,
                row.cue_text,
                row.content_text or "",
                tuple(step.credits),
                tuple(step.credits_earlier),
                step.drops_hedge,
            )
        )
    views = []
    for claim, actor in session.execute(
        select(models.Claim, models.RegistryActor.name)
        .outerjoin(models.RegistryActor, models.Claim.actor_id == models.RegistryActor.id)
        .where(models.Claim.id.in_(list(claim_ids)))
    ):
        found = steps[claim.id]
        outlets = tuple(dict.fromkeys(s.article.outlet for s in found if s.article.outlet))
        views.append(
            ClaimView(
                claim.id,
                actor,
                claim.method,
                claim.text,
                claim.first_seen,
                claim.last_seen,
                claim.appearances,
                claim.articles,
                outlets,
                claim.dropped_hedge,
                tuple(found),
            )
        )
    order = {claim_id: i for i, claim_id in enumerate(claim_ids)}
    return sorted(views, key=lambda v: order[v.id])


def _claim_ids(
    session: Session, actor: str | None, since: str | None, dropped_hedge: bool
) -> Select[Any] | None:
    """The ids of the claims the filters keep, the most widely reported first (None: no such actor)."""
    query = select(models.Claim.id)
    if actor is not None:
        match = resolve_actor(session, actor)
        if match.actor is None:
            return None
        query = query.join(models.RegistryActor, models.Claim.actor_id == models.RegistryActor.id).where(
            models.RegistryActor.name == match.actor.actor.name
        )
    if since:
        query = query.where(models.Claim.first_seen >= since)
    if dropped_hedge:
        query = query.where(models.Claim.dropped_hedge.is_(True))
    return query.order_by(models.Claim.articles.desc(), models.Claim.first_seen, models.Claim.id)


def list_claims(
    session: Session,
    actor: str | None = None,
    since: str | None = None,
    limit: int | None = 50,
    dropped_hedge: bool = False,
) -> list[ClaimView]:
    """Claims, the most widely reported first: by `actor` (a name `resolve_actor` resolves), first seen on
    or after `since` (an ISO date), only those where a retelling dropped the hedge."""
    if limit is not None:
        check_limit(limit)
    query = _claim_ids(session, actor, since, dropped_hedge)
    if query is None:
        return []
    return _views(session, list(session.scalars(query.limit(limit))))


@dataclass(frozen=True)
class ClaimList:
    """One page of claims under the filters of `list_claims`, and how many there are in all."""

    actor: str
    since: str
    dropped_hedge: bool
    total: int
    page: int
    per_page: int
    claims: tuple[ClaimView, ...]


def claim_list(
    session: Session,
    actor: str | None = None,
    since: str | None = None,
    dropped_hedge: bool = False,
    page: int = 1,
    per_page: int = 50,
) -> ClaimList:
    """Page `page` (from 1) of the claims `list_claims` would give, with their total (the web app's list)."""
    check_limit(per_page)
    query = _claim_ids(session, actor, since, dropped_hedge)
    total, ids = 0, []
    if query is not None:
        total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
        ids = list(session.scalars(query.offset((page - 1) * per_page).limit(per_page)))
    return ClaimList(
        actor or "", since or "", dropped_hedge, total, page, per_page, tuple(_views(session, ids))
    )


def trace(session: Session, claim_or_text: str, limit: int = 5) -> list[ClaimView]:
    """The claims `claim_or_text` names: a claim id, else the claims whose appearances hold the text, else
    those closest to it in content words (the best first)."""
    check_limit(limit)
    if len(claim_or_text) > MAX_QUERY_CHARACTERS:
        raise InvalidQuery(
            f"a trace holds at most {MAX_QUERY_CHARACTERS:,} characters (this one has {len(claim_or_text):,})"
        )
    if claim_or_text.strip().isdigit():
        return _views(session, [int(claim_or_text.strip())]) if len(claim_or_text.strip()) < 19 else []
    text = " ".join(claim_or_text.split())
    if not text:
        return []
    pattern = "%" + fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    holding = list(
        dict.fromkeys(
            session.scalars(
                select(models.ClaimStep.claim_id)
                .join(models.Attribution, models.ClaimStep.attribution_id == models.Attribution.id)
                .where(func.lower(models.Attribution.content_text).like(pattern, escape="\\"))
                .order_by(models.ClaimStep.claim_id)
            )
        )
    )
    if holding:
        return _views(session, holding[:limit])
    wanted = content_words(text)
    if not wanted:
        return []
    scores: dict[int, float] = {}
    for claim_id, content in session.execute(
        select(models.ClaimStep.claim_id, models.Attribution.content_text).join(
            models.Attribution, models.ClaimStep.attribution_id == models.Attribution.id
        )
    ):
        theirs = content_words(content or "")
        if theirs:
            score = len(wanted & theirs) / len(wanted | theirs)
            scores[claim_id] = max(score, scores.get(claim_id, 0.0))
    best = sorted((c for c, s in scores.items() if s >= 0.3), key=lambda c: (-scores[c], c))
    return _views(session, best[:limit])

"""Writing to the corpus: one article with everything found in it, in the caller's transaction.

`save_article` is the only way articles get in. It is idempotent by content hash (a text already stored is
left alone), replaces an earlier version of the same article (same URL or name, different text), and turns
the `Attribution` records of `sourcetrace.types` into rows, resolving parents and actors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Literal, TypeVar

from sqlalchemy import Select, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sourcetrace.output import profile_json
from sourcetrace.provenance.credits import Credit, find_credits
from sourcetrace.store import models
from sourcetrace.types import Article, Attribution

Outcome = Literal["new", "unchanged", "updated"]
_Row = TypeVar("_Row", models.Outlet, models.Actor)

#: Source types whose source is unnamed.
ANONYMOUS_TYPES = frozenset({"anonymous_individual", "anonymous_group"})
#: Mentions never recorded as an actor's alias: they name nobody.
_NOT_NAMES = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its"})


def content_hash(text: str) -> str:
    """SHA-256 of the article text as read: the identity that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_key(article: Article) -> str:
    """Which stored article a changed text replaces: its URL, else its format and name."""
    return article.url or f"{article.source_format}:{article.name}"


def fold(name: str) -> str:
    """A name folded for lookup: case-folded, single spaces."""
    return " ".join(name.casefold().split())


def is_stored(session: Session, article: Article) -> bool:
    """Whether this exact text is already in the corpus (so extraction can be skipped)."""
    digest = content_hash(article.text)
    return session.scalar(select(models.Article.id).where(models.Article.content_hash == digest)) is not None


def save_article(session: Session, article: Article, run_id: int | None = None) -> Outcome:
    """Store an extracted article and all its attributions and credits in the session's transaction.

    Returns "unchanged" when the same text is stored already, "updated" when it replaces an earlier version
    with the same key, else "new". The caller commits (or rolls back: nothing is half-stored).
    """
    digest = content_hash(article.text)
    if session.scalar(select(models.Article.id).where(models.Article.content_hash == digest)) is not None:
        return "unchanged"
    key = article_key(article)
    earlier = session.scalars(select(models.Article.id).where(models.Article.key == key)).all()
    if earlier:
        session.execute(delete(models.Article).where(models.Article.id.in_(earlier)))
    outlet = _outlet(session, article.outlet)
    row = models.Article(
        content_hash=digest,
        key=key,
        name=article.name,
        title=article.title,
        byline=article.byline,
        outlet=outlet,
        published=article.published,
        url=article.url,
        language=article.language,
        source_format=article.source_format,
        body_start=article.body_start,
        text=article.text,
        profile=profile_json(article.profile),
        ingest_run_id=run_id,
        stored_at=datetime.now(UTC),
    )
    session.add(row)
    session.flush()  # the article first, so that a savepoint for a shared actor row never holds it
    with session.no_autoflush:
        row.attributions = _attribution_rows(session, article.attributions)
        row.credits = _credit_rows(article)
    session.flush()
    return "updated" if earlier else "new"


def _credit_rows(article: Article) -> list[models.Credit]:
    """The agencies the article is credited to (`Article.credits`, else what provenance finds), each with
    its first evidence."""
    evidence: dict[str, Credit] = {}
    for credit in find_credits(article):
        evidence.setdefault(credit.name, credit)
    agencies = list(dict.fromkeys(a.strip() for a in article.credits if a and a.strip())) or list(evidence)
    rows = []
    for position, agency in enumerate(agencies):
        found = evidence.get(agency)
        span = found.span if found else None
        rows.append(models.Credit(
            position=position, agency=agency, evidence=found.kind if found else None,
            evidence_start=span.start if span else None, evidence_end=span.end if span else None,
        ))
    return rows


def _attribution_rows(session: Session, attributions: Sequence[Attribution]) -> list[models.Attribution]:
    rows: list[models.Attribution] = []
    for position, attribution in enumerate(attributions):
        source, content, anonymity = attribution.source, attribution.content, attribution.anonymous
        rows.append(models.Attribution(
            position=position,
            local_id=attribution.id,
            kind=attribution.kind,
            source_start=source.start if source else None,
            source_end=source.end if source else None,
            source_text=source.text if source else None,
            cue_start=attribution.cue.start,
            cue_end=attribution.cue.end,
            cue_text=attribution.cue.text,
            content_start=content.start if content else None,
            content_end=content.end if content else None,
            content_text=content.text if content else None,
            content_parts=[[part.start, part.end] for part in attribution.content_parts],
            source_type=attribution.source_type,
            actor=_actor(session, attribution),
            actor_title=attribution.actor.title if attribution.actor else None,
            on_behalf_of=attribution.on_behalf_of,
            recipient=attribution.recipient,
            anonymous=attribution.source_type in ANONYMOUS_TYPES or anonymity is not None,
            anonymous_count=anonymity.count if anonymity else None,
            anonymous_affiliation=anonymity.affiliation if anonymity else None,
            anonymous_justification=anonymity.justification if anonymity else None,
        ))
    # Two attributions sharing an id are not merged here: the (article, local id) constraint refuses them.
    by_id = {row.local_id: row for row in rows}
    for row, attribution in zip(rows, attributions, strict=True):
        if attribution.parent is not None and attribution.parent in by_id:
            row.parent = by_id[attribution.parent]
    return rows


def _outlet(session: Session, name: str | None) -> models.Outlet | None:
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    found = session.scalar(select(models.Outlet).where(models.Outlet.name == name))
    return found or _create(session, models.Outlet(name=name), select(models.Outlet).where(
        models.Outlet.name == name))


def _actor(session: Session, attribution: Attribution) -> models.Actor | None:
    """The shared actor row for the attribution's resolved actor, with its mention recorded as an alias."""
    if attribution.actor is None or not attribution.actor.name.strip():
        return None
    name = " ".join(attribution.actor.name.split())
    query = select(models.Actor).where(models.Actor.name == name)
    actor = session.scalar(query) or _create(session, models.Actor(name=name), query)
    known = {alias.alias for alias in actor.aliases}
    mentions = [name]
    if attribution.source is not None:
        mentions.append(attribution.source.text)
    for mention in mentions:
        alias = fold(mention)
        if _is_name(mention) and alias not in known:
            actor.aliases.append(models.ActorAlias(alias=alias))
            known.add(alias)
    return actor


def _is_name(mention: str) -> bool:
    """A mention worth keeping as an alias: short, capitalised, not a pronoun."""
    words = mention.split()
    return 0 < len(words) <= 6 and any(w[:1].isupper() for w in words) and fold(mention) not in _NOT_NAMES


def _create(session: Session, row: _Row, query: Select[_Row]) -> _Row:
    """Insert a shared row (outlet, actor) in a savepoint; if a concurrent ingest inserted it first, use
    theirs."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row
    except IntegrityError:
        found = session.scalar(query)
        if found is None:
            raise
        return found

"""Writing to the corpus: one article with everything found in it, in the caller's transaction.

`save_article` is the only way articles get in. An article is identified by where it came from
(`article_key`: URL, else full path and line or record) and versioned by its text's hash: the same version
is left alone, a new version of the same source replaces the old one, another source is another article
(even with the same name or the same text). It turns the `Attribution` records of `sourcetrace.types`
into rows, resolving parents and actors. Rows go in as a few multi-row statements per article (not one per
attribution), so that storing costs little next to extraction.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, NamedTuple

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sourcetrace.provenance.credits import find_credits
from sourcetrace.records import profile_json
from sourcetrace.store import models
from sourcetrace.store.models import table_of
from sourcetrace.types import ANONYMOUS_SOURCE_TYPES, Article, Attribution, Credit

Outcome = Literal["new", "unchanged", "updated"]

#: Mentions never recorded as an actor's alias: they name nobody.
_NOT_NAMES = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its"})


def content_hash(text: str) -> str:
    """SHA-256 of the article text as read: the identity that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_key(article: Article) -> str:
    """Where the article came from, in full: which stored article is the same source (one row per key).

    Its URL (canonical, as the reader gave it), else its origin (the file's absolute path, with the line or
    record inside it), else `FORMAT:NAME` (an article built by hand, with a name), else its text's hash
    (text given with nothing to say where it came from is identified by the text alone).
    """
    if article.url:
        return article.url
    if article.origin:
        return article.origin
    if article.name:
        return _name_key(article)
    return f"sha256:{content_hash(article.text)}"


def _name_key(article: Article) -> str:
    """The key articles were stored under before keys were full paths (revision 0003), still used for an
    article that says only its name."""
    return f"{article.source_format}:{article.name}"


def fold(name: str) -> str:
    """A name folded for lookup: case-folded, single spaces."""
    return " ".join(name.casefold().split())


class Version(NamedTuple):
    """A stored article row: its id, key and text hash."""

    id: int
    key: str
    content_hash: str


def _by_key(session: Session, key: str) -> Version | None:
    row = session.execute(
        select(models.Article.id, models.Article.key, models.Article.content_hash)
        .where(models.Article.key == key)
    ).first()
    return Version(*row) if row is not None else None


def stored_version(session: Session, article: Article) -> Version | None:
    """The stored row of this source, or None. A row stored before keys were full paths (key
    `FORMAT:NAME`) stands for an article read from a file of that name when it holds the same text: it is
    the same article, read before its full path was recorded (`adopt` gives it the new key)."""
    key = article_key(article)
    found = _by_key(session, key)
    if found is not None or not article.name or key == _name_key(article):
        return found
    legacy = _by_key(session, _name_key(article))
    if legacy is not None and legacy.content_hash == content_hash(article.text):
        return legacy
    return None


def is_stored(session: Session, article: Article) -> bool:
    """Whether this version of this source (same key, same text) is in the corpus already (so extraction
    can be skipped)."""
    found = stored_version(session, article)
    return found is not None and found.content_hash == content_hash(article.text)


def adopt(session: Session, version: Version, article: Article) -> None:
    """Give a row stored under its old `FORMAT:NAME` key the article's full key and origin."""
    key = article_key(article)
    if version.key != key:
        session.execute(
            update(models.Article).where(models.Article.id == version.id)
            .values(key=key, origin=article.origin)
        )


def _lock_key(session: Session, key: str) -> None:
    """On PostgreSQL, serialise the writers of one source until the transaction ends (two ingests of the
    same file at once would otherwise both find it missing and both insert it). SQLite's write transaction
    (BEGIN IMMEDIATE) does this for the whole database."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(key))))


@dataclass(frozen=True)
class Saved:
    """What `save_article` did: "unchanged" (the text is stored already), "updated" (it replaced the
    earlier versions `replaced`) or "new"; `article_id` is the stored row (None when unchanged)."""

    outcome: Outcome
    article_id: int | None = None
    replaced: tuple[int, ...] = ()


def save_article(
    session: Session, article: Article, run_id: int | None = None, *, replace: bool = False
) -> Saved:
    """Store an extracted article and all its attributions and credits in the session's transaction.

    With `replace`, an article whose text is stored already is stored again (as "updated"): how to bring
    the corpus up to a newer extraction. The caller commits (or rolls back: nothing is half-stored).
    """
    digest = content_hash(article.text)
    key = article_key(article)
    _lock_key(session, key)
    found = stored_version(session, article)
    if found is not None and found.content_hash == digest and not replace:
        adopt(session, found, article)
        return Saved("unchanged")
    earlier = [found.id] if found is not None else []
    if earlier:
        session.execute(delete(models.Article).where(models.Article.id.in_(earlier)))
    article_id: int = session.execute(_INSERT_ARTICLE, dict(
        content_hash=digest,
        key=key,
        origin=article.origin,
        name=article.name,
        title=article.title,
        byline=article.byline,
        outlet_id=_outlet_id(session, article.outlet),
        published=article.published,
        url=article.url,
        language=article.language,
        source_format=article.source_format,
        body_start=article.body_start,
        text=article.text,
        profile=profile_json(article.profile),
        ingest_run_id=run_id,
        stored_at=datetime.now(UTC),
    )).scalar_one()
    _insert_attributions(session, article_id, article.attributions)
    credits = _credit_rows(article_id, article)
    if credits:
        session.execute(table_of(models.Credit).insert(), credits)
    return Saved("updated" if earlier else "new", article_id, tuple(earlier))


def _credit_rows(article_id: int, article: Article) -> list[dict[str, Any]]:
    """The agencies the article is credited to (`Article.credits`, else those of its evidence), each with
    its first evidence (`Article.credit_evidence`, found by the pipeline)."""
    evidence: dict[str, Credit] = {}
    for credit in _evidence(article):
        evidence.setdefault(credit.name, credit)
    agencies = list(dict.fromkeys(a.strip() for a in article.credits if a and a.strip())) or list(evidence)
    rows = []
    for position, agency in enumerate(agencies):
        found = evidence.get(agency)
        span = found.span if found else None
        rows.append(dict(
            article_id=article_id, position=position, agency=agency, evidence=found.kind if found else None,
            evidence_start=span.start if span else None, evidence_end=span.end if span else None,
        ))
    return rows


def _evidence(article: Article) -> tuple[Credit, ...]:
    """The evidence of credit the article carries. One that never went through the pipeline (None: built
    by hand, or by an extraction step of the caller's own) is looked at here instead, so that it is stored
    as the pipeline's would be; evidence is never looked for twice."""
    if article.credit_evidence is not None:
        return article.credit_evidence
    return find_credits(article)


def _insert_attributions(session: Session, article_id: int, attributions: Sequence[Attribution]) -> None:
    """All the article's attributions in one multi-row insert, then their parents in one update.

    Two attributions sharing an id are not merged: the (article, local id) constraint refuses them, and
    with them the whole article.
    """
    if not attributions:
        return
    actor_ids = _actor_ids(session, attributions)
    rows = []
    for position, attribution in enumerate(attributions):
        source, content, anonymity = attribution.source, attribution.content, attribution.anonymous
        actor = attribution.actor
        rows.append(dict(
            article_id=article_id,
            position=position,
            local_id=attribution.id,
            kind=attribution.kind,
            act=attribution.act,
            parent_id=None,
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
            actor_id=actor_ids.get(_actor_name(attribution) or ""),
            actor_title=actor.title if actor else None,
            on_behalf_of=attribution.on_behalf_of,
            recipient=attribution.recipient,
            anonymous=attribution.source_type in ANONYMOUS_SOURCE_TYPES or anonymity is not None,
            anonymous_count=anonymity.count if anonymity else None,
            anonymous_affiliation=anonymity.affiliation if anonymity else None,
            anonymous_justification=anonymity.justification if anonymity else None,
        ))
    session.execute(_ATTRIBUTIONS.insert(), rows)
    local_ids = {attribution.id for attribution in attributions}
    parents = [
        {"in_article": article_id, "child": attribution.id, "parent": attribution.parent}
        for attribution in attributions
        if attribution.parent is not None and attribution.parent in local_ids
    ]
    if parents:
        session.execute(_SET_PARENT, parents)


#: Statements built once (not per article), so that SQLAlchemy compiles and caches them once.
_ARTICLES = table_of(models.Article)
_INSERT_ARTICLE = _ARTICLES.insert().returning(_ARTICLES.c.id)
_ATTRIBUTIONS = table_of(models.Attribution)
_PARENTS = _ATTRIBUTIONS.alias("parents")
#: Points an attribution (by its article and local id) to its parent (by local id): one statement for all
#: the nested attributions of an article, without fetching the ids just inserted.
_SET_PARENT = (
    _ATTRIBUTIONS.update()
    .where(_ATTRIBUTIONS.c.article_id == bindparam("in_article"))
    .where(_ATTRIBUTIONS.c.local_id == bindparam("child"))
    .values(parent_id=select(_PARENTS.c.id).where(
        _PARENTS.c.article_id == bindparam("in_article"), _PARENTS.c.local_id == bindparam("parent")
    ).scalar_subquery())
)


def _outlet_id(session: Session, name: str | None) -> int | None:
    if not name or not name.strip():
        return None
    name = " ".join(name.split())
    query = select(models.Outlet.id).where(models.Outlet.name == name)
    return session.scalar(query) or _insert_shared(session, models.Outlet, {"name": name}, query)


def _actor_name(attribution: Attribution) -> str | None:
    if attribution.actor is None or not attribution.actor.name.strip():
        return None
    return " ".join(attribution.actor.name.split())


def _actor_ids(session: Session, attributions: Sequence[Attribution]) -> dict[str, int]:
    """Ids of the shared actor rows the attributions name (created when new), with every mention of an
    actor recorded as its alias ("Obama", "Barack Obama")."""
    mentions: dict[str, set[str]] = {}
    for attribution in attributions:
        name = _actor_name(attribution)
        if name is None:
            continue
        found = mentions.setdefault(name, set())
        for mention in (name, attribution.source.text if attribution.source else ""):
            if _is_name(mention):
                found.add(fold(mention))
    if not mentions:
        return {}
    ids = dict(session.execute(
        select(models.Actor.name, models.Actor.id).where(models.Actor.name.in_(mentions))
    ).all())
    for name in mentions.keys() - ids.keys():
        query = select(models.Actor.id).where(models.Actor.name == name)
        ids[name] = _insert_shared(session, models.Actor, {"name": name}, query)
    known = set(session.execute(
        select(models.ActorAlias.actor_id, models.ActorAlias.alias)
        .where(models.ActorAlias.actor_id.in_(ids.values()))
    ).all())
    wanted = {(ids[name], alias) for name, aliases in mentions.items() for alias in aliases}
    new_aliases = [{"actor_id": actor_id, "alias": alias} for actor_id, alias in sorted(wanted - known)]
    if new_aliases:
        try:
            with session.begin_nested():
                session.execute(table_of(models.ActorAlias).insert(), new_aliases)
        except IntegrityError:  # a concurrent ingest recorded some first: add the others one by one
            for values in new_aliases:
                with contextlib.suppress(IntegrityError), session.begin_nested():
                    session.execute(table_of(models.ActorAlias).insert(), values)
    return ids


def _is_name(mention: str) -> bool:
    """A mention worth keeping as an alias: short, capitalised, not a pronoun."""
    words = mention.split()
    return 0 < len(words) <= 6 and any(w[:1].isupper() for w in words) and fold(mention) not in _NOT_NAMES


def _insert_shared(session: Session, model: type[models.Base], values: dict[str, Any], query: Any) -> int:
    """Insert a row other articles share (outlet, actor) in a savepoint and return its id; if a concurrent
    ingest inserted it first, return theirs."""
    try:
        with session.begin_nested():
            table = table_of(model)
            new_id: int = session.execute(table.insert().returning(table.c.id), values).scalar_one()
        return new_id
    except IntegrityError:
        found: int | None = session.scalar(query)
        if found is None:
            raise
        return found

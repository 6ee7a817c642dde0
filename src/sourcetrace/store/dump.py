"""A canonical dump of the corpus: every stored fact, with database ids, timestamps and ingest runs left out
and rows named by content (article key and hash, attribution local id, actor name), sorted.

Two stores that hold the same corpus dump equal whatever order or how many runs stored it; the crash tests
compare an interrupted-and-resumed ingest with an uninterrupted one this way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from sourcetrace.store import models

Dump = dict[str, list[tuple[Any, ...]]]


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _sorted(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows in a total order (nulls and numbers compare fine as JSON text)."""
    return sorted(rows, key=lambda row: json.dumps(row, default=str, ensure_ascii=False))


def canonical_dump(session: Session) -> Dump:
    """The corpus as sorted tuples per table (see the module docstring)."""
    article = models.Article
    outlet_names = dict(session.execute(select(models.Outlet.id, models.Outlet.name)).all())
    # Rows of other tables name their article by its key and version (ids differ between stores).
    hashes = {i: f"{key}\n{digest}" for i, key, digest in session.execute(
        select(article.id, article.key, article.content_hash))}
    actor_names = dict(session.execute(select(models.Actor.id, models.Actor.name)).all())
    dump: Dump = {"outlets": _sorted((name,) for name in outlet_names.values())}
    dump["articles"] = _sorted(
        (a.content_hash, a.key, a.origin, a.name, a.title, a.byline, outlet_names.get(a.outlet_id or -1),
         a.published,
         a.url, a.language, a.source_format, a.body_start, a.text, _json(a.profile))
        for a in session.scalars(select(article))
    )
    parent = aliased(models.Attribution)
    dump["attributions"] = _sorted(
        (hashes[a.article_id], a.local_id, a.position, a.kind, a.act, parent_id,
         a.source_start, a.source_end, a.source_text, a.cue_start, a.cue_end, a.cue_text,
         a.content_start, a.content_end, a.content_text, _json(a.content_parts), a.source_type,
         actor_names.get(a.actor_id or -1), a.actor_title, a.on_behalf_of, a.recipient, a.anonymous,
         a.anonymous_count, a.anonymous_affiliation, a.anonymous_justification)
        for a, parent_id in session.execute(
            select(models.Attribution, parent.local_id)
            .outerjoin(parent, models.Attribution.parent_id == parent.id)
        )
    )
    aliases: dict[int, list[str]] = {}
    alias_rows = session.execute(select(models.ActorAlias.actor_id, models.ActorAlias.alias))
    for actor_id, alias in alias_rows:
        aliases.setdefault(actor_id, []).append(alias)
    dump["actors"] = _sorted((name, tuple(sorted(aliases.get(i, [])))) for i, name in actor_names.items())
    dump["credits"] = _sorted(
        (hashes[c.article_id], c.position, c.agency, c.evidence, c.evidence_start, c.evidence_end)
        for c in session.scalars(select(models.Credit))
    )
    members: dict[int, list[tuple[Any, ...]]] = {}
    for m in session.scalars(select(models.CopyMember)):
        members.setdefault(m.cluster_id, []).append((hashes[m.article_id], m.is_origin, m.similarity))
    dump["copy_clusters"] = _sorted(
        (c.method, c.threshold, tuple(sorted(members.get(c.id, []))))
        for c in session.scalars(select(models.CopyCluster))
    )
    return dump

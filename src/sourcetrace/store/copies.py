"""Copies in the store: each article's signature, its links to the stored articles it copies or quotes, and
the clusters those links make (`sourcetrace.provenance.copies` does the finding); `copy_clusters` reads the
clusters back.

Links are found as each article is stored, in the same transaction, against an in-memory index of the
stored signatures; clusters belong to the whole corpus and are rebuilt from the links at the end of every
ingest. Both depend only on which articles are stored, never on the order or the runs that stored them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sourcetrace.store import models
from sourcetrace.store.models import table_of
from sourcetrace.store.queries import ArticleRef, article_ref
from sourcetrace.types import Article

if TYPE_CHECKING:
    from sourcetrace.provenance.copies import CopyIndex, CopyOptions, Signature


class CopyTracker:
    """Finds and stores the copy links of the articles one ingest run stores."""

    def __init__(self, options: CopyOptions | None = None) -> None:
        from sourcetrace.provenance.copies import CopyOptions  # datasketch is slow to import: only when used

        self.options = options or CopyOptions()
        self._index: CopyIndex | None = None

    def _loaded(self, session: Session) -> CopyIndex:
        if self._index is None:
            from sourcetrace.provenance.copies import CopyIndex, Signature

            stored = session.execute(select(models.CopySignature.article_id, models.CopySignature.signature))
            self._index = CopyIndex.from_signatures(
                ((str(article_id), Signature.from_bytes(blob)) for article_id, blob in stored), self.options
            )
        return self._index

    def add(
        self, session: Session, article_id: int, article: Article, replaced: tuple[int, ...] = ()
    ) -> None:
        """Store the article's signature and its links, in the session's transaction; if that transaction is
        rolled back, call `rolled_back`."""
        from sourcetrace.provenance.copies import signature

        index = self._loaded(session)
        for old in replaced:
            if str(old) in index:
                index.remove(str(old))
        sig: Signature = signature(article, self.options)
        links = index.add(str(article_id), sig)
        signature_row = {"article_id": article_id, "signature": sig.to_bytes()}
        session.execute(table_of(models.CopySignature).insert(), signature_row)
        if links:
            session.execute(table_of(models.CopyLink).insert(), [
                {"article_id": article_id, "other_id": int(link.other), "reason": link.reason,
                 "similarity": float(link.similarity), "quote": link.quote}
                for link in links
            ])

    def rolled_back(self) -> None:
        """The transaction of the last `add` was rolled back: the index no longer matches the database, so
        it is reloaded from the stored signatures when next needed."""
        self._index = None

    def rebuild_clusters(self, session: Session) -> int:
        """Replace the stored clusters with those the stored links make; returns how many."""
        return rebuild_clusters(session, self.options.threshold)


def rebuild_clusters(session: Session, threshold: float | None) -> int:
    """Group linked articles into clusters, origin first-published (ties broken by content hash and key,
    never by database ids, so that the clusters depend only on what is stored); returns the count."""
    from sourcetrace.provenance.copies import clusters_from_links

    session.execute(delete(models.CopyCluster))
    links = session.execute(
        select(models.CopyLink.article_id, models.CopyLink.other_id, models.CopyLink.reason,
               models.CopyLink.similarity)
    ).all()
    if not links:
        return 0
    linked = {a for a, _, _, _ in links} | {b for _, b, _, _ in links}
    articles = session.execute(
        select(models.Article.id, models.Article.content_hash, models.Article.key, models.Article.published)
        .where(models.Article.id.in_(linked))
    ).all()
    # Keys in a stable order (content hash, then source: the same text may come from two sources): ties
    # between equal dates never depend on database ids.
    order = sorted(articles, key=lambda row: (row.content_hash, row.key))
    keys = [str(row.id) for row in order]
    published = {str(row.id): row.published for row in order}
    best: dict[str, float] = defaultdict(float)
    for a, b, _, score in links:
        best[str(a)] = max(best[str(a)], score)
        best[str(b)] = max(best[str(b)], score)
    clusters = clusters_from_links(keys, ((str(a), str(b), reason) for a, b, reason, _ in links), published)
    for found in clusters:
        reasons = sorted({reason for _, _, reason in found.links})
        session.add(models.CopyCluster(
            method="+".join(reasons),
            threshold=threshold if "text" in reasons else None,
            members=[
                models.CopyMember(article_id=int(key), is_origin=key == found.origin, similarity=best[key])
                for key in found.members
            ],
        ))
    session.flush()
    return len(clusters)


@dataclass(frozen=True)
class CopyClusterView:
    """Articles that are copies of one story, the origin (first published) first; `links` says how each
    pair was linked ("text" near-duplicates or a shared "quote")."""

    method: str
    origin: ArticleRef
    copies: tuple[ArticleRef, ...]
    links: tuple[tuple[str, str, str], ...]


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
        refs[article_id] = article_ref(article, outlet)
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

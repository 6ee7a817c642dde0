"""Copy clusters in the store: near-duplicate and syndicated articles, found by provenance, kept as rows.

Clusters are a property of the whole corpus, so they are recomputed after an ingest and replaced as a whole
(in one transaction). Articles are named by content hash, so clusters survive re-ingesting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sourcetrace.store import models


@dataclass(frozen=True)
class ClusterMember:
    content_hash: str
    is_origin: bool = False
    similarity: float | None = None


@dataclass(frozen=True)
class Cluster:
    """A group of copies of one story: `method` says how they were linked ("minhash", "quote")."""

    method: str
    members: tuple[ClusterMember, ...]
    threshold: float | None = None


def replace_copy_clusters(session: Session, clusters: Iterable[Cluster]) -> int:
    """Replace every stored cluster with `clusters`; members not stored are left out. Returns the count."""
    session.execute(delete(models.CopyCluster))
    ids = dict(session.execute(select(models.Article.content_hash, models.Article.id)).all())
    count = 0
    for cluster in clusters:
        members = [m for m in cluster.members if m.content_hash in ids]
        if len(members) < 2:
            continue
        session.add(models.CopyCluster(
            method=cluster.method,
            threshold=cluster.threshold,
            members=[
                models.CopyMember(
                    article_id=ids[m.content_hash], is_origin=m.is_origin, similarity=m.similarity
                )
                for m in members
            ],
        ))
        count += 1
    session.flush()
    return count

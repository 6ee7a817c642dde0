"""`/copies`: where the same text or the same long quote travelled: clusters of copies, origin first."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sourcetrace.store.copies import CopyClusterView, copy_clusters
from sourcetrace.web.params import SessionDep
from sourcetrace.web.render import CSVResponse, HTMLResponse, csv_response, respond

router = APIRouter(tags=["copies"])


@router.get("/copies.json", response_model=list[CopyClusterView], summary="Copy clusters (JSON)")
def copies_json(session: SessionDep) -> list[CopyClusterView]:
    return copy_clusters(session)


@router.get("/copies.csv", response_class=CSVResponse, summary="Copies, one row per article (CSV)")
def copies_csv(session: SessionDep) -> Response:
    rows = []
    for number, cluster in enumerate(copy_clusters(session), 1):
        for role, ref in [("origin", cluster.origin), *(("copy", ref) for ref in cluster.copies)]:
            rows.append({"cluster": number, "method": cluster.method, "role": role, "id": ref.id,
                         "name": ref.name, "title": ref.title, "outlet": ref.outlet,
                         "published": ref.published, "url": ref.url})
    return csv_response(rows, "copies.csv", ["cluster", "method", "role", "id", "name", "title", "outlet",
                                             "published", "url"])


@router.get("/copies", response_class=HTMLResponse, summary="Copy clusters")
def copies_page(request: Request, session: SessionDep) -> Response:
    return respond(request, "copies.html", copy_clusters(session))

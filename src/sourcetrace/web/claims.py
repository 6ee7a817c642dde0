"""`/claims` and `/claims/{id}`: the claims reported in more than one article (who made them, first seen,
in how many articles and outlets, whether a retelling dropped the hedge), and one claim's trace: each
appearance in date order, on whose authority, with the credits given, each linked to its place in its
article.

Thin over the query layer (`store.claims.claim_list`, `list_claims`, `trace`), like `sourcetrace claims` and
`sourcetrace trace`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response

from sourcetrace.store.claims import ClaimList, ClaimView, claim_list, list_claims, trace
from sourcetrace.web.params import Date, OptionalText, Page, PerPage, SessionDep
from sourcetrace.web.render import CSVResponse, HTMLResponse, csv_response, respond

router = APIRouter(tags=["claims"])

ClaimId = Path(ge=1, le=2**62, description="The claim's id in the store.")
DroppedHedge = Annotated[bool, Query(description="Only the claims a retelling stated without its hedge.")]

#: The columns of `/claims.csv`: one row per claim.
CLAIM_FIELDS = ["id", "actor", "text", "first_seen", "last_seen", "appearances", "articles", "outlets",
                "dropped_hedge", "method"]


def _claim(session: SessionDep, claim_id: int) -> ClaimView:
    found = trace(session, str(claim_id), limit=1)
    if not found:
        raise HTTPException(404, f"no claim {claim_id}")
    return found[0]


@router.get("/claims.json", response_model=ClaimList, summary="Claims, the most widely reported first (JSON)")
def claims_json(session: SessionDep, actor: OptionalText = None, since: Date = None,
                dropped_hedge: DroppedHedge = False, page: Page = 1, per_page: PerPage = 50) -> ClaimList:
    return claim_list(session, actor or None, since or None, dropped_hedge, page, per_page)


@router.get("/claims.csv", response_class=CSVResponse, summary="Claims, one row per claim (CSV)")
def claims_csv(session: SessionDep, actor: OptionalText = None, since: Date = None,
               dropped_hedge: DroppedHedge = False) -> Response:
    found = list_claims(session, actor or None, since or None, limit=None, dropped_hedge=dropped_hedge)
    return csv_response(found, "claims.csv", CLAIM_FIELDS)


@router.get("/claims", response_class=HTMLResponse, summary="Claims, the most widely reported first")
def claims_page(request: Request, session: SessionDep, actor: OptionalText = None, since: Date = None,
                dropped_hedge: DroppedHedge = False, page: Page = 1, per_page: PerPage = 50) -> Response:
    return respond(request, "claims.html",
                   claim_list(session, actor or None, since or None, dropped_hedge, page, per_page))


@router.get("/claims/{claim_id}.json", response_model=ClaimView, summary="One claim's trace (JSON)")
def claim_json(session: SessionDep, claim_id: int = ClaimId) -> ClaimView:
    return _claim(session, claim_id)


@router.get("/claims/{claim_id}.csv", response_class=CSVResponse, summary="One claim's appearances (CSV)")
def claim_csv(session: SessionDep, claim_id: int = ClaimId) -> Response:
    found = _claim(session, claim_id)
    return csv_response(found.steps, f"claim-{found.id}.csv")


@router.get("/claims/{claim_id}", response_class=HTMLResponse, summary="One claim's trace")
def claim_page(request: Request, session: SessionDep, claim_id: int = ClaimId) -> Response:
    return respond(request, "claim.html", _claim(session, claim_id))

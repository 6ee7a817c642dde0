"""`/search?q=`: full-text search over attribution contents, with facets (outlet, source type, kind, act),
a date range and paging. A blank query lists every attribution under the filters."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sourcetrace.store import browse
from sourcetrace.web.params import Page, PerPage, SearchFiltersDep, SessionDep, Text
from sourcetrace.web.render import CSVResponse, HTMLResponse, csv_response, respond

router = APIRouter(tags=["search"])

#: The most rows one CSV export holds.
CSV_LIMIT = 100_000


@router.get("/search.json", response_model=browse.SearchPage, summary="Search attributions (JSON)")
def search_json(session: SessionDep, filters: SearchFiltersDep, q: Text = "", page: Page = 1,
                per_page: PerPage = 20) -> browse.SearchPage:
    return browse.search_page(session, q, filters, page, per_page)


@router.get("/search.csv", response_class=CSVResponse, summary="Search attributions (CSV, every match)")
def search_csv(session: SessionDep, filters: SearchFiltersDep, q: Text = "") -> Response:
    return csv_response(browse.search_page(session, q, filters, 1, CSV_LIMIT).hits, "search.csv")


@router.get("/search", response_class=HTMLResponse, summary="Search attributions")
def search_page(request: Request, session: SessionDep, filters: SearchFiltersDep, q: Text = "",
                page: Page = 1, per_page: PerPage = 20) -> Response:
    return respond(request, "search.html", browse.search_page(session, q, filters, page, per_page))

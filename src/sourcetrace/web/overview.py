"""`/`: the corpus at a glance, filterable by outlet and date range: counts, attributions by source type per
outlet (stacked bars), the anonymous share by month (line), the most quoted actors and declined comments."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sourcetrace.store import browse
from sourcetrace.web import charts
from sourcetrace.web.params import FiltersDep, SessionDep, options
from sourcetrace.web.render import CSVResponse, HTMLResponse, csv_response, respond

router = APIRouter(tags=["overview"])

SOURCE_TYPES = ("person", "organization", "document", "anonymous_individual", "anonymous_group", "unknown")


def _overview(request: Request, session: SessionDep, filters: FiltersDep) -> browse.Overview:
    return browse.overview(session, filters, counting=options(request).counting)


@router.get("/overview.json", response_model=browse.Overview, summary="The corpus at a glance (JSON)")
def overview_json(request: Request, session: SessionDep, filters: FiltersDep) -> browse.Overview:
    return _overview(request, session, filters)


@router.get("/overview/actors.csv", response_class=CSVResponse,
            summary="The most quoted actors (CSV)")
def overview_actors_csv(request: Request, session: SessionDep, filters: FiltersDep) -> Response:
    return csv_response(_overview(request, session, filters).top_actors, "actors.csv")


@router.get("/overview/declined.csv", response_class=CSVResponse,
            summary="Declined comments (CSV)")
def overview_declined_csv(request: Request, session: SessionDep, filters: FiltersDep) -> Response:
    return csv_response(_overview(request, session, filters).declined, "declined.csv")


@router.get("/", response_class=HTMLResponse, summary="The overview page")
def overview_page(request: Request, session: SessionDep, filters: FiltersDep) -> Response:
    data = _overview(request, session, filters)
    by_type = charts.stacked_bars(
        "Attributions by source type per outlet",
        [(row.outlet, [(c.value, c.count) for c in row.by_source_type]) for row in data.by_outlet],
        SOURCE_TYPES,
    )
    anonymous = charts.line(
        "Share of attributions resting on anonymous sources, by month",
        [(m.month, m.anonymous / m.attributions if m.attributions else 0.0) for m in data.anonymous_by_month],
    )
    actors = charts.bars("Most quoted actors", [(a.name, a.statements) for a in data.top_actors])
    return respond(request, "overview.html", data, charts={"by_type": by_type, "anonymous": anonymous,
                                                           "actors": actors}, source_types=SOURCE_TYPES)

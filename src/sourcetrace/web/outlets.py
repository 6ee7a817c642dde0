"""`/outlets` and `/outlets/{id}`: each outlet's sourcing profile, and one outlet's attributions by source
type and its anonymous share by month."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response

from sourcetrace.store import browse
from sourcetrace.web import charts
from sourcetrace.web.params import SessionDep, options
from sourcetrace.web.render import CSVResponse, HTMLResponse, csv_response, respond

router = APIRouter(tags=["outlets"])

OutletId = Path(ge=1, le=2**62, description="The outlet's id in the store.")


def _outlet(request: Request, session: SessionDep, outlet_id: int) -> browse.OutletPage:
    found = browse.outlet_page(session, outlet_id, options(request).counting)
    if found is None:
        raise HTTPException(404, f"no outlet {outlet_id}")
    return found


@router.get("/outlets.json", response_model=tuple[browse.OutletRow, ...], summary="Outlets (JSON)")
def outlets_json(request: Request, session: SessionDep) -> tuple[browse.OutletRow, ...]:
    return browse.outlet_list(session, options(request).counting)


@router.get("/outlets.csv", response_class=CSVResponse, summary="Outlets (CSV)")
def outlets_csv(request: Request, session: SessionDep) -> Response:
    rows = [{"id": row.id, **browse_row(row.profile)} for row in browse.outlet_list(session,
                                                                                     options(request).counting)]
    return csv_response(rows, "outlets.csv")


def browse_row(profile: browse.OutletProfile) -> dict[str, object]:
    return {"outlet": profile.outlet, "articles": profile.articles, "attributions": profile.attributions,
            "anonymous": profile.anonymous, "share_anonymous": round(profile.share_anonymous, 3),
            "top_actors": "; ".join(f"{name} ({n})" for name, n in profile.top_actors),
            "credited_agencies": "; ".join(f"{name} ({n})" for name, n in profile.credited_agencies)}


@router.get("/outlets", response_class=HTMLResponse, summary="Outlets and their sourcing")
def outlets_page(request: Request, session: SessionDep) -> Response:
    return respond(request, "outlets.html", browse.outlet_list(session, options(request).counting))


@router.get("/outlets/{outlet_id}.json", response_model=browse.OutletPage, summary="One outlet (JSON)")
def outlet_json(request: Request, session: SessionDep, outlet_id: int = OutletId) -> browse.OutletPage:
    return _outlet(request, session, outlet_id)


@router.get("/outlets/{outlet_id}", response_class=HTMLResponse, summary="One outlet")
def outlet_page(request: Request, session: SessionDep, outlet_id: int = OutletId) -> Response:
    found = _outlet(request, session, outlet_id)
    by_type = charts.bars("Attributions by source type", [(c.value.replace("_", " "), c.count)
                                                          for c in found.by_source_type])
    trend = charts.line("Share of attributions resting on anonymous sources, by month",
                        [(m.month, m.anonymous / m.attributions if m.attributions else 0.0)
                         for m in found.trend])
    return respond(request, "outlet.html", found, charts={"by_type": by_type, "trend": trend})

"""`/actors` and `/actors/{id}`: the actors most quoted, and one actor's statements over time (by month and
by authority: on record, through a spokesperson, relayed, anonymous sources), the outlets that quote them,
their aliases, each statement linked to its place in its article.

Thin over the query layer (`store.browse.actor_list`, `actor_page`), so that a cross-article registry can
take the place of the store's actors without changing the pages."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response

from sourcetrace.store import browse
from sourcetrace.web import charts
from sourcetrace.web.params import Page, PerPage, SessionDep, Text, options
from sourcetrace.web.render import CSVResponse, HTMLResponse, csv_response, respond

router = APIRouter(tags=["actors"])

ActorId = Path(ge=1, le=2**62, description="The actor's id in the store.")


def _actor(request: Request, session: SessionDep, actor_id: int) -> browse.ActorPage:
    found = browse.actor_page(session, actor_id, options(request).counting)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id}")
    return found


@router.get("/actors.json", response_model=browse.ActorList, summary="Actors, most quoted first (JSON)")
def actors_json(request: Request, session: SessionDep, name: Text = "", page: Page = 1,
                per_page: PerPage = 50) -> browse.ActorList:
    return browse.actor_list(session, name, page, per_page, options(request).counting)


@router.get("/actors.csv", response_class=CSVResponse, summary="Actors (CSV)")
def actors_csv(request: Request, session: SessionDep, name: Text = "") -> Response:
    return csv_response(browse.actor_list(session, name, 1, 10**9, options(request).counting).actors,
                        "actors.csv")


@router.get("/actors", response_class=HTMLResponse, summary="Actors, most quoted first")
def actors_page(request: Request, session: SessionDep, name: Text = "", page: Page = 1,
                per_page: PerPage = 50) -> Response:
    return respond(request, "actors.html",
                   browse.actor_list(session, name, page, per_page, options(request).counting))


@router.get("/actors/{actor_id}.json", response_model=browse.ActorPage, summary="One actor (JSON)")
def actor_json(request: Request, session: SessionDep, actor_id: int = ActorId) -> browse.ActorPage:
    return _actor(request, session, actor_id)


@router.get("/actors/{actor_id}.csv", response_class=CSVResponse, summary="One actor's statements (CSV)")
def actor_csv(request: Request, session: SessionDep, actor_id: int = ActorId) -> Response:
    found = _actor(request, session, actor_id)
    return csv_response(found.statements, f"actor-{found.id}.csv")


@router.get("/actors/{actor_id}", response_class=HTMLResponse, summary="One actor")
def actor_page(request: Request, session: SessionDep, actor_id: int = ActorId) -> Response:
    found = _actor(request, session, actor_id)
    over_time = charts.stacked_bars(
        "Statements by month and by authority",
        [(m.month, [(c.value, c.count) for c in m.by_authority]) for m in found.by_month],
        browse.AUTHORITIES,
    )
    outlets = charts.bars("Outlets quoting this actor", [(c.value, c.count) for c in found.outlets])
    return respond(request, "actor.html", found, charts={"over_time": over_time, "outlets": outlets})

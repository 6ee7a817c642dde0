"""What the routes share: a store session per request, and the query parameters of filters and paging, each
validated (an ISO date, a bounded page), so that no route sees an unchecked value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from sourcetrace.store.browse import Filters

if TYPE_CHECKING:
    from sourcetrace.web.app import WebOptions

#: A date, a month or a year: "2024-05-24", "2024-05", "2024".
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_PAGE = 100_000


def options(request: Request) -> WebOptions:
    """The app's options (its store, token, reading options)."""
    found: WebOptions = request.app.state.options
    return found


def session(request: Request) -> Iterator[Session]:
    """A session on the app's store for the request."""
    with request.app.state.options.store.session() as found:
        yield found


SessionDep = Annotated[Session, Depends(session)]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")]
PerPage = Annotated[int, Query(ge=1, le=200, description="Results per page.")]
Text = Annotated[str, Query(max_length=200)]
OptionalText = Annotated[str | None, Query(max_length=200)]
Date = Annotated[str | None, Query(pattern=DATE_PATTERN, description="ISO date, month or year.")]


def filters(outlet: OptionalText = None, since: Date = None, until: Date = None) -> Filters:
    """The outlet and date range of a page."""
    return Filters(outlet=outlet or None, since=since or None, until=until or None)


def search_filters(
    outlet: OptionalText = None, since: Date = None, until: Date = None,
    source_type: OptionalText = None, kind: OptionalText = None, act: OptionalText = None,
) -> Filters:
    """The outlet, date range, source type, kind and act a search is narrowed to."""
    return Filters(
        outlet or None, since or None, until or None, source_type or None, kind or None, act or None
    )


FiltersDep = Annotated[Filters, Depends(filters)]
SearchFiltersDep = Annotated[Filters, Depends(search_filters)]

"""`/docs`: the OpenAPI description (`/openapi.json`) shown by Swagger UI, vendored into the package
(`static/vendor/swagger-ui`, swagger-ui-dist 5.35.0, Apache-2.0) and started by `static/docs.js`, so that
the page needs nothing from outside and no inline script."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sourcetrace.web.render import HTMLResponse, templates

router = APIRouter(tags=["docs"])


@router.get("/docs", response_class=HTMLResponse, summary="API documentation (Swagger UI)")
def docs_page(request: Request) -> Response:
    return templates.TemplateResponse(request, "docs.html", {})

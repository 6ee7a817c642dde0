"""How a page answers: HTML from a Jinja2 template, its JSON twin, or a CSV of its list.

Every page is built from one dataclass of the query layer (or a small one of the web layer). `respond`
renders it as HTML, or as JSON when the client asks for `application/json` (the `.json` routes return the
same dataclass directly). Templates autoescape everything; nothing is marked safe but the server's own
SVG charts.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

_TEMPLATES = resources.files("sourcetrace.web") / "templates"


def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(_TEMPLATES)), autoescape=select_autoescape(default=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    environment.filters["label"] = lambda value: (value or "").replace("_", " ")
    environment.filters["percent"] = lambda value: f"{value:.0%}"
    return environment


templates = Jinja2Templates(env=_environment())


def wants_json(request: Request) -> bool:
    """Whether the client prefers JSON to HTML (`Accept: application/json`)."""
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def as_json(data: Any) -> Any:
    """A dataclass (or list of them) as JSON values."""
    return jsonable_encoder(data)


def respond(request: Request, template: str, data: Any, status_code: int = 200, **context: Any) -> Response:
    """The page `template` for `data`, or `data` as JSON when the client asks for it."""
    if wants_json(request):
        return JSONResponse(as_json(data), status_code=status_code)
    return templates.TemplateResponse(
        request, template, {"data": data, "query_with": _query_with(request), **context},
        status_code=status_code,
    )


def error_page(request: Request, status_code: int, message: str) -> Response:
    if wants_json(request) or request.url.path.endswith(".json") or request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status_code)
    return templates.TemplateResponse(
        request, "error.html", {"status": status_code, "message": message}, status_code=status_code
    )


def _query_with(request: Request) -> Any:
    """`query_with(page=2)`: the current query string with some parameters replaced (for pagers, facets)."""

    def build(**changes: Any) -> str:
        params = {key: value for key, value in request.query_params.items() if value}
        for key, value in changes.items():
            if value is None or value == "":
                params.pop(key, None)
            else:
                params[key] = str(value)
        return "?" + urlencode(params) if params else "?"

    return build


def _flat(record: Any) -> dict[str, Any]:
    """A dataclass as one CSV row: nested dataclasses flattened with dotted names, sequences joined."""
    row: dict[str, Any] = {}
    fields = dataclasses.asdict(record) if dataclasses.is_dataclass(record) and not isinstance(record, type) \
        else dict(record)
    for key, value in fields.items():
        if isinstance(value, dict):
            row.update({f"{key}.{k}": v for k, v in value.items()})
        elif isinstance(value, list | tuple):
            row[key] = "; ".join(
                " ".join(str(part) for part in item) if isinstance(item, list | tuple) else str(item)
                for item in value
            )
        else:
            row[key] = value
    return row


def csv_response(records: Iterable[Any], filename: str, fields: Sequence[str] | None = None) -> Response:
    """A list as CSV (one row per record, nested fields flattened), offered as a download."""
    rows = [_flat(record) for record in records]
    names = list(fields or (rows[0].keys() if rows else ()))

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return CSVResponse(out.getvalue(), headers={"content-disposition": f'attachment; filename="{filename}"'})


class CSVResponse(Response):
    """A CSV download."""

    media_type = "text/csv"


def _cell(value: Any) -> Any:
    """A cell a spreadsheet will not run as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


__all__ = ["CSVResponse", "HTMLResponse", "as_json", "csv_response", "error_page", "respond", "templates",
           "wants_json"]

"""The web UI and JSON API (`sourcetrace serve`): server-rendered pages over the store's query layer.

- `app`: the application factory (`create_app(WebOptions(store=...))`), error pages and middleware.
- `guard`: security headers (Content-Security-Policy) and the request body cap.
- `render`: HTML from templates, the JSON twin of every page, CSV of every list.
- `params`: the query parameters the routes share, validated.
- `highlight`, `charts`: the article text cut into highlighted runs; server-side SVG charts.
- one module per page group: `overview`, `articles`, `search`, `actors`, `outlets`, `copies`, `analyze`,
  `api` (writes), `docs`; `submit` reads what a visitor or client submits.

Templates (`templates/`) and static assets (`static/`, Swagger UI vendored) ship as package data. No SQL here:
every question is a function of `sourcetrace.store.queries`, `browse` or `copies`.
"""

from sourcetrace.web.app import WebOptions, create_app

__all__ = ["WebOptions", "create_app"]

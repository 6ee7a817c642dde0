"""The application factory: `create_app(WebOptions(store=...))` gives the FastAPI app `sourcetrace serve`
runs.

Reads are open; writes (`POST /api/articles`) need the Bearer token of `WebOptions.token` (from
`SOURCETRACE_TOKEN`), and are refused when none is configured. Each page group is one module with its own
router; this module wires them together with the middleware (`guard`), the static files and the error
pages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sourcetrace.readers import ReadOptions
from sourcetrace.store import Store, StoreError
from sourcetrace.store.database import InvalidQuery
from sourcetrace.types import Article, CountOptions
from sourcetrace.web.guard import Guard
from sourcetrace.web.render import error_page

#: The extraction step: articles in, extracted articles out (`sourcetrace.pipeline.extract_articles`).
Extractor = Callable[[Iterable[Article]], Iterator[Article]]

#: Room for a multipart envelope around an upload of the readers' size cap.
ENVELOPE = 64 * 1024


def _default_extractor(articles: Iterable[Article]) -> Iterator[Article]:
    from sourcetrace.pipeline import extract_articles  # loads spaCy: only when a text is analysed

    return extract_articles(articles)


@dataclass
class WebOptions:
    """What the app serves and how: the store, the write token (None: writes refused), how URLs and uploads
    are read, what is counted, and the extraction step (replaceable for tests)."""

    store: Store
    token: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    counting: CountOptions = field(default_factory=CountOptions)
    extract: Extractor = _default_extractor
    #: One extraction at a time: the spaCy pipeline is shared.
    lock: threading.Lock = field(default_factory=threading.Lock)

    def extracted(self, articles: Iterable[Article]) -> list[Article]:
        """The articles extracted, one caller at a time."""
        with self.lock:
            return list(self.extract(articles))

    @property
    def max_body(self) -> int:
        return self.read.max_bytes + ENVELOPE


def create_app(options: WebOptions) -> FastAPI:
    """The sourcetrace web app over `options.store`."""
    from sourcetrace.web import actors, analyze, api, articles, copies, docs, outlets, overview, search

    app = FastAPI(
        title="sourcetrace",
        summary="Who said what, on whose authority, relayed by whom: a corpus of news attributions.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.state.options = options
    for module in (overview, articles, search, actors, outlets, copies, analyze, api, docs):
        app.include_router(module.router)
    static = resources.files("sourcetrace.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        response = error_page(request, error.status_code, str(error.detail))
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in problem.get('loc', ()))}: {problem.get('msg', '')}"
            for problem in error.errors()
        )
        return error_page(request, 422, problems or "invalid request")

    @app.exception_handler(InvalidQuery)
    async def invalid_query(request: Request, error: InvalidQuery) -> Response:
        return error_page(request, 422, str(error))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        return error_page(request, 503, str(error))

    app.add_middleware(Guard, max_body=options.max_body)
    return app

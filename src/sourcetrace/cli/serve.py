"""`sourcetrace serve`: the web UI and JSON API over a store (`sourcetrace.web`), run by uvicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from sourcetrace.cli.app import app
from sourcetrace.cli.corpus import DbOption, _errors, _store

TOKEN_ENV = "SOURCETRACE_TOKEN"


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    allow_private_hosts: Annotated[
        bool, typer.Option(help="Let URLs given to the API and /analyze reach private addresses.")
    ] = False,
) -> None:
    """Serve the web UI and JSON API. Reads are open; writes need $SOURCETRACE_TOKEN as a Bearer token."""
    import uvicorn

    from sourcetrace.readers import ReadOptions
    from sourcetrace.web import WebOptions, create_app

    token = os.environ.get(TOKEN_ENV) or None
    # With a token the server writes, so it may create the database, as ingest does; without one it only
    # reads, and a missing database is an error, as for the other questions.
    with _store(db, create=token is not None) as store:
        read = ReadOptions(allow_private_hosts=allow_private_hosts)
        web = create_app(WebOptions(store=store, token=token, read=read))
        shown = f"[{host}]" if ":" in host else host
        errors = _errors()
        errors.print(f"sourcetrace: serving {store.location} at http://{shown}:{port}/ (Ctrl+C to stop)",
                     markup=False, highlight=False)
        if token is None:
            errors.print(f"writes are disabled: set {TOKEN_ENV} to allow POST /api/articles", markup=False)
        uvicorn.run(web, host=host, port=port, log_level="warning")

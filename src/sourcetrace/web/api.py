"""`POST /api/articles`: ingest into the store a JSON article (`text` and metadata), a URL, or an uploaded
file in any format the readers take.

Every write needs `Authorization: Bearer <token>` with the token the server was given (`SOURCETRACE_TOKEN`);
with none configured, writes are refused (403). A body over the size cap gets 413 (the middleware, `guard`),
and so does a text or file over the readers' cap.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from sourcetrace.store.ingest import ingest
from sourcetrace.web.params import options
from sourcetrace.web.submit import Read, Refused, from_text, from_upload, from_url

router = APIRouter(tags=["write"])


class ArticleIn(BaseModel):
    """An article to store: its `text` with optional metadata, or a `url` to fetch it from."""

    text: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    name: str | None = Field(default=None, max_length=500)
    title: str | None = Field(default=None, max_length=2000)
    byline: str | None = Field(default=None, max_length=500)
    outlet: str | None = Field(default=None, max_length=500)
    published: str | None = Field(default=None, max_length=64)
    language: str | None = Field(default=None, max_length=35)


class Failure(BaseModel):
    location: str
    reason: str


class IngestResult(BaseModel):
    """What the write stored: new, unchanged (already stored) and updated articles, and what failed."""

    run_id: int
    new: int
    unchanged: int
    updated: int
    failed: list[Failure]


_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary"}},
            }},
        },
    },
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No token or a wrong one"},
    403: {"description": "Writes are disabled: no token is configured"},
    413: {"description": "The body, text or file is over the size cap"},
    415: {"description": "Neither JSON nor a multipart upload"},
    422: {"description": "Nothing readable was given"},
}


def authorize(request: Request) -> None:
    """Refuse a write without the configured token."""
    token = options(request).token
    if not token:
        raise HTTPException(403, "writes are disabled: the server has no SOURCETRACE_TOKEN")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' is needed to write",
                            headers={"WWW-Authenticate": "Bearer"})


async def _submission(request: Request) -> Read:
    settings = options(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise Refused(422, "the form has no 'file'")
        return from_upload(upload.filename or "upload", await upload.read(), settings.read)
    if kind != "application/json":
        raise Refused(415, "send JSON (application/json) or a file (multipart/form-data)")
    try:
        given = ArticleIn.model_validate(json.loads(await request.body()))
    except (ValueError, ValidationError) as error:
        raise Refused(422, f"invalid JSON article: {str(error).splitlines()[0]}") from error
    if given.text:
        metadata = given.model_dump(exclude={"text"})
        return from_text(given.text, settings.read, **metadata)
    if given.url:
        return from_url(given.url, settings.read)
    raise Refused(422, "give a 'text' or a 'url'")


@router.post("/api/articles", response_model=IngestResult, status_code=200, openapi_extra=_BODY,
             responses=_ERRORS, summary="Store articles (needs the Bearer token)")
async def post_articles(request: Request) -> IngestResult:
    authorize(request)
    try:
        read = await _submission(request)
    except Refused as refused:
        raise HTTPException(refused.status, refused.message) from refused
    settings = options(request)
    report = await run_in_threadpool(
        ingest, settings.store, [*read.articles, *read.problems],
        extract=lambda batch: iter(settings.extracted(batch)), inputs=["(web)"],
    )
    return IngestResult(
        run_id=report.run_id, new=report.new, unchanged=report.unchanged, updated=report.updated,
        failed=[Failure(location=f.location, reason=f.reason) for f in report.failed],
    )

"""`/analyze`: paste a text or give a URL and see it analysed at once in the article view, without storing
anything."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from sourcetrace.nlp import ModelNotFound
from sourcetrace.types import Article
from sourcetrace.web.articles import article_context, text_json
from sourcetrace.web.params import options
from sourcetrace.web.render import HTMLResponse, respond, templates
from sourcetrace.web.submit import Refused, from_text, from_url

router = APIRouter(tags=["analyze"])

MAX_TEXT = 10 * 1024 * 1024


class AnalyzeRequest(BaseModel):
    """A text to analyse, or the URL of a page to fetch and analyse."""

    text: str | None = Field(default=None, max_length=MAX_TEXT)
    url: str | None = Field(default=None, max_length=2000)


def _analysed(request: Request, text: str | None, url: str | None) -> Article:
    settings = options(request)
    try:
        if text and text.strip():
            read = from_text(text, settings.read)
        elif url and url.strip():
            read = from_url(url, settings.read)
        else:
            raise Refused(422, "paste a text or give a URL")
    except Refused as refused:
        raise HTTPException(refused.status, refused.message) from refused
    try:
        return settings.extracted(read.articles[:1])[0]
    except ModelNotFound as error:
        raise HTTPException(503, str(error)) from error


@router.get("/analyze", response_class=HTMLResponse, summary="The analyze form")
def analyze_form(request: Request) -> Response:
    return templates.TemplateResponse(request, "analyze.html", {"text": "", "url": ""})


@router.post("/analyze", response_class=HTMLResponse, summary="Analyse a pasted text or a URL")
def analyze_page(request: Request, text: Annotated[str, Form(max_length=MAX_TEXT)] = "",
                 url: Annotated[str, Form(max_length=2000)] = "") -> Response:
    article = _analysed(request, text, url)
    return respond(request, "analyze.html", text_json(article), text=text, url=url,
                   **article_context(article))


@router.post("/analyze.json", response_model=dict[str, Any], summary="Analyse a text or a URL (JSON)")
def analyze_json(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    return text_json(_analysed(request, body.text, body.url))

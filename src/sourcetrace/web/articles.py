"""`/articles` and `/articles/{id}`: the list of stored articles, and one article with its source, cue and
content highlighted, a card per attribution, its sourcing profile, metadata, credits and copies.

`article_context` builds the article view from a `sourcetrace.types.Article`, stored or not: `/analyze`
shows a pasted text with the same template.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response

from sourcetrace.records import article_json
from sourcetrace.store import browse
from sourcetrace.types import Article
from sourcetrace.web.highlight import runs
from sourcetrace.web.params import FiltersDep, Page, PerPage, SessionDep
from sourcetrace.web.render import CSVResponse, HTMLResponse, csv_response, respond

router = APIRouter(tags=["articles"])

ArticleId = Path(ge=1, le=2**62, description="The article's id in the store.")


def article_context(article: Article) -> dict[str, Any]:
    """What the article template needs: the text as highlighted runs, where each attribution first shows
    (its anchor), and each attribution's depth of nesting."""
    by_id = {a.id: a for a in article.attributions}
    depth = {}
    for attribution in article.attributions:
        level, parent = 0, attribution.parent
        while parent in by_id and level < len(by_id):
            level, parent = level + 1, by_id[parent].parent
        depth[attribution.id] = level
    found = runs(article)
    anchors: dict[int, list[str]] = {}
    placed: set[str] = set()
    for index, run in enumerate(found):
        for ident in (*run.source, *run.cue, *run.content):
            if ident not in placed:
                placed.add(ident)
                anchors.setdefault(index, []).append(ident)
    return {"article": article, "runs": found, "depth": depth, "anchors": anchors}


def text_json(article: Article) -> dict[str, Any]:
    """An article's JSON: the prediction format's document line with the text its spans index."""
    return {**article_json(article), "text": article.text, "body_start": article.body_start}


def stored_json(found: browse.StoredArticle) -> dict[str, Any]:
    """A stored article's JSON: `text_json`, its id and its copies."""
    return {"id": found.id, **text_json(found.article),
            "copies": [dataclasses.asdict(copy) for copy in found.copies]}


def _stored(session: SessionDep, article_id: int) -> browse.StoredArticle:
    found = browse.stored_article(session, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found


@router.get("/articles.json", response_model=browse.ArticlePage, summary="Stored articles (JSON)")
def articles_json(session: SessionDep, filters: FiltersDep, page: Page = 1, per_page: PerPage = 50
                  ) -> browse.ArticlePage:
    return browse.article_list(session, filters, page, per_page)


@router.get("/articles.csv", response_class=CSVResponse, summary="Stored articles (CSV)")
def articles_csv(session: SessionDep, filters: FiltersDep) -> Response:
    return csv_response(browse.article_list(session, filters, 1, 10**9).articles, "articles.csv")


@router.get("/articles", response_class=HTMLResponse, summary="Stored articles")
def articles_page(request: Request, session: SessionDep, filters: FiltersDep, page: Page = 1,
                  per_page: PerPage = 50) -> Response:
    return respond(request, "articles.html", browse.article_list(session, filters, page, per_page))


@router.get("/articles/{article_id}.json", response_model=dict[str, Any], summary="One article (JSON)")
def article_json_page(session: SessionDep, article_id: int = ArticleId) -> dict[str, Any]:
    return stored_json(_stored(session, article_id))


@router.get("/articles/{article_id}.csv", response_class=CSVResponse,
            summary="One article's attributions (CSV)")
def article_csv(session: SessionDep, article_id: int = ArticleId) -> Response:
    found = _stored(session, article_id)
    rows = [{"article": found.id, **{k: v for k, v in row.items() if k != "content_parts"}}
            for row in article_json(found.article)["attributions"]]
    return csv_response(rows, f"article-{found.id}.csv")


@router.get("/articles/{article_id}", response_class=HTMLResponse, summary="One article")
def article_page(request: Request, session: SessionDep, article_id: int = ArticleId) -> Response:
    found = _stored(session, article_id)
    context = article_context(found.article)
    return respond(request, "article.html", stored_json(found), stored=found, **context)

"""`readers.page_kind`: a table of (html snippet, expected kind of page)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from page_snippets import page_signals as _meta

from sourcetrace.readers.page_kind import page_kind
from sourcetrace.readers.page_meta import page_meta


@pytest.mark.parametrize(("head", "body", "url", "byline", "dated", "expected"), [
    ('<meta name="generator" content="MediaWiki 1.35.0">', "<h1>t-SNE</h1>", "https://wiki.example/wiki/T",
     None, True, "wiki page"),
    ("", "<h1>Top stories</h1>", "http://edition.news.example/", None, False, "home page"),
    ('<meta property="og:type" content="video">', "<h1>Video of the day</h1>", "http://n.example/video/1/x",
     None, True, "video page"),
    ('<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": "Question"}}</script>',
     "<h1>How do I sort a list?</h1>", "https://qa.example/questions/1/x", "Jane Doe", True,
     "question-and-answer page"),
    ('<meta property="og:type" content="website">', "<h1>Make it your own</h1>", "https://m.example/firefox/",
     None, False, "page without article signals"),
    ('<meta property="og:type" content="article">', "<h1>18 seats tested</h1>", "https://c.example/tests/seats/",
     None, False, "page without article signals"),
    ('<meta property="og:type" content="article">', "<h1>Rebels take depots</h1>",
     "http://ar.example/2013/middle_east/8/3/syria/index.html", None, False, "article"),
    ('<meta property="og:type" content="website">', "<h1>Space ship breaks up over Siberia</h1>",
     "https://news.example/russia-space-ship.html", "Nataliya Vasilyeva", True, "article"),
    ('<script type="application/ld+json">{"@type": "BlogPosting"}</script>', "", "https://b.example/x", None,
     False, "article"),
])
def test_page_kind(head: str, body: str, url: str, byline: str | None, dated: bool, expected: str) -> None:
    meta = _meta(head, body, url)
    title = meta.h1s[0] if meta.h1s and expected == "article" else None
    assert page_kind(meta, byline, dated, title).kind == expected


def test_bare_document_is_an_article() -> None:
    page = "<html><body><article><p>" + "The council voted on Tuesday. " * 10 + "</p></article></body></html>"
    assert page_kind(page_meta(lxml_html.fromstring(page))).is_article


def test_a_home_page_listing_articles_is_no_article() -> None:
    listing = ('<script type="application/ld+json">{"@type": "ItemList", "itemListElement": ['
               '{"@type": "ListItem", "item": {"@type": "NewsArticle", "headline": "One"}},'
               '{"@type": "ListItem", "item": {"@type": "NewsArticle", "headline": "Two"}}]}</script>')
    meta = _meta(listing, "<h1>Top stories</h1>", "https://news.example/world")
    assert page_kind(meta).kind == "list page"

"""`readers.byline`: a table of (html snippet or value, expected field)."""

from __future__ import annotations

import pytest
from page_snippets import page_signals as _meta

from sourcetrace.readers.byline import clean_byline, page_byline


@pytest.mark.parametrize(("head", "body", "found", "expected"), [
    ('<meta name="author" content="Jeffrey Gettleman"><meta name="byl" content="By JEFFREY GETTLEMAN">',
     "", None, "Jeffrey Gettleman"),
    ("", '<span class="username">Username</span><span class="pb-byline">By Erin Cunningham</span>',
     "Username", "Erin Cunningham"),
    ("", '<div class="field-authors">Photo by: The Associated Press</div>'
     '<div class="author">April Bernard</div>',
     "Photo by The Associated Press", "April Bernard"),
    ('<meta name="author" content="Dana A. Ford, James Corey, and Tom Watkins, CNN">'
     '<meta property="og:site_name" content="CNN">', "", None, "Dana A. Ford; James Corey; Tom Watkins"),
    ('<meta name="author" content="Deutsche Welle (www.dw.com)">'
     '<meta property="og:site_name" content="Deutsche Welle">',
     "<ul><li><strong>Author</strong> Ben Knight</li></ul>", None, "Ben Knight"),
    ('<meta name="dcsext.author" content="Our Foreign Staff">',
     '<div class="byline">Telegraph View</div>', None, "Our Foreign Staff"),
    ("", '<h5 class="article-posted-date">2/26/2015 7:11 AM PST BY TMZ STAFF</h5>', None, "TMZ Staff"),
    ('<meta property="og:article:author" content="BBC News">'
     '<meta property="og:site_name" content="BBC News">',
     "", None, None),
    ("", '<span itemprop="author">Martin Untersinger (avec Damien Leloup et Morgane Tual)</span>',
     "Martin Untersinger", "Martin Untersinger; Damien Leloup; Morgane Tual"),
    ('<meta name="author" content="By Staff">', "", None, None),
    ('<meta property="article:author" content="http://nypost.example/author/keith-j-kelly/">', "", None,
     "Keith J Kelly"),
    ('<meta property="article:author" content="https://www.facebook.example/KuluMedia">', "", None, None),
])
def test_byline(head: str, body: str, found: str | None, expected: str | None) -> None:
    meta = _meta(head, body, "https://news.example.org/2020/01/02/story")
    outlets = meta.meta("og:site_name")
    assert page_byline(meta, found, outlets) == expected


@pytest.mark.parametrize(("names", "expected"), [
    (["Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"],
     "Daniel Kahn Gillmor"),
    (["Kulu Media News Desk"], "Kulu Media News Desk"),
    (["Letters to the Editor"], None),
    (["Reuters"], "Reuters"),
    (["SPIEGEL ONLINE, Hamburg, Germany"], None),
])
def test_clean_byline(names: list[str], expected: str | None) -> None:
    assert clean_byline([names], ["Spiegel Online"]) == expected

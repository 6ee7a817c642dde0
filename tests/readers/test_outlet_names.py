"""`readers.outlet_names`: a table of (html snippet or value, expected field)."""

from __future__ import annotations

import pytest
from page_snippets import page_signals as _meta

from sourcetrace.readers.outlet_names import page_outlet, tidy_outlet


@pytest.mark.parametrize(("head", "url", "found", "expected"), [
    ('<meta property="og:site_name" content="Letters to the Editor">'
     '<title>A letter | Dallas Morning News</title>',
     "http://lettersblog.dallasmorningnews.example/2014/12/a.html", None, "Dallas Morning News"),
    ('<meta property="og:site_name" content="http://www.tmz.example">'
     '<meta name="application-name" content="TMZ.COM">',
     "http://www.tmz.example/2015/02/26/a/", None, "TMZ"),
    ('<meta property="og:site_name" content="U.S.">'
     '<script type="application/ld+json">{"@type": "NewsArticle",'
     ' "publisher": {"@type": "Organization", "name": "Wire Example"}}</script>',
     "https://www.wireexample.com/article/x", None, "Wire Example"),
    ('<meta name="application-name" content="Daily Example - Latest News &amp; Headlines">',
     "https://news.dailyexample.com/a.html", None, "Daily Example"),
    ('<meta property="og:site_name" content="NYTimes">', "https://www.nytimes.com/2017/01/13/a.html", None,
     "The New York Times"),
    ("<title>Release notes: Python 3.6.0</title>", "http://blog.python.org/2016/12/a.html", "blog.python.org",
     None),
    ('<meta name="author" content="SPIEGEL ONLINE, Hamburg, Germany"><meta property="og:site_name" '
     'content="SPIEGEL ONLINE, Hamburg, Germany">', "https://www.spiegelexample.de/a.html", None,
     "SPIEGEL ONLINE"),
])
def test_outlet(head: str, url: str, found: str | None, expected: str | None) -> None:
    assert page_outlet(_meta(head, url=url), found) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Le Monde.fr", "Le Monde"),
    ("Salon.com", "Salon"),
    ("Phys.org", "Phys.org"),
    ("Deutsche Welle (www.dw.com)", "Deutsche Welle"),
    ("http://www.tmz.com", None),
    ("blog.python.org", None),
])
def test_tidy_outlet(value: str, expected: str | None) -> None:
    assert tidy_outlet(value) == expected
